"""Reading the input of ``jamsos batch``: CSV as saved by any spreadsheet, or Parquet.

A CSV saved by Indonesian Excel differs from one written by a program: it may start with
a byte-order mark (BOM), be encoded in Windows-1252 ("ANSI", a superset of Latin-1 for
printable text) rather than UTF-8, and separate fields with ``;`` because ``,`` is the
decimal mark in Indonesia. :func:`sniff` detects all three from the first 64 KB; the
caller may force them (``--encoding``, ``--pemisah``).

Detection: a UTF-8 or UTF-16 BOM names its encoding; a sample that decodes as UTF-8 is
UTF-8; anything else is Windows-1252 (or Latin-1 when Windows-1252 cannot decode it). The
separator is the most frequent of ``,``, ``;``, tab and ``|`` in the header line. A byte
that the encoding cannot decode later in the file stops the run with the line number and
the option to use.

Every cell is read as text (no type guessing: ``0012`` stays ``0012``, ``1.5e6`` is not
a number); the batch table layer converts and checks each column.
"""

from __future__ import annotations

import codecs
import csv
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jamsos import optional
from jamsos.errors import InvalidInputError, JamsosError
from jamsos.i18n import N_

__all__ = [
    "Dialect",
    "chunks",
    "file_format",
    "import_optional",
    "pandas_or_none",
    "parse_separator",
    "sniff",
]

_SAMPLE = 65536
_SEPARATORS = {
    ",": ",",
    "comma": ",",
    "koma": ",",
    ";": ";",
    "semicolon": ";",
    "titik-koma": ";",
    "titikkoma": ";",
    "\\t": "\t",
    "\t": "\t",
    "tab": "\t",
    "|": "|",
    "pipe": "|",
}


@dataclass(frozen=True)
class Dialect:
    """How a CSV file is encoded and separated, and whether that was detected."""

    encoding: str
    separator: str
    encoding_detected: bool
    separator_detected: bool
    bom: bool = False

    @property
    def from_excel(self) -> bool:
        """A BOM or a Windows/Latin-1 encoding: the file was most likely saved by Excel."""
        return self.bom or not self.encoding.replace("_", "-").startswith("utf")


def import_optional(name: str, extra: str) -> Any:
    """An optional dependency (kept for the callers of 0.2's first landing; see
    :func:`jamsos.optional.import_extra`)."""
    return optional.import_extra(name, extra)


def pandas_or_none() -> Any:
    """pandas if installed, else None (see :func:`jamsos.optional.pandas_or_none`)."""
    return optional.pandas_or_none()


def file_format(path: str | os.PathLike[str]) -> str:
    """``"csv"`` or ``"parquet"`` from the file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix in (".csv", ".txt"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    raise InvalidInputError(
        N_("{path}: unknown file type {suffix!r}; use .csv or .parquet"), path=os.fspath(path), suffix=suffix
    )


def parse_separator(text: str) -> str:
    """A separator given on the command line: one of ``, ; | tab`` (or their names)."""
    key = text if text in _SEPARATORS else text.strip().lower()
    try:
        return _SEPARATORS[key]
    except KeyError:
        raise InvalidInputError(
            N_("unknown separator {text!r}; use ',' (koma), ';' (titik-koma), 'tab' or '|'"), text=text
        ) from None


def _check_encoding(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise InvalidInputError(
            N_("unknown encoding {name!r}; use utf-8, cp1252 (Windows/Excel) or latin-1"), name=name
        ) from None


def _detect_encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8-sig"  # also reads files without a BOM
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _detect_separator(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t", "|")}
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else ","


def sniff(
    path: str | os.PathLike[str], *, encoding: str | None = None, separator: str | None = None
) -> Dialect:
    """The encoding and separator of a CSV file, detected unless given."""
    with open(path, "rb") as fh:
        sample = fh.read(_SAMPLE)
    enc = _check_encoding(encoding) if encoding else _detect_encoding(sample)
    if enc in ("utf-8", "utf_8") and sample.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"  # a forced utf-8 still drops the BOM from the first column name
    if separator is None:
        first = sample.split(b"\n", 1)[0]
        text = codecs.getincrementaldecoder(enc)(errors="replace").decode(first, final=False)
        sep = _detect_separator(text)
    else:
        sep = separator
    bom = sample.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return Dialect(enc, sep, encoding is None, separator is None, bom)


def _bad_byte_line(path: str | os.PathLike[str], encoding: str) -> tuple[int, int]:
    """(line number, byte) of the first byte ``encoding`` cannot decode; scanned on error only."""
    decoder = codecs.getincrementaldecoder(encoding)()
    with open(path, "rb") as fh:
        for number, raw in enumerate(fh, start=1):
            try:
                decoder.decode(raw, final=False)
            except UnicodeDecodeError as exc:
                return number, raw[exc.start]
    return 0, 0  # pragma: no cover  (the error came from the last, truncated character)


def _decode_error(path: str | os.PathLike[str], dialect: Dialect) -> InvalidInputError:
    line, byte = _bad_byte_line(path, dialect.encoding)
    other = "cp1252" if dialect.encoding.startswith("utf") else "utf-8"
    params = {"path": os.fspath(path), "byte": f"0x{byte:02x}", "encoding": dialect.encoding, "other": other}
    if line and dialect.encoding_detected:
        template = N_(
            "{path}: byte {byte} on line {line} is not valid {encoding} (encoding detected); if the "
            "file was saved by Excel on Windows, run again with --encoding {other} (or --encoding latin-1)"
        )
    elif line:
        template = N_(
            "{path}: byte {byte} on line {line} is not valid {encoding} (encoding given); if the "
            "file was saved by Excel on Windows, run again with --encoding {other} (or --encoding latin-1)"
        )
    elif dialect.encoding_detected:
        template = N_(
            "{path}: byte {byte} on the end of the file is not valid {encoding} (encoding detected); if the "
            "file was saved by Excel on Windows, run again with --encoding {other} (or --encoding latin-1)"
        )
    else:
        template = N_(
            "{path}: byte {byte} on the end of the file is not valid {encoding} (encoding given); if the "
            "file was saved by Excel on Windows, run again with --encoding {other} (or --encoding latin-1)"
        )
    return InvalidInputError(template, line=line, **params)


def chunks(
    path: str | os.PathLike[str], size: int, *, encoding: str | None = None, separator: str | None = None
) -> Iterator[Any]:
    """The input in chunks of ``size`` rows: arrow tables (Parquet), pandas frames, or lists
    of dicts (CSV without pandas). Every CSV cell is text; a blank cell is missing.

    A file that cannot be parsed raises :class:`InvalidInputError` naming the line.
    """
    if file_format(path) == "parquet":
        yield from _parquet(path, size)
        return
    if os.path.getsize(path) == 0:
        raise InvalidInputError(
            N_("{path}: the file is empty (0 bytes); expected a header line"), path=os.fspath(path)
        )
    dialect = sniff(path, encoding=encoding, separator=separator)
    try:
        pd = optional.pandas_or_none()
        if pd is not None:
            yield from _pandas_csv(pd, path, size, dialect)
        else:
            yield from _stdlib_csv(path, size, dialect)
    except UnicodeDecodeError:
        raise _decode_error(path, dialect) from None


def _parquet(path: str | os.PathLike[str], size: int) -> Iterator[Any]:
    pq = optional.import_extra("pyarrow.parquet", "arrow")
    pa = optional.import_extra("pyarrow", "arrow")
    try:
        source = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        raise InvalidInputError(
            N_("{path}: cannot read the file as Parquet: {reason}"), path=os.fspath(path), reason=str(exc)
        ) from None
    for rb in source.iter_batches(batch_size=size):
        yield pa.Table.from_batches([rb])


def _pandas_csv(pd: Any, path: str | os.PathLike[str], size: int, dialect: Dialect) -> Iterator[Any]:
    try:
        reader = pd.read_csv(
            path,
            dtype=str,
            keep_default_na=False,
            na_values=[""],
            chunksize=size,
            sep=dialect.separator,
            encoding=dialect.encoding,
            engine="c",
        )
        with reader:
            yield from reader
    except (ValueError, pd.errors.ParserError) as exc:
        if isinstance(exc, JamsosError | UnicodeDecodeError):
            raise
        if isinstance(exc, pd.errors.EmptyDataError):
            raise _no_header(path) from None
        raise _parse_error(path, _short(exc)) from None


def _no_header(path: str | os.PathLike[str]) -> InvalidInputError:
    return InvalidInputError(N_("{path}: no header line; the file has no columns"), path=os.fspath(path))


def _ragged(
    path: str | os.PathLike[str], width: int, line: int, saw: int, *, parsed: bool = False
) -> InvalidInputError:
    template = (
        N_("{path}: cannot read the file: Expected {width} fields in line {line}, saw {saw}")
        if parsed
        else N_("{path}: Expected {width} fields in line {line}, saw {saw}")
    )
    return InvalidInputError(
        template,
        path=os.fspath(path),
        line=line,
        saw=saw,
        width=width,
    )


def _line_error(path: str | os.PathLike[str], line: int, exc: BaseException) -> InvalidInputError:
    return InvalidInputError(
        N_("{path}: line {line} cannot be read: {reason}"), path=os.fspath(path), line=line, reason=str(exc)
    )


#: pandas' wording of a ragged line, turned into the catalog's own message.
_RAGGED = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


def _parse_error(path: str | os.PathLike[str], text: str) -> InvalidInputError:
    m = _RAGGED.search(text)
    if m:
        return _ragged(path, int(m[1]), int(m[2]), int(m[3]), parsed=True)
    return InvalidInputError(N_("{path}: cannot read the file: {reason}"), path=os.fspath(path), reason=text)


def _short(exc: BaseException) -> str:
    text = str(exc).strip()
    if text.startswith("Error tokenizing data. C error: "):
        text = text[len("Error tokenizing data. C error: ") :]
    return text


def _stdlib_csv(
    path: str | os.PathLike[str], size: int, dialect: Dialect
) -> Iterator[list[dict[str, object]]]:
    with open(path, newline="", encoding=dialect.encoding) as fh:
        reader = csv.reader(fh, delimiter=dialect.separator)
        try:
            header = next(reader)
        except StopIteration:
            raise _no_header(path) from None
        except csv.Error as exc:
            raise _line_error(path, 1, exc) from None
        width = len(header)
        rows: list[dict[str, object]] = []
        try:
            for fields in reader:
                if not fields:
                    continue  # a blank line, as pandas skips it
                if len(fields) > width:
                    raise _ragged(path, width, reader.line_num, len(fields))
                cells: list[object] = [f if f.strip() else None for f in fields]
                cells += [None] * (width - len(cells))
                rows.append(dict(zip(header, cells, strict=True)))
                if len(rows) >= size:
                    yield rows
                    rows = []
        except csv.Error as exc:
            raise _line_error(path, reader.line_num, exc) from None
        if rows:
            yield rows
