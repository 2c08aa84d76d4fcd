"""JKK cash and care while the worker cannot work: the temporary-incapacity benefit (STMB) and the
reimbursements (transport, care, devices) with their caps.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from jamsos import validate
from jamsos.domain import Segment
from jamsos.errors import InvalidDateError, InvalidInputError
from jamsos.explain import Explanation, Tracer
from jamsos.i18n import N_
from jamsos.jkk.inputs import (
    HUNDRED,
    MAX_AMOUNT,
    MAX_DAYS,
    ROUNDING,
    citations,
    segment_arg,
    segment_note,
    wage_arg,
)
from jamsos.money import MoneyLike, Rate, Rupiah
from jamsos.parameters import ParameterSet, articles, current_law_option, resolve
from jamsos.periods import event_date, shift_months
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Note, Payment

#: Explanation input names (catalog templates: the values in a name become {0}, {1}...).
_INPUT_NAMES: Final = (
    N_("month {0}: {1}/{2} days at {3}%"),
    N_("first day"),
    N_("days"),
    N_("accident date"),
    N_("medical care (no cap)"),
    N_("prosthesis"),
)


@current_law_option
@recorded()
def temporary_incapacity_benefit(
    *,
    wage: MoneyLike,
    first_day: dt.date,
    days: int,
    segment: Segment | str = Segment.WAGE_EARNER,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Award:
    """STMB (*santunan sementara tidak mampu bekerja*): wage replacement while unable to work.

    Which date selects the law: ``first_day``, the first day of incapacity (the accident
    date). The steps in force then apply to the whole spell: PP 82/2019, 100% of the wage
    for months 1-12 then 50% until recovery, disability or death; PP 44/2015, 100% for
    months 1-6, 75% for 7-12 (unconfirmed) then 50%.

    Months of incapacity are calendar months counted from ``first_day`` (the k-th month
    runs from ``first_day`` + k-1 months). A full month pays the monthly amount; a part
    month pays it in proportion to the days covered over the days of that month. One
    payment per month, dated on the last day it covers. For wage earners the employer
    pays first and BPJS reimburses (Pasal 30 ayat (2), 51).

    >>> a = temporary_incapacity_benefit(wage=5_000_000, first_day=dt.date(2024, 1, 1), days=366 + 31)
    >>> len(a.payments), str(a.payments[11][1]), str(a.payments[12][1])
    (13, 'Rp5.000.000', 'Rp2.500.000')
    """
    day = validate.date(event_date(first_day, "first_day", as_of), "first_day")
    w = wage_arg(wage)
    seg = segment_arg(segment)
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_DAYS:
        raise InvalidInputError(
            N_("days must be a whole number of days from 1 to {most}, got {days!r}"), most=MAX_DAYS, days=days
        )
    p = resolve(params)
    t = Tracer(p)
    raw_steps = t.value("jkk.stmb.steps", day)
    uses = t.take()
    steps: list[tuple[int | None, Decimal]] = []
    for row in raw_steps:  # type: ignore[attr-defined]
        steps.append((row.get("months"), Decimal(row["percent"])))
    try:
        last = day + dt.timedelta(days=days - 1)
    except OverflowError:
        raise InvalidDateError(
            N_("{days} days from {day} run past the calendar"), days=days, day=day
        ) from None
    payments: list[Payment] = []
    lines: list[tuple[str, object]] = []
    k = 0
    while True:
        start = shift_months(day, k)
        if start > last:
            break
        end = shift_months(day, k + 1)  # exclusive
        pct = _step_percent(steps, k + 1)
        covered_to = min(end - dt.timedelta(days=1), last)
        covered = (covered_to - start).days + 1
        length = (end - start).days
        amount = (w * (pct / HUNDRED * Decimal(covered) / Decimal(length))).rounded(ROUNDING)
        payments.append((covered_to, amount))
        lines.append((f"month {k + 1}: {covered}/{length} days at {format(pct.normalize(), 'f')}%", amount))
        k += 1
    total = sum((a for _, a in payments), Rupiah.zero())
    cite = citations(uses)
    components = (
        Component(
            "temporary incapacity (STMB)",
            total,
            cite,
            note=f"{days} days from {day.isoformat()}, {len(payments)} monthly payments",
        ),
    )
    notes = [n for n in (segment_note(seg),) if n]
    notes.append(
        Note(
            "jkk.monthly_rounding",
            "each monthly payment is rounded half up to whole rupiah (administrative convention)",
        )
    )

    def explain() -> Explanation:
        return Explanation(
            "JKK temporary incapacity (STMB)",
            "Santunan sementara tidak mampu bekerja (STMB)",
            value=total,
            inputs=(("wage", w), ("first day", day), ("days", days), *lines),
            parameters=uses,
        )

    return Award(
        kind="jkk.stmb",
        components=components,
        payments=tuple(payments),
        notes=tuple(notes),
        details=MappingProxyType(
            {"first_day": day, "last_day": last, "days": days, "segment": seg.code, "wage": w}
        ),
        explainer=explain,
    )


def _step_percent(steps: list[tuple[int | None, Decimal]], month: int) -> Decimal:
    reached = 0
    for months, pct in steps:
        if months is None:
            return pct
        reached += int(months)
        if month <= reached:
            return pct
    return steps[-1][1]


_ITEMS: Final = (
    ("land", "jkk.transport.land", "transport by land, river or lake"),
    ("sea", "jkk.transport.sea", "transport by sea"),
    ("air", "jkk.transport.air", "transport by air"),
    ("home_care", "jkk.home_care", "home care"),
    ("dentures", "jkk.dentures", "dentures"),
    ("hearing_aid", "jkk.hearing_aid", "hearing aid"),
    ("glasses", "jkk.glasses", "glasses"),
)


@current_law_option
@recorded()
def reimbursements(
    *,
    on: dt.date,
    medical: MoneyLike | None = None,
    land: MoneyLike | None = None,
    sea: MoneyLike | None = None,
    air: MoneyLike | None = None,
    home_care: MoneyLike | None = None,
    dentures: MoneyLike | None = None,
    hearing_aid: MoneyLike | None = None,
    glasses: MoneyLike | None = None,
    prosthesis_price: MoneyLike | None = None,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Award:
    """Medical care and the capped reimbursements for an accident on ``on``.

    Which date selects the law: ``on``, the date of the accident. Each amount given is the
    cost claimed; the component pays it up to the cap in force (each transport mode up to
    its own cap). ``prosthesis_price`` is the price at the rehabilitation centre of a
    government general hospital; the benefit is that price plus the mark-up (40%).
    ``medical`` is paid in full: medical care has no cost cap (PP 44/2015 Pasal 25 ayat
    (2) huruf a); it is always listed, at Rp0 when not given.

    >>> a = reimbursements(on=dt.date(2025, 5, 10), land=6_000_000, air=3_000_000,
    ...                    prosthesis_price=10_000_000)
    >>> for c in a.components[1:]:
    ...     print(c.name, c.amount)
    transport by land, river or lake Rp5.000.000
    transport by air Rp3.000.000
    prosthesis Rp14.000.000
    """
    day = event_date(on, "on", as_of)
    p = resolve(params)
    t = Tracer(p)
    given = {
        "land": land,
        "sea": sea,
        "air": air,
        "home_care": home_care,
        "dentures": dentures,
        "hearing_aid": hearing_aid,
        "glasses": glasses,
    }
    med = Rupiah.zero() if medical is None else claim_arg(medical, "medical")
    components = [
        Component(
            "medical care",
            med,
            articles(p, "jkk.articles", "medical_care", day),
            note="covered as medically needed without a cost cap, class I inpatient (Pasal 31); at a "
            "non-partner facility up to the highest partner tariff in the area (Pasal 33)",
        )
    ]
    lines: list[tuple[str, object]] = []
    for key, name, label in _ITEMS:
        raw = given[key]
        if raw is None:
            continue
        claimed = claim_arg(raw, key)
        dv = t.dated(name, day)
        cap: Rupiah = dv.value
        paid = min(claimed, cap)
        components.append(
            Component(
                label,
                paid,
                (dv.cite(),),
                note=f"claimed {claimed}, cap {cap}" + (" (capped)" if claimed > cap else ""),
            )
        )
        lines.append((label, paid))
    if prosthesis_price is not None:
        price = claim_arg(prosthesis_price, "prosthesis_price")
        dv = t.dated("jkk.prosthesis.markup", day)
        markup: Rate = dv.value
        paid = (price + price * markup).rounded(ROUNDING)
        components.append(
            Component(
                "prosthesis",
                paid,
                (dv.cite(),),
                note=f"price {price} plus {markup} (orthoses and prostheses)",
            )
        )
        lines.append(("prosthesis", paid))
    uses = t.take()
    comps = tuple(components)
    total = sum((c.amount for c in comps), Rupiah.zero())

    def explain() -> Explanation:
        return Explanation(
            "JKK medical care and capped reimbursements",
            "Pelayanan kesehatan dan penggantian biaya JKK",
            value=total,
            inputs=(("accident date", day), ("medical care (no cap)", med), *lines),
            parameters=uses,
        )

    return Award(
        kind="jkk.reimbursements",
        components=comps,
        payments=((day, total),),
        notes=(
            Note(
                "jkk.medical_no_cap",
                "medical care is covered without a cost cap; the amount shown is what was claimed",
            ),
        ),
        details=MappingProxyType({"on": day}),
        explainer=explain,
    )


def claim_arg(value: object, what: str) -> Rupiah:
    amount = Rupiah.of(value, what)
    if not Rupiah(0) <= amount < MAX_AMOUNT:
        shown = str(amount) if amount < MAX_AMOUNT else "an amount too large"
        raise InvalidInputError(
            N_("{what} must be from Rp0 to below {most}, got {shown}"),
            what=what,
            most=MAX_AMOUNT,
            shown=shown,
        )
    return amount


def months_arg(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidInputError(
            N_("{what} must be a whole number of months >= 0, got {value!r}"), what=what, value=value
        )
    return value
