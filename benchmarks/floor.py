"""A hand-written numpy int64 floor for wage-earner contributions (the yardstick of issue 10).

What a careful engineer would write by hand for one job, with no validation and no
generality: the same pandas table in (``month`` as ``"YYYY-MM"`` text, ``risk_class`` and
``employer_scale`` as text codes, ``wage`` int64), the same output columns out, every
amount ``(wage × numerator + den // 2) // den`` in int64. It handles PU rows without
labour-intensive relief, explicit programmes or birth dates: exactly the benchmark table.
Rates are read from jamsos's law data once per distinct month, so both sides compute the
same law; the arithmetic below is written independently of :mod:`jamsos.kernel`.

``benchmarks/bench_batch_floor.py`` times it side by side with ``jamsos.batch.contributions``
and checks that both give the same table.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from jamsos.parameters import official
from jamsos.periods import Month

OUTPUT = (
    "jkk_employer",
    "jkk_worker",
    "jkk_government",
    "jkm_employer",
    "jkm_worker",
    "jkm_government",
    "jht_employer",
    "jht_worker",
    "jht_government",
    "jp_employer",
    "jp_worker",
    "jkp_government",
    "jp_employer_deferred",
    "jp_worker_deferred",
    "employer",
    "worker",
    "government",
    "total",
)
_RISK = ("very_low", "low", "medium", "high", "very_high")
_SCALES = ("micro", "small", "medium", "large")
_K = 8  # every rate as an integer over 10**8 (rates have at most 8 decimals, reliefs included)
_D = 10**_K


def _n(d: Decimal) -> int:
    return int(d.scaleb(_K))


def _month_rules(text: str) -> list[int]:
    p = official()
    on = Month.parse(text).last_day

    def r(name: str) -> Decimal:
        return p.value(name, on).value.value  # type: ignore[no-any-return]

    def opt(name: str) -> Any:
        try:
            return p.value(name, on).value
        except Exception:
            return None

    keep = 1 - r("relief.covid.jkk_jkm_discount")
    gov = opt("jkp.rate.government")
    row = [_n(r(f"jkk.rate.{k}") * keep) for k in _RISK]
    row += [
        _n(r("jkm.rate") * keep),
        _n(r("jht.rate.employer")),
        _n(r("jht.rate.worker")),
        _n(r("jp.rate.employer")),
        _n(r("jp.rate.worker")),
        _n(1 - r("relief.covid.jp_deferral")),
        int(p.value("jp.wage_cap", on).value.amount),
        _n(gov.value) if gov is not None else 0,
        int(p.value("jkp.wage_cap", on).value.amount) if gov is not None else 0,
    ]
    # programmes per scale (Perpres 109/2013): jkk, jkm, jht, jp; JKP for every PU member
    # enrolled in what PP 37/2021 Pasal 4 requires
    for s in _SCALES:
        progs = set(p.value(f"membership.mandatory_programs.{s}", on).value)
        req = set(p.value(f"membership.jkp_required_programs.{s}", on).value) if gov is not None else None
        row += [int(x in progs) for x in ("jkk", "jkm", "jht", "jp")]
        row.append(int(req is not None and req <= progs))
    return row


def contributions(df: pd.DataFrame) -> pd.DataFrame:
    """The wage-earner output columns for ``df``, by hand, in int64."""
    mcode, months = pd.factorize(df["month"])
    rcode, risks = pd.factorize(df["risk_class"])
    scode, scales = pd.factorize(df["employer_scale"])
    rules = [_month_rules(m) for m in months]
    rc_of = [int(x) - 1 for x in risks]
    sc_of = [_SCALES.index(x) for x in scales]
    # one key per (month, scale, risk class) present in the codes; every coefficient of a
    # key, programme flags folded in (a programme not due has numerator 0)
    nr, ns = len(risks), len(scales)
    coef = np.zeros((10, len(months) * ns * nr), dtype=np.int64)
    for m, r in enumerate(rules):
        for s_code, s in enumerate(sc_of):
            jkk_on, jkm_on, jht_on, jp_on, jkp_on = r[14 + 5 * s : 19 + 5 * s]
            for r_code, rc in enumerate(rc_of):
                k = (m * ns + s_code) * nr + r_code
                coef[:, k] = (
                    r[rc] * jkk_on,
                    r[5] * jkm_on,
                    r[6] * jht_on,
                    r[7] * jht_on,
                    r[8] * jp_on,
                    r[9] * jp_on,
                    r[10],
                    r[11],
                    r[12] * jkp_on,
                    r[13],
                )
    key = (mcode * ns + scode) * nr + rcode
    c = coef[:, key]
    w = df["wage"].to_numpy(dtype=np.int64)
    h = _D // 2
    out = np.empty((len(OUTPUT), len(df)), dtype=np.int64)
    out[[1, 2, 4, 5, 8]] = 0
    jkk = np.floor_divide(w * c[0] + h, _D, out=out[0])
    jkm = np.floor_divide(w * c[1] + h, _D, out=out[3])
    jht_e = np.floor_divide(w * c[2] + h, _D, out=out[6])
    jht_w = np.floor_divide(w * c[3] + h, _D, out=out[7])
    jp_base = np.minimum(w, c[7])
    full_e = np.floor_divide(jp_base * c[4] + h, _D)
    full_w = np.floor_divide(jp_base * c[5] + h, _D)
    jp_e = np.floor_divide(full_e * c[6] + h, _D, out=out[9])
    jp_w = np.floor_divide(full_w * c[6] + h, _D, out=out[10])
    jkp = np.floor_divide(np.minimum(w, c[9]) * c[8] + h, _D, out=out[11])
    np.subtract(full_e, jp_e, out=out[12])
    np.subtract(full_w, jp_w, out=out[13])
    np.add(jkk + jkm, jht_e + jp_e, out=out[14])
    np.add(jht_w, jp_w, out=out[15])
    out[16] = jkp
    np.add(out[14] + out[15], out[16], out=out[17])
    new = pd.DataFrame(out.T, columns=list(OUTPUT), copy=False)
    result = pd.concat([df.reset_index(drop=True), new], axis=1)
    result.index = df.index
    return result
