"""The rules of each contribution month as exact integer fractions over one power-of-ten denominator,
and the codes of the categorical columns, for the vectorized path of jamsos.batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from jamsos import contributions as _c
from jamsos.batch.tables import code_cell, flag_cell
from jamsos.contributions import rules as contribution_rules
from jamsos.domain import EmployerScale, Program, RiskClass, Segment
from jamsos.errors import JamsosError
from jamsos.money import to_decimal, whole
from jamsos.parameters import ParameterSet
from jamsos.periods import Month

INT63: Final = 2**62  # headroom below int64's 2**63 - 1 for every intermediate product


# ---------------------------------------------------------------------------------------
# exact rates as integer fractions
# ---------------------------------------------------------------------------------------
def _exponent(d: Decimal) -> int:
    """Digits after the decimal point of an exact Decimal (0 for integers)."""
    exp = d.normalize().as_tuple().exponent
    assert isinstance(exp, int)
    return max(0, -exp)


def _numerator(d: Decimal, k: int) -> int:
    """``d × 10**k`` as an int; ``d`` must have at most ``k`` decimals."""
    scaled = d.scaleb(k)
    n = int(scaled)
    assert Decimal(n) == scaled
    return n


def _whole_int(d: Decimal) -> int | None:
    return int(d) if d == d.to_integral_value() else None


class PuMonth:
    """Integer rules of one contribution month for wage earners (None: not vectorizable)."""

    __slots__ = (
        "cap",
        "fracs",
        "has_jkp",
        "jkp_cap",
        "jkp_needs_jp",
        "jkp_ok",
        "last_ordinal",
        "month_index",
        "progs",
    )

    def __init__(self, rules: Any, month: Month) -> None:
        one = Decimal(1)
        covid = one - contribution_rules.rate_value(rules.covid_discount)
        # Each fraction is the same Decimal product the scalar path multiplies the wage by.
        self.fracs: dict[str, Decimal] = {
            f"jkk{rc.value}": contribution_rules.rate_value(rules.jkk[rc]) * covid for rc in RiskClass
        }
        self.fracs["jkm"] = contribution_rules.rate_value(rules.jkm) * covid
        self.fracs["jhte"] = contribution_rules.rate_value(rules.jht_employer)
        self.fracs["jhtw"] = contribution_rules.rate_value(rules.jht_worker)
        self.fracs["jpe"] = contribution_rules.rate_value(rules.jp_employer)
        self.fracs["jpw"] = contribution_rules.rate_value(rules.jp_worker)
        deferral = contribution_rules.rate_value(rules.covid_jp_deferral)
        self.fracs["jpkeep"] = (one - deferral) if deferral else one
        cap = _whole_int(rules.jp_cap.value.amount)
        if cap is None:
            raise ValueError("fractional JP cap")
        self.cap = cap
        self.has_jkp = rules.jkp_government is not None and rules.jkp_required is not None
        self.jkp_cap = 0
        if self.has_jkp:
            jcap = _whole_int(rules.jkp_cap.value.amount)
            if jcap is None:
                raise ValueError("fractional JKP cap")
            self.jkp_cap = jcap
            self.fracs["jkp"] = contribution_rules.rate_value(rules.jkp_government)
        else:
            self.fracs["jkp"] = Decimal(0)
        # enrolled programs per employer scale (Perpres 109/2013), and JKP membership
        # (PP 37/2021 Pasal 4): required programs ⊆ enrolled, re-checked when JP stops.
        self.progs: list[tuple[bool, bool, bool, bool]] = []
        self.jkp_ok: list[bool] = []
        self.jkp_needs_jp: list[bool] = []
        for scale in SCALES:
            enrolled = contribution_rules.programs_of(rules.mandatory[scale])
            self.progs.append(tuple(p in enrolled for p in _PU_PROGS))  # type: ignore[arg-type]
            if self.has_jkp:
                required = contribution_rules.programs_of(rules.jkp_required[scale])
                self.jkp_ok.append(required <= enrolled)
                self.jkp_needs_jp.append(Program.JP in required)
            else:
                self.jkp_ok.append(False)
                self.jkp_needs_jp.append(False)
        self.last_ordinal = month.last_day.toordinal()
        self.month_index = month.index


SCALES: Final = tuple(EmployerScale)

_PU_PROGS: Final = (Program.JKK, Program.JKM, Program.JHT, Program.JP)

RISKS: Final = tuple(RiskClass)


class BpuMonth:
    """Integer rules of one contribution month for non-wage earners.

    The vectorized path covers only declared incomes inside the band-table bracket whose
    amounts are a percentage of the income (``min_income <= income < max_income``); an
    income placed in or capped at a nominal band goes through the scalar path.
    """

    __slots__ = ("fracs", "jkm", "max_income", "min_income")

    def __init__(self, r: Mapping[str, Any]) -> None:
        one = Decimal(1)
        covid = contribution_rules.rate_value(r["covid"])
        scale = r["band"].scale()
        rated = [b for b in scale.brackets if b.has("jkk_rate") and b.has("jht_rate")]
        if len(rated) != 1 or rated[0].upper is None:
            raise ValueError("no single percentage bracket in the BPU band table")
        band = rated[0]
        min_income = _whole_int(band.lower.amount)
        max_income = _whole_int(band.upper.amount)
        if min_income is None or max_income is None:
            raise ValueError("fractional band edge")
        self.min_income = min_income
        self.max_income = max_income
        self.fracs: dict[str, Decimal] = {"jht": band.rate("jht_rate").value}
        self.jkm: list[int] = []
        # variant 0: budget-funded (no PP 50/2025 discount), 1: other BPU, 2: transport workers
        for v, discount in enumerate(
            (
                Decimal(0),
                contribution_rules.rate_value(r["other"]),
                contribution_rules.rate_value(r["transport"]),
            )
        ):
            factor = (one - covid) * (one - discount)
            self.fracs[f"jkk{v}"] = band.rate("jkk_rate").value * factor
            self.jkm.append(int(whole(r["jkm"].value.amount * factor, _c.ROUNDING)))


def round_half_up(np: Any, x: Any, num: Any, d: int) -> Any:
    """``round_half_up(x × num / d)`` for non-negative int64 ``x`` and ``num``, ``d`` = 10**k."""
    return (x * num + (d // 2)) // d


def segment_code(u: object) -> int:
    try:
        s = Segment.parse(u)  # type: ignore[arg-type]
    except JamsosError:
        return 2
    return {Segment.WAGE_EARNER: 0, Segment.NON_WAGE_EARNER: 1}.get(s, 2)


def wage_int(u: object) -> int:
    """A whole positive rupiah wage as an int, or -1 when the scalar path must decide."""
    if isinstance(u, bool):
        return -1
    if isinstance(u, int):
        return u if 0 < u < INT63 else -1
    if isinstance(u, str | Decimal):
        try:
            d = to_decimal(u, "wage")
        except JamsosError:
            return -1
        w = _whole_int(d)
        return w if w is not None and 0 < w < INT63 else -1
    return -1


def pu_month(p: ParameterSet, u: object) -> PuMonth | None:
    try:
        m = contribution_rules.contribution_month(u)
        return _pu_rules_cached(p, m)
    except (JamsosError, ValueError):
        return None


def bpu_month(p: ParameterSet, u: object) -> BpuMonth | None:
    try:
        m = contribution_rules.contribution_month(u)
        return BpuMonth(contribution_rules.bpu_rules(p, m))
    except (JamsosError, ValueError):
        return None


_PU_CACHE: dict[tuple[int, Month], tuple[ParameterSet, PuMonth]] = {}


def _pu_rules_cached(p: ParameterSet, m: Month) -> PuMonth:
    key = (id(p), m)
    hit = _PU_CACHE.get(key)
    if hit is not None and hit[0] is p:
        return hit[1]
    rules = PuMonth(contribution_rules.month_rules(p, m), m)
    if len(_PU_CACHE) > 4096:
        _PU_CACHE.clear()
    _PU_CACHE[key] = (p, rules)
    return rules


def fraction_table(np: Any, rules: Sequence[Any], keys: Sequence[str]) -> tuple[dict[str, Any], int, int]:
    """Integer numerators per unique month for each key, over one denominator ``10**k``."""
    present = [r for r in rules if r is not None]
    k = max((_exponent(r.fracs[key]) for r in present for key in keys), default=0)
    tables: dict[str, Any] = {}
    biggest = 1
    for key in keys:
        nums = [_numerator(r.fracs[key], k) if r is not None else 0 for r in rules]
        biggest = max(biggest, *nums)
        tables[key] = np.array(nums, dtype=np.int64)
    return tables, 10**k, biggest


def risk_code(u: object) -> int:
    try:
        return RiskClass.parse(code_cell(u)).value - 1  # type: ignore[arg-type]
    except JamsosError:
        return -1


def scale_code(u: object) -> int:
    try:
        return SCALES.index(EmployerScale.parse(u))  # type: ignore[arg-type]
    except JamsosError:
        return -1


def flag_code(u: object) -> int:
    f = flag_cell(u)
    return int(f) if isinstance(f, bool) else -1
