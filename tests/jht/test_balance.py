"""JHT balance: hand-computed statements for both crediting conventions, properties, bad input."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import (
    ContributionHistory,
    ContributionRecord,
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    MissingRateError,
    MoneyTypeError,
    Month,
    Program,
    Rate,
    Rupiah,
    Segment,
    UnknownValueError,
    jht,
)
from jamsos.jht import Crediting, balance, declared_return, statement, statement_frame

D = dt.date
H2016 = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2016, 12))
ONE_PERCENT_MONTHLY = Rate(Decimal("1.01") ** 12 - 1)  # (1 + r)^(1/12) = 1.01 exactly


def amounts(first: Month, n: int, amount: int) -> ContributionHistory:
    return ContributionHistory(tuple(ContributionRecord(first + i, 0, amount=amount) for i in range(n)))


# ---------------------------------------------------------------------------------------
# hand-computed statements
# ---------------------------------------------------------------------------------------
def test_yearly_pro_rata_one_year_2016() -> None:
    """PP 46/2015 Pasal 16(1), 22(2), 27: wage Rp5.000.000 → 5.7% = Rp285.000 a month.

    2016 declared return 7.19%. A contribution for month m earns 7.19% × (13 - m)/12:
    return = 285.000 × 0.0719 × (12 + 11 + ... + 1)/12 = 285.000 × 0.0719 × 6.5 = 133.194,75.
    Closing = 3.420.000 + 133.194,75 = 3.553.194,75 → Rp3.553.195 (half up).
    """
    award = balance(H2016, until=D(2016, 12, 31))
    assert award.total == Rupiah(3_553_195)
    (row,) = statement(award)
    assert (row.year, row.opening, row.contributions, row.returns, row.withdrawals, row.closing) == (
        2016,
        Rupiah(0),
        Rupiah(3_420_000),
        Rupiah(133_195),
        Rupiah(0),
        Rupiah(3_553_195),
    )
    assert row.rate == Rate.percent("7.19")
    assert "PP 46/2015 Pasal 27 ayat (1)" in row.rate_source
    assert award.payments == ((D(2016, 12, 31), Rupiah(3_553_195)),)
    assert award.component("contributions").amount == Rupiah(3_420_000)
    assert award.component("development returns").amount == Rupiah(133_195)


def test_yearly_pro_rata_second_year_with_caller_rate_until_mid_year() -> None:
    """2017 has no declared rate: the caller supplies 6%.

    Opening 3.553.194,75 (full precision carried); Jan-Jun 2017 contributions 6 × 285.000.
    Balance held in months 1..6: 6 × 3.553.194,75 + 285.000 × (1+...+6) = 27.304.168,5.
    Return on 2017-06-30 = 27.304.168,5 × 6% / 12 = 136.520,8425.
    Closing = 3.553.194,75 + 1.710.000 + 136.520,8425 = 5.399.715,59 → Rp5.399.716.
    """
    h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2017, 12))
    award = balance(h, until=D(2017, 6, 30), rates={2017: Rate.percent("6")})
    rows = statement(award)
    assert [r.closing for r in rows] == [Rupiah(3_553_195), Rupiah(5_399_716)]
    assert rows[1].opening == Rupiah(3_553_195)
    assert rows[1].contributions == Rupiah(1_710_000)
    assert rows[1].returns == Rupiah(5_399_716 - 3_553_195 - 1_710_000)
    assert rows[1].end == D(2017, 6, 30) and rows[1].months_earning == 6
    assert rows[1].rate_source == "caller"
    assert any("2017" in n for n in award.notes)


def test_monthly_compound_hand_computed() -> None:
    """Ministry convention: Rp100.000 at the start of each month, monthly factor 1.01.

    FV = 100.000 × (1.01 + 1.01² + ... + 1.01¹²) = 100.000 × 1.01 × (1.01¹² - 1)/0.01
       = 1.280.932,80… → Rp1.280.933.
    """
    h = amounts(Month(2021, 1), 12, 100_000)
    award = balance(h, until=D(2021, 12, 31), rates={2021: ONE_PERCENT_MONTHLY}, crediting="monthly")
    assert award.total == Rupiah(1_280_933)
    # the same under the yearly convention: 100.000 × r × 78/12 with r = 12,6825...%
    yearly = balance(h, until=D(2021, 12, 31), rates={2021: ONE_PERCENT_MONTHLY})
    expected = Decimal(1_200_000) + Decimal(100_000) * ONE_PERCENT_MONTHLY.value * Decimal(78) / 12
    assert yearly.total == Rupiah(expected).rounded()
    assert award.details["crediting"] == "monthly_compound"


def test_monthly_compound_declared_rate_2016() -> None:
    """Contributions of Rp285.000 compounded at (1.0719)^(1/12) - 1 for 12, 11, ..., 1 months."""
    award = balance(H2016, until=D(2016, 12, 31), crediting=Crediting.MONTHLY_COMPOUND)
    f = Decimal("1.0719") ** (Decimal(1) / Decimal(12))
    expected = sum(Decimal(285_000) * f**k for k in range(1, 13))
    assert award.total == Rupiah(expected).rounded()
    # within a year (1 + r)^(k/12) < 1 + r·k/12: the ministry's convention gives a little less
    # on part-year money than BPJS's simple pro rata; a full year's opening balance earns the same
    assert award.total < balance(H2016, until=D(2016, 12, 31)).total
    empty = ContributionHistory(())
    opening = (D(2015, 12, 31), 10_000_000)
    assert (
        balance(empty, until=D(2016, 12, 31), opening=opening, crediting="monthly").total
        == balance(empty, until=D(2016, 12, 31), opening=opening).total
    )


def test_withdrawal_reduces_balance_from_its_month() -> None:
    """Rp1.000.000 taken on 2016-07-15 stops earning from 1 July: 6 months lost.

    Held-balance sum = 285.000 × 78 - 1.000.000 × 6 = 16.230.000; × 7.19% / 12 = 97.244,75.
    Closing = 3.420.000 - 1.000.000 + 97.244,75 → Rp2.517.245.
    """
    award = balance(H2016, until=D(2016, 12, 31), withdrawals=[(D(2016, 7, 15), 1_000_000)])
    assert award.total == Rupiah(2_517_245)
    (row,) = statement(award)
    assert row.withdrawals == Rupiah(1_000_000)
    assert award.component("withdrawals").amount == Rupiah(-1_000_000)


def test_withdrawal_after_until_is_ignored_and_before_raises_when_too_large() -> None:
    assert (
        balance(H2016, until=D(2016, 6, 30), withdrawals=[(D(2016, 7, 1), 10**12)]).total
        == balance(H2016, until=D(2016, 6, 30)).total
    )
    with pytest.raises(InvalidInputError, match="larger than the balance"):
        balance(H2016, until=D(2016, 12, 31), withdrawals=[(D(2016, 2, 10), 1_000_000)])


def test_monthly_withdrawal_may_use_credited_returns() -> None:
    h = amounts(Month(2021, 1), 1, 100_000)
    rates = {2021: ONE_PERCENT_MONTHLY, 2022: ONE_PERCENT_MONTHLY}
    # after January the monthly balance is 101.000: taking 100.500 in February is allowed
    award = balance(
        h, until=D(2021, 2, 28), rates=rates, crediting="bulanan", withdrawals=[(D(2021, 2, 3), 100_500)]
    )
    assert award.total == Rupiah(505)  # (101.000 - 100.500) × 1.01
    with pytest.raises(InvalidInputError):
        balance(h, until=D(2021, 2, 28), rates=rates, withdrawals=[(D(2021, 2, 3), 100_500)])


def test_until_mid_year_credits_completed_months_only() -> None:
    """Until 2016-06-30: months 1-6 earn: 285.000 × 21 × 7.19% / 12 = 35.860,125.
    Until 2016-06-29: June is not complete: 285.000 × 15 × 7.19% / 12 = 25.614,375.
    """
    assert balance(H2016, until=D(2016, 6, 30)).total == Rupiah(1_745_860)
    assert balance(H2016, until=D(2016, 6, 29)).total == Rupiah(1_735_614)


def test_opening_balance() -> None:
    """Rp10.000.000 on the 2015-12-31 statement earns the full 2016 rate: 10.719.000."""
    empty = ContributionHistory(())
    award = balance(empty, until=D(2016, 12, 31), opening=(D(2015, 12, 31), 10_000_000))
    assert award.total == Rupiah(10_719_000)
    assert award.component("opening balance").amount == Rupiah(10_000_000)
    # records up to the opening date are taken as included in it
    with_records = balance(H2016, until=D(2016, 12, 31), opening=(D(2016, 12, 15), 0))
    assert with_records.total == Rupiah(0)


def test_bpu_segment_and_amounts_and_programs() -> None:
    """BPU: the JHT of the declared income's band (bpu.income_band): Rp1.000.000 → Rp20.000 a month."""
    h = ContributionHistory.constant(1_000_000, Month(2016, 1), Month(2016, 1))
    award = balance(h, until=D(2016, 1, 31), segment="BPU")
    assert award.component("contributions").amount == Rupiah(20_000)
    assert award.total == Rupiah(20_000) + Rupiah(Decimal(20_000) * Decimal("0.0719") / 12).rounded()
    rec = ContributionHistory(
        (
            ContributionRecord(Month(2016, 1), 5_000_000, amount=123_456),
            ContributionRecord(Month(2016, 2), 5_000_000, programs={Program.JKK}),
        )
    )
    assert balance(rec, until=D(2016, 2, 29)).component("contributions").amount == Rupiah(123_456)
    with pytest.raises(InvalidHistoryError, match="PMI"):
        balance(h, until=D(2016, 1, 31), segment=Segment.MIGRANT_WORKER)
    with pytest.raises(InvalidInputError, match="Jakon"):
        balance(h, until=D(2016, 1, 31), segment="jakon")


def test_missing_rate_names_every_year() -> None:
    h = ContributionHistory.constant(5_000_000, Month(2015, 7), Month(2017, 12))
    with pytest.raises(MissingRateError, match="2015, 2017") as info:
        balance(h, until=D(2017, 12, 31))
    assert "rates=" in str(info.value)
    # a supplied rate for a year with a declared one wins, and is noted
    award = balance(
        h,
        until=D(2017, 12, 31),
        rates={2015: Rate.zero(), 2016: Rate.zero(), 2017: Rate.zero()},
    )
    assert award.total == Rupiah(30 * 285_000)
    with pytest.raises(MissingRateError, match="2021"):
        declared_return(2021)
    assert declared_return(2020) == Rate.percent("5.63")
    # no money held in a year: no rate needed
    late = ContributionHistory.constant(5_000_000, Month(2016, 12), Month(2016, 12))
    assert balance(late, until=D(2016, 12, 31)).total > Rupiah(285_000)


def test_result_shapes() -> None:
    award = balance(H2016, until=D(2016, 12, 31))
    json.dumps(award.to_dict())
    frame = award.to_frame()
    assert list(frame["amount"]) == [3_553_195]  # type: ignore[index]
    sf = statement_frame(award)
    assert list(sf["closing"]) == [3_553_195]  # type: ignore[index]
    text_en = award.explain().render("en")
    text_id = award.explain().render("id")
    assert "jht.declared_return" in text_en and "Saldo JHT" in text_id
    assert "PP 46/2015 Pasal 16 ayat (1)" in award.explain().citations()
    with pytest.raises(InvalidInputError):
        statement(jht.withdrawal("death", event_on=D(2020, 1, 1)))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# bad input
# ---------------------------------------------------------------------------------------
def test_bad_input() -> None:
    with pytest.raises(InvalidHistoryError):
        balance([ContributionRecord(Month(2016, 1), 1)], until=D(2016, 12, 31))  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError, match="before the first"):
        balance(H2016, until=D(2015, 12, 31))
    with pytest.raises(InvalidHistoryError, match="nothing"):
        balance(ContributionHistory(()), until=D(2016, 12, 31))
    with pytest.raises(MoneyTypeError):
        balance(H2016, until=D(2016, 12, 31), rates={2016: 0.07})  # type: ignore[dict-item]
    with pytest.raises(InvalidInputError, match="negative"):
        balance(H2016, until=D(2016, 12, 31), rates={2016: Rate.percent("-1")})
    with pytest.raises(InvalidInputError, match="years"):
        balance(H2016, until=D(2016, 12, 31), rates={"2016": Rate.zero()})  # type: ignore[dict-item]
    with pytest.raises(InvalidInputError, match="negative"):
        balance(H2016, until=D(2016, 12, 31), opening=(D(2015, 12, 31), -1))
    with pytest.raises(InvalidInputError, match="negative"):
        balance(H2016, until=D(2016, 12, 31), withdrawals=[(D(2016, 3, 1), -5)])
    with pytest.raises(MoneyTypeError):
        balance(H2016, until=D(2016, 12, 31), withdrawals=[(D(2016, 3, 1), 5.0)])  # type: ignore[list-item]
    with pytest.raises(UnknownValueError):
        balance(H2016, until=D(2016, 12, 31), crediting="daily")
    with pytest.raises(InvalidDateError):
        balance(H2016, until="31-12-2016")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# properties
# ---------------------------------------------------------------------------------------
RATES = {y: Rate.percent("5") for y in range(2015, 2031)}


@st.composite
def histories(draw: st.DrawFn) -> ContributionHistory:
    start = Month(2015, 7) + draw(st.integers(0, 100))
    n = draw(st.integers(1, 30))
    gaps = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    wages = draw(st.lists(st.integers(0, 80_000_000), min_size=n, max_size=n))
    recs = [
        ContributionRecord(start + i, w) for i, (w, g) in enumerate(zip(wages, gaps, strict=True)) if not g
    ]
    if not recs:
        recs = [ContributionRecord(start, wages[0])]
    return ContributionHistory(tuple(recs))


rates_st = st.dictionaries(
    st.integers(2015, 2030),
    st.decimals(min_value=0, max_value=Decimal("0.2"), places=4).map(Rate),
    min_size=16,
).map(lambda d: {**RATES, **d})
until_st = st.dates(D(2015, 7, 1), D(2030, 12, 31))


@given(histories(), rates_st, until_st, st.sampled_from(list(Crediting)))
def test_balance_never_below_contributions(
    h: ContributionHistory, rates: dict[int, Rate], until: dt.date, mode: Crediting
) -> None:
    try:
        award = balance(h, until=until, rates=rates, crediting=mode)
    except InvalidDateError:
        assert until < h.first_month.first_day
        return
    assert award.total >= award.component("contributions").amount
    assert award.component("development returns").amount >= 0
    rows = statement(award)
    for r in rows:
        assert r.opening + r.contributions + r.returns - r.withdrawals == r.closing
    assert rows[-1].closing == award.total


@given(histories(), rates_st, until_st, until_st, st.sampled_from(list(Crediting)))
def test_later_until_never_lowers_balance(
    h: ContributionHistory, rates: dict[int, Rate], u1: dt.date, u2: dt.date, mode: Crediting
) -> None:
    early, late = sorted((u1, u2))
    if early < h.first_month.first_day:
        return
    a = balance(h, until=early, rates=rates, crediting=mode)
    b = balance(h, until=late, rates=rates, crediting=mode)
    assert b.total >= a.total


@given(histories(), until_st)
def test_conventions_agree_at_zero_rate(h: ContributionHistory, until: dt.date) -> None:
    if until < h.first_month.first_day:
        return
    zero = {y: Rate.zero() for y in range(2015, 2031)}
    a = balance(h, until=until, rates=zero)
    b = balance(h, until=until, rates=zero, crediting=Crediting.MONTHLY_COMPOUND)
    assert a.total == b.total == a.component("contributions").amount
    assert statement(a) == statement(b)
