"""Whole tables at once: exact, vectorized contributions and bulk JP dates.

A payroll run is thousands of worker-months; a province's coverage programme hundreds of
thousands. :func:`contributions` takes a table of worker-months and returns the same kind
of table with one integer-rupiah column per program and party, every row equal to
:func:`jamsos.contributions.wage_earner` (PU, *penerima upah*, wage earners) or
:func:`jamsos.contributions.non_wage_earner` (BPU, *bukan penerima upah*, non-wage
earners) for the same input, exactly.

Which date selects the law: the **contribution month** of each row (its last day), as in
the scalar API; the pension date of :func:`pension` depends on the birth date only.

Tables: a pandas ``DataFrame``, a pyarrow ``Table`` or any iterable of mappings (a list of
dicts comes back). numpy, pandas and pyarrow are optional (``pip install jamsos[pandas]``
or ``jamsos[arrow]``) and imported only when needed. Without numpy, an iterable of
mappings is computed row by row with the scalar API (same answers, slower).

Exactness. Rates such as 0.24% are exact decimals; each month's rates become integer
numerators over one power-of-ten denominator ``D`` and every amount is
``(wage × numerator + D // 2) // D`` in int64: half-up rounding to whole rupiah, the
convention of :mod:`jamsos.contributions`, in integer arithmetic. Rows that this path
does not cover (a wage with a fraction of a rupiah, a wage so large that int64 could
overflow, the PP 7/2025 labour-intensive relief, an explicit ``programs`` or
``jkp_member`` column, any row the scalar API would reject) are computed by the scalar
API itself, row by row. A row is an error exactly when the scalar API raises for it.

>>> from jamsos import batch
>>> rows = [
...     {"worker_id": "A1", "month": "2025-06", "wage": 8_000_000, "segment": "PU",
...      "risk_class": 1, "employer_scale": "large"},
...     {"worker_id": "B7", "month": "2025-06", "wage": 1_000_000, "segment": "BPU"},
... ]
>>> out = batch.contributions(rows)
>>> out[0]["jht_employer"], out[0]["jp_worker"], out[0]["jkp_government"], out[0]["total"]
(296000, 80000, 11000, 750200)
>>> out[1]["jkk_worker"], out[1]["jkm_worker"], out[1]["total"]
(10000, 6800, 16800)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from jamsos import contributions as _c
from jamsos import optional
from jamsos.contributions import rules as contribution_rules
from jamsos.domain import EmployerScale, Program, RiskClass, Segment
from jamsos.errors import BatchError, InvalidInputError, JamsosError, MissingDependencyError, MoneyTypeError
from jamsos.money import to_decimal, whole
from jamsos.parameters import ParameterSet, resolve
from jamsos.periods import Month, as_date
from jamsos.results import Contributions

__all__ = [
    "BENEFIT_COLUMNS",
    "BENEFIT_KINDS",
    "INPUT_COLUMNS",
    "OUTPUT_COLUMNS",
    "PENSION_COLUMNS",
    "MissingDependencyError",
    "aggregate",
    "benefits",
    "contributions",
    "pension",
]


#: Input columns read by :func:`contributions`; only ``month`` and ``wage`` are required
#: (``risk_class`` for PU rows). Other columns are carried through unchanged.
INPUT_COLUMNS: Final = (
    "worker_id",
    "month",
    "wage",
    "segment",
    "risk_class",
    "employer_scale",
    "birth_date",
    "jht",
    "transport_worker",
    "budget_funded",
    "labour_intensive_relief",
    "industry",
    "active_participants",
    "programs",
    "jkp_member",
)

#: Output columns (int64 rupiah), in order. ``jp_*_deferred`` hold the JP contribution
#: deferred by PP 49/2020 (not part of the totals); ``employer + worker + government ==
#: total``.
OUTPUT_COLUMNS: Final = (
    "jkk_employer",
    "jkk_worker",
    "jkk_government",
    "jkm_employer",
    "jkm_worker",
    "jkm_government",
    "jht_employer",
    "jht_worker",
    "jht_government",
    "jp_employer",
    "jp_worker",
    "jkp_government",
    "jp_employer_deferred",
    "jp_worker_deferred",
    "employer",
    "worker",
    "government",
    "total",
)

#: Output columns of :func:`pension`.
PENSION_COLUMNS: Final = ("pension_age", "pension_date", "last_registration_month")

#: Columns of an errors table: the 0-based row position in the input, the worker id,
#: the exception class and its message.
ERROR_COLUMNS: Final = ("index", "worker_id", "error", "reason")

_PROGRAM_PARTIES: Final = tuple(
    (col, Program(col.split("_")[0]), col.split("_")[1])
    for col in OUTPUT_COLUMNS
    if not col.endswith("_deferred") and "_" in col
)

_INT63: Final = 2**62  # headroom below int64's 2**63 - 1 for every intermediate product


def _kind(table: object) -> str:
    mod = type(table).__module__.split(".")[0]
    name = type(table).__name__
    if mod == "pandas" and name == "DataFrame":
        return "pandas"
    if mod == "pyarrow" and name == "Table":
        return "arrow"
    if isinstance(table, str | bytes | Mapping) or not isinstance(table, Iterable):
        raise InvalidInputError(
            f"a batch table must be a pandas DataFrame, a pyarrow Table or an iterable of "
            f"mappings (one dict per worker-month), got {type(table).__name__}"
        )
    return "records"


# ---------------------------------------------------------------------------------------
# cells: missing values and numpy/pandas scalars become plain Python values
# ---------------------------------------------------------------------------------------
class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


def _cell(v: object) -> object:
    """A table cell as a plain Python value, or ``MISSING`` (None, NaN, NA, NaT, blank)."""
    if v is None:
        return MISSING
    t = type(v)
    if t is str:
        return v if v.strip() else MISSING  # type: ignore[attr-defined]
    if t in (int, bool, Decimal, Month, dt.date):
        return v
    name = t.__name__
    if name in ("NAType", "NaTType"):
        return MISSING
    if isinstance(v, float):
        # NaN marks an empty cell; any other float is passed on as a float so that the
        # scalar API refuses it (MoneyTypeError): money never travels as a float.
        return MISSING if v != v else float(v)
    if name == "datetime64":
        if v != v:
            return MISSING
        return _cell(v.astype("datetime64[D]").item())  # type: ignore[attr-defined]
    if hasattr(v, "dtype") and hasattr(v, "item"):  # other numpy scalars
        return _cell(v.item())
    return v


def _code(v: object) -> object:
    """A code-like cell (risk class, flags): integral floats (pandas NaN upcast) become ints."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


_TRUE: Final = frozenset({"true", "t", "yes", "y", "ya", "1"})
_FALSE: Final = frozenset({"false", "f", "no", "n", "tidak", "0"})


def _flag(v: object) -> object:
    """A yes/no cell: bools, 0/1, and the words true/false, yes/no, ya/tidak."""
    v = _code(v)
    if v is MISSING or isinstance(v, bool):
        return v
    if isinstance(v, int) and v in (0, 1):
        return bool(v)
    if isinstance(v, str):
        key = v.strip().lower()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
    return v  # the scalar API rejects it with its own message


# ---------------------------------------------------------------------------------------
# columns: factorized (codes into unique values) or a plain int64 vector
# ---------------------------------------------------------------------------------------
class _Col:
    """One input column: ``codes`` into normalized ``uniques`` (-1 = missing), or ``ints``."""

    __slots__ = ("codes", "ints", "missing", "n", "uniques")

    def __init__(
        self,
        n: int,
        *,
        codes: Any = None,
        uniques: Sequence[object] = (),
        ints: Any = None,
        missing: Any = None,
    ) -> None:
        self.n = n
        self.codes = codes
        self.uniques = list(uniques)
        self.ints = ints
        self.missing = missing

    def value(self, i: int) -> object:
        if self.ints is not None:
            if self.missing is not None and self.missing[i]:
                return MISSING
            return int(self.ints[i])
        c = int(self.codes[i])
        return MISSING if c < 0 else self.uniques[c]

    def mapped(self, np: Any, convert: Callable[[object], Any], dtype: Any, *, default: Any) -> Any:
        """Per-row values of ``convert(unique)``; ``default`` for missing cells."""
        if self.ints is not None:
            raise AssertionError("mapped() on an int column")  # pragma: no cover
        table = np.array([convert(u) for u in self.uniques] + [default], dtype=dtype)
        return table[self.codes]


def _encode_list(np: Any, values: Sequence[object]) -> _Col:
    index: dict[tuple[type, object], int] = {}
    uniques: list[object] = []
    codes = np.empty(len(values), dtype=np.intp)
    for i, raw in enumerate(values):
        v = _cell(raw)
        if v is MISSING:
            codes[i] = -1
            continue
        try:
            key: tuple[type, object] = (type(v), v)
            hash(key)
        except TypeError:
            key = (type(v), id(v))
        c = index.get(key)
        if c is None:
            c = index[key] = len(uniques)
            uniques.append(v)
        codes[i] = c
    return _Col(len(values), codes=codes, uniques=uniques)


def _encode_pandas(np: Any, pd: Any, s: Any, name: str) -> _Col:
    n = len(s)
    kind = s.dtype.kind
    numpy_dtype = isinstance(s.dtype, np.dtype)
    if numpy_dtype and kind in "iu" and not (kind == "u" and n and int(s.max()) >= 2**63):
        return _Col(n, ints=s.to_numpy(dtype=np.int64))
    if not numpy_dtype and str(s.dtype) in ("Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32"):
        return _Col(n, ints=s.to_numpy(dtype=np.int64, na_value=0), missing=s.isna().to_numpy())
    if kind == "f" and name == "wage":
        raise MoneyTypeError(
            "the wage column holds floats, which cannot hold rupiah exactly; use an integer "
            "column (df['wage'].astype('Int64') keeps missing values) or strings/Decimals"
        )
    if _arrow_backed(s):
        pa = optional.import_extra("pyarrow", "arrow")
        return _encode_arrow(np, pa, pa.chunked_array(pa.array(s.array)), name)
    if kind == "O":
        # pandas hashes 1, 1.0, True and Decimal(1) alike: keep them apart by type.
        sample = s.to_numpy()
        codes, uniques = pd.factorize(sample)
        types = {type(u) for u in uniques}
        if types & {bool, float, Decimal} and len(types) > 1:
            return _encode_list(np, list(sample))
    else:
        codes, uniques = pd.factorize(s)
        if hasattr(uniques, "to_numpy"):
            uniques = uniques.to_numpy(dtype=object) if kind != "M" else list(uniques)
    norm = [_cell(u) for u in uniques]
    if any(u is MISSING for u in norm):  # blank strings
        remap = np.array([-1 if u is MISSING else i for i, u in enumerate(norm)] + [-1], dtype=np.int32)
        codes = remap[codes]
    return _Col(n, codes=np.asarray(codes, dtype=np.int32), uniques=norm)


def _arrow_backed(s: Any) -> bool:
    """pandas string or ArrowDtype columns: encode them in arrow, without Python objects."""
    dtype = s.dtype
    return getattr(dtype, "storage", None) == "pyarrow" or type(dtype).__name__ == "ArrowDtype"


def _encode_arrow(np: Any, pa: Any, col: Any, name: str) -> _Col:
    n = len(col)
    t = col.type
    if pa.types.is_integer(t) and not pa.types.is_uint64(t):
        if col.null_count == 0:
            return _Col(n, ints=col.to_numpy().astype(np.int64, copy=False))
        missing = col.is_null().to_numpy()
        filled = col.fill_null(0).to_numpy().astype(np.int64, copy=False)
        return _Col(n, ints=filled, missing=missing)
    if pa.types.is_floating(t) and name == "wage":
        raise MoneyTypeError(
            "the wage column holds floats, which cannot hold rupiah exactly; use an int64, "
            "string or decimal column"
        )
    if n == 0:
        return _Col(0, codes=np.empty(0, dtype=np.intp), uniques=())
    arr = col.combine_chunks() if hasattr(col, "combine_chunks") else col
    enc = arr if pa.types.is_dictionary(arr.type) else arr.dictionary_encode()
    codes = enc.indices.fill_null(-1).to_numpy().astype(np.int32)
    norm = [_cell(u) for u in enc.dictionary.to_pylist()]
    if any(u is MISSING for u in norm):
        remap = np.array([-1 if u is MISSING else i for i, u in enumerate(norm)] + [-1], dtype=np.int32)
        codes = remap[codes]
    return _Col(n, codes=codes, uniques=norm)


class _LazyColumns:
    """The columns jamsos reads, encoded on first use (a PU-only table never encodes BPU flags)."""

    def __init__(self, present: Iterable[str], encode: Callable[[str], _Col]) -> None:
        self._present = frozenset(present)
        self._encode = encode
        self._done: dict[str, _Col] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._present

    def get(self, name: str) -> _Col | None:
        if name not in self._present:
            return None
        col = self._done.get(name)
        if col is None:
            col = self._done[name] = self._encode(name)
        return col

    def __getitem__(self, name: str) -> _Col:
        col = self.get(name)
        if col is None:
            raise KeyError(name)
        return col


class _Table:
    """The input table, its kind, its rows count and the columns jamsos reads."""

    def __init__(self, table: object, names: Sequence[str], np: Any) -> None:
        self.kind = _kind(table)
        self.source: Any = table
        self.bad_rows: dict[int, str] = {}  # records that are not mappings
        src: Any = table
        if self.kind == "pandas":
            pd = optional.pandas_or_none()
            self.n = len(src)
            labels = list(src.columns)
            for name in names:
                if labels.count(name) > 1:
                    raise InvalidInputError(f"column {name!r} appears more than once")
            self.cols = _LazyColumns(
                (x for x in names if x in labels), lambda name: _encode_pandas(np, pd, src[name], name)
            )
        elif self.kind == "arrow":
            pa = optional.import_extra("pyarrow", "arrow")
            self.n = src.num_rows
            for name in names:
                if src.column_names.count(name) > 1:
                    raise InvalidInputError(f"column {name!r} appears more than once")
            self.cols = _LazyColumns(
                (x for x in names if x in src.column_names),
                lambda name: _encode_arrow(np, pa, src.column(name), name),
            )
        else:
            rows = list(src)
            self.source = rows
            self.n = len(rows)
            present: set[str] = set()
            for i, r in enumerate(rows):
                if isinstance(r, Mapping):
                    present.update(k for k in r if k in names)
                else:
                    self.bad_rows[i] = f"row is a {type(r).__name__}, not a mapping of column names to values"

            def encode(name: str) -> _Col:
                return _encode_list(np, [r.get(name) if isinstance(r, Mapping) else None for r in rows])

            self.cols = _LazyColumns(present, encode)

    def value(self, name: str, i: int) -> object:
        col = self.cols.get(name)
        return MISSING if col is None else col.value(i)

    def worker_id(self, i: int) -> object:
        v = self.value("worker_id", i)
        return None if v is MISSING else v


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


class _PuMonth:
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
        for scale in _SCALES:
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


_SCALES: Final = tuple(EmployerScale)
_PU_PROGS: Final = (Program.JKK, Program.JKM, Program.JHT, Program.JP)
_RISKS: Final = tuple(RiskClass)


class _BpuMonth:
    """Integer rules of one contribution month for non-wage earners."""

    __slots__ = ("fracs", "jkm", "min_income")

    def __init__(self, r: Mapping[str, Any]) -> None:
        one = Decimal(1)
        covid = contribution_rules.rate_value(r["covid"])
        min_income = _whole_int(r["min_income"].value.amount)
        if min_income is None:
            raise ValueError("fractional minimum income")
        self.min_income = min_income
        self.fracs: dict[str, Decimal] = {"jht": contribution_rules.rate_value(r["jht"])}
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
            self.fracs[f"jkk{v}"] = contribution_rules.rate_value(r["jkk"]) * factor
            self.jkm.append(int(whole(r["jkm"].value.amount * factor, _c.ROUNDING)))


def _round_half_up(np: Any, x: Any, num: Any, d: int) -> Any:
    """``round_half_up(x × num / d)`` for non-negative int64 ``x`` and ``num``, ``d`` = 10**k."""
    return (x * num + (d // 2)) // d


# ---------------------------------------------------------------------------------------
# contributions
# ---------------------------------------------------------------------------------------
def contributions(
    table: Any,
    *,
    errors: str = "raise",
    params: ParameterSet | None = None,
) -> Any:
    """Contributions of every worker-month of a table, exactly as the scalar API.

    Input columns (extra columns are carried through unchanged):

    * ``month`` (required): ``"YYYY-MM"``, a :class:`~jamsos.periods.Month` or a date; the
      contribution month, whose last day selects the law.
    * ``wage`` (required): whole rupiah as integers, strings or Decimals (the declared
      income for BPU). A wage with a fraction of a rupiah is computed by the scalar API.
      Floats are refused (a float column raises :class:`~jamsos.errors.MoneyTypeError`).
    * ``segment``: ``PU`` or ``BPU`` (blank or absent: ``PU``). PMI and Jakon rows are
      errors: use :func:`jamsos.contributions.migrant_worker` / ``construction_project``.
    * PU: ``risk_class`` (1-5, required), ``employer_scale`` (micro/small/medium/large,
      default large), ``birth_date`` (optional; JP stops from the month of the JP pension
      date), ``labour_intensive_relief`` with ``industry`` and ``active_participants``,
      ``programs`` (e.g. ``"jkk,jkm,jht,jp"``), ``jkp_member``: as the keywords of
      :func:`jamsos.contributions.wage_earner`.
    * BPU: ``jht``, ``transport_worker``, ``budget_funded`` (yes/no; default no): as
      :func:`jamsos.contributions.non_wage_earner`.
    * ``worker_id``: carried through, and named in errors.

    Output: the input columns plus :data:`OUTPUT_COLUMNS`, int64 rupiah. A wage earner's
    JKK and JKM are ``jkk_employer``/``jkm_employer``, JHT and JP split employer/worker,
    JKP is ``jkp_government``; a BPU member's JKK/JKM/JHT are in the ``*_worker`` columns,
    or ``*_government`` when budget-funded. ``jp_*_deferred``: the PP 49/2020 deferral
    (not in the totals). ``employer + worker + government == total``. Output columns
    already in the input are replaced.

    Errors: with ``errors="raise"`` one :class:`~jamsos.errors.BatchError` lists every bad
    row as ``(index, reason)``, ``index`` being the 0-based row position. With
    ``errors="collect"`` the result is ``(good_rows, errors_table)`` where the errors
    table has :data:`ERROR_COLUMNS`; ``len(good_rows) + len(errors_table)`` is always the
    number of input rows. A table-level problem (no ``wage`` column, a float wage column,
    an unknown table kind) raises a :class:`~jamsos.errors.JamsosError` in both modes.

    >>> out = contributions([{"month": "2020-09", "wage": 5_000_000, "risk_class": 1}])
    >>> out[0]["jkk_employer"], out[0]["jp_employer"], out[0]["jp_employer_deferred"]
    (120, 1000, 99000)
    >>> good, bad = contributions([{"month": "2025-06", "wage": -5}, {"month": "2025-06",
    ...     "wage": 1_000_000, "segment": "BPU"}], errors="collect")
    >>> len(good), bad[0]["index"], bad[0]["reason"]
    (1, 0, 'wage must be more than Rp0, got -Rp5')
    """
    if errors not in ("raise", "collect"):
        raise InvalidInputError(f"errors must be 'raise' or 'collect', got {errors!r}")
    p = resolve(params)
    kind = _kind(table)
    try:
        np = optional.require_numpy()
    except MissingDependencyError:
        if kind != "records":
            raise
        return _contributions_scalar_only(table, errors, p)
    t = _Table(table, INPUT_COLUMNS, np)
    if "month" not in t.cols and t.n:
        raise InvalidInputError("the table has no 'month' column (the contribution month, 'YYYY-MM')")
    if "wage" not in t.cols and t.n:
        raise InvalidInputError("the table has no 'wage' column (the monthly wage or declared income)")
    out, failures = _compute(np, t, p)
    return _finish(np, t, out, failures, errors, OUTPUT_COLUMNS, block=True)


def _compute(np: Any, t: _Table, p: ParameterSet) -> tuple[dict[str, Any], dict[int, JamsosError]]:
    n = t.n
    # one (columns × rows) block: each output column is a contiguous row of it, and pandas
    # takes the transposed block as one int64 block without copying
    block = np.zeros((len(OUTPUT_COLUMNS), n), dtype=np.int64)
    out = {name: block[k] for k, name in enumerate(OUTPUT_COLUMNS)}
    slow = np.zeros(n, dtype=bool)
    for i in t.bad_rows:
        slow[i] = True
    if n == 0:
        return out, {}
    months = t.cols["month"]
    if months.ints is not None:
        months = _Col(n, codes=np.full(n, -1, dtype=np.intp), uniques=())
        slow[:] = True  # integer months: let the scalar API reject them one by one

    # segments: 0 PU, 1 BPU, 2 anything else (scalar path / error)
    seg_col = t.cols.get("segment")
    if seg_col is None:
        seg = np.zeros(n, dtype=np.int8)
    elif seg_col.ints is not None:
        seg = np.full(n, 2, dtype=np.int8)
    else:
        seg = seg_col.mapped(np, _segment_code, np.int8, default=0)

    wage, wage_ok = _wage_vector(np, t.cols["wage"], n)

    # per unique month value: the PU and BPU rules as integer tables
    pu_rules: list[_PuMonth | None] = []
    bpu_rules: list[_BpuMonth | None] = []
    for u in months.uniques:
        pu_rules.append(_pu_month(p, u))
        bpu_rules.append(_bpu_month(p, u))
    pu_rules.append(None)  # index -1: missing month
    bpu_rules.append(None)
    mcode = months.codes

    pu = seg == 0
    bpu = seg == 1
    slow |= seg == 2
    for flag in ("labour_intensive_relief", "programs", "jkp_member"):
        col = t.cols.get(flag)
        if col is not None:
            if flag == "labour_intensive_relief":
                slow |= _not_false(np, col, n)
            else:
                slow |= _present(np, col, n)

    pu_fast = pu & ~slow & wage_ok & _ok_table(np, pu_rules)[mcode]
    if pu_fast.any():
        _pu_vectorized(np, t, p, pu_rules, mcode, wage, pu_fast, out)
        slow |= pu & ~pu_fast
    else:
        slow |= pu
    bpu_fast = bpu & ~slow & wage_ok & _ok_table(np, bpu_rules)[mcode]
    if bpu_fast.any():
        _bpu_vectorized(np, t, bpu_rules, mcode, wage, bpu_fast, out)
        slow |= bpu & ~bpu_fast
    else:
        slow |= bpu

    failures: dict[int, JamsosError] = {}
    for i in np.flatnonzero(slow).tolist():
        try:
            c = _scalar_row(t, i, p)
        except JamsosError as exc:
            failures[i] = exc
            continue
        for name, value in _row_amounts(c).items():
            out[name][i] = value
    _totals(out)
    return out, failures


def _totals(out: dict[str, Any]) -> None:
    for party in ("employer", "worker", "government"):
        acc = out[party]
        acc[:] = 0
        for col, _prog, who in _PROGRAM_PARTIES:
            if who == party and col != party:
                acc += out[col]
    out["total"][:] = out["employer"] + out["worker"] + out["government"]


def _ok_table(np: Any, rules: Sequence[object]) -> Any:
    return np.array([r is not None for r in rules], dtype=bool)


def _not_false(np: Any, col: _Col, n: int) -> Any:
    if col.ints is not None:
        return (col.ints != 0) & ~(col.missing if col.missing is not None else np.zeros(n, dtype=bool))
    return col.mapped(np, lambda u: _flag(u) is not False, bool, default=False)


def _present(np: Any, col: _Col, n: int) -> Any:
    if col.ints is not None:
        return ~col.missing if col.missing is not None else np.ones(n, dtype=bool)
    return col.codes >= 0


def _segment_code(u: object) -> int:
    try:
        s = Segment.parse(u)  # type: ignore[arg-type]
    except JamsosError:
        return 2
    return {Segment.WAGE_EARNER: 0, Segment.NON_WAGE_EARNER: 1}.get(s, 2)


def _wage_int(u: object) -> int:
    """A whole positive rupiah wage as an int, or -1 when the scalar path must decide."""
    if isinstance(u, bool):
        return -1
    if isinstance(u, int):
        return u if 0 < u < _INT63 else -1
    if isinstance(u, str | Decimal):
        try:
            d = to_decimal(u, "wage")
        except JamsosError:
            return -1
        w = _whole_int(d)
        return w if w is not None and 0 < w < _INT63 else -1
    return -1


def _wage_vector(np: Any, col: _Col, n: int) -> tuple[Any, Any]:
    if col.ints is not None:
        ok = col.ints > 0
        if col.missing is not None:
            ok &= ~col.missing
        return col.ints, ok
    w = col.mapped(np, _wage_int, np.int64, default=-1)
    return w, w > 0


def _pu_month(p: ParameterSet, u: object) -> _PuMonth | None:
    try:
        m = contribution_rules.contribution_month(u)
        return _pu_rules_cached(p, m)
    except (JamsosError, ValueError):
        return None


def _bpu_month(p: ParameterSet, u: object) -> _BpuMonth | None:
    try:
        m = contribution_rules.contribution_month(u)
        return _BpuMonth(contribution_rules.bpu_rules(p, m))
    except (JamsosError, ValueError):
        return None


_PU_CACHE: dict[tuple[int, Month], tuple[ParameterSet, _PuMonth]] = {}


def _pu_rules_cached(p: ParameterSet, m: Month) -> _PuMonth:
    key = (id(p), m)
    hit = _PU_CACHE.get(key)
    if hit is not None and hit[0] is p:
        return hit[1]
    rules = _PuMonth(contribution_rules.month_rules(p, m), m)
    if len(_PU_CACHE) > 4096:
        _PU_CACHE.clear()
    _PU_CACHE[key] = (p, rules)
    return rules


def _fraction_table(np: Any, rules: Sequence[Any], keys: Sequence[str]) -> tuple[dict[str, Any], int, int]:
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


def _pu_vectorized(
    np: Any,
    t: _Table,
    p: ParameterSet,
    rules: list[_PuMonth | None],
    mcode: Any,
    wage: Any,
    fast: Any,
    out: dict[str, Any],
) -> None:
    n = t.n
    keys = [f"jkk{rc.value}" for rc in _RISKS] + ["jkm", "jhte", "jhtw", "jpe", "jpw", "jpkeep", "jkp"]
    num, d, biggest = _fraction_table(np, rules, keys)
    # int64 safety: wage × numerator + d must stay below 2**62 (else the scalar path)
    limit = (_INT63 - d) // max(biggest, d)
    fast &= wage <= limit

    large = _SCALES.index(EmployerScale.LARGE)
    rc_col = t.cols.get("risk_class")
    if rc_col is None:
        rc = np.full(n, -1, dtype=np.int8)
    elif rc_col.ints is not None:
        rc = np.where((rc_col.ints >= 1) & (rc_col.ints <= 5), rc_col.ints - 1, -1).astype(np.int8)
        if rc_col.missing is not None:
            rc[rc_col.missing] = -1
    else:
        rc = rc_col.mapped(np, _risk_code, np.int8, default=-1)
    sc_col = t.cols.get("employer_scale")
    if sc_col is None:
        sc = np.full(n, large, dtype=np.int8)
    elif sc_col.ints is not None:
        sc = np.full(n, -1, dtype=np.int8)
    else:
        sc = sc_col.mapped(np, _scale_code, np.int8, default=large)
    fast &= (rc >= 0) & (sc >= 0)

    # per (month, scale): enrolled programs and JKP membership, flattened to one key
    nm, ns = len(rules), len(_SCALES)
    flags = np.zeros((6, nm * ns), dtype=bool)  # jkk, jkm, jht, jp, jkp_ok, jkp_needs_jp
    cap = np.zeros(nm, dtype=np.int64)
    jkp_cap = np.zeros(nm, dtype=np.int64)
    last_day = np.zeros(nm, dtype=np.int64)
    midx = np.zeros(nm, dtype=np.int64)
    for j, r in enumerate(rules):
        if r is None:
            continue
        for k in range(ns):
            flags[:4, j * ns + k] = r.progs[k]
            flags[4, j * ns + k] = r.jkp_ok[k]
            flags[5, j * ns + k] = r.jkp_needs_jp[k]
        cap[j] = r.cap
        jkp_cap[j] = r.jkp_cap
        last_day[j] = r.last_ordinal - _EPOCH
        midx[j] = r.month_index

    bd_col = t.cols.get("birth_date")
    births = None
    if bd_col is not None and bd_col.ints is None:
        births = _birth_tables(np, p, bd_col.uniques)
    jkk_tab = np.stack([num[f"jkk{rc.value}"] for rc in _RISKS], axis=1).ravel()
    tables = (num, d, flags, cap, jkp_cap, last_day, midx, jkk_tab)
    # in chunks of rows, so that intermediates stay small next to the output block
    for a in range(0, n, _CHUNK):
        b = min(n, a + _CHUNK)
        _pu_chunk(np, a, b, t, tables, births, mcode, wage, rc, sc, fast, out)


_CHUNK: Final = 1 << 18


def _pu_chunk(
    np: Any,
    a: int,
    b: int,
    t: _Table,
    tables: tuple[Any, ...],
    births: tuple[Any, Any] | None,
    mcode_all: Any,
    wage_all: Any,
    rc_all: Any,
    sc_all: Any,
    fast_all: Any,
    out_all: dict[str, Any],
) -> None:
    """Wage-earner amounts of rows ``a:b`` (the fast ones) into the output block."""
    num, d, flags, cap, jkp_cap, last_day, midx, jkk_tab = tables
    ns = len(_SCALES)
    fast = fast_all[a:b]  # views: updates reach the caller
    mcode, sc = mcode_all[a:b], sc_all[a:b]
    out = {k: v[a:b] for k, v in out_all.items()}

    # JP stops from the month of the pension date (PP 45/2015 Pasal 15); rows whose birth
    # date the scalar API would reject go to the scalar path.
    bd_col = t.cols.get("birth_date")
    pension_m = None
    if bd_col is not None:
        has_jp = flags[3][np.where(fast, mcode, 0) * ns + np.where(fast, sc, 0)] & fast
        if births is None:  # an integer birth_date column: the scalar API decides
            missing = bd_col.missing[a:b] if bd_col.missing is not None else np.zeros(b - a, dtype=bool)
            fast &= ~(has_jp & ~missing)
        else:
            b_day, b_pm = births
            codes = bd_col.codes[a:b]
            birth = b_day[codes]
            pension_m = b_pm[codes]
            given = birth != _NO_BIRTH
            bad = has_jp & given & ((birth == _BAD) | (pension_m == _BAD) | (birth > last_day[mcode]))
            fast &= ~bad

    if fast.all():
        sel: Any = slice(None)
    else:
        sel = np.flatnonzero(fast)
        if not len(sel):
            return
    m = mcode[sel]
    w = wage_all[a:b][sel]
    ms = m * ns + sc[sel]
    jkk_on, jkm_on, jht_on, jp_on, jkp_ok, jkp_needs_jp = (f[ms] for f in flags)
    if pension_m is not None:
        pm = pension_m[sel]
        past = jp_on & (pm >= 0) & (midx[m] >= pm)
        jp_on &= ~past
        jkp_ok &= ~(past & jkp_needs_jp)

    # JKK by risk class and JKM (PP 44/2015 Pasal 16, 18; PP 49/2020 discount folded in)
    r = rc_all[a:b][sel].astype(np.int64)
    out["jkk_employer"][sel] = _round_half_up(np, w, jkk_tab[m * len(_RISKS) + r], d) * jkk_on
    out["jkm_employer"][sel] = _round_half_up(np, w, num["jkm"][m], d) * jkm_on
    # JHT (PP 46/2015 Pasal 16), no wage cap
    out["jht_employer"][sel] = _round_half_up(np, w, num["jhte"][m], d) * jht_on
    out["jht_worker"][sel] = _round_half_up(np, w, num["jhtw"][m], d) * jht_on
    # JP on min(wage, cap) (PP 45/2015 Pasal 28, 29); the PP 49/2020 deferral is taken off
    # the rounded amounts and rounded again, as the scalar path does
    base = np.minimum(w, cap[m])
    full_e = _round_half_up(np, base, num["jpe"][m], d) * jp_on
    full_w = _round_half_up(np, base, num["jpw"][m], d) * jp_on
    keep = num["jpkeep"][m]
    if (keep == d).all():
        out["jp_employer"][sel] = full_e
        out["jp_worker"][sel] = full_w
    else:
        due_e = _round_half_up(np, full_e, keep, d)
        due_w = _round_half_up(np, full_w, keep, d)
        out["jp_employer"][sel] = due_e
        out["jp_worker"][sel] = due_w
        out["jp_employer_deferred"][sel] = full_e - due_e
        out["jp_worker_deferred"][sel] = full_w - due_w
    # JKP (PP 37/2021 Pasal 11, as amended): government share on min(wage, JKP cap)
    jbase = np.minimum(w, jkp_cap[m])
    out["jkp_government"][sel] = _round_half_up(np, jbase, num["jkp"][m], d) * jkp_ok


_EPOCH: Final = dt.date(1970, 1, 1).toordinal()
_NO_BIRTH: Final = -(2**40)  # no birth date given
_BAD: Final = -(2**41)  # a birth date the scalar path must judge


def _birth_tables(np: Any, p: ParameterSet, uniques: Sequence[object]) -> tuple[Any, Any]:
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
            days.append(as_date(u, "birth_date").toordinal() - _EPOCH)
        except JamsosError:
            days.append(_BAD)
    b = np.array([*days, _NO_BIRTH], dtype=np.int64)
    pm = np.full(len(b), _BAD, dtype=np.int64)
    pm[-1] = _NO_BIRTH
    valid = b > _BAD // 2
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
    months = np.where(found, result.astype("datetime64[M]").astype(np.int64) + 1970 * 12, _BAD)
    pm[valid] = months
    return b, pm


def _bpu_vectorized(
    np: Any,
    t: _Table,
    rules: list[_BpuMonth | None],
    mcode: Any,
    wage: Any,
    fast: Any,
    out: dict[str, Any],
) -> None:
    n = t.n
    num, d, biggest = _fraction_table(np, rules, ["jkk0", "jkk1", "jkk2", "jht"])
    limit = (_INT63 - d) // max(biggest, d)
    fast &= wage <= limit
    nm = len(rules)
    min_income = np.zeros(nm, dtype=np.int64)
    jkm = np.zeros((nm, 3), dtype=np.int64)
    for j, r in enumerate(rules):
        if r is not None:
            min_income[j] = r.min_income
            jkm[j] = r.jkm
    fast &= wage >= min_income[mcode]
    flags = {}
    for name in ("jht", "transport_worker", "budget_funded"):
        col = t.cols.get(name)
        if col is None:
            flags[name] = np.zeros(n, dtype=np.int8)
        elif col.ints is not None:
            v = np.where(col.ints == 1, 1, np.where(col.ints == 0, 0, -1)).astype(np.int8)
            if col.missing is not None:
                v[col.missing] = 0
            flags[name] = v
        else:
            flags[name] = col.mapped(np, _flag_code, np.int8, default=0)
        fast &= flags[name] >= 0
    idx = np.flatnonzero(fast)
    if not len(idx):
        return
    m = mcode[idx]
    w = wage[idx]
    budget = flags["budget_funded"][idx] == 1
    variant = np.where(budget, 0, np.where(flags["transport_worker"][idx] == 1, 2, 1))
    jkk_tab = np.stack([num["jkk0"], num["jkk1"], num["jkk2"]], axis=1)
    jkk = _round_half_up(np, w, jkk_tab[m, variant], d)
    jkm_v = jkm[m, variant]
    jht = np.where(flags["jht"][idx] == 1, _round_half_up(np, w, num["jht"][m], d), 0)
    for prog, amount in (("jkk", jkk), ("jkm", jkm_v), ("jht", jht)):
        out[f"{prog}_government"][idx] = np.where(budget, amount, 0)
        out[f"{prog}_worker"][idx] = np.where(budget, 0, amount)


def _risk_code(u: object) -> int:
    try:
        return RiskClass.parse(_code(u)).value - 1  # type: ignore[arg-type]
    except JamsosError:
        return -1


def _scale_code(u: object) -> int:
    try:
        return _SCALES.index(EmployerScale.parse(u))  # type: ignore[arg-type]
    except JamsosError:
        return -1


def _flag_code(u: object) -> int:
    f = _flag(u)
    return int(f) if isinstance(f, bool) else -1


# ---------------------------------------------------------------------------------------
# the scalar path, row by row
# ---------------------------------------------------------------------------------------
def _need(t: _Table, name: str, i: int, what: str) -> object:
    v = t.value(name, i)
    if v is MISSING:
        raise InvalidInputError(f"{name} is missing; {what}")
    return v


def _opt(v: object, *, default: object) -> Any:
    return default if v is MISSING else v


def _scalar_row(t: _Table, i: int, p: ParameterSet) -> Contributions:
    """Row ``i`` through :mod:`jamsos.contributions`, with its table values normalized."""
    if i in t.bad_rows:
        raise InvalidInputError(t.bad_rows[i])
    month = _need(t, "month", i, "give the contribution month as YYYY-MM")
    wage = _need(t, "wage", i, "give the monthly wage (PU) or declared income (BPU) in whole rupiah")
    segment = Segment.parse(_opt(t.value("segment", i), default="PU"))
    if segment is Segment.WAGE_EARNER:
        if t.value("risk_class", i) is MISSING:
            contribution_rules.positive_amount(wage, "wage")  # report problems in the scalar API's order
            contribution_rules.contribution_month(month)
        rc = _code(_need(t, "risk_class", i, "a wage earner (PU) row needs a JKK risk class 1-5"))
        programs = t.value("programs", i)
        if isinstance(programs, str):
            programs = tuple(x for x in programs.replace(";", ",").split(",") if x.strip())
        active = _code(t.value("active_participants", i))
        industry = t.value("industry", i)
        return _c.wage_earner(
            wage,  # type: ignore[arg-type]
            month,  # type: ignore[arg-type]
            risk_class=rc,  # type: ignore[arg-type]
            employer_scale=_opt(t.value("employer_scale", i), default=EmployerScale.LARGE),
            birth_date=_opt(t.value("birth_date", i), default=None),
            programs=_opt(programs, default=None),
            labour_intensive_relief=_opt(_flag(t.value("labour_intensive_relief", i)), default=False),
            industry=_opt(industry, default=None),
            active_participants=_opt(active, default=None),
            jkp_member=_opt(_flag(t.value("jkp_member", i)), default=None),
            params=p,
        )
    if segment is Segment.NON_WAGE_EARNER:
        return _c.non_wage_earner(
            wage,  # type: ignore[arg-type]
            month,  # type: ignore[arg-type]
            jht=_opt(_flag(t.value("jht", i)), default=False),
            transport_worker=_opt(_flag(t.value("transport_worker", i)), default=False),
            budget_funded=_opt(_flag(t.value("budget_funded", i)), default=False),
            params=p,
        )
    raise InvalidInputError(
        f"segment {segment.code} is not computed by batch.contributions (PU and BPU only); "
        "use jamsos.contributions.migrant_worker or construction_project"
    )


def _row_amounts(c: Contributions) -> dict[str, int]:
    """The output columns of one scalar result, as ints."""
    row: dict[str, int] = {}
    for col, prog, party in _PROGRAM_PARTIES:
        row[col] = int(getattr(c[prog], party))
    jp_def = c.deferred.get(Program.JP)
    row["jp_employer_deferred"] = int(jp_def.employer) if jp_def else 0
    row["jp_worker_deferred"] = int(jp_def.worker) if jp_def else 0
    row["employer"] = int(c.employer)
    row["worker"] = int(c.worker)
    row["government"] = int(c.government)
    row["total"] = int(c.total)
    return row


def row_amounts(row: Mapping[str, object], *, params: ParameterSet | None = None) -> dict[str, int]:
    """The output columns for one row, computed by the scalar API (the reference).

    >>> row_amounts({"month": "2025-06", "wage": 8_000_000, "risk_class": 1})["total"]
    750200
    """
    t = _Table([row], INPUT_COLUMNS, _RecordsOnly())
    return _row_amounts(_scalar_row(t, 0, resolve(params)))


class _RecordsOnly:
    """Stand-in for numpy so a list of rows can be encoded without it (scalar path)."""

    intp = int

    @staticmethod
    def empty(n: int, dtype: object = None) -> list[int]:
        return [0] * n


def _contributions_scalar_only(table: Any, errors: str, p: ParameterSet) -> Any:
    t = _Table(table, INPUT_COLUMNS, _RecordsOnly())
    rows: list[dict[str, object]] = []
    failures: dict[int, JamsosError] = {}
    for i, src in enumerate(t.source):
        try:
            amounts = _row_amounts(_scalar_row(t, i, p))
        except JamsosError as exc:
            failures[i] = exc
            continue
        rows.append({**src, **amounts})
    return _report(t, rows, failures, errors)


# ---------------------------------------------------------------------------------------
# output tables
# ---------------------------------------------------------------------------------------
def _finish(
    np: Any,
    t: _Table,
    out: dict[str, Any],
    failures: Mapping[int, JamsosError],
    errors: str,
    columns: Sequence[str],
    *,
    block: bool = False,
) -> Any:
    good = None
    if failures:
        mask = np.ones(t.n, dtype=bool)
        mask[list(failures)] = False
        good = np.flatnonzero(mask)
        if errors == "raise":
            _raise(t, failures)
    if t.kind == "pandas":
        pd = optional.pandas_or_none()
        src = t.source
        kept = src if good is None else src.iloc[good]
        if block and t.n:
            whole_block = out[columns[0]].base
            data = whole_block if good is None else whole_block[:, good]
            new = pd.DataFrame(data.T, columns=list(columns), copy=False)
        else:
            new = pd.DataFrame({c: (out[c] if good is None else out[c][good]) for c in columns})
        base = kept.drop(columns=[c for c in columns if c in kept.columns])
        # positional join: a duplicated index must not be aligned on
        result: Any = pd.concat([base.reset_index(drop=True), new], axis=1)
        result.index = base.index
    elif t.kind == "arrow":
        pa = optional.import_extra("pyarrow", "arrow")
        src = t.source
        kept = src if good is None else src.take(pa.array(good))
        for c in columns:
            if c in kept.column_names:
                kept = kept.drop([c])
        for c in columns:
            vals = out[c] if good is None else out[c][good]
            kept = kept.append_column(c, pa.array(vals) if vals.dtype != object else pa.array(list(vals)))
        result = kept
    else:
        rows = []
        keep = range(t.n) if good is None else good.tolist()
        lists = {c: out[c].tolist() for c in columns}
        for i in keep:
            src_row = t.source[i]
            row = dict(src_row)
            for c in columns:
                row[c] = lists[c][i]
            rows.append(row)
        result = rows
    if errors == "collect":
        return result, _errors_table(t, failures)
    return result


def _raise(t: _Table, failures: Mapping[int, JamsosError]) -> None:
    items = tuple((i, str(failures[i])) for i in sorted(failures))
    first = items[0]
    wid = t.worker_id(first[0])
    who = f" (worker {wid!r})" if wid is not None else ""
    raise BatchError(
        f"{len(items)} of {t.n} rows could not be computed; first: row {first[0]}{who}: {first[1]}. "
        "The error's .errors lists every (index, reason); pass errors='collect' to keep the good rows",
        errors=items,
    )


def _errors_table(t: _Table, failures: Mapping[int, JamsosError]) -> Any:
    records = [
        {
            "index": i,
            "worker_id": t.worker_id(i),
            "error": type(failures[i]).__name__,
            "reason": str(failures[i]),
        }
        for i in sorted(failures)
    ]
    if t.kind == "pandas":
        pd = optional.pandas_or_none()
        frame = pd.DataFrame(records, columns=list(ERROR_COLUMNS))
        frame["index"] = frame["index"].astype("int64")
        return frame
    if t.kind == "arrow":
        pa = optional.import_extra("pyarrow", "arrow")
        return pa.table(
            {
                "index": pa.array([r["index"] for r in records], type=pa.int64()),
                "worker_id": pa.array([_arrowable(r["worker_id"]) for r in records]),
                "error": pa.array([r["error"] for r in records], type=pa.string()),
                "reason": pa.array([r["reason"] for r in records], type=pa.string()),
            }
        )
    return records


def _arrowable(v: object) -> object:
    return v if v is None or isinstance(v, str | int) else str(v)


def _report(
    t: _Table, rows: list[dict[str, object]], failures: Mapping[int, JamsosError], errors: str
) -> Any:
    if failures and errors == "raise":
        _raise(t, failures)
    if errors == "collect":
        return rows, _errors_table(t, failures)
    return rows


# ---------------------------------------------------------------------------------------
# aggregations for budgeting
# ---------------------------------------------------------------------------------------
_PARTIES: Final = ("employer", "worker", "government")


def aggregate(result: Any, *, by: Sequence[str] = ("month",)) -> Any:
    """Sum an output of :func:`contributions` by ``by`` columns, program and party.

    Returns the same kind of table in long form: the ``by`` columns, ``program``
    (jkk, jkm, jht, jp, jkp), ``party`` (employer, worker, government) and ``amount``
    (int). Only non-zero sums are listed. ``by=()`` gives the grand totals.

    >>> out = contributions([{"month": "2025-06", "wage": 8_000_000, "risk_class": 1},
    ...                      {"month": "2025-06", "wage": 5_000_000, "risk_class": 1}])
    >>> [(r["program"], r["party"], r["amount"]) for r in aggregate(out)][:3]
    [('jkk', 'employer', 31200), ('jkm', 'employer', 39000), ('jht', 'employer', 481000)]
    """
    if isinstance(by, str):
        by = (by,)
    by = tuple(by)
    kind = _kind(result)
    if kind == "arrow":
        pd = optional.pandas_or_none()
        pa = optional.import_extra("pyarrow", "arrow")
        if pd is None:
            return pa.Table.from_pylist(aggregate(result.to_pylist(), by=by))
        frame = aggregate(result.to_pandas(), by=by)
        return pa.Table.from_pandas(frame, preserve_index=False)
    if kind == "pandas":
        pd = optional.pandas_or_none()
        missing = [c for c in (*by, *_program_columns()) if c not in result.columns]
        if missing:
            raise InvalidInputError(
                f"columns {missing} are not in the table; pass an output of contributions()"
            )
        cols = list(_program_columns())
        bad = [c for c in cols if result[c].dtype.kind not in "iu"]
        if bad:
            raise InvalidInputError(f"columns {bad} must hold whole rupiah as integers")
        sums = result.groupby(list(by), sort=True)[cols].sum() if by else result[cols].sum().to_frame().T
        frames = []
        for col, prog, party in _PROGRAM_PARTIES:
            part = sums[[col]].rename(columns={col: "amount"})
            part = part.assign(program=prog.code, party=party)
            frames.append(part)
        long = pd.concat(frames)
        if by:
            long = long.reset_index()
        long = long[long["amount"] != 0]
        order = {p.code: i for i, p in enumerate(Program)}
        long = long.assign(
            _o=long["program"].map(order), _q=long["party"].map({p: i for i, p in enumerate(_PARTIES)})
        )
        long = long.sort_values([*by, "_o", "_q"], kind="stable").drop(columns=["_o", "_q"])
        long["amount"] = long["amount"].astype("int64")
        return long[[*by, "program", "party", "amount"]].reset_index(drop=True)
    totals: dict[tuple[object, ...], int] = {}
    for row in result:
        if not isinstance(row, Mapping):
            raise InvalidInputError(f"aggregate() needs mappings, got {type(row).__name__}")
        try:
            key = tuple(str(row[b]) if isinstance(row[b], Month) else row[b] for b in by)
            for col, prog, party in _PROGRAM_PARTIES:
                amount = row[col]
                if isinstance(amount, bool) or not isinstance(amount, int):
                    raise InvalidInputError(f"{col} must hold whole rupiah as int, got {amount!r}")
                if amount:
                    k = (*key, prog.code, party)
                    totals[k] = totals.get(k, 0) + amount
        except KeyError as exc:
            raise InvalidInputError(
                f"column {exc.args[0]!r} is not in a row; pass an output of contributions()"
            ) from None
        except TypeError as exc:
            raise InvalidInputError(f"cannot group by {by}: {exc}") from None
    order = {p.code: i for i, p in enumerate(Program)}

    def sort_key(item: tuple[tuple[object, ...], int]) -> tuple[object, ...]:
        k = item[0]
        return (*(str(x) for x in k[: len(by)]), order[str(k[-2])], _PARTIES.index(str(k[-1])))

    return [
        {**dict(zip(by, k[: len(by)], strict=True)), "program": k[-2], "party": k[-1], "amount": v}
        for k, v in sorted(totals.items(), key=sort_key)
    ]


def _program_columns() -> tuple[str, ...]:
    return tuple(col for col, _p, _q in _PROGRAM_PARTIES)


# ---------------------------------------------------------------------------------------
# benefits in bulk: JP pension dates
# ---------------------------------------------------------------------------------------
def pension(table: Any, *, errors: str = "raise", params: ParameterSet | None = None) -> Any:
    """JP pension date, the pension age then reached, and the last registration month.

    For a table with a ``birth_date`` column (dates or ``YYYY-MM-DD``), each distinct
    birth date computed once with :func:`jamsos.jp.pension_date` and
    :func:`jamsos.jp.last_registration_month` (PP 45/2015 Pasal 15; the pension age in
    force on the pension date). Adds :data:`PENSION_COLUMNS`: ``pension_age`` (int),
    ``pension_date`` (date) and ``last_registration_month`` (``"YYYY-MM"``). ``errors``
    as in :func:`contributions`.

    >>> row = pension([{"worker_id": 1, "birth_date": "1965-07-16"}])[0]
    >>> row["pension_age"], row["pension_date"], row["last_registration_month"]
    (58, datetime.date(2023, 7, 16), '2023-06')
    """
    from jamsos import jp

    if errors not in ("raise", "collect"):
        raise InvalidInputError(f"errors must be 'raise' or 'collect', got {errors!r}")
    p = resolve(params)
    kind = _kind(table)
    try:
        np: Any = optional.require_numpy()
    except MissingDependencyError:
        if kind != "records":
            raise
        np = _RecordsOnly()
    t = _Table(table, ("worker_id", "birth_date"), np)
    if "birth_date" not in t.cols and t.n:
        raise InvalidInputError("the table has no 'birth_date' column")
    col = t.cols.get("birth_date")
    cache: dict[int, tuple[int, dt.date, str] | JamsosError] = {}
    ages: list[int] = []
    dates: list[dt.date | None] = []
    months: list[str] = []
    failures: dict[int, JamsosError] = {}
    for i in range(t.n):
        key = -2 if col is None or col.ints is not None else int(col.codes[i])
        hit = None if i in t.bad_rows else cache.get(key)
        if hit is None:
            try:
                if i in t.bad_rows:
                    raise InvalidInputError(t.bad_rows[i])
                raw = t.value("birth_date", i)
                if raw is MISSING:
                    raise InvalidInputError("birth_date is missing; write YYYY-MM-DD")
                birth = as_date(raw, "birth_date")
                when = jp.pension_date(birth, params=p)
                hit = (
                    jp.pension_age(when, params=p),
                    when,
                    str(jp.last_registration_month(birth, params=p)),
                )
            except JamsosError as exc:
                hit = exc
            if i not in t.bad_rows:
                cache[key] = hit
        if isinstance(hit, JamsosError):
            failures[i] = hit
            ages.append(0)
            dates.append(None)
            months.append("")
            continue
        ages.append(hit[0])
        dates.append(hit[1])
        months.append(hit[2])
    if isinstance(np, _RecordsOnly):
        rows = [
            {**src, "pension_age": a, "pension_date": d, "last_registration_month": m}
            for i, (src, a, d, m) in enumerate(zip(t.source, ages, dates, months, strict=True))
            if i not in failures
        ]
        return _report(t, rows, failures, errors)
    out = {
        "pension_age": np.array(ages, dtype=np.int64),
        "pension_date": np.array(dates, dtype=object),
        "last_registration_month": np.array(months, dtype=object),
    }
    return _finish(np, t, out, failures, errors, PENSION_COLUMNS)


def _jkp_cash(get: Callable[[str], object], p: ParameterSet) -> Any:
    from jamsos import jkp

    claim = get("claim_on")
    return jkp.cash_benefit(
        wage=get("wage"),  # type: ignore[arg-type]
        terminated_on=as_date(get("terminated_on"), "terminated_on"),
        claim_on=None if claim is MISSING else as_date(claim, "claim_on"),
        params=p,
    )


def _jkm_death(get: Callable[[str], object], p: ParameterSet) -> Any:
    from jamsos import jkm

    months = get("contribution_months")
    if months is not MISSING and not isinstance(months, int):
        months = int(str(months)) if str(months).strip().isdigit() else months
    return jkm.death_benefit(
        died_on=as_date(get("died_on"), "died_on"),
        contribution_months=None if months is MISSING else months,  # type: ignore[arg-type]
        params=p,
    )


def _jkk_death(get: Callable[[str], object], p: ParameterSet) -> Any:
    from jamsos import jkk

    return jkk.death_benefit(wage=get("wage"), on=as_date(get("on"), "on"), params=p)


#: Bulk benefits: kind → (input columns (the first ones required), scalar function).
BENEFIT_KINDS: Final[
    Mapping[str, tuple[tuple[str, ...], Callable[[Callable[[str], object], ParameterSet], Any]]]
] = {
    "jkp_cash": (("wage", "terminated_on", "claim_on"), _jkp_cash),
    "jkm_death": (("died_on", "contribution_months"), _jkm_death),
    "jkk_death": (("wage", "on"), _jkk_death),
}
#: Columns :func:`benefits` adds: the award's total (int64 rupiah), its number of payments and
#: the date or month of the first payment.
BENEFIT_COLUMNS: Final = ("benefit_total", "benefit_payments", "benefit_first_payment")


def benefits(table: Any, *, kind: str, errors: str = "raise", params: ParameterSet | None = None) -> Any:
    """Fixed-formula benefits for many people at once, through the scalar API row by row.

    ``kind`` is ``"jkp_cash"`` (columns ``wage``, ``terminated_on``, optional ``claim_on``:
    :func:`jamsos.jkp.cash_benefit`), ``"jkm_death"`` (``died_on``, optional
    ``contribution_months``: :func:`jamsos.jkm.death_benefit`) or ``"jkk_death"`` (``wage``,
    ``on``: :func:`jamsos.jkk.death_benefit`). Adds :data:`BENEFIT_COLUMNS`; the law is chosen
    by each row's event date, exactly as the scalar function does. ``errors`` as in
    :func:`contributions`.

    >>> rows = benefits([{"worker_id": 1, "died_on": "2025-05-10"}], kind="jkm_death")
    >>> rows[0]["benefit_total"], rows[0]["benefit_payments"]
    (42000000, 1)
    """
    if errors not in ("raise", "collect"):
        raise InvalidInputError(f"errors must be 'raise' or 'collect', got {errors!r}")
    if kind not in BENEFIT_KINDS:
        raise InvalidInputError(f"unknown benefit kind {kind!r}; accepted: {', '.join(BENEFIT_KINDS)}")
    names, compute = BENEFIT_KINDS[kind]
    p = resolve(params)
    table_kind = _kind(table)
    try:
        np: Any = optional.require_numpy()
    except MissingDependencyError:
        if table_kind != "records":
            raise
        np = _RecordsOnly()
    t = _Table(table, ("worker_id", *names), np)
    totals: list[int] = []
    counts: list[int] = []
    firsts: list[object] = []
    failures: dict[int, JamsosError] = {}
    for i in range(t.n):
        try:
            if i in t.bad_rows:
                raise InvalidInputError(t.bad_rows[i])

            def get(name: str, i: int = i) -> object:
                return t.value(name, i) if name in t.cols else MISSING

            award = compute(get, p)
            totals.append(int(award.total.rounded()))
            counts.append(len(award.payments))
            first = award.payments[0][0] if award.payments else None
            firsts.append(str(first) if isinstance(first, Month) else first)
        except JamsosError as exc:
            failures[i] = exc
            totals.append(0)
            counts.append(0)
            firsts.append(None)
    if isinstance(np, _RecordsOnly):
        rows = [
            {**src, "benefit_total": a, "benefit_payments": c, "benefit_first_payment": f}
            for i, (src, a, c, f) in enumerate(zip(t.source, totals, counts, firsts, strict=True))
            if i not in failures
        ]
        return _report(t, rows, failures, errors)
    out = {
        "benefit_total": np.array(totals, dtype=np.int64),
        "benefit_payments": np.array(counts, dtype=np.int64),
        "benefit_first_payment": np.array(firsts, dtype=object),
    }
    return _finish(np, t, out, failures, errors, BENEFIT_COLUMNS)
