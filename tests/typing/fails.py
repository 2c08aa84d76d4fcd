"""Mistakes a type checker must catch (issue 12): each line marked ``# E: <code>`` must be
reported by ``mypy --strict`` with that error code, and nothing else may be reported.

Not run as a test: ``tests/typing/test_typing.py`` type-checks it.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

import jamsos
from jamsos import Month, RiskClass, Rupiah

jamsos.contributions.wage_earner(8_000_000.0, Month(2025, 6), risk_class=RiskClass.LOW)  # E: arg-type
jamsos.jkk.death_benefit(wage=5e6, on=dt.date(2025, 5, 10))  # E: arg-type
jamsos.jkp.cash_benefit(wage=6_000_000.5, terminated_on=dt.date(2025, 3, 1))  # E: arg-type
Rupiah(5) * 1.5  # E: operator
months: Month = Month(2025, 6) - Month(2025, 1)  # E: assignment
count: int = Month(2025, 6) - 1  # E: assignment
share: Rupiah = Rupiah(10) / Rupiah(5)  # E: assignment
jamsos.jkp.no_such_function()  # E: attr-defined
records: list[dict[str, object]] = jamsos.batch.contributions(pd.DataFrame())  # E: assignment
