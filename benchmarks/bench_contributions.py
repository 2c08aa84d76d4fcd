"""Benchmark: scalar ``wage_earner`` calls per second over a realistic mix (not a test).

Run: ``python benchmarks/bench_contributions.py [--calls N]``. Prints microseconds per call
for the computation alone (explanations are lazy and not built) and with ``.explain()``.
The target of issue 2 is <= 25 microseconds per call on one core.
"""

from __future__ import annotations

import argparse
import platform
import random
import time

from jamsos import EmployerScale, Month, RiskClass, contributions


def workload(n: int, seed: int = 2026) -> list[tuple[int, Month, RiskClass, EmployerScale]]:
    """A realistic mix: wages around the minimum-wage range up to executives, months 2015-07..2026-12."""
    rng = random.Random(seed)
    months = list(Month.range(Month(2015, 7), Month(2026, 12)))
    scales = (
        [EmployerScale.LARGE] * 6 + [EmployerScale.MEDIUM] * 2 + [EmployerScale.SMALL, EmployerScale.MICRO]
    )
    out = []
    for _ in range(n):
        wage = int(rng.lognormvariate(15.3, 0.6)) // 1000 * 1000 + rng.choice((0, 0, 0, 500, 1))
        out.append(
            (max(wage, 1_000_000), rng.choice(months), rng.choice(list(RiskClass)), rng.choice(scales))
        )
    return out


def run(n: int) -> dict[str, float]:
    """Time n calls (after one warm-up pass that fills the per-month parameter cache)."""
    cases = workload(n)
    for wage, month, risk, scale in cases[:2000]:
        contributions.wage_earner(wage, month, risk_class=risk, employer_scale=scale)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for wage, month, risk, scale in cases:
            contributions.wage_earner(wage, month, risk_class=risk, employer_scale=scale)
        best = min(best, time.perf_counter() - start)
    sample = cases[: max(1, n // 10)]
    start = time.perf_counter()
    for wage, month, risk, scale in sample:
        contributions.wage_earner(wage, month, risk_class=risk, employer_scale=scale).explain()
    explained = time.perf_counter() - start
    return {
        "calls": n,
        "us_per_call": best / n * 1e6,
        "calls_per_second": n / best,
        "us_per_call_with_explain": explained / len(sample) * 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=100_000)
    args = parser.parse_args()
    result = run(args.calls)
    print(f"python {platform.python_version()} on {platform.machine()}")
    print(
        f"wage_earner: {result['us_per_call']:.1f} µs/call "
        f"({result['calls_per_second']:,.0f} calls/s over {result['calls']:,} calls, best of 3)"
    )
    print(f"wage_earner + explain(): {result['us_per_call_with_explain']:.1f} µs/call")


if __name__ == "__main__":
    main()
