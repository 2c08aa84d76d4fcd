"""Results read in the language setting: str(), HTML (captions, right-aligned amounts, schedules),
explanations as collapsible trees, Contributions as a DataFrame."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import ContributionHistory, Month, jkk, jkm, jp
from jamsos.contributions import wage_earner
from jamsos.i18n import use_lang


def test_str_follows_the_language_setting() -> None:
    c = wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    with use_lang("id"):
        assert str(c).splitlines()[0].split() == [
            "Program",
            "Pemberi",
            "kerja",
            "Pekerja",
            "Pemerintah",
            "Jumlah",
        ]
    with use_lang("en"):
        assert str(c).splitlines()[0].split() == ["Program", "Employer", "Worker", "Government", "Total"]


def test_award_text_names_components_and_compresses_the_schedule() -> None:
    a = jkk.death_benefit(wage=5_000_000, on=dt.date(2025, 1, 1), children=["SD"])
    text = a.table("id")
    assert "santunan kematian" in text
    assert "beasiswa pendidikan anak ke-1" in text
    # Lampiran III: SD Rp1.500.000 a year for the 5 years after the first payment.
    assert "1 Januari 2026 – 1 Januari 2030   5 × Rp1.500.000" in text
    assert len(text.splitlines()) <= 40


def test_pension_schedule_is_one_line_per_rate() -> None:
    h = ContributionHistory.constant(6_000_000, Month(2022, 3), Month(2025, 2))
    a = jp.disability_benefit(h, birth_date=dt.date(1990, 5, 1), disabled_on=dt.date(2025, 3, 10))
    assert "April 2025 – Maret 2026  12 × Rp942.282" in a.table("id")


def test_html_has_a_human_caption_and_right_aligned_amounts() -> None:
    a = jkm.death_benefit(died_on=dt.date(2025, 5, 10))
    with use_lang("id"):
        page = a._repr_html_()
    assert "<b>JKM: santunan kematian</b>" in page
    assert "<td style='text-align:right'>Rp20.000.000</td>" in page
    assert "10 Mei 2025" in page
    with use_lang("en"):
        assert "<b>JKM: death benefit</b>" in a._repr_html_()


def test_explanation_is_a_collapsible_tree_in_the_chosen_language() -> None:
    e = jkk.death_benefit(wage=5_000_000, on=dt.date(2025, 1, 1)).explain()
    with use_lang("id"):
        page = e._repr_html_()
        assert str(e).startswith("Manfaat JKK")
    assert page.startswith("<details open><summary>Manfaat JKK")
    assert page.count("<details") == 1 + sum(
        1
        for step in e.walk()
        if step is not e and (step.inputs or step.parameters or step.children or step.note)
    )
    assert "upah = Rp5.000.000" in page


def test_contributions_to_frame() -> None:
    pytest.importorskip("pandas")
    frame = wage_earner(8_000_000, Month(2025, 6), risk_class=1).to_frame()
    assert frame["program"].tolist() == ["jkk", "jkm", "jht", "jp", "jkp"]
    # PP 46/2015 Pasal 16: JHT 3,7% employer + 2% worker of Rp8.000.000.
    assert frame.set_index("program").loc["jht", ["employer", "worker", "total"]].tolist() == [
        296_000,
        160_000,
        456_000,
    ]
    assert str(frame["total"].dtype) == "int64"
    assert int(frame["total"].sum()) == 750_200
