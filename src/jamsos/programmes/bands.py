"""The lowest income band a non-wage earner (BPU) can declare, month by month.

Budget-funded programmes for vulnerable workers almost always pay on the lowest band of
the BPU income table (PP 44/2015 Lampiran II, as amended): JKK 1% of Rp1.000.000 plus the
flat JKM. A roster income below that band is placed in it.

Which date selects the law: the contribution month (its last day).

>>> from jamsos import Month
>>> str(lowest_income(Month(2026, 1)))
'Rp1.000.000'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from jamsos import contributions
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet, resolve
from jamsos.periods import Month

__all__ = ["lowest_income"]


def lowest_income(month: Month, *, params: ParameterSet | None = None) -> Rupiah:
    """The lowest declarable BPU income in force in ``month``.

    Uses :func:`jamsos.contributions.lowest_income` (the income-band table) where this
    version has it, else the parameter ``bpu.min_income`` (the lowest band's income).
    """
    shared = getattr(contributions, "lowest_income", None)
    if shared is not None:
        return cast(Callable[..., Rupiah], shared)(month, params=params)
    return resolve(params).rupiah("bpu.min_income", month.last_day)
