"""jamsos.jkk.claims: arrears, claim lapse, occupational disease and accident coverage (PP 44/2015 Pasal 1 angka 6, 6, 38, 39, 48)."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import jkk
from jamsos.errors import (
    InvalidInputError,
)

PP44_LAST = dt.date(2019, 12, 1)


PP82_FIRST = dt.date(2019, 12, 2)


ON = dt.date(2025, 5, 10)


def test_arrears_pasal_38_39() -> None:
    assert jkk.arrears(months_in_arrears=3, on=ON).details["payer"] == "bpjs"
    assert jkk.arrears(months_in_arrears=4, on=ON).details["payer"] == "employer"
    assert jkk.arrears(months_in_arrears=3, on=ON, segment="BPU").eligible
    assert not jkk.arrears(months_in_arrears=4, on=ON, segment="BPU").eligible


def test_claim_lapse_two_then_five_years() -> None:
    """Pasal 26: 2 years (PP 44); 5 years from the accident or diagnosis (PP 82)."""
    assert jkk.claim_lapse(event_on=PP44_LAST, claim_on=dt.date(2021, 11, 30)).eligible
    assert not jkk.claim_lapse(event_on=PP44_LAST, claim_on=dt.date(2021, 12, 1)).eligible
    d = jkk.claim_lapse(event_on=PP82_FIRST, claim_on=dt.date(2024, 12, 1))
    assert d.eligible and d.details["deadline"] == dt.date(2024, 12, 1)
    assert not jkk.claim_lapse(event_on=PP82_FIRST, claim_on=dt.date(2024, 12, 2)).eligible
    with pytest.raises(InvalidInputError):
        jkk.claim_lapse(event_on=ON, claim_on=dt.date(2025, 1, 1))


def test_occupational_disease_three_years() -> None:
    """Pasal 48 ayat (2)."""
    end = dt.date(2022, 1, 31)
    assert jkk.occupational_disease(employment_ended_on=end, diagnosed_on=dt.date(2025, 1, 31)).eligible
    assert not jkk.occupational_disease(employment_ended_on=end, diagnosed_on=dt.date(2025, 2, 1)).eligible


def test_accident_coverage_and_commuting() -> None:
    assert jkk.accident_coverage(on=ON, covered_from=ON, commuting=True).eligible
    d = jkk.accident_coverage(on=ON, covered_from=ON, commuting=True, usual_route=False)
    assert [r.code for r in d.failed] == ["commuting_usual_route"]
    assert not jkk.accident_coverage(on=ON, covered_from=ON + dt.timedelta(days=1)).eligible
