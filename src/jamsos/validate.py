"""One boundary-validation layer: every public function checks its arguments here.

A value crossing into jamsos is checked once, the same way in every program, and each kind
of mistake raises one error class with one message style
(``<field> must be <what is accepted>, got <what was given>``):

============================================  ===========================================
mistake                                       error
============================================  ===========================================
money or rate of an inexact type (``float``)  :class:`~jamsos.errors.MoneyTypeError`
money, count, percentage or flag of a wrong   :class:`~jamsos.errors.InvalidInputError`
type or out of its range (negative wage,
``"yes"`` for a flag, ``True`` for a count)
a code that names nothing (risk class "²")    :class:`~jamsos.errors.UnknownValueError`
a malformed or impossible date or month,      :class:`~jamsos.errors.InvalidDateError`
dates in the wrong order
a date the law data does not cover            :class:`~jamsos.errors.NotCoveredError`
============================================  ===========================================

Flags are real ``bool`` only: ``"no"`` is truthy in Python and would silently change a
result. The batch table layer maps the yes/no words of a CSV cell explicitly before
calling here; so does the command line.

Dates have one accepted range per kind (:class:`DateKind`), the same in every program:
birth dates and membership starts between :data:`EARLIEST` and :data:`LATEST`;
contribution months and events from the start of the programs (2015-07-01, the first date
of the law data) — an earlier one is not covered by the law data
(:class:`~jamsos.errors.NotCoveredError`) — up to :data:`LATEST`; whether the law data
reaches a later date is decided by the parameters (their release horizon), not here.
A ``datetime`` is refused where a date is meant: its time of day would be dropped silently.

Amounts and counts have input sanity bounds (:data:`MAX_AMOUNT`, :data:`MAX_COUNT`): not
law, but far beyond any wage, budget or workforce, and low enough that every computation
stays exact (a budget for 10**60 workers would otherwise lose digits).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from decimal import Decimal
from typing import Final, TypeVar

from jamsos.enums import CodedEnum, shown
from jamsos.errors import InvalidDateError, InvalidInputError, MoneyTypeError, NotCoveredError
from jamsos.i18n import N_, type_name
from jamsos.money import Rate, Rupiah, to_decimal
from jamsos.periods import Month

__all__ = [
    "EARLIEST",
    "LATEST",
    "MAX_AMOUNT",
    "MAX_COUNT",
    "PROGRAMS_START",
    "DateKind",
    "choice",
    "count",
    "date",
    "flag",
    "money",
    "month",
    "not_before",
    "optional_date",
    "optional_flag",
    "percent",
    "rate",
    "shown",
    "year",
]

#: Input sanity bound for money: Rp10^15 (a thousand trillion rupiah). Not law.
MAX_AMOUNT: Final = Rupiah(10**15)
#: Input sanity bound for counts of people or items (10^9: more than Indonesia's population).
MAX_COUNT: Final = 10**9
#: The first day of the BPJS Ketenagakerjaan programs as jamsos encodes them (PP 44, 45 and
#: 46/2015, in force 2015-07-01): the earliest contribution month and event.
PROGRAMS_START: Final = dt.date(2015, 7, 1)
#: The earliest birth date or membership start accepted (input sanity bound, not law).
EARLIEST: Final = dt.date(1900, 1, 1)
#: The latest date of any kind accepted at all (input sanity bound, not law); the law data's
#: own horizon is usually much nearer and is checked by the parameters.
LATEST: Final = dt.date(2199, 12, 31)

_E = TypeVar("_E", bound=enum.Enum)


class DateKind(enum.Enum):
    """The kinds of dates, each with one accepted range in every program."""

    #: A birth date: from 1900-01-01.
    BIRTH = "birth date"
    #: The start of a membership or registration (JHT membership may predate 2015).
    MEMBERSHIP = "membership start"
    #: A contribution month or a date inside one: from 2015-07.
    CONTRIBUTION = "contribution month"
    #: A benefit event, claim, payment or calculation date: from 2015-07-01.
    EVENT = "event"

    @classmethod
    def of_field(cls, field: str) -> DateKind:
        """The kind a field name implies: ``birth_date`` is a birth, ``registered_on`` and
        ``membership_start`` a membership start, anything else an event."""
        name = field.lower()
        if "birth" in name:
            return cls.BIRTH
        if any(w in name for w in ("member", "regist", "covered_from", "since")):
            return cls.MEMBERSHIP
        return cls.EVENT

    @property
    def earliest(self) -> dt.date:
        """The first date accepted for this kind."""
        return EARLIEST if self in (DateKind.BIRTH, DateKind.MEMBERSHIP) else PROGRAMS_START


# ----------------------------------------------------------------------------- money
def money(
    value: object,
    field: str,
    *,
    positive: bool = True,
    maximum: Rupiah = MAX_AMOUNT,
) -> Rupiah:
    """An amount of rupiah: ``Rupiah``, ``int``, ``str`` (Python notation) or ``Decimal``.

    ``positive``: more than Rp0 (a wage, an income); otherwise Rp0 is accepted (a
    balance). Never negative; at most ``maximum``.
    """
    if isinstance(value, bool):
        raise MoneyTypeError(
            N_("{what} must be an amount (int, str or Decimal), got {value}"), what=field, value=shown(value)
        )
    amount = Rupiah.of(value, field)
    if positive and amount <= 0:
        raise InvalidInputError(
            N_("{what} must be more than Rp0, got {amount}"), what=field, amount=str(amount)
        )
    if amount < 0:
        raise InvalidInputError(
            N_("{what} must not be negative, got {amount}"), what=field, amount=str(amount)
        )
    if amount > maximum:
        raise InvalidInputError(
            N_("{what} must be at most {maximum}, got {amount}"),
            what=field,
            maximum=str(maximum),
            amount=str(amount),
        )
    return amount


# ----------------------------------------------------------------------------- counts
def count(value: object, field: str, *, minimum: int = 0, maximum: int = MAX_COUNT) -> int:
    """A whole number (``int``, never ``bool``) in ``[minimum, maximum]``.

    Text is refused here: the command line and the batch table layer read numbers from
    text (:func:`jamsos.notation.parse_count`) before calling.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(
            N_("{what} must be a whole number (int), got {value}"), what=field, value=shown(value)
        )
    return _within(value, field, minimum, maximum)


def year(value: object, field: str, *, minimum: int, maximum: int) -> int:
    """A calendar year (``int``) in ``[minimum, maximum]``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(
            N_("{what} must be a year (int), got {value}"), what=field, value=shown(value)
        )
    return _within(value, field, minimum, maximum)


def _within(value: int, field: str, minimum: int, maximum: int) -> int:
    """``value`` itself if ``minimum <= value <= maximum``; else the one out-of-range error."""
    if not minimum <= value <= maximum:
        raise InvalidInputError(
            N_("{what} must be from {minimum} to {maximum}, got {value}"),
            what=field,
            minimum=minimum,
            maximum=maximum,
            value=shown(value),
        )
    return value


# ----------------------------------------------------------------------------- flags
def flag(value: object, field: str) -> bool:
    """``True`` or ``False`` only: ``"no"``, ``0`` or ``None`` would be guessed."""
    if not isinstance(value, bool):
        raise InvalidInputError(
            N_("{what} must be True or False, got {value}"), what=field, value=shown(value)
        )
    return value


def optional_flag(value: object, field: str) -> bool | None:
    """``True``, ``False`` or ``None`` (not known / not checked)."""
    return None if value is None else flag(value, field)


# ----------------------------------------------------------------------------- dates
def date(value: object, field: str, *, kind: DateKind | None = None) -> dt.date:
    """A ``datetime.date`` or ISO text ``YYYY-MM-DD`` within the range of its kind
    (default: the kind the field's name implies, :meth:`DateKind.of_field`)."""
    if isinstance(value, dt.datetime):
        raise InvalidDateError(
            N_("{what} must be a date, got a datetime ({value}); pass value.date()"),
            what=field,
            value=shown(value),
        )
    if isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            raise InvalidDateError(
                N_("{what} must be a date written YYYY-MM-DD, got {value}"), what=field, value=shown(value)
            )
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise InvalidDateError(
                N_("{what} {value} is not a calendar date"), what=field, value=shown(value)
            ) from None
    elif isinstance(value, dt.date):
        day = value
    else:
        raise InvalidDateError(
            N_("{what} must be a datetime.date or 'YYYY-MM-DD', got {kind} {value}"),
            what=field,
            kind=type_name(value),
            value=shown(value),
        )
    return _in_range(day, field, kind or DateKind.of_field(field))


def optional_date(value: object, field: str, *, kind: DateKind | None = None) -> dt.date | None:
    """:func:`date`, or ``None`` when not given."""
    return None if value is None else date(value, field, kind=kind)


def _in_range(day: dt.date, field: str, kind: DateKind) -> dt.date:
    if day < kind.earliest:
        if kind in (DateKind.CONTRIBUTION, DateKind.EVENT):
            raise NotCoveredError(
                N_(
                    "{what} {day} is before {start}, the start of the "
                    "BPJS Ketenagakerjaan programs (PP 44, 45 and 46/2015) that jamsos covers"
                ),
                what=field,
                day=day,
                start=PROGRAMS_START,
            )
        raise _out_of_range(day, field, kind)
    if day > LATEST:
        raise _out_of_range(day, field, kind)
    return day


def _out_of_range(day: dt.date, field: str, kind: DateKind) -> InvalidDateError:
    return InvalidDateError(
        N_("{what} must be from {earliest} to {latest}, got {day}"),
        what=field,
        earliest=kind.earliest,
        latest=LATEST,
        day=day,
    )


def month(value: object, field: str = "month") -> Month:
    """A contribution month: a :class:`Month`, ``"YYYY-MM"``, a ``date`` inside it or a
    monthly ``pandas.Period``."""
    if isinstance(value, Month):
        m = value
    elif isinstance(value, dt.datetime):
        raise InvalidDateError(
            N_("{what} must be a Month, 'YYYY-MM' or a date, got a datetime ({value})"),
            what=field,
            value=shown(value),
        )
    elif isinstance(value, dt.date):
        m = Month.of(value)
    elif hasattr(value, "freqstr"):  # a monthly pandas.Period (another frequency is refused)
        m = Month.parse(value)  # type: ignore[arg-type]
    elif isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"[0-9]{4}-[0-9]{1,2}", text):
            raise InvalidDateError(
                N_("{what} must be a month written YYYY-MM, got {value}"), what=field, value=shown(value)
            )
        year, number = (int(part) for part in text.split("-"))
        if not EARLIEST.year <= year <= LATEST.year and 1 <= number <= 12:
            # the range of contribution months, not Month's own wider calendar range: a month
            # before the programs is not covered, one after LATEST is out of range (as a date)
            _in_range(dt.date(max(year, 1), number, 1), field, DateKind.CONTRIBUTION)
        m = Month.parse(text)
    else:
        raise InvalidDateError(
            N_("{what} must be a Month or 'YYYY-MM', got {kind} {value}"),
            what=field,
            kind=type_name(value),
            value=shown(value),
        )
    _in_range(m.first_day, field, DateKind.CONTRIBUTION)
    return m


def not_before(later: dt.date, earlier: dt.date, later_field: str, earlier_field: str) -> None:
    """Refuse ``later`` when it is before ``earlier`` (a retirement before the birth)."""
    if later < earlier:
        raise InvalidDateError(
            N_("{what} ({later}) must not be before {other} ({earlier})"),
            what=later_field,
            later=later,
            other=earlier_field,
            earlier=earlier,
        )


# ----------------------------------------------------------------------------- codes
def choice(kind: type[_E], value: object) -> _E:
    """A member of a :class:`jamsos.enums.CodedEnum` (one normaliser, one error)."""
    if issubclass(kind, CodedEnum):
        return kind.parse(value)
    return kind(value)  # pragma: no cover  (every jamsos enum is a CodedEnum)


# ----------------------------------------------------------------------------- rates
def percent(value: object, field: str, *, low: Decimal = Decimal(0), high: Decimal = Decimal(100)) -> Decimal:
    """A percentage as an exact number (``int``, ``str``, ``Decimal``) in ``[low, high]``."""
    if isinstance(value, bool):
        raise MoneyTypeError(
            N_("{what} must be a number (int, str or Decimal), got {value}"), what=field, value=shown(value)
        )
    d = to_decimal(value, field)
    if not low <= d <= high:
        raise InvalidInputError(
            N_("{what} must be from {minimum} to {maximum}, got {value}"),
            what=field,
            minimum=str(low),
            maximum=str(high),
            value=shown(value),
        )
    return d


def rate(value: object, field: str, *, maximum: Decimal = Decimal(1)) -> Rate:
    """A rate: a :class:`Rate` or a fraction (``Decimal``/``str``/``int``) from 0 to ``maximum``.

    The same check as the law data's loader applies to rates in TOML files: a rate is never
    negative and never more than 100% unless the caller says so (a return may exceed it).
    """
    if isinstance(value, Rate):
        r = value
    else:
        if isinstance(value, bool):
            raise MoneyTypeError(
                N_("{what} must be a Rate or a fraction, got {value}"), what=field, value=shown(value)
            )
        r = Rate(to_decimal(value, field))
    if not Decimal(0) <= r.value <= maximum:
        raise InvalidInputError(
            N_("{what} must be from 0 to {maximum}%, got {rate}"),
            what=field,
            maximum=str(maximum * 100),
            rate=str(r),
        )
    return r
