"""A seeded synthetic population of worker-months, for examples, tests and benchmarks.

Nothing here is real data: workers, wages and birth dates are drawn from a seeded
``random.Random``, so the same arguments always give the same table, whatever table kind
is asked for. Wages are whole rupiah in multiples of Rp50 (so rounding ties such as
``0.24% × Rp2.012.550 = Rp4.830,12`` and ``.5`` cases occur), between a low regional
minimum wage and well above the JP and JKP wage caps.

>>> from jamsos import synthetic
>>> rows = synthetic.worker_months(3, seed=1, kind="records")
>>> sorted(rows[0])  # doctest: +NORMALIZE_WHITESPACE
['birth_date', 'budget_funded', 'employer_scale', 'jht', 'month', 'risk_class', 'segment',
 'transport_worker', 'wage', 'worker_id']
>>> rows == synthetic.worker_months(3, seed=1, kind="records")
True
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any, Final

from jamsos.errors import InvalidInputError, MoneyTypeError
from jamsos.i18n import N_
from jamsos.periods import Month

__all__ = ["worker_months"]

_SCALES: Final = ("micro", "small", "medium", "large")
_SCALE_WEIGHTS: Final = (10, 15, 25, 50)
_RISK_WEIGHTS: Final = (50, 25, 15, 7, 3)
#: Wage range of the draws, in units of Rp50 (Rp1.500.000 to Rp30.000.000).
_WAGE_UNITS: Final = (30_000, 600_000)
_STEP: Final = 50


def _count(value: object, what: str, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MoneyTypeError(N_("{what} must be a whole number, got {value!r}"), what=what, value=value)
    if value < low:
        raise InvalidInputError(
            N_("{what} must be at least {low}, got {value}"), what=what, low=low, value=value
        )
    return value


def worker_months(
    n_rows: int,
    *,
    seed: int = 0,
    first_month: Month | str = "2025-01",
    months: int = 12,
    bpu_share: int = 0,
    kind: str = "pandas",
) -> Any:
    """A table of ``n_rows`` worker-months, the input of :func:`jamsos.batch.contributions`.

    Workers are drawn once (segment, risk class, employer scale, wage, birth date) and
    appear in ``months`` consecutive contribution months from ``first_month``, worker by
    worker, so ``n_rows = 1_000_000`` with ``months=12`` is 83,334 workers. ``bpu_share``
    is the percentage (0-100) of non-wage earners (BPU), whose ``wage`` is the declared
    income. ``kind``: ``"pandas"``, ``"arrow"`` or ``"records"`` (a list of dicts).

    >>> worker_months(2, seed=7, kind="records")[1]["month"]
    '2025-02'
    """
    n = _count(n_rows, "n_rows", 0)
    months = _count(months, "months", 1)
    share = _count(bpu_share, "bpu_share", 0)
    if share > 100:
        raise InvalidInputError(N_("bpu_share is a percentage 0-100, got {share}"), share=share)
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise MoneyTypeError(N_("seed must be an int, got {seed!r}"), seed=seed)
    if kind not in ("pandas", "arrow", "records"):
        raise InvalidInputError(N_("kind must be 'pandas', 'arrow' or 'records', got {kind!r}"), kind=kind)
    start = Month.parse(first_month)
    month_names = [str(start + k) for k in range(months)]
    n_workers = -(-n // months)
    rng = random.Random(seed)
    workers = [_draw(rng, share) for _ in range(n_workers)]
    if kind == "records":
        rows: list[dict[str, object]] = []
        for i in range(n):
            w = workers[i // months]
            rows.append({"worker_id": i // months + 1, "month": month_names[i % months], **w})
        return rows
    from jamsos.optional import import_extra

    np = import_extra("numpy", "pandas")
    ids = np.repeat(np.arange(1, n_workers + 1, dtype=np.int64), months)[:n]
    columns: dict[str, Any] = {
        "worker_id": ids,
        "month": np.tile(np.array(month_names, dtype=object), n_workers)[:n],
    }
    for name in (
        "wage",
        "segment",
        "risk_class",
        "employer_scale",
        "birth_date",
        "jht",
        "transport_worker",
        "budget_funded",
    ):
        per_worker = [w[name] for w in workers]
        dtype = {
            "wage": np.int64,
            "risk_class": np.int64,
            "jht": bool,
            "transport_worker": bool,
            "budget_funded": bool,
            "birth_date": "datetime64[D]",
        }.get(name, object)
        columns[name] = np.repeat(np.array(per_worker, dtype=dtype), months)[:n]
    if kind == "pandas":
        pd = import_extra("pandas", "pandas")
        return pd.DataFrame(columns)
    pa = import_extra("pyarrow", "arrow")
    return pa.table({k: pa.array(v) for k, v in columns.items()})


def _draw(rng: random.Random, bpu_share: int) -> dict[str, object]:
    bpu = rng.randrange(100) < bpu_share
    # BPU: declared incomes of informal workers, Rp1.000.000 to Rp5.000.000
    units = rng.randrange(20_000, 100_001) if bpu else rng.randrange(*_WAGE_UNITS)
    wage = units * _STEP
    birth = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 45))
    return {
        "wage": wage,
        "segment": "BPU" if bpu else "PU",
        "risk_class": rng.choices(range(1, 6), weights=_RISK_WEIGHTS)[0],
        "employer_scale": rng.choices(_SCALES, weights=_SCALE_WEIGHTS)[0],
        "birth_date": birth,
        "jht": bpu and rng.randrange(3) == 0,
        "transport_worker": bpu and rng.randrange(4) == 0,
        "budget_funded": bpu and rng.randrange(5) == 0,
    }
