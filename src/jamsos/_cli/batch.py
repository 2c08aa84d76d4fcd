"""``jamsos batch``: contributions (or JP pension dates) for a whole CSV or Parquet file.

``jamsos batch gaji.csv -o iuran.csv`` reads worker-months (the columns of
:func:`jamsos.batch.contributions`), writes the same rows with the contribution columns
added, and prints a summary (rows read, written, rejected) on stderr, with a progress
line for large files. The file format follows the extension (``.csv`` or ``.parquet``);
CSV works without pandas (stdlib ``csv``), Parquet needs pyarrow.

By default one bad row stops the run (``--errors raise``): nothing is written, and every
bad row is listed. ``--errors collect`` writes the good rows and the rejected ones, with
their reason, to ``--rejected`` (default: ``<output>.rejected.csv``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jamsos import batch
from jamsos._cli.common import add_output_options
from jamsos.errors import BatchError, InvalidInputError, JamsosError

__all__ = ["register", "run"]

#: Files larger than this get a progress line on stderr.
PROGRESS_BYTES = 5_000_000


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``batch`` (alias ``massal``)."""
    p = sub.add_parser(
        "batch",
        aliases=["massal"],
        help="contributions for every row of a CSV or Parquet file",
        description=(
            "Contributions of every worker-month of a file (columns: worker_id, month, wage, "
            "segment, risk_class, employer_scale, birth_date, ...). "
            "Example: jamsos batch gaji.csv -o iuran.csv --errors collect"
        ),
    )
    p.add_argument("input", help="input file, .csv or .parquet")
    p.add_argument("-o", "--output", required=True, help="output file, .csv or .parquet")
    p.add_argument(
        "--hitung",
        "--compute",
        dest="compute",
        choices=("contributions", "pension"),
        default="contributions",
        help="what to compute: contributions (default) or JP pension dates (needs birth_date)",
    )
    p.add_argument(
        "--errors",
        choices=("raise", "collect"),
        default="raise",
        help="raise: stop and list every bad row (default); collect: write good rows, reject bad ones",
    )
    p.add_argument("--rejected", help="where rejected rows go with --errors collect (.csv or .parquet)")
    p.add_argument("--chunk-size", type=int, default=200_000, help="rows per chunk (default 200000)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress line")
    add_output_options(p)
    p.set_defaults(func=run)


def _format(path: str) -> str:
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    raise InvalidInputError(f"{path}: unknown file type {suffix!r}; use .csv or .parquet")


def _chunks(path: str, size: int) -> Iterator[Any]:
    """The input in chunks; a file that cannot be parsed is a user mistake (exit 2)."""
    try:
        yield from _read(path, size)
    except (ValueError, UnicodeDecodeError, csv.Error) as exc:
        if isinstance(exc, JamsosError):
            raise
        raise InvalidInputError(f"{path}: cannot read the file: {exc}") from None


def _read(path: str, size: int) -> Iterator[Any]:
    """The input in chunks: pandas frames, arrow tables, or lists of dicts (no pandas)."""
    if not os.path.exists(path):
        raise InvalidInputError(f"input file {path!r} does not exist")
    if _format(path) == "parquet":
        pq = batch._import("pyarrow.parquet", "arrow")
        pa = batch._import("pyarrow", "arrow")
        for rb in pq.ParquetFile(path).iter_batches(batch_size=size):
            yield pa.Table.from_batches([rb])
        return
    pd = batch._pandas_or_none()
    if pd is not None:
        # every cell as text: no float guessing; blank cells are missing values
        yield from pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=size)
        return
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows: list[dict[str, object]] = []
        for row in csv.DictReader(fh):
            rows.append(dict(row))
            if len(rows) >= size:
                yield rows
                rows = []
        if rows:
            yield rows


class _Writer:
    """Writes tables of any kind to CSV or Parquet, chunk by chunk."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.format = _format(path)
        self.rows = 0
        self._fh: Any = None
        self._csv: Any = None
        self._pq: Any = None
        self._header = False

    def write(self, table: Any) -> None:
        n = len(table) if not hasattr(table, "num_rows") else table.num_rows
        self.rows += n
        if self.format == "parquet":
            pa = batch._import("pyarrow", "arrow")
            pq = batch._import("pyarrow.parquet", "arrow")
            if isinstance(table, list):
                table = pa.Table.from_pylist(table)
            elif not isinstance(table, pa.Table):
                table = pa.Table.from_pandas(table, preserve_index=False)
            if self._pq is None:
                self._pq = pq.ParquetWriter(self.path, table.schema)
            else:
                table = table.cast(self._pq.schema)
            self._pq.write_table(table)
            return
        if isinstance(table, list):
            if self._fh is None:
                self._fh = open(self.path, "w", newline="", encoding="utf-8")  # noqa: SIM115
            if table and self._csv is None:
                self._csv = csv.DictWriter(self._fh, fieldnames=list(table[0]))
                self._csv.writeheader()
            if self._csv is not None:
                self._csv.writerows(table)
            return
        if hasattr(table, "to_pandas"):
            table = table.to_pandas()
        table.to_csv(self.path, mode="a" if self._header else "w", header=not self._header, index=False)
        self._header = True

    def close(self) -> None:
        if self._pq is not None:
            self._pq.close()
        if self._fh is not None:
            self._fh.close()
        if self.format == "csv" and self._fh is None and not self._header:
            Path(self.path).write_text("", encoding="utf-8")


def _shift(errors: Any, offset: int) -> Any:
    """Make an errors table's row positions count from the start of the file."""
    if isinstance(errors, list):
        return [{**e, "index": e["index"] + offset} for e in errors]
    if hasattr(errors, "to_pandas"):
        pa = batch._import("pyarrow", "arrow")
        pc = batch._import("pyarrow.compute", "arrow")
        col = pc.add(errors.column("index"), pa.scalar(offset, pa.int64()))
        return errors.set_column(0, "index", col)
    errors = errors.copy()
    errors["index"] = errors["index"] + offset
    return errors


def _records(errors: Any) -> list[dict[str, Any]]:
    if isinstance(errors, list):
        return errors
    if hasattr(errors, "to_pylist"):
        return list(errors.to_pylist())
    return list(errors.to_dict("records"))


def run(args: argparse.Namespace) -> int:
    """Read, compute chunk by chunk, write, and report."""
    if args.chunk_size < 1:
        raise InvalidInputError("--chunk-size must be at least 1")
    if args.rejected and args.errors != "collect":
        raise InvalidInputError("--rejected needs --errors collect")
    _format(args.output)
    rejected_path = args.rejected or f"{args.output}.rejected.csv"
    if args.errors == "collect":
        _format(rejected_path)
    func = batch.pension if args.compute == "pension" else batch.contributions
    progress = (
        not args.quiet and os.path.getsize(args.input) > PROGRESS_BYTES
        if os.path.exists(args.input)
        else False
    )
    out = _Writer(args.output)
    rejected = _Writer(rejected_path) if args.errors == "collect" else None
    bad: list[dict[str, Any]] = []
    read = 0
    try:
        for chunk in _chunks(args.input, args.chunk_size):
            n = chunk.num_rows if hasattr(chunk, "num_rows") else len(chunk)
            good, errors = func(chunk, errors="collect")
            errors = _shift(errors, read)
            read += n
            if args.errors == "raise" and len(errors):
                bad.extend(_records(errors))
            if not bad:
                out.write(good)
            if rejected is not None and len(errors):
                rejected.write(errors)
            if progress:
                print(f"\rjamsos batch: {read:,} rows read", end="", file=sys.stderr, flush=True)
    finally:
        out.close()
        if rejected is not None:
            rejected.close()
    if progress:
        print(file=sys.stderr)
    if bad:
        os.remove(args.output)
        items = tuple((e["index"], str(e["reason"])) for e in bad)
        shown = "; ".join(f"row {i}: {r}" for i, r in items[:5])
        more = f" (and {len(items) - 5} more)" if len(items) > 5 else ""
        raise BatchError(
            f"{len(items)} of {read} rows could not be computed, nothing written: {shown}{more}; "
            "use --errors collect to write the good rows and list the rejected ones",
            errors=items,
        )
    summary = {
        "read": read,
        "written": out.rows,
        "rejected": rejected.rows if rejected is not None else 0,
        "output": args.output,
        "rejected_file": rejected_path if rejected is not None and rejected.rows else None,
    }
    if getattr(args, "json", False):
        json.dump(summary, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    if args.lang == "id":
        line = f"baris dibaca: {read}, ditulis: {out.rows}, ditolak: {summary['rejected']}"
    else:
        line = f"rows read: {read}, written: {out.rows}, rejected: {summary['rejected']}"
    if summary["rejected_file"]:
        line += f" ({rejected_path})"
    print(line, file=sys.stderr)
    return 0
