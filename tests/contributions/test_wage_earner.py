"""jamsos.contributions.wage_earner: hand-computed contributions of a wage earner at every regime
boundary (amounts rounded per program and party to whole rupiah, half up), and properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import (
    EmployerScale,
    InvalidDateError,
    InvalidInputError,
    Month,
    NotCoveredError,
    Program,
    RiskClass,
    Rupiah,
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
