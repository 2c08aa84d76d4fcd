"""The BPU half of the contribution kernel (see :mod:`jamsos.contributions.kernel`).

Non-wage earners (BPU, *bukan penerima upah*) pay JKK and optionally JHT by income band
(PP 44/2015 Pasal 20 and Lampiran II; PP 46/2015 Pasal 18) and a flat JKM (Pasal 20 ayat
(3)); the PP 49/2020 and PP 50/2025 reliefs reduce JKK and JKM. The compiled table and the
integer kernel follow the same rules as the wage-earner half.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final, final

from jamsos.contributions.kernel import (
    BPU_BUDGET,
    BPU_TRANSPORT,
    cache_for,
    decimal_scale,
    half_up,
    numerators,
    rate_of,
)
from jamsos.errors import NotCoveredError
from jamsos.i18n import N_
from jamsos.money import CONTEXT
from jamsos.parameters import DatedValue, ParameterSet
from jamsos.periods import Month

_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)
_BPU_TABLES: dict[ParameterSet, dict[Month, Any]] = {}


@final
class BpuRow:
    """The coefficients of one BPU variant and income band: JKK and JHT as a rate of the
    declared income (numerators over ``den``) plus a fixed amount, and the JKM amount."""

    __slots__ = ("den", "jht", "jht_fix", "jkk", "jkk_fix", "jkm")

    def __init__(self, den: int, jkk: int, jkk_fix: int, jkm: int, jht: int, jht_fix: int) -> None:
        self.den = den
        self.jkk = jkk
        self.jkk_fix = jkk_fix
        self.jkm = jkm
        self.jht = jht
        self.jht_fix = jht_fix

    den: int
    jkk: int
    jkk_fix: int
    jkm: int
    jht: int
    jht_fix: int


def bpu_kernel(r: Any, w: Any, q: Any) -> tuple[Any, Any, Any]:
    """JKK, JKM and JHT of a BPU member declaring ``w / q``, with the coefficients ``r``.

    A band's JKK and JHT are either a rate of the declared income (PP 44/2015 Pasal 20 and
    Lampiran II; PP 46/2015 Pasal 18), half up to whole rupiah, or the band's nominal
    amount (a lookup: its numerator is 0); JKM is a fixed amount (Pasal 20 ayat (3)).
    ``r.jht`` and ``r.jht_fix`` are 0 for a member without JHT.
    """
    den = r.den * q
    half = den // 2
    return (w * r.jkk + half) // den + r.jkk_fix, r.jkm, (w * r.jht + half) // den + r.jht_fix


@final
class BpuBand:
    """One income band (PP 44/2015 Lampiran II): its lower bound and JKK/JHT rule."""

    __slots__ = ("income", "jht", "jkk", "label", "lower")

    def __init__(
        self,
        lower: int,
        income: Decimal | None,
        jkk: tuple[str, Decimal],
        jht: tuple[str, Decimal],
        label: str,
    ) -> None:
        self.lower = lower  # whole rupiah × the table's bound_q
        self.income = income  # the income the band is placed at (fixed bands)
        self.jkk = jkk  # ("rate", proportion) or ("amount", rupiah)
        self.jht = jht
        self.label = label


@final
class BpuTable:
    """The compiled non-wage-earner rules of one contribution month.

    Income bands come from ``bpu.income_band`` (a ``scale``): an income below the lowest
    band is placed in it, one above the highest band is capped at it; a band's JKK and JHT
    are nominal amounts or a percentage of the declared income (see
    :mod:`jamsos.contributions.bands`).
    """

    __slots__ = (
        "_rows",
        "bands",
        "bound_q",
        "bounds",
        "covid_in_force",
        "den",
        "fixed",
        "jkm",
        "month",
        "nums",
        "on",
        "uses",
    )

    def __init__(self, p: ParameterSet, month: Month) -> None:
        on = month.last_day
        names = (
            "bpu.income_band",
            "bpu.jkm.amount",
            "relief.covid.jkk_jkm_discount",
            "relief.bpu_transport.discount",
            "relief.bpu_other.discount",
        )
        uses: dict[str, DatedValue] = {name: p.value(name, on) for name in names}
        self.bands: tuple[BpuBand, ...] = self._bands(uses["bpu.income_band"])
        covid = rate_of(uses["relief.covid.jkk_jkm_discount"])
        discounts = (
            _ZERO,
            rate_of(uses["relief.bpu_other.discount"]),
            rate_of(uses["relief.bpu_transport.discount"]),
        )
        fracs: dict[str, Decimal] = {}
        fixed: dict[str, int] = {}
        jkm_amount = uses["bpu.jkm.amount"].value.amount
        jkm: list[int] = []
        # variants × (relief applies, relief refused: covid_relief_eligible=False)
        # variants 0-2 with the PP 49/2020 relief, 3-5 without (covid_relief_eligible=False)
        for refused, cov in enumerate((covid, _ZERO)):
            for v, discount in enumerate(discounts):
                variant = refused * 3 + v
                factor = (_ONE - cov) * (_ONE - discount)
                for b, band in enumerate(self.bands):
                    kind, value = band.jkk
                    if kind == "rate":
                        fracs[f"jkk{variant}_{b}"] = value * factor
                    else:  # a nominal amount × the relief factor, half up: a lookup
                        fixed[f"jkk{variant}_{b}"] = half_up(CONTEXT.multiply(value, factor))
                jkm.append(half_up(CONTEXT.multiply(jkm_amount, factor)))
        for b, band in enumerate(self.bands):
            kind, value = band.jht
            if kind == "rate":
                fracs[f"jht_{b}"] = value
            else:
                fixed[f"jht_{b}"] = half_up(value)
        self.den, self.nums = numerators(fracs)
        self.fixed = fixed
        self.jkm: tuple[int, ...] = tuple(jkm)
        self.covid_in_force = bool(covid)
        self.month = month
        self.on = on
        self.uses: Mapping[str, DatedValue] = uses
        self._rows: dict[tuple[int, bool, int], BpuRow] = {}

    @staticmethod
    def _bands(band_dv: DatedValue) -> tuple[BpuBand, ...]:
        bands = []
        for br in band_dv.value.brackets:
            n, q = decimal_scale(br.lower.amount)
            if q != 1:  # pragma: no cover - the data's bounds are whole rupiah
                raise NotCoveredError(
                    N_("bpu.income_band: a bound of {br_lower} is not whole rupiah"), br_lower=br.lower
                )
            jkk = (
                ("amount", br.rupiah("jkk").amount) if br.has("jkk") else ("rate", br.rate("jkk_rate").value)
            )
            jht = (
                ("amount", br.rupiah("jht").amount) if br.has("jht") else ("rate", br.rate("jht_rate").value)
            )
            income = br.rupiah("income").amount if br.has("income") else None
            label = br.text("label") if br.has("label") else ""
            bands.append(BpuBand(n, income, jkk, jht, label))
        return tuple(bands)

    def band(self, w: int, q: int = 1) -> int:
        """The band of a declared income ``w / q`` (the lowest one below it)."""
        found = 0
        for b, band in enumerate(self.bands):
            if w >= band.lower * q:
                found = b
        return found

    def discount(self, variant: int) -> DatedValue | None:
        """The PP 50/2025 discount value of a variant (``None`` for budget-funded)."""
        if variant == BPU_BUDGET:
            return None
        name = "relief.bpu_transport.discount" if variant == BPU_TRANSPORT else "relief.bpu_other.discount"
        return self.uses[name]

    def row(self, variant: int, jht: bool, band: int = 0, *, relief: bool = True) -> BpuRow:
        """The coefficients of a variant (:data:`BPU_BUDGET`, ``_OTHER``, ``_TRANSPORT``) and band, cached.

        ``relief=False``: the PP 49/2020 relief is not applied (its conditions are not met).
        """
        if not relief:
            variant += 3
        key = (variant, jht, band)
        hit = self._rows.get(key)
        if hit is None:
            n, f = self.nums, self.fixed
            k, h = f"jkk{variant}_{band}", f"jht_{band}"
            hit = self._rows[key] = BpuRow(
                self.den,
                n.get(k, 0),
                f.get(k, 0),
                self.jkm[variant],
                n.get(h, 0) * jht,
                f.get(h, 0) * jht,
            )
        return hit


def bpu_table(p: ParameterSet, month: Month) -> BpuTable:
    """The compiled non-wage-earner rules of ``month`` under ``p`` (cached)."""
    per = cache_for(_BPU_TABLES, p)
    table = per.get(month)
    if table is None:
        table = per[month] = BpuTable(p, month)
    return table
