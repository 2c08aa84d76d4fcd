"""``jamsos anggaran --dana`` and ``jamsos cakupan``."""

from __future__ import annotations

import json

import pytest

from jamsos.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_anggaran_dana_prints_workers_cost_per_worker_and_leftover(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(
        capsys, "anggaran", "--dana", "500.000.000", "--dari", "2026-01", "--sampai", "2026-12"
    )
    assert status == 0
    assert "Pekerja tercakup                  2.480" in out
    assert "Biaya per pekerja per bulan       Rp16.800" in out
    assert "Sisa anggaran                     Rp32.000" in out
    assert "Desember 2026       Rp16.800        Rp41.664.000" in out


def test_anggaran_dana_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "anggaran",
        "--dana",
        "500000000",
        "--dari",
        "2026-01",
        "--sampai",
        "2026-12",
        "--bukan-apbd",
        "--json",
    )
    assert status == 0
    data = json.loads(out)
    assert (data["workers"], data["per_worker"], data["leftover"]) == (3968, "126000", "32000")


def test_anggaran_needs_workers_or_funds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["anggaran", "--dari", "2026-01", "--sampai", "2026-12"])
    assert exc.value.code == 2
    assert "--pekerja" in capsys.readouterr().err


def test_anggaran_workers_without_income_uses_the_lowest_band(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "anggaran", "--pekerja", "950", "--dari", "2025-01", "--sampai", "2025-12", "--json"
    )
    assert status == 0
    assert json.loads(out)["cost"] == "191520000"


def test_cakupan_with_cost_of_the_gap(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "cakupan",
        "--peserta",
        "144.070",
        "--angkatan-kerja",
        "528.873",
        "--target",
        "57,17",
        "--dari",
        "2026-01",
        "--sampai",
        "2026-12",
    )
    assert status == 0
    assert "Cakupan                                     27,24%" in out
    assert "Kesenjangan (pekerja yang belum terdaftar)  158.287" in out
    assert "Biaya                             Rp31.910.659.200" in out
    assert "dibulatkan ke atas" in out


def test_cakupan_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "cakupan", "--peserta", "144070", "--angkatan-kerja", "528873", "--target", "57.17", "--json"
    )
    assert status == 0
    data = json.loads(out)
    assert (data["rate"], data["target_participants"], data["gap"]) == (
        {"percent": "27.24"},
        302_357,
        158_287,
    )


@pytest.mark.parametrize(
    ("argv", "match"),
    [
        (("--peserta", "banyak", "--angkatan-kerja", "10"), None),
        (("--peserta", "5", "--angkatan-kerja", "10", "--dari", "2026-01"), "--dari"),
        (
            ("--peserta", "5", "--angkatan-kerja", "10", "--dari", "2026-01", "--sampai", "2026-02"),
            "--target",
        ),
    ],
)
def test_cakupan_mistakes(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], match: str | None
) -> None:
    try:
        status = main(["cakupan", *argv])
    except SystemExit as exc:
        status = int(exc.code or 0)
    err = capsys.readouterr().err
    assert status == 2
    assert "Traceback" not in err
    if match:
        assert match in err


@pytest.mark.parametrize(
    "argv",
    [
        [
            "anggaran",
            "--pekerja",
            "10",
            "--penghasilan",
            "1000000",
            "--dari",
            "2026-12",
            "--sampai",
            "2026-01",
        ],
        ["anggaran", "--dana", "500 juta", "--dari", "2026-12", "--sampai", "2026-01"],
    ],
)
def test_backwards_period_is_refused_in_indonesian(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A period given backwards is refused in the user's language, not with Python keyword names."""
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert (
        err
        == "jamsos: kesalahan: bulan terakhir Januari 2026 lebih awal daripada bulan pertama Desember 2026"
    )
    assert main([*argv, "--lang", "en"]) == 2
    assert (
        capsys.readouterr().err.strip()
        == "jamsos: error: last_month January 2026 is before first_month December 2026"
    )


def test_budget_notes_are_printed_in_the_users_language(capsys: pytest.CaptureFixture[str]) -> None:
    """The PP 50/2025 note under `anggaran --dana` follows --lang (it was English in Indonesian output)."""
    argv = ["anggaran", "--dana", "500 juta", "--dari", "2026-01", "--sampai", "2026-12"]
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "- iuran yang dibayar dari APBN/APBD tidak mendapat potongan PP 50/2025 (PP 50/2025 Pasal 3 ayat (5))"
    )
    assert main([*argv, "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "- budget-funded (APBN/APBD) contributions get no PP 50/2025 discount (PP 50/2025 Pasal 3 ayat (5))"
    )


def test_bpu_discount_note_has_its_indonesian_text() -> None:
    from jamsos import contributions

    (note,) = contributions.non_wage_earner(1_000_000, "2026-05", budget_funded=False).notes
    assert note.code == "bpu.relief_discount"
    assert note.text == "PP 50/2025 discount of 50% on JKK and JKM (PP 50/2025 Pasal 4 ayat (1))"
    assert (
        note.text_id == "potongan PP 50/2025 sebesar 50% atas iuran JKK dan JKM (PP 50/2025 Pasal 4 ayat (1))"
    )


def test_top_level_lang_and_env_reach_the_subcommand(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`jamsos --lang en anggaran ...` and JAMSOS_LANG=en speak English (the subcommand's own
    --lang default used to win); a subcommand --lang still overrides both."""
    argv = ["anggaran", "--dana", "500 juta", "--dari", "2026-01", "--sampai", "2026-12"]
    english = (
        "- budget-funded (APBN/APBD) contributions get no PP 50/2025 discount (PP 50/2025 Pasal 3 ayat (5))"
    )
    assert main(["--lang", "en", *argv]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == english and "Workers covered" in out
    monkeypatch.setenv("JAMSOS_LANG", "en")
    assert main(argv) == 0
    assert capsys.readouterr().out.splitlines()[-1] == english
    assert main([*argv, "--lang", "id"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("- iuran yang dibayar dari APBN/APBD")
