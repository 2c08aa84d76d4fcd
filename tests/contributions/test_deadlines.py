"""jamsos.contributions.deadlines: due dates past weekends and holidays, the late fine."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import (
    InvalidDateError,
    InvalidInputError,
    Month,
    Segment,
    contributions,
)
from jamsos.contributions.deadlines import months_after
from jamsos.periods import add_months

C = contributions


# --- deadlines and fines --------------------------------------------------------------------
def test_due_date_moves_past_weekends_and_holidays() -> None:
    """15 June 2025 is a Sunday → Monday 16 June (PP 44/2015 Pasal 21(3)); BPU pays by the 15th of the month."""
    assert C.due_date(Month(2025, 5)) == dt.date(2025, 6, 16)
    assert C.due_date(Month(2025, 7)) == dt.date(2025, 8, 15)
    assert C.due_date(Month(2025, 6), segment=Segment.NON_WAGE_EARNER) == dt.date(2025, 6, 16)
    # COVID relief: the 30th of the next month; January 2021's "30 February" is read as 28 February
    # (Sunday) and moves to Monday 1 March.
    assert C.due_date(Month(2020, 8)) == dt.date(2020, 9, 30)
    assert C.due_date(Month(2021, 1)) == dt.date(2021, 3, 1)
    with pytest.raises(InvalidInputError):
        C.due_date(Month(2025, 1), segment="PMI")


def test_due_date_skips_public_holidays() -> None:
    """The Indonesian calendar comes from the holidays package: 17 August is Independence Day."""
    from jamsos.workdays import is_working_day, next_working_day

    assert not is_working_day(dt.date(2026, 8, 17))
    assert next_working_day(dt.date(2026, 8, 17)) == dt.date(2026, 8, 18)


@pytest.mark.parametrize(
    ("paid", "fine"),
    [
        (dt.date(2025, 6, 16), 0),
        (dt.date(2025, 6, 17), 20_000),
        (dt.date(2025, 7, 16), 20_000),
        (dt.date(2025, 7, 17), 40_000),
        (dt.date(2025, 8, 17), 60_000),
    ],
)
def test_late_fine_two_percent_per_started_month(paid: dt.date, fine: int) -> None:
    """2% of the amount due for each month or part of a month after the deadline (PP 44/2015 Pasal 22(1))."""
    assert C.late_fine(1_000_000, Month(2025, 5), paid) == fine


def test_late_fine_regimes_and_segments() -> None:
    """COVID months: 0.5% per month (PP 49/2020); BPU: no fine."""
    assert C.late_fine(10_000_000, Month(2020, 9), dt.date(2020, 11, 5)) == 50_000
    assert C.late_fine(10_000_000, Month(2025, 5), dt.date(2025, 9, 1), segment="BPU") == 0
    with pytest.raises(InvalidDateError):
        C.late_fine(1_000, Month(2025, 5), dt.date(2025, 4, 1))
    with pytest.raises(InvalidInputError):
        C.late_fine(-1, Month(2025, 5), dt.date(2025, 7, 1))


# -- months of delay without a month-by-month walk (issue 10) ---------------------------------
def _walked(due: dt.date, paid: dt.date) -> int:
    """The definition, walked month by month (how months_late counted before)."""
    if paid <= due:
        return 0
    n = 1
    while paid > add_months(due, n):
        n += 1
    return n


def test_months_after_equals_the_walk_on_month_ends_holidays_and_boundaries() -> None:
    # every contribution month's real deadline 2015-07..2027-12 (weekends and public holidays
    # moved, the PP 49/2020 30th), plus month ends that clamp (31 Jan + 1 month = 28/29 Feb)
    dues = [C.due_date(m) for m in Month.range(Month(2015, 7), Month(2027, 12))]
    dues += [dt.date(2024, 1, 31), dt.date(2023, 1, 31), dt.date(2024, 2, 29), dt.date(2025, 8, 30)]
    dues += [dt.date(2025, 3, 31), dt.date(2025, 5, 31), dt.date(2020, 12, 30)]
    for due in dues:
        for k in (0, 1, 2, 11, 12, 13, 59):
            edge = add_months(due, k)
            for paid in (edge - dt.timedelta(days=1), edge, edge + dt.timedelta(days=1)):
                assert months_after(due, paid) == _walked(due, paid), (due, paid)
    for due in dues[:: len(dues) // 4]:
        day = due
        while day < due + dt.timedelta(days=400):  # every day of a year and more
            assert months_after(due, day) == _walked(due, day), (due, day)
            day += dt.timedelta(days=1)


def test_the_latest_payment_date_accepted_is_counted_at_once() -> None:
    # paid_on is refused after 2199-12-31; that span is 2,095 started months (no cap in the data)
    due = C.due_date(Month(2025, 5))
    assert due == dt.date(2025, 6, 16)
    last = dt.date(2199, 12, 31)
    assert C.months_late(Month(2025, 5), last) == _walked(due, last) == 2095
    assert C.late_fine(1_000_000, Month(2025, 5), last) == 2095 * 20_000
