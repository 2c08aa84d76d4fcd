"""Contributions: hand-computed examples at every regime boundary, properties, and fuzzing.

Each expected figure is computed by hand from the cited article; amounts are rounded per
program and party to whole rupiah, half up.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import (
    EmployerScale,
    InvalidDateError,
    InvalidInputError,
    JamsosError,
    MoneyTypeError,
    Month,
    NotCoveredError,
    Program,
    RiskClass,
    Rupiah,
    Segment,
    UnknownValueError,
    contributions,
)

C = contributions


def pu(wage: int, month: str, risk: int = 1, **kw: object) -> contributions.Contributions:  # type: ignore[name-defined]
    return C.wage_earner(wage, Month.parse(month), risk_class=risk, **kw)  # type: ignore[arg-type]


# --- wage earners ------------------------------------------------------------------------
def test_wage_earner_june_2025_very_low_risk() -> None:
    """Rp8 jt, June 2025, class 1: JKK 0.24%, JKM 0.30%, JHT 3.7%+2%, JP 2%+1%, JKP gov 0.22% of 5 jt.

    PP 44/2015 Pasal 16(1)a, 18(1); PP 46/2015 Pasal 16(1); PP 45/2015 Pasal 28; PP 6/2025 Pasal 11.
    """
    c = pu(8_000_000, "2025-06")
    assert c.jkk.employer == 19_200
    assert c.jkm.employer == 24_000
    assert (c.jht.employer, c.jht.worker) == (296_000, 160_000)
    assert (c.jp.employer, c.jp.worker) == (160_000, 80_000)
    assert c.jkp.government == 11_000
    assert c.allocation("jkp") == 7_000  # 0.14% × 5 jt from JKK, inside the employer's JKK
    assert (c.employer, c.worker, c.government, c.total) == (499_200, 240_000, 11_000, 750_200)


@pytest.mark.parametrize(
    ("risk", "jkk"), [(1, 31_200), (2, 70_200), (3, 115_700), (4, 165_100), (5, 226_200)]
)
def test_jkk_rate_by_risk_class(risk: int, jkk: int) -> None:
    """Rp13 jt × 0.24/0.54/0.89/1.27/1.74% (PP 44/2015 Pasal 16 ayat (1))."""
    assert pu(13_000_000, "2024-01", risk).jkk.employer == jkk


def test_jp_cap_changes_with_the_march_contribution_month() -> None:
    """Rp15 jt: Feb 2025 cap 10,042,300 → 200,846/100,423; Mar 2025 cap 10,547,400 → 210,948/105,474;
    Mar 2026 cap 11,086,300 → 221,726/110,863 (PP 45/2015 Pasal 29 ayat (3))."""
    feb, mar = pu(15_000_000, "2025-02"), pu(15_000_000, "2025-03")
    assert (feb.jp.employer, feb.jp.worker) == (200_846, 100_423)
    assert (mar.jp.employer, mar.jp.worker) == (210_948, 105_474)
    m26 = pu(15_000_000, "2026-03")
    assert (m26.jp.employer, m26.jp.worker) == (221_726, 110_863)


def test_jp_2021_cap_published_example() -> None:
    """Rp20 jt with the 2021 cap 8,754,600: JP 175,092 + 87,546 = 262,638."""
    c = pu(20_000_000, "2021-06", 5)
    assert (c.jp.employer, c.jp.worker, c.jp.total) == (175_092, 87_546, 262_638)


def test_jkp_starts_with_the_february_2021_contribution_month() -> None:
    """PP 37/2021 in force 2021-02-02 governs February 2021 (month read on its last day)."""
    jan, feb = pu(5_000_000, "2021-01"), pu(5_000_000, "2021-02")
    assert Program.JKP not in jan.shares and jan.allocations == ()
    assert feb.jkp.government == 11_000
    assert [(a.source, a.amount) for a in feb.allocations] == [
        (Program.JKK, Rupiah(7_000)),
        (Program.JKM, Rupiah(5_000)),
    ]


def test_pp_6_2025_drops_the_jkm_recomposition_from_february_2025() -> None:
    """January 2025: 0.14% JKK + 0.10% JKM recomposed; February 2025 (PP 6/2025, 7 Feb): JKK only."""
    jan, feb = pu(8_000_000, "2025-01"), pu(8_000_000, "2025-02")
    assert jan.allocation("jkp") == 12_000
    assert feb.allocation("jkp") == 7_000
    # the employer's bill does not change with the recomposition
    assert jan.employer == feb.employer - (feb.jp.employer - jan.jp.employer)


def test_recomposition_never_billed_twice() -> None:
    """The JKP total shown is the government share; recomposition lives inside JKK/JKM."""
    c = pu(5_000_000, "2023-06")
    assert c.jkp.total == c.jkp.government == 11_000
    assert c.total == c.jkk.total + c.jkm.total + c.jht.total + c.jp.total + c.jkp.total


def test_covid_relief_boundaries() -> None:
    """PP 49/2020: July 2020 full; Aug 2020 – Jan 2021 JKK/JKM at 1% and 99% of JP deferred; Feb 2021 full.

    Rp10 jt, class 5, JP cap 8,939,700: JKK 174,000 → 1,740; JKM 30,000 → 300;
    JP 178,794 + 89,397 → due 1,788 + 894, deferred 177,006 + 88,503.
    """
    jul, aug, jan, feb = (pu(10_000_000, m, 5) for m in ("2020-07", "2020-08", "2021-01", "2021-02"))
    assert (jul.jkk.employer, jul.jkm.employer) == (174_000, 30_000)
    assert (jul.jp.employer, jul.jp.worker) == (178_794, 89_397)
    for c in (aug, jan):
        assert (c.jkk.employer, c.jkm.employer) == (1_740, 300)
        assert (c.jp.employer, c.jp.worker) == (1_788, 894)
        assert (c.deferred[Program.JP].employer, c.deferred[Program.JP].worker) == (177_006, 88_503)
        assert c.jht.total == 570_000  # JHT is not relieved
    assert (feb.jkk.employer, feb.jkm.employer) == (174_000, 30_000)
    assert feb.deferred == {}


def test_labour_intensive_relief_window_and_conditions() -> None:
    """PP 7/2025 Pasal 4: 50% of JKK, Feb 2025 – Jan 2026 (PP 36/2025 Pasal 10A), >= 50 participants.

    Class 3, Rp5 jt: 44,500 → 22,250. Class 1: 12,000 → 6,000 with recomposition 0.12% = 6,000 (Pasal 9).
    """
    kw = {"labour_intensive_relief": True, "industry": "footwear", "active_participants": 50}
    assert pu(5_000_000, "2025-01", 3, **kw).jkk.employer == 44_500
    assert pu(5_000_000, "2025-02", 3, **kw).jkk.employer == 22_250
    assert pu(5_000_000, "2026-01", 3, **kw).jkk.employer == 22_250
    assert pu(5_000_000, "2026-02", 3, **kw).jkk.employer == 44_500
    low = pu(5_000_000, "2025-06", 1, **kw)
    assert low.jkk.employer == 6_000 and low.allocation("jkp") == 6_000
    few = pu(
        5_000_000, "2025-06", 3, labour_intensive_relief=True, industry="footwear", active_participants=49
    )
    assert few.jkk.employer == 44_500 and any("fewer than the 50" in n for n in few.notes)
    assert pu(5_000_000, "2025-06", 3).jkk.employer == 44_500  # not asked for
    with pytest.raises(InvalidInputError, match="industry"):
        pu(5_000_000, "2025-06", 3, labour_intensive_relief=True)
    with pytest.raises(UnknownValueError, match="furniture"):
        pu(5_000_000, "2025-06", 3, labour_intensive_relief=True, industry="banking", active_participants=100)


@pytest.mark.parametrize(
    ("scale", "programs"),
    [
        ("micro", {Program.JKK, Program.JKM}),
        ("small", {Program.JKK, Program.JKM, Program.JHT, Program.JKP}),
        ("medium", {Program.JKK, Program.JKM, Program.JHT, Program.JP, Program.JKP}),
        ("large", {Program.JKK, Program.JKM, Program.JHT, Program.JP, Program.JKP}),
    ],
)
def test_mandatory_programs_by_employer_scale(scale: str, programs: set[Program]) -> None:
    """Perpres 109/2013 Pasal 6; JKP needs JKK+JKM+JHT (+JP for medium/large): PP 37/2021 Pasal 4."""
    c = pu(5_000_000, "2024-06", employer_scale=scale)
    assert set(c.shares) == programs


def test_optional_programs_can_be_added() -> None:
    """A small employer may add JP; a micro employer adding JHT brings JKP."""
    small = pu(5_000_000, "2024-06", employer_scale=EmployerScale.SMALL, programs=["jkk", "jkm", "jht", "jp"])
    assert small.jp.total == 150_000
    micro = pu(5_000_000, "2024-06", employer_scale="micro", programs=["jkk", "jkm", "jht"])
    assert micro.jkp.government == 11_000
    missing = pu(5_000_000, "2024-06", programs=["jkk", "jkm"])
    assert Program.JKP not in missing.shares and "not enrolled" in missing.notes[0]
    assert Program.JKP not in pu(5_000_000, "2024-06", jkp_member=False).shares
    with pytest.raises(InvalidInputError, match="JKP requires"):
        pu(5_000_000, "2024-06", programs=["jkk", "jkm"], jkp_member=True)
    with pytest.raises(NotCoveredError, match="PP 37/2021"):
        pu(5_000_000, "2020-06", jkp_member=True)


def test_jp_stops_in_the_month_of_pension_age() -> None:
    """Born 1965-07-16: pension age 58 reached 2023-07-16 (PP 45/2015 Pasal 15): JP for June, none for July."""
    birth = dt.date(1965, 7, 16)
    assert pu(5_000_000, "2023-06", birth_date=birth).jp.total == 150_000
    july = pu(5_000_000, "2023-07", birth_date=birth)
    assert Program.JP not in july.shares and "pension age" in july.notes[0]
    assert july.jht.total == 285_000
    with pytest.raises(InvalidDateError):
        pu(5_000_000, "2023-07", birth_date=dt.date(2024, 1, 1))


# --- wage basis -------------------------------------------------------------------------
def test_wage_basis_helpers() -> None:
    """Daily wage × 25; piece-rate average of 3 (or 12) months (PP 44/2015 Pasal 19)."""
    assert C.daily_wage_basis(150_000, Month(2025, 1)) == 3_750_000
    assert C.piece_rate_basis([1, 3_000_000, 3_500_000, 4_000_000], Month(2025, 1)) == 3_500_000
    assert C.piece_rate_basis([1_200_000] * 12, Month(2025, 1), weather_dependent=True) == 1_200_000
    with pytest.raises(InvalidInputError, match="last 12"):
        C.piece_rate_basis([1_000_000] * 3, Month(2025, 1), weather_dependent=True)


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


def test_programme_budget_month_by_month() -> None:
    """100 workers × Rp16,800 × 12 months = Rp20,160,000; budget-funded: no PP 50/2025 discount."""
    b = C.programme_budget(workers=100, income=1_000_000, first_month="2026-01", last_month="2026-12")
    assert b.total == 20_160_000
    assert len(b.payments) == 12 and all(a == 1_680_000 for _, a in b.payments)
    assert b.component("jkk").amount == 12_000_000 and b.component("jkm").amount == 8_160_000
    covid = C.programme_budget(workers=10, income=1_000_000, first_month="2020-07", last_month="2020-08")
    assert [a for _, a in covid.payments] == [Rupiah(168_000), Rupiah(1_680)]
    with pytest.raises(InvalidInputError):
        C.programme_budget(workers=0, income=1_000_000, first_month="2026-01", last_month="2026-02")
    with pytest.raises(InvalidDateError):
        C.programme_budget(workers=1, income=1_000_000, first_month="2026-03", last_month="2026-02")


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


# --- construction -------------------------------------------------------------------------
def test_construction_tiers_penjelasan_example() -> None:
    """PP 44/2015 Penjelasan Pasal 54(2), 55(2): Rp180 jt → JKK 346,000, JKM 46,000."""
    c = C.construction_project(180_000_000, Month(2024, 1))
    assert (c.jkk.employer, c.jkm.employer) == (346_000, 46_000)


def test_construction_tiers_all_bands() -> None:
    """Rp1 M: JKK 210,000 + 680,000 + 650,000; JKM 30,000 + 80,000 + 100,000. Rp10 M adds 4 M × 0.11% etc."""
    c = C.construction_project(1_000_000_000, Month(2024, 1))
    assert (c.jkk.employer, c.jkm.employer) == (1_540_000, 210_000)
    big = C.construction_project(10_000_000_000, Month(2024, 1))
    assert big.jkk.employer == 1_540_000 + 4_400_000 + 4_500_000
    assert big.jkm.employer == 210_000 + 400_000 + 500_000
    assert C.construction_project(100_000_000, Month(2024, 1)).jkk.employer == 210_000
    covid = C.construction_project(180_000_000, Month(2020, 9))
    assert (covid.jkk.employer, covid.jkm.employer) == (3_460, 460)


# --- deadlines and fines --------------------------------------------------------------------
def test_due_date_moves_past_weekends_and_holidays() -> None:
    """15 June 2025 is a Sunday → Monday 16 June (PP 44/2015 Pasal 21(3)); BPU pays by the 15th of the month."""
    assert C.due_date(Month(2025, 5)) == dt.date(2025, 6, 16)
    assert C.due_date(Month(2025, 7)) == dt.date(2025, 8, 15)
    assert C.due_date(Month(2025, 6), segment=Segment.NON_WAGE_EARNER) == dt.date(2025, 6, 16)
    # COVID relief: the 30th of the next month; January 2021's "30 February" is read as 28 February
    # (Sunday) and moves to Monday 1 March.
    assert C.due_date(Month(2020, 8)) == dt.date(2020, 9, 30)
    assert C.due_date(Month(2021, 1)) == dt.date(2021, 3, 1)
    with pytest.raises(InvalidInputError):
        C.due_date(Month(2025, 1), segment="PMI")


def test_due_date_skips_public_holidays() -> None:
    """The Indonesian calendar comes from the holidays package: 17 August is Independence Day."""
    from jamsos.workdays import is_working_day, next_working_day

    assert not is_working_day(dt.date(2026, 8, 17))
    assert next_working_day(dt.date(2026, 8, 17)) == dt.date(2026, 8, 18)


@pytest.mark.parametrize(
    ("paid", "fine"),
    [
        (dt.date(2025, 6, 16), 0),
        (dt.date(2025, 6, 17), 20_000),
        (dt.date(2025, 7, 16), 20_000),
        (dt.date(2025, 7, 17), 40_000),
        (dt.date(2025, 8, 17), 60_000),
    ],
)
def test_late_fine_two_percent_per_started_month(paid: dt.date, fine: int) -> None:
    """2% of the amount due for each month or part of a month after the deadline (PP 44/2015 Pasal 22(1))."""
    assert C.late_fine(1_000_000, Month(2025, 5), paid) == fine


def test_late_fine_regimes_and_segments() -> None:
    """COVID months: 0.5% per month (PP 49/2020); BPU: no fine."""
    assert C.late_fine(10_000_000, Month(2020, 9), dt.date(2020, 11, 5)) == 50_000
    assert C.late_fine(10_000_000, Month(2025, 5), dt.date(2025, 9, 1), segment="BPU") == 0
    with pytest.raises(InvalidDateError):
        C.late_fine(1_000, Month(2025, 5), dt.date(2025, 4, 1))
    with pytest.raises(InvalidInputError):
        C.late_fine(-1, Month(2025, 5), dt.date(2025, 7, 1))


# --- bad input ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"wage": 8_000_000.0}, MoneyTypeError, "float"),
        ({"wage": -1}, InvalidInputError, "more than Rp0"),
        ({"wage": 0}, InvalidInputError, "more than Rp0"),
        ({"month": Month(2015, 6)}, NotCoveredError, "2015-07"),
        ({"month": "2025/06"}, InvalidDateError, "YYYY-MM"),
        ({"risk_class": 6}, UnknownValueError, "1-5"),
        ({"employer_scale": "huge"}, UnknownValueError, "micro"),
        ({"programs": ["jkk", "xyz"]}, UnknownValueError, "jkk, jkm"),
        ({"month": Month(2027, 3)}, NotCoveredError, "jp.wage_cap"),
    ],
)
def test_bad_input_is_a_clear_error(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    """Floats, non-positive wages, uncovered months, unknown codes: a JamsosError saying what is accepted."""
    args: dict[str, object] = {"wage": 5_000_000, "month": Month(2025, 6), "risk_class": 1}
    args.update(kwargs)
    wage, month = args.pop("wage"), args.pop("month")
    with pytest.raises(error, match=match):
        C.wage_earner(wage, month, **args)  # type: ignore[arg-type]


def test_segment_parsing() -> None:
    """Segments by code or name; unknown ones are refused."""
    assert Segment.parse("bpu") is Segment.NON_WAGE_EARNER
    with pytest.raises(UnknownValueError, match="JAKON"):
        Segment.parse("PNS")


def test_explanation_cites_every_parameter() -> None:
    """The explanation lists each parameter with its citation, in English, Indonesian and JSON."""
    c = pu(8_000_000, "2025-06")
    text = c.explain().render("en")
    assert "PP 44/2015 Pasal 16 ayat (1) huruf a" in text and "PP 45/2015 Pasal 29 ayat (3)" in text
    assert "berlaku sejak" in c.explain().render("id")
    data = c.explain().to_dict()
    assert data["schema"] == "jamsos.explanation/2"
    assert "PP 6/2025 Pasal 11 ayat (4)" in c.explain().citations()
    assert c.to_dict()["total"] == "750200"


# --- properties -----------------------------------------------------------------------------
months = st.builds(Month.from_index, st.integers(Month(2015, 7).index, Month(2027, 2).index))
wages = st.integers(min_value=1, max_value=200_000_000)
risks = st.sampled_from(list(RiskClass))
scales = st.sampled_from(list(EmployerScale))


@given(wages, months, risks, scales)
def test_parties_add_up_and_are_whole(wage: int, month: Month, risk: RiskClass, scale: EmployerScale) -> None:
    """employer + worker + government = total; every amount is whole and never negative."""
    c = C.wage_earner(wage, month, risk_class=risk, employer_scale=scale)
    assert c.employer + c.worker + c.government == c.total
    for share in c.shares.values():
        for amount in (share.employer, share.worker, share.government):
            assert amount.is_whole and amount >= 0
        assert share.employer + share.worker + share.government == share.total
    for alloc in c.allocations:
        assert alloc.amount <= c[alloc.source].total


@given(wages, wages, months, risks)
def test_each_program_non_decreasing_in_wage(a: int, b: int, month: Month, risk: RiskClass) -> None:
    """A higher wage never lowers any program's contribution."""
    lo, hi = sorted((a, b))
    c_lo = C.wage_earner(lo, month, risk_class=risk)
    c_hi = C.wage_earner(hi, month, risk_class=risk)
    for program in Program:
        assert c_lo[program].total <= c_hi[program].total


@given(st.integers(min_value=0, max_value=100_000_000), months)
def test_jp_constant_above_the_cap(extra: int, month: Month) -> None:
    """Any wage at or above the month's JP cap pays exactly the capped JP."""
    from jamsos import jp

    cap = int(jp.wage_cap(month))
    at_cap = C.wage_earner(cap, month, risk_class=1)
    above = C.wage_earner(cap + extra, month, risk_class=1)
    assert above.jp == at_cap.jp


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


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.dates(),
    st.just(Month(2025, 1)),
    st.just(Month(2010, 1)),
    st.lists(st.integers(), max_size=3),
    st.decimals(allow_nan=True, allow_infinity=True),
)


@given(_JUNK, _JUNK, _JUNK, _JUNK)
def test_fuzz_only_jamsos_errors_escape(a: object, b: object, c: object, d: object) -> None:
    """Random junk into every public contribution function: a result or a JamsosError, nothing else."""
    calls = [
        lambda: C.wage_earner(a, b, risk_class=c, employer_scale=d),  # type: ignore[arg-type]
        lambda: C.wage_earner(a, b, risk_class=1, birth_date=c, programs=d),  # type: ignore[arg-type]
        lambda: C.non_wage_earner(a, b, jht=c, transport_worker=d),  # type: ignore[arg-type]
        lambda: C.migrant_worker(on=a, contract_months=b, pre_placement=c, jht=d),  # type: ignore[arg-type]
        lambda: C.construction_project(a, b),  # type: ignore[arg-type]
        lambda: C.late_fine(a, b, c, segment=d),  # type: ignore[arg-type]
        lambda: C.programme_budget(workers=a, income=b, first_month=c, last_month=d),  # type: ignore[arg-type]
        lambda: C.due_date(a, segment=b),  # type: ignore[arg-type]
        lambda: C.daily_wage_basis(a, b),  # type: ignore[arg-type]
        lambda: C.piece_rate_basis(a, b, weather_dependent=c),  # type: ignore[arg-type]
    ]
    for call in calls:
        try:
            call()
        except JamsosError:
            pass
