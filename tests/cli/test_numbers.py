"""Every money and count option reads Indonesian notation the same way (one parser)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from jamsos.cli import main


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main([*argv, "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize("workers", ["1000", "1.000", "1 ribu", "1rb"])
def test_worker_count(capsys: pytest.CaptureFixture[str], workers: str) -> None:
    data = _json(capsys, "anggaran", "--pekerja", workers, "--dari", "2026-01", "--sampai", "2026-12")
    plain = _json(capsys, "anggaran", "--pekerja", "1000", "--dari", "2026-01", "--sampai", "2026-12")
    assert data == plain


@pytest.mark.parametrize("wage", ["8000000", "8.000.000", "8 juta", "Rp8.000.000", "8.000 rb"])
def test_wage(capsys: pytest.CaptureFixture[str], wage: str) -> None:
    data = _json(capsys, "iuran", "--upah", wage, "--risiko", "1", "--bulan", "2025-06")
    # PP 44/2015 Lampiran I: JKK 0,24% of Rp8.000.000.
    # (Compared as a number: the JSON form writes money as a JSON number or an exact string.)
    assert Decimal(str(data["programs"]["jkk"]["employer"])) == 19200  # type: ignore[index]


def test_a_count_with_a_fraction_is_refused_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["anggaran", "--pekerja", "1,5", "--dari", "2026-01", "--sampai", "2026-12"])
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == (
        "jamsos anggaran: kesalahan: argumen --pekerja/--workers: bilangan harus bilangan bulat, bukan '1,5'"
    )


def test_english_grouping_is_refused_with_the_way_to_write_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "jkk", "--upah", "5,000", "--tanggal", "2025-01-01", "--meninggal"])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "jamsos jkk: error: argument --upah/--wage: amount '5,000' is 5000 in English notation but 5 in "
        "Indonesian notation; write 5.000 for 5000, or 5"
    )


@pytest.mark.parametrize("wage", ["1.5e6", "1,5e6", "1.5E+6", "8e6"])
def test_exponent_notation_is_refused_with_a_way_that_works(
    capsys: pytest.CaptureFixture[str], wage: str
) -> None:
    """The refusal of "1.5e6" once suggested "1,5e6", itself refused: it now names forms that work."""
    assert main(["iuran", "--upah", wage, "--risiko", "1", "--bulan", "2025-06", "--lang", "en"]) == 2
    assert capsys.readouterr().err == (
        f"jamsos: error: amount '{wage}': exponent notation is not accepted; write the digits "
        "(1500000, 1.500.000) or a word (1,5 juta)\n"
    )
    for suggested in ("1500000", "1.500.000", "1,5 juta"):
        assert _json(capsys, "iuran", "--upah", suggested, "--risiko", "1", "--bulan", "2025-06")


def test_cakupan_counts_are_read_like_every_count(capsys: pytest.CaptureFixture[str]) -> None:
    """``--peserta 1.5`` was read as 15 participants (dots stripped): now refused as elsewhere."""
    with pytest.raises(SystemExit) as stop:
        main(["cakupan", "--peserta", "1.5", "--angkatan-kerja", "528873", "--lang", "en"])
    assert stop.value.code == 2
    assert "the dot groups thousands" in capsys.readouterr().err
    data = _json(capsys, "cakupan", "--peserta", "144.070", "--angkatan-kerja", "528 ribu")
    assert (data["participants"], data["workforce"]) == (144_070, 528_000)
