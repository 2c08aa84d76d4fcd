"""A payroll backend as a user writes it, checked with ``mypy --strict`` (issue 12).

Not run as a test: ``tests/typing/test_typing.py`` type-checks it. Every name and value below
must keep its precise type for a typed service built on jamsos.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pandas as pd

import jamsos
from jamsos import (
    Award,
    ContributionHistory,
    Contributions,
    Decision,
    JamsosError,
    Month,
    Rate,
    RiskClass,
    Rupiah,
)
from jamsos.errors import ErrorDict
from jamsos.money import MoneyLike
from jamsos.results import AwardDict, ContributionsDict, DecisionDict


def payslip(wage: MoneyLike, month: Month) -> tuple[Rupiah, Rupiah, Rupiah]:
    """Contributions: the worker's deduction, the employer's cost and the JP share."""
    c: Contributions = jamsos.contributions.wage_earner(wage, month, risk_class=RiskClass.LOW)
    return c.worker, c.employer, c.jp.worker


def death_benefit(wage: int) -> Rupiah:
    """A benefit from a lazily imported program module."""
    award: Award = jamsos.jkk.death_benefit(wage=wage, on=dt.date(2025, 5, 10))
    first_when, first_amount = award.payments[0]
    assert isinstance(first_when, dt.date | Month) and isinstance(first_amount, Rupiah)
    frame: pd.DataFrame = award.to_frame()
    assert len(frame.index) >= 1
    return award.total


def job_loss(history: ContributionHistory) -> tuple[bool, dt.date | None, list[str]]:
    """An eligibility decision, with the codes of the failed conditions."""
    d: Decision = jamsos.jkp.eligibility(
        history=history,
        terminated_on=dt.date(2025, 3, 1),
        reason="efisiensi",
        birth_date=dt.date(1990, 5, 17),
        registered_on=dt.date(2023, 1, 2),
    )
    return d.eligible, d.earliest_on, [r.code for r in d.failed]


def arithmetic(a: Month, b: Month, wage: Rupiah) -> tuple[int, Month, Month, Rupiah, Decimal, Rupiah]:
    """Months and money keep their types through arithmetic."""
    between: int = b - a
    later: Month = a + 3
    earlier: Month = a - 1
    half: Rupiah = wage / 2
    ratio: Decimal = wage / Rupiah(1_000_000)
    jp_part: Rupiah = wage * Rate.percent("1")
    return between, later, earlier, half, ratio, jp_part + half - jp_part


def to_api(c: Contributions, a: Award, d: Decision) -> tuple[str, str, bool, str]:
    """JSON out, typed: the dicts are exactly what the JSON says."""
    cd: ContributionsDict = c.to_dict()
    ad: AwardDict = a.to_dict(explanation=False)
    dd: DecisionDict = d.to_dict()
    jp: str = cd["programs"]["jp"]["total"]
    return jp, ad["total"], dd["eligible"], c.to_json()


def from_api(text: str) -> Contributions:
    """JSON in: the typed reader returns the class asked for."""
    back = Contributions.from_json(text)
    schema: dict[str, object] = jamsos.schema("result")
    assert schema
    return back


def safely(wage: MoneyLike) -> Contributions | ErrorDict:
    """Error handling a service can act on: a stable code, the field, both languages."""
    try:
        return jamsos.contributions.wage_earner(wage, Month(2025, 6), risk_class=RiskClass.LOW)
    except JamsosError as exc:
        code: str = exc.code
        field: str | None = exc.field
        indonesian: str = exc.message("id")
        assert code and indonesian and (field is None or field)
        return exc.to_dict()


def batch_payroll(frame: pd.DataFrame, rows: list[dict[str, object]]) -> int:
    """Batch functions keep the kind of table: pandas in, pandas out; records in, dicts out."""
    out: pd.DataFrame = jamsos.batch.contributions(frame)
    good, bad = jamsos.batch.contributions(frame, errors="collect")
    checked: tuple[pd.DataFrame, pd.DataFrame] = (good, bad)
    records: list[dict[str, Any]] = jamsos.batch.contributions(rows)
    paid: list[dict[str, Any]] = jamsos.batch.benefits(rows, kind="jkm_death")
    return len(out.index) + len(checked) + len(records) + len(paid)
