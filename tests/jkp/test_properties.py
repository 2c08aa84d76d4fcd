"""JKP hypothesis properties and fuzzing of the public functions (only JamsosError escapes)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from jamsos import ContributionHistory, ContributionRecord, Month, Rupiah
from jamsos.errors import JamsosError
from jamsos.jkp import TerminationReason, cash_benefit, claim_deadline, eligibility

D = dt.date
CAP = Rupiah(5_000_000)  # PP 37/2021 and PP 6/2025 Pasal 21 ayat (3)
MAX_MONTHLY = Rupiah(3_000_000)  # 60% x the cap, the highest rate (PP 6/2025 Pasal 21 ayat (1))

# up to the release horizon, less a claim delay and 6 months of benefit (issue 11)
phk_dates = st.dates(min_value=D(2021, 2, 2), max_value=D(2026, 3, 31))


@given(
    wage=st.integers(min_value=1, max_value=100_000_000),
    phk=phk_dates,
    delay=st.integers(min_value=0, max_value=400),
    n=st.integers(min_value=1, max_value=6),
)
def test_cash_benefit_bounds(wage: int, phk: dt.date, delay: int, n: int) -> None:
    """Pasal 21: never more than 6 payments, each at most 60% of the capped wage; total <= 6 x that."""
    award = cash_benefit(wage=wage, terminated_on=phk, claim_on=phk + dt.timedelta(days=delay), months=n)
    assert 1 <= len(award.payments) <= min(n, 6)
    for _, amount in award.payments:
        assert Rupiah(0) <= amount <= MAX_MONTHLY
        assert amount.is_whole
        assert amount <= (Rupiah(wage) * Decimal("0.6")).rounded()
    assert award.total == sum((a for _, a in award.payments), Rupiah(0))
    assert award.total <= MAX_MONTHLY * 6
    days = [d for d, _ in award.payments]
    assert days == sorted(days) and days[0] > phk


@given(
    paid=st.sets(st.integers(min_value=0, max_value=71), max_size=72),
    phk=st.dates(min_value=D(2022, 3, 1), max_value=D(2026, 12, 31)),
    delay=st.integers(min_value=0, max_value=200),
)
def test_never_eligible_with_fewer_than_12_months(paid: set[int], phk: dt.date, delay: int) -> None:
    """Pasal 19 ayat (3): eligibility is never granted with fewer than 12 paid JKP months in the window.

    Also: every reason cites an article (Pasal or Penjelasan)."""
    first = Month(2020, 1)
    records = [ContributionRecord(first + i, 4_000_000) for i in sorted(paid) if first + i < Month.of(phk)]
    history = ContributionHistory(records)
    d = eligibility(
        history=history,
        terminated_on=phk,
        reason="phk",
        birth_date=D(1985, 1, 1),
        registered_on=D(2019, 12, 2),
        claim_on=phk + dt.timedelta(days=delay),
    )
    last = Month.of(phk).minus(1)
    window = [last.minus(k) for k in range(24)]
    counted = sum(1 for r in records if r.month in window and r.month >= Month(2021, 2))
    if d.eligible:
        assert counted >= 12
    assert d.details["masa_iur"] == counted
    for reason in d.reasons:
        assert reason.basis, reason
        assert all("Pasal" in b or "Penjelasan" in b for b in reason.basis), reason


@given(phk=phk_dates)
def test_claim_deadline_is_3_to_6_months(phk: dt.date) -> None:
    """Pasal 40 huruf a: between 3 and 6 months after the PHK, never before it."""
    deadline = claim_deadline(phk)
    assert phk < deadline <= phk + dt.timedelta(days=186)
    assert deadline >= phk + dt.timedelta(days=89)


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.dates(min_value=D(1, 1, 1)),
    st.lists(st.integers(), max_size=3),
    st.just(D(9999, 12, 31)),
    st.just(Decimal("NaN")),
    st.sampled_from(list(TerminationReason)),
)


@given(
    st.fixed_dictionaries(
        {},
        optional=dict.fromkeys(
            (
                "history",
                "terminated_on",
                "reason",
                "birth_date",
                "registered_on",
                "employer_scale",
                "citizen",
                "jkn_registered",
                "programs",
                "segment",
                "contract_end",
                "claim_on",
                "new_job_on",
                "died_on",
                "previous_claims",
                "employer_arrears_months",
                "employer_bankrupt",
                "params",
            ),
            junk,
        ),
    )
)
def test_fuzz_eligibility(changes: dict[str, Any]) -> None:
    kw: dict[str, Any] = {
        "history": ContributionHistory.constant(5_000_000, Month(2023, 1), Month(2025, 2)),
        "terminated_on": D(2025, 3, 1),
        "reason": "phk",
        "birth_date": D(1990, 1, 1),
        "registered_on": D(2023, 1, 1),
    }
    kw.update(changes)
    try:
        eligibility(**kw)
    except JamsosError:
        pass


@given(wage=junk, terminated_on=junk, claim_on=junk, months=junk, params=junk)
def test_fuzz_cash_benefit(wage: Any, terminated_on: Any, claim_on: Any, months: Any, params: Any) -> None:
    try:
        cash_benefit(wage=wage, terminated_on=terminated_on, claim_on=claim_on, months=months, params=params)
    except JamsosError:
        pass
    try:
        claim_deadline(terminated_on)
    except JamsosError:
        pass
    try:
        TerminationReason.parse(wage)
    except JamsosError:
        pass
