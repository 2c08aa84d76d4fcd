"""jamsos.jp.formula: the benefit limits of Pasal 18, published and derived, and the indexation."""

from __future__ import annotations

import datetime as dt

import pytest
from jp_cases import future

from jamsos import ContributionHistory, Month, Rupiah, jp
from jamsos.errors import (
    NotCoveredError,
)

D = dt.date


BIRTH_61 = D(1972, 1, 15)  # 61 in force 2031-2033: pension date 2033-01-15, first pension month 2033-02


# -- limits ---------------------------------------------------------------------------------
def test_benefit_limits_published_and_boundaries() -> None:
    """PP 45/2015 Pasal 18: 300,000 / 3,600,000 at first; published 2016, 2023, 2024 figures from March."""
    assert jp.benefit_limits(Month(2016, 2)) == (Rupiah(300_000), Rupiah(3_600_000))
    assert jp.benefit_limits(Month(2016, 3)) == (Rupiah(310_050), Rupiah(3_720_600))
    assert jp.benefit_limits(Month(2024, 2)) == (Rupiah(383_400), Rupiah(4_598_100))
    assert jp.benefit_limits(Month(2024, 3)) == (Rupiah(393_500), Rupiah(4_718_200))
    with pytest.raises(NotCoveredError):
        jp.benefit_limits(Month(2027, 3))


def test_derived_limits_are_unconfirmed() -> None:
    """Pasal 18 ayat (3): 2025 = 393,500 x 1.0157 = 399,677.95, rounded up to Rp100, marked unconfirmed."""
    from jamsos import parameters

    dv = parameters.value("jp.benefit.minimum", D(2025, 3, 1))
    assert dv.value == Rupiah(399_700) and not dv.confirmed
    assert parameters.value("jp.benefit.minimum", D(2024, 3, 1)).confirmed


@pytest.mark.usefixtures("current_law")
def test_indexation_each_year() -> None:
    """Pasal 17 ayat (1) huruf b, (4): the 13th payment = 800,000 x (1 + 3%) = 824,000."""
    h = ContributionHistory.constant(5_000_000, Month(2017, 1), Month(2032, 12))
    p = future().override("jp.inflation", D(2033, 1, 1), "3")
    a = jp.old_age_benefit(h, birth_date=BIRTH_61, params=p, schedule_months=13)
    assert a.payments[11] == (Month(2034, 1), Rupiah(800_000))
    assert a.payments[12] == (Month(2034, 2), Rupiah(824_000))
