"""The JP disability pension, MPC (PP 45/2015 Pasal 16, 20): total permanent disability, the deemed 15
years and the amount.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

import attrs

from jamsos.domain import ContributionHistory
from jamsos.errors import (
    InvalidDateError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_
from jamsos.jp.age import check_birth, pension_date
from jamsos.jp.formula import payment_schedule
from jamsos.jp.history import HistorySummary, summarize_checked
from jamsos.jp.inputs import count_arg, date_arg, history_arg, opt_date, rates_arg
from jamsos.jp.lump_sum import lump_award, lump_sum_balance
from jamsos.jp.old_age import old_age_benefit, pension_from
from jamsos.money import Rate
from jamsos.parameters import ParameterSet, articles, current_law_option, resolve
from jamsos.periods import Month, add_months
from jamsos.provenance import recorded
from jamsos.results import Award, Component


# --------------------------------------------------------------------------------------
# Deemed 15 years: conditions (Pasal 20 ayat (3), 21-23 ayat (3))
# --------------------------------------------------------------------------------------
def _density_end(summary: HistorySummary, event: dt.date) -> Month:
    """Membership span for the density: to the event month if it was paid, else the month before."""
    em = Month.of(event)
    paid = {m for m, *_ in summary.wages}
    end = em if em in paid else em.minus(1)
    return max(end, summary.first_month)


def deemed_conditions(
    summary: HistorySummary, event: dt.date, p: ParameterSet, *, membership_param: str
) -> tuple[bool, tuple[Explanation, ...], dict[str, object]]:
    dens_summary = attrs.evolve(summary, end=_density_end(summary, event))
    density = dens_summary.density
    min_density = p.value("jp.benefit.deemed_min_density", event)
    min_member = p.value(membership_param, event)
    member_since = summary.first_month.first_day
    enough_time = event >= add_months(member_since, int(min_member.value))
    dense = density >= min_density.rate().value
    steps = (
        Explanation(
            "Contribution density at least the minimum",
            "Tingkat kepadatan iuran paling sedikit minimum",
            dense,
            inputs=(
                ("months paid", sum(1 for m, *_ in summary.wages if m <= dens_summary.end)),
                ("months of membership", dens_summary.membership_months),
                ("density", density.quantize(Decimal("0.0001"))),
            ),
            parameters=(ParamUse.of("jp.benefit.deemed_min_density", min_density),),
        ),
        Explanation(
            "Membership long enough before the event",
            "Masa kepesertaan cukup sebelum kejadian",
            enough_time,
            inputs=(("membership from", member_since), ("event", event)),
            parameters=(ParamUse.of(membership_param, min_member),),
            note="Membership is taken to start on the 1st of the first contribution month "
            "(Pasal 3 ayat (1)).",
            note_id="Kepesertaan dianggap mulai tanggal 1 bulan iuran pertama (Pasal 3 ayat (1)).",
        ),
    )
    return (
        dense and enough_time,
        steps,
        {"density_for_deemed": str(density), "deemed_conditions_met": dense and enough_time},
    )


# --------------------------------------------------------------------------------------
# Disability (Pasal 20)
# --------------------------------------------------------------------------------------
@current_law_option
@recorded()
def disability_benefit(
    history: ContributionHistory,
    *,
    birth_date: dt.date,
    disabled_on: dt.date,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
    determined_on: dt.date | None = None,
    claim_on: dt.date | None = None,
    development_rates: Mapping[int, Rate | str | int | Decimal] | None = None,
    schedule_months: int = 12,
) -> Award:
    """Disability pension (MPC) for total permanent disability before pension age (Pasal 20).

    ``disabled_on`` is the day of the event causing the disability; ``determined_on`` the day
    the disability is determined (default: the same day). The right starts on the 1st of the
    month after the determination (Pasal 20 ayat (4)). Masa iur below 15 years counts as 15
    years when the density is at least 80% and the event happened at least 1 month after
    registration (Pasal 20 ayat (3)); when those conditions fail the member receives the
    accumulated contributions plus development as a lump sum (Permenaker 29/2015, not read:
    unconfirmed). A disability on or after the pension date gives no MPC (Pasal 20 ayat (1)):
    the old-age benefit is returned instead, with a note.

    Which date selects the law: ``disabled_on`` for the conditions and the pension age; the
    first day of the right for the limits and the revaluation end year.

    >>> h = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))
    >>> a = disability_benefit(h, birth_date=dt.date(1980, 5, 1), disabled_on=dt.date(2024, 1, 10))
    >>> a.kind, str(a.monthly), a.payments[0]
    ('jp.disability.pension', 'Rp963.486', (Month(2024, 2), Rupiah('963486')))
    """
    p = resolve(params)
    h = history_arg(history)
    birth = date_arg(birth_date, "birth_date")
    event = date_arg(disabled_on, "disabled_on")
    det = opt_date(determined_on, "determined_on") or event
    claim = opt_date(claim_on, "claim_on")
    check_birth(birth, event)
    if det < event:
        raise InvalidDateError(
            N_("determined_on {det} is before the disabling event {event}"), det=det, event=event
        )
    if claim is not None and claim < event:
        raise InvalidDateError(
            N_("claim date {claim} is before the disabling event {event}"), claim=claim, event=event
        )
    months = count_arg(schedule_months, "schedule_months")
    rates = rates_arg(development_rates)
    pdate = pension_date(birth, params=p)
    if event >= pdate:
        award = old_age_benefit(
            h, birth_date=birth, params=p, development_rates=rates, schedule_months=months
        )
        return attrs.evolve(
            award,
            notes=(
                f"disability on {event.isoformat()} is on or after the pension date {pdate.isoformat()}: no "
                "disability pension (PP 45/2015 Pasal 20 ayat (1)); the old-age benefit applies",
                *award.notes,
            ),
        )
    start = Month.of(det) + 1
    summary = summarize_checked(
        h, p, end=Month.of(det), birth=birth, event=f"disability determined on {det.isoformat()}"
    )
    min_months = int(p.value("jp.benefit.min_months", event).value)
    details: dict[str, object] = {
        "pension_date": pdate,
        "disabled_on": event,
        "determined_on": det,
        "masa_iur": summary.masa_iur,
    }
    steps: tuple[Explanation, ...] = ()
    deemed = False
    if summary.masa_iur < min_months:
        ok, steps, extra = deemed_conditions(
            summary, event, p, membership_param="jp.benefit.disability_min_membership_months"
        )
        details.update(extra)
        if not ok:
            ls = lump_sum_balance(summary, Month.of(det), p, rates)
            head = Explanation("JP disability benefit", "Manfaat JP cacat", children=steps)
            return lump_award(
                "jp.disability.lump_sum",
                ls,
                head,
                "Deemed-15-years conditions of PP 45/2015 Pasal 20 ayat (3) not met: lump sum "
                "(Permenaker 29/2015, unconfirmed)",
                ("deemed 15 years not available (density or membership condition failed): lump sum",),
                details,
                params=p,
            )
        deemed = True
    pen = pension_from(summary, start, p, deemed=deemed)
    payments, sched_notes = payment_schedule(pen.exact, start, months, p)
    details.update(
        first_month=start,
        deemed_15_years=deemed,
        formula_exact=pen.formula.exact.amount,
        first_exact=pen.exact,
    )

    def explain() -> Explanation:
        return Explanation(
            "JP disability pension (MPC)",
            "Manfaat pensiun cacat (MPC)",
            pen.monthly,
            inputs=(
                ("disabling event", event),
                ("determined on", det),
                ("first month of the right", str(start)),
            ),
            children=(*steps, pen.formula.explanation(), pen.clamp.explanation()),
            note="Ends when the member dies or no longer meets the definition of total permanent "
            "disability (Pasal 20 ayat (7)).",
            note_id="Berakhir saat peserta meninggal atau tidak lagi memenuhi definisi cacat total tetap.",
        )

    return Award(
        kind="jp.disability.pension",
        components=(
            Component(
                "MPC monthly disability pension (first year)",
                pen.monthly,
                basis=articles(p, "jp.articles", "disability_pension", start.first_day),
            ),
        ),
        payments=payments,
        monthly=pen.monthly,
        notes=sched_notes,
        details=MappingProxyType(details),
        explainer=explain,
    )
