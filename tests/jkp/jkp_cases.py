"""Cases shared by the tests of jkp (importable through conftest.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jamsos import ContributionHistory, ContributionRecord, Month
from jamsos.jkp import TerminationReason

D = dt.date


def months(*spans: tuple[str, str], wage: int = 6_000_000) -> ContributionHistory:
    """A history paid in each (first, last) span of months."""
    records = [
        ContributionRecord(m, wage)
        for first, last in spans
        for m in Month.range(Month.parse(first), Month.parse(last))
    ]
    return ContributionHistory(records)


def base(**overrides: Any) -> dict[str, Any]:
    """A worker who qualifies under PP 6/2025: 26 paid months, dismissed 2025-03-01."""
    kw: dict[str, Any] = {
        "history": months(("2023-01", "2025-02")),
        "terminated_on": D(2025, 3, 1),
        "reason": TerminationReason.DISMISSAL,
        "birth_date": D(1990, 5, 17),
        "registered_on": D(2023, 1, 2),
    }
    kw.update(overrides)
    return kw
