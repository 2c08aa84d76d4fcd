"""Indonesia's working-day calendar, for payment deadlines.

A deadline that falls on a Saturday, a Sunday or a national public holiday moves to the
next working day (PP 44/2015 Pasal 21 ayat (3); PP 46/2015 Pasal 19 ayat (3)). The public
holidays come from the maintained ``holidays`` package (its ``ID`` calendar), never from a
hand-kept list. Collective leave days (*cuti bersama*) are not public holidays and do not
move a deadline.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays

__all__ = ["is_working_day", "next_working_day"]


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[dt.date]:
    calendar = holidays.country_holidays("ID", years=year)
    return frozenset(calendar.keys())


def is_working_day(day: dt.date) -> bool:
    """True on a Monday–Friday that is not an Indonesian national public holiday.

    >>> is_working_day(dt.date(2025, 8, 17))  # Independence Day (a Sunday, too)
    False
    >>> is_working_day(dt.date(2025, 8, 18))
    True
    """
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the next working day."""
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day
