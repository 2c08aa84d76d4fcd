"""Vectorized JP pension dates: the month from which JP stops, for each distinct birth date of a table
(the rule of jamsos.jp.pension_date, in numpy).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

from jamsos.errors import JamsosError
from jamsos.parameters import ParameterSet
from jamsos.periods import as_date

EPOCH: Final = dt.date(1970, 1, 1).toordinal()

NO_BIRTH: Final = -(2**40)  # no birth date given

BAD: Final = -(2**41)  # a birth date the scalar path must judge


def birth_tables(np: Any, p: ParameterSet, uniques: Sequence[object]) -> tuple[Any, Any]:
    """Per unique birth date: days since 1970 and the JP pension month index.

    The pension date is :func:`jamsos.jp.pension_date` in vector form: the first value of
    the ``jp.pension_age`` series whose ``max(anniversary, since)`` falls before the next
    value's ``since``. Anniversaries are built as year + (month - 1) + (day - 1) in
    ``datetime64``, which completes a 29 February birthday on 1 March in a non-leap year,
    the policy of :func:`jamsos.periods.anniversary`. A test checks it against
    ``jp.pension_date`` date by date.
    """
    days = []
    for u in uniques:
        try:
            days.append(as_date(u, "birth_date").toordinal() - EPOCH)
        except JamsosError:
            days.append(BAD)
    b = np.array([*days, NO_BIRTH], dtype=np.int64)
    pm = np.full(len(b), BAD, dtype=np.int64)
    pm[-1] = NO_BIRTH
    valid = b > BAD // 2
    valid[-1] = False
    if not valid.any():
        return b, pm
    born = b[valid].astype("datetime64[D]")
    years = born.astype("datetime64[Y]")
    month0 = born.astype("datetime64[M]") - years.astype("datetime64[M]")
    day0 = born - born.astype("datetime64[M]").astype("datetime64[D]")

    def anniversary(age: int) -> Any:
        y = (years + np.timedelta64(age, "Y")).astype("datetime64[M]") + month0
        return y.astype("datetime64[D]") + day0

    series = p.history("jp.pension_age")
    first = series[0]
    result = np.full(len(born), np.datetime64("NaT"), dtype="datetime64[D]")
    open_ = anniversary(int(first.value)) >= np.datetime64(first.since)  # else NotCovered
    for dv in series:
        if dv.repealed:
            break
        cand = np.maximum(anniversary(int(dv.value)), np.datetime64(dv.since))
        hit = open_.copy() if dv.until is None else open_ & (cand < np.datetime64(dv.until))
        result[hit] = cand[hit]
        open_ &= ~hit
    found = ~np.isnat(result)
    months = np.where(found, result.astype("datetime64[M]").astype(np.int64) + 1970 * 12, BAD)
    pm[valid] = months
    return b, pm
