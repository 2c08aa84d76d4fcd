"""``jamsos jht`` command line: saldo, cair, sebagian; JSON; user mistakes exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos.cli import main


@pytest.fixture
def history_csv(tmp_path: Path) -> Path:
    path = tmp_path / "riwayat.csv"
    rows = ["bulan,upah"] + [f"2016-{m:02d},5000000" for m in range(1, 13)]
    rows += [f"2017-{m:02d},5000000" for m in range(1, 7)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_saldo_prints_the_yearly_statement(history_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2017-06-30", "--imbal", "2017=6"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Rp3.553.195" in out and "Rp5.399.716" in out and "Tahun" in out
    assert "jht.declared_return" in out  # the explanation follows the table


def test_saldo_json_and_english(history_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "jht",
            "balance",
            "--history",
            str(history_csv),
            "--until",
            "2016-12-31",
            "--json",
            "--cara",
            "bulanan",
        ]
    )
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["kind"] == "jht.balance" and data["details"]["crediting"] == "monthly_compound"
    assert data["explanation"]["schema"] == "jamsos.explanation/2"
    main(
        ["jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2016-12-31", "--lang", "en", "--ringkas"]
    )
    assert "JHT balance: Rp3.553.195" in capsys.readouterr().out


def test_saldo_missing_rate_is_one_line_error(history_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2017-06-30"])
    err = capsys.readouterr().err
    assert code == 2 and "2017" in err and "--imbal 2017=..." in err and len(err.strip().splitlines()) == 1


def test_saldo_withdrawal_and_opening(history_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2016-12-31",
            "--tarik", "2016-07-15=1000000", "--ringkas",
        ]
    )  # fmt: skip
    assert code == 0 and "Rp2.517.245" in capsys.readouterr().out
    assert (
        main(["jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2016-12-31", "--tarik", "x"]) == 2
    )
    assert (
        main(["jht", "saldo", "--riwayat", str(history_csv), "--sampai", "2016-12-31", "--imbal", "abc=5"])
        == 2
    )


def test_cair(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["jht", "cair", "--alasan", "resign", "--tanggal", "2025-03-01", "--klaim", "2025-03-31"])
    out = capsys.readouterr().out
    assert code == 0 and "TIDAK BERHAK" in out and "1 April 2025" in out
    main(["jht", "cair", "--alasan", "phk", "--tanggal", "2025-03-01", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["eligible"] is True and data["earliest_on"] == "2025-04-01"
    assert main(["jht", "cair", "--alasan", "liburan", "--tanggal", "2025-03-01"]) == 2
    assert (
        main(["jht", "cair", "--alasan", "resign", "--tanggal", "2025-03-01", "--klaim", "2025-02-01"]) == 2
    )
    main(
        ["jht", "cair", "--alasan", "meninggalkan-indonesia", "--tanggal", "2025-03-01", "--wna", "--ringkas"]
    )
    assert "BERHAK" in capsys.readouterr().out


def test_sebagian(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["jht", "sebagian", "--tujuan", "rumah", "--saldo", "100.000.000", "--mulai", "2014-03-01"]
    assert main([*args, "--tanggal", "2025-03-01", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["eligible"] is True and data["details"]["maximum"] == {"rupiah": "30000000"}
    assert main([*args, "--tanggal", "2025-03-01", "--pernah", "2020-01-01", "--ringkas"]) == 0
    assert "TIDAK BERHAK" in capsys.readouterr().out


def test_jht_alone_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["jht"]) == 2
    assert "saldo" in capsys.readouterr().out
