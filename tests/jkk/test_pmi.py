"""PMI JKK benefits: the death benefit by placement phase and the failed-departure benefit
(Permenaker 4/2023 from 2023-02-22; Permenaker 18/2018 superseded)."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import InvalidInputError, NotCoveredError, jkk
from jamsos.money import Rupiah

D = dt.date


@pytest.mark.parametrize("phase", ["before", "during", "after", "selama"])
def test_pmi_death_one_amount_whatever_the_phase(phase: str) -> None:
    a = jkk.death_benefit(wage=None, on=D(2025, 6, 27), segment="PMI", phase=phase)
    assert a.total == Rupiah(85_000_000)
    assert a.components[0].basis == ("Permenaker 4/2023 Pasal 34 ayat (1) huruf g",)
    assert [u.name for u in a.explain().unconfirmed()] == ["pmi.jkk.death"]


def test_pmi_death_day_before_and_day_of() -> None:
    with pytest.raises(NotCoveredError, match="2023-02-22"):
        jkk.death_benefit(wage=None, on=D(2023, 2, 21), segment="PMI", phase="during")
    assert jkk.death_benefit(wage=None, on=D(2023, 2, 22), segment="PMI", phase="during").total == Rupiah(
        85_000_000
    )


def test_a_wage_does_not_change_it_and_is_noted() -> None:
    a = jkk.death_benefit(wage=9_000_000, on=D(2025, 6, 27), segment="PMI", phase="during")
    assert a.total == Rupiah(85_000_000) and any("does not change" in n for n in a.notes)


def test_phase_only_for_pmi() -> None:
    with pytest.raises(InvalidInputError, match="only to migrant workers"):
        jkk.death_benefit(wage=1_000_000, on=D(2025, 6, 27), phase="during")


def test_failed_departure_day_before_and_day_of_permenaker_4_2023() -> None:
    assert jkk.failed_departure(on=D(2023, 2, 21)).total == Rupiah(7_500_000)
    on = jkk.failed_departure(on=D(2023, 2, 22))
    assert on.total == Rupiah(10_000_000)
    assert any("at most 5 months" in n for n in on.notes)
    with pytest.raises(NotCoveredError):
        jkk.failed_departure(on=D(2018, 12, 9))


def test_wage_earner_payment_note_comes_from_the_data() -> None:
    a = jkk.death_benefit(wage=4_000_000, on=D(2025, 5, 10))
    assert any(
        n.startswith("paid within 7 working days of a complete claim (PP 44/2015 Pasal 37 ayat (2))")
        for n in a.notes
    )
