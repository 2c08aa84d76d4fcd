"""The command line: real examples, JSON output, and one-line errors with exit status 2."""

from __future__ import annotations

import json

import pytest

from jamsos.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_iuran_prints_the_breakdown_with_citations(capsys: pytest.CaptureFixture[str]) -> None:
    """The README's main job: Rp8 jt, very low risk, June 2025."""
    status, out, _ = run(
        capsys, "iuran", "--upah", "8000000", "--risiko", "sangat-rendah", "--bulan", "2025-06"
    )
    assert status == 0
    assert "Rp750.200" in out
    assert "PP 44/2015 Pasal 16 ayat (1) huruf a" in out


def test_iuran_json_and_english_aliases(capsys: pytest.CaptureFixture[str]) -> None:
    """--json gives machine-readable data; English options work too."""
    status, out, _ = run(
        capsys, "contributions", "--wage", "8.000.000", "--risk", "1", "--month", "2025-06", "--json"
    )
    assert status == 0
    data = json.loads(out)
    assert data["total"] == "750200"
    assert data["programs"]["jp"] == {
        "enrolled": True,
        "employer": "160000",
        "worker": "80000",
        "government": "0",
        "total": "240000",
    }
    assert data["explanation"]["schema"] == "jamsos.explanation/2"


@pytest.mark.parametrize(
    ("argv", "total"),
    [
        (("iuran", "--segmen", "bpu", "--upah", "1000000", "--bulan", "2026-05", "--json"), 8_400),
        (("iuran", "--segmen", "bpu", "--upah", "1000000", "--bulan", "2026-05", "--apbd", "--json"), 16_800),
        (("iuran", "--segmen", "pmi", "--tanggal", "2024-05-01", "--kontrak", "24", "--json"), 370_000),
        (
            ("iuran", "--segmen", "jakon", "--nilai-kontrak", "180000000", "--bulan", "2024-01", "--json"),
            392_000,
        ),
    ],
)
def test_other_segments(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], total: int) -> None:
    """BPU, PMI and construction through the same command."""
    status, out, _ = run(capsys, *argv)
    assert status == 0
    assert json.loads(out)["total"] == str(total)


def test_anggaran(capsys: pytest.CaptureFixture[str]) -> None:
    """A district budget: 1,000 workers × Rp16,800 × 12 months."""
    status, out, _ = run(capsys, "anggaran", "--pekerja", "1000", "--dari", "2026-01", "--sampai", "2026-12")
    assert status == 0
    assert "Rp201.600.000" in out and "Desember 2026" in out


def test_params_history(capsys: pytest.CaptureFixture[str]) -> None:
    """jamsos params jp.wage_cap lists every cap with its citation."""
    status, out, _ = run(capsys, "params", "jp.wage_cap")
    assert status == 0
    assert (
        "Rp10.547.400" in out
        and "PP 45/2015 Pasal 29 ayat (3)" in out
        and "[belum dikonfirmasi]" in out
        and "dibaca dari: laporan sekunder" in out
    )
    status, out, _ = run(capsys, "params", "jkk.rate", "--json")
    assert status == 0 and "jkk.rate.very_low" in json.loads(out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ("iuran", "--upah", "8000000", "--risiko", "9", "--bulan", "2025-06"),
            "tingkat risiko '9' tidak dikenal",
        ),
        (("iuran", "--upah", "8000000", "--risiko", "1", "--bulan", "2015-06"), "1 Juli 2015"),
        (("iuran", "--upah", "-5", "--risiko", "1", "--bulan", "2025-06"), "upah harus lebih dari Rp0"),
        (("iuran", "--upah", "banyak", "--risiko", "1", "--bulan", "2025-06"), "bukan angka"),
        (("iuran", "--risiko", "1", "--bulan", "2025-06"), "--upah"),
        (("params", "jp.nothing"), "parameter 'jp.nothing' tidak dikenal"),
    ],
)
def test_user_mistakes_print_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    """A mistake prints one line on stderr and exits 2, never a traceback."""
    status, _out, err = run(capsys, *argv)
    assert status == 2
    assert message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
