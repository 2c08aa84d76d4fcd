"""JHT withdrawal decisions: every waiting-period regime boundary, partial withdrawal, fuzzing."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import (
    ContributionHistory,
    InvalidDateError,
    InvalidInputError,
    JamsosError,
    Month,
    NotCoveredError,
    Rate,
    Rupiah,
    UnknownValueError,
    parameters,
)
from jamsos.jht import (
    PartialPurpose,
    WithdrawalReason,
    balance,
    declared_return,
    partial_withdrawal,
    statement,
    withdrawal,
)
from jamsos.legal import Instrument

D = dt.date
BIRTH = D(1980, 5, 1)
STOPPING = (
    WithdrawalReason.RESIGNATION,
    WithdrawalReason.DISMISSAL,
    WithdrawalReason.CONTRACT_END,
    WithdrawalReason.STOPPED_WORKING,
)


def regime(d: object) -> str:
    return str(d.details["regime"])  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------
# regime boundaries (the day before and the day of)
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("reason", list(WithdrawalReason))
def test_before_programme_start_is_not_covered(reason: WithdrawalReason) -> None:
    """PP 46/2015 Pasal 37: in force 2015-07-01; earlier events are Jamsostek law, not covered."""
    with pytest.raises(NotCoveredError):
        withdrawal(reason, event_on=D(2015, 6, 30), birth_date=BIRTH, foreign_national=True)


@pytest.mark.parametrize("reason", STOPPING)
def test_pp46_as_enacted_pays_only_at_56(reason: WithdrawalReason) -> None:
    """PP 46/2015 Pasal 26 ayat (3) (original): stopping work before pension age → paid at 56."""
    for day in (D(2015, 7, 1), D(2015, 8, 11)):
        d = withdrawal(reason, event_on=day, birth_date=BIRTH, claim_on=D(2015, 10, 1))
        assert d.earliest_on == D(2036, 5, 1)
        assert not d.eligible and d.failed[0].code == "claim_date"
        assert "PP 46/2015 Pasal 26 ayat (3)" in d.reasons[0].basis
        assert d.notes  # the practice caveat
    with pytest.raises(InvalidInputError, match="birth_date"):
        withdrawal(reason, event_on=D(2015, 7, 1))
    # already 56 at the event: payable at once
    old = withdrawal(reason, event_on=D(2015, 7, 20), birth_date=D(1959, 1, 1))
    assert old.earliest_on == D(2015, 7, 20)


@pytest.mark.parametrize("reason", [WithdrawalReason.RESIGNATION, WithdrawalReason.DISMISSAL])
def test_pp60_boundary_2015_08_12(reason: WithdrawalReason) -> None:
    """PP 60/2015 Pasal I-II (2015-08-12) removes the age-56 rule; Permenaker 19/2015: 1 month.

    jamsos reads the 2015-08-12..31 gap under the new regime: a 2015-08-12 event → 2015-09-12.
    """
    before = withdrawal(reason, event_on=D(2015, 8, 11), birth_date=BIRTH)
    on = withdrawal(reason, event_on=D(2015, 8, 12), birth_date=BIRTH)
    assert before.earliest_on == D(2036, 5, 1)
    assert on.earliest_on == D(2015, 9, 12)
    assert regime(before) == "PP 46/2015" and regime(on) == "Permenaker 19/2015"


@pytest.mark.parametrize("reason", [WithdrawalReason.RESIGNATION, WithdrawalReason.DISMISSAL])
def test_permenaker_19_2015_application_date(reason: WithdrawalReason) -> None:
    """Permenaker 19/2015 applied from 2015-09-01: same 1-month rule either side of that day."""
    assert withdrawal(reason, event_on=D(2015, 8, 31)).earliest_on == D(2015, 9, 30)
    assert withdrawal(reason, event_on=D(2015, 9, 1)).earliest_on == D(2015, 10, 1)


@pytest.mark.parametrize("reason", [WithdrawalReason.RESIGNATION, WithdrawalReason.DISMISSAL])
def test_permenaker_4_2022_boundary(reason: WithdrawalReason) -> None:
    """Permenaker 4/2022 (2022-04-26): still 1 month, now from the employer's resignation
    statement (Pasal 8-9) or the PHK date (Pasal 10-11)."""
    before = withdrawal(reason, event_on=D(2022, 4, 25))
    on = withdrawal(reason, event_on=D(2022, 4, 26))
    assert regime(before) == "Permenaker 19/2015" and regime(on) == "Permenaker 4/2022"
    assert before.earliest_on == D(2022, 5, 25) and on.earliest_on == D(2022, 5, 26)


@pytest.mark.parametrize("reason", [WithdrawalReason.CONTRACT_END, WithdrawalReason.STOPPED_WORKING])
def test_contract_end_and_bpu_payable_at_once_from_2022_04_26(reason: WithdrawalReason) -> None:
    """Permenaker 4/2022 Pasal 6 ayat (2): end of a PKWT, BPU stopping work: no waiting period."""
    assert withdrawal(reason, event_on=D(2022, 4, 25)).earliest_on == D(2022, 5, 25)
    assert withdrawal(reason, event_on=D(2022, 4, 26)).earliest_on == D(2022, 4, 26)


@pytest.mark.parametrize(
    "event", [D(2022, 2, 4), D(2022, 3, 16), D(2022, 4, 25), D(2022, 5, 4), D(2022, 5, 5), D(2023, 1, 1)]
)
def test_permenaker_2_2022_never_applies(event: dt.date) -> None:
    """Permenaker 2/2022 (resign/PHK only at 56, would have started ≈2022-05-04) never took effect."""
    for reason in (WithdrawalReason.RESIGNATION, WithdrawalReason.DISMISSAL):
        d = withdrawal(reason, event_on=event, birth_date=BIRTH)
        assert d.earliest_on is not None and d.earliest_on < D(2023, 3, 1)
        assert "2/2022" not in json.dumps(d.to_dict()) + str(d.explain())
    for p in parameters.official():
        for dv in p.values:
            b = dv.basis
            assert not (b and b.instrument is Instrument.PERMENAKER and b.number == "2" and b.year == 2022)


def test_leaving_indonesia_regimes() -> None:
    """PP 46/2015 Pasal 26 ayat (6) (original): WNA and WNI; from 2015-08-12 foreign nationals only."""
    assert withdrawal("meninggalkan-indonesia", event_on=D(2015, 8, 11), foreign_national=False).eligible
    wni = withdrawal("leaving_indonesia", event_on=D(2015, 8, 12), foreign_national=False)
    assert not wni.eligible and wni.earliest_on is None and wni.failed[0].code == "ground"
    unknown = withdrawal("leaving_indonesia", event_on=D(2022, 4, 26))
    assert not unknown.eligible and "foreign_national=True" in unknown.failed[0].message
    wna = withdrawal("leaving_indonesia", event_on=D(2022, 4, 26), foreign_national=True)
    assert wna.eligible and wna.earliest_on == D(2022, 4, 26)


@pytest.mark.parametrize("reason", [WithdrawalReason.DISABILITY, WithdrawalReason.DEATH])
@pytest.mark.parametrize("event", [D(2015, 7, 1), D(2015, 8, 12), D(2022, 4, 26), D(2025, 6, 1)])
def test_disability_and_death_payable_from_event(reason: WithdrawalReason, event: dt.date) -> None:
    """PP 46/2015 Pasal 26(4)-(5); PP 60/2015 new Pasal 26(1)(b)-(c)."""
    d = withdrawal(reason, event_on=event, claim_on=event)
    assert d.eligible and d.earliest_on == event


def test_failed_departure_pmi() -> None:
    """Permenaker 4/2023 Pasal 60 ayat (2): a PMI whose departure failed (from 2023-02-22)."""
    with pytest.raises(NotCoveredError, match="2023-02-22"):
        withdrawal("gagal-berangkat", event_on=D(2023, 2, 21))
    assert withdrawal("gagal-berangkat", event_on=D(2023, 2, 22)).earliest_on == D(2023, 2, 22)


# ---------------------------------------------------------------------------------------
# how one month is counted; age; claim dates
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("event", "earliest"),
    [
        (D(2025, 3, 1), D(2025, 4, 1)),
        (D(2025, 1, 31), D(2025, 2, 28)),
        (D(2024, 1, 31), D(2024, 2, 29)),
        (D(2025, 3, 31), D(2025, 4, 30)),
        (D(2025, 12, 15), D(2026, 1, 15)),
    ],
)
def test_one_month_counting(event: dt.date, earliest: dt.date) -> None:
    """Permenaker 4/2022 Pasal 9: 1 month from the resignation statement; the day before is
    refused, the day itself accepted (add_months clamps to a shorter month's end)."""
    day_before = earliest - dt.timedelta(days=1)
    assert not withdrawal("resign", event_on=event, claim_on=day_before).eligible
    ok = withdrawal("resign", event_on=event, claim_on=earliest)
    assert ok.eligible and ok.earliest_on == earliest


def test_age_56_and_work_agreement_pension_age() -> None:
    """PP 46/2015 Pasal 22(1): 56 (JHT's own age, not JP's 59 in 2025);
    Permenaker 4/2022 Pasal 6(1): the work agreement's pension age, or 56, whichever first."""
    birth = D(1969, 5, 1)
    d = withdrawal("usia", event_on=D(2025, 5, 1), birth_date=birth, claim_on=D(2025, 5, 1))
    assert d.eligible and d.earliest_on == D(2025, 5, 1)
    early = withdrawal("age", event_on=D(2025, 4, 1), birth_date=birth, claim_on=D(2025, 4, 30))
    assert not early.eligible and early.earliest_on == D(2025, 5, 1)
    assert withdrawal("age", event_on=D(2024, 5, 1), birth_date=birth, pension_age=55).earliest_on == D(
        2024, 5, 1
    )
    assert withdrawal("age", event_on=D(2025, 5, 1), birth_date=birth, pension_age=58).earliest_on == D(
        2025, 5, 1
    )
    with pytest.raises(InvalidInputError, match="birth_date"):
        withdrawal("age", event_on=D(2025, 5, 1))


def test_membership_start_and_bad_input() -> None:
    late = withdrawal("death", event_on=D(2020, 1, 1), membership_start=D(2020, 2, 1))
    assert not late.eligible and late.failed[0].code == "membership"
    with pytest.raises(InvalidDateError, match="before the event"):
        withdrawal("resign", event_on=D(2025, 3, 1), claim_on=D(2025, 2, 28))
    with pytest.raises(UnknownValueError):
        withdrawal("holiday", event_on=D(2025, 3, 1))
    with pytest.raises(InvalidDateError):
        withdrawal("age", event_on=D(2025, 3, 1), birth_date=D(2025, 3, 2))
    with pytest.raises(InvalidInputError):
        withdrawal("age", event_on=D(2025, 3, 1), birth_date=BIRTH, pension_age=True)
    with pytest.raises(InvalidInputError):
        withdrawal("leaving_indonesia", event_on=D(2025, 3, 1), foreign_national="yes")  # type: ignore[arg-type]


@given(
    st.sampled_from(list(WithdrawalReason)),
    st.dates(D(2015, 7, 1), D(2027, 12, 31)),  # up to the release horizon
    st.integers(0, 800),
)
def test_earliest_is_never_before_event(reason: WithdrawalReason, event: dt.date, lag: int) -> None:
    try:
        d = withdrawal(reason, event_on=event, birth_date=BIRTH, foreign_national=True)
    except NotCoveredError:
        assert reason is WithdrawalReason.FAILED_DEPARTURE
        return
    assert d.earliest_on is not None and d.earliest_on >= event
    claim = event + dt.timedelta(days=lag)
    assert withdrawal(
        reason, event_on=event, claim_on=claim, birth_date=BIRTH, foreign_national=True
    ).eligible == (claim >= d.earliest_on)


# ---------------------------------------------------------------------------------------
# partial withdrawal (PP 46/2015 Pasal 22(4)-(6))
# ---------------------------------------------------------------------------------------
def test_partial_ten_years_boundary() -> None:
    """Pasal 22(4): at least 10 years of membership: from 2014-03-01, reached on 2024-03-01."""
    kw = {"balance": 100_000_000, "membership_start": D(2014, 3, 1)}
    before = partial_withdrawal("rumah", on=D(2024, 2, 29), **kw)  # type: ignore[arg-type]
    on = partial_withdrawal("rumah", on=D(2024, 3, 1), **kw)  # type: ignore[arg-type]
    assert not before.eligible and before.failed[0].code == "membership"
    assert before.earliest_on == D(2024, 3, 1)
    assert on.eligible and on.details["amount"] == Rupiah(30_000_000)


def test_partial_shares_once_only_and_amount() -> None:
    """Pasal 22(5): 30% housing, 10% other; Pasal 22(6): once only."""
    start, on = D(2010, 1, 1), D(2025, 1, 1)
    other = partial_withdrawal(
        PartialPurpose.RETIREMENT_PREPARATION, balance=1_000_003, membership_start=start, on=on
    )
    assert other.details["maximum"] == Rupiah(100_000)  # 100.000,3 rounded down
    too_much = partial_withdrawal(
        "housing", balance=10_000_000, membership_start=start, on=on, requested=3_000_001
    )
    assert not too_much.eligible and [r.code for r in too_much.failed] == ["amount"]
    assert too_much.details["amount"] == Rupiah(0)
    ok = partial_withdrawal("housing", balance=10_000_000, membership_start=start, on=on, requested=3_000_000)
    assert ok.eligible and ok.details["amount"] == Rupiah(3_000_000)
    again = partial_withdrawal(
        "lainnya", balance=10_000_000, membership_start=start, on=on, previous_partial=D(2020, 1, 1)
    )
    assert not again.eligible and again.failed[0].code == "once_only" and again.earliest_on is None
    assert not partial_withdrawal(
        "rumah", balance=1, membership_start=start, on=on, previous_partial=True
    ).eligible
    json.dumps(ok.to_dict())
    assert "PP 46/2015 Pasal 22 ayat (5)" in ok.explain().citations()


def test_partial_bad_input() -> None:
    start, on = D(2010, 1, 1), D(2025, 1, 1)
    with pytest.raises(InvalidInputError, match="negative"):
        partial_withdrawal("rumah", balance=-1, membership_start=start, on=on)
    with pytest.raises(InvalidDateError):
        partial_withdrawal("rumah", balance=1, membership_start=on, on=D(2016, 1, 1))
    with pytest.raises(InvalidDateError):
        partial_withdrawal("rumah", balance=1, membership_start=start, on=on, previous_partial=D(2026, 1, 1))
    with pytest.raises(InvalidInputError):
        partial_withdrawal("rumah", balance=1, membership_start=start, on=on, requested=0)
    with pytest.raises(UnknownValueError):
        partial_withdrawal("car", balance=1, membership_start=start, on=on)
    with pytest.raises(NotCoveredError):
        partial_withdrawal("rumah", balance=1, membership_start=D(2000, 1, 1), on=D(2015, 6, 30))


@given(
    st.sampled_from(list(PartialPurpose)),
    st.integers(0, 10**13),
    st.dates(D(1990, 1, 1), D(2015, 7, 1)),
    st.dates(D(2015, 7, 1), D(2027, 12, 31)),  # up to the release horizon
)
def test_partial_never_above_its_percentage(
    purpose: PartialPurpose, bal: int, start: dt.date, on: dt.date
) -> None:
    share = Decimal("0.3") if purpose is PartialPurpose.HOUSING else Decimal("0.1")
    d = partial_withdrawal(purpose, balance=bal, membership_start=start, on=on)
    cap = Decimal(bal) * share
    maximum = d.details["maximum"]
    assert isinstance(maximum, Rupiah)
    assert cap - 1 < maximum.amount <= cap
    assert d.details["amount"] <= maximum


# ---------------------------------------------------------------------------------------
# fuzz: only JamsosError escapes a public function
# ---------------------------------------------------------------------------------------
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.dates(),
    st.datetimes(),
    st.decimals(allow_nan=True),
    st.lists(st.integers(), max_size=3),
    st.tuples(st.dates(), st.integers()),
    st.dictionaries(st.integers(), st.text(max_size=3), max_size=2),
    st.sampled_from([Rate.percent("5"), Rupiah(5), Month(2020, 1), ContributionHistory(())]),
)
HIST = ContributionHistory.constant(5_000_000, Month(2019, 1), Month(2019, 12))


@given(junk, junk, junk, junk, junk, junk)
def test_fuzz_balance(
    until: object, rates: object, crediting: object, wd: object, opening: object, seg: object
) -> None:
    for kwargs in (
        {"until": until},
        {"until": D(2019, 12, 31), "rates": rates, "crediting": crediting},
        {
            "until": D(2019, 12, 31),
            "rates": {2019: Rate.zero()},
            "withdrawals": wd,
            "opening": opening,
            "segment": seg,
        },
    ):
        try:
            balance(HIST, **kwargs)  # type: ignore[arg-type]
        except JamsosError:
            pass
    try:
        balance(until, until=D(2019, 12, 31))  # type: ignore[arg-type]
    except JamsosError:
        pass
    for arg in (until, rates):
        try:
            declared_return(arg)  # type: ignore[arg-type]
            statement(arg)  # type: ignore[arg-type]
        except JamsosError:
            pass


@given(junk, junk, junk, junk, junk, junk, junk)
def test_fuzz_withdrawal(a: Any, b: Any, c: Any, d: Any, e: Any, f: Any, g: Any) -> None:
    calls: tuple[Callable[[], object], ...] = (
        lambda: withdrawal(
            a, event_on=b, claim_on=c, birth_date=d, membership_start=e, pension_age=f, foreign_national=g
        ),
        lambda: withdrawal("resign", event_on=b, claim_on=c, birth_date=d),
        lambda: withdrawal("age", event_on=D(2025, 1, 1), birth_date=d, pension_age=f),
        lambda: partial_withdrawal(a, balance=b, membership_start=c, on=d, previous_partial=e, requested=f),
        lambda: partial_withdrawal(
            "rumah", balance=b, membership_start=D(2000, 1, 1), on=D(2025, 1, 1), requested=f
        ),
    )
    for call in calls:
        try:
            call()
        except JamsosError:
            pass


def test_balance_after_partial_withdrawal_round_trip() -> None:
    """A partial withdrawal decided on the balance, then passed back to balance()."""
    h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2016, 12))
    bal = balance(h, until=D(2016, 12, 31)).total
    d = partial_withdrawal("lainnya", balance=bal, membership_start=D(2006, 1, 1), on=D(2016, 12, 31))
    amount = d.details["amount"]
    assert isinstance(amount, Rupiah) and amount == Rupiah(355_319)
    after = balance(h, until=D(2016, 12, 31), withdrawals=[(D(2016, 12, 31), amount)])
    # taken on 31 December: lost December's return on the amount (7,19% / 12 of it)
    assert statement(after)[0].closing < bal - amount
    assert declared_return(2016) == Rate.percent("7.19")
