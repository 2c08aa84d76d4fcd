"""One result from every public rule function, and hypothesis strategies per program.

Shared by the value-semantics, JSON and schema tests of issue 12.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import strategies as st

from jamsos import (
    ContributionHistory,
    Month,
    RiskClass,
    contributions,
    events,
    jht,
    jkk,
    jkm,
    jkp,
    jp,
    programmes,
)
from jamsos.events import LifeEvent
from jamsos.programmes import Coverage, ProgrammeCost
from jamsos.results import Award, Contributions, Decision

D = dt.date
Result = Contributions | Award | Decision | ProgrammeCost | Coverage | LifeEvent

H_JP = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))
H_LUMP = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2023, 6))
H_JKP = ContributionHistory.constant(6_000_000, Month(2023, 1), Month(2025, 2))
H_JHT = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2016, 12))

#: name → a call returning a result, one per public function (and notable variants).
SAMPLES: dict[str, Callable[[], Result]] = {
    "contributions.wage_earner": lambda: contributions.wage_earner(
        8_000_000, Month(2025, 6), risk_class=RiskClass.VERY_LOW
    ),
    "contributions.wage_earner.micro": lambda: contributions.wage_earner(
        3_000_000, Month(2025, 6), risk_class=RiskClass.LOW, employer_scale="micro"
    ),
    "contributions.wage_earner.past_pension_age": lambda: contributions.wage_earner(
        8_000_000, Month(2025, 7), risk_class=RiskClass.MEDIUM, birth_date=D(1960, 1, 1)
    ),
    "contributions.non_wage_earner": lambda: contributions.non_wage_earner(1_000_000, Month(2025, 6)),
    "contributions.migrant_worker": lambda: contributions.migrant_worker(
        on=D(2024, 5, 1), contract_months=24
    ),
    "contributions.construction_project": lambda: contributions.construction_project(
        180_000_000, Month(2024, 1)
    ),
    "contributions.programme_budget": lambda: contributions.programme_budget(
        workers=100, income=1_000_000, first_month="2025-01", last_month="2025-03"
    ),
    "programmes.workers_covered": lambda: programmes.workers_covered(
        200_000_000, first_month="2026-01", last_month="2026-03", budget_funded=False
    ),
    "programmes.cost": lambda: programmes.cost(
        workers=5, income=1_500_000, first_month="2025-12", last_month="2026-02", jht=True
    ),
    "programmes.coverage": lambda: programmes.coverage(
        participants=144_070, workforce=528_873, target="57.17"
    ),
    "jp.pension_timing": lambda: jp.pension_timing(D(1965, 7, 16)),
    "events.dismissal": lambda: events.dismissal(
        on=D(2025, 3, 10), wage=6_000_000, member_since=D(2022, 3, 1), birth_date=D(1990, 5, 5)
    ),
    "events.retirement": lambda: events.retirement(
        on=D(2025, 3, 10), wage=6_000_000, member_since=D(2016, 3, 1), birth_date=D(1968, 1, 1)
    ),
    "jp.old_age_benefit": lambda: jp.old_age_benefit(H_LUMP, birth_date=D(1965, 7, 16)),
    "jp.disability_benefit": lambda: jp.disability_benefit(
        H_JP, birth_date=D(1980, 5, 1), disabled_on=D(2024, 1, 10)
    ),
    "jp.survivor_benefit": lambda: jp.survivor_benefit(
        H_JP,
        birth_date=D(1980, 5, 1),
        died_on=D(2024, 1, 10),
        survivors=jp.Survivors(spouse=True, children=(D(2012, 3, 4),)),
    ),
    "jp.project": lambda: jp.project(
        ContributionHistory.constant(8_000_000, Month(2015, 7), Month(2025, 12)),
        birth_date=D(1975, 3, 10),
        wage_growth="5",
        inflation="3",
    ),
    "jht.balance": lambda: jht.balance(H_JHT, until=D(2016, 12, 31)),
    "jht.withdrawal": lambda: jht.withdrawal("resign", event_on=D(2025, 3, 1), claim_on=D(2025, 3, 31)),
    "jht.partial_withdrawal": lambda: jht.partial_withdrawal(
        "rumah", balance=100_000_000, membership_start=D(2014, 3, 1), on=D(2024, 3, 1)
    ),
    "jkm.death_benefit": lambda: jkm.death_benefit(
        died_on=D(2025, 5, 10), contribution_months=40, children=["SD", "SMA"]
    ),
    "jkm.death_benefit.pmi": lambda: jkm.death_benefit(died_on=D(2025, 5, 10), segment="PMI", phase="during"),
    "jkk.death_benefit.pmi": lambda: jkk.death_benefit(
        wage=1_000_000, on=D(2025, 5, 10), segment="PMI", phase="during"
    ),
    "contributions.non_wage_earner.below_band": lambda: contributions.non_wage_earner(
        500_000, Month(2025, 6)
    ),
    "jkk.failed_departure": lambda: jkk.failed_departure(on=D(2024, 10, 1)),
    "jkm.arrears": lambda: jkm.arrears(months_in_arrears=4, on=D(2025, 5, 10)),
    "jkm.coverage": lambda: jkm.coverage(
        died_on=D(2025, 5, 10), covered_from=D(2020, 1, 1), work_related=True
    ),
    "jkk.death_benefit": lambda: jkk.death_benefit(wage=4_000_000, on=D(2019, 11, 4)),
    "jkk.disability_benefit": lambda: jkk.disability_benefit(wage=5_000_000, on=D(2025, 5, 10), kind="total"),
    "jkk.temporary_incapacity_benefit": lambda: jkk.temporary_incapacity_benefit(
        wage=5_000_000, first_day=D(2024, 1, 1), days=397
    ),
    "jkk.reimbursements": lambda: jkk.reimbursements(
        on=D(2025, 5, 10), land=6_000_000, air=3_000_000, prosthesis_price=10_000_000
    ),
    "jkk.arrears": lambda: jkk.arrears(months_in_arrears=3, on=D(2025, 5, 10)),
    "jkk.claim_lapse": lambda: jkk.claim_lapse(event_on=D(2024, 12, 1), claim_on=D(2025, 1, 2)),
    "jkk.occupational_disease": lambda: jkk.occupational_disease(
        employment_ended_on=D(2022, 1, 31), diagnosed_on=D(2025, 1, 30)
    ),
    "jkk.accident_coverage": lambda: jkk.accident_coverage(
        on=D(2025, 5, 10), covered_from=D(2025, 5, 1), commuting=True
    ),
    "jkp.eligibility": lambda: jkp.eligibility(
        history=H_JKP,
        terminated_on=D(2025, 3, 1),
        reason="efisiensi",
        birth_date=D(1990, 5, 17),
        registered_on=D(2023, 1, 2),
    ),
    "jkp.cash_benefit": lambda: jkp.cash_benefit(wage=6_000_000, terminated_on=D(2025, 3, 1)),
}

# -- strategies: results of every program from generated inputs ------------------------------------
wages = st.integers(1_000_000, 40_000_000)
months = st.builds(Month, st.integers(2016, 2025), st.integers(1, 12))
days = st.dates(D(2016, 1, 1), D(2025, 12, 31))

contribution_results = st.builds(
    lambda w, m, r: contributions.wage_earner(w, m, risk_class=r), wages, months, st.sampled_from(RiskClass)
) | st.builds(lambda w, m: contributions.non_wage_earner(w, m), st.integers(1_000_000, 20_000_000), months)

jkk_results = st.builds(lambda w, d: jkk.death_benefit(wage=w, on=d), wages, days)
jkm_results = st.builds(lambda d: jkm.death_benefit(died_on=d), days)
jkp_results = st.builds(
    lambda w, d: jkp.cash_benefit(wage=w, terminated_on=d), wages, st.dates(D(2022, 2, 2), D(2025, 12, 31))
)
# Within 2018-2020, the years whose declared JHT return is in the law data.
jht_results = st.builds(
    lambda w, first, n: jht.balance(
        ContributionHistory.constant(w, first, first + n), until=(first + n).last_day
    ),
    st.integers(1_000_000, 20_000_000),
    st.builds(Month, st.just(2018), st.integers(1, 12)),
    st.integers(0, 24),
)
jp_results = st.builds(
    lambda w, first, n: jp.disability_benefit(
        ContributionHistory.constant(w, first, first + n),
        birth_date=D(1980, 5, 1),
        disabled_on=(first + n + 1).first_day,
    ),
    st.integers(1_000_000, 20_000_000),
    st.builds(Month, st.integers(2016, 2022), st.integers(1, 12)),
    st.integers(0, 30),
)
decision_results = st.builds(
    lambda d, n: jht.withdrawal("resign", event_on=d, claim_on=d + dt.timedelta(days=n)),
    days,
    st.integers(0, 90),
)

#: Results of every program, from generated inputs.
any_result = st.one_of(
    contribution_results, jkk_results, jkm_results, jkp_results, jht_results, jp_results, decision_results
)
