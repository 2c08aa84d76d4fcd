"""JKM of migrant workers (PMI) by placement phase (Permenaker 4/2023, from 2023-02-22)."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import InvalidInputError, NotCoveredError, jkm
from jamsos.errors import UnknownValueError
from jamsos.money import Rupiah
from jamsos.placement import Phase

DAY = dt.date(2025, 4, 15)


@pytest.mark.parametrize("phase", ["before", "after", "sebelum", "setelah", Phase.AFTER])
def test_outside_placement_three_parts(phase: object) -> None:
    """Before or after placement: Rp20 jt lump sum + Rp12 jt periodic + Rp10 jt funeral."""
    a = jkm.death_benefit(died_on=DAY, segment="PMI", phase=phase)  # type: ignore[arg-type]
    assert [(c.name, c.amount) for c in a.components] == [
        ("lump sum", Rupiah(20_000_000)),
        ("periodic benefit", Rupiah(12_000_000)),
        ("funeral", Rupiah(10_000_000)),
    ]
    assert a.total == Rupiah(42_000_000)
    assert a.payments == ((DAY, Rupiah(42_000_000)),)
    assert a.components[0].basis == ("Permenaker 4/2023 Lampiran",)


def test_during_placement_one_amount() -> None:
    a = jkm.death_benefit(died_on=DAY, segment="PMI", phase="during")
    assert a.total == Rupiah(85_000_000) and len(a.components) == 1
    assert a.details["phase"] == "during"


def test_pmi_amounts_are_reported_as_unconfirmed() -> None:
    used = jkm.death_benefit(died_on=DAY, segment="PMI", phase="during").explain().unconfirmed()
    assert [u.name for u in used] == ["pmi.jkm.during_placement.total"]


def test_day_before_and_day_of_permenaker_4_2023() -> None:
    """During placement: Rp85 jt under Permenaker 18/2018 (superseded) and under 4/2023."""
    before = jkm.death_benefit(died_on=dt.date(2023, 2, 21), segment="PMI", phase="during")
    on = jkm.death_benefit(died_on=dt.date(2023, 2, 22), segment="PMI", phase="during")
    assert before.total == on.total == Rupiah(85_000_000)
    assert before.components[0].basis == ("Permenaker 18/2018 Lampiran",)
    assert on.components[0].basis == ("Permenaker 4/2023 Lampiran",)
    with pytest.raises(NotCoveredError, match="2023-02-22"):
        jkm.death_benefit(died_on=dt.date(2023, 2, 21), segment="PMI", phase="after")
    assert jkm.death_benefit(died_on=dt.date(2023, 2, 22), segment="PMI", phase="after").total == Rupiah(
        42_000_000
    )


def test_phase_errors() -> None:
    with pytest.raises(InvalidInputError, match="phase='before', 'during' or 'after'"):
        jkm.death_benefit(died_on=DAY, segment="PMI")
    with pytest.raises(InvalidInputError, match="only to migrant workers"):
        jkm.death_benefit(died_on=DAY, phase="during")
    with pytest.raises(UnknownValueError, match="accepted: before"):
        jkm.death_benefit(died_on=DAY, segment="PMI", phase="on-leave")


def test_wage_earner_payment_note_comes_from_the_data() -> None:
    a = jkm.death_benefit(died_on=DAY)
    assert a.notes[0].startswith(
        "paid within 3 working days of a complete claim (PP 44/2015 Pasal 40 ayat (3))"
    )
