"""JKP eligibility: membership, contributions, the kind of termination, the loss of the job, repeat
claims and who paid, each check a reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from types import MappingProxyType

from jamsos.domain import ContributionHistory, EmployerScale, Program, Segment, parse_programs
from jamsos.errors import InvalidHistoryError
from jamsos.explain import Explanation, Tracer
from jamsos.i18n import N_, type_name
from jamsos.jkp.claims import (
    date_arg,
    dates_arg,
    default_claim,
    flag_arg,
    opt_date_arg,
    require_program,
    whole_arg,
)
from jamsos.jkp.conditions import (
    Case,
    Checks,
    check_contributions,
    check_dates,
    check_loss,
    check_membership,
    check_payer,
    check_repeat,
    check_termination,
)
from jamsos.jkp.reasons import TerminationReason
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Decision, Note


@current_law_option
@recorded("jkp.eligibility")
def eligibility(
    *,
    history: ContributionHistory,
    terminated_on: dt.date,
    reason: TerminationReason | str,
    birth_date: dt.date,
    registered_on: dt.date,
    employer_scale: EmployerScale | str = EmployerScale.LARGE,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
    citizen: bool = True,
    jkn_registered: bool = True,
    jkn_through_employer: bool = True,
    programs: Iterable[Program | str] | None = None,
    segment: Segment | str = Segment.WAGE_EARNER,
    willing_to_work: bool = True,
    contract_end: dt.date | None = None,
    claim_on: dt.date | None = None,
    new_job_on: dt.date | None = None,
    died_on: dt.date | None = None,
    previous_claims: Iterable[dt.date] = (),
    employer_arrears_months: int = 0,
    employer_bankrupt: bool = False,
) -> Decision:
    """Decide whether a worker dismissed on ``terminated_on`` has a right to JKP benefits.

    Every condition is a separate :class:`~jamsos.results.Reason` with its article:
    claims open (programme launch), citizenship, age under 54 at registration, employment
    relationship (wage earners only), programs for the employer's scale, JKN registration,
    willingness to work, the qualifying contribution months (and, under PP 37/2021, the 6
    consecutive months), the termination reason, the fixed-term rule, the claim window, no
    new job, alive, within working life (before JP pension age), the 3-claim limit and the
    5 years of masa iur since an earlier benefit. Employer arrears never take the right away;
    they decide who pays first (reason ``benefit_payer``, ``details["payer"]``).

    Which date selects the law: the claim date (``claim_on``, default: the first day a claim
    can be filed = the PHK date, or 2022-02-22 for earlier PHKs); the claim window follows the
    PHK date (see :func:`claim_deadline`). See the module docstring.

    Args:
        history: the worker's contribution months (across employers). Months count for JKP
            from February 2021; records whose ``programs`` omit JKP do not count.
        terminated_on: the PHK date. Before 2021-02-02: :class:`NotCoveredError`.
        reason: a :class:`TerminationReason` or its name (``"efisiensi"`` = dismissal).
        birth_date: for the working-life test (JP pension date) and the age at registration.
        registered_on: the day the employer registered the worker with BPJS
            Ketenagakerjaan (Pasal 4 ayat (1) huruf a: workers enrolled before 2021 keep
            their original registration). History months before it are an error.
        employer_scale: sets the programs required (Pasal 4 ayat (3)).
        programs: programs the worker is enrolled in; ``None`` = the required ones.
        jkn_through_employer: JKN membership as a wage earner of a business entity, required
            by PP 37/2021 Pasal 4 ayat (4) only.
        contract_end: the agreed end date of a PKWT; a PHK on or after it is an expiry.
        claim_on: the claim date; ``new_job_on`` / ``died_on``: the right is lost if either
            falls on or before the claim date (Pasal 40).
        previous_claims: dates of earlier JKP benefits (Pasal 35).
        employer_arrears_months: consecutive months of employer arrears at the PHK;
            ``employer_bankrupt``: declared bankrupt or closed (Pasal 39, 39A).

    >>> from jamsos import ContributionHistory, Month
    >>> h = ContributionHistory.constant(6_000_000, Month(2023, 1), Month(2025, 2))
    >>> d = eligibility(history=h, terminated_on=dt.date(2025, 3, 1), reason="efisiensi",
    ...                 birth_date=dt.date(1990, 5, 17), registered_on=dt.date(2023, 1, 2))
    >>> d.eligible, d.details["masa_iur"], str(d.details["claim_deadline"])
    (True, 24, '2025-09-01')
    >>> [r.code for r in d.failed]
    []
    """
    p = resolve(params)
    if not isinstance(history, ContributionHistory):
        raise InvalidHistoryError(
            N_(
                "history must be a jamsos.ContributionHistory, got {kind}; build one with "
                "ContributionHistory(records) or ContributionHistory.from_csv(path)"
            ),
            kind=type_name(history),
        )
    phk = date_arg(terminated_on, "terminated_on")
    why = TerminationReason.parse(reason)
    birth = date_arg(birth_date, "birth_date")
    registered = date_arg(registered_on, "registered_on")
    scale = EmployerScale.parse(employer_scale)
    seg = Segment.parse(segment)
    flags = {
        name: flag_arg(value, name)
        for name, value in (
            ("citizen", citizen),
            ("jkn_registered", jkn_registered),
            ("jkn_through_employer", jkn_through_employer),
            ("willing_to_work", willing_to_work),
            ("employer_bankrupt", employer_bankrupt),
        )
    }
    arrears = whole_arg(employer_arrears_months, "employer_arrears_months")
    enrolled = parse_programs(programs)
    contract_end_day = opt_date_arg(contract_end, "contract_end")
    claim_given = opt_date_arg(claim_on, "claim_on")
    new_job = opt_date_arg(new_job_on, "new_job_on")
    died = opt_date_arg(died_on, "died_on")
    earlier = dates_arg(previous_claims, "previous_claims")

    start = require_program(p, phk)
    check_dates(history, phk, birth, registered, claim_given, new_job, died, earlier)
    earliest = default_claim(p, phk)
    case = Case(
        history=history,
        phk=phk,
        why=why,
        birth=birth,
        registered=registered,
        scale=scale,
        segment=seg,
        citizen=flags["citizen"],
        jkn=flags["jkn_registered"],
        jkn_employer=flags["jkn_through_employer"],
        willing=flags["willing_to_work"],
        enrolled=enrolled,
        contract_end=contract_end_day,
        claim=claim_given if claim_given is not None else earliest,
        new_job=new_job,
        died=died,
        earlier=earlier,
        arrears=arrears,
        bankrupt=flags["employer_bankrupt"],
        jkp_first=Month.of(start),
    )
    c = Checks(Tracer(p))
    if claim_given is None:
        c.notes.append(
            Note.of(
                "jkp.claim_date_assumed",
                N_(
                    "no claim date given: the claim is taken as filed on {claim}, the first day a "
                    "claim can be filed"
                ),
                claim=case.claim.isoformat(),
            )
        )
    check_membership(c, case)
    check_contributions(c, case)
    check_termination(c, case)
    check_loss(c, p, case)
    check_repeat(c, case)
    check_payer(c, case)
    c.notes.append(
        Note(
            "jkp.phk_documents_not_checked",
            "the PHK must be proven with documents (PP 37/2021 Pasal 20 ayat (3) as amended); jamsos does "
            "not check them",
        )
    )

    eligible = all(r.met for r in c.reasons)
    regime = p.value("jkp.eligibility.qualifying_months", case.on).basis
    details = {"regime": regime.regulation if regime else "override", "claim_on": case.claim, **c.details}
    steps = tuple(c.steps)
    inputs = (
        ("terminated_on", phk),
        ("reason", why.value),
        ("claim_on", case.claim),
        ("birth_date", birth),
        ("registered_on", registered),
        ("employer_scale", scale.value),
        ("segment", seg.code),
        ("history_months", len(history)),
    )
    claim_text = case.claim.isoformat()

    def explain() -> Explanation:
        return Explanation(
            "JKP eligibility",
            "Kelayakan JKP",
            value=eligible,
            inputs=inputs,
            children=steps,
            note=f"conditions tested under the law in force on the claim date {claim_text}",
            note_id=f"syarat diuji menurut aturan yang berlaku pada tanggal klaim {claim_text}",
        )

    return Decision(
        eligible=eligible,
        reasons=tuple(c.reasons),
        earliest_on=earliest,
        notes=tuple(c.notes),
        details=MappingProxyType(details),
        explainer=explain,
    )
