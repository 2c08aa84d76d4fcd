"""The contribution rule, written once: compiled integer rule tables and one kernel.

Every wage-earner (PU, *penerima upah*) and non-wage-earner (BPU, *bukan penerima upah*)
contribution amount in jamsos is computed here, by the same few lines of integer
arithmetic, whether the caller is :func:`jamsos.contributions.wage_earner` (Python ints,
one worker-month) or :func:`jamsos.batch.contributions` (numpy int64 arrays, a million
worker-months). The JHT balance takes its contribution amounts from here too.

**The rule table.** For one :class:`~jamsos.parameters.ParameterSet` and one contribution
month, :func:`pu_table` and :func:`bpu_table` compile every rate of the month into an
integer numerator over one denominator ``den`` (a power of ten), the reliefs folded in
(JKK by risk class × (1 − PP 49/2020 discount) × (1 − PP 7/2025 discount), JKM, JHT, JP,
the PP 49/2020 JP deferral, the JKP government share and its recompositions), the JP and
JKP wage caps, the programs per employer scale and the BPU variants, together with the
dated values they came from (for citations). Tables are cached per (parameter set, month).

**The kernel.** :func:`pu_kernel` and :func:`bpu_kernel` use integer operations only:

* a rate: ``(base × numerator + den // 2) // den``: half up to whole rupiah, per program
  and per party (the administrative convention of :mod:`jamsos.contributions`);
* a cap: ``minimum(wage, cap)``;
* a fixed amount: a table lookup (the BPU JKM amount);
* two successive roundings where PP 49/2020 rounds twice: the JP contribution is rounded,
  then the part still due (1 % of it) is rounded again; the rest is deferred.

A programme the worker is not in has numerator 0 in the row's coefficients, so the kernel
has no branch: the same code runs on ints and on arrays. A wage with a fraction of a
rupiah is passed as ``w / q`` (``q`` a power of ten), which keeps it exact.

The pension date (JP stops from the month the worker reaches pension age) is not written
again here: :func:`pension_month` asks :func:`jamsos.jp.pension_date` once per distinct birth
date and caches the answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, final

from jamsos.domain import EmployerScale, Program, RiskClass
from jamsos.errors import JamsosError, NotCoveredError
from jamsos.money import CONTEXT, Rate
from jamsos.parameters import DatedValue, ParameterSet
from jamsos.periods import Month

__all__ = [
    "BPU_BUDGET",
    "BPU_OTHER",
    "BPU_TRANSPORT",
    "PU_AMOUNTS",
    "BpuRow",
    "BpuTable",
    "PuRow",
    "PuTable",
    "bpu_kernel",
    "bpu_table",
    "decimal_scale",
    "pension_month",
    "programs_mask",
    "pu_kernel",
    "pu_table",
    "round_rate",
]

_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)

#: Bits of a programme set (``programs_mask``): JKK 1, JKM 2, JHT 4, JP 8.
_BIT: Final = {Program.JKK: 1, Program.JKM: 2, Program.JHT: 4, Program.JP: 8, Program.JKP: 16}
JKK_BIT: Final = 1
JKM_BIT: Final = 2
JHT_BIT: Final = 4
JP_BIT: Final = 8

#: BPU variants: who pays and which PP 50/2025 discount applies.
BPU_BUDGET: Final = 0  # paid from a state or regional budget: no PP 50/2025 discount
BPU_OTHER: Final = 1  # the member pays; the discount for non-transport BPU workers
BPU_TRANSPORT: Final = 2  # the member pays; the discount for transport workers

#: What :func:`pu_kernel` returns, in order.
PU_AMOUNTS: Final = (
    "jkk",
    "jkm",
    "jht_employer",
    "jht_worker",
    "jp_employer",
    "jp_worker",
    "jp_employer_deferred",
    "jp_worker_deferred",
    "jkp_government",
    "jkp_from_jkk",
    "jkp_from_jkm",
    "jp_base",
    "jkp_base",
)


def programs_mask(programs: Iterable[Program]) -> int:
    """The bit set of a programme set (JKP is not a bit an employer enrols in)."""
    mask = 0
    for p in programs:
        mask |= _BIT[p] if p is not Program.JKP else 0
    return mask


def round_rate(x: Any, num: Any, den: Any) -> Any:
    """``x × num / den`` rounded half up to a whole number, for ``x, num >= 0``, ``den > 0``.

    The one rounding of jamsos's contributions, in integer arithmetic. ``den // 2`` added
    before a floor division rounds an exact half up; for an odd ``den`` no exact half
    exists. Works on ints and on numpy integer arrays alike.

    >>> round_rate(8_000_000, 24, 10_000), round_rate(5, 1, 2), round_rate(3, 1, 2)
    (19200, 3, 2)
    """
    return (x * num + den // 2) // den


def decimal_scale(d: Decimal) -> tuple[int, int]:
    """An exact non-negative Decimal as ``(n, q)`` with ``d == n / q``, ``q`` a power of ten.

    >>> decimal_scale(Decimal("8000000")), decimal_scale(Decimal("1234.50"))
    ((8000000, 1), (12345, 10))
    """
    sign, digits, exp = d.as_tuple()
    assert isinstance(exp, int) and not sign
    n = int("".join(map(str, digits)) or "0")
    if exp >= 0:
        return n * 10**exp, 1
    # drop trailing zeros of the fraction so that whole amounts get q == 1
    while exp < 0 and n % 10 == 0:
        n //= 10
        exp += 1
    return n, 10 ** (-exp)


def _rate(dv: DatedValue | None) -> Decimal:
    if dv is None:
        return _ZERO
    value = dv.value
    assert isinstance(value, Rate), f"{value!r} is not a rate"
    return value.value


def _digits(d: Decimal) -> int:
    exp = d.normalize(CONTEXT).as_tuple().exponent
    assert isinstance(exp, int)
    return max(0, -exp)


def _numerators(fracs: Mapping[str, Decimal]) -> tuple[int, dict[str, int]]:
    """Every fraction as an integer numerator over one power-of-ten denominator."""
    k = max((_digits(f) for f in fracs.values()), default=0)
    den = 10**k
    nums = {}
    for key, f in fracs.items():
        scaled = f.scaleb(k, CONTEXT)
        n = int(scaled)
        assert Decimal(n) == scaled, (key, f)
        nums[key] = n
    return den, nums


def _money(dv: DatedValue) -> tuple[int, int]:
    return decimal_scale(dv.value.amount)


def _opt(p: ParameterSet, name: str, on: dt.date) -> DatedValue | None:
    try:
        return p.value(name, on)
    except NotCoveredError:
        return None


def _program_set(dv: DatedValue) -> frozenset[Program]:
    return frozenset(Program.parse(x) for x in dv.value)


# ---------------------------------------------------------------------------------------
# wage earners (PU)
# ---------------------------------------------------------------------------------------
@final
class PuRow:
    """The coefficients of one row kind: numerators over ``den``, caps in whole rupiah.

    A programme the row is not in has numerator 0. :func:`pu_kernel` reads these names; a
    batch passes an object with the same names holding one array per coefficient.
    """

    __slots__ = (
        "cap_q",
        "den",
        "jht_e",
        "jht_w",
        "jkk",
        "jkm",
        "jkp",
        "jkp_cap",
        "jp_cap",
        "jp_e",
        "jp_keep",
        "jp_w",
        "r_jkk",
        "r_jkm",
    )

    def __init__(self, **values: int) -> None:
        for k, v in values.items():
            object.__setattr__(self, k, v)

    cap_q: int
    den: int
    jkk: int
    jkm: int
    jht_e: int
    jht_w: int
    jp_e: int
    jp_w: int
    jp_keep: int
    jp_cap: int
    jkp: int
    jkp_cap: int
    r_jkk: int
    r_jkm: int


def pu_kernel(r: Any, w: Any, q: Any, minimum: Callable[[Any, Any], Any]) -> tuple[Any, ...]:
    """Every wage-earner amount of a wage ``w / q``, with the coefficients ``r``.

    ``r`` is a :class:`PuRow` (ints) or an object with the same attributes holding numpy
    arrays; ``minimum`` is the builtin :func:`min` or ``numpy.minimum``. ``r.jp_cap`` and
    ``r.jkp_cap`` are in units of ``1 / r.cap_q`` (1 for whole rupiah caps), which must
    divide ``q``. Returns :data:`PU_AMOUNTS` in order (``jp_base`` and
    ``jkp_base`` in units of ``1 / q``: the wage the cap left).

    Legal basis: JKK PP 44/2015 Pasal 16 (reliefs: PP 49/2020, PP 7/2025); JKM PP 44/2015
    Pasal 18; JHT PP 46/2015 Pasal 16; JP PP 45/2015 Pasal 28, 29, the PP 49/2020 Pasal 17
    deferral; JKP PP 37/2021 Pasal 11 as amended by PP 6/2025.
    """
    den = r.den * q
    half = den // 2
    jkk = (w * r.jkk + half) // den
    jkm = (w * r.jkm + half) // den
    jht_e = (w * r.jht_e + half) // den
    jht_w = (w * r.jht_w + half) // den
    # JP on min(wage, cap); PP 49/2020 rounds twice: the full amount, then the part due
    cq = q // r.cap_q
    jp_base = minimum(w, r.jp_cap * cq)
    full_e = (jp_base * r.jp_e + half) // den
    full_w = (jp_base * r.jp_w + half) // den
    kden = r.den
    khalf = kden // 2
    jp_e = (full_e * r.jp_keep + khalf) // kden
    jp_w = (full_w * r.jp_keep + khalf) // kden
    # JKP: the government share and the recompositions, on min(wage, JKP cap)
    jkp_base = minimum(w, r.jkp_cap * cq)
    jkp = (jkp_base * r.jkp + half) // den
    from_jkk = (jkp_base * r.r_jkk + half) // den
    from_jkm = (jkp_base * r.r_jkm + half) // den
    return (
        jkk,
        jkm,
        jht_e,
        jht_w,
        jp_e,
        jp_w,
        full_e - jp_e,
        full_w - jp_w,
        jkp,
        from_jkk,
        from_jkm,
        jp_base,
        jkp_base,
    )


@final
class PuTable:
    """The compiled wage-earner rules of one contribution month (see the module docstring).

    ``fracs`` keep the exact Decimal fractions for explanations and tests; ``uses`` maps
    each parameter name to the :class:`~jamsos.parameters.DatedValue` it came from.
    """

    __slots__ = (
        "_rows",
        "cap_q",
        "den",
        "has_jkp",
        "jkp_cap",
        "jkp_required",
        "jp_cap",
        "labour_in_force",
        "mandatory",
        "month",
        "nums",
        "on",
        "uses",
    )

    def __init__(self, p: ParameterSet, month: Month) -> None:
        on = month.last_day
        v = p.value
        uses: dict[str, DatedValue | None] = {
            f"jkk.rate.{rc.key}": v(f"jkk.rate.{rc.key}", on) for rc in RiskClass
        }
        for name in (
            "jkm.rate",
            "jht.rate.employer",
            "jht.rate.worker",
            "jp.rate.employer",
            "jp.rate.worker",
            "jp.wage_cap",
            "relief.covid.jkk_jkm_discount",
            "relief.covid.jp_deferral",
            "relief.labour_intensive.jkk_discount",
            "jkk.recomposition_to_jkp",
            "jkm.recomposition_to_jkp",
        ):
            uses[name] = v(name, on)
        uses["relief.labour_intensive.recomposition_very_low"] = _opt(
            p, "relief.labour_intensive.recomposition_very_low", on
        )
        jkp_gov = _opt(p, "jkp.rate.government", on)
        uses["jkp.rate.government"] = jkp_gov
        uses["jkp.wage_cap"] = _opt(p, "jkp.wage_cap", on) if jkp_gov else None
        mandatory = {s: v(f"membership.mandatory_programs.{s.value}", on) for s in EmployerScale}
        required = (
            {s: v(f"membership.jkp_required_programs.{s.value}", on) for s in EmployerScale}
            if jkp_gov
            else None
        )
        for s, dv in mandatory.items():
            uses[f"membership.mandatory_programs.{s.value}"] = dv
        if required:
            for s, dv in required.items():
                uses[f"membership.jkp_required_programs.{s.value}"] = dv

        covid = _rate(uses["relief.covid.jkk_jkm_discount"])
        labour = _rate(uses["relief.labour_intensive.jkk_discount"])
        deferral = _rate(uses["relief.covid.jp_deferral"])
        fracs: dict[str, Decimal] = {}
        # index 0: the relief applies; 1: it does not (covid_relief_eligible=False)
        for rc in RiskClass:
            rate = _rate(uses[f"jkk.rate.{rc.key}"])
            fracs[f"jkk{rc.value}"] = rate * (_ONE - covid)
            fracs[f"jkk{rc.value}_full"] = rate
            fracs[f"jkk{rc.value}_labour"] = rate * (_ONE - covid) * (_ONE - labour)
            fracs[f"jkk{rc.value}_labour_full"] = rate * (_ONE - labour)
        fracs["jkm"] = _rate(uses["jkm.rate"]) * (_ONE - covid)
        fracs["jkm_full"] = _rate(uses["jkm.rate"])
        fracs["jht_e"] = _rate(uses["jht.rate.employer"])
        fracs["jht_w"] = _rate(uses["jht.rate.worker"])
        fracs["jp_e"] = _rate(uses["jp.rate.employer"])
        fracs["jp_w"] = _rate(uses["jp.rate.worker"])
        fracs["jp_keep"] = _ONE - deferral
        fracs["one"] = _ONE
        fracs["jkp"] = _rate(jkp_gov)
        fracs["r_jkk"] = _rate(uses["jkk.recomposition_to_jkp"]) if jkp_gov else _ZERO
        fracs["r_jkk_labour_vl"] = (
            _rate(uses["relief.labour_intensive.recomposition_very_low"])
            if jkp_gov and uses["relief.labour_intensive.recomposition_very_low"] is not None
            else fracs["r_jkk"]
        )
        fracs["r_jkm"] = _rate(uses["jkm.recomposition_to_jkp"]) if jkp_gov else _ZERO
        self.den, self.nums = _numerators(fracs)
        self.month = month
        self.on = on
        self.uses: Mapping[str, DatedValue | None] = uses
        # both caps over one power of ten (1 for whole-rupiah caps)
        jp_cap, jp_q = _money(uses["jp.wage_cap"])  # type: ignore[arg-type]
        jcap = uses["jkp.wage_cap"]
        jkp_cap, jkp_q = _money(jcap) if jcap is not None else (0, 1)
        self.cap_q = max(jp_q, jkp_q)
        self.jp_cap = jp_cap * (self.cap_q // jp_q)
        self.jkp_cap = jkp_cap * (self.cap_q // jkp_q)
        self.has_jkp = jkp_gov is not None and required is not None
        self.mandatory: Mapping[EmployerScale, frozenset[Program]] = {
            s: _program_set(dv) for s, dv in mandatory.items()
        }
        self.jkp_required: Mapping[EmployerScale, frozenset[Program]] | None = (
            {s: _program_set(dv) for s, dv in required.items()} if required else None
        )
        self.labour_in_force = bool(labour)
        self._rows: dict[tuple[int, int, bool, bool, bool], PuRow] = {}

    def jkp_qualifies(self, scale: EmployerScale, enrolled: frozenset[Program]) -> bool:
        """Whether the enrolled programmes make a JKP participant (PP 37/2021 Pasal 4)."""
        if self.jkp_required is None:
            return False
        return self.jkp_required[scale] <= enrolled

    def row(self, risk: int, mask: int, in_jkp: bool, *, labour: bool, relief: bool = True) -> PuRow:
        """The coefficients for risk class ``risk`` (1-5) and programme bits ``mask``.

        ``in_jkp``: a JKP participant; ``labour``: the PP 7/2025 discount applies;
        ``relief``: the PP 49/2020 relief applies (``False`` for an employer that does not
        meet its conditions). Cached.
        """
        key = (risk, mask, in_jkp, labour, relief)
        hit = self._rows.get(key)
        if hit is not None:
            return hit
        n = self.nums
        suffix = ("_labour" if labour else "") + ("" if relief else "_full")
        jkk_on = bool(mask & JKK_BIT)
        jkm_on = bool(mask & JKM_BIT)
        jht_on = bool(mask & JHT_BIT)
        jp_on = bool(mask & JP_BIT)
        r_jkk = n["r_jkk_labour_vl"] if labour and risk == RiskClass.VERY_LOW.value else n["r_jkk"]
        row = PuRow(
            den=self.den,
            jkk=n[f"jkk{risk}{suffix}"] * jkk_on,
            jkm=n["jkm" if relief else "jkm_full"] * jkm_on,
            jht_e=n["jht_e"] * jht_on,
            jht_w=n["jht_w"] * jht_on,
            jp_e=n["jp_e"] * jp_on,
            jp_w=n["jp_w"] * jp_on,
            jp_keep=n["jp_keep"] if relief else n["one"],
            cap_q=self.cap_q,
            jp_cap=self.jp_cap,
            jkp=n["jkp"] * in_jkp,
            jkp_cap=self.jkp_cap,
            r_jkk=r_jkk * (in_jkp and jkk_on),
            r_jkm=n["r_jkm"] * (in_jkp and jkm_on),
        )
        if len(self._rows) < 1024:
            self._rows[key] = row
        return row


_PU_TABLES: dict[ParameterSet, dict[Month, PuTable]] = {}
_BPU_TABLES: dict[ParameterSet, dict[Month, BpuTable]] = {}


def _cache_for(store: dict[ParameterSet, dict[Month, Any]], p: ParameterSet) -> dict[Month, Any]:
    per = store.get(p)
    if per is None:
        if len(store) >= 64:  # what-if sets come and go; keep the cache bounded
            store.clear()
        per = store[p] = {}
    return per


def pu_table(p: ParameterSet, month: Month) -> PuTable:
    """The compiled wage-earner rules of ``month`` under ``p`` (cached)."""
    per = _cache_for(_PU_TABLES, p)
    table = per.get(month)
    if table is None:
        table = per[month] = PuTable(p, month)
    return table


# ---------------------------------------------------------------------------------------
# non-wage earners (BPU)
# ---------------------------------------------------------------------------------------
@final
class BpuRow:
    """The coefficients of one BPU variant: JKK and JHT numerators over ``den``, JKM amount."""

    __slots__ = ("den", "jht", "jkk", "jkm")

    def __init__(self, den: int, jkk: int, jkm: int, jht: int) -> None:
        self.den = den
        self.jkk = jkk
        self.jkm = jkm
        self.jht = jht

    den: int
    jkk: int
    jkm: int
    jht: int


def bpu_kernel(r: Any, w: Any, q: Any) -> tuple[Any, Any, Any]:
    """JKK, JKM and JHT of a BPU member declaring ``w / q``, with the coefficients ``r``.

    JKK and JHT are rates of the declared income (PP 44/2015 Pasal 20 and Lampiran II;
    PP 46/2015 Pasal 18), half up to whole rupiah; JKM is a fixed amount (Pasal 20 ayat
    (3)), a lookup. ``r.jht`` is 0 for a member without JHT.
    """
    den = r.den * q
    half = den // 2
    return (w * r.jkk + half) // den, r.jkm, (w * r.jht + half) // den


@final
class BpuTable:
    """The compiled non-wage-earner rules of one contribution month."""

    __slots__ = ("_rows", "den", "jkm", "min_income", "min_income_q", "month", "nums", "on", "uses")

    def __init__(self, p: ParameterSet, month: Month) -> None:
        on = month.last_day
        names = (
            "bpu.min_income",
            "bpu.jkk.rate",
            "bpu.jkm.amount",
            "bpu.jht.rate",
            "relief.covid.jkk_jkm_discount",
            "relief.bpu_transport.discount",
            "relief.bpu_other.discount",
        )
        uses = {name: p.value(name, on) for name in names}
        covid = _rate(uses["relief.covid.jkk_jkm_discount"])
        discounts = (
            _ZERO,
            _rate(uses["relief.bpu_other.discount"]),
            _rate(uses["relief.bpu_transport.discount"]),
        )
        fracs: dict[str, Decimal] = {"jht": _rate(uses["bpu.jht.rate"])}
        jkm_amount = uses["bpu.jkm.amount"].value.amount
        jkm: list[int] = []
        for variant, discount in enumerate(discounts):
            factor = (_ONE - covid) * (_ONE - discount)
            fracs[f"jkk{variant}"] = _rate(uses["bpu.jkk.rate"]) * factor
            # the fixed JKM amount × the relief factor, half up: a per-variant lookup
            n, q = decimal_scale(CONTEXT.multiply(jkm_amount, factor))
            jkm.append(round_rate(n, 1, q))
        self.den, self.nums = _numerators(fracs)
        self.jkm: tuple[int, ...] = tuple(jkm)
        self.min_income, self.min_income_q = _money(uses["bpu.min_income"])
        self.month = month
        self.on = on
        self.uses: Mapping[str, DatedValue] = uses
        self._rows: dict[tuple[int, bool], BpuRow] = {}

    def discount(self, variant: int) -> DatedValue | None:
        """The PP 50/2025 discount value of a variant (``None`` for budget-funded)."""
        if variant == BPU_BUDGET:
            return None
        name = "relief.bpu_transport.discount" if variant == BPU_TRANSPORT else "relief.bpu_other.discount"
        return self.uses[name]

    def row(self, variant: int, jht: bool) -> BpuRow:
        """The coefficients of a variant (:data:`BPU_BUDGET`, ``_OTHER``, ``_TRANSPORT`` ), cached."""
        key = (variant, jht)
        hit = self._rows.get(key)
        if hit is None:
            hit = self._rows[key] = BpuRow(
                self.den, self.nums[f"jkk{variant}"], self.jkm[variant], self.nums["jht"] * jht
            )
        return hit


def bpu_table(p: ParameterSet, month: Month) -> BpuTable:
    """The compiled non-wage-earner rules of ``month`` under ``p`` (cached)."""
    per = _cache_for(_BPU_TABLES, p)
    table = per.get(month)
    if table is None:
        table = per[month] = BpuTable(p, month)
    return table


# ---------------------------------------------------------------------------------------
# the pension month, once per distinct birth date
# ---------------------------------------------------------------------------------------
_PENSION: dict[ParameterSet, dict[dt.date, int | JamsosError]] = {}


def pension_month(p: ParameterSet, birth: dt.date) -> int:
    """:attr:`Month.index` of the month of the JP pension date (PP 45/2015 Pasal 15).

    Computed by :func:`jamsos.jp.pension_date` from the ``jp.pension_age`` schedule, once
    per (parameter set, birth date) and cached; an error it raises is cached and raised
    again.
    """
    per = _PENSION.get(p)
    if per is None:
        if len(_PENSION) >= 16:
            _PENSION.clear()
        per = _PENSION[p] = {}
    hit = per.get(birth)
    if hit is None:
        from jamsos import jp  # local: jp imports contributions at import time

        try:
            when = jp.pension_date(birth, params=p)
            hit = when.year * 12 + when.month - 1
        except JamsosError as exc:
            hit = exc
        if len(per) < 1_000_000:
            per[birth] = hit
    if isinstance(hit, JamsosError):
        raise hit
    return hit


def pension_months(p: ParameterSet, births: Sequence[dt.date]) -> list[int | JamsosError]:
    """:func:`pension_month` for many distinct birth dates (errors returned, not raised)."""
    out: list[int | JamsosError] = []
    for b in births:
        try:
            out.append(pension_month(p, b))
        except JamsosError as exc:
            out.append(exc)
    return out


# ---------------------------------------------------------------------------------------
# the batch side: coefficient arrays for numpy int64, built from the same rows
# ---------------------------------------------------------------------------------------
#: The largest int64 intermediate the vector path allows (headroom below 2**63 - 1).
INT64_HEADROOM: Final = 2**62


class Coefficients:
    """Per-row coefficients for :func:`pu_kernel` / :func:`bpu_kernel`: one array per name."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)


_PU_FIELDS: Final = (
    "jkk",
    "jkm",
    "jht_e",
    "jht_w",
    "jp_e",
    "jp_w",
    "jp_keep",
    "jp_cap",
    "jkp",
    "jkp_cap",
    "r_jkk",
    "r_jkm",
)


@final
class PuStack:
    """The wage-earner rows of the distinct months of a table, as int64 lookup arrays.

    Every row kind is keyed by ``((month × 4 + scale) × 5 + risk) × 2 + past_pension``;
    the coefficients of a key come from :meth:`PuTable.row`, the same rows the scalar path
    uses, rescaled to one denominator so that the kernel divides by a constant. ``None``
    tables (months the scalar path must judge) get zero rows.
    """

    def __init__(self, np: Any, tables: Sequence[PuTable | None]) -> None:
        present = [t for t in tables if t is not None]
        self.den = max((t.den for t in present), default=1)
        self.whole_caps = all(t.cap_q == 1 for t in present)
        n = len(tables) * 4 * 5 * 2
        coef = np.zeros((len(_PU_FIELDS), n), dtype=np.int64)
        scales = tuple(EmployerScale)
        for m, t in enumerate(tables):
            if t is None:
                continue
            up = self.den // t.den
            for s, scale in enumerate(scales):
                enrolled = t.mandatory[scale]
                after = enrolled - {Program.JP}
                kinds = (
                    (programs_mask(enrolled), t.jkp_qualifies(scale, enrolled)),
                    (programs_mask(after), t.jkp_qualifies(scale, after)),
                )
                for risk in range(1, 6):
                    for past, (mask, in_jkp) in enumerate(kinds):
                        row = t.row(risk, mask, in_jkp, labour=False)
                        key = ((m * 4 + s) * 5 + risk - 1) * 2 + past
                        for f, name in enumerate(_PU_FIELDS):
                            value = getattr(row, name)
                            coef[f, key] = value if name in ("jp_cap", "jkp_cap") else value * up
        self.coef = coef
        #: the largest numerator: the wage bound for int64 is (2**62 - den) // max(num, den)
        rates = [f for f, name in enumerate(_PU_FIELDS) if not name.endswith("_cap")]
        self.limit = (INT64_HEADROOM - self.den) // max(int(coef[rates].max()) if n else 1, self.den)

    def rows(self, np: Any, key: Any) -> Coefficients:
        """The coefficients of each row, gathered by ``key`` (int array)."""
        taken = np.take(self.coef, key, axis=1)
        return Coefficients(den=self.den, cap_q=1, **{name: taken[f] for f, name in enumerate(_PU_FIELDS)})

    @staticmethod
    def key(month: Any, scale: Any, risk: Any, past: Any) -> Any:
        """The row key from month code, scale code (0-3), risk code (0-4), past pension (0/1)."""
        return ((month * 4 + scale) * 5 + risk) * 2 + past


@final
class BpuStack:
    """The BPU rows of the distinct months of a table, keyed ``(month × 3 + variant) × 2 + jht``."""

    def __init__(self, np: Any, tables: Sequence[BpuTable | None]) -> None:
        present = [t for t in tables if t is not None]
        self.den = max((t.den for t in present), default=1)
        n = len(tables) * 3 * 2
        coef = np.zeros((3, n), dtype=np.int64)
        for m, t in enumerate(tables):
            if t is None:
                continue
            up = self.den // t.den
            for variant in (BPU_BUDGET, BPU_OTHER, BPU_TRANSPORT):
                for jht in (0, 1):
                    row = t.row(variant, bool(jht))
                    key = (m * 3 + variant) * 2 + jht
                    coef[:, key] = (row.jkk * up, row.jkm, row.jht * up)
        self.coef = coef
        self.limit = (INT64_HEADROOM - self.den) // max(int(coef[[0, 2]].max()) if n else 1, self.den)

    def rows(self, np: Any, key: Any) -> Coefficients:
        """The coefficients of each row, gathered by ``key`` (int array)."""
        taken = np.take(self.coef, key, axis=1)
        return Coefficients(den=self.den, jkk=taken[0], jkm=taken[1], jht=taken[2])
