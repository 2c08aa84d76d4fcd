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
from jamsos.explain import ParamUse
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


def half_up(d: Decimal) -> int:
    """A non-negative exact Decimal rounded half up to a whole number (a fixed amount × a factor)."""
    n, q = decimal_scale(d)
    return round_rate(n, 1, q)  # type: ignore[no-any-return]


def rate_of(dv: DatedValue | None) -> Decimal:
    if dv is None:
        return _ZERO
    value = dv.value
    assert isinstance(value, Rate), f"{value!r} is not a rate"
    return value.value


def _digits(d: Decimal) -> int:
    exp = d.normalize(CONTEXT).as_tuple().exponent
    assert isinstance(exp, int)
    return max(0, -exp)


def numerators(fracs: Mapping[str, Decimal]) -> tuple[int, dict[str, int]]:
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


def money_of(dv: DatedValue) -> tuple[int, int]:
    return decimal_scale(dv.value.amount)


def optional_value(p: ParameterSet, name: str, on: dt.date) -> DatedValue | None:
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
        "defers",
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
        "recomposes",
    )

    def __init__(self, **values: int) -> None:
        for k, v in values.items():
            object.__setattr__(self, k, v)
        # what the kernel may skip on Python ints (a batch's rows say True: arrays never skip)
        self.defers = self.jp_keep != self.den  # PP 49/2020: part of JP deferred
        self.recomposes = bool(self.r_jkk or self.r_jkm)  # JKP funded from JKK/JKM

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
    defers: bool
    recomposes: bool


def pu_kernel(r: Any, w: Any, q: Any, minimum: Callable[[Any, Any], Any]) -> tuple[Any, ...]:
    """Every wage-earner amount of a wage ``w / q``, with the coefficients ``r``.

    ``r`` is a :class:`PuRow` (ints) or an object with the same attributes holding numpy
    arrays (its ``defers`` and ``recomposes`` True); ``minimum`` is the builtin :func:`min`
    or ``numpy.minimum``. A row whose ``defers`` is false keeps the whole JP (the second
    rounding would give the same amounts), one whose ``recomposes`` is false has no JKP
    recomposition (its amounts are 0): the kernel skips that arithmetic. ``r.jp_cap`` and
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
    if r.defers:
        kden = r.den
        khalf = kden // 2
        jp_e = (full_e * r.jp_keep + khalf) // kden
        jp_w = (full_w * r.jp_keep + khalf) // kden
    else:  # jp_keep == den: (full × den + den // 2) // den == full
        jp_e, jp_w = full_e, full_w
    # JKP: the government share and the recompositions, on min(wage, JKP cap)
    jkp_base = minimum(w, r.jkp_cap * cq)
    jkp = (jkp_base * r.jkp + half) // den
    if r.recomposes:
        from_jkk = (jkp_base * r.r_jkk + half) // den
        from_jkm = (jkp_base * r.r_jkm + half) // den
    else:
        from_jkk = from_jkm = 0 * jkp  # 0 (or zeros shaped like the arrays)
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
        "_defaults",
        "_param_uses",
        "_rows",
        "cap_q",
        "covid_in_force",
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
        uses["relief.labour_intensive.recomposition_very_low"] = optional_value(
            p, "relief.labour_intensive.recomposition_very_low", on
        )
        jkp_gov = optional_value(p, "jkp.rate.government", on)
        uses["jkp.rate.government"] = jkp_gov
        uses["jkp.wage_cap"] = optional_value(p, "jkp.wage_cap", on) if jkp_gov else None
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

        covid = rate_of(uses["relief.covid.jkk_jkm_discount"])
        labour = rate_of(uses["relief.labour_intensive.jkk_discount"])
        deferral = rate_of(uses["relief.covid.jp_deferral"])
        fracs: dict[str, Decimal] = {}
        # index 0: the relief applies; 1: it does not (covid_relief_eligible=False)
        for rc in RiskClass:
            rate = rate_of(uses[f"jkk.rate.{rc.key}"])
            fracs[f"jkk{rc.value}"] = rate * (_ONE - covid)
            fracs[f"jkk{rc.value}_full"] = rate
            fracs[f"jkk{rc.value}_labour"] = rate * (_ONE - covid) * (_ONE - labour)
            fracs[f"jkk{rc.value}_labour_full"] = rate * (_ONE - labour)
        fracs["jkm"] = rate_of(uses["jkm.rate"]) * (_ONE - covid)
        fracs["jkm_full"] = rate_of(uses["jkm.rate"])
        fracs["jht_e"] = rate_of(uses["jht.rate.employer"])
        fracs["jht_w"] = rate_of(uses["jht.rate.worker"])
        fracs["jp_e"] = rate_of(uses["jp.rate.employer"])
        fracs["jp_w"] = rate_of(uses["jp.rate.worker"])
        fracs["jp_keep"] = _ONE - deferral
        fracs["one"] = _ONE
        fracs["jkp"] = rate_of(jkp_gov)
        fracs["r_jkk"] = rate_of(uses["jkk.recomposition_to_jkp"]) if jkp_gov else _ZERO
        fracs["r_jkk_labour_vl"] = (
            rate_of(uses["relief.labour_intensive.recomposition_very_low"])
            if jkp_gov and uses["relief.labour_intensive.recomposition_very_low"] is not None
            else fracs["r_jkk"]
        )
        fracs["r_jkm"] = rate_of(uses["jkm.recomposition_to_jkp"]) if jkp_gov else _ZERO
        self.den, self.nums = numerators(fracs)
        self.month = month
        self.on = on
        self.uses: Mapping[str, DatedValue | None] = uses
        # both caps over one power of ten (1 for whole-rupiah caps)
        jp_cap, jp_q = money_of(uses["jp.wage_cap"])  # type: ignore[arg-type]
        jcap = uses["jkp.wage_cap"]
        jkp_cap, jkp_q = money_of(jcap) if jcap is not None else (0, 1)
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
        self.covid_in_force = bool(covid)
        self._rows: dict[tuple[int, int, bool, bool, bool], PuRow] = {}
        self._defaults: dict[tuple[int, EmployerScale], tuple[PuRow, frozenset[Program], bool]] = {}
        self._param_uses: dict[str, ParamUse] = {}

    def use(self, name: str) -> ParamUse:
        """The parameter ``name`` of this month as an explanation's parameter use (cached)."""
        hit = self._param_uses.get(name)
        if hit is None:
            dv = self.uses[name]
            assert dv is not None, name
            hit = self._param_uses[name] = ParamUse.of(name, dv)
        return hit

    def jkp_qualifies(self, scale: EmployerScale, enrolled: frozenset[Program]) -> bool:
        """Whether the enrolled programmes make a JKP participant (PP 37/2021 Pasal 4)."""
        if self.jkp_required is None:
            return False
        return self.jkp_required[scale] <= enrolled

    def default(self, risk: int, scale: EmployerScale) -> tuple[PuRow, frozenset[Program], bool]:
        """The row, programmes and JKP membership of a worker in exactly the scale's programmes.

        The common call's whole rule, cached: the mandatory programmes (Perpres 109/2013),
        JKP where they meet PP 37/2021 Pasal 4, no labour relief, the PP 49/2020 relief
        applied where in force.
        """
        key = (risk, scale)
        hit = self._defaults.get(key)
        if hit is None:
            enrolled = self.mandatory[scale]
            in_jkp = self.jkp_qualifies(scale, enrolled)
            hit = self._defaults[key] = (
                self.row(risk, programs_mask(enrolled), in_jkp, labour=False),
                enrolled,
                in_jkp,
            )
        return hit

    def row(self, risk: int, mask: int, in_jkp: bool, *, labour: bool, relief: bool = True) -> PuRow:
        """The coefficients for risk class ``risk`` (1-5) and programme bits ``mask``.

        ``in_jkp``: a JKP participant; ``labour``: the PP 7/2025 discount applies;
        ``relief``: the PP 49/2020 JKK/JKM discount applies (``False`` for an employer that
        does not meet the conditions of its Pasal 13). Cached.
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
            jp_keep=n["jp_keep"],  # the PP 49/2020 JP deferral (Pasal 17) has no such condition
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


def cache_for(store: dict[ParameterSet, dict[Month, Any]], p: ParameterSet) -> dict[Month, Any]:
    per = store.get(p)
    if per is None:
        if len(store) >= 64:  # what-if sets come and go; keep the cache bounded
            store.clear()
        per = store[p] = {}
    return per


def pu_table(p: ParameterSet, month: Month) -> PuTable:
    """The compiled wage-earner rules of ``month`` under ``p`` (cached)."""
    per = cache_for(_PU_TABLES, p)
    table = per.get(month)
    if table is None:
        table = per[month] = PuTable(p, month)
    return table


_JHT_ROWS: dict[ParameterSet, dict[Month, tuple[PuRow, DatedValue, DatedValue]]] = {}


def jht_row(p: ParameterSet, month: Month) -> tuple[PuRow, DatedValue, DatedValue]:
    """A wage earner's JHT alone: the row :func:`pu_kernel` computes JHT with, and its rates.

    For the JHT balance, which needs only the JHT rates of a month (PP 46/2015 Pasal 16), not
    the whole month's table (a JP cap not yet published must not stop a JHT projection).
    """
    per = cache_for(_JHT_ROWS, p)
    hit = per.get(month)
    if hit is None:
        on = month.last_day
        e, w = p.value("jht.rate.employer", on), p.value("jht.rate.worker", on)
        den, n = numerators({"e": rate_of(e), "w": rate_of(w)})
        zero = dict.fromkeys(("jkk", "jkm", "jp_e", "jp_w", "jp_cap", "jkp", "jkp_cap", "r_jkk", "r_jkm"), 0)
        row = PuRow(den=den, cap_q=1, jp_keep=den, jht_e=n["e"], jht_w=n["w"], **zero)
        hit = per[month] = (row, e, w)
    return hit


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


# the BPU half lives in its own module; its names are part of the kernel
from jamsos.contributions.kernel_bpu import (  # noqa: E402
    BpuBand as BpuBand,
)
from jamsos.contributions.kernel_bpu import (  # noqa: E402
    BpuRow as BpuRow,
)
from jamsos.contributions.kernel_bpu import (  # noqa: E402
    BpuTable as BpuTable,
)
from jamsos.contributions.kernel_bpu import (  # noqa: E402
    bpu_kernel as bpu_kernel,
)
from jamsos.contributions.kernel_bpu import (  # noqa: E402
    bpu_table as bpu_table,
)
