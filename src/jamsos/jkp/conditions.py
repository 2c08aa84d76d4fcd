"""JKP eligibility conditions: the inputs of one question (:class:`Case`), the collector of
reasons (:class:`Checks`) and one function per condition (membership, contributions, the kind
of termination, the loss of the job, repeat claims, who paid, the dates given).
"""

from __future__ import annotations

import datetime as dt

import attrs

from jamsos.domain import ContributionHistory, EmployerScale, Program, Segment
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    NotCoveredError,
)
from jamsos.explain import Explanation, Tracer
from jamsos.i18n import N_, translate
from jamsos.jkp.claims import claim_deadline_of
from jamsos.jkp.reasons import FIXED_TERM, TITLES, YEARS_MONTHS, TerminationReason
from jamsos.jp import pension_date
from jamsos.parameters import ParameterSet
from jamsos.periods import Month, age_on
from jamsos.results import Note, Reason


class Checks:
    """Collects one Reason and one explanation step per condition."""

    def __init__(self, tracer: Tracer) -> None:
        self.t = tracer
        self.reasons: list[Reason] = []
        self.steps: list[Explanation] = []
        self.notes: list[str] = []
        self.details: dict[str, object] = {}

    def add(self, code: str, met: bool, message: str, terms: tuple[str, ...] = (), **params: object) -> None:
        """One condition; ``message`` is an English msgid, formatted with ``params`` if given.

        ``terms`` names the params that are English words (a termination reason): the
        Indonesian text shows their catalog entry.
        """
        uses = self.t.take()
        basis = tuple(dict.fromkeys(u.cite for u in uses))
        if terms:
            id_params = {k: translate(str(v), "id") if k in terms else v for k, v in params.items()}
            reason = Reason(
                code, met, message.format(**params), basis, translate(message, "id").format(**id_params)
            )
        else:
            reason = Reason.of(code, met, message, basis=basis, **params)
        self.reasons.append(reason)
        en, id_ = TITLES[code]
        self.steps.append(
            Explanation(en, id_, value=met, parameters=uses, note=reason.message, note_id=reason.message_id)
        )


@attrs.frozen
class Case:
    """The normalized inputs of one eligibility question."""

    history: ContributionHistory
    phk: dt.date
    why: TerminationReason
    birth: dt.date
    registered: dt.date
    scale: EmployerScale
    segment: Segment
    citizen: bool
    jkn: bool
    jkn_employer: bool
    willing: bool
    enrolled: frozenset[Program] | None
    contract_end: dt.date | None
    claim: dt.date  # given, or the first day a claim can be filed
    new_job: dt.date | None
    died: dt.date | None
    earlier: tuple[dt.date, ...]
    arrears: int
    bankrupt: bool
    jkp_first: Month  # the first JKP contribution month

    @property
    def on(self) -> dt.date:
        """The date whose law tests the conditions: the claim date."""
        return self.claim


def check_membership(c: Checks, x: Case) -> None:
    """Programme launch; Pasal 4 (participants); Pasal 19 ayat (2) (willing to work)."""
    t, on = c.t, x.on
    first_claim: dt.date = t.dated("jkp.eligibility.first_claim_date", x.phk).value
    c.add(
        "claims_open",
        x.claim >= first_claim,
        N_("JKP claims can be filed from {first}; claim date {claim}"),
        first=first_claim.isoformat(),
        claim=x.claim.isoformat(),
    )
    if t.value("jkp.eligibility.citizenship_required", on):
        c.add(
            "citizen",
            x.citizen,
            N_("Indonesian citizen (WNI)")
            if x.citizen
            else N_("not an Indonesian citizen: only WNI can join JKP"),
        )
    max_age = t.integer("jkp.eligibility.max_registration_age", on)
    age = age_on(x.birth, x.registered)
    c.add(
        "registration_age",
        age < max_age,
        N_("aged {age} when registered on {registered}; must be under {max_age}"),
        age=age,
        registered=x.registered.isoformat(),
        max_age=max_age,
    )
    segments = t.dated("jkp.eligibility.segments", on).value
    inside = x.segment.code in segments
    c.add(
        "employment_relationship",
        inside,
        N_("segment {segment}: a wage earner with an employment relationship")
        if inside
        else N_(
            "segment {segment}: no employment relationship with an employer, outside JKP "
            "(only wage earners, PU)"
        ),
        segment=x.segment.code,
    )
    required_dv = t.dated(f"membership.jkp_required_programs.{x.scale.value}", on)
    required = frozenset(Program.parse(v) for v in required_dv.value)
    have = required if x.enrolled is None else x.enrolled
    missing = sorted(v.code.upper() for v in required - have)
    c.add(
        "programs",
        not missing,
        N_("a {scale} employer's worker must be in {required}; missing: {missing}")
        if missing
        else N_("a {scale} employer's worker must be in {required}; all enrolled"),
        terms=("scale",),
        scale=x.scale.value,
        required=", ".join(sorted(v.code.upper() for v in required)),
        missing=", ".join(missing),
    )
    t.dated(f"membership.jkp_required_programs.{x.scale.value}", on)  # JKN is in the same ayat
    employer_jkn_needed = bool(t.value("jkp.eligibility.jkn_through_employer_required", on))
    if not x.jkn:
        jkn_msg = N_("not registered in JKN (national health insurance)")
    elif employer_jkn_needed and not x.jkn_employer:
        jkn_msg = N_("registered in JKN, but not as a wage earner of a business entity, as then required")
    else:
        jkn_msg = N_("registered in JKN")
    c.add("jkn", x.jkn and (x.jkn_employer or not employer_jkn_needed), jkn_msg)
    if t.value("jkp.eligibility.willing_to_work_required", on):
        c.add(
            "willing_to_work",
            x.willing,
            N_("willing to work again")
            if x.willing
            else N_("not willing to work again (as an employee or self-employed)"),
        )


def check_contributions(c: Checks, x: Case) -> None:
    """Pasal 19 ayat (3): the qualifying months (and, under PP 37/2021, the consecutive run)."""
    t, on = c.t, x.on
    needed = t.integer("jkp.eligibility.qualifying_months", on)
    window = t.integer("jkp.eligibility.qualifying_window", on)
    count_phk = bool(t.value("jkp.eligibility.count_phk_month", on))
    last = Month.of(x.phk) if count_phk else Month.of(x.phk).minus(1)
    first = last.minus(window - 1)
    paid = _jkp_months(x.history, max(first, x.jkp_first), last)
    c.add(
        "masa_iur",
        paid >= needed,
        N_(
            "{paid} JKP contribution months in the {window} calendar months {first}..{last}; "
            "at least {needed} needed"
        ),
        paid=paid,
        window=window,
        first=str(first),
        last=str(last),
        needed=needed,
    )
    consecutive = t.integer("jkp.eligibility.consecutive_months", on)
    run = 0
    if consecutive:
        run = _run_ending(x.history, last, x.jkp_first)
        c.add(
            "consecutive_months",
            run >= consecutive,
            N_("{run} consecutive paid months ending {last}; at least {consecutive} needed"),
            run=run,
            last=str(last),
            consecutive=consecutive,
        )
    else:
        t.take()  # no such condition in this regime
    c.details.update(
        {"window_first": first, "window_last": last, "masa_iur": paid, "consecutive_months": run}
    )


def check_termination(c: Checks, x: Case) -> None:
    """Pasal 20 ayat (1) (excluded reasons) and ayat (2) (fixed-term contracts)."""
    t, on = c.t, x.on
    excluded = t.dated("jkp.eligibility.excluded_reasons", on).value
    out = x.why.value in excluded
    c.add(
        "termination_reason",
        not out,
        N_("reason {reason}: excluded from JKP") if out else N_("reason {reason}: not an excluded reason"),
        terms=("reason",),
        reason=x.why.value.replace("_", " "),
    )
    if x.why in FIXED_TERM or x.contract_end is not None:
        early_only = bool(t.value("jkp.eligibility.fixed_term_only_if_early", on))
        early = x.why is not TerminationReason.CONTRACT_EXPIRED and (
            x.contract_end is None or x.phk < x.contract_end
        )
        ok = early or not early_only
        if early:
            c.add(
                "fixed_term",
                ok,
                N_("the fixed-term contract (PKWT) was ended by the employer before its term"),
            )
        elif x.contract_end:
            c.add(
                "fixed_term",
                ok,
                N_("the fixed-term contract (PKWT) ran to its term on {day}: no JKP"),
                day=x.contract_end.isoformat(),
            )
        else:
            c.add("fixed_term", ok, N_("the fixed-term contract (PKWT) ran to its term: no JKP"))


def check_loss(c: Checks, p: ParameterSet, x: Case) -> None:
    """Pasal 40: claim window, new job, death; Penjelasan Pasal 35: working life."""
    t, on = c.t, x.on
    deadline, window_dv = claim_deadline_of(p, x.phk)
    t.dated("jkp.eligibility.claim_window", window_dv.since)
    c.add(
        "claim_window",
        x.claim <= deadline,
        N_("claim by {deadline} ({months} months from the PHK); claim date {claim}"),
        deadline=deadline.isoformat(),
        months=window_dv.value,
        claim=x.claim.isoformat(),
    )
    c.details["claim_deadline"] = deadline
    if t.value("jkp.eligibility.lost_on_new_job", on):
        lost = x.new_job is not None and x.new_job <= x.claim
        if x.new_job is None:
            msg = "no new job reported"
        elif lost:
            msg = f"found a new job on {x.new_job.isoformat()}, before the claim: the right is lost"
        else:
            msg = f"new job on {x.new_job.isoformat()}, after the claim: payments from then on are not due"
            c.notes.append(Note("jkp.new_job", msg))
        c.add("no_new_job", not lost, msg)
    if t.value("jkp.eligibility.lost_on_death", on):
        dead = x.died is not None and x.died <= x.claim
        c.add(
            "alive", not dead, f"died on {x.died}: the right is lost" if dead else "alive on the claim date"
        )
    pension_day = _pension_day(x.birth, p)
    c.details["pension_date"] = pension_day
    if t.value("jkp.eligibility.working_life_ends_at_pension_age", on):
        if pension_day is not None:
            t.dated("jp.pension_age", pension_day)
        reached = pension_day.isoformat() if pension_day else "before JP began"
        c.add(
            "working_life",
            pension_day is not None and x.phk < pension_day,
            N_("JP pension age reached on {reached}; PHK on {phk}"),
            reached=reached,
            phk=x.phk.isoformat(),
        )


def check_repeat(c: Checks, x: Case) -> None:
    """Pasal 35: at most 3 claims; 5 years of masa iur since the previous benefit."""
    t, on = c.t, x.on
    max_claims = t.integer("jkp.eligibility.max_claims", on)
    c.add(
        "claim_limit",
        len(x.earlier) < max_claims,
        N_("{earlier} earlier JKP benefit(s); at most {max_claims} in a working life"),
        earlier=len(x.earlier),
        max_claims=max_claims,
    )
    since_last = 0
    if x.earlier:
        years = t.integer("jkp.eligibility.repeat_claim_years", on)
        last = c.details["window_last"]
        assert isinstance(last, Month)  # set by check_contributions, same counting convention
        since_last = _jkp_months(x.history, max(Month.of(x.earlier[-1]) + 1, x.jkp_first), last)
        c.add(
            "repeat_masa_iur",
            since_last >= years * YEARS_MONTHS,
            f"{since_last} contribution months since the benefit of {x.earlier[-1].isoformat()}; at "
            f"least {years} years ({years * YEARS_MONTHS} months) needed",
        )
    c.details.update({"earlier_claims": len(x.earlier), "months_since_last_claim": since_last})


def check_payer(c: Checks, x: Case) -> None:
    """Pasal 39 and 39A: who pays the cash benefit first. Never a condition of the right."""
    t, on = c.t, x.on
    limit = t.integer("jkp.arrears.bpjs_pays_up_to_months", on)
    bankrupt_limit = t.integer("jkp.arrears.bankrupt_bpjs_pays_up_to_months", on)
    if x.arrears <= limit:
        payer = "bpjs"
        msg = N_("{arrears} month(s) of employer arrears (at most {limit}): BPJS Ketenagakerjaan pays")
    elif x.bankrupt and bankrupt_limit and x.arrears <= bankrupt_limit:
        payer = "bpjs"
        msg = N_(
            "employer bankrupt or closed with {arrears} months of arrears (at most {bankrupt_limit}): "
            "BPJS Ketenagakerjaan still pays; the employer still owes the arrears"
        )
    else:
        payer = "employer"
        msg = N_(
            "{arrears} months of employer arrears (more than {limit}): the employer must pay the cash "
            "benefit first and may ask BPJS for reimbursement after settling arrears and fines"
        )
    # Who pays is not a condition of the right: always met.
    c.add(
        "benefit_payer", met=True, message=msg, arrears=x.arrears, limit=limit, bankrupt_limit=bankrupt_limit
    )
    c.details["payer"] = payer


def check_dates(
    history: ContributionHistory,
    phk: dt.date,
    birth: dt.date,
    registered: dt.date,
    claim: dt.date | None,
    new_job: dt.date | None,
    died: dt.date | None,
    earlier: tuple[dt.date, ...],
) -> None:
    if birth >= registered:
        raise InvalidDateError(
            N_("birth date {birth} is not before the registration date {registered}"),
            birth=birth,
            registered=registered,
        )
    if registered > phk:
        raise InvalidDateError(
            N_(
                "registered_on {registered} is after the PHK on {phk}; a worker is registered "
                "before the employment ends"
            ),
            registered=registered,
            phk=phk,
        )
    if claim is not None and claim < phk:
        raise InvalidDateError(
            N_("claim_on {claim} is before the PHK on {phk}; a claim follows the PHK"), claim=claim, phk=phk
        )
    if died is not None and died < phk:
        raise InvalidDateError(
            N_("died_on {died} is before the PHK on {phk}; use reason='death'"), died=died, phk=phk
        )
    if new_job is not None and new_job < phk:
        raise InvalidDateError(
            N_("new_job_on {new_job} is before the PHK on {phk}; a job held before the PHK is not a new job"),
            new_job=new_job,
            phk=phk,
        )
    if earlier and earlier[-1] >= phk:
        raise InvalidDateError(
            N_("previous_claims must be before this PHK ({phk}); got {day}"), phk=phk, day=earlier[-1]
        )
    if history and history.first_month < Month.of(registered):
        raise InvalidHistoryError(
            N_(
                "the history has contributions from {first_month}, before the registration on "
                "{registered}; fix the registration date or the history"
            ),
            first_month=history.first_month,
            registered=registered,
        )


def _jkp_months(history: ContributionHistory, first: Month, last: Month) -> int:
    """Months paid for JKP in ``[first, last]``."""
    if last < first:
        return 0
    return sum(1 for r in history if first <= r.month <= last and r.covers(Program.JKP))


def _run_ending(history: ContributionHistory, last: Month, jkp_first: Month) -> int:
    """Consecutive JKP months paid ending with ``last`` (none before JKP began)."""
    if last < jkp_first:
        return 0
    run = history.run_ending(last, Program.JKP)
    return min(run, last.months_since(jkp_first) + 1)


def _pension_day(birth: dt.date, p: ParameterSet) -> dt.date | None:
    try:
        return pension_date(birth, params=p)
    except NotCoveredError:
        return None  # pension age reached before JP began (2015): long past working life
