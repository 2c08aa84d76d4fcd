"""The scalar path of jamsos.batch: rows the vectorized path does not cover are computed by
jamsos.contributions itself, row by row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jamsos import contributions as _c
from jamsos.batch.outcome import Failures, report
from jamsos.batch.tables import (
    INPUT_COLUMNS,
    MISSING,
    PROGRAM_PARTIES,
    Table,
    amount_cell,
    code_cell,
    count_cell,
    flag_cell,
)
from jamsos.contributions import rules as contribution_rules
from jamsos.domain import EmployerScale, Program, Segment
from jamsos.errors import InvalidInputError, JamsosError
from jamsos.i18n import N_
from jamsos.parameters import ParameterSet, resolve
from jamsos.results import Contributions


# ---------------------------------------------------------------------------------------
# the scalar path, row by row
# ---------------------------------------------------------------------------------------
def required_cell(t: Table, name: str, i: int, what: str) -> object:
    v = t.value(name, i)
    if v is MISSING:
        raise InvalidInputError(N_("{name} is missing; {what}"), name=name, what=what)
    return v


def optional_cell(v: object, *, default: object) -> Any:
    return default if v is MISSING else v


def scalar_row(t: Table, i: int, p: ParameterSet) -> Contributions:
    """Row ``i`` through :mod:`jamsos.contributions`, with its table values normalized."""
    if i in t.bad_rows:
        raise InvalidInputError(
            N_("row is a {kind}, not a mapping of column names to values"), kind=t.bad_rows[i]
        )
    month = required_cell(t, "month", i, "give the contribution month as YYYY-MM")
    wage = amount_cell(
        required_cell(t, "wage", i, "give the monthly wage (PU) or declared income (BPU) in whole rupiah")
    )
    segment = Segment.parse(optional_cell(t.value("segment", i), default="PU"))
    if segment is Segment.WAGE_EARNER:
        if t.value("risk_class", i) is MISSING:
            contribution_rules.positive_amount(wage, "wage")  # report problems in the scalar API's order
            contribution_rules.contribution_month(month)
        rc = code_cell(required_cell(t, "risk_class", i, "a wage earner (PU) row needs a JKK risk class 1-5"))
        programs = t.value("programs", i)
        if isinstance(programs, str):
            programs = tuple(x for x in programs.replace(";", ",").split(",") if x.strip())
        active = count_cell(t.value("active_participants", i))
        industry = t.value("industry", i)
        return _c.wage_earner(
            wage,  # type: ignore[arg-type]
            month,  # type: ignore[arg-type]
            risk_class=rc,  # type: ignore[arg-type]
            employer_scale=optional_cell(t.value("employer_scale", i), default=EmployerScale.LARGE),
            birth_date=optional_cell(t.value("birth_date", i), default=None),
            programs=optional_cell(programs, default=None),
            labour_intensive_relief=optional_cell(
                flag_cell(t.value("labour_intensive_relief", i)), default=False
            ),
            industry=optional_cell(industry, default=None),
            active_participants=optional_cell(active, default=None),
            jkp_member=optional_cell(flag_cell(t.value("jkp_member", i)), default=None),
            covid_relief_eligible=optional_cell(flag_cell(t.value("covid_relief_eligible", i)), default=None),
            params=p,
        )
    if segment is Segment.NON_WAGE_EARNER:
        return _c.non_wage_earner(
            wage,  # type: ignore[arg-type]
            month,  # type: ignore[arg-type]
            jht=optional_cell(flag_cell(t.value("jht", i)), default=False),
            transport_worker=optional_cell(flag_cell(t.value("transport_worker", i)), default=False),
            budget_funded=optional_cell(flag_cell(t.value("budget_funded", i)), default=False),
            covid_relief_eligible=optional_cell(flag_cell(t.value("covid_relief_eligible", i)), default=None),
            params=p,
        )
    raise InvalidInputError(
        N_(
            "segment {segment} is not computed by batch.contributions (PU and BPU only); use "
            "jamsos.contributions.migrant_worker or construction_project"
        ),
        segment=segment.code,
    )


def amounts_of(c: Contributions) -> dict[str, int]:
    """The output columns of one scalar result, as ints."""
    row: dict[str, int] = {}
    for col, prog, party in PROGRAM_PARTIES:
        row[col] = int(getattr(c[prog], party))
    jp_def = c.deferred.get(Program.JP)
    row["jp_employer_deferred"] = int(jp_def.employer) if jp_def else 0
    row["jp_worker_deferred"] = int(jp_def.worker) if jp_def else 0
    row["employer"] = int(c.employer)
    row["worker"] = int(c.worker)
    row["government"] = int(c.government)
    row["total"] = int(c.total)
    return row


def row_amounts(row: Mapping[str, object], *, params: ParameterSet | None = None) -> dict[str, int]:
    """The output columns for one row, computed by the scalar API (the reference).

    >>> row_amounts({"month": "2025-06", "wage": 8_000_000, "risk_class": 1})["total"]
    750200
    """
    t = Table([row], INPUT_COLUMNS, RecordsOnly())
    return amounts_of(scalar_row(t, 0, resolve(params)))


class RecordsOnly:
    """Stand-in for numpy so a list of rows can be encoded without it (scalar path)."""

    intp = int

    @staticmethod
    def empty(n: int, dtype: object = None) -> list[int]:
        return [0] * n


def contributions_scalar_only(table: Any, errors: str, p: ParameterSet) -> Any:
    t = Table(table, INPUT_COLUMNS, RecordsOnly())
    rows: list[dict[str, object]] = []
    failures = Failures(errors)
    for i, src in enumerate(t.source):
        try:
            amounts = amounts_of(scalar_row(t, i, p))
        except JamsosError as exc:
            failures[i] = exc
            continue
        rows.append({**src, **amounts})
    return report(t, rows, failures, errors)
