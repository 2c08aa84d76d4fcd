"""Benchmark: jamsos.batch.contributions against a hand-written numpy int64 floor (issue 10).

Run: ``python benchmarks/bench_batch_floor.py [--rows N] [--repeat N]`` (from the
repository root; add ``PYTHONPATH=src`` when jamsos is not installed).

One process, one run, side by side: the same pandas table of PU worker-months (months as
``"YYYY-MM"`` text, risk class and employer scale as text codes, wages int64, as users give
them) goes through

* ``floor.contributions``: the hand-written numpy floor of the same formulas
  (``benchmarks/floor.py``), no validation;
* ``jamsos.batch.contributions``: every output column;
* ``jamsos.batch.contributions`` on the same table plus a ``birth_date`` column (one per
  worker, about 16,000 distinct per million rows);

alternating, best of ``--repeat`` each. It checks that jamsos and the floor give the same
table, and prints the ratios. Targets: jamsos <= 1.3 × floor; birth dates add <= 50 %.
Figures measured on a shared machine are noisy; the ratios come from one run.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor
import numpy as np
import pandas as pd

from jamsos import batch, synthetic


def table(rows: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The benchmark table without and with birth dates."""
    df = synthetic.worker_months(rows, seed=seed, bpu_share=0)
    with_birth = df[
        ["worker_id", "month", "wage", "segment", "risk_class", "employer_scale", "birth_date"]
    ].copy()
    with_birth["risk_class"] = with_birth["risk_class"].astype(str)  # codes as text
    plain = with_birth.drop(columns=["birth_date"])
    return plain, with_birth


def best(fn: object, arg: object, repeat: int) -> tuple[float, object]:
    out = None
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn(arg)  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    plain, with_birth = table(args.rows, args.seed)
    distinct = with_birth["birth_date"].nunique()
    batch.contributions(plain.head(1000))  # imports and parameter caches
    floor.contributions(plain.head(1000))

    t_floor, t_jamsos, t_birth = [], [], []
    out_floor = out_jamsos = None
    for _ in range(args.repeat):  # interleaved, so that a busy moment hits all three
        t, out_floor = best(floor.contributions, plain, 1)
        t_floor.append(t)
        t, out_jamsos = best(batch.contributions, plain, 1)
        t_jamsos.append(t)
        t, _ = best(batch.contributions, with_birth, 1)
        t_birth.append(t)
    assert out_floor is not None and out_jamsos is not None
    cols = list(floor.OUTPUT)
    same = np.array_equal(out_floor[cols].to_numpy(), out_jamsos[cols].to_numpy())  # type: ignore[index]
    f, j, b = min(t_floor), min(t_jamsos), min(t_birth)
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, pandas {pd.__version__}, "
        f"{platform.machine()}, {os.cpu_count()} cpus visible, load average {os.getloadavg()[0]:.1f}"
    )
    print(f"rows: {args.rows:,} PU worker-months; distinct birth dates: {distinct:,}")
    print(f"floor (numpy int64 by hand): best {f:.3f} s of {args.repeat}")
    print(f"jamsos batch.contributions : best {j:.3f} s   ratio {j / f:.2f}x the floor (target <= 1.3x)")
    print(f"  + birth_date column      : best {b:.3f} s   +{(b / j - 1) * 100:.0f}% (target <= +50%)")
    print(f"jamsos output equals the floor: {same}")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
