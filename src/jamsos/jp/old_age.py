"""The JP old-age pension, MPHT (PP 45/2015 Pasal 15, 16, 19): eligibility, deferral and the monthly
amount.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import final

import attrs

from jamsos.domain import ContributionHistory
from jamsos.errors import (
    InvalidDateError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_
from jamsos.jp.age import pension_date
from jamsos.jp.formula import Clamp, Formula, clamp, payment_schedule, pension_formula
from jamsos.jp.history import HistorySummary, summarize_checked
from jamsos.jp.inputs import PAY_ROUNDING, count_arg, date_arg, history_arg, opt_date, rates_arg
from jamsos.jp.lump_sum import lump_award, lump_sum_balance
from jamsos.money import Rate, Rupiah
from jamsos.parameters import ParameterSet, articles, current_law_option, resolve
from jamsos.periods import Month, anniversary
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Note


# --------------------------------------------------------------------------------------
# Old-age benefit (MPHT or lump sum)
# --------------------------------------------------------------------------------------
@final
@attrs.frozen(eq=False)
class Pension:
    """A monthly pension computed from the formula: first month, exact amount, pieces."""

    start: Month
    formula: Formula
    share: Rate | None
    clamp: Clamp

    @property
    def exact(self) -> Decimal:
        return self.clamp.after.amount

    @property
    def monthly(self) -> Rupiah:
        return self.clamp.after.rounded(PAY_ROUNDING)


def pension_from(
    summary: HistorySummary, start: Month, p: ParameterSet, *, deemed: bool, share: Rate | None = None
) -> Pension:
    months_used = p.integer("jp.benefit.deemed_months", start.first_day) if deemed else summary.masa_iur
    f = pension_formula(summary, start, p, months_used=months_used, deemed=deemed)
    amount = f.exact
    if share is None:
        return Pension(start, f, None, clamp(amount, start, p))
    if bool(p.value("jp.benefit.limits_after_share", start.first_day).value):
        return Pension(start, f, share, clamp(amount * share, start, p))
    c = clamp(amount, start, p)
    return Pension(start, f, share, attrs.evolve(c, after=c.after * share))


def _timing_step(birth: dt.date, pdate: dt.date, p: ParameterSet) -> Explanation:
    return Explanation(
        "Pension age reached (Pasal 15)",
        "Usia pensiun tercapai (Pasal 15)",
        pdate,
        inputs=(("birth date", birth),),
        parameters=(ParamUse.of("jp.pension_age", p.value("jp.pension_age", pdate)),),
    )


def _start_after_deferral(
    pdate: dt.date, retire_on: dt.date | None, p: ParameterSet
) -> tuple[Month, tuple[str, ...], ParamUse | None]:
    start = Month.of(pdate) + 1
    if retire_on is None or retire_on <= pdate:
        if retire_on is not None and retire_on < pdate:
            raise InvalidDateError(
                N_(
                    "retire_on {retire_on} is before the pension date {pdate}; deferral (PP "
                    "45/2015 Pasal 15 ayat (4)) is only for work continued after pension age"
                ),
                retire_on=retire_on,
                pdate=pdate,
            )
        return start, (), None
    dv = p.value("jp.benefit.deferral_max_years", pdate)
    latest = anniversary(pdate, int(dv.value))
    notes: tuple[str, ...] = ()
    stop = retire_on
    if retire_on > latest:
        stop = latest
        notes = (
            f"deferral capped at {dv.value} years after pension age ({latest.isoformat()}, "
            "PP 45/2015 Pasal 15 ayat (4))",
        )
    return Month.of(stop) + 1, notes, ParamUse.of("jp.benefit.deferral_max_years", dv)


@current_law_option
@recorded()
def old_age_benefit(
    history: ContributionHistory,
    *,
    birth_date: dt.date,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
    retire_on: dt.date | None = None,
    claim_on: dt.date | None = None,
    development_rates: Mapping[int, Rate | str | int | Decimal] | None = None,
    schedule_months: int = 12,
) -> Award:
    """The old-age benefit at pension age: a monthly pension (MPHT) or a lump sum.

    With a masa iur of at least 180 months (PP 45/2015 Pasal 19 ayat (1)) the pension is the
    Pasal 17 formula, clamped to the Pasal 18 limits of its first month, which is the month
    after pension age (Pasal 19 ayat (3)). ``retire_on`` defers it while the member keeps
    working, to the month after stopping work, at most 3 years after pension age (Pasal 15
    ayat (4)). ``payments`` lists ``schedule_months`` monthly payments with the yearly
    indexation (Pasal 17 ayat (4)), as far as BPS inflation is published. Below 180 months
    the member receives the accumulated contributions plus development as a lump sum on the
    1st of the month after pension age (Pasal 24); ``.monthly`` is then ``None``.

    Which date selects the law: the pension date (age, 180 months) and the first day of the
    right (limits, revaluation end year). The history must end before the pension month,
    when membership ends. ``claim_on`` (if given) must not be before the pension date.

    >>> h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2023, 6))
    >>> a = old_age_benefit(h, birth_date=dt.date(1965, 7, 16))
    >>> a.kind, a.monthly, a.payments[0][0], str(a.component("accumulated contributions").amount)
    ('jp.old_age.lump_sum', None, datetime.date(2023, 8, 1), 'Rp13.500.000')
    """
    p = resolve(params)
    h = history_arg(history)
    birth = date_arg(birth_date, "birth_date")
    pdate = pension_date(birth, params=p)
    claim = opt_date(claim_on, "claim_on")
    if claim is not None and claim < pdate:
        raise InvalidDateError(
            N_(
                "claim date {claim} is before the pension date {pdate}; the old-age benefit "
                "can be claimed from pension age (PP 45/2015 Pasal 19, 24)"
            ),
            claim=claim,
            pdate=pdate,
        )
    months = count_arg(schedule_months, "schedule_months")
    rates = rates_arg(development_rates)
    retire = opt_date(retire_on, "retire_on")
    pm = Month.of(pdate)
    summary = summarize_checked(
        h, p, end=pm.minus(1), birth=birth, event=f"pension age on {pdate.isoformat()}"
    )
    min_dv = p.value("jp.benefit.min_months", pdate)
    details: dict[str, object] = {
        "pension_date": pdate,
        "masa_iur": summary.masa_iur,
        "membership_months": summary.membership_months,
        "density": str(summary.density),
    }
    if claim is not None:
        details["claim_on"] = claim
    head = Explanation(
        "JP old-age benefit",
        "Manfaat JP hari tua",
        children=(
            _timing_step(birth, pdate, p),
            Explanation(
                "Masa iur against the 15-year minimum (Pasal 19 ayat (1))",
                "Masa iur dibanding minimum 15 tahun (Pasal 19 ayat (1))",
                summary.masa_iur,
                parameters=(ParamUse.of("jp.benefit.min_months", min_dv),),
            ),
        ),
    )
    if summary.masa_iur < int(min_dv.value):
        ls = lump_sum_balance(summary, pm, p, rates)
        return lump_award(
            "jp.old_age.lump_sum",
            ls,
            head,
            "PP 45/2015 Pasal 24: masa iur below 15 years at pension age",
            (
                Note.of(
                    "jp.lump_sum_short_masa_iur",
                    N_(
                        "masa iur {months} months < {minimum}: lump sum, and JP membership ends "
                        "(PP 45/2015 Pasal 3 ayat (4) huruf b, Pasal 24)"
                    ),
                    months=summary.masa_iur,
                    minimum=min_dv.value,
                ),
            ),
            details,
            params=p,
        )
    start, notes, defer_use = _start_after_deferral(pdate, retire, p)
    pen = pension_from(summary, start, p, deemed=False)
    payments, sched_notes = payment_schedule(pen.exact, start, months, p)
    details.update(first_month=start, formula_exact=pen.formula.exact.amount, before_limits=pen.clamp.before)

    def explain() -> Explanation:
        extra = (
            ()
            if defer_use is None
            else (
                Explanation(
                    "Deferral (Pasal 15 ayat (4))",
                    "Penundaan (Pasal 15 ayat (4))",
                    start,
                    inputs=(("retire on", retire),),
                    parameters=(defer_use,),
                ),
            )
        )
        return attrs.evolve(
            head,
            title="JP old-age pension (MPHT)",
            title_id="Manfaat pensiun hari tua (MPHT)",
            value=pen.monthly,
            inputs=(("first month of the right", str(start)),),
            children=(*head.children, *extra, pen.formula.explanation(), pen.clamp.explanation()),
        )

    return Award(
        kind="jp.old_age.pension",
        components=(
            Component(
                "MPHT monthly old-age pension (first year)",
                pen.monthly,
                basis=articles(p, "jp.articles", "old_age_pension", start.first_day),
            ),
        ),
        payments=payments,
        monthly=pen.monthly,
        notes=(*notes, *sched_notes),
        details=MappingProxyType(details),
        explainer=explain,
    )
