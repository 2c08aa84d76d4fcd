"""JKP argument checks, the start of the program and the claim window after a termination
(claim_deadline).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from jamsos import validate
from jamsos.errors import (
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
)
from jamsos.i18n import N_
from jamsos.parameters import DatedValue, ParameterSet, current_law_option, resolve
from jamsos.periods import add_months


# ---------------------------------------------------------------------------------------
# input checks
# ---------------------------------------------------------------------------------------
def date_arg(value: object, what: str) -> dt.date:
    return validate.date(value, what)


def opt_date_arg(value: object, what: str) -> dt.date | None:
    return None if value is None else date_arg(value, what)


def flag_arg(value: object, what: str) -> bool:
    return validate.flag(value, what)


def whole_arg(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MoneyTypeError(N_("{what} must be a whole number, got {value!r}"), what=what, value=value)
    if value < 0:
        raise InvalidInputError(N_("{what} must not be negative, got {value}"), what=what, value=value)
    return value


def dates_arg(value: object, what: str) -> tuple[dt.date, ...]:
    if isinstance(value, str | bytes | dt.date) or not isinstance(value, Iterable):
        raise InvalidInputError(
            N_("{what} must be a sequence of dates (YYYY-MM-DD), got {value!r}"), what=what, value=value
        )
    return tuple(sorted(date_arg(v, what) for v in value))


def _program_start(p: ParameterSet) -> dt.date:
    """The day JKP began: the first value of the benefit schedule (PP 37/2021, 2021-02-02)."""
    first: dt.date = p.history("jkp.benefit.rate_schedule")[0].since
    return first


def require_program(p: ParameterSet, phk: dt.date) -> dt.date:
    start = _program_start(p)
    if phk < start:
        first = p.history("jkp.benefit.rate_schedule")[0]
        raise NotCoveredError(
            N_(
                "JKP did not exist on {phk}: the programme starts with {basis} on {start}; a "
                "PHK before that day gives no JKP right"
            ),
            phk=phk,
            basis=first.cite(),
            start=start,
        )
    return start


def default_claim(p: ParameterSet, phk: dt.date) -> dt.date:
    first_claim: dt.date = p.value("jkp.eligibility.first_claim_date", phk).value
    return max(phk, first_claim)


# ---------------------------------------------------------------------------------------
# claim window
# ---------------------------------------------------------------------------------------
@current_law_option
def claim_deadline(
    terminated_on: dt.date, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> dt.date:
    """The last day a JKP claim can be filed for a PHK on ``terminated_on`` (Pasal 40 huruf a).

    The window is counted in calendar months from the PHK date, and the same calendar day
    ``n`` months later is still in time (31st clamped to the month's end, see
    :func:`jamsos.periods.add_months`). Which law: the window in force on the PHK date; when a
    later regulation lengthens the window while it is still open (PP 6/2025 on 2025-02-07: 3 → 6
    months), the longer window applies. A window already closed before that day is not revived
    (the right was lost under Pasal 40 as then in force). This transition reading is not
    settled by the text (see the known gaps).

    >>> claim_deadline(dt.date(2024, 10, 1))   # closed on 2025-01-01, before PP 6/2025
    datetime.date(2025, 1, 1)
    >>> claim_deadline(dt.date(2024, 11, 10))  # still open on 2025-02-07: 6 months
    datetime.date(2025, 5, 10)
    >>> claim_deadline(dt.date(2025, 3, 1))
    datetime.date(2025, 9, 1)
    """
    deadline, _ = claim_deadline_of(resolve(params), date_arg(terminated_on, "terminated_on"))
    return deadline


def claim_deadline_of(p: ParameterSet, phk: dt.date) -> tuple[dt.date, DatedValue]:
    require_program(p, phk)
    series = p.history("jkp.eligibility.claim_window")
    current = p.value("jkp.eligibility.claim_window", phk)
    index = next(i for i, dv in enumerate(series) if dv.since == current.since)
    while True:
        dv = series[index]
        deadline = add_months(phk, dv.value)
        following = series[index + 1] if index + 1 < len(series) else None
        if following is None or following.repealed or deadline < following.since:
            return deadline, dv
        index += 1
