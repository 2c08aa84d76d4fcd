"""A province-sized roster through jamsos.programmes.roster, against the plain batch.

500,000 workers × 12 months (6,000,000 worker-months): the time of
``programmes.roster`` (validating every row, then the batch path) and of
``batch.contributions`` alone on the same worker-months, and their ratio. Writing files is
measured separately (CSV and Parquet of the long invoice).

The machine may be shared: the figures that mean something are the ratios, measured side
by side in one run. Run: ``python benchmarks/bench_programmes.py [workers]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

import numpy as np
import pandas as pd

from jamsos import batch, programmes
from jamsos.periods import Month


def make_roster(n: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    day = rng.integers(1, 29, n)
    female = rng.integers(0, 2, n).astype(bool)
    dd = np.where(female, day + 40, day)
    mm = rng.integers(1, 13, n)
    yy = rng.integers(60, 100, n)
    regency = rng.integers(1, 30, n)
    district = rng.integers(1, 40, n)
    serial = np.arange(1, n + 1) % 9999 + 1
    nik = [
        f"33{r:02d}{d:02d}{a:02d}{b:02d}{c:02d}{s:04d}"
        for r, d, a, b, c, s in zip(regency, district, dd, mm, yy, serial, strict=True)
    ]
    # unique NIKs: fold the index into regency/district where serials repeat
    nik = [f"{k[:2]}{(i // 9999) % 99 + 1:02d}{k[4:]}" for i, k in enumerate(nik)]
    villages = [f"Desa {v}" for v in rng.integers(1, 500, n)]
    income = rng.choice(["1.000.000", "1.500.000", "2.000.000", "750.000"], n)
    return pd.DataFrame(
        {
            "NIK": nik,
            "Nama": [f"Pekerja {i}" for i in range(n)],
            "Desa/Kelurahan": villages,
            "Kecamatan": [f"Kecamatan {v % 40}" for v in rng.integers(1, 500, n)],
            "Pekerjaan": "petani",
            "Penghasilan": income,
        }
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500_000
    frame = make_roster(n)
    first, last = Month(2026, 1), Month(2026, 12)

    t0 = time.perf_counter()
    result = programmes.roster(frame, first_month=first, last_month=last)
    t_roster = time.perf_counter() - t0
    assert result.rows_read == n and result.workers_accepted + len(result.rejected) == n

    # the same worker-months, as the plain batch sees them
    wide = result.wide
    plain = pd.DataFrame(
        {
            "month": wide["month"],
            "wage": wide["income"].to_numpy(),
            "segment": pd.Categorical.from_codes(np.zeros(len(wide), dtype=np.int8), categories=["BPU"]),
            "budget_funded": True,
        }
    )
    t0 = time.perf_counter()
    out = batch.contributions(plain)
    t_batch = time.perf_counter() - t0
    assert int(out["total"].sum()) == result.total

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        inv = result.invoice()
        t_invoice = time.perf_counter() - t0
        t0 = time.perf_counter()
        inv.to_parquet(os.path.join(tmp, "tagihan.parquet"), index=False)
        t_parquet = time.perf_counter() - t0

    print(f"workers: {n:,}; worker-months: {len(wide):,}; invoice rows: {len(inv):,}")
    print(f"roster (validate + batch path): {t_roster:.2f} s")
    print(f"plain batch.contributions, same worker-months: {t_batch:.2f} s")
    print(f"ratio roster / plain batch: {t_roster / t_batch:.2f}")
    print(f"long invoice table: {t_invoice:.2f} s; Parquet write: {t_parquet:.2f} s")
    print("(machine shared with other jobs: compare the ratio, not the seconds)")


if __name__ == "__main__":
    main()
