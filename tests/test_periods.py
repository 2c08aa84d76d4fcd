"""Months and the date policies that can change a legal outcome."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import InvalidDateError, Month
from jamsos.periods import add_months, age_on, anniversary, months_between


def test_month_arithmetic() -> None:
    """Months add, subtract, and count the months between them."""
    assert Month(2025, 12) + 1 == Month(2026, 1)
    assert Month(2025, 1) - 1 == Month(2024, 12)
    assert Month(2026, 2) - Month(2025, 3) == 11
    assert Month.parse("2025-03") == Month(2025, 3)
    assert Month.of(dt.date(2024, 2, 29)).last_day == dt.date(2024, 2, 29)
    assert Month(2025, 4).day(31) == dt.date(2025, 4, 30)
    assert months_between(Month(2025, 1), Month(2025, 12)) == 12
    assert str(Month(2025, 3)) == "2025-03"


@pytest.mark.parametrize("text", ["2025-13", "2025/03", "March 2025", "", "25-03"])
def test_bad_months_are_refused(text: str) -> None:
    """A malformed month is an InvalidDateError naming the accepted form."""
    with pytest.raises(InvalidDateError, match="YYYY-MM|out of range"):
        Month.parse(text)


def test_month_end_clamp_policy() -> None:
    """31 January + 1 month is the last day of February (documented policy)."""
    assert add_months(dt.date(2025, 1, 31), 1) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 3, 31), 1) == dt.date(2025, 4, 30)


def test_29_february_birthdays_complete_on_1_march() -> None:
    """A 29 February birthday is completed on 1 March in non-leap years."""
    birth = dt.date(1964, 2, 29)
    assert anniversary(birth, 57) == dt.date(2021, 3, 1)
    assert anniversary(birth, 60) == dt.date(2024, 2, 29)
    assert age_on(birth, dt.date(2021, 2, 28)) == 56
    assert age_on(birth, dt.date(2021, 3, 1)) == 57


@given(
    st.dates(min_value=dt.date(1940, 1, 1), max_value=dt.date(2010, 12, 31)),
    st.integers(min_value=0, max_value=80),
)
def test_anniversary_and_age_agree(birth: dt.date, years: int) -> None:
    """On the anniversary the person is exactly that age; the day before, one less."""
    day = anniversary(birth, years)
    assert age_on(birth, day) == years
    if years > 0:
        assert age_on(birth, day - dt.timedelta(days=1)) == years - 1


@given(st.integers(min_value=2000 * 12, max_value=2100 * 12), st.integers(-500, 500))
def test_month_index_round_trip(index: int, delta: int) -> None:
    """Adding n months then subtracting gives n back."""
    m = Month.from_index(index)
    assert (m + delta) - m == delta
    assert Month.from_index(m.index) == m
