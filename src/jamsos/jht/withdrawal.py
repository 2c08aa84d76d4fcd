"""JHT withdrawals: whether and when the whole balance may be paid, on each ground, and partial
withdrawals for housing or retirement preparation.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Final

import attrs

from jamsos import validate
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_, translate
from jamsos.jht.kinds import PartialPurpose, WithdrawalReason
from jamsos.money import Money, Rate, Rounding, Rupiah
from jamsos.parameters import DatedValue, ParameterSet, current_law_option, resolve
from jamsos.periods import Month, add_months, anniversary
from jamsos.provenance import recorded
from jamsos.results import Decision, Note, Reason


# ---------------------------------------------------------------------------------------
# withdrawal decisions
# ---------------------------------------------------------------------------------------
@attrs.frozen
class _Ground:
    """What one rule shape concludes: the ground's reason and the first claim day."""

    reason: Reason
    earliest_on: dt.date | None
    uses: tuple[ParamUse, ...]
    waiting_months: int | None = None


def _age_threshold(p: ParameterSet, event: dt.date, pension_age: int | None) -> tuple[int, ParamUse]:
    dv = p.value("jht.benefit.age", event)
    age: int = dv.value
    if pension_age is not None:
        # Permenaker 4/2022 Pasal 6(1): the work agreement's pension age, or 56: whichever first.
        age = min(age, pension_age)
    return age, ParamUse.of("jht.benefit.age", dv)


def _shape_at_age(
    r: WithdrawalReason,
    rule: DatedValue,
    p: ParameterSet,
    event: dt.date,
    birth: dt.date | None,
    pension_age: int | None,
    cite: str,
) -> _Ground:
    agreement = pension_age if r is WithdrawalReason.AGE else None
    age, use = _age_threshold(p, event, agreement)
    if birth is None:
        raise InvalidInputError(
            N_(
                "birth_date is needed: under {cite} the JHT for {reason} (event {event}) is "
                "paid when the member reaches {age}"
            ),
            cite=cite,
            reason=r,
            event=event,
            age=age,
        )
    due = max(anniversary(birth, age), event)
    if r is WithdrawalReason.AGE:
        reason = Reason.of(
            "ground",
            _MET,
            N_("paid on reaching age {age}: from {day}"),
            basis=(cite,),
            age=age,
            day=anniversary(birth, age).isoformat(),
        )
    else:
        reason = Reason.of(
            "ground",
            _MET,
            N_(
                "under {regulation} as first enacted, a member who stops working before {age} is paid "
                "only at {age}: from {day}"
            ),
            basis=(cite,),
            regulation=rule.basis.regulation if rule.basis else "override",
            age=age,
            day=due.isoformat(),
        )
    return _Ground(reason, due, (use,))


#: A ground that applies is a met condition (Reason.of takes it positionally).
_MET: Final = True
_UNMET: Final = False
#: Waiting-period grounds, one template per reason (the Indonesian word order differs).
_WAITING: Final = {
    WithdrawalReason.RESIGNATION: N_(
        "resignation: paid after a waiting period of {months} month(s) counted from the date of the "
        "resignation statement issued by the employer ({event}): from {due}"
    ),
    WithdrawalReason.DISMISSAL: N_(
        "dismissal: paid after a waiting period of {months} month(s) counted from the PHK date ({event}): "
        "from {due}"
    ),
}
#: Grounds payable from the event date.
_IMMEDIATE: Final = {
    WithdrawalReason.DEATH: N_(
        "death: payable from the event date {event} (paid to the heirs of PP 46/2015 Pasal 23)"
    ),
    WithdrawalReason.DISABILITY: N_("disability: payable from the event date {event}"),
}


#: The withdrawal grounds' names as a template shows them (catalog entries).
_REASON_NAMES: Final = (
    N_("age"),
    N_("resignation"),
    N_("dismissal"),
    N_("contract end"),
    N_("stopped working"),
    N_("disability"),
    N_("death"),
    N_("leaving indonesia"),
    N_("failed departure"),
)
#: Explanation input names (catalog entries).
_INPUT_NAMES: Final = (
    N_("event_on"),
    N_("claim_on"),
    N_("earliest_on"),
    N_("membership_start"),
    N_("maximum"),
    N_("balance"),
    N_("on"),
)


def _reason_of(template: str, basis: tuple[str, ...], r: WithdrawalReason, **params: object) -> Reason:
    """A met ground from ``template``; the ground's name (``{reason}``) is translated too."""
    name = r.value.replace("_", " ")
    return Reason(
        "ground",
        _MET,
        template.format(reason=name, **params),
        basis,
        translate(template, "id").format(reason=translate(name, "id"), **params),
    )


def _shape_waiting(r: WithdrawalReason, p: ParameterSet, event: dt.date, cite: str) -> _Ground:
    name = f"jht.claim.waiting_months.{r.value}"
    dv = p.value(name, event)
    months: int = dv.value
    due = add_months(event, months)
    template = _WAITING.get(
        r,
        N_(
            "{reason}: paid after a waiting period of {months} month(s) counted from the event date "
            "({event}): from {due}"
        ),
    )
    reason = _reason_of(
        template, (cite, dv.cite()), r, months=months, event=event.isoformat(), due=due.isoformat()
    )
    return _Ground(
        reason,
        due,
        (ParamUse.of(name, dv),),
        months,
    )


def _shape_immediate(
    r: WithdrawalReason, event: dt.date, cite: str, foreign: bool | None, only_foreign: bool
) -> _Ground:
    if only_foreign and foreign is not True:
        why = (
            N_("only a foreign national (WNA) leaving Indonesia for good can claim on this ground")
            if foreign is False
            else N_(
                "only a foreign national (WNA) can claim on this ground; pass foreign_national=True if so"
            )
        )
        return _Ground(Reason.of("ground", _UNMET, why, basis=(cite,)), None, ())
    template = _IMMEDIATE.get(r, N_("{reason}: payable from the event date {event}"))
    reason = _reason_of(template, (cite,), r, event=event.isoformat())
    return _Ground(reason, event, ())


def _opt_date(value: object, what: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, Month):
        return value.first_day
    return validate.date(value, what)


def _opt_bool(value: object, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidInputError(N_("{what} must be True, False or None, got {value!r}"), what=what, value=value)


@current_law_option
@recorded("jht.withdrawal")
def withdrawal(
    reason: WithdrawalReason | str,
    *,
    event_on: dt.date,
    claim_on: dt.date | None = None,
    birth_date: dt.date | None = None,
    membership_start: dt.date | None = None,
    pension_age: int | None = None,
    foreign_national: bool | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Decision:
    """May the whole JHT balance be claimed, and from which day?

    Which date selects the law: the **event date** ``event_on`` (the date of the
    resignation statement issued by the employer, the PHK date, the end of the contract,
    the day the member stopped working, reached pension age, was declared totally and
    permanently disabled, died, or left Indonesia). The rule shapes and regimes are in the
    module docstring; ``earliest_on`` is the first day the claim can be made.

    ``claim_on``: the day the claim is filed; when given, ``eligible`` also requires
    ``claim_on >= earliest_on`` (else only the ground is judged). ``birth_date`` is needed
    for ``AGE`` and under PP 46/2015 as first enacted (payment at 56). ``pension_age``: the
    pension age of the work agreement (paid at that age or at 56, whichever comes first).
    ``foreign_national``: needed for ``LEAVING_INDONESIA`` from 2015-08-12 (foreign
    nationals only). ``membership_start``: when given, the member must have joined by the
    event date.

    >>> import datetime as dt
    >>> d = withdrawal("phk", event_on=dt.date(2025, 1, 31), claim_on=dt.date(2025, 2, 27))
    >>> d.eligible, d.earliest_on
    (False, datetime.date(2025, 2, 28))
    >>> withdrawal("resign", event_on=dt.date(2015, 7, 20), birth_date=dt.date(1980, 5, 1)).earliest_on
    datetime.date(2036, 5, 1)
    """
    r = WithdrawalReason.parse(reason)
    event = validate.date(event_on, "event_on")
    claim = _opt_date(claim_on, "claim_on")
    birth = _opt_date(birth_date, "birth_date")
    joined = _opt_date(membership_start, "membership_start")
    foreign = _opt_bool(foreign_national, "foreign_national")
    if pension_age is not None and (
        isinstance(pension_age, bool) or not isinstance(pension_age, int) or not 15 <= pension_age <= 100
    ):
        raise InvalidInputError(
            N_("pension_age must be a whole number of years (15..100), got {pension_age!r}"),
            pension_age=pension_age,
        )
    if claim is not None and claim < event:
        raise InvalidDateError(
            N_("claim_on {claim} is before the event on {event}; a claim follows its event"),
            claim=claim,
            event=event,
        )
    if birth is not None and birth > event:
        raise InvalidDateError(N_("birth_date {birth} is after the event {event}"), birth=birth, event=event)
    p = resolve(params)
    name = f"jht.claim.rule.{r.value}"
    try:
        rule = p.value(name, event)
    except NotCoveredError as exc:
        first = p.history(name)[0].since
        raise NotCoveredError(
            N_("no JHT claim rule for {what} on {event}: jamsos's data covers events from {first} ({exc})"),
            what=r.value,
            event=event,
            first=first,
            exc=exc,
        ) from None
    cite = rule.cite()
    shape = rule.value
    if shape == "at_age":
        ground = _shape_at_age(r, rule, p, event, birth, pension_age, cite)
    elif shape == "after_waiting":
        ground = _shape_waiting(r, p, event, cite)
    elif shape in ("immediate", "immediate_foreign"):
        ground = _shape_immediate(r, event, cite, foreign, shape == "immediate_foreign")
    else:  # pragma: no cover - guarded by the data
        raise UnknownValueError(
            N_("{name}: unknown rule shape {shape!r} in the parameter data"), name=name, shape=shape
        )
    reasons = [ground.reason]
    if joined is not None:
        reasons.append(
            Reason.of(
                "membership",
                joined <= event,
                N_("member since {joined}, on or before the event")
                if joined <= event
                else N_("member since {joined}, after the event"),
                joined=joined.isoformat(),
            )
        )
    if claim is not None and ground.earliest_on is not None:
        ok = claim >= ground.earliest_on
        reasons.append(
            Reason.of(
                "claim_date",
                ok,
                N_("claim on {claim} is on or after the earliest day {earliest}")
                if ok
                else N_("claim on {claim} is before the earliest day {earliest}"),
                basis=ground.reason.basis,
                claim=claim.isoformat(),
                earliest=ground.earliest_on.isoformat(),
            )
        )
    notes: list[str] = []
    if shape == "at_age" and r is not WithdrawalReason.AGE:
        notes.append(
            Note(
                "jht.earlier_rule_in_practice",
                "Permenaker 19/2015 (from 2015-09-01) may in practice have been applied to members who "
                "stopped work earlier; jamsos applies the rule in force on the event date",
            )
        )
    if ground.waiting_months is not None:
        notes.append(
            Note(
                "jht.one_month_rule",
                "one month = the same day of the next month, clamped to a shorter month's end",
            )
        )
    eligible = all(x.met for x in reasons)
    uses = (ParamUse.of(name, rule), *ground.uses)
    details = MappingProxyType(
        {
            "reason": r.value,
            "event_on": event,
            "claim_on": claim,
            "rule": shape,
            "regime": rule.basis.regulation if rule.basis else "override",
            "waiting_months": ground.waiting_months,
        }
    )

    def explain() -> Explanation:
        return Explanation(
            title=f"JHT withdrawal: {r.value.replace('_', ' ')}",
            title_id=f"Pencairan JHT: {translate(r.value.replace('_', ' '), 'id')}",
            value=eligible,
            inputs=(("event_on", event), ("claim_on", claim), ("earliest_on", ground.earliest_on)),
            parameters=uses,
            children=tuple(Explanation(title=x.message, title_id=x.message_id, value=x.met) for x in reasons),
        )

    return Decision(
        eligible=eligible,
        reasons=tuple(reasons),
        earliest_on=ground.earliest_on,
        notes=tuple(notes),
        details=details,
        explainer=explain,
    )


# ---------------------------------------------------------------------------------------
# partial withdrawal
# ---------------------------------------------------------------------------------------
_PURPOSE_EN: Final = MappingProxyType(
    {
        PartialPurpose.HOUSING: "housing",
        PartialPurpose.RETIREMENT_PREPARATION: "other retirement preparation",
    }
)
_PURPOSE_ID: Final = MappingProxyType(
    {
        PartialPurpose.HOUSING: "kepemilikan rumah",
        PartialPurpose.RETIREMENT_PREPARATION: "persiapan pensiun lainnya",
    }
)


@current_law_option
@recorded("jht.partial_withdrawal")
def partial_withdrawal(
    purpose: PartialPurpose | str,
    *,
    balance: Money,
    membership_start: dt.date,
    on: dt.date,
    previous_partial: bool | dt.date | None = None,
    requested: Money | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Decision:
    """May part of the JHT balance be taken now, and up to how much? (PP 46/2015 Pasal 22(4)-(6)).

    Which date selects the law: ``on``, the day of the claim. Conditions: membership of at
    least ``jht.partial.min_membership`` years (10) on ``on`` (the anniversary of
    ``membership_start``, 29 February completed on 1 March); no earlier partial withdrawal
    (``previous_partial``: ``True`` or its date; once only, whichever purpose); and, when
    ``requested`` is given, at most the purpose's share of ``balance`` (30% housing, 10%
    other retirement preparation). ``details["maximum"]`` is that share rounded **down** to
    whole rupiah, so it never exceeds the percentage; ``details["amount"]`` is what would be
    paid (``requested``, or the maximum) when eligible, else Rp0.

    >>> import datetime as dt
    >>> d = partial_withdrawal("rumah", balance=100_000_000, membership_start=dt.date(2014, 3, 1),
    ...                        on=dt.date(2024, 3, 1))
    >>> d.eligible, str(d.details["maximum"])
    (True, 'Rp30.000.000')
    >>> partial_withdrawal("lainnya", balance=100_000_000, membership_start=dt.date(2014, 3, 2),
    ...                    on=dt.date(2024, 3, 1)).failed[0].code
    'membership'
    """
    pur = PartialPurpose.parse(purpose)
    bal = Rupiah.of(balance, "balance")
    if bal < 0:
        raise InvalidInputError(N_("balance must not be negative, got {bal}"), bal=bal)
    start = _opt_date(membership_start, "membership_start")
    if start is None:
        raise InvalidInputError(N_("membership_start is required (the day JHT membership began)"))
    day = validate.date(on, "on")
    if start > day:
        raise InvalidDateError(
            N_("membership_start {start} is after the claim day {day}"), start=start, day=day
        )
    prev_date: dt.date | None = None
    if isinstance(previous_partial, bool) or previous_partial is None:
        taken = bool(previous_partial)
    else:
        prev_date = _opt_date(previous_partial, "previous_partial")
        taken = True
        if prev_date is not None and prev_date > day:
            raise InvalidDateError(
                N_("previous_partial {prev_date} is after the claim day {day}"), prev_date=prev_date, day=day
            )
    req: Rupiah | None = None
    if requested is not None:
        req = Rupiah.of(requested, "requested")
        if req <= 0:
            raise InvalidInputError(N_("requested must be more than Rp0, got {req}"), req=req)
    p = resolve(params)
    try:
        years_dv = p.value("jht.partial.min_membership", day)
    except NotCoveredError as exc:
        raise NotCoveredError(N_("partial JHT withdrawal on {day}: {exc}"), day=day, exc=exc) from None
    share_name = f"jht.partial.share.{pur.value}"
    share_dv = p.value(share_name, day)
    times_dv = p.value("jht.partial.times", day)
    years: int = years_dv.value
    share: Rate = share_dv.value
    times: int = times_dv.value
    # "paling banyak 30% / 10%": the cap is rounded down so it never exceeds the share.
    maximum = (bal * share).rounded(Rounding.DOWN)
    due = anniversary(start, years)
    once = not taken or times > 1
    if not taken:
        once_reason = Reason.of(
            "once_only",
            once,
            N_("no earlier partial withdrawal ({times} allowed during membership)"),
            basis=(times_dv.cite(),),
            times=times,
        )
    elif prev_date is not None:
        once_reason = Reason.of(
            "once_only",
            once,
            N_("a partial withdrawal was already taken on {day}; only {times} is allowed during membership"),
            basis=(times_dv.cite(),),
            day=prev_date.isoformat(),
            times=times,
        )
    else:
        once_reason = Reason.of(
            "once_only",
            once,
            N_("a partial withdrawal was already taken; only {times} is allowed during membership"),
            basis=(times_dv.cite(),),
            times=times,
        )
    reasons = [
        Reason.of(
            "membership",
            due <= day,
            N_("membership of at least {years} years: reached on {day}"),
            basis=(years_dv.cite(),),
            years=years,
            day=due.isoformat(),
        ),
        once_reason,
    ]
    if req is not None:
        reasons.append(
            Reason.of(
                "amount",
                req <= maximum,
                N_("requested {requested} against at most {share} of {balance} = {maximum}"),
                basis=(share_dv.cite(),),
                requested=req,
                share=share,
                balance=bal,
                maximum=maximum,
            )
        )
    else:
        reasons.append(
            Reason.of(
                "amount",
                _MET,
                N_("at most {share} of {balance} = {maximum}"),
                basis=(share_dv.cite(),),
                share=share,
                balance=bal,
                maximum=maximum,
            )
        )
    eligible = all(x.met for x in reasons)
    earliest = max(due, day) if not taken or times > 1 else None
    amount = (req if req is not None else maximum) if eligible else Rupiah.zero()
    uses = (
        ParamUse.of("jht.partial.min_membership", years_dv),
        ParamUse.of(share_name, share_dv),
        ParamUse.of("jht.partial.times", times_dv),
    )
    details = MappingProxyType(
        {
            "purpose": pur.value,
            "share": str(share),
            "balance": bal,
            "maximum": maximum,
            "requested": req,
            "amount": amount,
        }
    )

    def explain() -> Explanation:
        return Explanation(
            title=f"Partial JHT withdrawal: {_PURPOSE_EN[pur]}",
            title_id=f"Pengambilan sebagian JHT: {_PURPOSE_ID[pur]}",
            value=amount,
            inputs=(("balance", bal), ("membership_start", start), ("on", day), ("maximum", maximum)),
            parameters=uses,
            children=tuple(Explanation(title=x.message, title_id=x.message_id, value=x.met) for x in reasons),
        )

    return Decision(
        eligible=eligible,
        reasons=tuple(reasons),
        earliest_on=earliest,
        details=details,
        explainer=explain,
    )
