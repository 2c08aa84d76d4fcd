"""Benchmark: scalar ``wage_earner`` against the float payroll peer ``tax-bpjs`` (issue 10).

Run: ``pip install 'jamsos[bench]'`` then ``python benchmarks/bench_peer.py [--calls N]``.

``tax-bpjs`` (``Bpjs(employee, configuration).monthly_fee()``) is a float library: it is
the yardstick of speed, not of correctness. Both sides get the same mix of wages
(log-normal around Rp4.5 jt, rounding ties included) and risk classes; jamsos also gets a
contribution month and an employer scale, reads ``.total``, ``.employer`` and ``.worker``
of each result, and, in the third measure, renders ``.explain()`` as text.

The three loops run interleaved, best of ``--repeat`` rounds each, in one process, so the
ratios are measured side by side. Targets: <= 3x the peer; <= 10x with the explanation.
Each round is timed by the wall clock and by the thread's CPU time (which leaves out the
time spent waiting for a core while other processes run); both are printed. On a shared
machine absolute times are noisy; read the ratios.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
from collections.abc import Callable
from decimal import Decimal

from jamsos import EmployerScale, Month, RiskClass, contributions

try:
    from tax_bpjs.bpjs import Bpjs
except ImportError:  # pragma: no cover - the bench extra
    raise SystemExit("install the yardstick first: pip install 'jamsos[bench]'") from None

# The peer's configuration for 2025 (its own units: float fractions, float percent for JKK).
CONFIGURATION = {
    "health_max_fee": 12_000_000,
    "pension_max_fee": 10_547_400,
    "old_pension_max_fee": 10_042_300,
    "individual_health_insurance_rate": 0.01,
    "company_health_insurance_rate": 0.04,
    "death_insurance_rate": 0.003,
    "individual_old_age_insurance_rate": 0.02,
    "company_old_age_insurance_rate": 0.037,
    "individual_pension_insurance_rate": 0.01,
    "company_pension_insurance_rate": 0.02,
}
JKK_PERCENT = {1: 0.24, 2: 0.54, 3: 0.89, 4: 1.27, 5: 1.74}


def workload(n: int, seed: int = 2026) -> list[tuple[int, RiskClass]]:
    """Wages around the minimum-wage range up to executives, with ties; all risk classes."""
    rng = random.Random(seed)
    risks = list(RiskClass)
    out = []
    for _ in range(n):
        wage = int(rng.lognormvariate(15.3, 0.6)) // 1000 * 1000 + rng.choice((0, 0, 0, 500, 1))
        out.append((max(wage, 1_000_000), rng.choice(risks)))
    return out


def peer_loop(cases: list[tuple[int, RiskClass]]) -> Callable[[], object]:
    employees = [
        {
            "base_salary": wage,
            "fixed_allowances": 0,
            "non_fixed_allowances": 0,
            "is_salary_allowances": False,
            "accident_insurance_status": True,
            "pension_insurance_status": True,
            "old_age_insurance_status": True,
            "death_insurance_status": True,
            "health_insurance_status": False,
            "industry_risk_rate": JKK_PERCENT[risk.value],
        }
        for wage, risk in cases
    ]

    def run() -> object:
        last = None
        for e in employees:
            last = Bpjs(e, CONFIGURATION).monthly_fee()
        return last

    return run


def jamsos_loop(cases: list[tuple[int, RiskClass]], *, explain: bool) -> Callable[[], object]:
    month = Month(2025, 6)
    large = EmployerScale.LARGE
    wage_earner = contributions.wage_earner

    def run() -> object:
        last = None
        for wage, risk in cases:
            c = wage_earner(wage, month, risk_class=risk, employer_scale=large)
            last = (c.total, c.employer, c.worker)
            if explain:
                last = str(c.explain())
        return last

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases = workload(args.calls)
    few = cases[: max(1, args.calls // 10)]
    loops = {
        "tax-bpjs Bpjs(...).monthly_fee()": (peer_loop(cases), len(cases)),
        "jamsos wage_earner + .total/.employer/.worker": (jamsos_loop(cases, explain=False), len(cases)),
        "jamsos ... + str(.explain())": (jamsos_loop(few, explain=True), len(few)),
    }
    for run, _ in loops.values():  # warm-up: imports, per-month caches
        run()
    # Two clocks per round: the wall clock, and this thread's CPU time, which leaves out the
    # time the process waits for a core (on a shared machine the wall clock also counts other
    # processes' work; both clocks are reported, best of the rounds for each).
    wall = dict.fromkeys(loops, float("inf"))
    cpu = dict.fromkeys(loops, float("inf"))
    for _ in range(args.repeat):
        for name, (run, n) in loops.items():
            c0, t0 = time.thread_time(), time.perf_counter()
            run()
            t1, c1 = time.perf_counter(), time.thread_time()
            wall[name] = min(wall[name], (t1 - t0) / n)
            cpu[name] = min(cpu[name], (c1 - c0) / n)
    peer = "tax-bpjs Bpjs(...).monthly_fee()"
    print(
        f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cpus visible, "
        f"load average {os.getloadavg()[0]:.1f}; {args.calls:,} calls, best of {args.repeat} interleaved rounds"
    )
    print(f"{'':48s} {'wall clock':>26s}   {'thread CPU time':>26s}")
    for name in loops:
        w, c = wall[name], cpu[name]
        print(
            f"{name:48s} {w * 1e6:7.2f} µs/call {w / wall[peer]:5.2f}x the peer"
            f"   {c * 1e6:7.2f} µs/call {c / cpu[peer]:5.2f}x the peer"
        )
    # sanity: the same JP for one wage (the peer's float vs jamsos's exact rupiah)
    c = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    fee = peer_loop([(8_000_000, RiskClass.VERY_LOW)])()
    assert isinstance(fee, dict)
    print(
        "JP employer for Rp8.000.000: peer",
        fee["pension_insurance"]["company"],
        "(float), jamsos",
        c.jp.employer,
        "(exact)" if c.jp.employer.amount == Decimal(160_000) else "",
    )


if __name__ == "__main__":
    main()
