"""Fuzz entries for jamsos.programmes (issue 14): budget both ways, coverage, rosters, report."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from jamsos import programmes
from jamsos.programmes.report import html_report

if "_fuzz_registry" not in sys.modules:  # pragma: no cover  (loaded by the registry itself)
    _spec = importlib.util.spec_from_file_location("_fuzz_registry", Path(__file__).parent / "registry.py")
    assert _spec is not None and _spec.loader is not None
    sys.modules["_fuzz_registry"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules["_fuzz_registry"])
Entry = sys.modules["_fuzz_registry"].Entry

ROWS = [{"NIK": "3201014108900001", "Nama": "Siti", "Desa": "Sukamaju", "Kecamatan": "Cibinong"}]
PERIOD = {"first_month": "2026-01", "last_month": "2026-03"}

ENTRIES = [
    Entry(
        "programmes.workers_covered",
        programmes.workers_covered,
        args=(200_000_000,),
        kwargs=dict(PERIOD),
        kinds={
            0: "money0",
            "income": "?money+",
            "first_month": "month",
            "last_month": "month",
            "jht": "flag",
            "budget_funded": "flag",
            "transport_worker": "flag",
        },
    ),
    Entry(
        "programmes.cost",
        programmes.cost,
        kwargs={"workers": 950, **PERIOD},
        kinds={"workers": "count0", "income": "?money+", "first_month": "month", "last_month": "month"},
    ),
    Entry(
        "programmes.coverage",
        programmes.coverage,
        kwargs={"participants": 144_070, "workforce": 528_873, "target": "57.17"},
        kinds={"participants": "count0", "workforce": "count1", "target": "?rate0"},
    ),
    Entry(
        "programmes.roster",
        programmes.roster,
        args=(ROWS,),
        kwargs=dict(PERIOD),
        kinds={
            0: "object",
            "first_month": "month",
            "last_month": "month",
            "budget_funded": "flag",
            "jht": "flag",
            "errors": "enum",
            "min_age": "?count0",
            "max_age": "?count0",
            "budget": "?money0",
        },
    ),
    Entry(
        "programmes.report.html_report",
        html_report,
        args=(programmes.roster(ROWS, **PERIOD),),
        kinds={0: "object", "lang": "enum", "show_nik": "flag"},
    ),
]
