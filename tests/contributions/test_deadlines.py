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
