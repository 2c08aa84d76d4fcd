"""The routing table: which public function each HTTP endpoint calls, declared as data.

Every ``POST /v1/...`` endpoint is one :class:`Endpoint`: its path, the public function it
calls (module and name, imported on first use), the JSON Schema of its request body (a
``$defs`` entry of ``schemas/requests.json``, whose property names are the function's
keyword names) and the shape of its answer. The server, the request parser and the
OpenAPI document are all built from this table; no rule of law lives here (design §9).

Paths follow ``/v1/<program>/<function-name-with-dashes>``; contributions live under
``/v1/contributions/``, the BPU programme budget at ``/v1/budget`` and the life events
(:mod:`jamsos.events`, every program's entitlement in one ``LifeEvent``) under ``/v1/events/``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Final, Literal, final

import attrs

__all__ = ["ANSWERS", "ENDPOINTS", "Answer", "Endpoint", "by_path"]

#: What an endpoint returns: a library result (``Contributions``, ``Award``, ``Decision`` or
#: ``LifeEvent``, in the JSON form of ``jamsos.schema("result")``) or one value wrapped as
#: ``{"value": ...}``.
Answer = Literal["result", "money", "date", "month", "integer", "money_range"]

#: The ``$defs`` entry describing each single-value answer.
ANSWERS: Final[dict[str, str]] = {
    "money": "MoneyValue",
    "date": "DateValue",
    "month": "MonthValue",
    "integer": "IntegerValue",
    "money_range": "MoneyRangeValue",
}


@final
@attrs.frozen
class Endpoint:
    """One ``POST`` endpoint: path, public function, request schema, answer shape."""

    path: str
    module: str
    function: str
    request: str
    answer: Answer = "result"
    tag: str = ""

    @property
    def qualname(self) -> str:
        """``jamsos.<module>.<function>``: the public function called."""
        return f"{self.module}.{self.function}"

    def target(self) -> Callable[..., object]:
        """The public function (its module is imported on first use)."""
        func: Callable[..., object] = getattr(importlib.import_module(self.module), self.function)
        return func

    @property
    def operation_id(self) -> str:
        """A stable OpenAPI ``operationId``: the module's last part and the function."""
        return f"{self.module.rsplit('.', 1)[-1]}_{self.function}"


def _program(program: str, function: str, request: str, answer: Answer = "result") -> Endpoint:
    path = f"/v1/{program}/{function.replace('_', '-')}"
    return Endpoint(path, f"jamsos.{program}", function, request, answer, tag=program.upper())


_C: Final = "jamsos.contributions"
_E: Final = "jamsos.events"

ENDPOINTS: Final[tuple[Endpoint, ...]] = (
    Endpoint("/v1/contributions/wage-earner", _C, "wage_earner", "WageEarnerRequest", tag="contributions"),
    Endpoint(
        "/v1/contributions/non-wage-earner",
        _C,
        "non_wage_earner",
        "NonWageEarnerRequest",
        tag="contributions",
    ),
    Endpoint(
        "/v1/contributions/migrant-worker", _C, "migrant_worker", "MigrantWorkerRequest", tag="contributions"
    ),
    Endpoint(
        "/v1/contributions/construction",
        _C,
        "construction_project",
        "ConstructionRequest",
        tag="contributions",
    ),
    Endpoint("/v1/contributions/late-fine", _C, "late_fine", "LateFineRequest", "money", tag="contributions"),
    Endpoint("/v1/contributions/due-date", _C, "due_date", "DueDateRequest", "date", tag="contributions"),
    Endpoint("/v1/budget", _C, "programme_budget", "BudgetRequest", tag="contributions"),
    _program("jp", "old_age_benefit", "JpOldAgeBenefitRequest"),
    _program("jp", "disability_benefit", "JpDisabilityBenefitRequest"),
    _program("jp", "survivor_benefit", "JpSurvivorBenefitRequest"),
    _program("jp", "project", "JpProjectRequest"),
    _program("jp", "pension_date", "JpPensionDateRequest", "date"),
    _program("jp", "pension_age", "JpPensionAgeRequest", "integer"),
    _program("jp", "last_registration_month", "JpLastRegistrationMonthRequest", "month"),
    _program("jp", "wage_cap", "JpWageCapRequest", "money"),
    _program("jp", "benefit_limits", "JpBenefitLimitsRequest", "money_range"),
    _program("jht", "balance", "JhtBalanceRequest"),
    _program("jht", "withdrawal", "JhtWithdrawalRequest"),
    _program("jht", "partial_withdrawal", "JhtPartialWithdrawalRequest"),
    _program("jkk", "death_benefit", "JkkDeathBenefitRequest"),
    _program("jkk", "disability_benefit", "JkkDisabilityBenefitRequest"),
    _program("jkk", "temporary_incapacity_benefit", "JkkTemporaryIncapacityBenefitRequest"),
    _program("jkk", "reimbursements", "JkkReimbursementsRequest"),
    _program("jkk", "accident_coverage", "JkkAccidentCoverageRequest"),
    _program("jkk", "arrears", "JkkArrearsRequest"),
    _program("jkk", "claim_lapse", "JkkClaimLapseRequest"),
    _program("jkk", "occupational_disease", "JkkOccupationalDiseaseRequest"),
    _program("jkk", "failed_departure", "JkkFailedDepartureRequest"),
    _program("jkm", "death_benefit", "JkmDeathBenefitRequest"),
    _program("jkm", "arrears", "JkmArrearsRequest"),
    _program("jkm", "coverage", "JkmCoverageRequest"),
    _program("jkp", "eligibility", "JkpEligibilityRequest"),
    _program("jkp", "cash_benefit", "JkpCashBenefitRequest"),
    _program("jkp", "claim_deadline", "JkpClaimDeadlineRequest", "date"),
    Endpoint("/v1/events/dismissal", _E, "dismissal", "EventDismissalRequest", tag="events"),
    Endpoint("/v1/events/death", _E, "death", "EventDeathRequest", tag="events"),
    Endpoint("/v1/events/retirement", _E, "retirement", "EventRetirementRequest", tag="events"),
    Endpoint("/v1/events/disability", _E, "disability", "EventDisabilityRequest", tag="events"),
)


def by_path() -> dict[str, Endpoint]:
    """The endpoints keyed by path."""
    return {e.path: e for e in ENDPOINTS}
