"""Fuzz entries for the public functions the other entry modules do not cover (issue 11):
JKK claims and reimbursements, JP survivors and pension timing, lowest incomes, heirs,
scholarships and the batch tables. ``test_hostile.test_every_public_function_is_fuzzed``
fails when a public function has no entry anywhere."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from jamsos import ContributionHistory, Month, batch, contributions, heirs, jkk, jp, programmes, scholarship

if "_fuzz_registry" not in sys.modules:  # pragma: no cover  (loaded by the registry itself)
    _spec = importlib.util.spec_from_file_location("_fuzz_registry", Path(__file__).parent / "registry.py")
    assert _spec is not None and _spec.loader is not None
    sys.modules["_fuzz_registry"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules["_fuzz_registry"])
Entry = sys.modules["_fuzz_registry"].Entry

D = dt.date(2025, 3, 10)
BIRTH = dt.date(1980, 5, 17)
H = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2024, 12))
ROWS = [{"worker_id": 1, "month": "2025-06", "wage": 5_000_000, "risk_class": 1}]

ENTRIES = [
    Entry("contributions.lowest_income", contributions.lowest_income, args=("2025-06",), kinds={0: "month"}),
    Entry("programmes.lowest_income", programmes.lowest_income, args=(Month(2025, 6),), kinds={0: "month"}),
    Entry(
        "programmes.month_costs",
        programmes.month_costs,
        kwargs={"income": 1_000_000, "first_month": "2025-01", "last_month": "2025-03"},
        kinds={
            "income": "?money+",
            "first_month": "month",
            "last_month": "month",
            "jht": "flag",
            "budget_funded": "flag",
            "transport_worker": "flag",
        },
    ),
    Entry("jp.pension_timing", jp.pension_timing, args=(BIRTH,), kinds={0: "date:birth"}),
    Entry(
        "jp.survivor_benefit",
        jp.survivor_benefit,
        args=(H,),
        kwargs={"birth_date": BIRTH, "died_on": D, "survivors": jp.Survivors(spouse=True)},
        kinds={0: "history", "birth_date": "date:birth", "died_on": "date:event", "survivors": "object"},
    ),
    Entry(
        "jkk.accident_coverage",
        jkk.accident_coverage,
        kwargs={"on": D, "covered_from": dt.date(2020, 1, 1)},
        kinds={
            "on": "date:event",
            "covered_from": "date:membership",
            "commuting": "flag",
            "usual_route": "flag",
        },
    ),
    Entry("jkk.body_parts", jkk.body_parts, args=(D,), kinds={0: "date:event"}),
    Entry(
        "jkk.failed_departure",
        jkk.failed_departure,
        kwargs={"on": D, "as_of": D},
        kinds={"on": "date:event", "as_of": "?date:event"},
        also_accepts={"as_of": frozenset({"2200-01-01", "9999-12-31"})},
    ),
    Entry(
        "jkk.occupational_disease",
        jkk.occupational_disease,
        kwargs={"employment_ended_on": dt.date(2024, 1, 1), "diagnosed_on": D},
        kinds={"employment_ended_on": "date:event", "diagnosed_on": "date:event"},
    ),
    Entry(
        "jkk.reimbursements",
        jkk.reimbursements,
        kwargs={"on": D, "medical": 1_000_000, "land": 500_000, "as_of": D},
        kinds={"on": "date:event", "medical": "?money0", "land": "?money0", "glasses": "?money0"},
    ),
    Entry(
        "heirs.who_receives",
        heirs.who_receives,
        args=(["spouse", "child"],),
        kwargs={"on": D},
        kinds={0: "object", "on": "?date:event"},
    ),
    Entry(
        "scholarship.entitlement",
        scholarship.entitlement,
        args=(["SD"],),
        kwargs={"on": D},
        kinds={"on": "date:event", "program": "enum"},
    ),
    Entry(
        "batch.contributions",
        batch.contributions,
        args=(ROWS,),
        kinds={0: "object", "errors": "enum"},
    ),
    Entry(
        "batch.benefits",
        batch.benefits,
        args=([{"worker_id": 1, "died_on": "2025-05-10"}],),
        kwargs={"kind": "jkm_death"},
        kinds={0: "object", "kind": "enum", "errors": "enum"},
    ),
    Entry(
        "batch.pension",
        batch.pension,
        args=([{"worker_id": 1, "birth_date": "1965-07-16"}],),
        kinds={0: "object", "errors": "enum"},
    ),
]
