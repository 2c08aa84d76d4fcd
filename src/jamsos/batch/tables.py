"""Tables into jamsos.batch: the columns, and reading pandas, pyarrow or records into factorized
columns (what a call gives back is built by :mod:`jamsos.batch.outcome`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final

from jamsos import optional
from jamsos.domain import Program
from jamsos.errors import InvalidInputError, JamsosError, MoneyTypeError
from jamsos.i18n import N_, type_name
from jamsos.money import to_decimal
from jamsos.notation import parse_count, parse_number
from jamsos.periods import Month

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
    "covid_relief_eligible",
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


PROGRAM_PARTIES: Final = tuple(
    (col, Program(col.split("_")[0]), col.split("_")[1])
    for col in OUTPUT_COLUMNS
    if not col.endswith("_deferred") and "_" in col
)


def kind_of_table(table: object) -> str:
    mod = type(table).__module__.split(".")[0]
    name = type(table).__name__
    if mod == "pandas" and name == "DataFrame":
        return "pandas"
    if mod == "pyarrow" and name == "Table":
        return "arrow"
    if isinstance(table, str | bytes | Mapping) or not isinstance(table, Iterable):
        raise InvalidInputError(
            N_(
                "a batch table must be a pandas DataFrame, a pyarrow Table or an iterable of "
                "mappings (one dict per worker-month), got {kind}"
            ),
            kind=type_name(table),
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


def plain_cell(v: object) -> object:
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
    if isinstance(v, dt.datetime):
        # a date column typed datetime64 (pandas Timestamp): midnight is that date; a time of
        # day or a timezone is passed on, and the scalar API refuses it
        return v.date() if v.tzinfo is None and v.time() == dt.time(0) else v
    if isinstance(v, float):
        # NaN marks an empty cell; any other float is passed on as a float so that the
        # scalar API refuses it (MoneyTypeError): money never travels as a float.
        return MISSING if v != v else float(v)
    if name == "datetime64":
        if v != v:
            return MISSING
        return plain_cell(v.astype("datetime64[D]").item())  # type: ignore[attr-defined]
    if hasattr(v, "dtype") and hasattr(v, "item"):  # other numpy scalars
        return plain_cell(v.item())
    return v


def code_cell(v: object) -> object:
    """A code-like cell (risk class, flags): integral floats (pandas NaN upcast) become ints."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def amount_cell(v: object) -> object:
    """A money cell: text in Python notation (``1500000``, ``1500000.0``) or Indonesian
    notation as spreadsheets export it (``1.500.000``, ``1.500.000,50``) becomes a Decimal;
    anything else is passed on for the scalar API to accept or refuse."""
    if not isinstance(v, str):
        return v
    try:
        return to_decimal(v, "amount")
    except JamsosError:
        pass
    try:
        return parse_number(v)
    except JamsosError:
        return v


def count_cell(v: object) -> object:
    """A count cell (``active_participants``): text such as ``"120"`` or ``"1.200"`` becomes an
    int, an integral float (pandas upcast) too; anything else is passed on to be refused."""
    v = code_cell(v)
    if isinstance(v, str) and v.strip():
        try:
            return parse_count(v, what="count")
        except JamsosError:
            return v
    return v


_TRUE: Final = frozenset({"true", "t", "yes", "y", "ya", "1"})

_FALSE: Final = frozenset({"false", "f", "no", "n", "tidak", "0"})


def flag_cell(v: object) -> object:
    """A yes/no cell: bools, 0/1, and the words true/false, yes/no, ya/tidak."""
    v = code_cell(v)
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
class Column:
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


def _encode_list(np: Any, values: Sequence[object]) -> Column:
    index: dict[tuple[type, object], int] = {}
    uniques: list[object] = []
    codes = np.empty(len(values), dtype=np.intp)
    for i, raw in enumerate(values):
        v = plain_cell(raw)
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
    return Column(len(values), codes=codes, uniques=uniques)


def _encode_pandas(np: Any, pd: Any, s: Any, name: str) -> Column:
    n = len(s)
    kind = s.dtype.kind
    numpy_dtype = isinstance(s.dtype, np.dtype)
    if numpy_dtype and kind in "iu" and not (kind == "u" and n and int(s.max()) >= 2**63):
        return Column(n, ints=s.to_numpy(dtype=np.int64))
    if not numpy_dtype and str(s.dtype) in ("Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32"):
        return Column(n, ints=s.to_numpy(dtype=np.int64, na_value=0), missing=s.isna().to_numpy())
    if kind == "f" and name == "wage":
        raise MoneyTypeError(
            N_(
                "the wage column holds floats, which cannot hold rupiah exactly; use an "
                "integer column (df['wage'].astype('Int64') keeps missing values) or "
                "strings/Decimals"
            )
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
    norm = [plain_cell(u) for u in uniques]
    if any(u is MISSING for u in norm):  # blank strings
        remap = np.array([-1 if u is MISSING else i for i, u in enumerate(norm)] + [-1], dtype=np.int32)
        codes = remap[codes]
    return Column(n, codes=np.asarray(codes, dtype=np.int32), uniques=norm)


def _arrow_backed(s: Any) -> bool:
    """pandas string or ArrowDtype columns: encode them in arrow, without Python objects."""
    dtype = s.dtype
    return getattr(dtype, "storage", None) == "pyarrow" or type(dtype).__name__ == "ArrowDtype"


def _encode_arrow(np: Any, pa: Any, col: Any, name: str) -> Column:
    n = len(col)
    t = col.type
    if pa.types.is_integer(t) and not pa.types.is_uint64(t):
        if col.null_count == 0:
            return Column(n, ints=col.to_numpy().astype(np.int64, copy=False))
        missing = col.is_null().to_numpy()
        filled = col.fill_null(0).to_numpy().astype(np.int64, copy=False)
        return Column(n, ints=filled, missing=missing)
    if pa.types.is_floating(t) and name == "wage":
        raise MoneyTypeError(
            N_(
                "the wage column holds floats, which cannot hold rupiah exactly; use an "
                "int64, string or decimal column"
            )
        )
    if n == 0:
        return Column(0, codes=np.empty(0, dtype=np.intp), uniques=())
    arr = col.combine_chunks() if hasattr(col, "combine_chunks") else col
    enc = arr if pa.types.is_dictionary(arr.type) else arr.dictionary_encode()
    codes = enc.indices.fill_null(-1).to_numpy().astype(np.int32)
    norm = [plain_cell(u) for u in enc.dictionary.to_pylist()]
    if any(u is MISSING for u in norm):
        remap = np.array([-1 if u is MISSING else i for i, u in enumerate(norm)] + [-1], dtype=np.int32)
        codes = remap[codes]
    return Column(n, codes=codes, uniques=norm)


class _LazyColumns:
    """The columns jamsos reads, encoded on first use (a PU-only table never encodes BPU flags)."""

    def __init__(self, present: Iterable[str], encode: Callable[[str], Column]) -> None:
        self._present = frozenset(present)
        self._encode = encode
        self._done: dict[str, Column] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._present

    def get(self, name: str) -> Column | None:
        if name not in self._present:
            return None
        col = self._done.get(name)
        if col is None:
            col = self._done[name] = self._encode(name)
        return col

    def __getitem__(self, name: str) -> Column:
        col = self.get(name)
        if col is None:
            raise KeyError(name)
        return col


class Table:
    """The input table, its kind, its rows count and the columns jamsos reads."""

    def __init__(self, table: object, names: Sequence[str], np: Any) -> None:
        self.kind = kind_of_table(table)
        self.source: Any = table
        self.bad_rows: dict[int, str] = {}  # records that are not mappings: their type's name
        src: Any = table
        if self.kind == "pandas":
            pd = optional.pandas_or_none()
            self.n = len(src)
            labels = list(src.columns)
            for name in names:
                if labels.count(name) > 1:
                    raise InvalidInputError(N_("column {name!r} appears more than once"), name=name)
            self.cols = _LazyColumns(
                (x for x in names if x in labels), lambda name: _encode_pandas(np, pd, src[name], name)
            )
        elif self.kind == "arrow":
            pa = optional.import_extra("pyarrow", "arrow")
            self.n = src.num_rows
            for name in names:
                if src.column_names.count(name) > 1:
                    raise InvalidInputError(N_("column {name!r} appears more than once"), name=name)
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
                    self.bad_rows[i] = type_name(r)

            def encode(name: str) -> Column:
                return _encode_list(np, [r.get(name) if isinstance(r, Mapping) else None for r in rows])

            self.cols = _LazyColumns(present, encode)

    def value(self, name: str, i: int) -> object:
        col = self.cols.get(name)
        return MISSING if col is None else col.value(i)

    def worker_id(self, i: int) -> object:
        v = self.value("worker_id", i)
        return None if v is MISSING else v
