"""Writing a roster's tables: CSV, Parquet and Excel, with Indonesian headers.

The functions write to the path they are given; the command line gives them a temporary
file in the target's folder and renames it on success (:mod:`jamsos._cli.files`), so an
existing file is never damaged. Column headers are Indonesian (``lang="id"``, the default)
or the library's English names (``lang="en"``).

Excel (``.xlsx``, the ``excel`` extra: openpyxl) holds summary sheets and one worker ×
month sheet; a roster with more workers than an Excel sheet has rows is refused (use CSV
or Parquet), never truncated.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from jamsos.errors import InvalidInputError
from jamsos.i18n import N_, format_month
from jamsos.periods import Month
from jamsos.programmes.optional import optional
from jamsos.programmes.result import Roster
from jamsos.programmes.text import tr

__all__ = ["EXCEL_MAX_ROWS", "HEADERS", "label", "localize", "write_excel", "write_table"]

#: Rows in one Excel worksheet (Excel 2007 and later), the header row included.
EXCEL_MAX_ROWS: Final = 1_048_576

#: English column name → catalog message of its Indonesian header.
HEADERS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "row": N_("roster column: row"),
        "nik": N_("roster column: nik"),
        "name": N_("roster column: name"),
        "village": N_("roster column: village"),
        "district": N_("roster column: district"),
        "occupation": N_("roster column: occupation"),
        "month": N_("roster column: month"),
        "program": N_("roster column: program"),
        "income": N_("roster column: income"),
        "amount": N_("roster column: amount"),
        "workers": N_("roster column: workers"),
        "worker_months": N_("roster column: worker_months"),
        "total": N_("roster column: total"),
        "spent": N_("roster column: spent"),
        "spent_to_date": N_("roster column: spent_to_date"),
        "left": N_("roster column: left"),
        "code": N_("roster column: code"),
        "reason": N_("roster column: reason"),
        "note": N_("roster column: note"),
        "figure": N_("roster column: figure"),
        "level": N_("roster column: level"),
        "value": N_("roster column: value"),
    }
)


def header(name: str, lang: str | None) -> str:
    """The header of column ``name`` in ``lang`` (English: the name itself)."""
    msg = HEADERS.get(name)
    if msg is None:
        return name
    text = tr(msg, lang)
    return name if text == msg else text


def label(msgid: str, lang: str | None) -> str:
    """A short label: its translation, or in English the text after ``"<kind>: "``."""
    text = tr(msgid, lang)
    return text.split(": ", 1)[1] if text == msgid and ": " in msgid else text


def localize(frame: Any, lang: str | None) -> Any:
    """A copy of ``frame`` with headers in ``lang``."""
    return frame.rename(columns={c: header(str(c), lang) for c in frame.columns})


def write_table(
    frame: Any, path: str | os.PathLike[str], fmt: str, *, separator: str = ",", bom: bool = False
) -> None:
    """Write one table as ``"csv"`` or ``"parquet"``."""
    if fmt == "parquet":
        optional("pyarrow", "arrow")
        frame.to_parquet(path, index=False)
        return
    if fmt != "csv":
        raise InvalidInputError(N_("cannot write {fmt!r}; use .csv, .parquet or .xlsx"), fmt=fmt)
    frame.to_csv(
        path, index=False, sep=separator, encoding="utf-8-sig" if bom else "utf-8", lineterminator="\n"
    )


def _month(value: object, lang: str | None) -> str:
    """A month of the summary (ISO in the result's data) as people write it: "Januari 2026"."""
    return format_month(Month.parse(str(value)), lang)


def summary_rows(result: Roster, lang: str | None) -> list[tuple[str, object]]:
    """The headline figures as (label, value) pairs, values as plain numbers or text."""
    s = result.summary()
    rows: list[tuple[str, object]] = [
        (tr(N_("Period"), lang), f"{_month(s['first_month'], lang)} – {_month(s['last_month'], lang)}"),
        (tr(N_("Rows read"), lang), s["rows_read"]),
        (tr(N_("Workers accepted"), lang), s["workers"]),
        (tr(N_("Rows rejected"), lang), s["rejected"]),
        (tr(N_("Rows with a note"), lang), s["noted"]),
        (tr(N_("Worker-months billed"), lang), s["worker_months"]),
        (tr(N_("Invoice total (Rp)"), lang), s["total"]),
    ]
    programs = s["programs"]
    assert isinstance(programs, dict)
    for prog, amount in programs.items():
        rows.append((tr(N_("{program} (Rp)"), lang, program=prog.upper()), amount))
    if s["budget"] is not None:
        rows += [
            (tr(N_("Budget (Rp)"), lang), s["budget"]),
            (tr(N_("Left over (Rp)"), lang), s["left"]),
            (
                tr(N_("Budget runs out in"), lang),
                _month(s["runs_out"], lang) if s["runs_out"] else tr(N_("does not run out"), lang),
            ),
        ]
    return rows


def write_excel(
    result: Roster, path: str | os.PathLike[str], *, lang: str | None = None, show_nik: bool = False
) -> None:
    """Summary sheets and a worker × month sheet in one ``.xlsx`` workbook."""
    openpyxl = optional("openpyxl", "excel")
    if result.workers_accepted + 1 > EXCEL_MAX_ROWS:
        raise InvalidInputError(
            N_(
                "{workers} workers do not fit in one Excel sheet ({limit} rows at most); "
                "write .csv or .parquet instead"
            ),
            workers=result.workers_accepted,
            limit=EXCEL_MAX_ROWS,
        )
    book = openpyxl.Workbook(write_only=True)
    sheets: list[tuple[str, Any]] = [
        (label(N_("sheet: Summary"), lang), None),
        (label(N_("sheet: By month"), lang), result.by_month()),
        (label(N_("sheet: By village"), lang), result.by_village()),
        (label(N_("sheet: By district"), lang), result.by_district()),
    ]
    if result.budget is not None:
        sheets.append((label(N_("sheet: Budget burn-down"), lang), result.burn_down()))
    sheets += [
        (label(N_("sheet: Rejected"), lang), result.rejected_rows(lang, show_nik=show_nik)),
        (label(N_("sheet: Notes"), lang), result.notes(lang, show_nik=show_nik)),
        (label(N_("sheet: Worker x month"), lang), result.worker_by_month(show_nik=show_nik)),
    ]
    for title, frame in sheets:
        ws = book.create_sheet(title[:31])
        if frame is None:
            ws.append([header("figure", lang), header("value", lang)])
            for name, value in summary_rows(result, lang):
                ws.append([name, value])
            continue
        ws.append([header(str(c), lang) for c in frame.columns])
        for values in frame.itertuples(index=False, name=None):
            ws.append([_cell(v) for v in values])
    book.save(path)


def _cell(v: object) -> object:
    """Plain Python values for openpyxl (numpy ints become ints)."""
    if hasattr(v, "item") and not isinstance(v, str):
        return v.item()
    return v
