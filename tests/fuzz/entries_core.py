"""Fuzz entries for the programs of 0.1: contributions, JP, JHT, JKM, JKK, JKP, parameters."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from jamsos import ContributionHistory, Month, contributions, jht, jkk, jkm, jkp, jp, parameters

if "_fuzz_registry" not in sys.modules:  # pragma: no cover  (loaded by the registry itself)
    _spec = importlib.util.spec_from_file_location("_fuzz_registry", Path(__file__).parent / "registry.py")
    assert _spec is not None and _spec.loader is not None
    sys.modules["_fuzz_registry"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules["_fuzz_registry"])
Entry = sys.modules["_fuzz_registry"].Entry

H = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2024, 12))
D = dt.date(2025, 3, 10)
BIRTH = dt.date(1980, 5, 17)

ENTRIES = [
    # contributions
    Entry(
        "contributions.wage_earner",
        contributions.wage_earner,
        args=(5_000_000, "2025-06"),
        kwargs={"risk_class": 1, "birth_date": BIRTH, "labour_intensive_relief": False},
        kinds={
            0: "money+",
            1: "month",
            "risk_class": "enum",
            "employer_scale": "enum",
            "birth_date": "?date:birth",
            "labour_intensive_relief": "flag",
            "active_participants": "?count0",
            "jkp_member": "oflag",
            "industry": "?object",
        },
    ),
    Entry(
        "contributions.non_wage_earner",
        contributions.non_wage_earner,
        args=(2_000_000, "2025-06"),
        kinds={0: "money+", 1: "month", "jht": "flag", "transport_worker": "flag", "budget_funded": "flag"},
    ),
    Entry(
        "contributions.migrant_worker",
        contributions.migrant_worker,
        kwargs={"on": D, "contract_months": 24},
        kinds={"on": "date:event", "contract_months": "count1", "pre_placement": "flag", "jht": "?money+"},
    ),
    Entry(
        "contributions.construction_project",
        contributions.construction_project,
        args=(200_000_000, "2025-06"),
        kinds={0: "money+", 1: "month"},
    ),
    Entry(
        "contributions.late_fine",
        contributions.late_fine,
        args=(1_000_000, "2025-01", dt.date(2025, 4, 1)),
        kinds={0: "money0", 1: "month", 2: "date:event", "segment": "enum"},
    ),
    Entry(
        "contributions.programme_budget",
        contributions.programme_budget,
        kwargs={"workers": 100, "income": 1_000_000, "first_month": "2025-01", "last_month": "2025-12"},
        kinds={
            "workers": "count1",
            "income": "money+",
            "first_month": "month",
            "last_month": "month",
            "jht": "flag",
            "transport_worker": "flag",
        },
    ),
    Entry(
        "contributions.due_date",
        contributions.due_date,
        args=("2025-06",),
        kinds={0: "month", "segment": "enum"},
    ),
    Entry(
        "contributions.mandatory_programs",
        contributions.mandatory_programs,
        args=("small", "2025-06"),
        kinds={0: "enum", 1: "month"},
    ),
    Entry(
        "contributions.daily_wage_basis",
        contributions.daily_wage_basis,
        args=(150_000, "2025-06"),
        kinds={0: "money+", 1: "month"},
    ),
    Entry(
        "contributions.piece_rate_basis",
        contributions.piece_rate_basis,
        args=([3_000_000, 3_200_000, 2_900_000], "2025-06"),
        kinds={1: "month", "weather_dependent": "flag"},
    ),
    # JP
    Entry("jp.pension_age", jp.pension_age, args=(D,), kinds={0: "date:event"}),
    Entry("jp.pension_date", jp.pension_date, args=(BIRTH,), kinds={0: "date:birth"}),
    Entry("jp.last_registration_month", jp.last_registration_month, args=(BIRTH,), kinds={0: "date:birth"}),
    Entry("jp.wage_cap", jp.wage_cap, args=("2025-06",), kinds={0: "month"}),
    Entry("jp.benefit_limits", jp.benefit_limits, args=("2025-06",), kinds={0: "month"}),
    Entry(
        "jp.old_age_benefit",
        jp.old_age_benefit,
        args=(ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2023, 12)),),
        kwargs={"birth_date": dt.date(1966, 1, 10), "retire_on": dt.date(2024, 1, 10)},
        kinds={
            0: "history",
            "birth_date": "date:birth",
            "retire_on": "?date:event",
            "claim_on": "?date:event",
        },
    ),
    Entry(
        "jp.disability_benefit",
        jp.disability_benefit,
        args=(H,),
        kwargs={"birth_date": BIRTH, "disabled_on": D},
        kinds={0: "history", "birth_date": "date:birth", "disabled_on": "date:event"},
    ),
    Entry(
        "jp.project",
        jp.project,
        args=(H,),
        kwargs={"birth_date": BIRTH, "wage_growth": "0.03", "inflation": "0.02"},
        kinds={0: "history", "birth_date": "date:birth", "wage_growth": "rate0", "inflation": "rate0"},
        # falling wages and deflation are real: a negative growth or inflation is a scenario
        also_accepts={
            "wage_growth": frozenset({"negative", "negative Decimal"}),
            "inflation": frozenset({"negative", "negative Decimal"}),
        },
    ),
    Entry(
        "jp.summarize",
        jp.summarize,
        args=(H,),
        kinds={0: "history", "end": "?month", "birth_date": "?date:birth"},
    ),
    Entry(
        "jp.revalue",
        jp.revalue,
        args=(jp.summarize(H),),
        kwargs={"to_year": 2024},
        kinds={0: "object", "to_year": "year"},
    ),
    # JHT
    Entry(
        "jht.balance",
        jht.balance,
        args=(ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2016, 12)),),
        kwargs={"until": dt.date(2016, 12, 31)},
        kinds={0: "history", "until": "date:event", "crediting": "enum", "segment": "enum"},
    ),
    Entry(
        "jht.withdrawal",
        jht.withdrawal,
        args=("resign",),
        kwargs={"event_on": D, "birth_date": BIRTH, "membership_start": dt.date(2010, 1, 1)},
        kinds={
            0: "enum",
            "event_on": "date:event",
            "claim_on": "?date:event",
            "birth_date": "?date:birth",
            "membership_start": "?date:membership",
            "foreign_national": "oflag",
        },
    ),
    Entry(
        "jht.partial_withdrawal",
        jht.partial_withdrawal,
        args=("housing",),
        kwargs={"balance": 50_000_000, "membership_start": dt.date(2012, 1, 1), "on": D},
        kinds={
            0: "enum",
            "balance": "money0",
            "membership_start": "date:membership",
            "on": "date:event",
            "requested": "?money+",
        },
    ),
    Entry("jht.declared_return", jht.declared_return, args=(2020,), kinds={0: "year"}),
    # JKM
    Entry(
        "jkm.death_benefit",
        jkm.death_benefit,
        kwargs={"died_on": D, "contribution_months": 40, "as_of": D},
        kinds={
            "died_on": "date:event",
            "contribution_months": "?count0",
            "segment": "enum",
            "as_of": "?date:event",
        },
        # as_of only stands for "today" (deaths after it are refused); a far one is a test clock
        also_accepts={"as_of": frozenset({"2200-01-01", "9999-12-31"})},
    ),
    Entry(
        "jkm.arrears",
        jkm.arrears,
        kwargs={"months_in_arrears": 2, "on": D},
        kinds={"months_in_arrears": "count0", "on": "date:event", "segment": "enum"},
    ),
    Entry(
        "jkm.coverage",
        jkm.coverage,
        kwargs={"died_on": D, "covered_from": dt.date(2020, 1, 1)},
        kinds={
            "died_on": "date:event",
            "covered_from": "date:membership",
            "active": "flag",
            "work_related": "flag",
        },
    ),
    # JKK
    Entry(
        "jkk.death_benefit",
        jkk.death_benefit,
        kwargs={"wage": 5_000_000, "on": D, "as_of": D},
        kinds={"wage": "money+", "on": "date:event", "segment": "enum"},
    ),
    Entry(
        "jkk.disability_benefit",
        jkk.disability_benefit,
        kwargs={"wage": 5_000_000, "on": D, "kind": "total", "as_of": D},
        kinds={"wage": "money+", "on": "date:event", "kind": "enum", "left_handed": "flag"},
    ),
    Entry(
        "jkk.temporary_incapacity_benefit",
        jkk.temporary_incapacity_benefit,
        kwargs={"wage": 5_000_000, "first_day": D, "days": 30, "as_of": dt.date(2025, 6, 1)},
        kinds={"wage": "money+", "first_day": "date:event", "days": "count1"},
    ),
    Entry(
        "jkk.claim_lapse",
        jkk.claim_lapse,
        kwargs={"event_on": D, "claim_on": dt.date(2025, 6, 1)},
        kinds={"event_on": "date:event", "claim_on": "date:event"},
    ),
    Entry(
        "jkk.arrears",
        jkk.arrears,
        kwargs={"months_in_arrears": 2, "on": D},
        kinds={"months_in_arrears": "count0", "on": "date:event", "segment": "enum"},
    ),
    # JKP
    Entry(
        "jkp.cash_benefit",
        jkp.cash_benefit,
        kwargs={"wage": 5_000_000, "terminated_on": D},
        kinds={"wage": "money+", "terminated_on": "date:event", "claim_on": "?date:event"},
    ),
    Entry("jkp.claim_deadline", jkp.claim_deadline, args=(D,), kinds={0: "date:event"}),
    Entry(
        "jkp.eligibility",
        jkp.eligibility,
        kwargs={
            "history": H,
            "terminated_on": D,
            "reason": "dismissal",
            "birth_date": BIRTH,
            "registered_on": dt.date(2016, 1, 1),
        },
        kinds={
            "history": "history",
            "terminated_on": "date:event",
            "reason": "enum",
            "birth_date": "date:birth",
            "registered_on": "date:membership",
            "employer_scale": "enum",
            "citizen": "flag",
            "willing_to_work": "flag",
            "employer_arrears_months": "count0",
            "employer_bankrupt": "flag",
        },
    ),
    # parameters
    Entry(
        "parameters.value",
        parameters.value,
        args=("jp.wage_cap", D),
        kinds={0: "object", 1: "date:event"},
    ),
    Entry("parameters.history", parameters.history, args=("jp.wage_cap",), kinds={0: "object"}),
]
