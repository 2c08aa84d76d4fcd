"""``jamsos jht saldo --batas-bawah``: the legal floor for years without a declared return."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos.cli import main


@pytest.fixture
def history_csv(tmp_path: Path) -> Path:
    path = tmp_path / "riwayat.csv"
    path.write_text("bulan,upah\n2016-12,5000000\n", encoding="utf-8")
    return path


def test_floor_flag_still_raises_for_a_year_with_no_floor(
    history_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2017-12-31", "--batas-bawah"])
    err = capsys.readouterr().err
    assert code == 2 and "tingkat minimum untuk 2017" in err


def test_floor_flag_with_a_declared_year_is_the_plain_balance(
    history_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2016-12-31", "--batas-bawah"]) == 0
    )
    floor = capsys.readouterr().out
    assert main(["jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2016-12-31"]) == 0
    assert capsys.readouterr().out == floor


def test_floor_and_imbal_together_is_a_mistake(history_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "jht",
            "saldo",
            "--riwayat",
            str(history_csv),
            "--sampai",
            "2017-12-31",
            "--batas-bawah",
            "--imbal",
            "2017=5",
        ]
    )
    assert code == 2 and "jangan keduanya" in capsys.readouterr().err
