"""jamsos.testing strategies draw valid inputs and reach the hard cases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos import contributions, testing
from jamsos.domain import ContributionHistory, EmployerScale, RiskClass
from jamsos.periods import Month


@given(testing.wages(), testing.months(), testing.risk_classes(), testing.employer_scales())
def test_drawn_inputs_are_accepted(wage: int, month: Month, rc: RiskClass, scale: EmployerScale) -> None:
    c = contributions.wage_earner(wage, month, risk_class=rc, employer_scale=scale)
    assert c.total == c.employer + c.worker + c.government


@given(st.sampled_from(testing._rates()), st.integers(0, 1000))
def test_tie_wages_give_exact_halves(rate: Decimal, k: int) -> None:
    w = testing._tie(rate, k)
    if w is not None:
        assert (Fraction(w) * Fraction(rate)) % 1 == Fraction(1, 2)


def test_wages_include_cap_neighbours() -> None:
    caps = testing._caps()
    assert 10_547_400 in caps  # JP cap from March 2025 (PP 45/2015 Pasal 29)
    assert 5_000_000 in caps  # JKP wage cap (PP 37/2021 Pasal 11)


@settings(max_examples=30)
@given(testing.months("2020-01", "2021-12"))
def test_months_in_range(month: Month) -> None:
    assert Month(2020, 1) <= month <= Month(2021, 12)


@settings(max_examples=30)
@given(testing.histories(max_months=24))
def test_histories_are_valid(history: ContributionHistory) -> None:
    months = [r.month for r in history.records]
    assert months == sorted(set(months))
    assert 1 <= len(months) <= 24


@given(testing.birth_dates())
def test_birth_dates_in_range(day: dt.date) -> None:
    assert dt.date(1955, 1, 1) <= day <= dt.date(2008, 12, 31)


@settings(max_examples=30)
@given(testing.worker_month_rows())
def test_rows_have_the_batch_columns(row: dict[str, object]) -> None:
    assert {"month", "wage", "segment"} <= set(row)
    assert row["segment"] in ("PU", "BPU")
    if row["segment"] == "PU":
        assert row["risk_class"] in range(1, 6)
