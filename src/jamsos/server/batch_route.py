"""``POST /v1/batch``: many worker-months at once through :func:`jamsos.batch.contributions`.

* ``application/json``: a JSON array of rows in, ``{"rows": [...], "errors": [...]}`` out;
  ``rows`` are the good rows with the contribution columns added, ``errors`` one entry
  per rejected row (``index``, ``worker_id``, ``code``, ``message`` in the requested
  language, ``error`` and ``reason`` as in the library's errors table).
* ``text/csv``: a CSV file in, the same rows streamed back as CSV, in input order, with
  the contribution columns added and ``error_code`` / ``error`` filled on rejected rows.

Rows are computed by the library in chunks; a rejected row is described again through the
scalar API (:func:`jamsos.batch.row_amounts`, the reference the batch path equals) to get
its error code and its message in the caller's language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Any, Final

from jamsos.errors import JamsosError
from jamsos.i18n import N_
from jamsos.parameters import ParameterSet
from jamsos.server.convert import FieldError, json_type, refuse
from jamsos.server.problems import error_code, error_message

__all__ = ["CHUNK_ROWS", "csv_rows", "csv_stream", "json_batch"]

#: Rows computed (and streamed back) at a time.
CHUNK_ROWS: Final = 5_000


def _describe(row: dict[str, Any], params: ParameterSet, lang: str, fallback: Any) -> tuple[str, str]:
    from jamsos import batch

    try:
        batch.row_amounts(row, params=params)
    except JamsosError as exc:
        return error_code(exc), error_message(exc, lang)
    return str(fallback.get("error", "error")), str(fallback.get("reason", ""))


def _compute(
    rows: Sequence[dict[str, Any]], params: ParameterSet, lang: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from jamsos import batch

    good, bad = batch.contributions(list(rows), errors="collect", params=params)
    errors = []
    for e in bad:
        code, message = _describe(rows[e["index"]], params, lang, e)
        errors.append({**e, "code": code, "message": message})
    return good, errors


def json_batch(body: object, params: ParameterSet, lang: str) -> dict[str, object]:
    """The JSON form: an array of row objects in, ``{"rows", "errors"}`` out."""
    if not isinstance(body, list):
        raise refuse(
            "", N_("the body must be a JSON array of rows (objects), got {got}"), got=json_type(body)
        )
    for i, row in enumerate(body):
        if not isinstance(row, dict):
            raise refuse(
                f"[{i}]", N_("row {index} must be a JSON object, got {got}"), index=i, got=json_type(row)
            )
    try:
        good, errors = _compute(body, params, lang)
    except JamsosError as exc:  # a table-level problem (no month column...)
        raise FieldError(exc, "") from None
    return {"rows": good, "errors": errors}


def csv_rows(body: bytes) -> tuple[list[str], list[dict[str, Any]]]:
    """Header and rows of a UTF-8 CSV body (cells as text; blank cells are missing)."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse("", N_("the CSV body is not UTF-8 text (byte {position})"), position=exc.start) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        rows = [dict(r) for r in reader]
    except csv.Error as exc:
        raise refuse("", N_("the CSV body cannot be read: {problem}"), problem=str(exc)) from None
    header = list(reader.fieldnames or ())
    for name in ("month", "wage"):
        if name not in header:
            raise refuse(
                name,
                N_("the CSV has no {name} column; columns: {columns}"),
                name=name,
                columns=", ".join(header),
            )
    for i, row in enumerate(rows):
        if None in row or any(v is None for v in row.values()):
            raise refuse(f"[{i}]", N_("CSV line {line} does not have one cell per column"), line=i + 2)
    return header, rows


def _csv_chunk(
    header: list[str], rows: Sequence[dict[str, Any]], params: ParameterSet, lang: str, *, first: bool
) -> str:
    from jamsos import batch

    columns = [*header, *(c for c in batch.OUTPUT_COLUMNS if c not in header), "error_code", "error"]
    good, errors = _compute(rows, params, lang)
    failed = {e["index"]: e for e in errors}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    if first:
        writer.writeheader()
    next_good = iter(good)
    for i, row in enumerate(rows):
        e = failed.get(i)
        if e is None:
            writer.writerow(next(next_good))
        else:
            writer.writerow({**row, "error_code": e["code"], "error": e["message"]})
    return out.getvalue()


def csv_stream(
    header: list[str], rows: list[dict[str, Any]], params: ParameterSet, lang: str
) -> Iterator[str]:
    """The CSV answer chunk by chunk; the first chunk is computed before the answer starts."""
    first = _csv_chunk(header, rows[:CHUNK_ROWS], params, lang, first=True)

    def rest() -> Iterator[str]:
        yield first
        for start in range(CHUNK_ROWS, len(rows), CHUNK_ROWS):
            yield _csv_chunk(header, rows[start : start + CHUNK_ROWS], params, lang, first=False)

    return rest()
