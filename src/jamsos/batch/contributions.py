"""Exact, vectorized contributions of whole tables of worker-months (jamsos.batch.contributions), equal
row by row to the scalar API.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, overload

from jamsos import optional
from jamsos.batch.outcome import Failures, finish
from jamsos.batch.rates import (
    MAX_WAGE,
    SCALES,
    BpuStack,
    PuStack,
    bpu_table_or_none,
    flag_code,
    pu_table_or_none,
    risk_code,
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
    flag_cell,
    kind_of_table,
)
from jamsos.contributions import kernel
from jamsos.contributions.kernel import BpuTable, PuTable
from jamsos.domain import EmployerScale, Program
from jamsos.errors import InvalidInputError, JamsosError, MissingDependencyError, UnknownValueError
from jamsos.i18n import N_, type_name
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import as_date
from jamsos.progress import Progress, Reporter, reporter

if TYPE_CHECKING:
    # Overloads per input type (issue 12): pandas in → pandas out, records → list of dicts,
    # pyarrow and Dask tables → the same kind of table (typed Any: no stubs).
    import pandas as pd


# ---------------------------------------------------------------------------------------
# contributions
# ---------------------------------------------------------------------------------------
@overload
def contributions(
    table: pd.DataFrame,
    *,
    columns: Sequence[str] | None = None,
    errors: Literal["raise"] = "raise",
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> pd.DataFrame: ...
@overload
def contributions(
    table: pd.DataFrame,
    *,
    columns: Sequence[str] | None = None,
    errors: Literal["collect"],
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]: ...
@overload
def contributions(
    table: Iterable[Mapping[str, object]],
    *,
    columns: Sequence[str] | None = None,
    errors: Literal["raise"] = "raise",
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> list[dict[str, Any]]: ...
@overload
def contributions(
    table: Iterable[Mapping[str, object]],
    *,
    columns: Sequence[str] | None = None,
    errors: Literal["collect"],
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]: ...
@overload
def contributions(
    table: Any,
    *,
    columns: Sequence[str] | None = None,
    errors: str = "raise",
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> Any: ...
@current_law_option
def contributions(
    table: Any,
    *,
    columns: Sequence[str] | None = None,
    errors: str = "raise",
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
    assume_current_law: bool = False,
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

    ``columns``: the columns of the result, in order, chosen among :data:`OUTPUT_COLUMNS`
    and the input's own columns (``["worker_id", "month", "total"]``); ``None`` (the
    default) keeps every input column and adds every output column. Ask only for what
    you ship: on Dask or Spark, select (or aggregate) inside the partition (``docs/scale.md``).

    Errors: with ``errors="raise"`` one :class:`~jamsos.errors.BatchError` lists the first bad
    rows (:data:`RAISE_KEEPS`) as ``(index, reason)``, ``index`` being the 0-based row
    position, and counts them all (``rejected``): memory stays flat. With
    ``errors="collect"`` the result is ``(good_rows, errors_table)`` where the errors
    table has :data:`ERROR_COLUMNS`; ``len(good_rows) + len(errors_table)`` is always the
    number of input rows. A table-level problem (no ``wage`` column, a float wage column,
    an unknown table kind) raises a :class:`~jamsos.errors.JamsosError` in both modes.

    ``progress``: a callback ``progress(done, total)`` or ``"tqdm"`` for a bar
    (:mod:`jamsos.progress`), updated after each vectorized chunk of rows and while the
    rows the scalar API computes one by one are done (at most about 100 calls).

    >>> out = contributions([{"month": "2020-09", "wage": 5_000_000, "risk_class": 1}])
    >>> out[0]["jkk_employer"], out[0]["jp_employer"], out[0]["jp_employer_deferred"]
    (120, 1000, 99000)
    >>> good, bad = contributions([{"month": "2025-06", "wage": -5}, {"month": "2025-06",
    ...     "wage": 1_000_000, "segment": "BPU"}], errors="collect")
    >>> len(good), bad[0]["index"], bad[0]["reason"]
    (1, 0, 'wage must be more than Rp0, got -Rp5')
    """
    if errors not in ("raise", "collect"):
        raise UnknownValueError(
            N_("errors must be 'raise' or 'collect', got {errors!r}"), field="errors", errors=errors
        )
    wanted = _wanted(columns)
    p = resolve(params)
    kind = kind_of_table(table)
    try:
        np = optional.require_numpy()
    except MissingDependencyError:
        if kind != "records":
            raise
        return _select(contributions_scalar_only(table, errors, p), wanted, kind, errors)
    t = Table(table, INPUT_COLUMNS, np)
    if "month" not in t.cols and t.n:
        raise InvalidInputError(N_("the table has no 'month' column (the contribution month, 'YYYY-MM')"))
    if "wage" not in t.cols and t.n:
        raise InvalidInputError(N_("the table has no 'wage' column (the monthly wage or declared income)"))
    if wanted is not None:
        _check_wanted(t, wanted)
    tick = reporter(progress, t.n)
    out, failures = _compute(np, t, p, errors, tick)
    tick.close()
    if wanted is None:
        return finish(np, t, out, failures, errors, OUTPUT_COLUMNS, block=True)
    # carry through only the asked input columns, add only the asked output columns
    inputs = [c for c in wanted if c not in OUTPUT_COLUMNS]
    if t.kind == "pandas":
        t.source = t.source[inputs]
    elif t.kind == "arrow":
        t.source = t.source.select(inputs)
    added = tuple(c for c in wanted if c in OUTPUT_COLUMNS)
    return _select(finish(np, t, out, failures, errors, added), wanted, t.kind, errors)


def _wanted(columns: object) -> tuple[str, ...] | None:
    if columns is None:
        return None
    if isinstance(columns, str) or not isinstance(columns, Iterable):
        raise InvalidInputError(
            N_("columns must be a list of column names, got {kind} {columns!r}"),
            kind=type_name(columns),
            columns=columns,
        )
    names = tuple(columns)
    bad = [c for c in names if not isinstance(c, str)]
    if bad or not names:
        raise InvalidInputError(
            N_("columns must be a non-empty list of column names, got {columns!r}"), columns=columns
        )
    twice = sorted({c for c in names if names.count(c) > 1})
    if twice:
        raise InvalidInputError(N_("columns= names {twice} more than once"), twice=twice)
    return names


def _check_wanted(t: Table, wanted: tuple[str, ...]) -> None:
    if t.kind == "pandas":
        own: set[object] = set(t.source.columns)
    elif t.kind == "arrow":
        own = set(t.source.column_names)
    else:
        own = {k for row in t.source if isinstance(row, Mapping) for k in row}
    unknown = [c for c in wanted if c not in OUTPUT_COLUMNS and c not in own]
    if unknown:
        raise InvalidInputError(
            N_(
                "unknown column(s) {unknown} in columns=; accepted: the output columns "
                "({outputs}) and the table's own columns"
            ),
            unknown=unknown,
            outputs=", ".join(OUTPUT_COLUMNS),
        )


def _select(result: Any, wanted: tuple[str, ...] | None, kind: str, errors: str) -> Any:
    """Only the asked columns, in order (the errors table of ``errors="collect"`` unchanged)."""
    if wanted is None:
        return result
    good, bad = result if errors == "collect" else (result, None)
    if kind == "pandas":
        good = good[list(wanted)]
    elif kind == "arrow":
        good = good.select(list(wanted))
    else:
        good = [{c: row.get(c) for c in wanted} for row in good]
    return (good, bad) if errors == "collect" else good


def _compute(
    np: Any, t: Table, p: ParameterSet, errors: str, tick: Reporter
) -> tuple[dict[str, Any], Failures]:
    n = t.n
    done = 0

    def advance(rows: int) -> None:
        nonlocal done
        done += rows
        tick(done)

    # one (columns × rows) block: each output column is a contiguous row of it, and pandas
    # takes the transposed block as one int64 block without copying
    block = np.zeros((len(OUTPUT_COLUMNS), n), dtype=np.int64)
    out = {name: block[k] for k, name in enumerate(OUTPUT_COLUMNS)}
    slow = np.zeros(n, dtype=bool)
    for i in t.bad_rows:
        slow[i] = True
    if n == 0:
        return out, Failures(errors)
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

    # per unique month value: the kernel's tables (None: the scalar path judges the month)
    pu_rules: list[PuTable | None] = [pu_table_or_none(p, u) for u in months.uniques]
    bpu_rules: list[BpuTable | None] = [bpu_table_or_none(p, u) for u in months.uniques]
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
        _pu_vectorized(np, t, p, pu_rules, mcode, wage, pu_fast, out, advance)
        slow |= pu & ~pu_fast
    else:
        slow |= pu
    bpu_fast = bpu & ~slow & wage_ok & _ok_table(np, bpu_rules)[mcode]
    if bpu_fast.any():
        _bpu_vectorized(np, t, bpu_rules, mcode, wage, bpu_fast, out)
        slow |= bpu & ~bpu_fast
        advance(int(np.count_nonzero(bpu_fast)))
    else:
        slow |= bpu

    failures = Failures(errors)
    for i in np.flatnonzero(slow).tolist():
        advance(1)  # rows the scalar API computes one by one: the long part of a run
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
        ok = (col.ints > 0) & (col.ints <= MAX_WAGE)  # larger ones: the scalar API refuses them
        if col.missing is not None:
            ok &= ~col.missing
        return col.ints, ok
    w = col.mapped(np, wage_int, np.int64, default=-1)
    return w, w > 0


def _pu_vectorized(
    np: Any,
    t: Table,
    p: ParameterSet,
    tables: list[PuTable | None],
    mcode: Any,
    wage: Any,
    fast: Any,
    out: dict[str, Any],
    advance: Callable[[int], None],
) -> None:
    """Wage-earner amounts of the fast rows: the kernel on int64 arrays, rows keyed into the
    kernel's own rows of each month (:class:`~jamsos.batch.rates.PuStack`)."""
    n = t.n
    stack = PuStack(np, tables)
    if not stack.whole_caps:  # a what-if cap with a fraction of a rupiah: the scalar path
        fast[:] = False
        return
    fast &= wage <= stack.limit  # int64 safety: else the scalar path, in Python ints

    large = SCALES.index(EmployerScale.LARGE)
    rc_col = t.cols.get("risk_class")
    if rc_col is None:
        rc = np.full(n, -1, dtype=np.int64)
    elif rc_col.ints is not None:
        rc = np.where((rc_col.ints >= 1) & (rc_col.ints <= 5), rc_col.ints - 1, -1)
        if rc_col.missing is not None:
            rc[rc_col.missing] = -1
    else:
        rc = rc_col.mapped(np, risk_code, np.int64, default=-1)
    sc_col = t.cols.get("employer_scale")
    if sc_col is None:
        sc = np.full(n, large, dtype=np.int64)
    elif sc_col.ints is not None:
        sc = np.full(n, -1, dtype=np.int64)
    else:
        sc = sc_col.mapped(np, scale_code, np.int64, default=large)
    fast &= (rc >= 0) & (sc >= 0)
    past = _past_pension(np, t, p, tables, mcode, sc, fast)

    for a in range(0, n, _CHUNK):  # chunks keep the intermediates small next to the output
        b = min(n, a + _CHUNK)
        part = fast[a:b]
        sel: Any = slice(a, b) if part.all() else np.flatnonzero(part) + a
        if not isinstance(sel, slice) and not len(sel):
            continue
        key = stack.key(mcode[sel], sc[sel], rc[sel], past[sel])
        amounts = kernel.pu_kernel(stack.rows(np, key), wage[sel], 1, np.minimum)
        for column, value in zip(_PU_OUTPUT, amounts, strict=False):
            out[column][sel] = value
        advance(b - a if isinstance(sel, slice) else len(sel))


_CHUNK: Final = 1 << 18
#: Output columns of :func:`kernel.pu_kernel`'s first amounts, in its order.
_PU_OUTPUT: Final = (
    "jkk_employer",
    "jkm_employer",
    "jht_employer",
    "jht_worker",
    "jp_employer",
    "jp_worker",
    "jp_employer_deferred",
    "jp_worker_deferred",
    "jkp_government",
)
_BAD: Final = -(2**40)  # a birth date (or its pension date) the scalar path must judge


def _past_pension(
    np: Any, t: Table, p: ParameterSet, tables: list[PuTable | None], mcode: Any, sc: Any, fast: Any
) -> Any:
    """1 where JP has stopped: from the month of the JP pension date (PP 45/2015 Pasal 15).

    The pension month of each distinct birth date comes from :func:`kernel.pension_month`
    (``jp.pension_date``, cached). Rows whose birth date the scalar API would reject (not a
    date, after the contribution month, a pension date outside the data) leave ``fast``.
    """
    n = t.n
    bd_col = t.cols.get("birth_date")
    if bd_col is None:
        return np.zeros(n, dtype=np.int64)
    nm = len(tables)
    has_jp = np.zeros(nm * len(SCALES), dtype=bool)
    last_day = np.zeros(nm, dtype=np.int64)
    midx = np.zeros(nm, dtype=np.int64)
    for j, table in enumerate(tables):
        if table is None:
            continue
        for s, scale in enumerate(SCALES):
            has_jp[j * len(SCALES) + s] = Program.JP in table.mandatory[scale]
        last_day[j] = table.on.toordinal()
        midx[j] = table.month.index
    jp_rows = has_jp[np.where(fast, mcode * len(SCALES) + sc, 0)] & fast
    if bd_col.ints is not None:  # an integer birth_date column: the scalar API decides
        missing = bd_col.missing if bd_col.missing is not None else np.zeros(n, dtype=bool)
        fast &= ~(jp_rows & ~missing)
        return np.zeros(n, dtype=np.int64)
    days, months = [], []
    for u in bd_col.uniques:
        try:
            birth = as_date(u, "birth_date")
            months.append(kernel.pension_month(p, birth))
            days.append(birth.toordinal())
        except JamsosError:
            days.append(_BAD)
            months.append(_BAD)
    day_of = np.array([*days, 0], dtype=np.int64)  # index -1: no birth date
    pm_of = np.array([*months, 2**40], dtype=np.int64)
    codes = bd_col.codes
    given = codes >= 0
    birth = day_of[codes]
    pm = pm_of[codes]
    bad = jp_rows & given & ((pm == _BAD) | (birth > last_day[mcode]))
    fast &= ~bad
    return (jp_rows & given & (midx[mcode] >= pm)).astype(np.int64)


def _bpu_vectorized(
    np: Any,
    t: Table,
    tables: list[BpuTable | None],
    mcode: Any,
    wage: Any,
    fast: Any,
    out: dict[str, Any],
) -> None:
    """BPU amounts of the fast rows: the kernel on int64 arrays, by variant and income band."""
    n = t.n
    stack = BpuStack(np, tables)
    fast &= wage <= stack.limit
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
    variant = np.where(
        budget,
        kernel.BPU_BUDGET,
        np.where(flags["transport_worker"][idx] == 1, kernel.BPU_TRANSPORT, kernel.BPU_OTHER),
    )
    jht = flags["jht"][idx].astype(np.int64)
    key = stack.key(m, variant, jht, stack.band_of(np, m, w))
    jkk, jkm, jht_amount = kernel.bpu_kernel(stack.rows(np, key), w, 1)
    for prog, amount in (("jkk", jkk), ("jkm", jkm), ("jht", jht_amount)):
        out[f"{prog}_government"][idx] = np.where(budget, amount, 0)
        out[f"{prog}_worker"][idx] = np.where(budget, 0, amount)
