"""``jamsos batch`` on CSV files as people have them: Indonesian Excel, broken files (issue 11)."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
from pathlib import Path

import pytest

from jamsos import batch, optional
from jamsos._cli import files, reading
from jamsos.cli import main
from jamsos.errors import InvalidInputError

pd = pytest.importorskip("pandas")

HEADER = ["worker_id", "month", "wage", "segment", "risk_class", "employer_scale", "birth_date"]
ROWS = [
    ["Andi Pérez", "2025-01", "5000000", "PU", "1", "large", "1990-01-01"],
    ["Siti ’Aisyah", "2025-01", "8000000", "PU", "2", "small", "1985-05-05"],
    ["Budi", "2025-02", "2000000", "BPU", "1", "micro", ""],
]
OLD = b"an output that existed before the run\n"


def write(
    path: Path, rows: list[list[str]], *, sep: str = ",", encoding: str = "utf-8", bom: bool = False
) -> Path:
    text = "\r\n".join(sep.join(r) for r in [HEADER, *rows]) + "\r\n"
    data = text.encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["batch", *argv, "--lang", "en"])
    return code, capsys.readouterr().err


def no_temp_files(folder: Path) -> bool:
    return not any(p.name.endswith(files.TEMP_SUFFIX) for p in folder.iterdir())


def expected_totals() -> list[int]:
    table = [dict(zip(HEADER, r, strict=True)) for r in ROWS]
    for row in table:
        row["birth_date"] = row["birth_date"] or None  # type: ignore[assignment]
    return [r["total"] for r in batch.contributions(table)]


@pytest.mark.parametrize(
    ("sep", "encoding", "bom"),
    [(";", "cp1252", False), (";", "utf-8", True), (",", "cp1252", False), ("\t", "utf-8", False)],
)
def test_indonesian_excel_files_are_detected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sep: str, encoding: str, bom: bool
) -> None:
    src = write(tmp_path / "gaji.csv", ROWS, sep=sep, encoding=encoding, bom=bom)
    out = tmp_path / "out.csv"
    code, err = run(capsys, str(src), "-o", str(out))
    assert code == 0, err
    raw = out.read_bytes()
    # Excel-born input (BOM or cp1252) gives an output Excel opens the same way
    assert raw.startswith(codecs.BOM_UTF8) == (bom or encoding == "cp1252")
    with open(out, newline="", encoding="utf-8-sig") as fh:
        got = list(csv.DictReader(fh, delimiter=sep))
    assert [r["worker_id"] for r in got] == [r[0] for r in ROWS]  # names decoded right
    assert [int(r["total"]) for r in got] == expected_totals()
    assert no_temp_files(tmp_path)


def test_forced_encoding_and_separator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "gaji.csv", [ROWS[0], ROWS[2]], sep=";", encoding="latin-1")
    out = tmp_path / "out.csv"
    code, err = run(capsys, str(src), "-o", str(out), "--encoding", "latin-1", "--pemisah", "titik-koma")
    assert code == 0, err
    with open(out, newline="", encoding="utf-8-sig") as fh:
        got = list(csv.DictReader(fh, delimiter=";"))
    assert got[0]["worker_id"] == "Andi Pérez"


def test_undecodable_byte_names_the_line_and_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 70 KB of clean UTF-8 (beyond the detection sample), then a Latin-1 "é" on line 2,002
    filler = [[f"w{i}", "2025-01", "5000000", "PU", "1", "large", "1990-01-01"] for i in range(2000)]
    src = write(tmp_path / "gaji.csv", filler)
    with open(src, "ab") as fh:
        fh.write("Jos\xe9,2025-01,5000000,PU,1,large,1990-01-01\r\n".encode("latin-1"))
    out = tmp_path / "out.csv"
    out.write_bytes(OLD)
    before = src.read_bytes()
    code, err = run(capsys, str(src), "-o", str(out), "--chunk-size", "500")
    assert code == 2
    assert "byte 0xe9 on line 2002 is not valid utf-8-sig (encoding detected)" in err
    assert "--encoding cp1252" in err
    assert out.read_bytes() == OLD and src.read_bytes() == before
    assert no_temp_files(tmp_path)


def test_forced_utf8_on_a_latin1_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "gaji.csv", ROWS[:1], encoding="latin-1")
    code, err = run(capsys, str(src), "-o", str(tmp_path / "out.csv"), "--encoding", "utf-8")
    assert code == 2 and "on line 2" in err and "(encoding given)" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gaji.csv"]


def test_ragged_row_names_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(
        tmp_path / "gaji.csv", [*ROWS, ["9", "2025-01", "5000000", "PU", "1", "large", "", "extra"], *ROWS]
    )
    out = tmp_path / "out.csv"
    out.write_bytes(OLD)
    code, err = run(capsys, str(src), "-o", str(out), "--chunk-size", "2")
    assert code == 2 and "Expected 7 fields in line 5, saw 8" in err
    assert out.read_bytes() == OLD and no_temp_files(tmp_path)


def test_short_row_is_a_rejected_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "gaji.csv", [*ROWS, ["9", "2025-01"]])
    out = tmp_path / "out.csv"
    code, err = run(capsys, str(src), "-o", str(out), "--errors", "collect")
    assert code == 0 and "rows read: 4, written: 3, rejected: 1" in err
    with open(tmp_path / "out.csv.rejected.csv", newline="", encoding="utf-8") as fh:
        (rejected,) = list(csv.DictReader(fh))
    assert rejected["index"] == "3" and rejected["worker_id"] == "9" and "wage" in rejected["reason"]


def test_zero_byte_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "gaji.csv"
    src.write_bytes(b"")
    out = tmp_path / "out.csv"
    out.write_bytes(OLD)
    code, err = run(capsys, str(src), "-o", str(out))
    assert code == 2 and "the file is empty (0 bytes)" in err
    assert out.read_bytes() == OLD and src.read_bytes() == b"" and no_temp_files(tmp_path)


def test_blank_lines_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "gaji.csv"
    src.write_bytes(b"\r\n\r\n")
    code, err = run(capsys, str(src), "-o", str(tmp_path / "out.csv"))
    assert code == 2 and "no header line" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gaji.csv"]


def test_stdlib_reader_matches_pandas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write(tmp_path / "gaji.csv", [*ROWS, ["9", "2025-01"]], sep=";", encoding="cp1252")
    with_pandas = [c.to_dict("records") for c in reading.chunks(src, 2)]
    monkeypatch.setattr(optional, "pandas_or_none", lambda: None)
    without = list(reading.chunks(src, 2))
    assert [len(c) for c in without] == [len(c) for c in with_pandas] == [2, 2]
    flat = [{k: (None if v != v else v) for k, v in r.items()} for c in with_pandas for r in c]
    assert [r for c in without for r in c] == flat


def test_stdlib_reader_refuses_a_ragged_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = write(tmp_path / "gaji.csv", [*ROWS, [*ROWS[0], "x"]])
    monkeypatch.setattr(optional, "pandas_or_none", lambda: None)
    with pytest.raises(InvalidInputError, match="Expected 7 fields in line 5, saw 8"):
        list(reading.chunks(src, 10))


def test_bad_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "gaji.csv", ROWS)
    code, err = run(capsys, str(src), "-o", str(tmp_path / "o.csv"), "--pemisah", "::")
    assert code == 2 and "unknown separator '::'" in err
    code, err = run(capsys, str(src), "-o", str(tmp_path / "o.csv"), "--encoding", "klingon")
    assert code == 2 and "unknown encoding 'klingon'" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gaji.csv"]


def test_every_column_works_from_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 11: counts, flags, dates and Indonesian amounts from CSV text (PP 7/2025 relief)."""
    from jamsos.contributions import wage_earner

    src = tmp_path / "gaji.csv"
    src.write_bytes(
        "worker_id;month;wage;risk_class;labour_intensive_relief;industry;active_participants;birth_date\r\n"
        "1;2025-06;8.000.000;1;ya;textile_apparel;120;1990-01-01\r\n"
        "2;2025-06;8000000;1;tidak;;;1990-01-01\r\n"
        "3;2025-06;1.5e6;1;tidak;;;1990-01-01\r\n".encode("cp1252")
    )
    out = tmp_path / "out.csv"
    code, err = run(capsys, str(src), "-o", str(out), "--errors", "collect")
    assert code == 0, err
    with open(out, newline="", encoding="utf-8-sig") as fh:
        got = list(csv.DictReader(fh, delimiter=";"))
    relief = wage_earner(
        8_000_000,
        "2025-06",
        risk_class=1,
        labour_intensive_relief=True,
        industry="textile_apparel",
        active_participants=120,
        birth_date=dt.date(1990, 1, 1),
    )
    plain = wage_earner(8_000_000, "2025-06", risk_class=1, birth_date=dt.date(1990, 1, 1))
    assert [int(r["total"]) for r in got] == [int(relief.total), int(plain.total)]
    assert int(relief.total) < int(plain.total)  # the discount was applied
    with open(tmp_path / "out.csv.rejected.csv", newline="", encoding="utf-8-sig") as fh:
        (rejected,) = list(csv.DictReader(fh, delimiter=";"))
    assert rejected["worker_id"] == "3" and "'1.5e6' is not a number" in rejected["reason"]
