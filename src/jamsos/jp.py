"""JP (Jaminan Pensiun): pension age, the membership window, the wage cap and benefits.

*Jaminan Pensiun* is the defined-benefit pension of wage earners (PU) under PP 45/2015.
*Usia pensiun* is the pension age; *masa iur* the contribution period in months; *batas
upah tertinggi* the wage cap on which contributions are due.

Which date selects the law: the day asked for (``pension_age``), the contribution month
(``wage_cap``: its last day, like every contribution parameter), the event date for
benefits.
"""

from __future__ import annotations

import datetime as dt

from jamsos.errors import InvalidDateError, NotCoveredError
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet, resolve
from jamsos.periods import Month, anniversary, as_date

__all__ = [
    "last_registration_month",
    "pension_age",
    "pension_date",
    "wage_cap",
]


def pension_age(on: dt.date, *, params: ParameterSet | None = None) -> int:
    """The pension age in force on ``on`` (PP 45/2015 Pasal 15).

    56 until 2018, 57 from 2019-01-01, then one more year every 3 years up to 65 in 2043.

    >>> pension_age(dt.date(2018, 12, 31)), pension_age(dt.date(2019, 1, 1))
    (56, 57)
    >>> pension_age(dt.date(2043, 1, 1))
    65
    """
    return resolve(params).integer("jp.pension_age", as_date(on, "on"))


def pension_date(birth_date: dt.date, *, params: ParameterSet | None = None) -> dt.date:
    """The first day on which the person's age reaches the pension age then in force.

    The pension age rises over time, so the answer is the first day ``d`` with
    ``age(d) >= pension_age(d)``. A 29 February birthday is completed on 1 March in
    non-leap years (see :func:`jamsos.periods.anniversary`).

    >>> pension_date(dt.date(1965, 7, 16))
    datetime.date(2023, 7, 16)
    >>> pension_date(dt.date(1963, 3, 1))  # 56 on 2019-03-01, when 57 is in force
    datetime.date(2020, 3, 1)
    """
    birth = as_date(birth_date, "birth_date")
    p = resolve(params)
    series = p.history("jp.pension_age")
    first = series[0]
    if anniversary(birth, first.value) < first.since:
        raise NotCoveredError(
            f"a person born {birth.isoformat()} reached {first.value} before JP began on "
            f"{first.since.isoformat()} ({first.cite()}); JP pension age does not apply"
        )
    for dv in series:
        if dv.repealed:
            break
        candidate = max(anniversary(birth, dv.value), dv.since)
        if dv.until is None or candidate < dv.until:
            return candidate
    raise NotCoveredError(  # pragma: no cover - the last series value is open-ended
        f"no pension date found for {birth.isoformat()} in the pension-age data"
    )


def last_registration_month(birth_date: dt.date, *, params: ParameterSet | None = None) -> Month:
    """The last month in which the person can still be registered in JP.

    The month before the month in which pension age is reached: membership ends at pension
    age, so a registration in that month would start no contribution period.

    >>> last_registration_month(dt.date(1965, 7, 16))
    Month(2023, 6)
    """
    return Month.of(pension_date(birth_date, params=params)).minus(1)


def wage_cap(month: Month | str, *, params: ParameterSet | None = None) -> Rupiah:
    """The JP wage cap for a contribution month (PP 45/2015 Pasal 29).

    >>> str(wage_cap(Month(2025, 2))), str(wage_cap(Month(2025, 3)))
    ('Rp10.042.300', 'Rp10.547.400')
    """
    m = Month.parse(month)
    return resolve(params).rupiah("jp.wage_cap", m.last_day)


def _check_birth(birth: dt.date, on: dt.date) -> None:
    if birth > on:
        raise InvalidDateError(f"birth date {birth.isoformat()} is after {on.isoformat()}; check the date")
