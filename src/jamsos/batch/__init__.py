"""Whole tables at once: exact, vectorized contributions and bulk JP dates.

A payroll run is thousands of worker-months; a province's coverage programme hundreds of
thousands. :func:`contributions` takes a table of worker-months and returns the same kind
of table with one integer-rupiah column per program and party, every row equal to
:func:`jamsos.contributions.wage_earner` (PU, *penerima upah*, wage earners) or
:func:`jamsos.contributions.non_wage_earner` (BPU, *bukan penerima upah*, non-wage
earners) for the same input, exactly.

Which date selects the law: the **contribution month** of each row (its last day), as in
the scalar API; the pension date of :func:`pension` depends on the birth date only.

Tables: a pandas ``DataFrame``, a pyarrow ``Table`` or any iterable of mappings (a list of
dicts comes back). numpy, pandas and pyarrow are optional (``pip install jamsos[pandas]``
or ``jamsos[arrow]``) and imported only when needed. Without numpy, an iterable of
mappings is computed row by row with the scalar API (same answers, slower).

Exactness. Rates such as 0.24% are exact decimals; each month's rates become integer
numerators over one power-of-ten denominator ``D`` and every amount is
``(wage × numerator + D // 2) // D`` in int64: half-up rounding to whole rupiah, the
convention of :mod:`jamsos.contributions`, in integer arithmetic. Rows that this path
does not cover (a wage with a fraction of a rupiah, a wage so large that int64 could
overflow, the PP 7/2025 labour-intensive relief, an explicit ``programs`` or
``jkp_member`` column, any row the scalar API would reject) are computed by the scalar
API itself, row by row. A row is an error exactly when the scalar API raises for it.

>>> from jamsos import batch
>>> rows = [
...     {"worker_id": "A1", "month": "2025-06", "wage": 8_000_000, "segment": "PU",
...      "risk_class": 1, "employer_scale": "large"},
...     {"worker_id": "B7", "month": "2025-06", "wage": 1_000_000, "segment": "BPU"},
... ]
>>> out = batch.contributions(rows)
>>> out[0]["jht_employer"], out[0]["jp_worker"], out[0]["jkp_government"], out[0]["total"]
(296000, 80000, 11000, 750200)
>>> out[1]["jkk_worker"], out[1]["jkm_worker"], out[1]["total"]
(10000, 6800, 16800)
"""

from __future__ import annotations

from jamsos.batch.aggregate import aggregate
from jamsos.batch.benefits import BENEFIT_COLUMNS, BENEFIT_KINDS, benefits, pension
from jamsos.batch.contributions import contributions
from jamsos.batch.outcome import RAISE_KEEPS as RAISE_KEEPS
from jamsos.batch.scalar import row_amounts as row_amounts
from jamsos.batch.tables import ERROR_COLUMNS as ERROR_COLUMNS
from jamsos.batch.tables import INPUT_COLUMNS, OUTPUT_COLUMNS, PENSION_COLUMNS
from jamsos.batch.tables import MISSING as MISSING
from jamsos.errors import BatchError as BatchError
from jamsos.errors import MissingDependencyError

__all__ = [
    "BENEFIT_COLUMNS",
    "BENEFIT_KINDS",
    "INPUT_COLUMNS",
    "OUTPUT_COLUMNS",
    "PENSION_COLUMNS",
    "RAISE_KEEPS",
    "MissingDependencyError",
    "aggregate",
    "benefits",
    "contributions",
    "pension",
]
