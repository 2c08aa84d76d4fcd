"""Programme budgets both ways: workers → cost, and budget → workers covered.

A regency or province pays the BPJS Ketenagakerjaan contributions of vulnerable informal
workers (*pekerja rentan*, non-wage earners or BPU, *bukan penerima upah*) from its budget
(APBD, *Anggaran Pendapatan dan Belanja Daerah*). The officer asks two questions: what
does covering N workers cost (:func:`cost`, the same figure as
:func:`jamsos.contributions.programme_budget`), and how many workers does a budget cover
(:func:`workers_covered`).

Which date selects the law: each **contribution month** on its own (its last day), as in
:func:`jamsos.contributions.non_wage_earner`; a period spanning several years applies each
year's law to its months. The PP 50/2025 discount applies only in its windows and never to
budget-funded contributions (PP 50/2025 Pasal 3 ayat (5)).

Rounding: one worker's contribution for a month is the scalar API's amount (per program,
half up to whole rupiah); the number of workers is rounded **down** (a budget covers a
worker only for the whole period); the money left over is exact.

>>> r = workers_covered(200_000_000, income=1_000_000, first_month="2025-01",
...                     last_month="2025-12")
>>> r.workers, str(r.per_worker), str(r.cost), str(r.leftover)
(992, 'Rp201.600', 'Rp199.987.200', 'Rp12.800')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from jamsos import contributions, validate
from jamsos.domain import Program
from jamsos.errors import ExplanationMissingError, InvalidDateError, InvalidInputError, MoneyTypeError
from jamsos.explain import Explanation
from jamsos.frozen import FrozenMap
from jamsos.i18n import N_, format_month, type_name
from jamsos.money import Money, Rupiah, total
from jamsos.parameters import LawVersion, ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.programmes.bands import lowest_income
from jamsos.programmes.text import tr
from jamsos.results import RESULT_SCHEMA, Note, version_from_json, version_json

__all__ = ["MonthCost", "ProgrammeCost", "as_month", "check_result", "cost", "month_costs", "workers_covered"]

_RP0: Final = Rupiah.zero()

#: How each figure is rounded (shown with the result).
ROUNDING: Final = MappingProxyType(
    {
        "per_worker": N_(
            "each month's contribution per worker is rounded per program to whole rupiah, half up "
            "(as jamsos.contributions.non_wage_earner)"
        ),
        "workers": N_("rounded down: a budget covers a worker only for the whole period"),
        "leftover": N_("exact: the budget minus the cost"),
    }
)


def _frozen_programs(value: Mapping[Program, Rupiah]) -> Mapping[Program, Rupiah]:
    return FrozenMap(dict(value))


def _notes(value: tuple[str, ...]) -> tuple[Note, ...]:
    return tuple(Note.coerce(n) for n in value)


@attrs.frozen
class MonthCost:
    """One worker's contributions for one contribution month.

    ``income`` is the declared income the amounts are computed on; ``programs`` the amount
    per program; ``per_worker`` their sum; ``notes`` the scalar API's notes (discounts).
    """

    month: Month
    income: Rupiah
    programs: Mapping[Program, Rupiah] = attrs.field(converter=_frozen_programs)
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_notes)

    @property
    def per_worker(self) -> Rupiah:
        """All programs together, for one worker."""
        return total(self.programs.values())


def _flag(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(N_("{what} must be True or False, got {value!r}"), what=what, value=value)
    return value


def as_month(value: object, what: str = "month") -> Month:
    """A :class:`Month` from a ``Month``, a ``"YYYY-MM"`` string or a date."""
    if isinstance(value, Month):
        return value
    if isinstance(value, dt.datetime):
        raise InvalidDateError(
            N_("{what} must be a month (YYYY-MM) or a date, not a date and time: {value!r}"),
            what=what,
            value=value,
        )
    if isinstance(value, str | dt.date):
        # the one accepted range of contribution months, as every program (jamsos.validate)
        return validate.month(value, what)
    raise InvalidDateError(
        N_("{what} must be a Month or 'YYYY-MM', got {kind} {value!r}"),
        what=what,
        kind=type_name(value),
        value=value,
    )


def _months(first_month: object, last_month: object) -> tuple[Month, Month]:
    first = as_month(first_month, "first_month")
    last = as_month(last_month, "last_month")
    if last < first:
        raise InvalidDateError(
            N_("last_month {last} is before first_month {first}"),
            field="last_month",
            last=last,
            first=first,
        )
    return first, last


@current_law_option
def month_costs(
    *,
    income: Money | None,
    first_month: Month | str,
    last_month: Month | str,
    jht: bool = False,
    budget_funded: bool = True,
    transport_worker: bool = False,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> tuple[MonthCost, ...]:
    """One worker's contributions for every month of the period, under each month's law.

    ``income=None``: the lowest income band in force in each month
    (:func:`jamsos.programmes.bands.lowest_income`).
    """
    first, last = _months(first_month, last_month)
    jht = _flag(jht, "jht")
    budget_funded = _flag(budget_funded, "budget_funded")
    transport_worker = _flag(transport_worker, "transport_worker")
    p = resolve(params)
    fixed = None if income is None else Rupiah.of(income, "income")
    out = []
    for m in Month.range(first, last):
        basis = fixed if fixed is not None else lowest_income(m, params=p)
        c = contributions.non_wage_earner(
            basis, m, jht=jht, transport_worker=transport_worker, budget_funded=budget_funded, params=p
        )
        out.append(MonthCost(m, basis, {prog: c[prog].total for prog in c.programs}, c.notes))
    return tuple(out)


@attrs.frozen
class ProgrammeCost:
    """What covering ``workers`` BPU workers for a period costs, and what a budget leaves.

    ``budget`` is ``None`` when the question was "what do N workers cost" (:func:`cost`).
    ``months`` holds one worker's cost month by month (:class:`MonthCost`).
    """

    workers: int
    first_month: Month
    last_month: Month
    months: tuple[MonthCost, ...]
    budget: Rupiah | None = None
    income: Rupiah | None = None
    jht: bool = False
    budget_funded: bool = True
    transport_worker: bool = False
    law_version: LawVersion | None = None
    kind: str = "programmes.cost"
    _explained: bool = attrs.field(default=True, eq=False, alias="explained")

    @property
    def per_worker(self) -> Rupiah:
        """One worker's contributions for the whole period."""
        return total(m.per_worker for m in self.months)

    @property
    def per_worker_per_month(self) -> tuple[tuple[Month, Rupiah], ...]:
        """One worker's contributions in each month."""
        return tuple((m.month, m.per_worker) for m in self.months)

    @property
    def cost(self) -> Rupiah:
        """The cost of the period for every worker covered."""
        return self.per_worker * self.workers

    @property
    def total(self) -> Rupiah:
        """Same as :attr:`cost` (the name results use for their sum)."""
        return self.cost

    @property
    def leftover(self) -> Rupiah | None:
        """Budget minus cost (``None`` without a budget)."""
        return None if self.budget is None else self.budget - self.cost

    @property
    def short_of_next_worker(self) -> Rupiah | None:
        """What the budget lacks to cover one more worker (``None`` without a budget)."""
        left = self.leftover
        return None if left is None else self.per_worker - left

    @property
    def payments(self) -> tuple[tuple[Month, Rupiah], ...]:
        """The programme's bill for each month (every worker covered)."""
        return tuple((m.month, m.per_worker * self.workers) for m in self.months)

    @property
    def notes(self) -> tuple[Note, ...]:
        """Notes of the months (discounts applied or refused), each once."""
        return _unique_notes(self.months)

    @property
    def rounding(self) -> Mapping[str, str]:
        """How each figure is rounded (English; translate with the message catalog)."""
        return ROUNDING

    @property
    def inputs(self) -> dict[str, object]:
        """The arguments of the call that computed this result."""
        out: dict[str, object] = {
            "workers": self.workers,
            "income": self.income,
            "first_month": self.first_month,
            "last_month": self.last_month,
            "jht": self.jht,
            "budget_funded": self.budget_funded,
            "transport_worker": self.transport_worker,
        }
        if self.budget is not None:
            out = {"budget": self.budget, **{k: v for k, v in out.items() if k != "workers"}}
        return out

    def to_dict(self, *, explanation: bool = True) -> dict[str, Any]:
        """The JSON form (``jamsos.schema("result")``, type ``programme_cost``)."""
        from jamsos.jsonform import encode_value, money_json

        def money(value: Rupiah | None) -> str | None:
            return None if value is None else money_json(value)

        return {
            "schema": RESULT_SCHEMA,
            "type": "programme_cost",
            "kind": self.kind,
            "law_version": version_json(self.law_version),
            "inputs": encode_value(self.inputs),
            "workers": self.workers,
            "first_month": str(self.first_month),
            "last_month": str(self.last_month),
            "budget": money(self.budget),
            "income": money(self.income),
            "jht": self.jht,
            "budget_funded": self.budget_funded,
            "transport_worker": self.transport_worker,
            "cost": money_json(self.cost),
            "leftover": money(self.leftover),
            "per_worker": money_json(self.per_worker),
            "months": [
                {
                    "month": str(m.month),
                    "income": money_json(m.income),
                    "programs": {p.code: money_json(a) for p, a in m.programs.items()},
                    "per_worker": money_json(m.per_worker),
                    "total": money_json(m.per_worker * self.workers),
                    "notes": [n.to_dict() for n in m.notes],
                }
                for m in self.months
            ],
            "rounding": dict(self.rounding),
            "notes": [n.to_dict() for n in _unique_notes(self.months)],
            "explanation": self.explain().to_dict() if explanation and self._explained else None,
        }

    def to_json(self, *, explanation: bool = True, indent: int | None = None) -> str:
        """JSON text; ``jamsos.from_json(text) == self``."""
        from jamsos.jsonform import dumps

        return dumps(self.to_dict(explanation=explanation), indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProgrammeCost:
        """Inverse of :meth:`to_dict`."""
        from jamsos.jsonform import money_from_json

        check_result(data, "programme_cost")

        def money(value: object) -> Rupiah | None:
            return None if value is None else money_from_json(value)

        months = tuple(
            MonthCost(
                Month.parse(m["month"]),
                money_from_json(m["income"]),
                {Program.parse(code): money_from_json(a) for code, a in m["programs"].items()},
                tuple(Note.from_dict(n) for n in m["notes"]),
            )
            for m in data["months"]
        )
        return cls(
            workers=int(data["workers"]),
            first_month=Month.parse(data["first_month"]),
            last_month=Month.parse(data["last_month"]),
            months=months,
            budget=money(data["budget"]),
            income=money(data["income"]),
            jht=bool(data["jht"]),
            budget_funded=bool(data["budget_funded"]),
            transport_worker=bool(data["transport_worker"]),
            law_version=version_from_json(data["law_version"]),
            kind=str(data["kind"]),
            explained=data["explanation"] is not None,
        )

    def table(self, lang: str = "id") -> str:
        """The headline figures, one per line."""
        rows = []
        if self.budget is not None:
            rows.append((tr(N_("Budget"), lang), str(self.budget)))
        rows += [
            (tr(N_("Workers covered"), lang), _count(self.workers, lang)),
            (
                tr(N_("Period"), lang),
                tr(
                    N_("{first} to {last} ({n} months)"),
                    lang,
                    first=format_month(self.first_month, lang),
                    last=format_month(self.last_month, lang),
                    n=len(self.months),
                ),
            ),
            (tr(N_("Cost per worker for the period"), lang), str(self.per_worker)),
        ]
        amounts = sorted({m.per_worker for m in self.months})
        if len(amounts) == 1:
            rows.append((tr(N_("Cost per worker per month"), lang), str(amounts[0])))
        else:
            rows.append(
                (
                    tr(N_("Cost per worker per month"), lang),
                    tr(N_("{low} to {high} (see the months)"), lang, low=amounts[0], high=amounts[-1]),
                )
            )
        rows.append((tr(N_("Cost"), lang), str(self.cost)))
        if self.leftover is not None:
            rows.append((tr(N_("Left over"), lang), str(self.leftover)))
            rows.append((tr(N_("Short of one more worker"), lang), str(self.short_of_next_worker)))
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)

    def explain(self) -> Explanation:
        """Month by month: one worker's cost, times the workers covered."""
        if not self._explained:
            raise ExplanationMissingError(
                N_(
                    "this result was serialised without its explanation; call to_json() with "
                    "explanation=True (the default) to keep it"
                )
            )
        children = tuple(
            Explanation(
                f"{m.month}: {self.workers} × {m.per_worker} (income {m.income})",
                f"{m.month}: {self.workers} × {m.per_worker} (penghasilan {m.income})",
                m.per_worker * self.workers,
                note="; ".join(m.notes) or None,
                note_id="; ".join(n.text_id if isinstance(n, Note) else n for n in m.notes) or None,
            )
            for m in self.months
        )
        inputs: list[tuple[str, object]] = [
            ("workers", self.workers),
            ("first_month", str(self.first_month)),
            ("last_month", str(self.last_month)),
            ("income", self.income if self.income is not None else "lowest band"),
            ("jht", self.jht),
            ("budget_funded", self.budget_funded),
        ]
        if self.budget is not None:
            inputs.insert(0, ("budget", self.budget))
        return Explanation(
            "Programme cost: BPU contributions for every worker covered, month by month",
            "Biaya program: iuran BPU untuk setiap pekerja yang dilindungi, per bulan",
            self.cost,
            tuple(inputs),
            (),
            children,
            note=tr(ROUNDING["workers"], "en") if self.budget is not None else None,
            note_id=tr(ROUNDING["workers"], "id") if self.budget is not None else None,
        )


def _unique_notes(months: tuple[MonthCost, ...]) -> tuple[Note, ...]:
    return tuple(dict.fromkeys(n for m in months for n in m.notes))


def check_result(data: Mapping[str, Any], type_name: str) -> None:
    """Refuse JSON data that is not a result of ``type_name`` in this schema version."""
    from jamsos.errors import UnknownValueError

    if data.get("schema") != RESULT_SCHEMA or data.get("type") != type_name:
        raise UnknownValueError(
            N_("expected a {expected} result of schema {schema}"),
            field="type",
            expected=type_name,
            schema=RESULT_SCHEMA,
        )


def _count(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", ".") if lang == "id" else f"{n:,}"


@current_law_option
def cost(
    *,
    workers: int,
    income: Money | None = None,
    first_month: Month | str,
    last_month: Month | str,
    jht: bool = False,
    budget_funded: bool = True,
    transport_worker: bool = False,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> ProgrammeCost:
    """What covering ``workers`` BPU workers costs over a period (workers → cost).

    With ``budget_funded=True`` and a fixed ``income`` the cost equals
    :func:`jamsos.contributions.programme_budget`'s total. ``income=None``: the lowest
    income band in force in each month.

    >>> str(cost(workers=950, income=1_000_000, first_month="2025-01", last_month="2025-12").cost)
    'Rp191.520.000'
    """
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise MoneyTypeError(N_("workers must be a whole number, got {workers!r}"), workers=workers)
    if workers < 0:
        raise InvalidInputError(N_("workers cannot be negative, got {workers}"), workers=workers)
    months = month_costs(
        income=income,
        first_month=first_month,
        last_month=last_month,
        jht=jht,
        budget_funded=budget_funded,
        transport_worker=transport_worker,
        params=params,
    )
    return ProgrammeCost(
        law_version=resolve(params).law_version,
        workers=workers,
        first_month=months[0].month,
        last_month=months[-1].month,
        months=months,
        income=None if income is None else Rupiah.of(income, "income"),
        jht=jht,
        budget_funded=budget_funded,
        transport_worker=transport_worker,
    )


@current_law_option
def workers_covered(
    budget: Money,
    *,
    income: Money | None = None,
    first_month: Month | str,
    last_month: Month | str,
    jht: bool = False,
    budget_funded: bool = True,
    transport_worker: bool = False,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> ProgrammeCost:
    """The most workers a budget covers for the whole period (budget → workers).

    Returns a :class:`ProgrammeCost`: ``workers`` (rounded down), ``cost``,
    ``leftover``, ``per_worker`` (the period), ``per_worker_per_month`` and the monthly
    ``payments``. ``income=None``: the lowest income band in force in each month.
    ``budget_funded=False`` (another payer, e.g. a company's CSR fund) lets the PP 50/2025
    discount apply in its window.

    >>> r = workers_covered(500_000_000, first_month="2026-01", last_month="2026-12")
    >>> r.workers, str(r.leftover)
    (2480, 'Rp32.000')
    >>> d = workers_covered(500_000_000, first_month="2026-01", last_month="2026-12",
    ...                     budget_funded=False)
    >>> d.workers, str(d.per_worker)
    (3968, 'Rp126.000')
    """
    amount = Rupiah.of(budget, "budget")
    if amount < 0:
        raise InvalidInputError(N_("budget cannot be negative, got {amount}"), amount=amount)
    base = cost(
        workers=0,
        income=income,
        first_month=first_month,
        last_month=last_month,
        jht=jht,
        budget_funded=budget_funded,
        transport_worker=transport_worker,
        params=params,
    )
    per_worker = base.per_worker.amount
    workers = int(amount.amount // per_worker)
    return attrs.evolve(base, workers=workers, budget=amount, kind="programmes.workers_covered")
