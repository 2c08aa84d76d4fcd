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

from jamsos.contributions.bands import BAND_PARAMETER, place
from jamsos.contributions.bands import lowest_income as _lowest
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month

__all__ = ["BAND_PARAMETER", "band_edges", "basis_income", "lowest_income"]


@current_law_option
def lowest_income(
    month: Month, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> Rupiah:
    """The income of the lowest BPU income band in force in ``month``
    (:func:`jamsos.contributions.lowest_income`, law data ``bpu.income_band``)."""
    return _lowest(month, params=params)


def basis_income(income: Rupiah, month: Month, *, params: ParameterSet | None = None) -> tuple[Rupiah, str]:
    """The income contributions are computed on, and where ``income`` sits in the band table:
    ``"below"`` (placed in the lowest band), ``"within"`` or ``"above"`` (capped at the
    highest band)."""
    got = place(income, month.last_day, resolve(params))
    return got.basis, got.placement


def band_edges(month: Month, *, params: ParameterSet | None = None) -> tuple[Rupiah, Rupiah | None]:
    """The incomes of the lowest and the highest band in force in ``month``: an income below
    the first is placed in the lowest band, one above the second (if the table caps) is capped
    at the highest band, as :func:`jamsos.contributions.bands.place` does."""
    scale = resolve(params).scale(BAND_PARAMETER, month.last_day)
    highest = scale.brackets[-1]
    top = highest.rupiah("income") if highest.has("income") else None
    return lowest_income(month, params=params), top
