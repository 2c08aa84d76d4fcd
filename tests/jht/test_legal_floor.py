"""rates="legal_floor": a lawful lower bound for years without a declared return
(PP 46/2015 Pasal 27 ayat (3): at least the average one-year counter rate of state-bank
deposits). Without it a missing year still raises."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jamsos import ContributionHistory, InvalidInputError, Month, jht
from jamsos.errors import MissingRateError
from jamsos.money import Rupiah

D = dt.date


def test_a_declared_year_is_unchanged_and_not_a_lower_bound() -> None:
    h = ContributionHistory.constant(1_000_000, Month(2016, 1), Month(2016, 1))
    plain = jht.balance(h, until=D(2016, 12, 31))
    floor = jht.balance(h, until=D(2016, 12, 31), rates="legal_floor")
    assert plain.total == floor.total
    assert floor.details["lower_bound"] is False and floor.details["floor_years"] == ()


def test_a_missing_year_still_raises_without_the_option() -> None:
    h = ContributionHistory.constant(5_000_000, Month(2020, 12), Month(2020, 12))
    with pytest.raises(MissingRateError, match="legal_floor"):
        jht.balance(h, until=D(2021, 6, 30))


def test_a_year_with_neither_declared_return_nor_floor_raises_naming_both() -> None:
    h = ContributionHistory.constant(5_000_000, Month(2020, 12), Month(2020, 12))
    with pytest.raises(
        MissingRateError, match="no declared JHT development return and no legal-floor rate for 2021"
    ):
        jht.balance(h, until=D(2021, 6, 30), rates="legal_floor")


def test_a_declared_rate_even_overridden_comes_before_the_floor() -> None:
    """A declared rate (even 0% by an override) is used; the floor only fills years with none.

    Rp285.000 (5.7% of Rp5 jt) paid for January 2020 earns 12/12 of a year under yearly
    pro-rata crediting: 285.000 × 3.87% = Rp11.029,50 → balance Rp296.030 (half up).
    """
    from jamsos import parameters

    p = parameters.official()
    declared = p.parameter("jht.declared_return")
    gone = p.override("jht.declared_return", D(2020, 1, 1), "0", until=D(2021, 1, 1))
    assert gone.rate("jht.declared_return", D(2020, 6, 1)).value == 0
    assert declared.at(D(2020, 6, 1)).rate().value == Decimal("0.0563")
    h = ContributionHistory.constant(5_000_000, Month(2020, 1), Month(2020, 1))
    full = jht.balance(h, until=D(2020, 12, 31))
    assert full.total == Rupiah(285_000) + Rupiah(Decimal(285_000) * Decimal("0.0563")).rounded()
    lower = jht.balance(h, until=D(2020, 12, 31), rates="legal_floor", params=gone)
    assert lower.total == full.total - Rupiah(Decimal(285_000) * Decimal("0.0563")).rounded()  # 0% declared


def test_floor_used_for_a_gap_year_between_declared_years() -> None:
    """2017 has no declared return and no floor in the data: still raises, naming 2017."""
    h = ContributionHistory.constant(5_000_000, Month(2016, 12), Month(2016, 12))
    with pytest.raises(MissingRateError, match="2017"):
        jht.balance(h, until=D(2017, 12, 31), rates="legal_floor")


def test_floor_year_is_labelled_a_lower_bound() -> None:
    """A what-if floor for 2021 (3,5%) shows how a floor year is reported."""
    from jamsos import parameters

    p = parameters.official().override("jht.return_floor", D(2021, 1, 1), "3.5", until=D(2022, 1, 1))
    h = ContributionHistory.constant(5_000_000, Month(2020, 12), Month(2020, 12))
    a = jht.balance(h, until=D(2021, 12, 31), rates="legal_floor", params=p)
    assert a.details["lower_bound"] is True and a.details["floor_years"] == (2021,)
    assert a.notes[0].startswith("LOWER BOUND: no declared return for 2021")
    # Dec 2020's Rp285.000 earns 1/12 of 2020's declared 5,63% (Rp1.337,125), then the whole
    # balance earns 2021's floor 3,5% (Rp10.021,80): Rp296.358,92 -> Rp296.359
    assert a.total == Rupiah(296_359)
    (row_2021,) = [s for s in jht.statement(a) if s.year == 2021]
    assert "legal floor" in row_2021.rate_source
    assert "jht.return_floor" in [u.name for u in a.explain().unconfirmed()]


def test_bad_rates_text() -> None:
    h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2016, 1))
    with pytest.raises(InvalidInputError, match="legal_floor"):
        jht.balance(h, until=D(2016, 12, 31), rates="floor")  # type: ignore[arg-type]
