"""Exact, vectorized contributions of whole tables of worker-months (jamsos.batch.contributions), equal
row by row to the scalar API.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from jamsos import optional
from jamsos.batch.birth import BAD, EPOCH, NO_BIRTH, birth_tables
from jamsos.batch.rates import (
    INT63,
    RISKS,
    SCALES,
    BpuMonth,
    PuMonth,
    bpu_month,
    flag_code,
    fraction_table,
    pu_month,
    risk_code,
    round_half_up,
    scale_code,
    segment_code,
    wage_int,
)
from jamsos.batch.scalar import amounts_of, contributions_scalar_only, scalar_row
from jamsos.batch.tables import (
    INPUT_COLUMNS,
    OUTPUT_COLUMNS,
    PROGRAM_PARTIES,
    Column,
    Table,
    finish,
    flag_cell,
    kind_of_table,
)
from jamsos.domain import EmployerScale
from jamsos.errors import InvalidInputError, JamsosError, MissingDependencyError
from jamsos.parameters import ParameterSet, resolve


# ---------------------------------------------------------------------------------------
# contributions
# ---------------------------------------------------------------------------------------
def contributions(
    table: Any,
    *,
    errors: str = "raise",
    params: ParameterSet | None = None,
) -> Any:
    """Contributions of every worker-month of a table, exactly as the scalar API.

    Input columns (extra columns are carried through unchanged):

    * ``month`` (required): ``"YYYY-MM"``, a :class:`~jamsos.periods.Month` or a date; the
      contribution month, whose last day selects the law.
    * ``wage`` (required): whole rupiah as integers, strings or Decimals (the declared
      income for BPU). A wage with a fraction of a rupiah is computed by the scalar API.
      Floats are refused (a float column raises :class:`~jamsos.errors.MoneyTypeError`).
    * ``segment``: ``PU`` or ``BPU`` (blank or absent: ``PU``). PMI and Jakon rows are
      errors: use :func:`jamsos.contributions.migrant_worker` / ``construction_project``.
    * PU: ``risk_class`` (1-5, required), ``employer_scale`` (micro/small/medium/large,
      default large), ``birth_date`` (optional; JP stops from the month of the JP pension
      date), ``labour_intensive_relief`` with ``industry`` and ``active_participants``,
      ``programs`` (e.g. ``"jkk,jkm,jht,jp"``), ``jkp_member``: as the keywords of
      :func:`jamsos.contributions.wage_earner`.
    * BPU: ``jht``, ``transport_worker``, ``budget_funded`` (yes/no; default no): as
      :func:`jamsos.contributions.non_wage_earner`.
    * PU and BPU: ``covid_relief_eligible`` (yes/no; blank: not checked): whether the
      conditions of the PP 49/2020 relief are met, as the keyword of the scalar API.
    * ``worker_id``: carried through, and named in errors.

    Output: the input columns plus :data:`OUTPUT_COLUMNS`, int64 rupiah. A wage earner's
    JKK and JKM are ``jkk_employer``/``jkm_employer``, JHT and JP split employer/worker,
    JKP is ``jkp_government``; a BPU member's JKK/JKM/JHT are in the ``*_worker`` columns,
    or ``*_government`` when budget-funded. ``jp_*_deferred``: the PP 49/2020 deferral
    (not in the totals). ``employer + worker + government == total``. Output columns
    already in the input are replaced.

    Errors: with ``errors="raise"`` one :class:`~jamsos.errors.BatchError` lists every bad
    row as ``(index, reason)``, ``index`` being the 0-based row position. With
    ``errors="collect"`` the result is ``(good_rows, errors_table)`` where the errors
    table has :data:`ERROR_COLUMNS`; ``len(good_rows) + len(errors_table)`` is always the
    number of input rows. A table-level problem (no ``wage`` column, a float wage column,
    an unknown table kind) raises a :class:`~jamsos.errors.JamsosError` in both modes.

    >>> out = contributions([{"month": "2020-09", "wage": 5_000_000, "risk_class": 1}])
    >>> out[0]["jkk_employer"], out[0]["jp_employer"], out[0]["jp_employer_deferred"]
    (120, 1000, 99000)
    >>> good, bad = contributions([{"month": "2025-06", "wage": -5}, {"month": "2025-06",
    ...     "wage": 1_000_000, "segment": "BPU"}], errors="collect")
    >>> len(good), bad[0]["index"], bad[0]["reason"]
    (1, 0, 'wage must be more than Rp0, got -Rp5')
    """
    if errors not in ("raise", "collect"):
        raise InvalidInputError(f"errors must be 'raise' or 'collect', got {errors!r}")
    p = resolve(params)
    kind = kind_of_table(table)
    try:
        np = optional.require_numpy()
    except MissingDependencyError:
        if kind != "records":
            raise
        return contributions_scalar_only(table, errors, p)
    t = Table(table, INPUT_COLUMNS, np)
    if "month" not in t.cols and t.n:
        raise InvalidInputError("the table has no 'month' column (the contribution month, 'YYYY-MM')")
    if "wage" not in t.cols and t.n:
        raise InvalidInputError("the table has no 'wage' column (the monthly wage or declared income)")
    out, failures = _compute(np, t, p)
    return finish(np, t, out, failures, errors, OUTPUT_COLUMNS, block=True)


def _compute(np: Any, t: Table, p: ParameterSet) -> tuple[dict[str, Any], dict[int, JamsosError]]:
    n = t.n
    # one (columns × rows) block: each output column is a contiguous row of it, and pandas
    # takes the transposed block as one int64 block without copying
    block = np.zeros((len(OUTPUT_COLUMNS), n), dtype=np.int64)
    out = {name: block[k] for k, name in enumerate(OUTPUT_COLUMNS)}
    slow = np.zeros(n, dtype=bool)
    for i in t.bad_rows:
        slow[i] = True
    if n == 0:
        return out, {}
    months = t.cols["month"]
    if months.ints is not None:
        months = Column(n, codes=np.full(n, -1, dtype=np.intp), uniques=())
        slow[:] = True  # integer months: let the scalar API reject them one by one

    # segments: 0 PU, 1 BPU, 2 anything else (scalar path / error)
    seg_col = t.cols.get("segment")
    if seg_col is None:
        seg = np.zeros(n, dtype=np.int8)
    elif seg_col.ints is not None:
        seg = np.full(n, 2, dtype=np.int8)
    else:
        seg = seg_col.mapped(np, segment_code, np.int8, default=0)

    wage, wage_ok = _wage_vector(np, t.cols["wage"], n)

    # per unique month value: the PU and BPU rules as integer tables
    pu_rules: list[PuMonth | None] = []
    bpu_rules: list[BpuMonth | None] = []
    for u in months.uniques:
        pu_rules.append(pu_month(p, u))
        bpu_rules.append(bpu_month(p, u))
    pu_rules.append(None)  # index -1: missing month
    bpu_rules.append(None)
    mcode = months.codes

    pu = seg == 0
    bpu = seg == 1
    slow |= seg == 2
    for flag in ("labour_intensive_relief", "programs", "jkp_member", "covid_relief_eligible"):
        col = t.cols.get(flag)
        if col is not None:
            if flag == "labour_intensive_relief":
                slow |= _not_false(np, col, n)
            else:
                slow |= _present(np, col, n)

    pu_fast = pu & ~slow & wage_ok & _ok_table(np, pu_rules)[mcode]
    if pu_fast.any():
        _pu_vectorized(np, t, p, pu_rules, mcode, wage, pu_fast, out)
        slow |= pu & ~pu_fast
    else:
        slow |= pu
    bpu_fast = bpu & ~slow & wage_ok & _ok_table(np, bpu_rules)[mcode]
    if bpu_fast.any():
        _bpu_vectorized(np, t, bpu_rules, mcode, wage, bpu_fast, out)
        slow |= bpu & ~bpu_fast
    else:
        slow |= bpu

    failures: dict[int, JamsosError] = {}
    for i in np.flatnonzero(slow).tolist():
        try:
            c = scalar_row(t, i, p)
        except JamsosError as exc:
            failures[i] = exc
            continue
        for name, value in amounts_of(c).items():
            out[name][i] = value
    _totals(out)
    return out, failures


def _totals(out: dict[str, Any]) -> None:
    for party in ("employer", "worker", "government"):
        acc = out[party]
        acc[:] = 0
        for col, _prog, who in PROGRAM_PARTIES:
            if who == party and col != party:
                acc += out[col]
    out["total"][:] = out["employer"] + out["worker"] + out["government"]


def _ok_table(np: Any, rules: Sequence[object]) -> Any:
    return np.array([r is not None for r in rules], dtype=bool)


def _not_false(np: Any, col: Column, n: int) -> Any:
    if col.ints is not None:
        return (col.ints != 0) & ~(col.missing if col.missing is not None else np.zeros(n, dtype=bool))
    return col.mapped(np, lambda u: flag_cell(u) is not False, bool, default=False)


def _present(np: Any, col: Column, n: int) -> Any:
    if col.ints is not None:
        return ~col.missing if col.missing is not None else np.ones(n, dtype=bool)
    return col.codes >= 0


def _wage_vector(np: Any, col: Column, n: int) -> tuple[Any, Any]:
    if col.ints is not None:
        ok = col.ints > 0
        if col.missing is not None:
            ok &= ~col.missing
        return col.ints, ok
    w = col.mapped(np, wage_int, np.int64, default=-1)
    return w, w > 0


def _pu_vectorized(
    np: Any,
    t: Table,
    p: ParameterSet,
    rules: list[PuMonth | None],
    mcode: Any,
    wage: Any,
    fast: Any,
    out: dict[str, Any],
) -> None:
    n = t.n
    keys = [f"jkk{rc.value}" for rc in RISKS] + ["jkm", "jhte", "jhtw", "jpe", "jpw", "jpkeep", "jkp"]
    num, d, biggest = fraction_table(np, rules, keys)
    # int64 safety: wage × numerator + d must stay below 2**62 (else the scalar path)
    limit = (INT63 - d) // max(biggest, d)
    fast &= wage <= limit

    large = SCALES.index(EmployerScale.LARGE)
    rc_col = t.cols.get("risk_class")
    if rc_col is None:
        rc = np.full(n, -1, dtype=np.int8)
    elif rc_col.ints is not None:
        rc = np.where((rc_col.ints >= 1) & (rc_col.ints <= 5), rc_col.ints - 1, -1).astype(np.int8)
        if rc_col.missing is not None:
            rc[rc_col.missing] = -1
    else:
        rc = rc_col.mapped(np, risk_code, np.int8, default=-1)
    sc_col = t.cols.get("employer_scale")
    if sc_col is None:
        sc = np.full(n, large, dtype=np.int8)
    elif sc_col.ints is not None:
        sc = np.full(n, -1, dtype=np.int8)
    else:
        sc = sc_col.mapped(np, scale_code, np.int8, default=large)
    fast &= (rc >= 0) & (sc >= 0)

    # per (month, scale): enrolled programs and JKP membership, flattened to one key
    nm, ns = len(rules), len(SCALES)
    flags = np.zeros((6, nm * ns), dtype=bool)  # jkk, jkm, jht, jp, jkp_ok, jkp_needs_jp
    cap = np.zeros(nm, dtype=np.int64)
    jkp_cap = np.zeros(nm, dtype=np.int64)
    last_day = np.zeros(nm, dtype=np.int64)
    midx = np.zeros(nm, dtype=np.int64)
    for j, r in enumerate(rules):
        if r is None:
            continue
        for k in range(ns):
            flags[:4, j * ns + k] = r.progs[k]
            flags[4, j * ns + k] = r.jkp_ok[k]
            flags[5, j * ns + k] = r.jkp_needs_jp[k]
        cap[j] = r.cap
        jkp_cap[j] = r.jkp_cap
        last_day[j] = r.last_ordinal - EPOCH
        midx[j] = r.month_index

    bd_col = t.cols.get("birth_date")
    births = None
    if bd_col is not None and bd_col.ints is None:
        births = birth_tables(np, p, bd_col.uniques)
    jkk_tab = np.stack([num[f"jkk{rc.value}"] for rc in RISKS], axis=1).ravel()
    tables = (num, d, flags, cap, jkp_cap, last_day, midx, jkk_tab)
    # in chunks of rows, so that intermediates stay small next to the output block
    for a in range(0, n, _CHUNK):
        b = min(n, a + _CHUNK)
        _pu_chunk(np, a, b, t, tables, births, mcode, wage, rc, sc, fast, out)


_CHUNK: Final = 1 << 18


def _pu_chunk(
    np: Any,
    a: int,
    b: int,
    t: Table,
    tables: tuple[Any, ...],
    births: tuple[Any, Any] | None,
    mcode_all: Any,
    wage_all: Any,
    rc_all: Any,
    sc_all: Any,
    fast_all: Any,
    out_all: dict[str, Any],
) -> None:
    """Wage-earner amounts of rows ``a:b`` (the fast ones) into the output block."""
    num, d, flags, cap, jkp_cap, last_day, midx, jkk_tab = tables
    ns = len(SCALES)
    fast = fast_all[a:b]  # views: updates reach the caller
    mcode, sc = mcode_all[a:b], sc_all[a:b]
    out = {k: v[a:b] for k, v in out_all.items()}

    # JP stops from the month of the pension date (PP 45/2015 Pasal 15); rows whose birth
    # date the scalar API would reject go to the scalar path.
    bd_col = t.cols.get("birth_date")
    pension_m = None
    if bd_col is not None:
        has_jp = flags[3][np.where(fast, mcode, 0) * ns + np.where(fast, sc, 0)] & fast
        if births is None:  # an integer birth_date column: the scalar API decides
            missing = bd_col.missing[a:b] if bd_col.missing is not None else np.zeros(b - a, dtype=bool)
            fast &= ~(has_jp & ~missing)
        else:
            b_day, b_pm = births
            codes = bd_col.codes[a:b]
            birth = b_day[codes]
            pension_m = b_pm[codes]
            given = birth != NO_BIRTH
            bad = has_jp & given & ((birth == BAD) | (pension_m == BAD) | (birth > last_day[mcode]))
            fast &= ~bad

    if fast.all():
        sel: Any = slice(None)
    else:
        sel = np.flatnonzero(fast)
        if not len(sel):
            return
    m = mcode[sel]
    w = wage_all[a:b][sel]
    ms = m * ns + sc[sel]
    jkk_on, jkm_on, jht_on, jp_on, jkp_ok, jkp_needs_jp = (f[ms] for f in flags)
    if pension_m is not None:
        pm = pension_m[sel]
        past = jp_on & (pm >= 0) & (midx[m] >= pm)
        jp_on &= ~past
        jkp_ok &= ~(past & jkp_needs_jp)

    # JKK by risk class and JKM (PP 44/2015 Pasal 16, 18; PP 49/2020 discount folded in)
    r = rc_all[a:b][sel].astype(np.int64)
    out["jkk_employer"][sel] = round_half_up(np, w, jkk_tab[m * len(RISKS) + r], d) * jkk_on
    out["jkm_employer"][sel] = round_half_up(np, w, num["jkm"][m], d) * jkm_on
    # JHT (PP 46/2015 Pasal 16), no wage cap
    out["jht_employer"][sel] = round_half_up(np, w, num["jhte"][m], d) * jht_on
    out["jht_worker"][sel] = round_half_up(np, w, num["jhtw"][m], d) * jht_on
    # JP on min(wage, cap) (PP 45/2015 Pasal 28, 29); the PP 49/2020 deferral is taken off
    # the rounded amounts and rounded again, as the scalar path does
    base = np.minimum(w, cap[m])
    full_e = round_half_up(np, base, num["jpe"][m], d) * jp_on
    full_w = round_half_up(np, base, num["jpw"][m], d) * jp_on
    keep = num["jpkeep"][m]
    if (keep == d).all():
        out["jp_employer"][sel] = full_e
        out["jp_worker"][sel] = full_w
    else:
        due_e = round_half_up(np, full_e, keep, d)
        due_w = round_half_up(np, full_w, keep, d)
        out["jp_employer"][sel] = due_e
        out["jp_worker"][sel] = due_w
        out["jp_employer_deferred"][sel] = full_e - due_e
        out["jp_worker_deferred"][sel] = full_w - due_w
    # JKP (PP 37/2021 Pasal 11, as amended): government share on min(wage, JKP cap)
    jbase = np.minimum(w, jkp_cap[m])
    out["jkp_government"][sel] = round_half_up(np, jbase, num["jkp"][m], d) * jkp_ok


def _bpu_vectorized(
    np: Any,
    t: Table,
    rules: list[BpuMonth | None],
    mcode: Any,
    wage: Any,
    fast: Any,
    out: dict[str, Any],
) -> None:
    n = t.n
    num, d, biggest = fraction_table(np, rules, ["jkk0", "jkk1", "jkk2", "jht"])
    limit = (INT63 - d) // max(biggest, d)
    fast &= wage <= limit
    nm = len(rules)
    min_income = np.zeros(nm, dtype=np.int64)
    max_income = np.zeros(nm, dtype=np.int64)
    jkm = np.zeros((nm, 3), dtype=np.int64)
    for j, r in enumerate(rules):
        if r is not None:
            min_income[j] = r.min_income
            max_income[j] = r.max_income
            jkm[j] = r.jkm
    # outside the percentage bracket the income is placed in a nominal band: scalar path
    fast &= (wage >= min_income[mcode]) & (wage < max_income[mcode])
    flags = {}
    for name in ("jht", "transport_worker", "budget_funded"):
        col = t.cols.get(name)
        if col is None:
            flags[name] = np.zeros(n, dtype=np.int8)
        elif col.ints is not None:
            v = np.where(col.ints == 1, 1, np.where(col.ints == 0, 0, -1)).astype(np.int8)
            if col.missing is not None:
                v[col.missing] = 0
            flags[name] = v
        else:
            flags[name] = col.mapped(np, flag_code, np.int8, default=0)
        fast &= flags[name] >= 0
    idx = np.flatnonzero(fast)
    if not len(idx):
        return
    m = mcode[idx]
    w = wage[idx]
    budget = flags["budget_funded"][idx] == 1
    variant = np.where(budget, 0, np.where(flags["transport_worker"][idx] == 1, 2, 1))
    jkk_tab = np.stack([num["jkk0"], num["jkk1"], num["jkk2"]], axis=1)
    jkk = round_half_up(np, w, jkk_tab[m, variant], d)
    jkm_v = jkm[m, variant]
    jht = np.where(flags["jht"][idx] == 1, round_half_up(np, w, num["jht"][m], d), 0)
    for prog, amount in (("jkk", jkk), ("jkm", jkm_v), ("jht", jht)):
        out[f"{prog}_government"][idx] = np.where(budget, amount, 0)
        out[f"{prog}_worker"][idx] = np.where(budget, 0, amount)
