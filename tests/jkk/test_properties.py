"""JKK properties (monotone in the wage and the percentage, schedules that add up), fuzzing and
calendar edges: only JamsosErrors escape."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import Rupiah, jkk
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    JamsosError,
)

PP82_FIRST = dt.date(2019, 12, 2)


ON = dt.date(2025, 5, 10)


wages = st.integers(1, 10**9)


days = st.dates(dt.date(2015, 7, 1), dt.date(2026, 1, 1))


percents = st.decimals(0, 100, places=2)


AS_OF = dt.date(2026, 1, 1)


@given(wages, wages, days)
def test_monotone_in_wage(w1: int, w2: int, day: dt.date) -> None:
    lo, hi = sorted((w1, w2))
    for kind in ("total", "anatomis"):
        extra = {"percent": 35} if kind == "anatomis" else {}
        a = jkk.disability_benefit(wage=lo, on=day, kind=kind, as_of=AS_OF, **extra)  # type: ignore[arg-type]
        b = jkk.disability_benefit(wage=hi, on=day, kind=kind, as_of=AS_OF, **extra)  # type: ignore[arg-type]
        assert a.total <= b.total
    assert (
        jkk.death_benefit(wage=lo, on=day, as_of=AS_OF).total
        <= jkk.death_benefit(wage=hi, on=day, as_of=AS_OF).total
    )


@given(wages, percents, percents, days)
def test_monotone_in_percent_and_below_total(w: int, p1: Decimal, p2: Decimal, day: dt.date) -> None:
    lo, hi = sorted((p1, p2))
    a = jkk.disability_benefit(wage=w, on=day, kind="anatomis", percent=lo, as_of=AS_OF)
    b = jkk.disability_benefit(wage=w, on=day, kind="fungsi", percent=hi, as_of=AS_OF)
    t = jkk.disability_benefit(wage=w, on=day, kind="total", as_of=AS_OF)
    assert a.total <= b.total <= t.component("total disability benefit").amount


@given(wages, days, st.lists(st.sampled_from(["TK", "SD", "SMA", "PT"]), max_size=3))
def test_death_at_least_minimum_and_sum(w: int, day: dt.date, kids: list[str]) -> None:
    a = jkk.death_benefit(wage=w, on=day, children=kids, as_of=AS_OF)
    minimum = Rupiah(16_200_000) if day < PP82_FIRST else Rupiah(20_000_000)
    assert a.component("death benefit").amount >= minimum
    assert a.total == sum((c.amount for c in a.components), Rupiah(0))
    assert a.total == sum((x for _, x in a.payments), Rupiah(0))


@given(wages, days, st.integers(1, 800))
def test_stmb_schedule_sums(w: int, day: dt.date, n: int) -> None:
    a = jkk.temporary_incapacity_benefit(wage=w, first_day=day, days=n, as_of=AS_OF)
    assert a.total == sum((x for _, x in a.payments), Rupiah(0))
    assert a.payments[-1][0] == day + dt.timedelta(days=n - 1)
    assert a.total <= Rupiah(w) * (n // 28 + 1)


junk = st.one_of(
    st.none(),
    st.integers(-5, 10**12),
    st.floats(),
    st.text(max_size=8),
    st.dates(),
    st.booleans(),
    st.decimals(allow_nan=True),
    st.lists(st.integers(), max_size=2),
)


@given(junk, junk, junk, junk, junk)
def test_fuzz(a: object, b: object, c: object, d: object, e: object) -> None:
    calls = (
        lambda: jkk.death_benefit(wage=a, on=b, children=c, segment=d),  # type: ignore[arg-type]
        lambda: jkk.disability_benefit(wage=a, on=b, kind=c, percent=d, body_part=e),  # type: ignore[arg-type]
        lambda: jkk.disability_benefit(wage=a, on=ON, kind="fungsi", percent=d, function_lost=e, side=c),  # type: ignore[arg-type]
        lambda: jkk.temporary_incapacity_benefit(wage=a, first_day=b, days=c),  # type: ignore[arg-type]
        lambda: jkk.reimbursements(on=b, land=a, prosthesis_price=e, medical=d),  # type: ignore[arg-type]
        lambda: jkk.arrears(months_in_arrears=a, on=b, segment=c),  # type: ignore[arg-type]
        lambda: jkk.claim_lapse(event_on=a, claim_on=b),  # type: ignore[arg-type]
        lambda: jkk.occupational_disease(employment_ended_on=a, diagnosed_on=b),  # type: ignore[arg-type]
        lambda: jkk.accident_coverage(on=a, covered_from=b, commuting=c),  # type: ignore[arg-type]
        lambda: jkk.body_parts(a),  # type: ignore[arg-type]
    )
    for call in calls:
        try:
            call()
        except JamsosError:
            pass


def test_calendar_edges_raise_jamsos_errors() -> None:
    far = dt.date(9999, 1, 1)
    with pytest.raises(InvalidDateError):
        jkk.claim_lapse(event_on=far, claim_on=far)
    with pytest.raises(InvalidDateError):
        jkk.occupational_disease(employment_ended_on=far, diagnosed_on=far)
    with pytest.raises(InvalidDateError):
        jkk.temporary_incapacity_benefit(
            wage=1, first_day=dt.date(9999, 12, 1), days=100, as_of=dt.date(9999, 12, 31)
        )
    with pytest.raises(InvalidInputError, match="'1e400' is not a number"):
        jkk.disability_benefit(wage="1e400", on=ON, kind="total")
