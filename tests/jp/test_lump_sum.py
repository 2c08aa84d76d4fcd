"""jamsos.jp.lump_sum: contributions and their development paid at once (PP 45/2015 Pasal 24)."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import ContributionHistory, Month, Rate, Rupiah, jp
from jamsos.errors import (
    MissingRateError,
)
from jamsos.parameters import official

D = dt.date


def test_lump_sum_hand_computed() -> None:
    """Pasal 24: 2 months x (20,000 + 10,000); 6.47%/12 a month on the opening balance; paid 2026-12-01.

    Sep: 30,000. Oct: 30,000 x 1.00539166.. + 30,000 = 60,161.75. Nov: x 1.00539166.. = 60,486.12 -> 60,486.
    """
    h = ContributionHistory.constant(1_000_000, Month(2026, 9), Month(2026, 10))
    a = jp.old_age_benefit(h, birth_date=D(1967, 11, 10))
    assert a.component("accumulated contributions").amount == Rupiah(60_000)
    assert a.total == Rupiah(60_486)
    assert a.payments == ((D(2026, 12, 1), Rupiah(60_486)),)
    b = jp.old_age_benefit(h, birth_date=D(1967, 11, 10), development_rates={2026: Rate.percent("12")})
    assert b.total == Rupiah(60_903)  # 30,300 + 30,000 = 60,300; x 1.01 = 60,903


def test_lump_sum_missing_rate() -> None:
    h = ContributionHistory.constant(1_000_000, Month(2026, 9), Month(2027, 3))
    p = official().override("jp.wage_cap", D(2027, 3, 1), "11086300")
    with pytest.raises(MissingRateError, match="2027"):
        jp.old_age_benefit(h, birth_date=D(1968, 6, 1), params=p)
