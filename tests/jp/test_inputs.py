"""jamsos.jp.inputs: bad histories, dates and assumptions are clear errors; inputs are not mutated."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import ContributionHistory, ContributionRecord, Month, jp
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    MoneyTypeError,
)
from jamsos.jp import Survivors

D = dt.date


# -- bad input -------------------------------------------------------------------------------------------
def test_bad_histories() -> None:
    with pytest.raises(InvalidHistoryError):
        ContributionHistory([ContributionRecord("2024-01", 1), ContributionRecord("2024-01", 1)])
    with pytest.raises(InvalidHistoryError):
        ContributionHistory([ContributionRecord("2024-02", 1), ContributionRecord("2024-01", 1)])
    with pytest.raises(InvalidHistoryError, match="before JP began"):
        jp.old_age_benefit(ContributionHistory.constant(1, "2015-06", "2015-08"), birth_date=D(1962, 1, 1))
    with pytest.raises(InvalidHistoryError, match="outside JP membership"):
        jp.old_age_benefit(
            ContributionHistory.constant(1_000_000, "2023-01", "2023-07"), birth_date=D(1965, 7, 16)
        )
    with pytest.raises(InvalidHistoryError):
        jp.old_age_benefit([], birth_date=D(1965, 7, 16))  # type: ignore[arg-type]


def test_bad_dates() -> None:
    h = ContributionHistory.constant(1_000_000, "2023-01", "2023-06")
    with pytest.raises(InvalidDateError, match="younger than 15"):
        jp.disability_benefit(h, birth_date=D(2010, 1, 1), disabled_on=D(2023, 7, 1))
    with pytest.raises(InvalidDateError):
        jp.disability_benefit(h, birth_date=D(2025, 1, 1), disabled_on=D(2023, 7, 1))
    with pytest.raises(InvalidDateError):
        jp.disability_benefit(h, birth_date=D(1980, 1, 1), disabled_on=D(2023, 7, 1), claim_on=D(2023, 6, 1))
    with pytest.raises(InvalidDateError):
        jp.disability_benefit(
            h, birth_date=D(1980, 1, 1), disabled_on=D(2023, 7, 1), determined_on=D(2023, 6, 1)
        )
    with pytest.raises(InvalidDateError):
        jp.survivor_benefit(
            h,
            birth_date=D(1980, 1, 1),
            died_on=D(2023, 7, 1),
            survivors=Survivors(spouse=True, spouse_ends_on=D(2023, 1, 1)),
        )
    with pytest.raises(InvalidDateError):
        jp.survivor_benefit(
            h,
            birth_date=D(1980, 1, 1),
            died_on=D(2023, 7, 1),
            survivors=Survivors(children=(D(2024, 12, 1),)),
        )
    with pytest.raises(InvalidDateError):
        jp.old_age_benefit(h, birth_date=D(1965, 7, 16), claim_on=D(2023, 7, 1))


def test_bad_assumptions() -> None:
    h = ContributionHistory.constant(8_000_000, Month(2015, 7), Month(2025, 12))
    with pytest.raises(MoneyTypeError):
        jp.project(h, birth_date=D(1975, 3, 10), wage_growth=0.05, inflation="3")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        jp.project(h, birth_date=D(1975, 3, 10), wage_growth="500", inflation="3")
    with pytest.raises(InvalidInputError):
        jp.survivor_benefit(h, birth_date=D(1975, 3, 10), died_on=D(2026, 1, 1), survivors="spouse")  # type: ignore[arg-type]


def test_inputs_not_mutated_and_results_serialise() -> None:
    h = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))
    before = h.records
    a = jp.disability_benefit(h, birth_date=D(1980, 5, 1), disabled_on=D(2024, 1, 10))
    assert h.records == before
    import json

    json.dumps(a.to_dict())
    json.dumps(a.explain().to_dict())
    assert "Manfaat" in a.explain().render("id")
