"""Each value issue 16 changed or added: the day before it takes effect and the day it does.

Values and sources are named in the data (``jamsos params NAME``) and in docs/sources.md.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import NotCoveredError, parameters
from jamsos.money import Rate, Rupiah

P = parameters.official()
D = dt.date


@pytest.mark.parametrize(
    ("name", "before", "on", "old", "new"),
    [
        # PP 45/2015 Pasal 18 ayat (3): published limits (BPJS letters as quoted), March each year
        ("jp.benefit.minimum", D(2019, 2, 28), D(2019, 3, 1), 331_100, 341_400),
        ("jp.benefit.maximum", D(2019, 2, 28), D(2019, 3, 1), 3_971_400, 4_095_750),
        ("jp.benefit.minimum", D(2020, 2, 29), D(2020, 3, 1), 341_400, 350_700),
        ("jp.benefit.maximum", D(2020, 2, 29), D(2020, 3, 1), 4_095_750, 4_207_200),
        ("jp.benefit.minimum", D(2021, 2, 28), D(2021, 3, 1), 350_700, 356_600),
        ("jp.benefit.maximum", D(2021, 2, 28), D(2021, 3, 1), 4_207_200, 4_277_900),
        ("jp.benefit.minimum", D(2022, 2, 28), D(2022, 3, 1), 356_600, 363_300),
        ("jp.benefit.maximum", D(2022, 2, 28), D(2022, 3, 1), 4_277_900, 4_357_900),
        ("jp.benefit.minimum", D(2023, 2, 28), D(2023, 3, 1), 363_300, 383_400),
        # PP 45/2015 Pasal 29 ayat (3)-(4): the 2021 cap applies from March 2021 contributions
        ("jp.wage_cap", D(2021, 2, 28), D(2021, 3, 1), 8_939_700, 8_754_600),
        # Permenaker 4/2023 replaces Permenaker 18/2018 on 22 Feb 2023
        ("pmi.failed_departure", D(2023, 2, 21), D(2023, 2, 22), 7_500_000, 10_000_000),
        ("pmi.jkm.during_placement.total", D(2023, 2, 21), D(2023, 2, 22), 85_000_000, 85_000_000),
    ],
)
def test_rupiah_value_changes_on_its_day(name: str, before: dt.date, on: dt.date, old: int, new: int) -> None:
    assert P.rupiah(name, before) == Rupiah.of(old)
    assert P.rupiah(name, on) == Rupiah.of(new)


@pytest.mark.parametrize(
    ("name", "first", "amount"),
    [
        ("pmi.jkm.outside_placement.lump_sum", D(2023, 2, 22), 20_000_000),
        ("pmi.jkm.outside_placement.periodic", D(2023, 2, 22), 12_000_000),
        ("pmi.jkm.outside_placement.funeral", D(2023, 2, 22), 10_000_000),
        ("pmi.jkk.death", D(2023, 2, 22), 85_000_000),
        ("pmi.jkm.during_placement.total", D(2018, 12, 10), 85_000_000),
        ("pmi.failed_departure", D(2018, 12, 10), 7_500_000),
    ],
)
def test_new_pmi_values_start_on_their_regulation_day(name: str, first: dt.date, amount: int) -> None:
    with pytest.raises(NotCoveredError):
        P.value(name, first - dt.timedelta(days=1))
    assert P.rupiah(name, first) == Rupiah.of(amount)


def test_pre_departure_protection_period() -> None:
    with pytest.raises(NotCoveredError):
        P.value("pmi.protection.before_placement_months", D(2023, 2, 21))
    assert P.integer("pmi.protection.before_placement_months", D(2023, 2, 22)) == 5


def test_bpu_income_band_starts_with_pp_44_2015() -> None:
    with pytest.raises(NotCoveredError):
        P.value("bpu.income_band", D(2015, 6, 30))
    scale = P.scale("bpu.income_band", D(2015, 7, 1))
    lowest, middle, highest = scale.brackets
    assert lowest.rupiah("income") == Rupiah.of(1_000_000)
    assert lowest.rupiah("jkk") == Rupiah.of(10_000) and lowest.rupiah("jht") == Rupiah.of(20_000)
    assert middle.lower == Rupiah.of(1_000_000)
    assert middle.rate("jkk_rate") == Rate.percent("1") and middle.rate("jht_rate") == Rate.percent("2")
    assert highest.lower == Rupiah.of(20_700_000) and highest.rupiah("jkk") == Rupiah.of(207_000)
    # the same table is still the basis under PP 50/2025 (Pasal 4 ayat (2) huruf a)
    assert P.scale("bpu.income_band", D(2026, 4, 1)) is scale


@pytest.mark.parametrize(
    ("name", "year", "percent"),
    [
        ("jht.declared_return", 2016, "7.19"),
        ("jht.declared_return", 2018, "6.26"),
        ("jht.declared_return", 2019, "6.08"),
        ("jht.declared_return", 2020, "5.63"),
        ("jht.return_floor", 2016, "4.88"),
        ("jht.return_floor", 2020, "3.87"),
    ],
)
def test_yearly_jht_series_hold_for_their_year_only(name: str, year: int, percent: str) -> None:
    assert P.rate(name, D(year, 1, 1)) == Rate.percent(percent)
    assert P.rate(name, D(year, 12, 31)) == Rate.percent(percent)
    next_year = P.parameter(name).values
    later = [v for v in next_year if v.since.year == year + 1]
    if not later:
        with pytest.raises(NotCoveredError):
            P.value(name, D(year + 1, 1, 1))


def test_jht_return_gaps_raise() -> None:
    with pytest.raises(NotCoveredError, match="2016-12-31"):
        P.value("jht.declared_return", D(2017, 6, 30))
    with pytest.raises(NotCoveredError):
        P.value("jht.declared_return", D(2015, 12, 31))
    with pytest.raises(NotCoveredError, match="2020-12-31"):
        P.value("jht.declared_return", D(2021, 1, 1))
