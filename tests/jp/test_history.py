"""jamsos.jp.history: months paid, wage caps, density and revaluation (PP 45/2015 Pasal 17)."""

from __future__ import annotations

from decimal import Decimal

from jamsos import ContributionHistory, ContributionRecord, Month, Rupiah, jp


# -- history reading ---------------------------------------------------------------------------
def test_summary_caps_each_month_and_density() -> None:
    """Pasal 29: the JP wage of a month is capped at that month's cap; density = paid / membership."""
    h = ContributionHistory(
        [
            ContributionRecord(Month(2025, 2), 12_000_000),
            ContributionRecord(Month(2025, 3), 12_000_000),
            ContributionRecord(Month(2025, 6), 0),
        ]
    )
    s = jp.summarize(h, end=Month(2025, 6))
    assert [w[3] for w in s.wages] == [Rupiah(10_042_300), Rupiah(10_547_400)]
    assert (s.masa_iur, s.membership_months, s.capped_months) == (2, 5, 2)
    assert s.density == Decimal("0.4")


def test_revaluation_factors_hand_computed() -> None:
    """Pasal 17 ayat (3): 2023 wages x 1.0261 x 1.0157, 2024 wages x 1.0157 when revalued to 2025."""
    h = ContributionHistory.constant(5_000_000, Month(2023, 1), Month(2024, 12))
    r = jp.revalue(jp.summarize(h), to_year=2025)
    assert r.factors[2023] == Decimal("1.0261") * Decimal("1.0157")
    assert r.total == Rupiah(
        Decimal("60000000") * Decimal("1.04220977") + Decimal("60000000") * Decimal("1.0157")
    )
