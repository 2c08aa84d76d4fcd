"""``jamsos peristiwa``: Indonesian options and numbers, the answer first, short output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos.cli import main

ROOT = Path(__file__).resolve().parents[2]
PHK = ["peristiwa", "phk", "--tanggal", "2025-03-10", "--lahir", "1990-05-01", "--sejak", "2022-03-01"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_phk_answers_first_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, *PHK, "--upah", "6 juta", "--saldo-jht", "25.000.000")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "PHK pada 10 Maret 2025"
    assert lines[1] == "  Kehilangan pekerjaan (JKP)  6 × Rp3.000.000, 10 April 2025 sampai 10 September 2025"
    assert (
        lines[2]
        == "  Hari tua (JHT)              Rp25.000.000 setelah klaim lengkap; dapat diklaim mulai 10 April 2025"
    )
    assert "  Klaim: mulai 10 Maret 2025, paling lambat 10 September 2025" in lines
    assert len(lines) <= 40
    assert max(len(line) for line in lines) <= 100


@pytest.mark.parametrize("wage", ["6000000", "6.000.000", "6 juta", "6 jt", "Rp6.000.000", "6.000 rb"])
def test_every_indonesian_form_of_the_wage_gives_the_same_answer(
    capsys: pytest.CaptureFixture[str], wage: str
) -> None:
    _, out, _ = _run(capsys, *PHK, "--upah", wage, "--json")
    assert (
        json.loads(out)["entitlements"][0]["schedule"][0]["amount"] == "3000000"
    )  # exact string (docs/json.md)


def test_english_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, *PHK, "--upah", "6 juta", "--lang", "en")
    assert out.splitlines()[0] == "Dismissal (PHK) on 10 March 2025"


def test_death_with_children_as_level_and_year(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys,
        "peristiwa", "meninggal", "--tanggal", "2025-03-10", "--sebab", "kerja", "--lahir", "1990-05-01",
        "--upah", "6.000.000", "--sejak", "2022-03-01", "--pasangan", "--anak", "SD3:2016-01-05",
        "--saldo-jht", "20 juta",
    )  # fmt: skip
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Meninggal dunia akibat kecelakaan kerja pada 10 Maret 2025"
    assert "  Pensiun (JP)            Rp471.141 per bulan mulai April 2025" in lines
    assert "    10 Maret 2025 – 10 Maret 2028           4 × Rp1.500.000  beasiswa pendidikan anak" in lines
    assert "  Klaim: mulai 10 Maret 2025, paling lambat 9 Maret 2030" in lines
    assert len(lines) <= 40


def test_history_file_from_indonesian_excel(capsys: pytest.CaptureFixture[str]) -> None:
    # docs/examples/riwayat.csv: ';'-separated, amounts as 6.000.000.
    status, out, _ = _run(
        capsys, "peristiwa", "pensiun", "--tanggal", "2025-03-10", "--lahir", "1966-03-01",
        "--riwayat", str(ROOT / "docs" / "examples" / "riwayat.csv"), "--saldo-jht", "80 juta", "--json",
    )  # fmt: skip
    assert status == 0
    data = json.loads(out)
    assert data["kind"] == "event.retirement"
    assert data["entitlements"][0]["paid_now"] == "80000000"


def test_detail_shows_exact_amounts_and_every_condition(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, *PHK, "--upah", "6 juta", "--rinci")
    assert "✓ " in out
    assert "Dasar hukum:" in out


def test_ambiguous_number_is_refused_in_the_users_language(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, *PHK, "--upah", "6,000")
    assert status == 2
    assert err.startswith("jamsos: kesalahan: ")
    assert "6.000" in err


def test_missing_option_uses_indonesian_argparse_words(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["peristiwa", "phk", "--tanggal", "2025-03-10"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("penggunaan: jamsos peristiwa phk")
    assert "kesalahan: argumen berikut wajib diisi: --lahir/--birth-date" in err


def test_a_member_since_before_2015_gets_an_answer_and_the_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Joined 2010, before PP 44/45/46/2015 started the programmes on 1 July 2015.
    argv = ["peristiwa", "pensiun", "--tanggal", "2025-03-10", "--upah", "6 juta"]
    argv += ["--sejak", "2010-03-01", "--lahir", "1966-01-01", "--saldo-jht", "150.000.000"]
    status, out, err = _run(capsys, *argv)
    assert status == 0, err
    assert "  Hari tua (JHT)  Rp150.000.000 setelah klaim lengkap" in out.splitlines()
    # PP 45/2015 Pasal 28: 3% of Rp6.000.000 for July 2015 - December 2023 (102 months).
    assert "  akumulasi iuran     Rp18.360.000" in _run(capsys, *argv, "--rinci")[1].splitlines()
    flat = " ".join(out.split())  # long notes wrap at 100 columns
    assert "iuran sebelum Juli 2015 tidak ikut dihitung" in flat
    assert "masa iuran JP dihitung mulai Juli 2015, saat program pensiun dimulai (PP 45/2015)" in flat
    status, out, _ = _run(capsys, *argv, "--lang", "en")
    assert status == 0
    assert "the contributions before July 2015 are not in this computation" in " ".join(out.split())
