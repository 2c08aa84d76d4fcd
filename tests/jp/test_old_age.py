"""jamsos.jp.old_age: the old-age pension (MPHT), hand-computed from PP 45/2015 Pasal 17-19."""

from __future__ import annotations

import datetime as dt

import pytest
from jp_cases import future

from jamsos import ContributionHistory, Month, Rupiah, jp
from jamsos.errors import (
    InvalidDateError,
)

D = dt.date


BIRTH_61 = D(1972, 1, 15)  # 61 in force 2031-2033: pension date 2033-01-15, first pension month 2033-02


@pytest.mark.usefixtures("current_law")
# -- old-age pension -----------------------------------------------------------------------------
def test_old_age_pension_formula_no_inflation() -> None:
    """Pasal 17 ayat (2), 19: 1% x 192/12 x 5,000,000 = 800,000 from the month after pension age."""
    h = ContributionHistory.constant(5_000_000, Month(2017, 1), Month(2032, 12))
    a = jp.old_age_benefit(h, birth_date=BIRTH_61, params=future())
    assert a.kind == "jp.old_age.pension"
    assert a.monthly == Rupiah(800_000)
    assert a.payments[0] == (Month(2033, 2), Rupiah(800_000))
    assert len(a.payments) == 12
    assert "Pasal 17" in str(a.explain())


@pytest.mark.usefixtures("current_law")
def test_old_age_pension_capped_wage() -> None:
    """Pasal 29 cap (flat 7,000,000 here): 1% x 180/12 x 7,000,000 = 1,050,000 for a 10,000,000 wage."""
    h = ContributionHistory.constant(10_000_000, Month(2018, 1), Month(2032, 12))
    a = jp.old_age_benefit(h, birth_date=BIRTH_61, params=future(flat_cap="7000000"))
    assert a.monthly == Rupiah(1_050_000)


@pytest.mark.usefixtures("current_law")
def test_old_age_pension_raised_to_minimum_and_lowered_to_maximum() -> None:
    """Pasal 18: 1% x 16 x 1,000,000 = 160,000 -> minimum 411,400; 1% x 16 x 100M = 16M -> maximum 4,932,300."""
    low = ContributionHistory.constant(1_000_000, Month(2017, 1), Month(2032, 12))
    assert jp.old_age_benefit(low, birth_date=BIRTH_61, params=future()).monthly == Rupiah(411_400)
    high = ContributionHistory.constant(100_000_000, Month(2017, 1), Month(2032, 12))
    big = future(flat_cap="100000000")
    assert jp.old_age_benefit(high, birth_date=BIRTH_61, params=big).monthly == Rupiah(4_932_300)


@pytest.mark.usefixtures("current_law")
def test_deferral_up_to_three_years() -> None:
    """Pasal 15 ayat (4): start the month after stopping work, at most 3 years after pension age."""
    h = ContributionHistory.constant(5_000_000, Month(2017, 1), Month(2032, 12))
    a = jp.old_age_benefit(h, birth_date=BIRTH_61, params=future(), retire_on=D(2034, 6, 20))
    assert a.details["first_month"] == Month(2034, 7)
    b = jp.old_age_benefit(h, birth_date=BIRTH_61, params=future(), retire_on=D(2040, 1, 1))
    assert b.details["first_month"] == Month(2036, 2)
    assert any("capped" in n for n in b.notes)
    with pytest.raises(InvalidDateError):
        jp.old_age_benefit(h, birth_date=BIRTH_61, params=future(), retire_on=D(2032, 1, 1))


@pytest.mark.usefixtures("current_law")
def test_179_months_is_a_lump_sum_180_a_pension() -> None:
    """Pasal 19 ayat (1) and 24: 180 months is the boundary."""
    p = future()
    h180 = ContributionHistory.constant(5_000_000, Month(2018, 1), Month(2032, 12))
    h179 = ContributionHistory.constant(5_000_000, Month(2018, 2), Month(2032, 12))
    assert jp.old_age_benefit(h180, birth_date=BIRTH_61, params=p).monthly == Rupiah(750_000)
    lump = jp.old_age_benefit(h179, birth_date=BIRTH_61, params=p)
    assert lump.monthly is None and lump.kind == "jp.old_age.lump_sum"
