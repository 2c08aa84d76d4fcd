"""What a batch call gives back besides the amounts: the rows that failed, the first error in
raise mode, the errors table in collect mode, and the output table itself.
"""

from __future__ import annotations

import contextlib
import contextvars
import heapq
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

from jamsos import optional
from jamsos.batch.tables import ERROR_COLUMNS, Table
from jamsos.errors import BatchError, JamsosError
from jamsos.i18n import N_

#: How many bad rows a raise-mode :class:`~jamsos.errors.BatchError` lists (the first, by
#: row); the rest are counted, never held: memory stays flat whatever the number of bad rows.
RAISE_KEEPS: Final = 20


class Failures:
    """The bad rows of one batch call, by row index.

    ``errors="collect"``: every failure is kept (the errors table lists each one).
    ``errors="raise"``: only the :data:`RAISE_KEEPS` first rows (lowest indices, whatever
    order they are found in) are kept, the others counted; the call raises before any good
    row is returned, so ``in`` is only asked of kept rows.
    """

    __slots__ = ("_heap", "_kept", "_limit", "count")

    def __init__(self, errors: str) -> None:
        self._limit = RAISE_KEEPS if errors == "raise" else None
        self._kept: dict[int, JamsosError] = {}
        self._heap: list[int] = []  # negated kept indices: the largest kept row on top
        #: every failure seen, kept or not
        self.count = 0

    def __setitem__(self, row: int, exc: JamsosError) -> None:
        if row in self._kept:
            self._kept[row] = exc
            return
        self.count += 1
        if self._limit is None:
            self._kept[row] = exc
        elif len(self._kept) < self._limit:
            self._kept[row] = exc
            heapq.heappush(self._heap, -row)
        elif row < -self._heap[0]:
            del self._kept[-heapq.heappushpop(self._heap, -row)]
            self._kept[row] = exc

    def __getitem__(self, row: int) -> JamsosError:
        return self._kept[row]

    def __contains__(self, row: object) -> bool:
        return row in self._kept

    def __iter__(self) -> Iterator[int]:
        return iter(self._kept)

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0


# ---------------------------------------------------------------------------------------
# output tables
# ---------------------------------------------------------------------------------------
def finish(
    np: Any,
    t: Table,
    out: dict[str, Any],
    failures: Mapping[int, JamsosError] | Failures,
    errors: str,
    columns: Sequence[str],
    *,
    block: bool = False,
) -> Any:
    good = None
    if failures:
        if errors == "raise":
            raise_first(t, failures)
        mask = np.ones(t.n, dtype=bool)
        mask[list(failures)] = False
        good = np.flatnonzero(mask)
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


def raise_first(t: Table, failures: Mapping[int, JamsosError] | Failures) -> None:
    """Raise the :class:`BatchError` of raise mode: the first bad rows and the count of all."""
    items = tuple((i, str(failures[i])) for i in sorted(failures)[:RAISE_KEEPS])
    first = items[0][0]
    wid = t.worker_id(first)
    # the error itself is the reason: message(lang) renders it in the reader's language
    common: dict[str, Any] = {
        "n": len(failures),
        "total": t.n,
        "row": first,
        "reason": failures[first],
        "kept": len(items),
    }
    if wid is None:
        raise BatchError(
            N_(
                "{n} of {total} rows could not be computed; first: row {row}{who}: {reason}. The "
                "error's .errors lists the first {kept} (index, reason); pass errors='collect' to keep "
                "the good rows and every rejected one"
            ),
            errors=items,
            rejected=len(failures),
            who="",
            **common,
        )
    raise BatchError(
        N_(
            "{n} of {total} rows could not be computed; first: row {row} (worker {worker!r}): {reason}. "
            "The error's .errors lists the first {kept} (index, reason); pass errors='collect' to keep "
            "the good rows and every rejected one"
        ),
        errors=items,
        rejected=len(failures),
        worker=wid,
        **common,
    )


#: Language of the rejected rows' reasons; ``None``: English (``str(exc)``, what code reads).
_REASON_LANG: Final[contextvars.ContextVar[str | None]] = contextvars.ContextVar(
    "jamsos_reason_lang", default=None
)


@contextlib.contextmanager
def reasons_in(lang: str | None) -> Iterator[None]:
    """Inside the block, rejected rows' reasons are written in ``lang`` (the CLI's language).

    Outside, a reason is the error's English text, what a program comparing reasons expects.
    """
    token = _REASON_LANG.set(lang)
    try:
        yield
    finally:
        _REASON_LANG.reset(token)


def reason_text(exc: JamsosError) -> str:
    """The reason of a rejected row: English, or the language set by :func:`reasons_in`."""
    lang = _REASON_LANG.get()
    return str(exc) if lang is None or lang == "en" else exc.message(lang)


def _errors_table(t: Table, failures: Mapping[int, JamsosError] | Failures) -> Any:
    records = [
        {
            "index": i,
            "worker_id": t.worker_id(i),
            "error": type(failures[i]).__name__,
            "reason": reason_text(failures[i]),
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


def report(
    t: Table, rows: list[dict[str, object]], failures: Mapping[int, JamsosError] | Failures, errors: str
) -> Any:
    if failures and errors == "raise":
        raise_first(t, failures)
    if errors == "collect":
        return rows, _errors_table(t, failures)
    return rows
