"""Text output of anggaran, cakupan and program: months as people write them, 100 columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos.cli import main

ROSTER = Path(__file__).parents[2] / "docs" / "examples" / "daftar.csv"


def _out(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "first", "last"), [("id", "Januari 2026", "Maret 2026"), ("en", "January 2026", "March 2026")]
)
def test_budget_months_are_written_out(
    capsys: pytest.CaptureFixture[str], lang: str, first: str, last: str
) -> None:
    for what in (["--pekerja", "10"], ["--dana", "10.000.000"]):
        out = _out(capsys, ["--lang", lang, "anggaran", *what, "--dari", "2026-01", "--sampai", "2026-03"])
        assert "2026-0" not in out
        assert f"{first} " in out and f"{last} " in out  # the period line and the month rows
        rows = [line for line in out.splitlines() if line.startswith(("Februari 2026", "February 2026"))]
        # 10 workers × Rp16.800; Rp10.000.000 // (3 × Rp16.800) = 198 workers × Rp16.800
        assert len(rows) == 1 and rows[0].endswith("Rp168.000" if what[0] == "--pekerja" else "Rp3.326.400")


def test_coverage_notes_fit_100_columns(capsys: pytest.CaptureFixture[str]) -> None:
    for lang in ("id", "en"):
        argv = ["--lang", lang, "cakupan", "--peserta", "144.070", "--angkatan-kerja", "528.873"]
        out = _out(capsys, [*argv, "--target", "57,17", "--dari", "2026-01", "--sampai", "2026-12"])
        assert max(len(line) for line in out.splitlines()) <= 100
        assert "2026-01" not in out


def test_roster_summary_and_report_write_months_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "laporan.html"
    argv = ["program", str(ROSTER), "--dari", "2026-01", "--sampai", "2026-03", "--anggaran", "20.000.000"]
    out = _out(capsys, [*argv, "-o", str(tmp_path / "tagihan.csv"), "--laporan", str(report)])
    assert "Januari 2026 – Maret 2026" in out and "2026-01" not in out
    html = report.read_text(encoding="utf-8")
    # the chart's axis in short month names; data attributes (for programs) keep ISO months
    assert ">Jan 2026</text>" in html and ">Mar 2026</text>" in html
    assert 'data-month="2026-01"' in html
    assert "<title>sisa setelah Januari 2026: Rp19.934.600</title>" in html
