"""Contribution deadlines, months of delay and late-payment fines (PP 44/2015 Pasal 21, 22, 24; PP
45/2015 Pasal 31; PP 46/2015 Pasal 20).
"""

from __future__ import annotations

import datetime as dt

from jamsos import validate, workdays
from jamsos.contributions.rules import contribution_month, round_rupiah
from jamsos.domain import Program, Segment
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
)
from jamsos.i18n import N_
from jamsos.money import Money, Rupiah
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month, add_months


# ---------------------------------------------------------------------------------------
# deadlines and late fines
# ---------------------------------------------------------------------------------------
def _program(value: object) -> Program | None:
    return None if value is None else Program.parse(value)


def _rule(p: ParameterSet, seg: Segment, program: Program | None, key: str) -> str:
    """The parameter name of a deadline rule: program-specific where the data has one.

    The segment's rules live under ``admin.wage_earner`` (PU and construction) or
    ``admin.non_wage_earner`` (BPU); a program with its own deadline has its rules one level
    down (``admin.non_wage_earner.jht.due_day``: PP 46/2015 Pasal 21 ayat (3)).
    """
    if seg is Segment.NON_WAGE_EARNER:
        base = "admin.non_wage_earner"
    elif seg in (Segment.WAGE_EARNER, Segment.CONSTRUCTION):
        base = "admin.wage_earner"
    else:
        raise InvalidInputError(
            N_("migrant workers (PMI) pay packages at registration; there is no monthly deadline")
        )
    if program is not None and f"{base}.{program.code}.{key}" in p:
        return f"{base}.{program.code}.{key}"
    return f"{base}.{key}"


@current_law_option
def due_date(
    month: Month | str,
    *,
    segment: Segment | str = Segment.WAGE_EARNER,
    program: Program | str | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> dt.date:
    """The last day to pay a contribution month without a fine.

    Wage earners and construction: the 15th of the next month (PP 44/2015 Pasal 21 ayat
    (2); the 30th for August 2020 to January 2021 under PP 49/2020). Non-wage earners: the
    15th of the contribution month itself (PP 44/2015 Pasal 24 ayat (3)), except JHT
    (``program="JHT"``): the 15th of the next month (PP 46/2015 Pasal 21 ayat (3)). A
    deadline on a weekend or national public holiday moves to the next working day.
    ``program=None`` gives the segment's general deadline (the JKK and JKM one for BPU).

    >>> due_date(Month(2025, 5))  # 15 June 2025 is a Sunday
    datetime.date(2025, 6, 16)
    >>> due_date(Month(2025, 7), segment="BPU"), due_date(Month(2025, 7), segment="BPU", program="JHT")
    (datetime.date(2025, 7, 15), datetime.date(2025, 8, 15))
    """
    m = contribution_month(month)
    seg = Segment.parse(segment)
    prog = _program(program)
    p = resolve(params)
    on = m.last_day
    day = p.integer(_rule(p, seg, prog, "due_day"), on)
    offset = p.integer(_rule(p, seg, prog, "due_month_offset"), on)
    return workdays.next_working_day((m + offset).day(day))


@current_law_option
def late_fine(
    amount_due: Money,
    month: Month | str,
    paid_on: dt.date,
    *,
    segment: Segment | str = Segment.WAGE_EARNER,
    program: Program | str | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Rupiah:
    """The fine (denda) for paying a contribution month late.

    Wage earners: 2% of the contribution due for each month or part of a month after the
    deadline (PP 44/2015 Pasal 22 ayat (1); PP 45/2015 Pasal 31; PP 46/2015 Pasal 20);
    0.5% for August 2020 to January 2021 (PP 49/2020). Simple, not compounded; rounded
    half up to whole rupiah. Non-wage earners pay no fine (they lose benefit rights
    instead): Rp0. ``program`` selects a program's own deadline (see :func:`due_date`).

    >>> str(late_fine(1_000_000, Month(2025, 5), dt.date(2025, 6, 17)))
    'Rp20.000'
    >>> str(late_fine(1_000_000, Month(2025, 5), dt.date(2025, 8, 17)))
    'Rp60.000'
    """
    amount = Rupiah.of(amount_due, "amount_due")
    if amount < 0:
        raise InvalidInputError(N_("amount_due cannot be negative, got {amount}"), amount=amount)
    m = contribution_month(month)
    seg = Segment.parse(segment)
    prog = _program(program)
    paid = validate.date(paid_on, "paid_on")
    if paid < m.first_day:
        raise InvalidDateError(
            N_("paid_on {paid} is before the contribution month {m} begins"), paid=paid, m=m
        )
    months = months_late(m, paid, segment=seg, program=prog, params=params)
    p = resolve(params)
    rate = p.rate(_rule(p, seg, prog, "late_fine_rate"), m.last_day)
    cap = p.integer("admin.late_fine_months_cap", m.last_day)
    if cap:
        months = min(months, cap)
    return round_rupiah(amount.amount * rate.value * months)


def months_late(
    month: Month | str,
    paid_on: dt.date,
    *,
    segment: Segment | str = Segment.WAGE_EARNER,
    program: Program | str | None = None,
    params: ParameterSet | None = None,
) -> int:
    """Months of delay, counting any part of a month as a whole month.

    0 when paid on or before :func:`due_date`; 1 from the day after it through the same
    day one month later (clamped at month end); and so on.
    """
    due = due_date(month, segment=segment, program=program, params=params)
    paid = validate.date(paid_on, "paid_on")
    return months_after(due, paid)


def months_after(due: dt.date, paid: dt.date) -> int:
    """The smallest ``n >= 1`` with ``paid <= add_months(due, n)``; 0 when ``paid <= due``.

    Computed without walking month by month (a payment a century late is as quick as one a
    month late): ``add_months(due, k)`` falls in the month ``k`` months after ``due``'s, so
    for ``k`` one less than the months between ``due`` and ``paid`` it is still before
    ``paid``; the answer is that count or the next (``add_months`` clamps 31 January + 1
    month to the end of February, the policy of :func:`jamsos.periods.add_months`).

    >>> due = dt.date(2025, 1, 31)
    >>> months_after(due, dt.date(2025, 2, 28)), months_after(due, dt.date(2025, 3, 1))
    (1, 2)
    """
    if paid <= due:
        return 0
    n = max(1, (paid.year - due.year) * 12 + paid.month - due.month)
    while paid > add_months(due, n):
        n += 1
    return n
