"""jamsos.jkp.cash: the JKP cash benefit, worked examples of PP 37/2021 and PP 6/2025 Pasal 21."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from jamsos import Rupiah
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    MoneyTypeError,
)
from jamsos.jkp import cash_benefit

D = dt.date


def amounts(award: Any) -> list[int]:
    return [int(a) for _, a in award.payments]


# --------------------------------------------------------------------------------------
# cash benefit: worked examples (Pasal 21)
# --------------------------------------------------------------------------------------
def test_pp37_cash_benefit_at_cap() -> None:
    """PP 37/2021 Pasal 21 ayat (1): 45% x 5,000,000 for 3 months, 25% for 3 = Rp10,500,000."""
    award = cash_benefit(wage=5_000_000, terminated_on=D(2023, 5, 2))
    assert amounts(award) == [2_250_000] * 3 + [1_250_000] * 3
    assert award.total == Rupiah(10_500_000)
    assert award.component("cash benefit (manfaat uang tunai)").basis[0] == "PP 37/2021 Pasal 21 ayat (1)"


def test_pp37_wage_above_cap_uses_cap() -> None:
    """PP 37/2021 Pasal 21 ayat (3)-(4): a wage of 6,000,000 is paid on the 5,000,000 cap."""
    assert (
        amounts(cash_benefit(wage=6_000_000, terminated_on=D(2023, 5, 2)))
        == [2_250_000] * 3 + [1_250_000] * 3
    )


def test_pp6_cash_benefit_at_cap() -> None:
    """PP 6/2025 Pasal 21 ayat (1): 60% x 5,000,000 = 3,000,000 a month, 18,000,000 in 6 months."""
    award = cash_benefit(wage=Rupiah(9_000_000), terminated_on=D(2025, 3, 1))
    assert amounts(award) == [3_000_000] * 6
    assert award.total == Rupiah(18_000_000)
    assert next(d for d, _ in award.payments) == D(2025, 4, 1)


def test_rounding_of_each_payment() -> None:
    """PP 37/2021 Pasal 21: 45% of 4,123,457 = 1,855,555.65 -> 1,855,556; 25% -> 1,030,864.25 -> 1,030,864."""
    award = cash_benefit(wage="4123457", terminated_on=D(2023, 5, 2))
    assert amounts(award) == [1_855_556] * 3 + [1_030_864] * 3
    new = cash_benefit(wage="4123457", terminated_on=D(2025, 5, 2))  # 60% = 2,474,074.2
    assert amounts(new) == [2_474_074] * 6


def test_running_benefit_switches_to_60_percent() -> None:
    """PP 6/2025 Penjelasan Umum: remaining months of a running benefit are paid at 60% from 2025-02-07."""
    award = cash_benefit(wage=5_000_000, terminated_on=D(2024, 11, 1), claim_on=D(2024, 11, 15))
    days = [d for d, _ in award.payments]
    assert days == [
        D(2024, 12, 15),
        D(2025, 1, 15),
        D(2025, 2, 15),
        D(2025, 3, 15),
        D(2025, 4, 15),
        D(2025, 5, 15),
    ]
    assert amounts(award) == [2_250_000, 2_250_000, 3_000_000, 3_000_000, 3_000_000, 3_000_000]
    assert award.total == Rupiah(16_500_000)


def test_payment_rate_boundary_day() -> None:
    """A payment on 2025-02-06 is at the PP 37/2021 rate; on 2025-02-07 at PP 6/2025's 60%."""
    before = cash_benefit(wage=5_000_000, terminated_on=D(2025, 1, 2), claim_on=D(2025, 1, 6))
    on_day = cash_benefit(wage=5_000_000, terminated_on=D(2025, 1, 2), claim_on=D(2025, 1, 7))
    assert before.payments[0] == (D(2025, 2, 6), Rupiah(2_250_000))
    assert on_day.payments[0] == (D(2025, 2, 7), Rupiah(3_000_000))
    assert amounts(before)[1:] == [3_000_000] * 5


def test_fewer_months_and_month_end_clamp() -> None:
    """Months paid can be fewer than 6 (new job); payment dates clamp 31st to the month's end."""
    award = cash_benefit(wage=4_000_000, terminated_on=D(2025, 1, 31), claim_on=D(2025, 1, 31), months=2)
    assert award.payments == ((D(2025, 2, 28), Rupiah(2_400_000)), (D(2025, 3, 31), Rupiah(2_400_000)))


def test_non_cash_components_and_training_cap_boundary() -> None:
    """PMK 148/PMK.02/2021 and PMK 26/2025 Pasal 31 ayat (3): Rp1,000,000 then Rp2,400,000 (unconfirmed date)."""
    before = cash_benefit(wage=5_000_000, terminated_on=D(2025, 4, 1), claim_on=D(2025, 4, 13))
    on_day = cash_benefit(wage=5_000_000, terminated_on=D(2025, 4, 1), claim_on=D(2025, 4, 14))
    assert before.details["training_unit_cost_cap"] == Rupiah(1_000_000)
    assert on_day.details["training_unit_cost_cap"] == Rupiah(2_400_000)
    names = [c.name for c in on_day.components]
    assert any("informasi pasar kerja" in n for n in names)
    assert "job training (pelatihan kerja), non-cash" in names
    # the cap is in the training component's note and in the result's notes
    training = next(c for c in on_day.components if c.name.startswith("job training"))
    assert training.note is not None and "Rp2.400.000" in training.note
    assert any("Rp2.400.000" in n for n in on_day.notes)
    assert on_day.total == Rupiah(18_000_000)  # non-cash components add nothing to the cash total
    assert on_day.explain().unconfirmed()


def test_default_claim_date_before_launch() -> None:
    """No claim before 2022-02-22: the default claim date of an earlier PHK is the launch day."""
    award = cash_benefit(wage=5_000_000, terminated_on=D(2022, 2, 1))
    assert award.payments[0][0] == D(2022, 3, 22)


def test_award_explains_and_serializes() -> None:
    award = cash_benefit(wage=5_000_000, terminated_on=D(2025, 3, 1))
    text = award.explain().render("id")
    assert "Bulan manfaat ke-1" in text and "PP 6/2025 Pasal 21 ayat (1)" in text
    data = award.to_dict()
    assert data["total"] == "18000000" and len(data["payments"]) == 6


def test_bad_cash_benefit_input() -> None:
    with pytest.raises(MoneyTypeError):
        cash_benefit(wage=5e6, terminated_on=D(2025, 3, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        cash_benefit(wage=0, terminated_on=D(2025, 3, 1))
    with pytest.raises(InvalidInputError):
        cash_benefit(wage=5_000_000, terminated_on=D(2025, 3, 1), months=7)
    with pytest.raises(InvalidDateError):
        cash_benefit(wage=5_000_000, terminated_on=D(2025, 3, 1), claim_on=D(2025, 2, 1))
