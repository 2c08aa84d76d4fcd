"""Temporal coverage: whole computations, every month, from each program's start to the end of the data.

For every contribution month from the program's first month to the month of the law-data
release (``jamsos.parameters.law_version().label``, ``YYYY.MM``), one contribution per
segment and one benefit per program is computed end to end. A value missing anywhere in
that span (say JKK's rate for July 2015) makes the computation raise ``NotCoveredError`` and
this test fail, whatever the parameter's own first date says. No wall clock: the span ends
with the data's release month, and event dates are judged ``as_of`` its last day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest

from jamsos import (
    ContributionHistory,
    EmployerScale,
    Month,
    RiskClass,
    contributions,
    jht,
    jkk,
    jkm,
    jkp,
    jp,
    parameters,
)
from jamsos.errors import NotCoveredError
from jamsos.parameters import Parameter, ParameterSet

FIRST = Month(2015, 7)  # PP 44, 45, 46/2015: the programs start on 2015-07-01
JKP_FIRST = Month(2021, 2)  # PP 37/2021, in force 2021-02-02
#: PMI contributions are covered from Permenaker 18/2018 (10 December 2018) only: known gap C12.
PMI_FIRST = Month(2018, 12)


def _release_month() -> Month:
    label = parameters.law_version().label.split()[0]
    return Month.parse(label.replace(".", "-"))


def _jp_death_end() -> Month:
    """The last death month whose survivor pension the data can value.

    A death in month M gives a right from M + 1, and the wages are revalued by the BPS
    inflation of every year before the right's first year (PP 45/2015 Pasal 17 ayat (3)):
    the last death month is November of the year after the last published inflation.
    """
    known = parameters.official().parameter("jp.inflation").covered_until
    assert known is not None, "jp.inflation must say up to when it is known"
    return Month(known.year + 1, 11)


OFFICIAL = parameters.official()
END = _release_month()
AS_OF = END.last_day
JP_END = min(END, _jp_death_end())


def _pu(m: Month, p: ParameterSet) -> object:
    return contributions.wage_earner(
        12_000_000, m, risk_class=RiskClass.VERY_LOW, employer_scale=EmployerScale.LARGE, params=p
    )


def _bpu(m: Month, p: ParameterSet) -> object:
    return contributions.non_wage_earner(2_000_000, m, jht=True, params=p)


def _construction(m: Month, p: ParameterSet) -> object:
    return contributions.construction_project(750_000_000, m, params=p)


def _migrant(m: Month, p: ParameterSet) -> object:
    return contributions.migrant_worker(on=m.day(15), contract_months=24, jht=100_000, params=p)


def _late_fine(m: Month, p: ParameterSet) -> object:
    return contributions.late_fine(1_000_000, m, m.last_day + dt.timedelta(days=40), params=p)


def _jkk(m: Month, p: ParameterSet) -> object:
    return jkk.death_benefit(wage=5_000_000, on=m.day(15), as_of=AS_OF, params=p)


def _jkm(m: Month, p: ParameterSet) -> object:
    return jkm.death_benefit(died_on=m.day(15), contribution_months=60, as_of=AS_OF, params=p)


def _jht(m: Month, p: ParameterSet) -> object:
    return jht.withdrawal(
        jht.WithdrawalReason.RESIGNATION, event_on=m.day(15), birth_date=dt.date(1990, 1, 1), params=p
    )


def _jp(m: Month, p: ParameterSet) -> object:
    history = ContributionHistory.constant(6_000_000, FIRST, max(FIRST, m.minus(1)))
    return jp.survivor_benefit(
        history,
        birth_date=dt.date(1985, 3, 10),
        died_on=m.day(20),
        survivors=jp.Survivors(spouse=True),
        schedule_months=1,
        params=p,
    )


def _jkp(m: Month, p: ParameterSet) -> object:
    return jkp.cash_benefit(wage=5_000_000, terminated_on=m.day(15), params=p)


#: name: (first month, last month, the computation)
COMPUTATIONS: dict[str, tuple[Month, Month, Callable[[Month, ParameterSet], object]]] = {
    "contribution PU": (FIRST, END, _pu),
    "contribution BPU": (FIRST, END, _bpu),
    "contribution construction": (FIRST, END, _construction),
    "contribution migrant worker": (PMI_FIRST, END, _migrant),
    "late fine": (FIRST, END, _late_fine),
    "JKK death benefit": (FIRST, END, _jkk),
    "JKM death benefit": (FIRST, END, _jkm),
    "JHT withdrawal": (FIRST, END, _jht),
    "JP survivor pension": (FIRST + 1, JP_END, _jp),
    "JKP cash benefit": (JKP_FIRST, END, _jkp),
}


def test_the_spans_reach_the_data_release() -> None:
    assert Month(2025, 1) <= END
    assert END.minus(12) <= JP_END  # inflation is published yearly: at most a year behind


@pytest.mark.parametrize("name", sorted(COMPUTATIONS))
def test_every_month_computes(name: str) -> None:
    start, end, compute = COMPUTATIONS[name]
    failures = []
    for m in Month.range(start, end):
        try:
            compute(m, OFFICIAL)
        except Exception as exc:  # collect every month, then fail with all of them
            failures.append(f"{m}: {type(exc).__name__}: {exc}")
    assert not failures, f"{name}: {len(failures)} month(s) fail:\n" + "\n".join(failures[:10])


def _starting_late(name: str, since: dt.date) -> ParameterSet:
    """The official data with the first value of ``name`` moved to ``since``."""
    params = {p.name: p for p in OFFICIAL}
    old = params[name]
    first = attrs.evolve(old.values[0], since=since)
    params[name] = Parameter(
        name, old.description, old.unit, (first, *old.values[1:]), old.covered_until, old.note
    )
    return ParameterSet(params)


@pytest.mark.parametrize(
    ("parameter", "name"),
    [
        ("jkk.rate.very_low", "contribution PU"),
        ("bpu.jkm.amount", "contribution BPU"),
        ("jkm.benefit.funeral", "JKM death benefit"),
    ],
)
def test_a_value_missing_in_july_2015_is_caught(parameter: str, name: str) -> None:
    """The sweep is not tautological: the same computation fails when July 2015 has no value."""
    start, _, compute = COMPUTATIONS[name]
    gap = _starting_late(parameter, dt.date(2015, 8, 1))
    with pytest.raises(NotCoveredError):
        compute(start, gap)
    compute(start, OFFICIAL)
