"""Reliability of ``jamsos batch`` on real files: nothing is ever damaged (issue 11).

Each test builds real files in a temporary folder, runs the command line, and asserts the
exit status, the message, and the state of *every* file in the folder afterwards: the
input byte for byte, a pre-existing output byte for byte, and no temporary file left.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from jamsos import batch
from jamsos._cli import batch as batch_cli
from jamsos._cli import files
from jamsos.cli import main

pd = pytest.importorskip("pandas")

HEADER = "worker_id,month,wage,segment,risk_class,employer_scale,birth_date"
GOOD = [
    "1,2025-01,5000000,PU,1,large,1990-01-01",
    "2,2025-01,8000000,PU,2,small,1985-05-05",
    "3,2025-02,2000000,BPU,1,micro,",
    "4,2025-03,6500000,PU,3,medium,1970-12-31",
]
OLD = b"an output that existed before the run\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the folder (hidden ones too: temporary files must not hide there)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.is_symlink()}


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(files.TEMP_SUFFIX)]
    assert leftovers == [], "a temporary file was left behind"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["batch", *argv, "--lang", "en"])
    err = capsys.readouterr().err
    return code, err


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh, delimiter=";" if b";" in path.read_bytes()[:200] else ","))


# ------------------------------------------------------------------ paths refused up front
def test_output_equal_to_input_is_refused(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_csv(folder / "gaji.csv", GOOD * 3)
    before = snapshot(folder)
    code, err = run(capsys, str(src), "-o", str(src))
    assert code == 2
    assert "is the input file" in err and err.count("\n") == 1
    assert snapshot(folder) == before


@pytest.mark.parametrize("link", ["symlink", "hardlink", "dotted"])
def test_output_equal_to_input_through_a_link_is_refused(
    folder: Path, capsys: pytest.CaptureFixture[str], link: str
) -> None:
    src = write_csv(folder / "gaji.csv", GOOD)
    if link == "symlink":
        out = folder / "alias.csv"
        out.symlink_to(src)
    elif link == "hardlink":
        out = folder / "alias.csv"
        os.link(src, out)
    else:
        (folder / "sub").mkdir()
        out = folder / "sub" / ".." / "gaji.csv"
    before = snapshot(folder)
    code, err = run(capsys, str(src), "-o", str(out))
    assert code == 2 and "is the input file" in err
    assert snapshot(folder) == before


def test_rejected_equal_to_output_or_input_is_refused(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_csv(folder / "gaji.csv", GOOD)
    out = folder / "out.csv"
    out.write_bytes(OLD)
    before = snapshot(folder)
    code, err = run(capsys, str(src), "-o", str(out), "--errors", "collect", "--rejected", str(out))
    assert code == 2 and "two outputs go to the same file" in err
    code, err = run(capsys, str(src), "-o", str(out), "--errors", "collect", "--rejected", str(src))
    assert code == 2 and "is the input file" in err
    assert snapshot(folder) == before


def test_directory_as_input(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "data.csv").mkdir()
    code, err = run(capsys, str(folder / "data.csv"), "-o", str(folder / "out.csv"))
    assert code == 2 and "is a folder, not a file" in err
    assert snapshot(folder) == {}


def test_missing_input(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, str(folder / "nope.csv"), "-o", str(folder / "out.csv"))
    assert code == 2 and "does not exist" in err
    assert snapshot(folder) == {}


@pytest.mark.parametrize("case", ["missing folder", "output is a folder", "parent is a file"])
def test_unwritable_output(folder: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    src = write_csv(folder / "gaji.csv", GOOD)
    if case == "missing folder":
        out, expected = folder / "nowhere" / "out.csv", "does not exist"
    elif case == "output is a folder":
        out, expected = folder / "out.csv", "it is a folder"
        out.mkdir()
    else:
        (folder / "plain").write_bytes(b"x")
        out, expected = folder / "plain" / "out.csv", "does not exist"
    before = snapshot(folder)
    code, err = run(capsys, str(src), "-o", str(out))
    assert code == 2 and expected in err
    assert snapshot(folder) == before


def test_unwritable_folder_fails_before_reading(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # running as root defeats chmod; a refused open() is what a read-only folder does
    src = write_csv(folder / "gaji.csv", GOOD)
    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(files.TEMP_SUFFIX):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    read: list[object] = []
    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.setattr(batch_cli, "chunks", lambda *a, **k: read.append(a) or iter(()))
    code, err = run(capsys, str(src), "-o", str(folder / "out.csv"))
    assert code == 2 and "cannot write to the folder" in err and "Permission denied" in err
    assert read == []


# ------------------------------------------------------------------ failures keep old files
@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_bad_row_in_raise_mode_keeps_the_existing_output(
    folder: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    src = write_csv(folder / "gaji.csv", [*GOOD, "5,2025-01,-3,PU,1,large,1990-01-01", *GOOD])
    out = folder / f"out{suffix}"
    out.write_bytes(OLD)
    before = snapshot(folder)
    code, err = run(capsys, str(src), "-o", str(out), "--chunk-size", "2")
    assert code == 2
    assert "1 of 9 rows could not be computed, nothing written: line 6:" in err
    assert snapshot(folder) == before


def test_raise_mode_lists_the_first_bad_rows_and_counts_the_rest(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [f"{i},2025-01,-{i},PU,1,large,1990-01-01" for i in range(1, 21)]
    src = write_csv(folder / "gaji.csv", [*GOOD, *bad])
    code, err = run(capsys, str(src), "-o", str(folder / "out.csv"), "--chunk-size", "3")
    assert code == 2
    assert "20 of 24 rows could not be computed" in err
    assert "line 6:" in err and "line 10:" in err and "line 11:" not in err
    assert "(and 15 more)" in err
    assert snapshot(folder) == {"gaji.csv": src.read_bytes()}


def test_a_write_failure_mid_run_keeps_the_existing_output(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write_csv(folder / "gaji.csv", GOOD * 5)
    out = folder / "out.csv"
    out.write_bytes(OLD)
    before = snapshot(folder)
    calls = []
    real = batch_cli._Writer.write

    def full_disk(self: object, table: object, *args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(self, table, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_cli._Writer, "write", full_disk)
    code, err = run(capsys, str(src), "-o", str(out), "--chunk-size", "4")
    assert code == 2 and "No space left on device" in err
    assert snapshot(folder) == before


def test_ctrl_c_in_process_ends_with_130_and_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = write_csv(folder / "gaji.csv", GOOD * 5)
    out = folder / "out.csv"
    out.write_bytes(OLD)
    before = snapshot(folder)
    seen = []

    def interrupted(table: object, *, errors: str) -> object:
        seen.append(1)
        if len(seen) == 2:
            raise KeyboardInterrupt
        return batch.contributions(table, errors=errors)

    monkeypatch.setattr(batch, "contributions", interrupted)
    code, err = run(capsys, str(src), "-o", str(out), "--chunk-size", "4")
    assert code == 130
    assert err == "jamsos: stopped; no output file was changed by the unfinished run\n"
    assert snapshot(folder) == before


# ------------------------------------------------------------------ successful runs
def test_success_replaces_the_output_and_keeps_its_permissions(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_csv(folder / "gaji.csv", GOOD)
    out = folder / "out.csv"
    out.write_bytes(OLD)
    out.chmod(0o640)
    code, err = run(capsys, str(src), "-o", str(out))
    assert code == 0 and "rows read: 4, written: 4, rejected: 0" in err
    got = rows(out)
    assert [r["worker_id"] for r in got] == ["1", "2", "3", "4"]
    # 5,000,000 at risk class 1 (0.24%): JKK employer Rp12,000 (PP 44/2015 Lampiran I)
    assert got[0]["jkk_employer"] == "12000"
    assert (out.stat().st_mode & 0o777) == 0o640
    assert sorted(snapshot(folder)) == ["gaji.csv", "out.csv"]


def test_collect_without_rejections_still_writes_the_rejected_file(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_csv(folder / "gaji.csv", GOOD)
    rejected = folder / "rejected.csv"
    rejected.write_bytes(OLD)  # from an earlier run: must not survive as if it were this one's
    code, _ = run(
        capsys, str(src), "-o", str(folder / "out.csv"), "--errors", "collect", "--rejected", str(rejected)
    )
    assert code == 0
    assert rejected.read_text(encoding="utf-8") == "index,worker_id,error,reason\n"


def test_rejected_parquet_whose_first_chunk_has_blank_ids(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    src = write_csv(
        folder / "gaji.csv",
        [",2025-01,-1,PU,1,large,", ",2025-01,-2,PU,1,large,", *GOOD, "7,2025-01,-3,PU,1,large,"],
    )
    rejected = folder / "rejected.parquet"
    code, err = run(
        capsys,
        str(src),
        "-o",
        str(folder / "out.parquet"),
        "--errors",
        "collect",
        "--rejected",
        str(rejected),
        "--chunk-size",
        "2",
    )
    assert code == 0 and "rows read: 7, written: 4, rejected: 3" in err
    table = pq.read_table(rejected)
    assert table.column("index").to_pylist() == [0, 1, 6]
    assert table.column("worker_id").to_pylist() == [None, None, "7"]
    assert pq.read_table(folder / "out.parquet").num_rows == 4


def test_header_only_gives_a_header_only_output(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_csv(folder / "gaji.csv", [])
    out = folder / "out.csv"
    code, err = run(capsys, str(src), "-o", str(out))
    assert code == 0 and "rows read: 0, written: 0, rejected: 0" in err
    header = out.read_text(encoding="utf-8").splitlines()
    assert len(header) == 1 and header[0].startswith(HEADER + ",jkk_employer")


def test_stale_temporary_files_of_dead_runs_are_removed(folder: Path) -> None:
    target = folder / "out.csv"
    dead = folder / f".out.csv.{2**22 + 7}.abcd1234{files.TEMP_SUFFIX}"  # above pid_max's default
    alive = folder / f".out.csv.{os.getpid()}.abcd1234{files.TEMP_SUFFIX}"
    other = folder / f".other.csv.{2**22 + 7}.abcd1234{files.TEMP_SUFFIX}"
    for p in (dead, alive, other):
        p.write_bytes(b"half")
    assert files.clean_stale(target) == [dead]
    assert sorted(p.name for p in folder.iterdir()) == sorted([alive.name, other.name])
    alive.unlink()
    other.unlink()
