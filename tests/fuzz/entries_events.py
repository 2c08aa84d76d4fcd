"""Fuzz entries for the life events (jamsos.events) and the language helpers (jamsos.i18n)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from jamsos import ContributionHistory, Month, events, i18n

if "_fuzz_registry" not in sys.modules:  # pragma: no cover  (loaded by the registry itself)
    _spec = importlib.util.spec_from_file_location("_fuzz_registry", Path(__file__).parent / "registry.py")
    assert _spec is not None and _spec.loader is not None
    sys.modules["_fuzz_registry"] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules["_fuzz_registry"])
Entry = sys.modules["_fuzz_registry"].Entry

ON = dt.date(2025, 3, 10)
BIRTH = dt.date(1990, 5, 1)
SINCE = dt.date(2022, 3, 1)
H = ContributionHistory.constant(6_000_000, Month(2022, 3), Month(2025, 2))
# as_of only stands for "today" (events after it are refused); a far one is a test clock.
_AS_OF = {"as_of": frozenset({"2200-01-01", "9999-12-31"})}
COMMON = {"on": ON, "birth_date": BIRTH, "wage": 6_000_000, "member_since": SINCE, "as_of": ON}
KINDS = {
    "on": "date:event",
    "birth_date": "date:birth",
    "wage": "money+",
    "member_since": "date:membership",
    "opening": "?money0",
    "as_of": "?date:event",
}

ENTRIES = [
    Entry(
        "events.dismissal",
        events.dismissal,
        kwargs={**COMMON, "opening": 25_000_000},
        kinds=KINDS,
        also_accepts=_AS_OF,
    ),
    Entry(
        "events.death",
        events.death,
        kwargs={**COMMON, "cause": "work_accident", "opening": 20_000_000},
        kinds={**KINDS, "cause": "enum"},
        also_accepts=_AS_OF,
    ),
    Entry(
        "events.retirement",
        events.retirement,
        kwargs={
            **COMMON,
            "on": dt.date(2025, 6, 30),
            "birth_date": dt.date(1966, 6, 1),
            "as_of": dt.date(2025, 7, 1),
        },
        kinds={k: v for k, v in KINDS.items() if k != "opening"},
        also_accepts=_AS_OF,
    ),
    Entry(
        "events.disability (history)",
        events.disability,
        kwargs={"on": ON, "birth_date": BIRTH, "history": H, "as_of": ON},
        kinds={"on": "date:event", "birth_date": "date:birth", "history": "history", "as_of": "?date:event"},
        also_accepts=_AS_OF,
    ),
    # a date (or datetime) names its month
    Entry(
        "i18n.format_month",
        i18n.format_month,
        args=(Month(2026, 1),),
        kinds={0: "month"},
        also_accepts={0: frozenset({"0001-01-01", "1900-01-01", "2200-01-01", "9999-12-31", "datetime"})},
    ),
    Entry(
        "i18n.format_date",
        i18n.format_date,
        args=(ON,),
        kinds={0: "date:birth"},
        also_accepts={0: frozenset({"0001-01-01", "2200-01-01", "9999-12-31", "datetime"})},
    ),
]
