"""Unit tests for jamsos.periods: Month arithmetic and parsing, date helpers, and every refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos.errors import InvalidDateError, MoneyTypeError
from jamsos.periods import Month, add_months, anniversary, as_date, event_date, months_between, shift_months
from jamsos.scholarship import event_date as old_event_date
from jamsos.scholarship import shift_months as old_shift_months


@pytest.mark.parametrize(
    ("year", "month", "error", "message"),
    [
        (2025.0, 1, MoneyTypeError, "year must be an int, got 2025.0"),
        (True, 1, MoneyTypeError, "year must be an int, got True"),
        (1899, 1, InvalidDateError, r"year 1899 is out of range; accepted: 1900\.\.2200"),
        (2201, 1, InvalidDateError, "year 2201 is out of range"),
        (2025, "3", MoneyTypeError, "month must be an int, got '3'"),
        (2025, 0, InvalidDateError, r"month 0 is out of range; accepted: 1\.\.12"),
    ],
)
def test_month_refuses(year: object, month: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        Month(year, month)  # type: ignore[arg-type]


def test_month_parse_of_and_range() -> None:
    assert Month.parse(" 2025-3 ") == Month(2025, 3)
    assert Month.parse(Month(2025, 3)) == Month(2025, 3)
    assert Month.parse(dt.date(2025, 3, 31)) == Month(2025, 3)  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError, match="a month must be a Month or a 'YYYY-MM' string, got int"):
        Month.parse(202503)  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError, match=r"month '2025/03' is not in the form YYYY-MM"):
        Month.parse("2025/03")
    with pytest.raises(InvalidDateError, match="expected a datetime.date, got str"):
        Month.of("2025-03-01")  # type: ignore[arg-type]
    assert list(Month.range(Month(2025, 12), Month(2026, 2))) == [
        Month(2025, 12),
        Month(2026, 1),
        Month(2026, 2),
    ]
    assert list(Month.range(Month(2026, 2), Month(2025, 12))) == []


def test_month_arithmetic_and_rendering() -> None:
    m = Month(2024, 2)
    assert m.index == 2024 * 12 + 1 and Month.from_index(m.index) == m
    assert m.first_day == dt.date(2024, 2, 1) and m.last_day == dt.date(2024, 2, 29)
    assert m.day(31) == dt.date(2024, 2, 29) and m.day(10) == dt.date(2024, 2, 10)
    assert 11 + m == Month(2025, 1) and m - 2 == Month(2023, 12) and m.minus(14) == Month(2022, 12)
    assert Month(2025, 1) - m == 11 and Month(2025, 1).months_since(m) == 11
    assert hash(m) == hash(Month(2024, 2)) and {m: 1}[Month(2024, 2)] == 1
    assert repr(m) == "Month(2024, 2)" and str(m) == "2024-02" and m.to_json() == "2024-02"
    with pytest.raises(TypeError):
        m + True  # type: ignore[operator]
    with pytest.raises(TypeError):
        m - "1"  # type: ignore[operator]
    assert months_between(Month(2025, 1), Month(2025, 3)) == 3
    assert months_between(Month(2025, 3), Month(2025, 1)) == 0


def test_as_date() -> None:
    with pytest.raises(
        InvalidDateError, match=r"died_on must be a date, got a datetime .*; pass value\.date\(\)"
    ):
        as_date(dt.datetime(2025, 5, 10, 23, 59, tzinfo=dt.UTC), "died_on")
    assert as_date(" 2025-05-10 ") == dt.date(2025, 5, 10)
    with pytest.raises(InvalidDateError, match=r"paid_on '10/05/2025' is not an ISO date; write YYYY-MM-DD"):
        as_date("10/05/2025", "paid_on")
    with pytest.raises(InvalidDateError, match="paid_on must be a datetime.date or 'YYYY-MM-DD', got int"):
        as_date(20250510, "paid_on")


def test_calendar_edges_are_refused_not_overflowed() -> None:
    with pytest.raises(InvalidDateError, match=r"9999-12-01 \+ 1 months is outside the calendar"):
        add_months(dt.date(9999, 12, 1), 1)
    with pytest.raises(InvalidDateError, match="is outside the calendar; check the date"):
        shift_months(dt.date(9999, 12, 1), 1)
    assert shift_months(dt.date(2024, 3, 31), -1) == dt.date(2024, 2, 29)
    with pytest.raises(InvalidDateError, match=r"9990-01-01 \+ 20 years is outside the calendar"):
        anniversary(dt.date(9990, 1, 1), 20)


def test_event_date() -> None:
    assert event_date("2025-05-10", "died_on", as_of="2025-05-10") == dt.date(2025, 5, 10)
    with pytest.raises(InvalidDateError, match="died_on 2025-05-11 is in the future \\(after 2025-05-10\\)"):
        event_date(dt.date(2025, 5, 11), "died_on", as_of=dt.date(2025, 5, 10))
    # without as_of the limit is today in WIT: a date long past passes, year 9999 never does
    assert event_date("2016-01-01", "died_on") == dt.date(2016, 1, 1)
    with pytest.raises(InvalidDateError, match="is in the future"):
        event_date("2199-01-01", "died_on")
    with pytest.raises(InvalidDateError, match=r"^year 9999 is out of range"):
        event_date("9999-01-01", "died_on")


def test_an_event_in_year_1_is_refused_as_year_1() -> None:
    with pytest.raises(InvalidDateError, match=r"^year 1 is out of range; accepted: 1900\.\.2200$"):
        event_date("0001-01-01", "died_on")
    # through a life event too (it computed the month before the event first: "year 0")
    from jamsos import events

    with pytest.raises(InvalidDateError, match=r"^year 1 is out of range"):
        events.dismissal(on="0001-01-01", birth_date="1990-05-01", wage=6_000_000, member_since="2022-03-01")


def test_old_homes_of_the_date_helpers_still_work() -> None:
    assert old_event_date is event_date and old_shift_months is shift_months
