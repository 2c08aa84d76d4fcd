"""--anggap-hukum-tetap past the horizon (31 Dec 2027): one line at the top says it is a projection.

Issue 11 §3: a person reading the text output is told in their language, before any number,
that the law data ends on the horizon and later values are assumed unchanged. Within the data's
coverage, or without the opt-in, or in JSON (which says ``law_version.projection``), no line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
ID = "Proyeksi menurut hukum yang berlaku: data hukum sampai 31 Desember 2027; sesudahnya dianggap tetap."
EN = "Projection under current law: law data known until 31 December 2027; later values assumed unchanged."

COVERAGE = ["cakupan", "--peserta", "144070", "--angkatan-kerja", "528873", "--target", "57.17"]
JKP = ["--alasan", "efisiensi", "--upah", "6000000", "--riwayat", str(EXAMPLES / "riwayat.csv")]
JKP += ["--lahir", "1990-01-01", "--terdaftar", "2020-01-01"]

#: (command past the horizon, the same command within the data's coverage). Not here: a PU
#: month past February 2027 needs the JP wage cap published each March (refused even with the
#: opt-in), and jkm/jkk/peristiwa refuse an event after today (2 December 2026 < the horizon).
COMMANDS = {
    "iuran bpu ringkas": (
        ["iuran", "--segmen", "bpu", "--upah", "1000000", "--bulan", "2029-05", "--ringkas"],
        ["iuran", "--segmen", "bpu", "--upah", "1000000", "--bulan", "2026-05", "--ringkas"],
    ),
    "iuran pmi": (
        ["iuran", "--segmen", "pmi", "--tanggal", "2029-05-01", "--kontrak", "24"],
        ["iuran", "--segmen", "pmi", "--tanggal", "2026-05-01", "--kontrak", "24"],
    ),
    "iuran jakon": (
        ["iuran", "--segmen", "jakon", "--bulan", "2029-01", "--nilai", "1000000000"],
        ["iuran", "--segmen", "jakon", "--bulan", "2026-01", "--nilai", "1000000000"],
    ),
    "anggaran": (
        ["anggaran", "--dana", "500.000.000", "--dari", "2029-01", "--sampai", "2029-12"],
        ["anggaran", "--dana", "500.000.000", "--dari", "2026-01", "--sampai", "2026-12"],
    ),
    "cakupan": (
        [*COVERAGE, "--dari", "2029-01", "--sampai", "2029-12"],
        [*COVERAGE, "--dari", "2026-01", "--sampai", "2026-12"],
    ),
    "jkp": (
        ["jkp", "--phk", "2029-03-01", *JKP],
        ["jkp", "--phk", "2025-03-01", *JKP],
    ),
}


def _out(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    status = main(argv)
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


@pytest.mark.parametrize("name", list(COMMANDS))
@pytest.mark.parametrize(("lang", "line"), [("id", ID), ("en", EN)])
def test_the_projection_line_heads_a_projected_output(
    capsys: pytest.CaptureFixture[str], name: str, lang: str, line: str
) -> None:
    past, _ = COMMANDS[name]
    out = _out(capsys, ["--lang", lang, *past, "--anggap-hukum-tetap"])
    assert out.splitlines()[0] == line


@pytest.mark.parametrize("name", list(COMMANDS))
def test_no_projection_line_within_the_data(capsys: pytest.CaptureFixture[str], name: str) -> None:
    _, inside = COMMANDS[name]
    for lang in ("id", "en"):
        out = _out(capsys, ["--lang", lang, *inside, "--anggap-hukum-tetap"])
        assert "Proyeksi menurut" not in out and "Projection under current law" not in out


def test_json_says_it_in_the_law_version_not_in_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    past, _ = COMMANDS["iuran bpu ringkas"]
    out = _out(capsys, [*past, "--anggap-hukum-tetap", "--json"])
    assert out.startswith("{") and '"projection": true' in out


def test_program_summary_heads_with_the_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    argv = ["program", str(EXAMPLES / "daftar.csv"), "--dari", "2029-01", "--sampai", "2029-12"]
    out = _out(capsys, [*argv, "-o", str(tmp_path / "p.csv"), "--anggap-hukum-tetap"])
    assert out.splitlines()[0] == ID
