"""JP: hypothesis properties and a fuzz test of every public function (only JamsosError escapes)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from jamsos import ContributionHistory, JamsosError, Month, Rupiah, jp
from jamsos.jp import Survivors
from jamsos.parameters import official
from jamsos.periods import age_on, anniversary

D = dt.date
BIRTH = D(1972, 1, 15)  # pension date 2033-01-15
LAST = Month(2032, 12)
P = (
    official()
    .override("jp.inflation", D(2026, 1, 1), "3")
    .override("jp.wage_cap", D(2027, 3, 1), "11086300")
    .override("jp.benefit.minimum", D(2027, 3, 1), "411400")
    .override("jp.benefit.maximum", D(2027, 3, 1), "4932300")
    .override("jp.lump_sum.development_rate", D(2027, 1, 1), "6.47")
)

births = st.dates(min_value=D(1959, 7, 1), max_value=D(1995, 12, 31))
wages = st.integers(min_value=100_000, max_value=40_000_000)
lengths = st.integers(min_value=1, max_value=LAST.months_since(Month(2015, 7)) + 1)


def history(n: int, wage: int) -> ContributionHistory:
    return ContributionHistory.constant(wage, LAST.minus(n - 1), LAST)


# pensions paid after the data's release horizon: computed under current law (issue 11)
PROJECTED = P.assuming_current_law()


@given(births)
def test_pension_date_on_or_after_birthday_of_age_in_force(birth: dt.date) -> None:
    """Pasal 15: on the pension date the person is at least the age in force; the day before, not."""
    d = jp.pension_date(birth)
    age = jp.pension_age(d)
    assert d >= anniversary(birth, age)
    assert age_on(birth, d) >= age
    before = d - dt.timedelta(days=1)
    if before >= D(2015, 7, 1):
        assert age_on(birth, before) < jp.pension_age(before)
    assert jp.last_registration_month(birth) < Month.of(d)


@given(lengths, lengths, wages, wages)
def test_pension_monotone_and_within_limits(n1: int, n2: int, w1: int, w2: int) -> None:
    """Pasal 17-19: non-decreasing in masa iur and wage; within the Pasal 18 limits; lump sum below 180."""
    n1, n2 = sorted((n1, n2))
    w1, w2 = sorted((w1, w2))
    a = jp.old_age_benefit(history(n1, w1), birth_date=BIRTH, params=PROJECTED, schedule_months=1)
    b = jp.old_age_benefit(history(n2, w2), birth_date=BIRTH, params=PROJECTED, schedule_months=1)
    lo, hi = jp.benefit_limits(Month(2033, 2), params=PROJECTED)
    for n, award in ((n1, a), (n2, b)):
        if n < 180:
            assert award.monthly is None and award.total > 0
        else:
            assert award.monthly is not None and lo <= award.monthly <= hi
    if a.monthly is not None and b.monthly is not None:
        assert a.monthly <= b.monthly
    if a.monthly is None and b.monthly is None:
        assert a.total <= b.total


@given(st.integers(min_value=1, max_value=126), wages, st.integers(min_value=0, max_value=40))
def test_no_monthly_pension_below_180_months_except_deemed(n: int, wage: int, gap: int) -> None:
    """Pasal 20 ayat (3): a disability pension below 180 months only with the deemed 15 years."""
    last = Month(2025, 12)
    h = ContributionHistory.constant(wage, last.minus(n - 1), last)
    event = (last + 1 + gap).first_day
    a = jp.disability_benefit(
        h, birth_date=D(1980, 1, 1), disabled_on=event, schedule_months=1, params=PROJECTED
    )
    if a.monthly is not None:
        assert a.details["deemed_15_years"] is True
        assert a.details["deemed_conditions_met"] is True


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.dates(),
    st.just(Month(2024, 1)),
    st.just(history(200, 5_000_000)),
    st.just(Survivors(spouse=True)),
    st.just(Rupiah(5)),
)


def _only_jamsos(fn: object, *args: object, **kwargs: object) -> None:
    try:
        fn(*args, **kwargs)  # type: ignore[operator]
    except JamsosError:
        pass


@given(junk, junk, junk, junk)
def test_fuzz_public_functions(a: object, b: object, c: object, d: object) -> None:
    """Random junk arguments: only JamsosError may escape."""
    _only_jamsos(jp.pension_age, a)
    _only_jamsos(jp.pension_date, a)
    _only_jamsos(jp.last_registration_month, b)
    _only_jamsos(jp.pension_timing, c)
    _only_jamsos(jp.wage_cap, a)
    _only_jamsos(jp.benefit_limits, b)
    _only_jamsos(jp.old_age_benefit, a, birth_date=b, retire_on=c)
    _only_jamsos(jp.disability_benefit, a, birth_date=b, disabled_on=c, determined_on=d)
    _only_jamsos(jp.survivor_benefit, a, birth_date=b, died_on=c, survivors=d)
    _only_jamsos(jp.project, a, birth_date=b, wage_growth=c, inflation=d)
    _only_jamsos(jp.Survivors, spouse=a, children=b, spouse_ends_on=c)


@given(births, st.dates(min_value=D(2015, 7, 1), max_value=D(2045, 1, 1)), wages)
def test_fuzz_plausible_benefits(birth: dt.date, event: dt.date, wage: int) -> None:
    """Plausible dates and a real history: results or JamsosError, never anything else."""
    h = ContributionHistory.constant(wage, Month(2016, 1), Month(2016, 12))
    _only_jamsos(jp.old_age_benefit, h, birth_date=birth)
    _only_jamsos(jp.disability_benefit, h, birth_date=birth, disabled_on=event)
    _only_jamsos(
        jp.survivor_benefit,
        h,
        birth_date=birth,
        died_on=event,
        survivors=Survivors(spouse=True, children=(D(2010, 1, 1),)),
    )
    _only_jamsos(jp.project, h, birth_date=birth, wage_growth="4", inflation="3")
