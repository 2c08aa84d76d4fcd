"""jamsos.jp.disability: the disability pension (MPC, PP 45/2015 Pasal 20)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from jamsos import ContributionHistory, ContributionRecord, Month, Rupiah, jp

D = dt.date


# -- disability ------------------------------------------------------------------------------------
def test_disability_deemed_15_years_with_revaluation() -> None:
    """Pasal 20 ayat (2)-(4): 36 months at 6,000,000, density 100%: 15 years used.

    Revalued to 2024: 2023 x 1.0261, 2022 x 1.0551 x 1.0261, 2021 x 1.0187 x 1.0551 x 1.0261; the
    average factor 1.0705405... x 6,000,000 x 1% x 15 = 963,486.47 -> 963,486 from February 2024.
    """
    h = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))
    a = jp.disability_benefit(h, birth_date=D(1980, 5, 1), disabled_on=D(2024, 1, 10))
    f23 = Decimal("1.0261")
    f22 = f23 * Decimal("1.0551")
    f21 = f22 * Decimal("1.0187")
    expected = (Decimal(6_000_000) * (f21 + f22 + f23) / 3 * Decimal("0.15")).quantize(Decimal(1))
    assert a.monthly == Rupiah(expected) == Rupiah(963_486)
    assert a.details["deemed_15_years"] is True
    assert a.payments[0][0] == Month(2024, 2)


def test_disability_one_month_after_registration() -> None:
    """Pasal 20 ayat (3) huruf b: the event on the day 1 month after registration qualifies, the day before not."""
    h = ContributionHistory.constant(6_000_000, Month(2024, 1), Month(2024, 1))
    ok = jp.disability_benefit(h, birth_date=D(1980, 5, 1), disabled_on=D(2024, 2, 1))
    assert ok.monthly == Rupiah(900_000)  # 1% x 15 x 6,000,000, limits 393,500..4,718,200 (March 2024)
    no = jp.disability_benefit(h, birth_date=D(1980, 5, 1), disabled_on=D(2024, 1, 31))
    assert no.monthly is None and no.kind == "jp.disability.lump_sum"


def test_disability_density_below_80_percent_is_a_lump_sum() -> None:
    """Pasal 20 ayat (3) huruf a: 7 months paid over 36 months of membership (19%)."""
    recs = [ContributionRecord(Month(2021, m), 6_000_000) for m in range(1, 7)]
    recs.append(ContributionRecord(Month(2023, 12), 6_000_000))
    a = jp.disability_benefit(ContributionHistory(recs), birth_date=D(1980, 5, 1), disabled_on=D(2024, 1, 10))
    assert a.kind == "jp.disability.lump_sum"
    assert a.component("accumulated contributions").amount == Rupiah(7 * 180_000)


def test_disability_after_pension_age_gives_old_age_benefit() -> None:
    """Pasal 20 ayat (1): only before pension age."""
    h = ContributionHistory.constant(1_000_000, Month(2026, 9), Month(2026, 10))
    a = jp.disability_benefit(h, birth_date=D(1967, 11, 10), disabled_on=D(2026, 11, 10))
    assert a.kind == "jp.old_age.lump_sum" and "Pasal 20" in a.notes[0]
