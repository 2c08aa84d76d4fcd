"""The law's edges in time (issue 11 item 3): every computation stops at the data's release
horizon unless the caller assumes current law, and then says it is a projection.

Each case is one public computation whose law date is the argument; it is run on the last
covered day (just inside) and on the next day or month (just outside), with and without the
opt-in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from jamsos import ContributionHistory, Month, contributions, jht, jkk, jkm, jkp, jp, parameters
from jamsos.errors import NotCoveredError

HORIZON = parameters.horizon()
assert dt.date(2027, 12, 31) == HORIZON  # data/HORIZON: the end of the year after release 2026.12
LATER = dt.date(2031, 1, 1)  # "today" for event functions, so the event is not in the future


def _month(day: dt.date) -> Month:
    return Month.of(day)


CASES: dict[str, Callable[[dt.date], object]] = {
    "contributions.non_wage_earner": lambda d: contributions.non_wage_earner(2_000_000, _month(d)),
    "contributions.construction_project": lambda d: contributions.construction_project(
        200_000_000, _month(d)
    ),
    "contributions.migrant_worker": lambda d: contributions.migrant_worker(on=d, contract_months=24),
    "contributions.due_date": lambda d: contributions.due_date(_month(d)),
    "contributions.programme_budget": lambda d: contributions.programme_budget(
        workers=10, income=1_000_000, first_month=_month(d).minus(2), last_month=_month(d)
    ),
    "jkm.death_benefit": lambda d: jkm.death_benefit(died_on=d, as_of=LATER),
    "jkm.arrears": lambda d: jkm.arrears(months_in_arrears=1, on=d),
    "jkk.death_benefit": lambda d: jkk.death_benefit(wage=5_000_000, on=d, as_of=LATER),
    "jkk.disability_benefit": lambda d: jkk.disability_benefit(
        wage=5_000_000, on=d, kind="total", as_of=LATER
    ),
    "jkk.arrears": lambda d: jkk.arrears(months_in_arrears=1, on=d),
    "jkp.cash_benefit": lambda d: jkp.cash_benefit(wage=5_000_000, terminated_on=d),
    "jht.withdrawal": lambda d: jht.withdrawal("resign", event_on=d),
    "jht.partial_withdrawal": lambda d: jht.partial_withdrawal(
        "housing", balance=50_000_000, membership_start=dt.date(2012, 1, 1), on=d
    ),
    "parameters.value": lambda d: parameters.value("jkm.rate", d),
}

INSIDE = dict.fromkeys(CASES, HORIZON)
OUTSIDE = {name: HORIZON + dt.timedelta(days=1) for name in CASES}
# JKP cash is paid for 6 months after the termination: the last termination whose whole
# schedule is covered is 2027-06-30 (PP 37/2021 Pasal 21)
INSIDE["jkp.cash_benefit"] = dt.date(2027, 6, 30)
OUTSIDE["jkp.cash_benefit"] = dt.date(2027, 7, 1)


@pytest.mark.parametrize("name", list(CASES))
def test_just_inside_the_horizon_is_computed(name: str) -> None:
    CASES[name](INSIDE[name])


@pytest.mark.parametrize("name", list(CASES))
def test_just_outside_the_horizon_is_not_covered(name: str) -> None:
    with pytest.raises(NotCoveredError, match="known only up to 2027-12-31"):
        CASES[name](OUTSIDE[name])


@pytest.mark.parametrize("name", list(CASES))
def test_just_outside_with_the_opt_in_is_a_labelled_projection(name: str) -> None:
    with parameters.assume_current_law():
        result = CASES[name](OUTSIDE[name])
    version = getattr(result, "law_version", None)
    if version is not None:
        assert version.label.endswith("+ projection under current law")
        assert "[projection under current law]" in result.explain().render("en")  # type: ignore[attr-defined]
    elif isinstance(result, parameters.DatedValue):
        assert result.note is not None and result.note.startswith("projection under current law")


def test_the_keyword_and_the_context_are_the_same_opt_in() -> None:
    day = HORIZON + dt.timedelta(days=1)
    a = parameters.value("jkm.rate", day, assume_current_law=True)
    with parameters.assume_current_law():
        b = parameters.value("jkm.rate", day)
    assert a == b and a.value == parameters.value("jkm.rate", HORIZON).value


def test_a_value_known_to_change_on_a_schedule_ends_at_covered_until() -> None:
    """The JP wage cap changes each March: even under current law it is not guessed."""
    cap = parameters.official().parameter("jp.wage_cap")
    assert cap.covered_until is not None and cap.covered_until < HORIZON
    after = cap.covered_until + dt.timedelta(days=1)
    for opt_in in (False, True):
        with pytest.raises(NotCoveredError, match="jp.wage_cap is known only up to"):
            parameters.value("jp.wage_cap", after, assume_current_law=opt_in)
    # so wage-earner months stop where the JP cap data stops, also for a micro employer
    contributions.wage_earner(5_000_000, Month.of(cap.covered_until), risk_class=1, employer_scale="micro")
    with parameters.assume_current_law(), pytest.raises(NotCoveredError, match="jp.wage_cap"):
        contributions.wage_earner(5_000_000, Month.of(after), risk_class=1, employer_scale="micro")


def test_what_the_law_fixes_for_all_dates_has_no_horizon() -> None:
    """PP 45/2015 Pasal 15: 65 from 2043 on; a pension date far ahead is the law's own schedule."""
    assert jp.pension_age(dt.date(2100, 1, 1)) == 65
    assert jp.pension_date(dt.date(2000, 5, 17)) == dt.date(2065, 5, 17)


def test_a_projection_is_always_under_current_law_and_labelled() -> None:
    h = ContributionHistory.constant(8_000_000, Month(2015, 7), Month(2025, 12))
    award = jp.project(h, birth_date=dt.date(1975, 3, 10), wage_growth="5", inflation="3")
    assert "[projection under current law]" in award.explain().render("en")


def test_an_override_past_the_horizon_is_the_callers_value() -> None:
    what_if = parameters.official().override("jkm.rate", dt.date(2030, 1, 1), "0.5")
    assert str(what_if.rate("jkm.rate", dt.date(2030, 1, 1))) == "0,5%"
    with pytest.raises(NotCoveredError):
        what_if.rate("jkm.rate", dt.date(2029, 1, 1))  # the official value, past the horizon
