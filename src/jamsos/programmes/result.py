"""The result of :func:`jamsos.programmes.roster`: invoice, totals, burn-down, rejected rows.

Tables are pandas DataFrames with English column names; amounts are int64 whole rupiah.
Every table meant for people masks the NIK unless ``show_nik=True`` (UU 27/2022).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import attrs

from jamsos.errors import InvalidInputError, MoneyTypeError
from jamsos.i18n import N_
from jamsos.money import Rupiah
from jamsos.parameters import LawVersion
from jamsos.periods import Month
from jamsos.programmes.budget import as_month
from jamsos.programmes.findings import Finding
from jamsos.programmes.nik import mask

__all__ = ["PROGRAMS", "Roster", "RosterOptions"]

#: Programs a roster may bill, in invoice order.
PROGRAMS: Final = ("jkk", "jkm", "jht")

_Row = tuple[int, str, str, tuple[Finding, ...]]


def _limit(value: object, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise MoneyTypeError(
            N_("{what} must be a whole number of years, got {value!r}"), what=what, value=value
        )
    if not 0 <= value <= 150:
        raise InvalidInputError(
            N_("{what} must be between 0 and 150 years, got {value}"), what=what, value=value
        )
    return value


@attrs.frozen
class RosterOptions:
    """The programme's settings: period, payer, programs, age limits, budget."""

    first_month: Month
    last_month: Month
    budget_funded: bool = True
    jht: bool = False
    transport_worker: bool = False
    min_age: int | None = None
    max_age: int | None = None
    budget: Rupiah | None = None

    @classmethod
    def make(cls, **kw: Any) -> RosterOptions:
        """Check and convert the keywords of :func:`~jamsos.programmes.roster`."""
        first = as_month(kw["first_month"], "first_month")
        last = as_month(kw["last_month"], "last_month")
        if last < first:
            from jamsos.errors import InvalidDateError

            raise InvalidDateError(
                N_("last_month {last} is before first_month {first}"),
                field="last_month",
                last=last,
                first=first,
            )
        for flag in ("budget_funded", "jht", "transport_worker"):
            if not isinstance(kw[flag], bool):
                raise InvalidInputError(
                    N_("{what} must be True or False, got {value!r}"), what=flag, value=kw[flag]
                )
        lo, hi = _limit(kw["min_age"], "min_age"), _limit(kw["max_age"], "max_age")
        if lo is not None and hi is not None and hi < lo:
            raise InvalidInputError(N_("max_age {hi} is below min_age {lo}"), hi=hi, lo=lo)
        budget = None if kw["budget"] is None else Rupiah.of(kw["budget"], "budget")
        if budget is not None and budget < 0:
            raise InvalidInputError(N_("budget cannot be negative, got {budget}"), budget=budget)
        from jamsos.contributions import FIRST_MONTH

        if first < FIRST_MONTH:
            from jamsos.errors import NotCoveredError

            raise NotCoveredError(
                N_("first_month {first} is before {start}, the first month covered"),
                first=first,
                start=FIRST_MONTH,
            )
        return cls(first, last, kw["budget_funded"], kw["jht"], kw["transport_worker"], lo, hi, budget)

    @property
    def programs(self) -> tuple[str, ...]:
        """Programs billed: JKK and JKM, and JHT when chosen."""
        return PROGRAMS if self.jht else PROGRAMS[:2]


@attrs.frozen(eq=False)
class Roster:
    """A validated roster and its invoice.

    ``workers``: the accepted rows (``row`` is the 1-based row of the input table).
    ``rejected`` and ``noted``: ``(row, nik, name, findings)`` tuples.
    ``rows_read == workers_accepted + len(rejected)``: no row is lost.

    Two rosters are equal when their values are: the options (the inputs), the rows read,
    the accepted workers and the invoice (the tables compared cell by cell, dtypes
    included), the rejected and noted rows, and the law-data version that computed them.
    The hash uses the hashable parts and the invoice total, so equal rosters hash alike.
    """

    options: RosterOptions
    rows_read: int
    workers: Any = attrs.field(repr=False)
    wide: Any = attrs.field(repr=False)  # worker × month: worker, month, income, jkk, jkm, jht, total
    rejected: tuple[_Row, ...] = ()
    noted: tuple[_Row, ...] = ()
    #: Which law data computed the invoice (:func:`jamsos.parameters.law_version`).
    law_version: LawVersion | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Roster):
            return NotImplemented
        return (
            self.options == other.options
            and self.rows_read == other.rows_read
            and self.rejected == other.rejected
            and self.noted == other.noted
            and self.law_version == other.law_version
            and _same_table(self.workers, other.workers)
            and _same_table(self.wide, other.wide)
        )

    def __hash__(self) -> int:
        return hash((self.options, self.rows_read, self.rejected, self.noted, self.law_version, self.total))

    # -- headline figures ------------------------------------------------------------
    @property
    def workers_accepted(self) -> int:
        """Rows accepted (one worker each)."""
        return len(self.workers)

    @property
    def worker_months(self) -> int:
        """Worker-months billed."""
        return len(self.wide)

    @property
    def total(self) -> int:
        """The whole invoice, whole rupiah."""
        return int(self.wide["total"].sum())

    @property
    def budget(self) -> Rupiah | None:
        """The allocated budget, if one was given."""
        return self.options.budget

    def summary(self) -> dict[str, object]:
        """Headline figures (JSON-ready)."""
        burn = self.burn_down() if self.budget is not None else None
        runs_out = None
        left = None
        if burn is not None:
            short = burn[burn["left"] < 0]
            runs_out = None if short.empty else str(short["month"].iloc[0])
            left = int(self.budget.amount) - self.total if self.budget is not None else None
        return {
            "first_month": str(self.options.first_month),
            "last_month": str(self.options.last_month),
            "rows_read": self.rows_read,
            "workers": self.workers_accepted,
            "rejected": len(self.rejected),
            "noted": len(self.noted),
            "worker_months": self.worker_months,
            "villages": int(self.workers.groupby(["district", "village"]).ngroups)
            if len(self.workers)
            else 0,
            "districts": int(self.workers["district"].nunique()),
            "total": self.total,
            "programs": {p: int(self.wide[p].sum()) for p in self.options.programs},
            "budget": None if self.budget is None else self.budget.to_json(),
            "left": left,
            "runs_out": runs_out,
            "budget_funded": self.options.budget_funded,
        }

    # -- tables ----------------------------------------------------------------------
    def _joined(self, *, show_nik: bool) -> Any:
        """Worker columns repeated for every worker-month (categoricals built from codes)."""
        pd = _pd()
        w = self.workers
        idx = self.wide["worker"].to_numpy()

        def repeat(values: Any) -> Any:
            codes, uniques = pd.factorize(values)
            return pd.Categorical.from_codes(codes[idx], categories=uniques)

        nik = w["nik"] if show_nik else w["nik"].map(mask)
        return pd.DataFrame(
            {
                "row": w["row"].to_numpy()[idx],
                "nik": repeat(nik.to_numpy()),
                "name": repeat(w["name"].to_numpy()),
                "village": repeat(w["village"].to_numpy()),
                "district": repeat(w["district"].to_numpy()),
                "month": self.wide["month"].array,
            }
        )

    def invoice(self, *, show_nik: bool = False) -> Any:
        """The monthly invoice in long form: worker × month × program, int64 rupiah.

        Columns: ``row``, ``nik`` (masked unless ``show_nik``), ``name``, ``village``,
        ``district``, ``month``, ``program``, ``income`` (the income the amount is computed
        on) and ``amount``.
        """
        pd = _pd()
        import numpy as np

        progs = self.options.programs
        k = len(progs)
        base = self._joined(show_nik=show_nik)
        take = np.repeat(np.arange(len(base)), k)
        out = base.iloc[take].reset_index(drop=True)
        out["program"] = pd.Categorical.from_codes(
            np.tile(np.arange(k, dtype=np.int8), len(base)), categories=[p.upper() for p in progs]
        )
        out["income"] = np.repeat(self.wide["income"].to_numpy(), k)
        out["amount"] = np.column_stack([self.wide[p].to_numpy() for p in progs]).ravel()
        return out[["row", "nik", "name", "village", "district", "month", "program", "income", "amount"]]

    def worker_by_month(self, *, show_nik: bool = False) -> Any:
        """One row per worker, one column per month (the worker's total that month)."""
        pd = _pd()
        grid = self.wide.pivot_table(
            index="worker", columns="month", values="total", aggfunc="sum", observed=False
        )
        grid = grid.fillna(0).astype("int64")
        w = self.workers
        head = pd.DataFrame(
            {
                "row": w["row"],
                "nik": w["nik"] if show_nik else w["nik"].map(mask),
                "name": w["name"],
                "village": w["village"],
                "district": w["district"],
            }
        )
        grid = grid.reindex(range(len(w)), fill_value=0)
        grid.columns = [str(c) for c in grid.columns]
        out = pd.concat([head.reset_index(drop=True), grid.reset_index(drop=True)], axis=1)
        out["total"] = grid.sum(axis=1).to_numpy()
        return out

    def by_month(self) -> Any:
        """Per month: workers billed, each program and the total."""
        cols = [*self.options.programs, "total"]
        g = self.wide.groupby("month", observed=False)
        out = g[cols].sum()
        out.insert(0, "workers", g.size())
        out = out.reset_index()
        out["month"] = out["month"].astype(str)
        return out.astype(dict.fromkeys(["workers", *cols], "int64"))

    def _by(self, keys: Sequence[str]) -> Any:
        joined = self._joined(show_nik=False)
        joined["total"] = self.wide["total"].to_numpy()
        g = joined.groupby(list(keys), observed=True)
        out = g["total"].sum().to_frame()
        out.insert(0, "worker_months", g.size())
        counts = self.workers.groupby(list(keys)).size().rename("workers")
        out = out.join(counts, how="outer").fillna(0)
        out = out.reset_index()[[*keys, "workers", "worker_months", "total"]]
        return out.astype({"workers": "int64", "worker_months": "int64", "total": "int64"})

    def by_village(self) -> Any:
        """Per village (within its district): workers covered, worker-months, total."""
        return self._by(["district", "village"])

    def by_district(self) -> Any:
        """Per district: workers covered, worker-months, total."""
        return self._by(["district"])

    def burn_down(self, budget: object = None) -> Any:
        """The budget month by month: spent that month, spent so far, left after it.

        ``left`` is negative from the month the budget runs out.
        """
        amount = Rupiah.of(budget, "budget") if budget is not None else self.budget
        if amount is None:
            raise InvalidInputError(N_("no budget: pass budget= to roster() or to burn_down()"))
        if not amount.is_whole:
            raise InvalidInputError(N_("the budget must be whole rupiah, got {amount}"), amount=amount)
        m = self.by_month()[["month", "total"]].rename(columns={"total": "spent"})
        m["spent_to_date"] = m["spent"].cumsum().astype("int64")
        m["left"] = (int(amount) - m["spent_to_date"]).astype("int64")
        return m

    def rejected_rows(self, lang: str | None = None, *, show_nik: bool = False) -> Any:
        """Rejected rows: row, nik (masked unless ``show_nik``), name, codes, reason."""
        return self._findings(self.rejected, lang, show_nik, "reason")

    def notes(self, lang: str | None = None, *, show_nik: bool = False) -> Any:
        """Rows kept with a note (income placed in the lowest band...)."""
        return self._findings(self.noted, lang, show_nik, "note")

    def _findings(self, rows: Sequence[_Row], lang: str | None, show_nik: bool, what: str) -> Any:
        pd = _pd()
        return pd.DataFrame(
            {
                "row": pd.array([r[0] for r in rows], dtype="int64"),
                "nik": [r[1] if show_nik else mask(r[1]) for r in rows],
                "name": [r[2] for r in rows],
                "code": [",".join(f.code for f in r[3]) for r in rows],
                what: ["; ".join(f.message(lang) for f in r[3]) for r in rows],
            }
        )


def _same_table(a: Any, b: Any) -> bool:
    # DataFrame.equals: same shape, same column names and dtypes, same cells (NaN == NaN).
    return bool(a is b or (list(a.columns) == list(b.columns) and a.equals(b)))


def _pd() -> Any:
    import pandas as pd

    return pd
