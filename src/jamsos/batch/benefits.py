"""Benefits in bulk: JP pension dates, JKP cash benefits, JKM and JKK death benefits for whole tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, overload

from jamsos import optional
from jamsos.batch.outcome import Failures, finish, report
from jamsos.batch.scalar import RecordsOnly
from jamsos.batch.tables import MISSING, PENSION_COLUMNS, Table, kind_of_table
from jamsos.errors import InvalidInputError, JamsosError, MissingDependencyError, UnknownValueError
from jamsos.i18n import N_
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month, as_date
from jamsos.progress import Progress, reporter

if TYPE_CHECKING:
    import pandas as pd  # overloads per input type (issue 12)


# ---------------------------------------------------------------------------------------
# benefits in bulk: JP pension dates
# ---------------------------------------------------------------------------------------
@current_law_option
def pension(
    table: Any,
    *,
    errors: str = "raise",
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
    assume_current_law: bool = False,
) -> Any:
    """JP pension date, the pension age then reached, and the last registration month.

    For a table with a ``birth_date`` column (dates or ``YYYY-MM-DD``), each distinct
    birth date computed once with :func:`jamsos.jp.pension_date` and
    :func:`jamsos.jp.last_registration_month` (PP 45/2015 Pasal 15; the pension age in
    force on the pension date). Adds :data:`PENSION_COLUMNS`: ``pension_age`` (int),
    ``pension_date`` (date) and ``last_registration_month`` (``"YYYY-MM"``). ``errors``
    as in :func:`contributions`. ``progress``: a callback ``progress(done, total)`` or
    ``"tqdm"`` (:mod:`jamsos.progress`), updated as rows are done.

    >>> row = pension([{"worker_id": 1, "birth_date": "1965-07-16"}])[0]
    >>> row["pension_age"], row["pension_date"], row["last_registration_month"]
    (58, datetime.date(2023, 7, 16), '2023-06')
    """
    from jamsos import jp

    if errors not in ("raise", "collect"):
        raise UnknownValueError(
            N_("errors must be 'raise' or 'collect', got {errors!r}"), field="errors", errors=errors
        )
    p = resolve(params)
    kind = kind_of_table(table)
    try:
        np: Any = optional.require_numpy()
    except MissingDependencyError:
        if kind != "records":
            raise
        np = RecordsOnly()
    t = Table(table, ("worker_id", "birth_date"), np)
    if "birth_date" not in t.cols and t.n:
        raise InvalidInputError(N_("the table has no 'birth_date' column"))
    col = t.cols.get("birth_date")
    cache: dict[int, tuple[int, dt.date, str] | JamsosError] = {}
    ages: list[int] = []
    dates: list[dt.date | None] = []
    months: list[str] = []
    failures = Failures(errors)
    tick = reporter(progress, t.n)
    for i in range(t.n):
        tick(i)  # the rows before this one are done
        key = -2 if col is None or col.ints is not None else int(col.codes[i])
        hit = None if i in t.bad_rows else cache.get(key)
        if hit is None:
            try:
                if i in t.bad_rows:
                    raise InvalidInputError(
                        N_("row is a {kind}, not a mapping of column names to values"), kind=t.bad_rows[i]
                    )
                raw = t.value("birth_date", i)
                if raw is MISSING:
                    raise InvalidInputError(N_("birth_date is missing; write YYYY-MM-DD"))
                birth = as_date(raw, "birth_date")
                when = jp.pension_date(birth, params=p)
                hit = (
                    jp.pension_age(when, params=p),
                    when,
                    str(jp.last_registration_month(birth, params=p)),
                )
            except JamsosError as exc:
                hit = exc
            if i not in t.bad_rows:
                cache[key] = hit
        if isinstance(hit, JamsosError):
            failures[i] = hit
            ages.append(0)
            dates.append(None)
            months.append("")
            continue
        ages.append(hit[0])
        dates.append(hit[1])
        months.append(hit[2])
    tick.close()
    if isinstance(np, RecordsOnly):
        rows = [
            {**src, "pension_age": a, "pension_date": d, "last_registration_month": m}
            for i, (src, a, d, m) in enumerate(zip(t.source, ages, dates, months, strict=True))
            if i not in failures
        ]
        return report(t, rows, failures, errors)
    out = {
        "pension_age": np.array(ages, dtype=np.int64),
        "pension_date": np.array(dates, dtype=object),
        "last_registration_month": np.array(months, dtype=object),
    }
    return finish(np, t, out, failures, errors, PENSION_COLUMNS)


def _jkp_cash(get: Callable[[str], object], p: ParameterSet) -> Any:
    from jamsos import jkp

    claim = get("claim_on")
    return jkp.cash_benefit(
        wage=get("wage"),  # type: ignore[arg-type]
        terminated_on=as_date(get("terminated_on"), "terminated_on"),
        claim_on=None if claim is MISSING else as_date(claim, "claim_on"),
        params=p,
    )


def _jkm_death(get: Callable[[str], object], p: ParameterSet) -> Any:
    from jamsos import jkm

    months = get("contribution_months")
    if months is not MISSING and not isinstance(months, int):
        months = int(str(months)) if str(months).strip().isdigit() else months
    return jkm.death_benefit(
        died_on=as_date(get("died_on"), "died_on"),
        contribution_months=None if months is MISSING else months,  # type: ignore[arg-type]
        params=p,
    )


def _jkk_death(get: Callable[[str], object], p: ParameterSet) -> Any:
    from jamsos import jkk

    # A table cell may be anything; the scalar function refuses what is not money.
    return jkk.death_benefit(wage=get("wage"), on=as_date(get("on"), "on"), params=p)  # type: ignore[arg-type]


#: Bulk benefits: kind → (input columns (the first ones required), scalar function).
BENEFIT_KINDS: Final[
    Mapping[str, tuple[tuple[str, ...], Callable[[Callable[[str], object], ParameterSet], Any]]]
] = {
    "jkp_cash": (("wage", "terminated_on", "claim_on"), _jkp_cash),
    "jkm_death": (("died_on", "contribution_months"), _jkm_death),
    "jkk_death": (("wage", "on"), _jkk_death),
}

#: Columns :func:`benefits` adds: the award's total (int64 rupiah), its number of payments and
#: the date or month of the first payment.
BENEFIT_COLUMNS: Final = ("benefit_total", "benefit_payments", "benefit_first_payment")


@overload
def benefits(
    table: pd.DataFrame,
    *,
    kind: str,
    errors: Literal["raise"] = "raise",
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> pd.DataFrame: ...
@overload
def benefits(
    table: pd.DataFrame,
    *,
    kind: str,
    errors: Literal["collect"],
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]: ...
@overload
def benefits(
    table: Iterable[Mapping[str, object]],
    *,
    kind: str,
    errors: Literal["raise"] = "raise",
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> list[dict[str, Any]]: ...
@overload
def benefits(
    table: Iterable[Mapping[str, object]],
    *,
    kind: str,
    errors: Literal["collect"],
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]: ...
@overload
def benefits(
    table: Any,
    *,
    kind: str,
    errors: str = "raise",
    params: ParameterSet | None = None,
    progress: Progress | str | bool | None = None,
) -> Any: ...
@current_law_option
def benefits(
    table: Any,
    *,
    kind: str,
    errors: str = "raise",
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
    progress: Progress | str | bool | None = None,
) -> Any:
    """Fixed-formula benefits for many people at once, through the scalar API row by row.

    ``kind`` is ``"jkp_cash"`` (columns ``wage``, ``terminated_on``, optional ``claim_on``:
    :func:`jamsos.jkp.cash_benefit`), ``"jkm_death"`` (``died_on``, optional
    ``contribution_months``: :func:`jamsos.jkm.death_benefit`) or ``"jkk_death"`` (``wage``,
    ``on``: :func:`jamsos.jkk.death_benefit`). Adds :data:`BENEFIT_COLUMNS`; the law is chosen
    by each row's event date, exactly as the scalar function does. ``errors`` as in
    :func:`contributions`. ``progress``: a callback ``progress(done, total)`` or ``"tqdm"``
    for a bar (:mod:`jamsos.progress`); rows are computed one by one, so a million rows take
    minutes.

    >>> rows = benefits([{"worker_id": 1, "died_on": "2025-05-10"}], kind="jkm_death")
    >>> rows[0]["benefit_total"], rows[0]["benefit_payments"]
    (42000000, 1)
    """
    if errors not in ("raise", "collect"):
        raise UnknownValueError(
            N_("errors must be 'raise' or 'collect', got {errors!r}"), field="errors", errors=errors
        )
    if not isinstance(kind, str) or kind not in BENEFIT_KINDS:  # a list is not hashable
        raise UnknownValueError(
            N_("unknown benefit kind {kind!r}; accepted: {kinds}"),
            field="kind",
            kind=kind,
            kinds=", ".join(BENEFIT_KINDS),
        )
    names, compute = BENEFIT_KINDS[kind]
    p = resolve(params)
    table_kind = kind_of_table(table)
    try:
        np: Any = optional.require_numpy()
    except MissingDependencyError:
        if table_kind != "records":
            raise
        np = RecordsOnly()
    t = Table(table, ("worker_id", *names), np)
    totals: list[int] = []
    counts: list[int] = []
    firsts: list[object] = []
    failures = Failures(errors)
    tick = reporter(progress, t.n)
    for i in range(t.n):
        tick(i)
        try:
            if i in t.bad_rows:
                raise InvalidInputError(
                    N_("row is a {kind}, not a mapping of column names to values"), kind=t.bad_rows[i]
                )

            def get(name: str, i: int = i) -> object:
                return t.value(name, i) if name in t.cols else MISSING

            award = compute(get, p)
            totals.append(int(award.total.rounded()))
            counts.append(len(award.payments))
            first = award.payments[0][0] if award.payments else None
            firsts.append(str(first) if isinstance(first, Month) else first)
        except JamsosError as exc:
            failures[i] = exc
            totals.append(0)
            counts.append(0)
            firsts.append(None)
    tick.close()
    if isinstance(np, RecordsOnly):
        rows = [
            {**src, "benefit_total": a, "benefit_payments": c, "benefit_first_payment": f}
            for i, (src, a, c, f) in enumerate(zip(t.source, totals, counts, firsts, strict=True))
            if i not in failures
        ]
        return report(t, rows, failures, errors)
    out = {
        "benefit_total": np.array(totals, dtype=np.int64),
        "benefit_payments": np.array(counts, dtype=np.int64),
        "benefit_first_payment": np.array(firsts, dtype=object),
    }
    return finish(np, t, out, failures, errors, BENEFIT_COLUMNS)
