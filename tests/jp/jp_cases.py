"""Cases shared by the tests of jp (importable through conftest.py)."""

from __future__ import annotations

import datetime as dt

from jamsos.parameters import ParameterSet, official

D = dt.date


def future(*, inflation: str = "0", flat_cap: str | None = None, from_2015: bool = True) -> ParameterSet:
    """Official data, plus assumed values for the years not published yet (for hand computation).

    ``from_2015``: zero (or the given) inflation for every year, so that revaluation is neutral.
    """
    p = official()
    p = p.override("jp.inflation", D(2015, 1, 1) if from_2015 else D(2026, 1, 1), inflation)
    p = p.override("jp.benefit.minimum", D(2027, 3, 1), "411400")
    p = p.override("jp.benefit.maximum", D(2027, 3, 1), "4932300")
    p = p.override("jp.lump_sum.development_rate", D(2027, 1, 1), "6.47")
    if flat_cap is not None:
        return p.override("jp.wage_cap", D(2015, 7, 1), flat_cap)
    return p.override("jp.wage_cap", D(2027, 3, 1), "11086300")
