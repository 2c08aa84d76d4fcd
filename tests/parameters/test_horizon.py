"""The law's edges in time (issue 11 item 3): every computation stops at the data's release
horizon unless the caller assumes current law, and then says it is a projection.

Every public computation (each function of the public modules taking ``params=``; the
registry test below fails when a new one has no case here) is run on the last covered day
(just inside) and on the next day, month or year (just outside), with and without the opt-in
(the ``assume_current_law=True`` keyword, and the ``parameters.assume_current_law()`` block).
"""

from __future__ import annotations

import datetime as dt
import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from jamsos import (
    ContributionHistory,
    Month,
    Rupiah,
    batch,
    contributions,
    events,
    heirs,
    jht,
    jkk,
    jkm,
    jkp,
    jp,
    parameters,
    programmes,
    scholarship,
)
from jamsos.errors import BatchError, InvalidInputError, NotCoveredError

HORIZON = parameters.horizon()
assert dt.date(2027, 12, 31) == HORIZON  # data/HORIZON: the end of the year after release 2026.12
NEXT_DAY = HORIZON + dt.timedelta(days=1)
LATER = dt.date(2031, 1, 1)  # "today" for event functions, so the event is not in the future
BIRTH = dt.date(1980, 5, 17)
#: The JP wage cap changes each March: it is known up to its covered_until, even under current law.
JP_CAP_END = dt.date(2027, 2, 28)
#: Caller-supplied JP lump-sum development rates (that series ends at its covered_until).
RATES = dict.fromkeys(range(2016, 2031), "5")
ROSTER = [{"NIK": "3201014108900001", "Nama": "Siti", "Desa": "Sukamaju", "Kecamatan": "Cibinong"}]
#: The public modules whose functions with ``params=`` are public computations.
MODULES = (contributions, jp, jht, jkk, jkm, jkp, events, programmes, batch, heirs, scholarship)


def _month(day: dt.date) -> Month:
    return Month.of(day)


def _history(last: dt.date, first: Month | None = None) -> ContributionHistory:
    return ContributionHistory.constant(5_000_000, first or Month(2016, 1), Month.of(last))


def _years_before(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year - years)


@dataclass(frozen=True)
class Case:
    """One public computation with its law date ``day``: ``call(day, **opt_in)``."""

    call: Callable[..., object]
    inside: dt.date = HORIZON
    outside: dt.date = NEXT_DAY
    #: False: a value known to change on a schedule (covered_until) stops it even under the opt-in
    projects: bool = True
    #: True: the law's own schedule (PP 45/2015 Pasal 15 pension age), no horizon at all
    fixed: bool = False
    refusal: type[Exception] = NotCoveredError


_H = _history(dt.date(2020, 12, 31))
CASES: dict[str, Case] = {
    "contributions.construction_project": Case(
        lambda d, **k: contributions.construction_project(200_000_000, _month(d), **k)
    ),
    "contributions.daily_wage_basis": Case(
        lambda d, **k: contributions.daily_wage_basis(150_000, _month(d), **k)
    ),
    "contributions.due_date": Case(lambda d, **k: contributions.due_date(_month(d), **k)),
    "contributions.late_fine": Case(lambda d, **k: contributions.late_fine(1_000_000, _month(d), d, **k)),
    "contributions.lowest_income": Case(lambda d, **k: contributions.lowest_income(_month(d), **k)),
    "contributions.mandatory_programs": Case(
        lambda d, **k: contributions.mandatory_programs("small", _month(d), **k),
        inside=JP_CAP_END,
        outside=JP_CAP_END + dt.timedelta(days=1),
        projects=False,
    ),
    "contributions.migrant_worker": Case(
        lambda d, **k: contributions.migrant_worker(on=d, contract_months=24, **k)
    ),
    "contributions.non_wage_earner": Case(
        lambda d, **k: contributions.non_wage_earner(2_000_000, _month(d), **k)
    ),
    "contributions.piece_rate_basis": Case(
        lambda d, **k: contributions.piece_rate_basis([3_000_000, 3_200_000, 2_900_000], _month(d), **k)
    ),
    "contributions.programme_budget": Case(
        lambda d, **k: contributions.programme_budget(
            workers=10, income=1_000_000, first_month=_month(d).minus(2), last_month=_month(d), **k
        )
    ),
    "contributions.wage_earner": Case(
        lambda d, **k: contributions.wage_earner(5_000_000, _month(d), risk_class=1, **k),
        inside=JP_CAP_END,
        outside=JP_CAP_END + dt.timedelta(days=1),
        projects=False,
    ),
    "jp.benefit_limits": Case(
        lambda d, **k: jp.benefit_limits(_month(d), **k),
        inside=JP_CAP_END,
        outside=JP_CAP_END + dt.timedelta(days=1),
        projects=False,
    ),
    "jp.disability_benefit": Case(
        lambda d, **k: jp.disability_benefit(
            _H, birth_date=BIRTH, disabled_on=d, development_rates=RATES, **k
        )
    ),
    "jp.last_registration_month": Case(
        lambda d, **k: jp.last_registration_month(_years_before(d, 57), **k), fixed=True
    ),
    # the pension date selects the law: 2027-12-31 for a birth on 1968-12-31 (pension age 59);
    # the next pension date is 2029-01-01 (age 60 from 2028, born 1969-01-01; PP 45/2015 Pasal 15)
    "jp.old_age_benefit": Case(
        lambda d, **k: jp.old_age_benefit(
            _H, birth_date=_years_before(d, 59 if d <= HORIZON else 60), development_rates=RATES, **k
        ),
        outside=dt.date(2029, 1, 1),
    ),
    "jp.pension_age": Case(lambda d, **k: jp.pension_age(d, **k), fixed=True),
    "jp.pension_date": Case(lambda d, **k: jp.pension_date(_years_before(d, 57), **k), fixed=True),
    "jp.pension_timing": Case(lambda d, **k: jp.pension_timing(_years_before(d, 57), **k), fixed=True),
    # a projection always assumes current law (and says so): the opt-in changes nothing
    "jp.project": Case(
        lambda d, **k: jp.project(
            _history(d, Month(2020, 1)), birth_date=BIRTH, wage_growth="0.03", inflation="0.02", **k
        ),
        fixed=True,
    ),
    "jp.revalue": Case(
        lambda d, **k: jp.revalue(jp.summarize(_H), to_year=d.year, **k),
        inside=dt.date(2026, 12, 31),  # BPS inflation is published up to 2025
        outside=dt.date(2027, 1, 1),
        projects=False,
    ),
    "jp.summarize": Case(
        lambda d, **k: jp.summarize(_history(d), **k),
        inside=JP_CAP_END,
        outside=JP_CAP_END + dt.timedelta(days=1),
        projects=False,
    ),
    "jp.survivor_benefit": Case(
        lambda d, **k: jp.survivor_benefit(
            _H,
            birth_date=BIRTH,
            died_on=d,
            survivors=jp.Survivors(spouse=True),
            development_rates=RATES,
            **k,
        )
    ),
    "jp.wage_cap": Case(
        lambda d, **k: jp.wage_cap(_month(d), **k),
        inside=JP_CAP_END,
        outside=JP_CAP_END + dt.timedelta(days=1),
        projects=False,
    ),
    "jht.balance": Case(
        lambda d, **k: jht.balance(
            _history(d, Month(2026, 1)), until=d, rates={2026: "5", 2027: "5", 2028: "5"}, **k
        )
    ),
    "jht.declared_return": Case(
        lambda d, **k: jht.declared_return(d.year, **k),
        inside=dt.date(2020, 12, 31),  # the last declared return in the data
        outside=dt.date(2021, 1, 1),
        projects=False,
    ),
    "jht.partial_withdrawal": Case(
        lambda d, **k: jht.partial_withdrawal(
            "housing", balance=50_000_000, membership_start=dt.date(2012, 1, 1), on=d, **k
        )
    ),
    "jht.withdrawal": Case(lambda d, **k: jht.withdrawal("resign", event_on=d, **k)),
    "jkk.arrears": Case(lambda d, **k: jkk.arrears(months_in_arrears=1, on=d, **k)),
    "jkk.body_parts": Case(lambda d, **k: jkk.body_parts(d, **k)),
    "jkk.claim_lapse": Case(lambda d, **k: jkk.claim_lapse(event_on=d, claim_on=d, **k)),
    "jkk.death_benefit": Case(lambda d, **k: jkk.death_benefit(wage=5_000_000, on=d, as_of=LATER, **k)),
    "jkk.disability_benefit": Case(
        lambda d, **k: jkk.disability_benefit(wage=5_000_000, on=d, kind="total", as_of=LATER, **k)
    ),
    "jkk.failed_departure": Case(lambda d, **k: jkk.failed_departure(on=d, as_of=LATER, **k)),
    "jkk.occupational_disease": Case(
        lambda d, **k: jkk.occupational_disease(employment_ended_on=d, diagnosed_on=d, **k)
    ),
    "jkk.reimbursements": Case(
        lambda d, **k: jkk.reimbursements(on=d, medical=1_000_000, land=500_000, as_of=LATER, **k)
    ),
    "jkk.temporary_incapacity_benefit": Case(
        lambda d, **k: jkk.temporary_incapacity_benefit(wage=5_000_000, first_day=d, days=1, as_of=LATER, **k)
    ),
    "jkm.arrears": Case(lambda d, **k: jkm.arrears(months_in_arrears=1, on=d, **k)),
    "jkm.death_benefit": Case(lambda d, **k: jkm.death_benefit(died_on=d, as_of=LATER, **k)),
    # JKP cash is paid for 6 months after the termination: the last termination whose whole
    # schedule is covered is 2027-06-30 (PP 37/2021 Pasal 21)
    "jkp.cash_benefit": Case(
        lambda d, **k: jkp.cash_benefit(wage=5_000_000, terminated_on=d, **k),
        inside=dt.date(2027, 6, 30),
        outside=dt.date(2027, 7, 1),
    ),
    "jkp.claim_deadline": Case(lambda d, **k: jkp.claim_deadline(d, **k)),
    "jkp.eligibility": Case(
        lambda d, **k: jkp.eligibility(
            history=_history(d),
            reason="phk",
            terminated_on=d,
            birth_date=BIRTH,
            registered_on=dt.date(2016, 1, 1),
            **k,
        )
    ),
    "events.death": Case(
        lambda d, **k: events.death(
            on=d,
            birth_date=BIRTH,
            wage=6_000_000,
            member_since=dt.date(2022, 3, 1),
            cause="other",
            as_of=LATER,
            **k,
        )
    ),
    "events.disability": Case(
        lambda d, **k: events.disability(
            on=d, birth_date=BIRTH, wage=6_000_000, member_since=dt.date(2022, 3, 1), as_of=LATER, **k
        )
    ),
    "events.dismissal": Case(
        lambda d, **k: events.dismissal(
            on=d, birth_date=BIRTH, wage=6_000_000, member_since=dt.date(2022, 3, 1), as_of=LATER, **k
        ),
        inside=dt.date(2027, 6, 30),  # the JKP cash schedule runs 6 months on
        outside=dt.date(2027, 7, 1),
    ),
    "events.retirement": Case(
        lambda d, **k: events.retirement(
            on=d,
            birth_date=_years_before(d, 60),
            wage=6_000_000,
            member_since=dt.date(2022, 3, 1),
            as_of=LATER,
            **k,
        )
    ),
    "programmes.cost": Case(
        lambda d, **k: programmes.cost(workers=10, first_month=_month(d), last_month=_month(d), **k)
    ),
    "programmes.lowest_income": Case(lambda d, **k: programmes.lowest_income(_month(d), **k)),
    "programmes.month_costs": Case(
        lambda d, **k: programmes.month_costs(income=None, first_month=_month(d), last_month=_month(d), **k)
    ),
    "programmes.roster": Case(
        lambda d, **k: programmes.roster(ROSTER, first_month=_month(d), last_month=_month(d), **k)
    ),
    "programmes.workers_covered": Case(
        lambda d, **k: programmes.workers_covered(10**9, first_month=_month(d), last_month=_month(d), **k)
    ),
    "batch.benefits": Case(
        lambda d, **k: batch.benefits(
            [{"worker_id": 1, "wage": 5_000_000, "terminated_on": d.isoformat()}], kind="jkp_cash", **k
        ),
        inside=dt.date(2027, 6, 30),
        outside=dt.date(2027, 7, 1),
        refusal=BatchError,
    ),
    "batch.contributions": Case(
        lambda d, **k: batch.contributions([{"month": _month(d), "wage": 2_000_000, "segment": "BPU"}], **k),
        refusal=BatchError,
    ),
    "batch.pension": Case(
        lambda d, **k: batch.pension([{"worker_id": 1, "birth_date": _years_before(d, 57).isoformat()}], **k),
        fixed=True,
    ),
    "heirs.who_receives": Case(lambda d, **k: heirs.who_receives(["spouse"], on=d, **k)),
    "scholarship.entitlement": Case(lambda d, **k: scholarship.entitlement(["SD"], on=d, **k)),
    "parameters.value": Case(lambda d, **k: parameters.value("jkm.rate", d, **k)),
}


def public_computations() -> dict[str, Callable[..., object]]:
    """Every function of the public modules that takes ``params=`` (a law-data lookup)."""
    found: dict[str, Callable[..., object]] = {}
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if inspect.isfunction(obj) and "params" in inspect.signature(obj).parameters:
                found[f"{module.__name__.removeprefix('jamsos.')}.{name}"] = obj
    return found


def test_every_public_computation_has_a_case() -> None:
    """A new public function cannot be forgotten: it needs a case here."""
    assert set(public_computations()) | {"parameters.value"} == set(CASES)


@pytest.mark.parametrize("name", sorted(public_computations()))
def test_the_opt_in_is_a_typed_keyword_of_every_public_computation(name: str) -> None:
    func = public_computations()[name]
    keyword = inspect.signature(func).parameters["assume_current_law"]
    assert keyword.kind is keyword.KEYWORD_ONLY and keyword.default is False
    assert typing.get_type_hints(inspect.unwrap(func))["assume_current_law"] is bool
    assert getattr(func, "__jamsos_current_law__", False)  # applied by parameters.current_law_option


def test_every_endpoint_takes_the_opt_in() -> None:
    from jamsos.server.convert import request_schemas
    from jamsos.server.spec import ENDPOINTS

    defs = request_schemas()["$defs"]
    served = [e for e in ENDPOINTS if "params" in inspect.signature(e.target()).parameters]
    assert len(served) > 25
    for endpoint in served:
        assert defs[endpoint.request]["properties"]["assume_current_law"]["type"] == "boolean"


def _is_projection(result: object) -> bool:
    """Whether ``result`` says it is a projection under current law (where it can say so)."""
    version = getattr(result, "law_version", None)
    if version is not None:
        return bool(version.label.endswith("+ projection under current law"))
    if isinstance(result, parameters.DatedValue):
        return result.note is not None and result.note.startswith("projection under current law")
    return True  # a bare date, amount, roster or table row carries no label


#: Results whose explanation shows the projected values (marked as such).
EXPLAINED = (
    "contributions.non_wage_earner",
    "contributions.construction_project",
    "contributions.migrant_worker",
    "contributions.programme_budget",
    "jkm.death_benefit",
    "jkm.arrears",
    "jkk.death_benefit",
    "jkk.disability_benefit",
    "jkk.arrears",
    "jkp.cash_benefit",
    "jht.withdrawal",
    "jht.partial_withdrawal",
)


@pytest.mark.parametrize("name", EXPLAINED)
def test_the_explanation_marks_the_projection(name: str) -> None:
    case = CASES[name]
    result = case.call(case.outside, assume_current_law=True)
    assert "[projection under current law]" in result.explain().render("en")  # type: ignore[attr-defined]
    assert "[proyeksi menurut hukum yang berlaku]" in result.explain().render("id")  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", list(CASES))
def test_just_inside_is_computed_with_and_without_the_opt_in(name: str) -> None:
    case = CASES[name]
    plain = case.call(case.inside)
    assumed = case.call(case.inside, assume_current_law=True)
    if isinstance(plain, dt.date | int | Month | Rupiah):
        assert plain == assumed  # the same answer: inside the horizon nothing is assumed


@pytest.mark.parametrize("name", list(CASES))
def test_just_outside_without_the_opt_in(name: str) -> None:
    case = CASES[name]
    if case.fixed:
        case.call(case.outside)  # the law's own schedule: computed
        return
    with pytest.raises(case.refusal, match="known only up to|not in jamsos's data|no declared"):
        case.call(case.outside)


@pytest.mark.parametrize("name", list(CASES))
def test_just_outside_with_the_opt_in(name: str) -> None:
    case = CASES[name]
    if not case.projects:
        for refused in (
            lambda: case.call(case.outside, assume_current_law=True),
            lambda: _in_block(lambda: case.call(case.outside)),
        ):
            with pytest.raises(case.refusal):
                refused()
        return
    keyword = case.call(case.outside, assume_current_law=True)
    block = _in_block(lambda: case.call(case.outside))
    assert keyword == block  # the keyword and the block are the same opt-in
    if not case.fixed or name == "jp.project":
        assert _is_projection(keyword)


def _in_block(call: Callable[[], object]) -> object:
    with parameters.assume_current_law():
        return call()


@pytest.mark.parametrize("bad", [1, 0, "yes", "True", None, [True]])
def test_the_opt_in_is_a_real_bool(bad: object) -> None:
    with pytest.raises(InvalidInputError, match="assume_current_law must be True or False"):
        contributions.non_wage_earner(2_000_000, _month(NEXT_DAY), assume_current_law=bad)  # type: ignore[arg-type]


def test_the_opt_in_is_not_an_input_but_the_law_version_says_it() -> None:
    plain = jkm.death_benefit(died_on=HORIZON, as_of=LATER)
    assumed = jkm.death_benefit(died_on=HORIZON, as_of=LATER, assume_current_law=True)
    assert plain.inputs == assumed.inputs and "assume_current_law" not in assumed.inputs
    assert plain.total == assumed.total
    assert assumed.law_version.label.endswith("+ projection under current law")
    assert plain != assumed  # a different law-data version answered


def test_the_opt_in_reaches_nested_computations() -> None:
    """events.dismissal calls JHT, JKP and JP inside: every lookup may pass the horizon."""
    day = dt.date(2028, 3, 10)
    answer = events.dismissal(
        on=day,
        birth_date=BIRTH,
        wage=6_000_000,
        member_since=dt.date(2022, 3, 1),
        as_of=LATER,
        assume_current_law=True,
    )
    assert answer == _in_block(
        lambda: events.dismissal(
            on=day, birth_date=BIRTH, wage=6_000_000, member_since=dt.date(2022, 3, 1), as_of=LATER
        )
    )


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
