"""jamsos.contributions.non_wage_earner: BPU packages, income bands, the PP 50/2025 discount and the
COVID relief."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import (
    Month,
    contributions,
)

C = contributions


# --- non-wage earners -------------------------------------------------------------------
def test_bpu_packages() -> None:
    """Rp1 jt: JKK 1% = 10,000 + JKM 6,800 = 16,800; with JHT 2% = 36,800 (PP 44/2015 Pasal 20)."""
    assert C.non_wage_earner(1_000_000, Month(2025, 6)).total == 16_800
    c = C.non_wage_earner(1_000_000, Month(2025, 6), jht=True)
    assert (c.jkk.worker, c.jkm.worker, c.jht.worker, c.total) == (10_000, 6_800, 20_000, 36_800)
    assert c.employer == 0


@pytest.mark.parametrize(
    ("month", "transport", "total"),
    [
        ("2025-12", True, 16_800),
        ("2026-01", True, 8_400),
        ("2027-03", True, 8_400),
        ("2027-04", True, 16_800),
        ("2026-03", False, 16_800),
        ("2026-04", False, 8_400),
        ("2026-12", False, 8_400),
        ("2027-01", False, 16_800),
    ],
)
def test_pp_50_2025_windows(month: str, transport: bool, total: int) -> None:
    """PP 50/2025 Pasal 4(1), 7: transport Jan 2026 – Mar 2027, other BPU Apr – Dec 2026, 50% off."""
    assert C.non_wage_earner(1_000_000, Month.parse(month), transport_worker=transport).total == total


def test_pp_50_2025_excludes_budget_funded_and_jht() -> None:
    """APBN/APBD-funded contributions are excluded (Pasal 3(5)); JHT is never discounted."""
    funded = C.non_wage_earner(1_000_000, Month(2026, 5), budget_funded=True)
    assert (funded.government, funded.worker) == (16_800, 0)
    with_jht = C.non_wage_earner(1_000_000, Month(2026, 5), jht=True)
    assert (with_jht.jkk.worker, with_jht.jkm.worker, with_jht.jht.worker) == (5_000, 3_400, 20_000)


def test_bpu_covid_relief() -> None:
    """PP 49/2020: BPU JKM Rp6,800 → Rp68 and JKK 10,000 → 100 in September 2020."""
    c = C.non_wage_earner(1_000_000, Month(2020, 9))
    assert (c.jkk.worker, c.jkm.worker) == (100, 68)


def test_bpu_income_below_the_lowest_band_is_placed_in_it() -> None:
    """PP 44/2015 Pasal 20 + Lampiran II: Rp999.999 is placed in the lowest band (Rp1 jt), with a note."""
    c = C.non_wage_earner(999_999, Month(2025, 6), jht=True)
    assert (c.jkk.worker, c.jkm.worker, c.jht.worker) == (10_000, 6_800, 20_000)
    assert "placed in the lowest band, Rp1.000.000" in c.notes[0]


def test_bpu_income_above_the_highest_band_is_capped() -> None:
    """The highest band (Rp20.7 jt): JKK Rp207,000 and JHT Rp414,000 for any higher income;
    Rp20 jt is between the bands: 1% and 2%."""
    high = C.non_wage_earner(50_000_000, Month(2025, 6), jht=True)
    assert (high.jkk.worker, high.jht.worker) == (207_000, 414_000)
    assert any("highest income band" in str(n) for n in high.notes)
    mid = C.non_wage_earner(20_000_000, Month(2025, 6), jht=True)
    assert (mid.jkk.worker, mid.jht.worker) == (200_000, 400_000)
    halved = C.non_wage_earner(50_000_000, Month(2026, 5))  # PP 50/2025: 50% off the band amount
    assert halved.jkk.worker == 103_500


# --- properties -----------------------------------------------------------------------------
months = st.builds(Month.from_index, st.integers(Month(2015, 7).index, Month(2027, 2).index))


@given(
    st.integers(min_value=1_000_000, max_value=50_000_000),
    months,
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_bpu_parties_and_bounds(income: int, month: Month, jht: bool, transport: bool, funded: bool) -> None:
    """BPU: the member or the budget pays everything; discounts never raise the amount."""
    c = C.non_wage_earner(income, month, jht=jht, transport_worker=transport, budget_funded=funded)
    assert c.employer == 0
    assert (c.government if funded else c.worker) == c.total
    assert c.jkm.total <= 6_800
