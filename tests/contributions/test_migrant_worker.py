"""jamsos.contributions.migrant_worker: PMI packages (Permenaker 4/2023) and their regimes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import strategies as st

from jamsos import (
    InvalidInputError,
    Month,
    NotCoveredError,
    contributions,
)

C = contributions


# --- migrant workers --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("months", "total"),
    [(24, 370_000), (12, 226_500), (6, 145_500), (9, 186_000), (30, 451_000), (1, 145_500)],
)
def test_pmi_packages_permenaker_4_2023(months: int, total: int) -> None:
    """Permenaker 4/2023 Pasal 18: 37,500 pre-placement + 108,000/189,000/332,500; +13,500 per extra month.

    9 months: min(189,000, 108,000 + 3 × 13,500 = 148,500) + 37,500 = 186,000.
    """
    assert C.migrant_worker(on=dt.date(2024, 5, 1), contract_months=months).total == total


def test_pmi_regimes_and_errors() -> None:
    """Permenaker 18/2018 flat 332,500 up to 24 months; before it the data does not cover PMI."""
    assert C.migrant_worker(on=dt.date(2023, 2, 21), contract_months=12).total == 370_000
    assert C.migrant_worker(on=dt.date(2023, 2, 22), contract_months=12).total == 226_500
    assert C.migrant_worker(on=dt.date(2024, 5, 1), contract_months=24, pre_placement=False).total == 332_500
    with_jht = C.migrant_worker(on=dt.date(2024, 5, 1), contract_months=24, jht=100_000)
    assert with_jht.jht.worker == 100_000
    with pytest.raises(InvalidInputError, match="between 1 and 24"):
        C.migrant_worker(on=dt.date(2019, 5, 1), contract_months=30)
    with pytest.raises(InvalidInputError):
        C.migrant_worker(on=dt.date(2024, 5, 1), contract_months=0)
    with pytest.raises(InvalidInputError, match="not one of"):
        C.migrant_worker(on=dt.date(2024, 5, 1), contract_months=24, jht=75_000)
    with pytest.raises(NotCoveredError, match="PMI"):
        C.migrant_worker(on=dt.date(2018, 1, 1), contract_months=24)


# --- properties -----------------------------------------------------------------------------
months = st.builds(Month.from_index, st.integers(Month(2015, 7).index, Month(2027, 2).index))
