"""Coverage of a workforce: the rate, the participants a target implies, the gap.

Coverage (*cakupan kepesertaan*) is participants ÷ workforce, the form of the national
indicator for non-wage earners ("cakupan peserta segmen PBPU dalam JKK dan JKM", SDGs
8.8.1(a)); the overall Universal Coverage Jamsostek formula is not published (see
``docs/known-gaps.md``), so the caller chooses what the two counts are.

Rounding, stated with every result: the rate is exact (a fraction) and shown to two
decimals of a percent, half up; the participants a target implies are rounded **up** (the
fewest whole workers whose share reaches the target); the gap is exact (never below 0).

>>> c = coverage(participants=144_070, workforce=528_873, target="57.17")
>>> str(c.rate), c.target_participants, c.gap
('27,24%', 302357, 158287)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Final

import attrs

from jamsos.errors import InvalidInputError, MoneyTypeError
from jamsos.explain import Explanation
from jamsos.i18n import N_, type_name
from jamsos.money import Money, Rate
from jamsos.parameters import ParameterSet
from jamsos.periods import Month
from jamsos.programmes.budget import ProgrammeCost, cost
from jamsos.programmes.text import tr

__all__ = ["Coverage", "coverage", "parse_target"]

ROUNDING: Final = MappingProxyType(
    {
        "rate": N_("exact fraction participants / workforce; shown to 0.01 percentage point, half up"),
        "target_participants": N_(
            "rounded up: the fewest whole workers whose share of the workforce reaches the target"
        ),
        "gap": N_("exact: target participants minus participants, never below 0"),
    }
)

_HUNDREDTH: Final = Decimal("0.01")


def _count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MoneyTypeError(
            N_("{what} must be a whole number of workers, got {value!r}"), what=what, value=value
        )
    if value < 0:
        raise InvalidInputError(N_("{what} cannot be negative, got {value}"), what=what, value=value)
    return value


def parse_target(target: object) -> Rate:
    """A coverage target: a :class:`Rate`, or a percent as text (``"57.17"``, ``"57,17%"``)."""
    if isinstance(target, Rate):
        rate = target
    elif isinstance(target, str):
        text = target.strip().removesuffix("%").strip().replace(",", ".")
        try:
            rate = Rate.percent(Decimal(text))
        except (InvalidOperation, InvalidInputError):
            raise InvalidInputError(
                N_("target {target!r} is not a percentage; write e.g. '57.17' or '57,17%'"), target=target
            ) from None
    elif isinstance(target, Decimal | int) and not isinstance(target, bool):
        rate = Rate.percent(target)
    else:
        raise MoneyTypeError(
            N_("target must be a Rate or a percent as text ('57.17'), got {kind} {target!r}"),
            kind=type_name(target),
            target=target,
        )
    if not Decimal(0) <= rate.value <= Decimal(1):
        raise InvalidInputError(N_("target must be between 0% and 100%, got {rate}"), rate=rate)
    return rate


@attrs.frozen
class Coverage:
    """Coverage of a workforce, and the gap to a target.

    ``rate_exact`` is the exact fraction; ``rate`` the percentage shown (two decimals,
    half up). Without a target, ``target_participants`` and ``gap`` are ``None``.
    """

    participants: int
    workforce: int
    target: Rate | None = None
    _explained: bool = attrs.field(default=True, eq=False, alias="explained")

    @property
    def rate_exact(self) -> Fraction:
        """participants / workforce, exact."""
        return Fraction(self.participants, self.workforce)

    @property
    def rate(self) -> Rate:
        """The coverage rate to 0.01 percentage point, half up."""
        pct = Decimal(self.participants * 100) / Decimal(self.workforce)
        return Rate.percent(pct.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP))

    @property
    def target_participants(self) -> int | None:
        """The fewest whole participants whose share reaches the target (rounded up)."""
        if self.target is None:
            return None
        return math.ceil(Fraction(self.target.value) * self.workforce)

    @property
    def gap(self) -> int | None:
        """Workers still to enrol to reach the target (0 when it is reached)."""
        need = self.target_participants
        return None if need is None else max(0, need - self.participants)

    @property
    def rounding(self) -> Mapping[str, str]:
        """How each figure is rounded (English msgids)."""
        return ROUNDING

    def closing_cost(
        self,
        *,
        first_month: Month | str,
        last_month: Month | str,
        income: Money | None = None,
        jht: bool = False,
        budget_funded: bool = True,
        params: ParameterSet | None = None,
    ) -> ProgrammeCost:
        """What covering the gap's workers for a period costs (:func:`~jamsos.programmes.cost`).

        >>> c = coverage(participants=144_070, workforce=528_873, target="57.17")
        >>> str(c.closing_cost(first_month="2025-01", last_month="2025-12").cost)
        'Rp31.910.659.200'
        """
        if self.gap is None:
            raise InvalidInputError(N_("no target was given, so there is no gap to cost"))
        return cost(
            workers=self.gap,
            income=income,
            first_month=first_month,
            last_month=last_month,
            jht=jht,
            budget_funded=budget_funded,
            params=params,
        )

    def to_dict(self, *, explanation: bool = True) -> dict[str, Any]:
        """The JSON form (``jamsos.schema("result")``, type ``coverage``)."""
        from jamsos.jsonform import encode_value, rate_json
        from jamsos.results import RESULT_SCHEMA

        return {
            "schema": RESULT_SCHEMA,
            "type": "coverage",
            "kind": "programmes.coverage",
            "law_version": None,
            "inputs": encode_value(
                {"participants": self.participants, "workforce": self.workforce, "target": self.target}
            ),
            "participants": self.participants,
            "workforce": self.workforce,
            "rate": rate_json(self.rate),
            "rate_exact": f"{self.rate_exact.numerator}/{self.rate_exact.denominator}",
            "target": None if self.target is None else rate_json(self.target),
            "target_participants": self.target_participants,
            "gap": self.gap,
            "rounding": dict(ROUNDING),
            "notes": [],
            "explanation": self.explain().to_dict() if explanation and self._explained else None,
        }

    def to_json(self, *, explanation: bool = True, indent: int | None = None) -> str:
        """JSON text; ``jamsos.from_json(text) == self``."""
        from jamsos.jsonform import dumps

        return dumps(self.to_dict(explanation=explanation), indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Coverage:
        """Inverse of :meth:`to_dict`."""
        from jamsos.programmes.budget import check_result

        check_result(data, "coverage")
        target = data["target"]
        return cls(
            int(data["participants"]),
            int(data["workforce"]),
            None if target is None else Rate.percent(target["percent"]),
            explained=data["explanation"] is not None,
        )

    def table(self, lang: str = "id") -> str:
        """The figures, one per line."""

        def n(x: int) -> str:
            return f"{x:,}".replace(",", ".") if lang == "id" else f"{x:,}"

        rows = [
            (tr(N_("Participants"), lang), n(self.participants)),
            (tr(N_("Workforce"), lang), n(self.workforce)),
            (tr(N_("Coverage"), lang), _pct(self.rate, lang)),
        ]
        if self.target is not None:
            assert self.target_participants is not None and self.gap is not None
            rows += [
                (tr(N_("Target"), lang), _pct(self.target, lang)),
                (tr(N_("Participants at the target"), lang), n(self.target_participants)),
                (tr(N_("Gap (workers still to enrol)"), lang), n(self.gap)),
            ]
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)

    def explain(self) -> Explanation:
        """The three figures and how each is rounded."""
        if not self._explained:
            from jamsos.errors import ExplanationMissingError

            raise ExplanationMissingError(
                N_(
                    "this result was serialised without its explanation; call to_json() with "
                    "explanation=True (the default) to keep it"
                )
            )
        children = [
            Explanation(
                f"coverage = {self.participants} / {self.workforce}",
                f"cakupan = {self.participants} / {self.workforce}",
                self.rate,
                note=ROUNDING["rate"],
                note_id=tr(ROUNDING["rate"], "id"),
            )
        ]
        if self.target is not None:
            children += [
                Explanation(
                    f"participants at the target = ⌈{self.target} × {self.workforce}⌉",
                    f"peserta sesuai target = ⌈{self.target} × {self.workforce}⌉",
                    self.target_participants,
                    note=ROUNDING["target_participants"],
                    note_id=tr(ROUNDING["target_participants"], "id"),
                ),
                Explanation(
                    f"gap = {self.target_participants} − {self.participants}",
                    f"kesenjangan = {self.target_participants} − {self.participants}",
                    self.gap,
                    note=ROUNDING["gap"],
                    note_id=tr(ROUNDING["gap"], "id"),
                ),
            ]
        return Explanation(
            "Coverage of a workforce",
            "Cakupan kepesertaan",
            self.rate,
            (("participants", self.participants), ("workforce", self.workforce), ("target", self.target)),
            (),
            tuple(children),
        )


def _pct(rate: Rate, lang: str) -> str:
    text = format(rate.as_percent, "f")
    return (text.replace(".", ",") if lang == "id" else text) + "%"


def coverage(*, participants: int, workforce: int, target: Rate | str | None = None) -> Coverage:
    """Coverage rate, participants the target implies, and the gap.

    ``target``: a :class:`~jamsos.money.Rate` or a percent as text (``"57.17"``).

    >>> c = coverage(participants=144_070, workforce=528_873)
    >>> str(c.rate), c.gap
    ('27,24%', None)
    """
    p = _count(participants, "participants")
    w = _count(workforce, "workforce")
    if w == 0:
        raise InvalidInputError(N_("workforce must be at least 1 worker"))
    if p > w:
        raise InvalidInputError(
            N_("participants ({p}) cannot exceed the workforce ({w}); check that both count the same group"),
            p=p,
            w=w,
        )
    return Coverage(p, w, None if target is None else parse_target(target))
