"""``jamsos batch``: CSV and Parquet in and out, summaries, rejected rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from jamsos import batch, optional, synthetic
from jamsos.cli import main

pd = pytest.importorskip("pandas")


@pytest.fixture
def input_csv(tmp_path: Path) -> Path:
    df = synthetic.worker_months(300, seed=2, bpu_share=20)
    df.loc[7, "wage"] = -3
    df.loc[40, "month"] = "2025-13"
    path = tmp_path / "in.csv"
    df.to_csv(path, index=False)
    return path


def test_raise_writes_nothing_and_lists_rows(
    input_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    assert main(["batch", str(input_csv), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert (
        "2 dari 300 baris" in err and "baris 9:" in err and "baris 42:" in err
    )  # index 7 and 40: file lines 9 and 42
    assert not out.exists()


def test_collect_writes_good_and_rejected(
    input_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    rejected = tmp_path / "rejected.csv"
    code = main(
        [
            "batch",
            str(input_csv),
            "-o",
            str(out),
            "--errors",
            "collect",
            "--rejected",
            str(rejected),
            "--chunk-size",
            "64",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    assert "rows read: 300, written: 298, rejected: 2" in capsys.readouterr().err
    with open(out, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 298
    with open(rejected, newline="") as fh:
        bad = list(csv.DictReader(fh))
    assert [b["index"] for b in bad] == ["7", "40"]
    ref = batch.contributions(pd.read_csv(input_csv, dtype=str, keep_default_na=False), errors="collect")[0]
    assert [int(r["total"]) for r in rows] == ref["total"].tolist()


def test_csv_without_pandas(input_csv: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(optional, "pandas_or_none", lambda: None)
    out = tmp_path / "out.csv"
    assert main(["batch", str(input_csv), "-o", str(out), "--errors", "collect", "-q"]) == 0
    with open(out, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 298
    assert (tmp_path / "out.csv.rejected.csv").exists()


def test_parquet_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    table = synthetic.worker_months(500, seed=3, bpu_share=20, kind="arrow")
    src = tmp_path / "in.parquet"
    pq.write_table(table, src)
    out = tmp_path / "out.parquet"
    assert main(["batch", str(src), "-o", str(out), "--chunk-size", "120", "--json"]) == 0
    assert '"written": 500' in capsys.readouterr().out
    got = pq.read_table(out)
    assert got.column("total").to_pylist() == batch.contributions(table).column("total").to_pylist()


def test_pension_mode(tmp_path: Path) -> None:
    src = tmp_path / "people.csv"
    src.write_text("worker_id,birth_date\n1,1965-07-16\n2,1990-01-31\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["batch", str(src), "-o", str(out), "--compute", "pension"]) == 0
    with open(out, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["pension_date"] == "2023-07-16" and rows[0]["last_registration_month"] == "2023-06"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["batch", "missing.csv", "-o", "x.csv"], "tidak ada"),
        (["batch", "in.csv", "-o", "x.xlsx"], "jenis berkas '.xlsx' tidak dikenal"),
        (["batch", "in.csv", "-o", "x.csv", "--rejected", "r.csv"], "--rejected hanya dipakai"),
    ],
)
def test_user_mistakes_exit_2(
    argv: list[str],
    message: str,
    input_csv: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(input_csv.parent)
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_unreadable_file_is_a_user_mistake(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.parquet"
    src.write_bytes(b"not a parquet file")
    assert main(["batch", str(src), "-o", str(tmp_path / "o.csv")]) == 2
    assert "tidak dapat dibaca" in capsys.readouterr().err


def test_progress_and_summary_speak_indonesian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The progress line and the summary follow --lang, with Indonesian thousands ('1.200')."""
    import jamsos._cli.batch as cli_batch

    monkeypatch.setattr(cli_batch, "PROGRESS_BYTES", 0)  # every file gets the progress line
    path = tmp_path / "in.csv"
    synthetic.worker_months(1200, seed=3, bpu_share=0).to_csv(path, index=False)
    assert main(["batch", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", "700"]) == 0
    err = capsys.readouterr().err
    assert "\rjamsos batch: 700 baris dibaca" in err and "\rjamsos batch: 1.200 baris dibaca" in err
    assert err.splitlines()[-1] == "baris dibaca: 1.200, ditulis: 1.200, ditolak: 0"
    assert "rows read" not in err
    assert main(["batch", str(path), "-o", str(tmp_path / "out2.csv"), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "\rjamsos batch: 1,200 rows read" in err
    assert err.splitlines()[-1] == "rows read: 1,200, written: 1,200, rejected: 0"


def test_a_refusal_mid_file_starts_on_its_own_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file refused after progress was shown: the error is not glued to '… baris dibaca'."""
    import jamsos._cli.batch as cli_batch

    monkeypatch.setattr(cli_batch, "PROGRESS_BYTES", 0)
    good = "".join(f"W{i},2025-06,6000000,1\n" for i in range(30))
    path = tmp_path / "in.csv"
    path.write_text("worker_id,month,wage,risk_class\n" + good + "X,2025-06,6000000,1,extra\n" + good)
    assert main(["batch", str(path), "-o", str(tmp_path / "out.csv"), "--chunk-size", "10"]) == 2
    err = capsys.readouterr().err
    assert "\rjamsos batch: 30 baris dibaca\n" in err
    assert err.splitlines()[-1].startswith("jamsos: kesalahan: ")
    assert not (tmp_path / "out.csv").exists()


def test_raise_mode_names_the_line_of_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The 2nd data row is line 3 of the file (header = line 1, as Excel numbers it), not 'row 1'."""
    path = tmp_path / "gaji.csv"
    path.write_text("worker_id,month,wage,risk_class\nA,2025-06,6000000,1\nC,2025-13,5000000,1\n")
    assert main(["batch", str(path), "-o", str(tmp_path / "out.csv")]) == 2
    err = capsys.readouterr().err
    assert (
        "1 dari 2 baris tidak dapat dihitung, tidak ada yang ditulis: baris 3: bulan 13 di luar rentang"
        in err
    )
