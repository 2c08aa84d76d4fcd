"""``jamsos jkp``: the decision with each condition and article, the schedule, --json, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos.cli import main


@pytest.fixture
def riwayat(tmp_path: Path) -> Path:
    path = tmp_path / "riwayat.csv"
    lines = ["bulan,upah"]
    for year, first, last in ((2023, 1, 12), (2024, 1, 12), (2025, 1, 2)):
        lines += [f"{year}-{m:02d},6000000" for m in range(first, last + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def args(riwayat: Path, *extra: str) -> list[str]:
    return [
        "jkp",
        "--phk",
        "2025-03-01",
        "--alasan",
        "efisiensi",
        "--riwayat",
        str(riwayat),
        "--lahir",
        "1990-05-17",
        "--terdaftar",
        "2023-01-02",
        *extra,
    ]


def test_text_output(riwayat: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """PP 6/2025 Pasal 21: 60% of the capped Rp5.000.000 = Rp3.000.000 for 6 months; the
    answer first, the met conditions counted, the schedule with its days written out."""
    assert main(args(riwayat, "--upah", "6000000", "--lang", "en")) == 0
    out = capsys.readouterr().out
    assert out.startswith("ELIGIBLE — Rp18.000.000 (6 × Rp3.000.000)\nEarliest on: 1 March 2025\n")
    assert "✓ conditions met: 15" in out and "PP 6/2025 Pasal 21 ayat (1)" in out
    assert "1 April 2025 – 1 September 2025  6 × Rp3.000.000" in out
    assert "2025-04-01" not in out and "Kelayakan" not in out and "JKP eligibility" not in out


def test_detail_lists_every_condition(riwayat: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args(riwayat, "--upah", "6000000", "--lang", "en", "--rinci", "--ringkas")) == 0
    out = capsys.readouterr().out
    assert out.startswith("ELIGIBLE\nEarliest on: 1 March 2025\n")
    assert "PP 6/2025 Pasal 19 ayat (3)" in out and "PP 6/2025 Pasal 40 huruf a" in out
    assert out.count("  ✓ ") == 15 and "1 April 2025 – 1 September 2025  6 × Rp3.000.000" in out
    assert main(args(riwayat, "--upah", "6000000", "--lang", "en", "--detail")) == 0
    assert "  JKP eligibility: yes\n" in capsys.readouterr().out


def test_json_output_and_default_wage(riwayat: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args(riwayat, "--json")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["decision"]["eligible"] is True
    assert all(r["basis"] for r in data["decision"]["reasons"])
    assert data["benefit"]["total"] == "18000000"
    assert next(p["when"] for p in data["benefit"]["payments"]) == "2025-04-01"
    assert data["explanation"]["schema"] == "jamsos.explanation/2"


def test_ineligible_prints_failed_condition(riwayat: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args(riwayat, "--klaim", "2025-09-02", "--lang", "id")) == 0
    out = capsys.readouterr().out
    assert out.startswith("TIDAK BERHAK\n")
    assert "✗ klaim paling lambat 1 September 2025" in out and "[PP 6/2025 Pasal 40 huruf a]" in out
    assert "✓ syarat terpenuhi: 14" in out and "Tidak ada manfaat." in out


def test_user_errors_exit_2(riwayat: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["jkp", *args(riwayat)[1:3], "--alasan", "bosan", *args(riwayat)[5:]]) == 2
    assert "alasan berakhirnya hubungan kerja 'bosan' tidak dikenal" in capsys.readouterr().err
    assert main(args(riwayat, "--klaim", "2025-01-01")) == 2
    assert "tanggal klaim 1 Januari 2025 jatuh sebelum PHK pada 1 Maret 2025" in capsys.readouterr().err
    missing = riwayat.parent / "nope.csv"
    assert main([*args(riwayat)[:6], str(missing), *args(riwayat)[7:]]) == 2
