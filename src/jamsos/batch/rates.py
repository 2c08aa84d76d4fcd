"""The kernel's rows of each distinct month of a table as int64 lookup arrays, and the codes of the
categorical columns, for the vectorized path of jamsos.batch.

Nothing here states a rule: every coefficient comes from :meth:`PuTable.row` and
:meth:`BpuTable.row` of :mod:`jamsos.contributions.kernel`, the rows the scalar API uses, and
the amounts are computed by the kernel's own functions on numpy arrays.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final, final

from jamsos import validate
from jamsos.batch.tables import amount_cell, code_cell, flag_cell
from jamsos.contributions import kernel
from jamsos.contributions.kernel import BpuTable, PuTable
from jamsos.contributions.rules import contribution_month
from jamsos.domain import EmployerScale, Program, RiskClass, Segment
from jamsos.errors import JamsosError
from jamsos.money import to_decimal
from jamsos.parameters import ParameterSet

#: The largest int64 intermediate the vector path allows (headroom below 2**63 - 1).
INT63: Final = 2**62
SCALES: Final = tuple(EmployerScale)
RISKS: Final = tuple(RiskClass)


class Coefficients:
    """Per-row coefficients for the kernel: one int64 array per name of a kernel row."""

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

    Keyed ``((month × 4 + scale) × 5 + risk) × 2 + past_pension``: the enrolled programmes of
    the scale (Perpres 109/2013), without JP from the month of the pension date (PP 45/2015
    Pasal 15), and JKP membership re-checked then (PP 37/2021 Pasal 4), all decided by
    :meth:`PuTable.row`. Numerators are rescaled to one denominator so that the kernel divides
    by a constant. ``None`` tables (months the scalar path must judge) get zero rows.
    """

    def __init__(self, np: Any, tables: Sequence[PuTable | None]) -> None:
        present = [t for t in tables if t is not None]
        self.den = max((t.den for t in present), default=1)
        self.whole_caps = all(t.cap_q == 1 for t in present)
        n = len(tables) * len(SCALES) * len(RISKS) * 2
        coef = np.zeros((len(_PU_FIELDS), n), dtype=np.int64)
        for m, t in enumerate(tables):
            if t is None:
                continue
            up = self.den // t.den
            for s, scale in enumerate(SCALES):
                enrolled = t.mandatory[scale]
                after = enrolled - {Program.JP}
                kinds = (
                    (kernel.programs_mask(enrolled), t.jkp_qualifies(scale, enrolled)),
                    (kernel.programs_mask(after), t.jkp_qualifies(scale, after)),
                )
                for risk in range(1, 6):
                    for past, (mask, in_jkp) in enumerate(kinds):
                        row = t.row(risk, mask, in_jkp, labour=False)
                        key = self.key(m, s, risk - 1, past)
                        for f, name in enumerate(_PU_FIELDS):
                            value = getattr(row, name)
                            coef[f, key] = value if name.endswith("_cap") else value * up
        self.coef = coef
        rates = [f for f, name in enumerate(_PU_FIELDS) if not name.endswith("_cap")]
        biggest = int(coef[rates].max()) if n else 1
        #: wages up to this bound keep every intermediate below 2**62
        self.limit = (INT63 - self.den) // max(biggest, self.den)

    @staticmethod
    def key(month: Any, scale: Any, risk: Any, past: Any) -> Any:
        """The row key from month code, scale code (0-3), risk code (0-4), past pension (0/1)."""
        return ((month * 4 + scale) * 5 + risk) * 2 + past

    def rows(self, np: Any, key: Any) -> Coefficients:
        """The coefficients of each row, gathered by ``key``."""
        taken = np.take(self.coef, key, axis=1)
        return Coefficients(
            den=self.den,
            cap_q=1,
            defers=True,  # arrays: the kernel computes every amount (no per-row branch)
            recomposes=True,
            **{name: taken[f] for f, name in enumerate(_PU_FIELDS)},
        )


@final
class BpuStack:
    """The BPU rows of the distinct months of a table.

    Keyed ``((month × 6 + variant) × 2 + jht) × bands + band`` (variants 3-5: the PP 49/2020
    relief refused, ``covid_relief_eligible`` false); :meth:`band_of` finds each
    row's income band (PP 44/2015 Lampiran II) from the month's band bounds.
    """

    def __init__(self, np: Any, tables: Sequence[BpuTable | None]) -> None:
        present = [t for t in tables if t is not None]
        self.den = max((t.den for t in present), default=1)
        self.nb = nb = max((len(t.bands) for t in present), default=1)
        n = len(tables) * 6 * 2 * nb
        coef = np.zeros((5, n), dtype=np.int64)
        bounds = np.full((nb, len(tables)), INT63, dtype=np.int64)
        for m, t in enumerate(tables):
            if t is None:
                continue
            for b, band in enumerate(t.bands):
                bounds[b, m] = band.lower
            up = self.den // t.den
            for variant in (kernel.BPU_BUDGET, kernel.BPU_OTHER, kernel.BPU_TRANSPORT):
                for jht in (0, 1):
                    for b in range(len(t.bands)):
                        for refused in (0, 1):  # the PP 49/2020 relief applies / does not
                            row = t.row(variant, bool(jht), b, relief=not refused)
                            key = self.key(m, variant + 3 * refused, jht, b)
                            coef[:, key] = (row.jkk * up, row.jkk_fix, row.jkm, row.jht * up, row.jht_fix)
        self.coef = coef
        self.bounds = bounds
        biggest = int(coef[[0, 3]].max()) if n else 1
        self.limit = (INT63 - self.den) // max(biggest, self.den)

    def band_of(self, np: Any, month: Any, w: Any) -> Any:
        """Each row's income band: how many band bounds above the first its income reaches."""
        band = np.zeros(len(w), dtype=np.int64)
        for b in range(1, self.nb):
            band += w >= self.bounds[b][month]
        return band

    def key(self, month: Any, variant: Any, jht: Any, band: Any) -> Any:
        """The row key from month code, variant, JHT flag (0/1) and band."""
        return ((month * 6 + variant) * 2 + jht) * self.nb + band

    def rows(self, np: Any, key: Any) -> Coefficients:
        """The coefficients of each row, gathered by ``key``."""
        taken = np.take(self.coef, key, axis=1)
        return Coefficients(
            den=self.den, jkk=taken[0], jkk_fix=taken[1], jkm=taken[2], jht=taken[3], jht_fix=taken[4]
        )


def pu_table_or_none(p: ParameterSet, u: object) -> PuTable | None:
    """The kernel table of a month cell, or ``None`` when the scalar path must judge it."""
    try:
        return kernel.pu_table(p, contribution_month(u))
    except (JamsosError, ValueError):
        return None


def bpu_table_or_none(p: ParameterSet, u: object) -> BpuTable | None:
    """The BPU kernel table of a month cell, or ``None`` (whole-rupiah bands only)."""
    try:
        t = kernel.bpu_table(p, contribution_month(u))
    except (JamsosError, ValueError):
        return None
    return t


def segment_code(u: object) -> int:
    try:
        s = Segment.parse(u)
    except JamsosError:
        return 2
    return {Segment.WAGE_EARNER: 0, Segment.NON_WAGE_EARNER: 1}.get(s, 2)


def wage_int(u: object) -> int:
    """A whole positive rupiah wage as an int, or -1 when the scalar path must decide."""
    if isinstance(u, bool):
        return -1
    if isinstance(u, int):
        return u if 0 < u <= MAX_WAGE else -1
    if isinstance(u, str):
        u = amount_cell(u)  # Indonesian notation from a text file: 8.000.000
    if isinstance(u, Decimal):
        try:
            d = to_decimal(u, "wage")
        except JamsosError:
            return -1
        if d != d.to_integral_value():
            return -1
        w = int(d)
        return w if 0 < w <= MAX_WAGE else -1
    return -1


#: Wages above this are refused by the scalar API (:data:`jamsos.validate.MAX_AMOUNT`): the
#: vectorized path leaves them to it, so both paths give the same answer.
MAX_WAGE: Final = min(INT63 - 1, int(validate.MAX_AMOUNT))


def risk_code(u: object) -> int:
    try:
        return RiskClass.parse(code_cell(u)).value - 1
    except JamsosError:
        return -1


def scale_code(u: object) -> int:
    try:
        return SCALES.index(EmployerScale.parse(u))
    except JamsosError:
        return -1


def flag_code(u: object) -> int:
    f = flag_cell(u)
    return int(f) if isinstance(f, bool) else -1
