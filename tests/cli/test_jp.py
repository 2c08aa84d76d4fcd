"""``jamsos jp`` command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos.cli import main


def test_usia(capsys: pytest.CaptureFixture[str]) -> None:
    """Born 1965-07-16: 58, 2023-07-16, last registration month 2023-06 (PP 45/2015 Pasal 15)."""
    assert main(["jp", "usia", "--lahir", "1965-07-16", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["pension_age"], data["pension_date"], data["last_registration_month"]) == (
        58,
        "2023-07-16",
        "2023-06",
    )


def test_manfaat_lump_sum(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Pasal 24 lump sum of the hand-computed case in test_jp.py: Rp60.486."""
    csv = tmp_path / "riwayat.csv"
    csv.write_text("bulan,upah\n2026-09,1000000\n2026-10,1000000\n", encoding="utf-8")
    assert main(["jp", "manfaat", "--lahir", "1967-11-10", "--riwayat", str(csv), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == "60486" and data["monthly"] is None
    assert data["explanation"]["schema"] == "jamsos.explanation/2"
    assert main(["jp", "manfaat", "--lahir", "1967-11-10", "--riwayat", str(csv)]) == 0
    assert "Rp60.486" in capsys.readouterr().out


def test_manfaat_survivors_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "h.csv"
    rows = "".join(f"{y}-{m:02d},6000000\n" for y in (2021, 2022, 2023) for m in range(1, 13))
    csv.write_text("month,wage\n" + rows, encoding="utf-8")
    args = ["jp", "manfaat", "--lahir", "1980-05-01", "--riwayat", str(csv), "--jenis", "kematian"]
    assert main([*args, "--tanggal", "2024-01-10", "--pasangan", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["monthly"] == "481743"
    assert main(args) == 2  # no --tanggal
    assert main(["jp", "manfaat", "--lahir", "1980-05-01", "--riwayat", str(tmp_path / "none.csv")]) == 2
    assert "jamsos: kesalahan:" in capsys.readouterr().err
