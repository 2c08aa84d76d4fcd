"""``jamsos program``: a district roster of vulnerable workers to its monthly invoice.

``jamsos program daftar.csv --dari 2026-01 --sampai 2026-12 -o tagihan.xlsx`` reads the
roster (CSV from Excel with ``;`` and ``1.000.000`` numbers, ``.xlsx`` with the ``excel``
extra, or Parquet), checks every row (:func:`jamsos.programmes.roster`), and writes:

* ``-o/--keluaran``: ``.csv`` or ``.parquet``: the invoice in long form (worker × month ×
  program); ``.xlsx``: summary sheets and a worker × month sheet;
* ``--ditolak``: the rejected rows with their reasons (default ``<output>.ditolak.csv``
  when any row is rejected);
* ``--laporan``: one self-contained HTML report;
* ``--rekap``: the totals by month, village and district as one CSV.

NIKs are masked in every file unless ``--tampilkan-nik`` (personal data, UU 27/2022).
Files are written to temporary files and renamed only when everything succeeded; an
output that is the input is refused (:mod:`jamsos._cli.files`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from jamsos import programmes
from jamsos._cli.common import add_current_law_option, parse_month
from jamsos._cli.common import count as cli_count
from jamsos._cli.files import OutputSet, check_paths
from jamsos._cli.programme_options import add_months, add_payer
from jamsos._cli.reading import import_optional, parse_separator, sniff
from jamsos.errors import InvalidInputError
from jamsos.programmes import export, report
from jamsos.programmes.text import N_, tr

__all__ = ["read_roster", "register", "run"]

_FORMATS = {".csv": "csv", ".txt": "csv", ".parquet": "parquet", ".pq": "parquet", ".xlsx": "xlsx"}


def _format(path: str, *, html: bool = False) -> str:
    suffix = Path(path).suffix.lower()
    if html:
        if suffix not in (".html", ".htm"):
            raise InvalidInputError(N_("{path}: the report is an .html file"), path=path)
        return "html"
    try:
        return _FORMATS[suffix]
    except KeyError:
        raise InvalidInputError(
            N_("{path}: unknown file type {suffix!r}; use .csv, .xlsx or .parquet"), path=path, suffix=suffix
        ) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``program`` (alias ``roster``)."""
    p = sub.add_parser(
        "program",
        aliases=["roster"],
        help=N_("a roster of vulnerable workers to its monthly invoice, totals and report"),
        description=N_(
            "Checks every row of a roster (NIK, name, village, district, occupation, income, "
            "months) and writes the monthly invoice. Example: jamsos program daftar.csv --dari "
            "2026-01 --sampai 2026-12 --anggaran 200.000.000 -o tagihan.xlsx --laporan laporan.html"
        ),
    )
    p.add_argument("input", help=N_("the roster: .csv, .xlsx or .parquet"))
    add_months(p, required=True)
    p.add_argument(
        "-o",
        "--keluaran",
        "--output",
        dest="output",
        required=True,
        help=N_("the invoice: .csv or .parquet (long form) or .xlsx (summary sheets)"),
    )
    p.add_argument("--ditolak", "--rejected", dest="rejected", help=N_("file for the rejected rows (.csv)"))
    p.add_argument("--laporan", "--report", dest="report", help=N_("an HTML report (.html)"))
    p.add_argument(
        "--rekap", "--totals", dest="totals", help=N_("totals by month, village and district (.csv)")
    )
    p.add_argument(
        "--anggaran", "--budget", dest="budget", help=N_("the allocated budget, for the burn-down")
    )
    add_payer(
        p,
        not_budget_help=N_(
            "the payer is not a state or regional budget: the PP 50/2025 discount applies in its window"
        ),
    )
    p.add_argument(
        "--usia-min", "--min-age", dest="min_age", type=cli_count, help=N_("the programme's minimum age")
    )
    p.add_argument(
        "--usia-maks", "--max-age", dest="max_age", type=cli_count, help=N_("the programme's maximum age")
    )
    p.add_argument(
        "--tampilkan-nik",
        "--show-nik",
        dest="show_nik",
        action="store_true",
        help=N_("show NIKs in full in the files (they are masked by default: UU 27/2022)"),
    )
    p.add_argument("--encoding", help=N_("encoding of a CSV roster (detected by default)"))
    p.add_argument(
        "--pemisah", "--separator", dest="separator", help=N_("CSV separator (detected by default)")
    )
    p.add_argument("--json", action="store_true", help=N_("print the summary as JSON"))
    p.add_argument(
        "--lang", choices=("id", "en"), default=None, help=N_("language of the output (default: id)")
    )
    add_current_law_option(p)
    p.set_defaults(func=run)


def read_roster(path: str, *, encoding: str | None = None, separator: str | None = None) -> tuple[Any, Any]:
    """The roster as a pandas DataFrame (every CSV cell as text), and the CSV dialect."""
    pd = import_optional("pandas", "pandas")
    fmt = _format(path)
    if fmt == "xlsx":
        import_optional("openpyxl", "excel")
        try:
            return pd.read_excel(path, dtype=object, engine="openpyxl"), None
        except (OSError, ValueError, KeyError) as exc:
            raise InvalidInputError(
                N_("{path}: cannot read the file as Excel: {exc}"), path=path, exc=exc
            ) from None
    if fmt == "parquet":
        import_optional("pyarrow", "arrow")
        return pd.read_parquet(path), None
    if os.path.getsize(path) == 0:
        raise InvalidInputError(N_("{path}: the file is empty (0 bytes); expected a header line"), path=path)
    dialect = sniff(path, encoding=encoding, separator=separator)
    try:
        frame = pd.read_csv(
            path,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            sep=dialect.separator,
            encoding=dialect.encoding,
            engine="c",
        )
    except UnicodeDecodeError:
        raise InvalidInputError(
            N_("{path}: the file is not {encoding}; run again with --encoding cp1252 (or utf-8)"),
            path=path,
            encoding=dialect.encoding,
        ) from None
    except (ValueError, pd.errors.ParserError) as exc:
        raise InvalidInputError(
            N_("{path}: cannot read the CSV: {problem}"), path=path, problem=str(exc).splitlines()[0]
        ) from None
    return frame, dialect


def run(args: argparse.Namespace) -> int:
    """Check the paths, compute, write every output atomically, print the summary."""
    lang = args.lang
    out_fmt = _format(args.output)
    outputs = [args.output]
    if args.report:
        _format(args.report, html=True)
        outputs.append(args.report)
    if args.totals:
        if _format(args.totals) != "csv":
            raise InvalidInputError(N_("--rekap is a .csv file"))
        outputs.append(args.totals)
    if args.rejected and _format(args.rejected) != "csv":
        raise InvalidInputError(N_("--ditolak is a .csv file"))
    _format(args.input)
    check_paths(inputs=[args.input], outputs=[*outputs, *([args.rejected] if args.rejected else [])])
    separator = parse_separator(args.separator) if args.separator else None
    frame, dialect = read_roster(args.input, encoding=args.encoding, separator=separator)
    from jamsos.notation import parse_number

    budget = None if args.budget is None else parse_number(args.budget, what="--anggaran")
    result = programmes.roster(
        frame,
        first_month=parse_month(args.first),
        last_month=parse_month(args.last),
        budget_funded=not args.not_budget,
        jht=args.jht,
        transport_worker=args.transport,
        min_age=args.min_age,
        max_age=args.max_age,
        budget=budget,
    )
    rejected_path = args.rejected
    if rejected_path is None and result.rejected:
        rejected_path = f"{args.output}.ditolak.csv"
        check_paths(inputs=[args.input], outputs=[*outputs, rejected_path])
    if rejected_path is not None:
        outputs.append(rejected_path)
    sep = dialect.separator if dialect is not None else ";"
    bom = dialect is None or dialect.from_excel
    with OutputSet(outputs) as files:
        if out_fmt == "xlsx":
            export.write_excel(result, files.temp(args.output), lang=lang, show_nik=args.show_nik)
        else:
            invoice = export.localize(result.invoice(show_nik=args.show_nik), lang)
            export.write_table(invoice, files.temp(args.output), out_fmt, separator=sep, bom=bom)
        if rejected_path is not None:
            rejected = export.localize(result.rejected_rows(lang, show_nik=args.show_nik), lang)
            export.write_table(rejected, files.temp(rejected_path), "csv", separator=sep, bom=bom)
        if args.totals:
            export.write_table(_totals(result, lang), files.temp(args.totals), "csv", separator=sep, bom=bom)
        if args.report:
            page = report.html_report(result, lang=lang, show_nik=args.show_nik)
            files.temp(args.report).write_text(page, encoding="utf-8")
        files.commit()
    summary = result.summary()
    summary["outputs"] = outputs
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    rows = export.summary_rows(result, lang)
    width = max(len(k) for k, _ in rows)
    from jamsos.i18n import format_number

    for label, value in rows:
        shown = format_number(value, lang) if isinstance(value, int) else str(value)
        print(f"{label:<{width}}  {shown}")
    print()
    for path in outputs:
        print(tr(N_("written: {path}"), lang, path=path))
    return 0


def _totals(result: programmes.Roster, lang: str) -> Any:
    """Totals by month, village and district stacked in one table with a ``level`` column."""
    pd = import_optional("pandas", "pandas")
    month = result.by_month()[["month", "workers", "total"]].assign(
        level=export.label(N_("totals level: month"), lang)
    )
    village = result.by_village().assign(level=export.label(N_("totals level: village"), lang))
    district = result.by_district().assign(level=export.label(N_("totals level: district"), lang))
    out = pd.concat([month, district, village], ignore_index=True)
    cols = ["level", "month", "district", "village", "workers", "worker_months", "total"]
    out = out.reindex(columns=cols)
    out["workers"] = out["workers"].astype("int64")
    out["total"] = out["total"].astype("int64")
    out["worker_months"] = out["worker_months"].astype("Int64")
    return export.localize(out, lang)
