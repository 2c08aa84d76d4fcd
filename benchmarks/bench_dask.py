"""Benchmark: Dask scale-out against one call on the same table (issue 10).

Run: ``python benchmarks/bench_dask.py [--rows N] [--partitions N] [--repeat N]``
(needs ``pip install 'jamsos[dask]'``).

The question a payroll engineer asks before reaching for an engine: on this machine, does
splitting a table across Dask workers beat one ``batch.contributions`` call? Measured side
by side in one process, best of ``--repeat`` each:

* one call: ``batch.aggregate(batch.contributions(df), by=("month",))``;
* Dask, the recommended pattern (``docs/scale.md``): select and aggregate **inside**
  ``map_partitions`` so that each partition ships a few hundred rows, then aggregate the
  partial sums once; with the threaded scheduler and with the process pool;
* Dask, the naive pattern: ship every output row back (``map_partitions(contributions)``
  then a Dask groupby), threaded.

Every Dask answer is checked equal to the one-call answer. On a small or shared machine
Dask is usually *slower* (numpy already runs at memory speed on one core, and processes
must pickle the table); the script prints that honestly.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from collections.abc import Callable
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd

from jamsos import batch, synthetic

AMOUNTS = (
    "jkk_employer",
    "jkm_employer",
    "jht_employer",
    "jht_worker",
    "jp_employer",
    "jp_worker",
    "jkp_government",
)


def per_partition(frame: pd.DataFrame) -> pd.DataFrame:
    """The recommended step: only the needed columns, reduced to partial sums."""
    out = batch.contributions(frame, columns=("month", *AMOUNTS))
    return batch.aggregate(out, by=("month",))


def one_call(df: pd.DataFrame) -> pd.DataFrame:
    return batch.aggregate(batch.contributions(df, columns=("month", *AMOUNTS)), by=("month",))


def dask_reduce(ddf: Any, scheduler: str) -> pd.DataFrame:
    meta = per_partition(ddf._meta)
    parts = ddf.map_partitions(per_partition, meta=meta).compute(scheduler=scheduler)
    return batch.aggregate(parts, by=("month",))


def dask_naive(ddf: Any, scheduler: str) -> pd.DataFrame:
    full = ddf.map_partitions(batch.contributions, meta=batch.contributions(ddf._meta))
    sums = full.groupby("month")[list(AMOUNTS)].sum().compute(scheduler=scheduler)
    return sums.sort_index()


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    df = synthetic.worker_months(args.rows, seed=0, bpu_share=0).drop(columns=["birth_date"])
    ddf = dd.from_pandas(df, npartitions=args.partitions).persist(scheduler="synchronous")
    one_call(df.head(1000))  # imports and caches

    t_one, want = best(lambda: one_call(df), args.repeat)
    results = {"one call (contributions + aggregate)": (t_one, True)}
    for scheduler in ("threads", "processes"):
        t, got = best(lambda s=scheduler: dask_reduce(ddf, s), args.repeat)
        same = got.to_numpy().tolist() == want.to_numpy().tolist()  # Dask's string dtype differs
        results[f"dask map_partitions(aggregate), {scheduler}"] = (t, same)
    t, naive = best(lambda: dask_naive(ddf, "threads"), args.repeat)
    wide = want.pivot_table(index="month", columns=["program", "party"], values="amount", aggfunc="sum")
    ok = all(
        int(naive[f"{prog}_{party}"].sum()) == int(wide[(prog, party)].sum())
        for prog, party in (c.split("_") for c in AMOUNTS)
    )
    results["dask ship every row, then groupby, threads"] = (t, ok)

    print(
        f"python {platform.python_version()}, dask {dask.__version__}, pandas {pd.__version__}, "
        f"{platform.machine()}, {os.cpu_count()} cpus visible, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"rows: {args.rows:,} PU worker-months, {args.partitions} partitions, best of {args.repeat}")
    for name, (t, same) in results.items():
        print(f"{name:48s} {t:7.3f} s  {t / t_one:5.2f}x one call  equal: {same}")
    if not all(same for _, same in results.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
