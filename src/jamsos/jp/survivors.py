"""The JP survivor pensions (PP 45/2015 Pasal 16, 21-23): MPJD for the widow or widower, MPA for
children, MPOT for parents.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import final

import attrs

from jamsos.domain import ContributionHistory
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    NotCoveredError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_, type_name
from jamsos.jp.age import check_birth, pension_date
from jamsos.jp.disability import deemed_conditions, disability_benefit
from jamsos.jp.formula import clamp, indexed, schedule_stops
from jamsos.jp.heirs import Heir, HeirGroup, Survivors, heirs_of
from jamsos.jp.history import inflation_of, summarize_checked
from jamsos.jp.inputs import (
    ONE,
    PAY_ROUNDING,
    count_arg,
    date_arg,
    history_arg,
    opt_date,
    rates_arg,
)
from jamsos.jp.lump_sum import lump_award, lump_sum_balance
from jamsos.jp.old_age import Pension, old_age_benefit, pension_from
from jamsos.money import CONTEXT, Rate, Rupiah
from jamsos.parameters import DatedValue, ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Note


class SurvivorCase(enum.Enum):
    """What a survivor pension is a share of, or why there is none (PP 45/2015 Pasal 21 ayat (2))."""

    #: the member had received the disability lump sum: no further JP benefit
    NONE = "none"
    #: a lump sum instead of a pension (Pasal 24; the deemed 15 years not available)
    LUMP_SUM = "lump"
    #: a share of the Pasal 17 formula: the member died before any pension (huruf a)
    FORMULA = "formula"
    #: a share of the old-age or disability pension in payment at death (huruf b)
    AFTER_PENSION = "after_pension"


@final
@attrs.frozen
class _SurvivorBase:
    """What the survivor shares apply to, and how the case was decided.

    ``base`` is the exact pension in payment (``Decimal``) when the member was a pensioner
    (Pasal 21 ayat (2) huruf b), or a ``Pension`` of the formula (huruf a); ``award_instead``
    is a lump sum when no pension is due.
    """

    case: SurvivorCase
    base: Decimal | Pension | None
    steps: tuple[Explanation, ...]
    details: dict[str, object]
    award_instead: Award | None = None


def _survivor_base(
    h: ContributionHistory,
    birth: dt.date,
    died: dt.date,
    p: ParameterSet,
    rates: Mapping[int, Rate],
    disabled_on: dt.date | None,
) -> _SurvivorBase:
    """What the survivor shares apply to (see :class:`_SurvivorBase`)."""
    pdate = pension_date(birth, params=p)
    start = Month.of(died) + 1
    dm = Month.of(died)
    details: dict[str, object] = {"pension_date": pdate, "died_on": died}
    min_months = int(p.value("jp.benefit.min_months", died).value)
    if disabled_on is not None and disabled_on < died and disabled_on < pdate:
        mpc = disability_benefit(
            h, birth_date=birth, disabled_on=disabled_on, params=p, development_rates=rates
        )
        if mpc.monthly is None:
            return _SurvivorBase(
                SurvivorCase.NONE, None, (), {**details, "disability": "lump sum already paid"}
            )
        first: Month = mpc.details["first_month"]
        if dm >= first:
            first_exact = mpc.details["first_exact"]
            assert isinstance(first_exact, Decimal)
            exact, _ = indexed(first_exact, first, dm, p)
            step = Explanation(
                "Member was receiving a disability pension: heirs' shares apply to it "
                "(Pasal 21 ayat (2) huruf b)",
                "Peserta penerima manfaat pensiun cacat: bagian ahli waris dari MPC "
                "(Pasal 21 ayat (2) huruf b)",
                Rupiah(exact),
                children=(mpc.explain(),),
            )
            return _SurvivorBase(
                SurvivorCase.AFTER_PENSION, exact, (step,), {**details, "pension_in_payment": Rupiah(exact)}
            )
    summary = summarize_checked(h, p, end=dm, birth=birth, event=f"death on {died.isoformat()}")
    details["masa_iur"] = summary.masa_iur
    if died >= pdate:
        if summary.masa_iur < min_months:
            award = old_age_benefit(h, birth_date=birth, params=p, development_rates=rates)
            note = (
                "the member reached pension age with masa iur below 15 years: the lump sum of Pasal 24 "
                "is due (to the heirs if the member had not received it); membership ended, so there is "
                "no survivor pension (PP 45/2015 Pasal 3 ayat (4) huruf b)"
            )
            return _SurvivorBase(
                SurvivorCase.LUMP_SUM, None, (), details, attrs.evolve(award, notes=(note, *award.notes))
            )
        mpht_start = Month.of(pdate) + 1
        if dm >= mpht_start:
            pen = pension_from(summary, mpht_start, p, deemed=False)
            exact, uses = indexed(pen.exact, mpht_start, dm, p)
            step = Explanation(
                "Member was receiving the old-age pension: heirs' shares apply to it "
                "(Pasal 21 ayat (2) huruf b)",
                "Peserta penerima MPHT: bagian ahli waris dari MPHT yang dibayarkan "
                "(Pasal 21 ayat (2) huruf b)",
                Rupiah(exact),
                inputs=(("old-age pension first month", str(mpht_start)), ("first amount", pen.clamp.after)),
                parameters=uses,
                children=(pen.formula.explanation(), pen.clamp.explanation()),
            )
            return _SurvivorBase(
                SurvivorCase.AFTER_PENSION, exact, (step,), {**details, "pension_in_payment": Rupiah(exact)}
            )
        return _SurvivorBase(SurvivorCase.FORMULA, pension_from(summary, start, p, deemed=False), (), details)
    steps: tuple[Explanation, ...] = ()
    deemed = False
    if summary.masa_iur < min_months:
        ok, steps, extra = deemed_conditions(
            summary, died, p, membership_param="jp.benefit.death_min_membership_months"
        )
        details.update(extra)
        if not ok:
            ls = lump_sum_balance(summary, dm, p, rates)
            head = Explanation("JP survivor benefit", "Manfaat JP ahli waris", children=steps)
            award = lump_award(
                "jp.survivor.lump_sum",
                ls,
                head,
                "Deemed-15-years conditions of PP 45/2015 Pasal 21-23 ayat (3) not met: lump sum to "
                "the heirs (Permenaker 29/2015, unconfirmed)",
                (
                    "deemed 15 years not available (membership or density condition failed): "
                    "lump sum to the heirs",
                ),
                details,
                params=p,
            )
            return _SurvivorBase(SurvivorCase.LUMP_SUM, None, steps, details, award)
        deemed = True
    details["deemed_15_years"] = deemed
    return _SurvivorBase(SurvivorCase.FORMULA, pension_from(summary, start, p, deemed=deemed), steps, details)


@current_law_option
@recorded()
def survivor_benefit(
    history: ContributionHistory,
    *,
    birth_date: dt.date,
    died_on: dt.date,
    survivors: Survivors,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
    disabled_on: dt.date | None = None,
    claim_on: dt.date | None = None,
    development_rates: Mapping[int, Rate | str | int | Decimal] | None = None,
    schedule_months: int = 12,
) -> Award:
    """Widow/widower, child and parent pensions after a member's death (Pasal 21-23).

    Order (Pasal 21-23): the widow/widower (50%); when there is none, or after the
    widow/widower dies or remarries, up to 2 children (50%; after a widow/widower, 50% of
    that pension) until 23, work or marriage; when there is neither, the parent of an
    unmarried member (20%). The share applies to the Pasal 17 formula when the member died
    before receiving a pension (huruf a; below 15 years of masa iur, 15 years count if the
    member had at least 1 year of membership and an 80% density, ayat (3)), or to the
    old-age or disability pension in payment when the member was a pensioner (huruf b; pass
    ``disabled_on`` for a disability pensioner). Rights start on the 1st of the month after
    death. When the deemed conditions fail the heirs receive the lump sum (Permenaker
    29/2015, unconfirmed). ``payments`` lists ``schedule_months`` months from the first.

    Which date selects the law: ``died_on`` for the conditions; the first day of each heir's
    right for the limits (applied after the share, ``jp.benefit.limits_after_share``).

    >>> h = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))
    >>> a = survivor_benefit(h, birth_date=dt.date(1980, 5, 1), died_on=dt.date(2024, 1, 10),
    ...                      survivors=Survivors(spouse=True))
    >>> a.kind, str(a.monthly)
    ('jp.survivor.pension', 'Rp481.743')
    """
    p = resolve(params)
    h = history_arg(history)
    if not isinstance(survivors, Survivors):
        raise InvalidInputError(
            N_("survivors must be a jamsos.jp.Survivors value, got {kind}"), kind=type_name(survivors)
        )
    birth = date_arg(birth_date, "birth_date")
    died = date_arg(died_on, "died_on")
    check_birth(birth, died)
    claim = opt_date(claim_on, "claim_on")
    if claim is not None and claim < died:
        raise InvalidDateError(N_("claim date {claim} is before the death on {died}"), claim=claim, died=died)
    dis = opt_date(disabled_on, "disabled_on")
    if dis is not None and dis > died:
        raise InvalidDateError(N_("disabled_on {dis} is after the death on {died}"), dis=dis, died=died)
    for what, d in (
        ("spouse_ends_on", survivors.spouse_ends_on),
        ("parent_ends_on", survivors.parent_ends_on),
    ):
        if d is not None and d < died:
            raise InvalidDateError(
                N_("{what} {d} is before the member's death on {died}"), what=what, d=d, died=died
            )
    if survivors.spouse_ends_on is not None and not survivors.spouse:
        raise InvalidInputError(N_("spouse_ends_on is given but no spouse is registered (spouse=False)"))
    post = int(p.value("jp.benefit.posthumous_child_days", died).value)
    for c in survivors.children:
        if c.birth_date > died + dt.timedelta(days=post):
            raise InvalidDateError(
                N_(
                    "a child born {birth_date} is more than {post} days after the death and "
                    "cannot be a pension heir (PP 45/2015 Pasal 14 ayat (2))"
                ),
                birth_date=c.birth_date,
                post=post,
            )
        if c.ends_on is not None and c.ends_on < c.birth_date:
            raise InvalidDateError(
                N_("child ends_on {ends_on} is before the child's birth"), ends_on=c.ends_on
            )
    months = count_arg(schedule_months, "schedule_months")
    rates = rates_arg(development_rates)
    decided = _survivor_base(h, birth, died, p, rates, dis)
    base, steps, details = decided.base, decided.steps, decided.details
    if claim is not None:
        details["claim_on"] = claim
    if decided.award_instead is not None:
        return decided.award_instead
    start = Month.of(died) + 1
    heirs, notes = heirs_of(survivors, start, p)
    details["heirs"] = tuple(h.name for h in heirs)
    if base is None or not heirs:
        reason = (
            "the member received the disability lump sum; no further JP benefit"
            if base is None
            else "no registered heir entitled to a JP pension (PP 45/2015 Pasal 14, 21-23)"
        )

        def explain_none() -> Explanation:
            return Explanation(
                "JP survivor benefit", "Manfaat JP ahli waris", Rupiah.zero(), children=steps, note=reason
            )

        return Award(
            kind="jp.survivor.none",
            components=(),
            notes=(reason, *notes),
            details=MappingProxyType(details),
            explainer=explain_none,
        )
    payments, first_components, sched_notes, phase_steps = _survivor_schedule(
        decided.case, base, heirs, survivors, start, months, p
    )
    monthly = sum((c.amount for c in first_components), Rupiah.zero())
    details["first_month"] = start

    def explain() -> Explanation:
        base_steps: tuple[Explanation, ...] = ()
        if isinstance(base, Pension):
            base_steps = (base.formula.explanation(),)
        return Explanation(
            "JP survivor pension",
            "Manfaat pensiun ahli waris",
            monthly,
            inputs=(
                ("died on", died),
                ("first month of the right", str(start)),
                ("heirs", ", ".join(h.name for h in heirs)),
            ),
            children=(*steps, *base_steps, *phase_steps),
        )

    return Award(
        kind="jp.survivor.pension",
        components=tuple(first_components),
        payments=payments,
        monthly=monthly,
        notes=(*notes, *sched_notes),
        details=MappingProxyType(details),
        explainer=explain,
    )


def _survivor_schedule(
    case: SurvivorCase,
    base: Decimal | Pension,
    heirs: tuple[Heir, ...],
    s: Survivors,
    start: Month,
    months: int,
    p: ParameterSet,
) -> tuple[tuple[tuple[Month, Rupiah], ...], list[Component], tuple[str, ...], tuple[Explanation, ...]]:
    """Month by month: each heir group's amount, with its own start, limits and indexation."""
    per_child = bool(p.value("jp.benefit.child_share_per_child", start.first_day).value)
    after_share = bool(p.value("jp.benefit.limits_after_share", start.first_day).value)
    shares = {g: p.value(g.share_parameter, start.first_day) for g in HeirGroup}
    ref_first = base.formula.exact.amount if isinstance(base, Pension) else base
    # the formula before limits, or (when limits apply first) clamped at the start
    if isinstance(base, Pension) and not after_share:
        ref_first = clamp(base.formula.exact, start, p).after.amount

    def clamp_at(amount: Decimal, first: Month) -> tuple[Decimal, Explanation]:
        if not after_share:
            return amount, Explanation(
                "Limits applied before the share", "Batas diterapkan sebelum bagian", Rupiah(amount)
            )
        c = clamp(Rupiah(amount), first, p)
        return c.after.amount, c.explanation()

    group_amount: dict[HeirGroup, Decimal] = {}
    group_start: dict[HeirGroup, Month] = {}
    steps: list[Explanation] = []
    out: list[tuple[Month, Rupiah]] = []
    first_components: list[Component] = []
    notes: list[str] = []
    spouse = next((h for h in heirs if h.group is HeirGroup.SPOUSE), None)
    children = [h for h in heirs if h.group is HeirGroup.CHILD]
    parent = next((h for h in heirs if h.group is HeirGroup.PARENT), None)
    for k in range(months):
        m = start + k
        try:
            payable: list[tuple[HeirGroup, str, Decimal]] = []
            if spouse is not None and spouse.paid_in(m):
                amt = _group(group_amount, group_start, HeirGroup.SPOUSE, m, p)
                if amt is None:
                    raw = CONTEXT.multiply(ref_first, shares[HeirGroup.SPOUSE].rate().value)
                    amt, step = clamp_at(raw, m)
                    group_amount[HeirGroup.SPOUSE], group_start[HeirGroup.SPOUSE] = amt, m
                    steps.append(
                        _share_step(
                            "widow/widower pension (MPJD)",
                            "pensiun janda/duda (MPJD)",
                            shares[HeirGroup.SPOUSE],
                            HeirGroup.SPOUSE.share_parameter,
                            m,
                            step,
                        )
                    )
                payable.append((HeirGroup.SPOUSE, "MPJD widow/widower pension", amt))
            live = [c for c in children if c.paid_in(m)]
            if live:
                amt = _group(group_amount, group_start, HeirGroup.CHILD, m, p)
                if amt is None:
                    if spouse is not None:
                        # 50% of the widow/widower pension in payment (Pasal 22 ayat (2) huruf c)
                        ref = _group(group_amount, group_start, HeirGroup.SPOUSE, m, p, peek=True)
                        ref = (
                            ref
                            if ref is not None
                            else CONTEXT.multiply(ref_first, shares[HeirGroup.SPOUSE].rate().value)
                        )
                    else:
                        ref = ref_first
                    raw = CONTEXT.multiply(ref, shares[HeirGroup.CHILD].rate().value)
                    amt, step = clamp_at(raw, m)
                    group_amount[HeirGroup.CHILD], group_start[HeirGroup.CHILD] = amt, m
                    steps.append(
                        _share_step(
                            "child pension (MPA)",
                            "pensiun anak (MPA)",
                            shares[HeirGroup.CHILD],
                            HeirGroup.CHILD.share_parameter,
                            m,
                            step,
                        )
                    )
                each = amt if per_child else CONTEXT.divide(amt, Decimal(len(live)))
                payable.extend((HeirGroup.CHILD, f"MPA child pension ({c.name})", each) for c in live)
            if parent is not None and parent.paid_in(m):
                amt = _group(group_amount, group_start, HeirGroup.PARENT, m, p)
                if amt is None:
                    raw = CONTEXT.multiply(ref_first, shares[HeirGroup.PARENT].rate().value)
                    amt, step = clamp_at(raw, m)
                    group_amount[HeirGroup.PARENT], group_start[HeirGroup.PARENT] = amt, m
                    steps.append(
                        _share_step(
                            "parent pension (MPOT)",
                            "pensiun orang tua (MPOT)",
                            shares[HeirGroup.PARENT],
                            HeirGroup.PARENT.share_parameter,
                            m,
                            step,
                        )
                    )
                payable.append((HeirGroup.PARENT, "MPOT parent pension", amt))
        except NotCoveredError:
            notes.append(schedule_stops(m))
            break
        if not payable:
            if out:
                break
            continue
        rounded = [(g, n, Rupiah(a).rounded(PAY_ROUNDING)) for g, n, a in payable]
        if not first_components:
            first_components.extend(Component(n, a, basis=g.cite(start.first_day, p)) for g, n, a in rounded)
        out.append((m, sum((a for _, _, a in rounded), Rupiah.zero())))
    if case is SurvivorCase.AFTER_PENSION:
        notes.append(
            Note(
                "jp.shares_of_pension_in_payment",
                "shares of the pension in payment at death (PP 45/2015 Pasal 21-23 ayat (2) huruf b)",
            )
        )
    return tuple(out), first_components, tuple(notes), tuple(steps)


def _group(
    amounts: dict[HeirGroup, Decimal],
    starts: dict[HeirGroup, Month],
    key: HeirGroup,
    m: Month,
    p: ParameterSet,
    *,
    peek: bool = False,
) -> Decimal | None:
    """The group's amount in month ``m``, indexed on each anniversary of its start."""
    if key not in amounts:
        return None
    first = starts[key]
    if not peek and m.months_since(first) and m.months_since(first) % 12 == 0:
        dv = inflation_of(p, m.year - 1)
        amounts[key] = CONTEXT.multiply(amounts[key], CONTEXT.add(ONE, dv.rate().value))
    return amounts[key]


def _share_step(
    title: str, title_id: str, share: DatedValue, name: str, first: Month, clamp_step: Explanation
) -> Explanation:
    return Explanation(
        f"{title} from {first}",
        f"{title_id} mulai {first}",
        clamp_step.value,
        parameters=(ParamUse.of(name, share),),
        children=(clamp_step,),
    )
