"""Argument checks and shared pieces of the JKK benefits: the input bounds, wages and segments, the
citation list of a result and the one-amount award.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from jamsos import validate
from jamsos.domain import Segment
from jamsos.errors import InvalidInputError, NotCoveredError
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_
from jamsos.money import Rate, Rounding, Rupiah, to_decimal
from jamsos.parameters import ParameterSet
from jamsos.periods import Month
from jamsos.placement import Phase, phase_for
from jamsos.results import Award, Component, Note, Payment

HUNDRED: Final = Decimal(100)

ROUNDING: Final = Rounding.HALF_UP

MAX_DAYS: Final = 36_600  # input sanity bound (100 years), not a legal number

MAX_AMOUNT: Final = Rupiah(10**15)  # input sanity bound, keeps exact arithmetic in range


def percent_arg(value: object, what: str) -> Decimal:
    d = value.as_percent if isinstance(value, Rate) else to_decimal(value, what)
    if not Decimal(0) <= d <= HUNDRED:
        raise InvalidInputError(
            N_("{what} must be a percentage within 0..100, got {value!r}"), what=what, value=value
        )
    return d


def citations(uses: Iterable[ParamUse]) -> tuple[str, ...]:
    """Distinct citations, in order of first use."""
    return tuple(dict.fromkeys(u.cite for u in uses))


def wage_arg(value: object) -> Rupiah:
    if value is None:
        raise InvalidInputError(N_("wage is required: the last monthly wage (BPU: the declared income)"))
    return validate.money(value, "wage", maximum=MAX_AMOUNT)


def segment_arg(value: object) -> Segment:
    seg = Segment.parse(value)
    if seg is Segment.MIGRANT_WORKER:
        raise NotCoveredError(
            N_(
                "this JKK benefit of migrant workers (PMI) follows the Lampiran of Permenaker "
                "4/2023, which is not in jamsos's law data; for PMI jamsos has the JKK death "
                "benefit (death_benefit(segment='PMI', phase=...)) and the failed-departure "
                "benefit (failed_departure)"
            )
        )
    return seg


def phase_arg(seg: Segment, phase: object) -> Phase | None:
    """The placement phase: required for a migrant worker (PMI), refused for anyone else."""
    return phase_for(
        seg is Segment.MIGRANT_WORKER,
        phase,
        segment=seg.code,
        missing=N_(
            "a migrant worker's (PMI) JKK depends on the placement phase: pass "
            "phase='before', 'during' or 'after' (sebelum, selama, setelah bekerja)"
        ),
    )


def payment_note(day: dt.date, p: ParameterSet) -> str:
    """When BPJS pays, from the law data (PP 44/2015 Pasal 37 ayat (2))."""
    dv = p.value("jkk.payment.working_days", day)
    return Note.of(
        "jkk.payment_deadline",
        N_(
            "paid within {days} working days of a complete claim ({basis}); payments are dated on "
            "the event date"
        ),
        days=dv.integer(),
        basis=dv.cite(),
    )


def segment_note(seg: Segment) -> str | None:
    if seg is Segment.NON_WAGE_EARNER:
        return Note("jkk.bpu_wage_is_income", "BPU: the wage is the declared monthly income")
    if seg is Segment.CONSTRUCTION:
        return Note(
            "jkk.construction_wage",
            "construction worker: the wage is the worker's wage (daily wage x 25, PP 44/2015 Pasal 19)",
        )
    return None


def cash_award(
    kind: str,
    components: list[Component],
    day: dt.date,
    extra: Award | None,
    notes: list[str],
    details: dict[str, object],
    explain_steps: list[Explanation],
    title: tuple[str, str],
    inputs: tuple[tuple[str, object], ...],
    params: ParameterSet,
) -> Award:
    cash = sum((c.amount for c in components), Rupiah.zero())
    by_date: dict[dt.date | Month, Rupiah] = {day: cash}
    if extra is not None:
        for c in extra.components:
            components.append(c)
        for when, amount in extra.payments:
            by_date[when] = by_date.get(when, Rupiah.zero()) + amount
        notes.extend(extra.notes)
    comps = tuple(components)
    total = sum((c.amount for c in comps), Rupiah.zero())
    payments: tuple[Payment, ...] = tuple(sorted(by_date.items(), key=_when))
    notes.append(payment_note(day, params))

    def explain() -> Explanation:
        steps = list(explain_steps)
        if extra is not None:
            steps.append(extra.explain())
        return Explanation(title[0], title[1], value=total, inputs=inputs, children=tuple(steps))

    return Award(
        kind=kind,
        components=comps,
        payments=payments,
        notes=tuple(notes),
        details=MappingProxyType(details),
        explainer=explain,
    )


def _when(item: tuple[dt.date | Month, Rupiah]) -> dt.date:
    when = item[0]
    return when if isinstance(when, dt.date) else when.first_day
