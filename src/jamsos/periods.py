"""Contribution months and the date arithmetic the law needs.

A *bulan iuran* (contribution month) is a calendar month; :class:`Month` is that value.
Date arithmetic that could change a legal outcome goes through the small wrappers here,
each with its policy written down and tested:

* :func:`add_months`: dateutil's ``relativedelta`` clamps 31 January + 1 month to the last
  day of February. That clamp is the policy for deadlines and waiting periods.
* :func:`anniversary`: the day a person born on ``birth`` completes ``years`` years. A
  29 February birthday is completed on **1 March** in non-leap years (the person has not
  completed the year on 28 February). See ``docs/known-gaps.md``.

>>> from jamsos import Month
>>> m = Month.parse("2025-03")
>>> m + 11
Month(2026, 2)
>>> Month(2026, 2) - m
11
>>> m.last_day
datetime.date(2025, 3, 31)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import Final, final, overload

import attrs
from dateutil.relativedelta import relativedelta

from jamsos.errors import InvalidDateError, MoneyTypeError
from jamsos.i18n import N_, type_name

__all__ = [
    "Month",
    "add_months",
    "age_on",
    "anniversary",
    "as_date",
    "event_date",
    "months_between",
    "shift_months",
]

_MONTH_RE: Final = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def _check_year(_: object, __: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MoneyTypeError(N_("year must be an int, got {value!r}"), field="year", value=value)
    if not 1900 <= value <= 2200:
        raise InvalidDateError(
            N_("year {value} is out of range; accepted: 1900..2200"), field="year", value=value
        )


def _check_month(_: object, __: object, value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MoneyTypeError(N_("month must be an int, got {value!r}"), field="month", value=value)
    if not 1 <= value <= 12:
        raise InvalidDateError(
            N_("month {value} is out of range; accepted: 1..12"), field="month", value=value
        )


@final
@attrs.frozen(order=True, repr=False)
class Month:
    """A calendar month, such as the contribution month March 2025.

    ``Month(2025, 3)``, ``Month.parse("2025-03")``, ``Month.of(date)``. Months add and
    subtract whole months; subtracting two months gives the number of months between them.

    >>> Month(2025, 12) + 1
    Month(2026, 1)
    >>> list(Month.range(Month(2025, 11), Month(2026, 1)))
    [Month(2025, 11), Month(2025, 12), Month(2026, 1)]
    """

    year: int = attrs.field(validator=_check_year)
    month: int = attrs.field(validator=_check_month)

    @classmethod
    def _make(cls, year: int, month: int) -> Month:
        obj = object.__new__(cls)
        object.__setattr__(obj, "year", year)
        object.__setattr__(obj, "month", month)
        return obj

    @classmethod
    def of(cls, day: dt.date) -> Month:
        """The month a date falls in."""
        if not isinstance(day, dt.date):
            raise InvalidDateError(N_("expected a datetime.date, got {kind}"), kind=type_name(day))
        return cls._make(day.year, day.month)

    @classmethod
    def parse(cls, text: str | Month) -> Month:
        """Parse ``"YYYY-MM"`` (``"2025-03"``); a :class:`Month` passes through.

        A date gives its month; a monthly ``pandas.Period`` (``pd.Period("2026-01", "M")``)
        gives its month too (a period of another frequency is refused, not truncated).
        """
        if isinstance(text, Month):
            return text
        if isinstance(text, dt.date):
            return cls.of(text)
        freq = getattr(text, "freqstr", None)
        if isinstance(freq, str) and hasattr(text, "year") and hasattr(text, "month"):
            if freq.upper().startswith("M") and not freq.upper().startswith("MS"):
                return cls(int(text.year), int(text.month))
            raise InvalidDateError(
                N_("a period of frequency {freq!r} is not a month; use a monthly period (freq='M')"),
                freq=freq,
            )
        if not isinstance(text, str):
            raise InvalidDateError(
                N_("a month must be a Month or a 'YYYY-MM' string, got {kind}"), kind=type_name(text)
            )
        match = _MONTH_RE.match(text)
        if match is None:
            raise InvalidDateError(
                N_("month {text!r} is not in the form YYYY-MM (e.g. 2025-03)"), field="month", text=text
            )
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def range(cls, first: Month, last: Month) -> Iterator[Month]:
        """Every month from ``first`` to ``last``, both included."""
        m = first
        while m <= last:
            yield m
            m = m + 1

    @property
    def index(self) -> int:
        """Months since year 0 (for arithmetic and vectorized code)."""
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> Month:
        """Inverse of :attr:`index`."""
        year, month0 = divmod(index, 12)
        return cls(year, month0 + 1)

    @property
    def first_day(self) -> dt.date:
        """The first calendar day of the month."""
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        """The last calendar day of the month."""
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def day(self, day: int) -> dt.date:
        """Day ``day`` of this month, clamped to the month's last day (31 → 30 in April)."""
        last = calendar.monthrange(self.year, self.month)[1]
        return dt.date(self.year, self.month, min(day, last))

    def __add__(self, other: int) -> Month:
        if isinstance(other, int) and not isinstance(other, bool):
            year, month0 = divmod(self.year * 12 + self.month - 1 + other, 12)
            return Month(year, month0 + 1)
        return NotImplemented

    __radd__ = __add__

    @overload
    def __sub__(self, other: Month) -> int: ...
    @overload
    def __sub__(self, other: int) -> Month: ...
    def __sub__(self, other: Month | int) -> int | Month:
        """``Month - Month`` is the number of months between; ``Month - int`` a month."""
        if isinstance(other, Month):
            return (self.year - other.year) * 12 + self.month - other.month
        if isinstance(other, int) and not isinstance(other, bool):
            return self + (-other)
        return NotImplemented

    def minus(self, months: int) -> Month:
        """``self - months`` with a precise return type (for typed callers)."""
        return self + (-months)

    def months_since(self, other: Month) -> int:
        """``self - other`` in months, typed as ``int``."""
        return (self.year - other.year) * 12 + self.month - other.month

    def __hash__(self) -> int:
        # Months key the per-month parameter caches; hashing the index is cheaper than attrs' tuple.
        return self.year * 12 + self.month

    def __repr__(self) -> str:
        return f"Month({self.year}, {self.month})"

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def to_json(self) -> str:
        """``"YYYY-MM"``."""
        return str(self)


def as_date(value: object, what: str = "date") -> dt.date:
    """Accept a ``datetime.date`` (not a datetime) or an ISO ``"YYYY-MM-DD"`` string.

    A ``datetime`` is refused: dropping its time of day silently could move an event to
    another day (a timezone-aware one especially); pass ``value.date()``.
    """
    if isinstance(value, dt.datetime):
        raise InvalidDateError(
            N_("{what} must be a date, got a datetime ({value!r}); pass value.date()"), what=what, value=value
        )
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise InvalidDateError(
                N_("{what} {value!r} is not an ISO date; write YYYY-MM-DD (e.g. 2025-05-10)"),
                field=what,
                what=what,
                value=value,
            ) from None
    raise InvalidDateError(
        N_("{what} must be a datetime.date or 'YYYY-MM-DD', got {kind}"),
        field=what,
        what=what,
        kind=type_name(value),
    )


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the end of a shorter month.

    Policy: 31 January + 1 month is 28 (or 29) February; 30 April + 1 month is 30 May.
    This is the usual reading of "1 (satu) bulan" in waiting periods and deadlines.

    >>> add_months(dt.date(2025, 1, 31), 1)
    datetime.date(2025, 2, 28)
    """
    try:
        result: dt.date = day + relativedelta(months=months)
    except (ValueError, OverflowError):
        raise InvalidDateError(
            N_("{day} + {months} months is outside the calendar"), day=day, months=months
        ) from None
    return result


def anniversary(birth: dt.date, years: int) -> dt.date:
    """The day a person born on ``birth`` completes ``years`` full years of age.

    Policy for 29 February: in a non-leap year the year is completed on **1 March**, never
    on 28 February (``relativedelta`` would clamp to 28 February, one day early).

    >>> anniversary(dt.date(1964, 2, 29), 57)
    datetime.date(2021, 3, 1)
    >>> anniversary(dt.date(1964, 2, 29), 56)
    datetime.date(2020, 2, 29)
    """
    year = birth.year + years
    if not 1 <= year <= 9999:
        raise InvalidDateError(
            N_("{birth} + {years} years is outside the calendar"), birth=birth, years=years
        )
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return dt.date(year, 3, 1)
    return birth.replace(year=year)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years of age on ``day`` (consistent with :func:`anniversary`).

    >>> age_on(dt.date(1964, 2, 29), dt.date(2021, 2, 28))
    56
    >>> age_on(dt.date(1964, 2, 29), dt.date(2021, 3, 1))
    57
    """
    years = day.year - birth.year
    if anniversary(birth, years) > day:
        years -= 1
    return years


def months_between(first: Month, last: Month) -> int:
    """Number of months from ``first`` to ``last``, both included (0 if last < first)."""
    return max(0, last.months_since(first) + 1)


def event_date(value: object, what: str, as_of: object = None) -> dt.date:
    """Validate an event date: a real date, not after ``as_of`` (default: today).

    Dates before the data starts are refused later by the parameter layer
    (:class:`~jamsos.errors.NotCoveredError`). Shared by :mod:`jamsos.jkk` and :mod:`jamsos.jkm`
    (also importable from :mod:`jamsos.scholarship`, where it lived in 0.1).

    >>> event_date("2025-05-10", "died_on", as_of=dt.date(2025, 6, 1))
    datetime.date(2025, 5, 10)
    """
    day = as_date(value, what)
    # Year 1 is refused as year 1 (Month's range), not later by a month computed before it
    # ("year 0 is out of range" named a year nobody typed).
    _check_year(None, None, day.year)
    # "Today" on the easternmost Indonesian clock (WIT), so an event that happened today
    # anywhere in Indonesia is never refused.
    wit = dt.timezone(dt.timedelta(hours=9), "WIT")
    limit = dt.datetime.now(tz=wit).date() if as_of is None else as_date(as_of, "as_of")
    if day > limit:
        raise InvalidDateError(
            N_(
                "{what} {day} is in the future (after {limit}); benefits are computed for events that "
                "have happened"
            ),
            what=what,
            day=day,
            limit=limit,
        )
    return day


def shift_months(day: dt.date, months: int) -> dt.date:
    """:func:`jamsos.periods.add_months`, refusing results outside the calendar (year 9999).

    >>> shift_months(dt.date(2025, 1, 31), 1)
    datetime.date(2025, 2, 28)
    """
    try:
        return add_months(day, months)
    except (ValueError, OverflowError):
        raise InvalidDateError(
            N_("{day} + {months} months is outside the calendar; check the date"), day=day, months=months
        ) from None
