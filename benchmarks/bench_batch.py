"""Benchmark: 1,000,000 PU worker-months through jamsos.batch.contributions.

Run: ``PYTHONPATH=src python benchmarks/bench_batch.py [--rows N] [--sample N]``.

Measures, on one core, in one process:

* the vectorized batch over a synthetic pandas table (``jamsos.synthetic``): wall time
  (best of ``--repeat`` runs) and the peak memory the call allocates (tracemalloc, which
  sees numpy and pandas buffers), plus the process's peak RSS (``resource.getrusage``);
* a plain Python loop over the scalar API (``jamsos.contributions.wage_earner``) on a
  random sample of the same rows, extrapolated to all rows;
* that every sampled row of the batch equals the scalar answer.

Targets (issue 7): <= 1 s and <= 400 MB for 1,000,000 rows.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import time
import tracemalloc

from jamsos import batch, synthetic
from jamsos.contributions import wage_earner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=20_000, help="rows for the scalar loop")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core; numpy integer ops are single-threaded

    df = synthetic.worker_months(args.rows, seed=args.seed, bpu_share=0)
    batch.contributions(df.head(1000))  # warm the parameter caches and imports
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        out = batch.contributions(df)
        times.append(time.perf_counter() - t0)
        del out
    best = min(times)

    tracemalloc.start()
    out = batch.contributions(df)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

    rng = random.Random(args.seed)
    positions = rng.sample(range(args.rows), min(args.sample, args.rows))
    rows = df.iloc[positions].to_dict("records")
    calls = []
    for r in rows:
        calls.append(
            (int(r["wage"]), r["month"], int(r["risk_class"]), r["employer_scale"], r["birth_date"].date())
        )
    t0 = time.perf_counter()
    results = [wage_earner(w, m, risk_class=rc, employer_scale=sc, birth_date=b) for w, m, rc, sc, b in calls]
    loop = time.perf_counter() - t0
    per_row = loop / len(calls)
    extrapolated = per_row * args.rows

    mismatches = sum(
        int(c.total) != int(out["total"].iat[p]) or int(c.employer) != int(out["employer"].iat[p])
        for c, p in zip(results, positions, strict=True)
    )

    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cpus visible")
    print(f"rows: {args.rows:,} PU worker-months (synthetic, seed {args.seed})")
    print(
        f"batch.contributions: best {best:.3f} s of {args.repeat} (runs: "
        + ", ".join(f"{t:.3f}" for t in times)
        + ")"
    )
    print(f"peak memory allocated by the call (tracemalloc): {peak / 2**20:.0f} MiB")
    print(
        f"peak RSS of the whole process: {rss_before:.0f} MiB before the first call (interpreter, "
        f"libraries, input table), {rss_mb:.0f} MiB after"
    )
    print(
        f"scalar loop: {len(calls):,} rows in {loop:.2f} s = {per_row * 1e6:.1f} us/row; "
        f"extrapolated to {args.rows:,} rows: {extrapolated:.0f} s"
    )
    print(f"speed-up: {extrapolated / best:.0f}x")
    print(f"sampled rows equal to the scalar API: {len(calls) - mismatches}/{len(calls)}")


if __name__ == "__main__":
    main()
