"""The BPU income bands (*daftar penghasilan*): where a declared income is placed, and the JKK
and JHT contribution of its band.

PP 44/2015 Pasal 20 ayat (1)-(2) sets a non-wage earner's (BPU) JKK as a nominal amount per
income band, listed in Lampiran II and chosen by the member according to monthly income;
PP 46/2015 Pasal 18 ayat (1)-(2) does the same for JHT. PP 50/2025 Pasal 4 ayat (2) huruf a
confirms the same Lampiran II is still the basis. The table is the law data
``bpu.income_band`` (a ``scale``): an income below the lowest band is placed in it, an income
above the highest band is capped at it; between the two, the band amounts are not known and
the data gives them as a percentage of the declared income (see ``docs/known-gaps.md``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Final, final

import attrs

from jamsos.explain import ParamUse
from jamsos.i18n import N_
from jamsos.money import Rupiah
from jamsos.parameters import Bracket, DatedValue, ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.results import Note

__all__ = ["BAND_PARAMETER", "BandPlacement", "lowest_income", "place"]

#: The parameter holding the band table.
BAND_PARAMETER: Final = "bpu.income_band"


@final
@attrs.frozen
class BandPlacement:
    """Where a declared income sits in the band table of one contribution month.

    ``placement`` is ``"below"`` (under the lowest band: placed in it), ``"within"`` or
    ``"above"`` (over the highest band: capped at it). ``basis`` is the income the band's
    contributions are computed on (the band's own income where it has one, else the
    declared income). ``jkk`` and ``jht`` are the band's amounts before any relief and before
    rounding.
    """

    declared: Rupiah
    basis: Rupiah
    placement: str
    bracket: Bracket
    jkk: Decimal
    jht: Decimal
    dv: DatedValue

    def summary(self) -> str:
        """The band used, in signs read alike in Indonesian and English (for explanations).

        ``Rp20.700.000: JKK Rp207.000, JHT Rp414.000`` for a band with its own income;
        ``Rp1.000.000 – Rp20.700.000: JKK 1%, JHT 2%`` (from the first, below the second;
        a percentage of the declared income) between band edges the data does not know.
        """
        b = self.bracket
        parts = []
        for program in ("jkk", "jht"):
            if b.has(program):
                parts.append(f"{program.upper()} {b.rupiah(program)}")
            else:
                parts.append(f"{program.upper()} {b.rate(program + '_rate')}")
        where = f"{self.basis}" if b.has("income") else f"{b.lower} – {b.upper}"
        return f"{where}: {', '.join(parts)}"

    def use(self) -> ParamUse:
        """The band as a parameter use of an explanation (its value: :meth:`summary`)."""
        dv = self.dv
        note = dv.note or (dv.basis.note if dv.basis else None)
        return ParamUse(BAND_PARAMETER, self.summary(), dv.since, dv.cite(), dv.status, note)

    def note(self) -> str | None:
        """A sentence for the result's notes when the income was moved to a band edge."""
        if self.placement == "below":
            return Note.of(
                "bpu.income_below_lowest_band",
                N_(
                    "declared income {declared} is below the lowest income band; placed in the "
                    "lowest band, {basis} ({cite})"
                ),
                declared=self.declared,
                basis=self.basis,
                cite=self.dv.cite(),
            )
        if self.placement == "above":
            return Note.of(
                "bpu.income_above_highest_band",
                N_(
                    "declared income {declared} is above the highest income band; contributions "
                    "are capped at the highest band, {basis} ({cite})"
                ),
                declared=self.declared,
                basis=self.basis,
                cite=self.dv.cite(),
            )
        return None


def _amount(bracket: Bracket, program: str, basis: Rupiah) -> Decimal:
    if bracket.has(program):
        return bracket.rupiah(program).amount
    return basis.amount * bracket.rate(f"{program}_rate").value


def place(income: Rupiah, on: dt.date, params: ParameterSet) -> BandPlacement:
    """Place ``income`` in the band table in force on ``on``."""
    dv = params.value(BAND_PARAMETER, on)
    scale = dv.scale()
    bracket = scale.find(income)
    basis = bracket.rupiah("income") if bracket.has("income") else income
    if bracket.is_lowest and income < basis:
        placement = "below"
    elif bracket.is_highest and income > basis:
        placement = "above"
    else:
        placement = "within"
    return BandPlacement(
        declared=income,
        basis=basis,
        placement=placement,
        bracket=bracket,
        jkk=_amount(bracket, "jkk", basis),
        jht=_amount(bracket, "jht", basis),
        dv=dv,
    )


@current_law_option
def lowest_income(
    month: Month | str, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> Rupiah:
    """The income of the lowest BPU income band in force in ``month``.

    What a programme that covers workers without a declared income budgets for
    (PP 44/2015 Lampiran II, via the law data ``bpu.income_band``).

    >>> str(lowest_income(Month(2026, 4)))
    'Rp1.000.000'
    """
    from jamsos.contributions.rules import contribution_month

    m = contribution_month(month)
    lowest = resolve(params).scale(BAND_PARAMETER, m.last_day).lowest
    return lowest.rupiah("income") if lowest.has("income") else lowest.lower
