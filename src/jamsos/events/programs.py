"""Each program's entitlement for a life event, composed from the public program functions.

No rule is re-implemented here: amounts, dates and conditions come from :mod:`jamsos.jkk`,
:mod:`jamsos.jkm`, :mod:`jamsos.jht`, :mod:`jamsos.jp`, :mod:`jamsos.jkp` and
:mod:`jamsos.scholarship`; this module only sorts their answers into what is paid now,
what follows on a schedule and under which rule, and what to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Final

import attrs

from jamsos import jht, jkk, jkm, jkp, jp, parameters, scholarship
from jamsos.domain import Program
from jamsos.errors import JamsosError, MissingRateError
from jamsos.events.family import Family, WorkHistory
from jamsos.events.result import Entitlement, EntitlementStatus, Line, ScheduledPayment
from jamsos.events.text import Text, text
from jamsos.i18n import N_
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet
from jamsos.periods import Month, age_on, as_date
from jamsos.results import Award, Decision, Reason

__all__ = [
    "jht_claim",
    "jkk_death",
    "jkk_disability",
    "jkm_death",
    "jkp_dismissal",
    "jp_at_pension_age",
    "jp_disability",
    "jp_old_age",
    "jp_survivor",
]

#: Component names of the program results, as the catalog translates them.
COMPONENT_LABELS: Final[Mapping[str, str]] = {
    "death benefit": N_("death benefit"),
    "periodic benefit": N_("periodic benefit, paid at once"),
    "funeral": N_("funeral costs"),
    "lump sum": N_("lump-sum death benefit"),
    "total disability benefit": N_("total disability benefit"),
    "cash benefit (manfaat uang tunai)": N_("cash benefit"),
    "accumulated contributions": N_("accumulated contributions"),
    "development return": N_("development return"),
    "development returns": N_("development returns"),
    "contributions": N_("contributions"),
    "opening balance": N_("opening balance"),
    "withdrawals": N_("withdrawals"),
}


def label(name: str) -> Text:
    """A program component's name as translatable text (unknown names stay as given)."""
    return text(COMPONENT_LABELS.get(name, name))


def _is_scholarship(name: str) -> bool:
    return name.startswith("scholarship")


def _lines(award: Award, *, skip_zero: bool = True) -> tuple[Line, ...]:
    return tuple(
        Line(label(c.name), c.amount, c.basis)
        for c in award.components
        if not _is_scholarship(c.name) and not (skip_zero and not c.amount.amount)
    )


def _scholarship_schedule(award: Award, on: dt.date) -> tuple[ScheduledPayment, ...]:
    """The yearly scholarship payments included in a JKK or JKM award (first one on ``on``)."""
    if not any(_is_scholarship(c.name) for c in award.components):
        return ()
    other = sum((c.amount for c in award.components if not _is_scholarship(c.name)), Rupiah.zero())
    out = []
    for when, amount in award.payments:
        due = amount - other if when == on else amount
        if due.amount > 0:
            out.append(ScheduledPayment(when, due, text(N_("children's scholarship"))))
    return tuple(out)


_SCHOLARSHIP_RULE: Final = N_(
    "each child's scholarship is paid once a year while the child is at school, up to age 23, "
    "unmarried and not working; at most 2 children"
)


def _reason(r: Reason) -> Text:
    # Reasons are the program's own sentences, already in both languages.
    return Text(r.message, rendered={"id": r.message_id})


def _conditions(decision: Decision) -> tuple[tuple[bool, Text], ...]:
    return tuple((r.met, _reason(r)) for r in decision.reasons)


def jkp_dismissal(
    *,
    wh: WorkHistory,
    on: dt.date,
    birth: dt.date,
    reason: str,
    employer_scale: str,
    claim_on: dt.date | None,
    params: ParameterSet | None,
) -> Entitlement:
    """JKP (job-loss benefit): eligibility, then the six monthly cash payments."""
    title = text(N_("JKP job-loss benefit"))
    decision = jkp.eligibility(
        history=wh.history,
        terminated_on=on,
        reason=reason,
        birth_date=birth,
        registered_on=wh.member_since,
        employer_scale=employer_scale,
        claim_on=claim_on,
        params=params,
    )
    deadline = decision.details.get("claim_deadline")
    claim_by = deadline if isinstance(deadline, dt.date) else None
    if not decision.eligible:
        failed = tuple((False, _reason(r)) for r in decision.failed)
        return Entitlement(
            Program.JKP,
            title,
            EntitlementStatus.NOT_ELIGIBLE,
            conditions=failed,
            claim_by=claim_by,
            basis=tuple(b for r in decision.failed for b in r.basis),
            sources=(decision,),
        )
    award = jkp.cash_benefit(wage=wh.wage, terminated_on=on, claim_on=decision.earliest_on, params=params)
    schedule = tuple(
        ScheduledPayment(when, amount, text(N_("cash benefit"))) for when, amount in award.payments
    )
    cap = award.details.get("training_unit_cost_cap")
    notes = [
        text(N_("claim with proof of the dismissal; payment k is dated k months after the claim")),
        text(N_("the benefit stops when you start a new job; you must be willing to work")),
    ]
    if isinstance(cap, Rupiah):
        notes.append(text(N_("job training is paid to the provider, up to {cap}"), cap=cap))
    return Entitlement(
        Program.JKP,
        title,
        EntitlementStatus.PAYABLE,
        schedule=schedule,
        rule=text(N_("{n} monthly payments of a share of the last reported wage, capped"), n=len(schedule)),
        earliest_on=decision.earliest_on,
        claim_by=claim_by,
        conditions=_conditions(decision),
        notes=tuple(notes),
        basis=tuple(dict.fromkeys(b for c in award.components for b in c.basis)),
        sources=(decision, award),
    )


def _jht_balance(
    wh: WorkHistory, on: dt.date, opening: tuple[dt.date, Rupiah] | None, params: ParameterSet | None
) -> tuple[Award | None, Rupiah | None, tuple[Text, ...]]:
    """The balance on ``on``, or the statement's balance with a note when returns are missing."""
    if opening is not None and opening[0] >= on:
        note = text(N_("balance from the member's statement of {day}"), day=opening[0])
        return None, opening[1], (note,)
    try:
        award = jht.balance(wh.history, until=on, opening=opening, params=params)
    except MissingRateError as exc:
        years = ", ".join(str(y) for y in getattr(exc, "years", ()) or ())
        if opening is not None:
            note = text(
                N_(
                    "balance of {amount} from the statement of {day}; the development return since then "
                    "is not included (the declared return is not in jamsos's data yet)"
                ),
                amount=opening[1],
                day=opening[0],
            )
            return None, opening[1], (note,)
        note = text(
            N_(
                "balance not computed: the declared JHT return for some years {years}is not in jamsos's "
                "data; give the balance from the member's statement (opening=, --saldo-jht)"
            ),
            years=f"({years}) " if years else "",
        )
        return None, None, (note,)
    return award, award.total, ()


def jht_claim(
    *,
    wh: WorkHistory,
    on: dt.date,
    birth: dt.date,
    reason: jht.WithdrawalReason,
    opening: tuple[dt.date, Rupiah] | None,
    params: ParameterSet | None,
    pension_age: int | None = None,
    to_heirs: bool = False,
) -> Entitlement:
    """JHT (old-age savings): may the whole balance be claimed, from when, and how much."""
    title = text(N_("JHT old-age savings, paid to the heirs") if to_heirs else N_("JHT old-age savings"))
    decision = jht.withdrawal(
        reason,
        event_on=on,
        birth_date=birth,
        membership_start=wh.member_since,
        pension_age=pension_age,
        params=params,
    )
    award, amount, notes = _jht_balance(wh, on, opening, params)
    sources: tuple[Award | Decision, ...] = (decision,) if award is None else (decision, award)
    if not decision.eligible:
        return Entitlement(
            Program.JHT,
            title,
            EntitlementStatus.NOT_ELIGIBLE,
            conditions=tuple((False, _reason(r)) for r in decision.failed),
            earliest_on=decision.earliest_on,
            notes=notes,
            sources=sources,
        )
    lines = () if amount is None else (Line(text(N_("JHT balance")), amount),)
    later = decision.earliest_on is not None and decision.earliest_on > on
    status = (
        EntitlementStatus.NOT_ASSESSED
        if amount is None
        else (EntitlementStatus.LATER if later else EntitlementStatus.PAYABLE)
    )
    return Entitlement(
        Program.JHT,
        title,
        status,
        lines=lines,
        earliest_on=decision.earliest_on,
        conditions=_conditions(decision),
        notes=(*notes, text(N_("the balance grows with the declared return until it is paid"))),
        basis=tuple(dict.fromkeys(b for r in decision.reasons for b in r.basis)),
        sources=sources,
    )


_PENSION_RULES: Final[Mapping[str, str]] = {
    "jp.old_age.pension": N_(
        "paid every month for life, raised each year by the published inflation; after the member's "
        "death it passes to the registered widow/widower and children"
    ),
    "jp.disability.pension": N_(
        "paid every month for life while the disability lasts, raised each year by the published "
        "inflation; after death it passes to the registered heirs"
    ),
    "jp.survivor.pension": N_(
        "paid every month, raised each year by the published inflation: to the widow/widower until "
        "death or remarriage, then to at most 2 children until 23, marriage or work"
    ),
}


def _later(day: dt.date | None, on: dt.date) -> bool:
    # A right whose first payment is after the month following the event starts later.
    return day is not None and Month.of(day) > Month.of(on) + 1


def _jp_entitlement(award: Award, title: Text, on: dt.date, *, notes: tuple[Text, ...] = ()) -> Entitlement:
    basis = tuple(dict.fromkeys(b for c in award.components for b in c.basis))
    if award.monthly is not None:
        schedule = tuple(
            ScheduledPayment(when, amount, text(N_("monthly pension"))) for when, amount in award.payments
        )
        first = award.payments[0][0] if award.payments else None
        start = first.first_day if isinstance(first, Month) else first
        return Entitlement(
            Program.JP,
            title,
            EntitlementStatus.LATER if _later(start, on) else EntitlementStatus.PAYABLE,
            schedule=schedule,
            monthly=award.monthly,
            rule=text(_PENSION_RULES.get(award.kind, N_("paid every month"))),
            earliest_on=start,
            notes=notes,
            basis=basis,
            sources=(award,),
        )
    if not award.components:
        return Entitlement(
            Program.JP,
            title,
            EntitlementStatus.NOT_ELIGIBLE,
            conditions=tuple((False, text(n)) for n in award.notes[:1]),
            sources=(award,),
        )
    paid = award.payments[0][0] if award.payments else None
    day = paid.first_day if isinstance(paid, Month) else paid
    return Entitlement(
        Program.JP,
        title,
        EntitlementStatus.LATER if _later(day, on) else EntitlementStatus.PAYABLE,
        lines=_lines(award),
        earliest_on=day,
        notes=(
            *notes,
            text(N_("a lump sum instead of a pension: the contribution period is under 15 years")),
        ),
        basis=basis,
        sources=(award,),
    )


def _jp_not_assessed(title: Text, exc: JamsosError) -> Entitlement:
    note = text(
        N_("not computed: {reason}"),
        reason=text(N_("a rate jamsos needs is not published yet"))
        if isinstance(exc, MissingRateError)
        # an error built from a catalog template is shown in the reader's language (issue 11)
        else (Text(exc.template, exc.params) if exc.params else str(exc)),
    )
    return Entitlement(Program.JP, title, EntitlementStatus.NOT_ASSESSED, notes=(note,))


def jp_at_pension_age(*, birth: dt.date, params: ParameterSet | None) -> Entitlement:
    """JP after a dismissal: nothing now; membership is kept and the benefit comes at pension age."""
    day = jp.pension_date(birth, params=params)
    return Entitlement(
        Program.JP,
        text(N_("JP pension")),
        EntitlementStatus.LATER,
        earliest_on=day,
        rule=text(
            N_(
                "nothing is paid now; at pension age ({day}) a monthly pension with at least 15 years "
                "of contributions, otherwise the contributions and their development as a lump sum"
            ),
            day=day,
        ),
        notes=(text(N_("JP membership is kept; contributions resume with a new employer")),),
        basis=parameters.articles(parameters.resolve(params), "jp.articles", "at_pension_age", None),
    )


def jp_old_age(*, wh: WorkHistory, on: dt.date, birth: dt.date, params: ParameterSet | None) -> Entitlement:
    """JP at retirement: the old-age pension (or lump sum) from pension age."""
    title = text(N_("JP old-age benefit"))
    pdate = jp.pension_date(birth, params=params)
    last = min(wh.history.last_month, Month.of(pdate).minus(1))
    records = tuple(r for r in wh.history.records if r.month <= last)
    try:
        history = type(wh.history)(records)
        award = jp.old_age_benefit(
            history, birth_date=birth, retire_on=on if on > pdate else None, params=params
        )
    except JamsosError as exc:
        return _jp_not_assessed(title, exc)
    notes = () if on >= pdate else (text(N_("JP is paid from pension age, {day}"), day=pdate),)
    return _jp_entitlement(award, title, on, notes=notes)


def jp_survivor(
    *, wh: WorkHistory, on: dt.date, birth: dt.date, family: Family | None, params: ParameterSet | None
) -> Entitlement:
    """JP after a death: the widow/widower, child or parent pension, or a lump sum."""
    title = text(N_("JP survivor pension"))
    fam = family or Family()
    notes = []
    if family is None:
        notes.append(text(N_("no family given: name the spouse and children (family=, --pasangan, --anak)")))
    if any(c.birth_date is None for c in fam.children):
        notes.append(text(N_("the JP child pension needs each child's birth date (SD3:2016-01-05)")))
    try:
        award = jp.survivor_benefit(
            wh.history, birth_date=birth, died_on=on, survivors=fam.survivors(), params=params
        )
    except JamsosError as exc:
        return _jp_not_assessed(title, exc)
    if notes and award.monthly is None and not award.components:
        # nobody qualified among the heirs given, but the family is unknown or a child's birth
        # date is missing: "not eligible" would be a wrong answer; say what to add instead
        return Entitlement(
            Program.JP, title, EntitlementStatus.NOT_ASSESSED, notes=tuple(notes), sources=(award,)
        )
    return _jp_entitlement(award, title, on, notes=tuple(notes))


def jp_disability(
    *, wh: WorkHistory, on: dt.date, birth: dt.date, params: ParameterSet | None
) -> Entitlement:
    """JP after total permanent disability: the disability pension (or lump sum)."""
    title = text(N_("JP disability pension"))
    try:
        award = jp.disability_benefit(wh.history, birth_date=birth, disabled_on=on, params=params)
    except JamsosError as exc:
        return _jp_not_assessed(title, exc)
    return _jp_entitlement(award, title, on)


def _lump_with_scholarship(award: Award, on: dt.date, title: Text, notes: list[Text]) -> Entitlement:
    schedule = _scholarship_schedule(award, on)
    return Entitlement(
        Program.parse(award.kind.split(".")[0]),
        title,
        EntitlementStatus.PAYABLE,
        lines=_lines(award),
        schedule=schedule,
        rule=text(_SCHOLARSHIP_RULE) if schedule else None,
        earliest_on=on,
        notes=tuple(notes),
        basis=tuple(dict.fromkeys(b for c in award.components for b in c.basis)),
        sources=(award,),
    )


def _scholarship_notes(family: Family | None) -> list[Text]:
    if family is None:
        return [text(N_("children's scholarship not assessed: name the children and their school level"))]
    return []


def jkk_death(
    *, wh: WorkHistory, on: dt.date, family: Family | None, params: ParameterSet | None, as_of: dt.date | None
) -> Entitlement:
    """JKK after a death from a work accident: death benefit, funeral, scholarship; claim deadline."""
    kids = None if family is None else family.scholarship_children()
    award = jkk.death_benefit(wage=wh.wage, on=on, children=kids, as_of=as_of, params=params)
    notes = [text(N_("paid within 7 working days of a complete claim")), *_scholarship_notes(family)]
    ent = _lump_with_scholarship(award, on, text(N_("JKK work-accident death benefit")), notes)
    return _with_deadline(ent, on, params)


def jkk_disability(
    *, wh: WorkHistory, on: dt.date, family: Family | None, params: ParameterSet | None, as_of: dt.date | None
) -> Entitlement:
    """JKK after total permanent disability from a work accident (cacat total tetap)."""
    kids = None if family is None else family.scholarship_children()
    award = jkk.disability_benefit(
        wage=wh.wage, on=on, kind="total", children=kids, as_of=as_of, params=params
    )
    notes = [
        text(N_("paid within 7 working days of a complete claim")),
        text(N_("medical care and rehabilitation are paid to the provider, as needed")),
        *_scholarship_notes(family),
    ]
    ent = _lump_with_scholarship(award, on, text(N_("JKK total permanent disability benefit")), notes)
    return _with_deadline(ent, on, params)


def _with_deadline(ent: Entitlement, on: dt.date, params: ParameterSet | None) -> Entitlement:
    lapse = jkk.claim_lapse(event_on=on, claim_on=on, params=params)
    deadline = lapse.details.get("deadline")
    return attrs.evolve(
        ent,
        claim_by=deadline if isinstance(deadline, dt.date) else None,
        basis=(*ent.basis, *(b for r in lapse.reasons for b in r.basis)),
        sources=(*ent.sources, lapse),
    )


def jkm_death(
    *, wh: WorkHistory, on: dt.date, family: Family | None, params: ParameterSet | None, as_of: dt.date | None
) -> Entitlement:
    """JKM after a death not caused by work: lump sum, periodic benefit, funeral, scholarship."""
    kids = None if family is None else family.scholarship_children()
    months = wh.history.count()
    award = jkm.death_benefit(
        died_on=on, contribution_months=months, children=kids, as_of=as_of, params=params
    )
    notes = [text(N_("paid within 3 working days of a complete claim")), *_scholarship_notes(family)]
    if not any(_is_scholarship(c.name) for c in award.components) and family is not None and family.children:
        notes.append(
            text(N_("no scholarship: {months} contribution months is below the minimum"), months=months)
        )
    return _lump_with_scholarship(award, on, text(N_("JKM death benefit")), notes)


def age(birth: dt.date, on: dt.date) -> int:
    """Completed years on ``on``."""
    return age_on(as_date(birth, "birth_date"), on)


def scholarship_levels() -> str:
    """The accepted level codes, for help texts."""
    return ", ".join(level.value for level in scholarship.EducationLevel)
