"""``jamsos batch``: contributions (or JP pension dates) for a whole CSV or Parquet file.

``jamsos batch gaji.csv -o iuran.csv`` reads worker-months (the columns of
:func:`jamsos.batch.contributions`), writes the same rows with the contribution columns
added, and prints a summary (rows read, written, rejected) on stderr, with a progress
line for large files. The file format follows the extension (``.csv`` or ``.parquet``);
CSV works without pandas (stdlib ``csv``), Parquet needs pyarrow.

By default one bad row stops the run (``--errors raise``): nothing is written, and the
first bad rows are listed with the count of the others (memory stays flat however many
rows are bad). ``--errors collect`` writes the good rows and streams the rejected ones,
with their reason, to ``--rejected`` (default: ``<output>.rejected.csv``).

Files are never damaged (:mod:`jamsos._cli.files`): an output equal to the input or to
the other output is refused before anything is read; outputs are written to temporary
files next to their targets and renamed only when the whole run succeeded, so a failure,
Ctrl-C or SIGTERM leaves every existing file as it was. CSV from Indonesian Excel (BOM,
Windows-1252, ``;``) is detected (:mod:`jamsos._cli.reading`), or forced with
``--encoding`` / ``--pemisah``; a CSV output uses the input's separator, and a BOM when
the input came from Excel, so that Excel opens it the same way.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

from jamsos import batch
from jamsos._cli.common import add_output_options
from jamsos._cli.common import count as cli_count
from jamsos._cli.files import OutputSet, check_paths, pause_for_tests
from jamsos._cli.reading import chunks, file_format, parse_separator, sniff
from jamsos.batch.outcome import reasons_in
from jamsos.errors import BatchError, InvalidInputError
from jamsos.i18n import N_, format_number, translate
from jamsos.optional import import_extra

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
        help="raise: stop, write nothing and list the first bad rows (default); "
        "collect: write good rows, reject bad ones",
    )
    p.add_argument(
        "--encoding",
        help="encoding of a CSV input, e.g. utf-8, cp1252 (Excel on Windows), latin-1 (default: detected)",
    )
    p.add_argument(
        "--pemisah",
        "--separator",
        dest="separator",
        help="field separator of a CSV input: ',' (koma), ';' (titik-koma), 'tab' or '|' (default: detected)",
    )
    p.add_argument("--rejected", help="where rejected rows go with --errors collect (.csv or .parquet)")
    p.add_argument("--chunk-size", type=cli_count, default=200_000, help="rows per chunk (default 200000)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress line")
    add_output_options(p)
    p.set_defaults(func=run)


class _Writer:
    """Writes tables of any kind to one (temporary) CSV or Parquet file, chunk by chunk."""

    def __init__(self, path: Path, fmt: str, *, separator: str = ",", bom: bool = False) -> None:
        self.path = path
        self.format = fmt
        self.separator = separator
        self.encoding = "utf-8-sig" if bom else "utf-8"
        self.rows = 0
        self._fh: Any = None
        self._csv: Any = None
        self._pq: Any = None
        self._header = False

    def write(self, table: Any, schema: Any = None, fieldnames: tuple[str, ...] | None = None) -> None:
        n = len(table) if not hasattr(table, "num_rows") else table.num_rows
        self.rows += n
        if self.format == "parquet":
            pa = import_extra("pyarrow", "arrow")
            pq = import_extra("pyarrow.parquet", "arrow")
            if isinstance(table, list):
                table = pa.Table.from_pylist(table, schema=schema)
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
                self._fh = open(self.path, "w", newline="", encoding=self.encoding)  # noqa: SIM115
            names = fieldnames or (tuple(table[0]) if table else None)
            if names and self._csv is None:
                self._csv = csv.DictWriter(self._fh, fieldnames=list(names), delimiter=self.separator)
                self._csv.writeheader()
            if self._csv is not None:
                self._csv.writerows(table)
            return
        if hasattr(table, "to_pandas"):
            table = table.to_pandas()
        table.to_csv(
            self.path,
            mode="a" if self._header else "w",
            header=not self._header,
            index=False,
            sep=self.separator,
            encoding="utf-8" if self._header else self.encoding,
        )
        self._header = True

    def finish(self) -> None:
        """A Parquet output that received no table still becomes a valid (empty) file."""
        if self.format == "parquet" and self._pq is None:
            self.write([])

    def close(self) -> None:
        if self._pq is not None:
            self._pq.close()
            self._pq = None
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _shift(errors: Any, offset: int) -> Any:
    """Make an errors table's row positions count from the start of the file."""
    if isinstance(errors, list):
        return [{**e, "index": e["index"] + offset} for e in errors]
    if hasattr(errors, "to_pandas"):
        pa = import_extra("pyarrow", "arrow")
        pc = import_extra("pyarrow.compute", "arrow")
        col = pc.add(errors.column("index"), pa.scalar(offset, pa.int64()))
        return errors.set_column(0, "index", col)
    errors = errors.copy()
    errors["index"] = errors["index"] + offset
    return errors


#: Columns of the rejected-rows file, always in this order and with these types.
_REJECTED_COLUMNS = ("index", "worker_id", "error", "reason")


def _rejected_records(errors: Any) -> list[dict[str, Any]]:
    """Rejected rows with a fixed shape: worker ids as text (a blank id stays blank)."""
    if isinstance(errors, list):
        records = errors
    elif hasattr(errors, "to_pylist"):
        records = list(errors.to_pylist())
    else:
        records = list(errors.to_dict("records"))
    out = []
    for e in records:
        wid = e.get("worker_id")
        # NaN (wid != wid) from pandas is a blank id
        wid = str(wid) if wid is not None and wid == wid else None
        reason = str(e["reason"])
        out.append(
            {"index": int(e["index"]), "worker_id": wid, "error": str(e.get("error", "")), "reason": reason}
        )
    return out


def _rejected_schema() -> Any:
    pa = import_extra("pyarrow", "arrow")
    return pa.schema(
        [("index", pa.int64()), ("worker_id", pa.string()), ("error", pa.string()), ("reason", pa.string())]
    )


def _write_rejected(writer: _Writer, records: list[dict[str, Any]]) -> None:
    schema = _rejected_schema() if writer.format == "parquet" else None
    writer.write(records, schema=schema, fieldnames=_REJECTED_COLUMNS)


#: In raise mode the error names this many bad rows; the others are counted, not kept.
SHOWN_BAD_ROWS = 5


def run(args: argparse.Namespace) -> int:
    """Check the paths, read and compute chunk by chunk into temporary files, rename on success."""
    if args.chunk_size < 1:
        raise InvalidInputError(N_("--chunk-size must be at least 1"))
    if args.rejected and args.errors != "collect":
        raise InvalidInputError(N_("--rejected needs --errors collect"))
    out_format = file_format(args.output)
    rejected_path = args.rejected or f"{args.output}.rejected.csv"
    outputs = [args.output]
    if args.errors == "collect":
        file_format(rejected_path)
        outputs.append(rejected_path)
    check_paths(inputs=[args.input], outputs=outputs)
    in_format = file_format(args.input)
    separator = parse_separator(args.separator) if args.separator else None
    dialect = sniff(args.input, encoding=args.encoding, separator=separator) if in_format == "csv" else None
    # Excel-born input (BOM or a Windows encoding) gets output Excel opens the same way
    bom = dialect is not None and dialect.from_excel
    out_separator = dialect.separator if dialect is not None else ","
    func = batch.pension if args.compute == "pension" else batch.contributions
    progress = not args.quiet and os.path.getsize(args.input) > PROGRESS_BYTES
    with OutputSet(outputs) as files:
        if files.cleaned:
            cleaned = translate(N_("removed {count} temporary file(s) left by an interrupted run"), args.lang)
            print("jamsos batch: " + cleaned.format(count=len(files.cleaned)), file=sys.stderr)
        out = _Writer(files.temp(args.output), out_format, separator=out_separator, bom=bom)
        rejected = (
            _Writer(files.temp(rejected_path), file_format(rejected_path), separator=out_separator, bom=bom)
            if args.errors == "collect"
            else None
        )
        shown: list[tuple[int, str]] = []
        bad = 0
        read = 0
        progress_shown = False
        try:
            for number, chunk in enumerate(
                chunks(args.input, args.chunk_size, encoding=args.encoding, separator=separator), start=1
            ):
                n = chunk.num_rows if hasattr(chunk, "num_rows") else len(chunk)
                with reasons_in(args.lang):
                    good, errors = func(chunk, errors="collect")
                errors = _shift(errors, read)
                read += n
                if len(errors):
                    records = _rejected_records(errors)
                    if rejected is not None:
                        _write_rejected(rejected, records)
                    else:
                        bad += len(records)
                        room = SHOWN_BAD_ROWS - len(shown)
                        shown.extend((r["index"], r["reason"]) for r in records[: max(room, 0)])
                if not bad:
                    out.write(good)
                if progress:
                    done = translate(N_("{read} rows read"), args.lang).format(
                        read=format_number(read, args.lang)
                    )
                    print("\rjamsos batch: " + done, end="", file=sys.stderr, flush=True)
                    progress_shown = True
                pause_for_tests(f"chunk {number}")
            if progress_shown:
                print(file=sys.stderr)
                progress_shown = False
            if bad:
                # the listed reasons are already in the reader's language (reasons_in)
                # a person finds the row by the file's line (header = line 1, as Excel numbers
                # rows and as the ragged-line message counts), not by the 0-based index
                row = translate(N_("line {line}: {reason}"), args.lang)
                listed = "; ".join(row.format(line=i + 2, reason=r) for i, r in shown)
                more = translate(N_(" (and {count} more)"), args.lang) if bad > len(shown) else ""
                raise BatchError(
                    N_(
                        "{bad} of {read} rows could not be computed, nothing written: {listed}{more}; "
                        "use --errors collect to write the good rows and list the rejected ones"
                    ),
                    errors=tuple(shown),
                    bad=bad,
                    read=read,
                    listed=listed,
                    more=more.format(count=bad - len(shown)),
                )
            out.finish()
            if rejected is not None and not rejected.rows:
                _write_rejected(rejected, [])  # this run rejected nothing: say so in the file
        finally:
            if progress_shown:
                # interrupted or refused mid-file: end the progress line so the message that
                # follows starts on its own line, not glued to "… baris dibaca"
                print(file=sys.stderr)
            out.close()
            if rejected is not None:
                rejected.close()
        files.commit()
    summary = {
        "read": read,
        "written": out.rows,
        "rejected": rejected.rows if rejected is not None else 0,
        "output": args.output,
        "rejected_file": rejected_path if rejected is not None else None,
    }
    if getattr(args, "json", False):
        json.dump(summary, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    line = translate(N_("rows read: {read}, written: {written}, rejected: {rejected}"), args.lang).format(
        read=format_number(read, args.lang),
        written=format_number(out.rows, args.lang),
        rejected=format_number(summary["rejected"], args.lang),
    )
    if rejected is not None and rejected.rows:
        line += f" ({rejected_path})"
    print(line, file=sys.stderr)
    return 0
