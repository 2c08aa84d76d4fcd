"""JP (Jaminan Pensiun): hand-computed cases from PP 45/2015, boundaries and bad input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jamsos import ContributionHistory, ContributionRecord, Month, Rate, Rupiah, jp
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    MissingRateError,
    MoneyTypeError,
    NotCoveredError,
)
from jamsos.jp import Child, Survivors
from jamsos.parameters import ParameterSet, official

D = dt.date


def future(*, inflation: str = "0", flat_cap: str | None = None, from_2015: bool = True) -> ParameterSet:
    """Official data, plus assumed values for the years not published yet (for hand computation).

    ``from_2015``: zero (or the given) inflation for every year, so that revaluation is neutral.
    """
    p = official()
    p = p.override("jp.inflation", D(2015, 1, 1) if from_2015 else D(2026, 1, 1), inflation)
    p = p.override("jp.benefit.minimum", D(2027, 3, 1), "411400")
    p = p.override("jp.benefit.maximum", D(2027, 3, 1), "4932300")
    p = p.override("jp.lump_sum.development_rate", D(2027, 1, 1), "6.47")
    if flat_cap is not None:
        return p.override("jp.wage_cap", D(2015, 7, 1), flat_cap)
    return p.override("jp.wage_cap", D(2027, 3, 1), "11086300")


BIRTH_61 = D(1972, 1, 15)  # 61 in force 2031-2033: pension date 2033-01-15, first pension month 2033-02


# -- pension age, dates, registration ------------------------------------------------------
@pytest.mark.parametrize(
    ("day_before", "day_of", "before", "after"),
    [
        (D(2018, 12, 31), D(2019, 1, 1), 56, 57),
        (D(2021, 12, 31), D(2022, 1, 1), 57, 58),
        (D(2024, 12, 31), D(2025, 1, 1), 58, 59),
        (D(2027, 12, 31), D(2028, 1, 1), 59, 60),
        (D(2030, 12, 31), D(2031, 1, 1), 60, 61),
        (D(2033, 12, 31), D(2034, 1, 1), 61, 62),
        (D(2036, 12, 31), D(2037, 1, 1), 62, 63),
        (D(2039, 12, 31), D(2040, 1, 1), 63, 64),
        (D(2042, 12, 31), D(2043, 1, 1), 64, 65),
    ],
)
def test_pension_age_steps(day_before: dt.date, day_of: dt.date, before: int, after: int) -> None:
    """PP 45/2015 Pasal 15 ayat (1)-(3): 56, 57 from 2019-01-01, +1 every 3 years to 65."""
    assert jp.pension_age(day_before) == before
    assert jp.pension_age(day_of) == after


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (D(1962, 12, 31), D(2018, 12, 31)),  # 56 on the last day of the 56 regime
        (D(1963, 1, 1), D(2020, 1, 1)),  # 56 on the first day of the 57 regime: waits for 57
        (D(1963, 3, 1), D(2020, 3, 1)),
        (D(1964, 6, 1), D(2021, 6, 1)),
        (D(1965, 1, 1), D(2023, 1, 1)),  # 57 on 2022-01-01 when 58 starts: 58 in 2023
        (D(1965, 7, 16), D(2023, 7, 16)),
        (D(1967, 5, 5), D(2026, 5, 5)),
        (D(1969, 12, 31), D(2029, 12, 31)),
        (D(1979, 1, 1), D(2044, 1, 1)),  # 65 from 2043
        (D(1964, 2, 29), D(2021, 3, 1)),  # 57 completed on 1 March in a non-leap year
        (D(1960, 2, 29), D(2016, 2, 29)),  # 56 in a leap year: on 29 February
        (D(1968, 2, 29), D(2027, 3, 1)),
    ],
)
def test_pension_date(birth: dt.date, expected: dt.date) -> None:
    """PP 45/2015 Pasal 15: first day the age reaches the age in force; 29 Feb policy of periods.anniversary."""
    assert jp.pension_date(birth) == expected
    assert jp.last_registration_month(birth) == Month.of(expected).minus(1)


def test_registration_example_from_bpjs_q_and_a() -> None:
    """Born 16 July 1965: pension age 58 in July 2023, registration up to June 2023."""
    t = jp.pension_timing(D(1965, 7, 16))
    assert (t.pension_age, t.last_registration_month, t.first_pension_month) == (
        58,
        Month(2023, 6),
        Month(2023, 8),
    )
    assert "2023-07-16" in t.table("id") and "58" in str(t.explain())
    assert t.to_dict()["last_registration_month"] == "2023-06"


def test_pension_date_before_jp() -> None:
    with pytest.raises(NotCoveredError):
        jp.pension_date(D(1950, 1, 1))


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
def test_indexation_each_year() -> None:
    """Pasal 17 ayat (1) huruf b, (4): the 13th payment = 800,000 x (1 + 3%) = 824,000."""
    h = ContributionHistory.constant(5_000_000, Month(2017, 1), Month(2032, 12))
    p = future().override("jp.inflation", D(2033, 1, 1), "3")
    a = jp.old_age_benefit(h, birth_date=BIRTH_61, params=p, schedule_months=13)
    assert a.payments[11] == (Month(2034, 1), Rupiah(800_000))
    assert a.payments[12] == (Month(2034, 2), Rupiah(824_000))


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


# -- survivors -------------------------------------------------------------------------------------
H36 = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))
BASE = Decimal("963486.47")  # the formula of the disability case, deemed 15 years (approx., see above)


def survivors(s: Survivors) -> jp.Award:  # type: ignore[name-defined]
    return jp.survivor_benefit(H36, birth_date=D(1980, 5, 1), died_on=D(2024, 1, 10), survivors=s)


def test_widow_50_percent() -> None:
    """Pasal 21 ayat (2) huruf a, (3): 50% of the formula with 15 years deemed = 481,743."""
    a = survivors(Survivors(spouse=True))
    assert a.monthly == Rupiah(481_743)
    assert a.payments[0][0] == Month(2024, 2)


def test_children_share_50_percent() -> None:
    """Pasal 22 ayat (2) huruf a: 50% for the children, read as one amount split between two."""
    a = survivors(Survivors(children=(D(2010, 1, 1), Child(D(2012, 3, 4)))))
    assert [c.amount for c in a.components] == [Rupiah(240_872), Rupiah(240_872)]
    per_child = official().override("jp.benefit.child_share_per_child", D(2015, 7, 1), True)
    b = jp.survivor_benefit(
        H36,
        birth_date=D(1980, 5, 1),
        died_on=D(2024, 1, 10),
        params=per_child,
        survivors=Survivors(children=(D(2010, 1, 1), D(2012, 3, 4))),
    )
    assert b.monthly == Rupiah(963_486)


def test_parent_20_percent_raised_to_minimum() -> None:
    """Pasal 23 ayat (2): 20% = 192,697.29, raised to the minimum 383,400 (limits after the share)."""
    a = survivors(Survivors(parent=True))
    assert a.monthly == Rupiah(383_400)
    married = survivors(Survivors(parent=True, member_married=True))
    assert married.kind == "jp.survivor.none" and married.monthly is None


def test_child_turning_23_is_not_counted() -> None:
    """Pasal 22 ayat (5): a child already 23 gets nothing."""
    a = survivors(Survivors(children=(D(2000, 1, 1),)))
    assert a.kind == "jp.survivor.none"


def test_death_with_under_one_year_of_membership_is_a_lump_sum() -> None:
    """Pasal 21 ayat (3) huruf a: membership from 2023-06-01; death before 2024-06-01."""
    h = ContributionHistory.constant(6_000_000, Month(2023, 6), Month(2023, 12))
    a = jp.survivor_benefit(
        h, birth_date=D(1980, 5, 1), died_on=D(2024, 1, 10), survivors=Survivors(spouse=True)
    )
    assert a.kind == "jp.survivor.lump_sum" and a.monthly is None


@pytest.mark.usefixtures("current_law")
def test_pensioner_dies_spouse_then_children() -> None:
    """Pasal 21 ayat (2) huruf b, 22 ayat (1) huruf b, (2) huruf c.

    MPHT 800,000; widow 50% = 400,000 -> minimum 411,400; after the widow remarries (Sep 2034)
    the children get 50% of 411,400 = 205,700 -> minimum 411,400 for the two together.
    """
    h = ContributionHistory.constant(5_000_000, Month(2017, 1), Month(2032, 12))
    s = Survivors(spouse=True, spouse_ends_on=D(2034, 9, 10), children=(D(2015, 1, 1), D(2016, 1, 1)))
    a = jp.survivor_benefit(
        h, birth_date=BIRTH_61, died_on=D(2034, 5, 3), survivors=s, params=future(), schedule_months=6
    )
    assert a.payments[0] == (Month(2034, 6), Rupiah(411_400))
    assert a.payments[4] == (Month(2034, 10), Rupiah(411_400))
    assert a.details["pension_in_payment"] == Rupiah(800_000)
    before = future().override("jp.benefit.limits_after_share", D(2015, 7, 1), False)
    b = jp.survivor_benefit(
        h, birth_date=BIRTH_61, died_on=D(2034, 5, 3), survivors=Survivors(spouse=True), params=before
    )
    assert b.monthly == Rupiah(400_000)


# -- projection ----------------------------------------------------------------------------------------
def test_projection_zero_growth_equals_hand_formula() -> None:
    """0% growth and inflation: 1% x (sum of capped wages) / 12 (Pasal 17 ayat (2), Pasal 29).

    Caps below 8,000,000: 8 x 7,000,000 + 12 x 7,335,300 + 12 x 7,703,500, then 240 x 8,000,000:
    2,156,465,600 x 1% / 12 = 1,797,054.67 -> 1,797,055.
    """
    h = ContributionHistory.constant(8_000_000, Month(2015, 7), Month(2025, 12))
    p = official().override("jp.inflation", D(2015, 1, 1), "0")
    a = jp.project(h, birth_date=D(1975, 3, 10), wage_growth="0", inflation="0", params=p)
    assert a.details["masa_iur"] == 272
    assert a.monthly == Rupiah(1_797_055)
    assert "projection" in a.notes[0]
    assert "wage_growth" in str(a.explain())


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


def test_child_waits_for_the_widow() -> None:
    """Pasal 22 ayat (1) huruf b: with a living widow/widower the child pension has not started."""
    a = survivors(Survivors(spouse=True, children=(D(2012, 3, 4),)))
    assert a.details["heirs"] == ("widow/widower",)  # the child's right has not started
    assert [c.name for c in a.components] == ["MPJD widow/widower pension"]
    assert any("Pasal 22 ayat (1) huruf b" in n for n in a.notes)
