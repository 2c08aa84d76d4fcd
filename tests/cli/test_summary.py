"""Readable by default (issue 15): ``jkp``, ``jkm``, ``jkk`` and ``jp manfaat`` print the answer
first in at most 40 lines of at most 100 columns, in Indonesian and English, keeping the
amount, the schedule with its days written out, the notes and the articles; ``--rinci``
keeps the step-by-step explanation."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsos.cli import main

RIWAYAT = str(Path(__file__).parents[2] / "docs" / "examples" / "riwayat.csv")

JKP = ["jkp", "--phk", "2025-03-01", "--alasan", "efisiensi", "--upah", "6000000", "--riwayat", RIWAYAT,
       "--lahir", "1990-01-01", "--terdaftar", "2020-01-01"]  # fmt: skip
JKM = ["jkm", "--meninggal", "2025-05-10", "--masa-iur", "40", "--anak", "SD,SMA"]
JKK = ["jkk", "--upah", "5000000", "--kejadian", "2025-05-10", "--meninggal", "--anak", "SD,SMA"]
JP = ["jp", "manfaat", "--lahir", "1975-03-10", "--riwayat", RIWAYAT, "--jenis", "proyeksi",
      "--kenaikan-upah", "5", "--inflasi", "3"]  # fmt: skip

# (command, language) -> the first line, and text that must stay in the short answer
CASES = {
    (0, "id"): ("BERHAK — Rp18.000.000 (6 × Rp3.000.000)",
                ["1 April 2025 – 1 September 2025  6 × Rp3.000.000", "PP 6/2025 Pasal 21 ayat (1)",
                 "Catatan:", "PHK harus dibuktikan dengan dokumen", "syarat terpenuhi: 15"]),
    (0, "en"): ("ELIGIBLE — Rp18.000.000 (6 × Rp3.000.000)",
                ["1 April 2025 – 1 September 2025  6 × Rp3.000.000", "    PP 6/2025 Pasal 21 ayat (1)",
                 "Notes:", "the PHK must be proven with documents", "conditions met: 15"]),
    (1, "id"): ("JKM: santunan kematian — Rp195.000.000",
                ["10 Mei 2025                    Rp46.500.000", "10 Mei 2037 – 10 Mei 2041  5 × Rp12.000.000",
                 "PP 44/2015 Pasal 34 ayat (1) huruf d", "Catatan:", "dibayar paling lama 3 hari kerja"]),
    (1, "en"): ("JKM: death benefit — Rp195.000.000",
                ["10 May 2025                    Rp46.500.000", "10 May 2037 – 10 May 2041  5 × Rp12.000.000",
                 "PP 44/2015 Pasal 34 ayat (1) huruf d", "Notes:", "paid within 3 working days"]),
    (2, "id"): ("JKK: meninggal dunia akibat kecelakaan kerja — Rp415.000.000",
                ["10 Mei 2025                   Rp266.500.000", "PP 82/2019 Lampiran III", "Catatan:",
                 "dibayar paling lama 7 hari kerja"]),
    (2, "en"): ("JKK: death from a work accident — Rp415.000.000",
                ["10 May 2025                   Rp266.500.000", "PP 82/2019 Lampiran III", "Notes:",
                 "paid within 7 working days"]),
    (3, "id"): ("Proyeksi pensiun JP — Rp63.818.306",
                ["1 April 2038  Rp63.818.306", "PP 45/2015 Pasal 24 ayat (1)", "Catatan:",
                 "masa iur 170 bulan < 180"]),
    (3, "en"): ("JP pension projection — Rp63.818.306",
                ["1 April 2038  Rp63.818.306", "PP 45/2015 Pasal 24 ayat (1)", "Notes:",
                 "masa iur 170 months < 180"]),
}  # fmt: skip
COMMANDS = (JKP, JKM, JKK, JP)


@pytest.mark.parametrize(("which", "lang"), sorted(CASES))
def test_short_answer_first(which: int, lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*COMMANDS[which], "--lang", lang]) == 0
    lines = capsys.readouterr().out.splitlines()
    first, kept = CASES[which, lang]
    assert lines[0] == first
    assert len(lines) <= 40 and max(len(x) for x in lines) <= 100
    text = "\n".join(lines)
    assert [k for k in kept if k not in text] == []
    hint = "tambahkan --rinci" if lang == "id" else "add --rinci"
    assert lines[-1].endswith(hint)


@pytest.mark.parametrize("which", range(len(COMMANDS)))
def test_detail_keeps_the_explanation(which: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*COMMANDS[which], "--lang", "id"]) == 0
    short = capsys.readouterr().out
    assert main([*COMMANDS[which], "--lang", "id", "--rinci"]) == 0
    full = capsys.readouterr().out
    assert len(full.splitlines()) > 60 > len(short.splitlines())
    assert " · " in full and " · " not in short  # the explanation's inputs
