"""JKK claims and coverage: the employer's arrears, the claim lapse, occupational diseases that appear
after employment ends, and accident coverage.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Final

from jamsos import validate
from jamsos.arrears import ArrearsWording, arrears_decision
from jamsos.domain import Segment
from jamsos.errors import InvalidInputError
from jamsos.explain import Explanation, Tracer
from jamsos.i18n import N_
from jamsos.jkk.incapacity import months_arg
from jamsos.jkk.inputs import segment_arg
from jamsos.parameters import ParameterSet, articles, current_law_option, resolve
from jamsos.periods import shift_months
from jamsos.provenance import recorded
from jamsos.results import Decision, Reason

_ARREARS_WORDING: Final = ArrearsWording(
    prefix="jkk",
    bpu_ok="arrears of {months} months (at most {limit}): medical care at once; cash benefits after "
    "recovery is certified and the arrears are paid",
    bpu_fail="arrears of {months} months exceed {limit}: no right to JKK",
    employer_ok="employer arrears of {months} months (at most {limit}): BPJS pays the benefits",
    employer_fail="employer arrears of {months} months exceed {limit}: the employer pays the benefits "
    "first and is reimbursed after paying all arrears and fines",
    title="JKK and contribution arrears",
    title_id="JKK dan tunggakan iuran",
    date_label="accident date",
)


@current_law_option
@recorded("jkk.arrears")
def arrears(
    *,
    months_in_arrears: int,
    on: dt.date,
    segment: Segment | str = Segment.WAGE_EARNER,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Decision:
    """Whether BPJS pays the JKK benefits directly, given contribution arrears at the accident.

    Which date selects the law: ``on``, the accident date. Wage earners (PP 44/2015 Pasal
    38): arrears of up to 3 consecutive months, BPJS pays; more, the employer pays the
    worker first and may claim it back after paying all arrears and fines
    (``details["payer"] == "employer"``). BPU (Pasal 39): up to 3 months, medical care at
    once and cash benefits after recovery is certified and the arrears are paid; more than
    3 months, no right to JKK.

    >>> arrears(months_in_arrears=3, on=dt.date(2025, 5, 10)).eligible
    True
    >>> arrears(months_in_arrears=4, on=dt.date(2025, 5, 10)).details["payer"]
    'employer'
    """
    day = validate.date(on, "on")
    months = months_arg(months_in_arrears, "months_in_arrears")
    seg = segment_arg(segment)
    return arrears_decision(_ARREARS_WORDING, day=day, months=months, seg=seg, params=resolve(params))


@current_law_option
@recorded("jkk.claim_lapse")
def claim_lapse(
    *,
    event_on: dt.date,
    claim_on: dt.date,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Decision:
    """Whether a JKK claim made on ``claim_on`` is still in time (*kedaluwarsa*).

    Which date selects the law: ``event_on``, the accident date or the diagnosis date of an
    occupational disease: 2 years under PP 44/2015 Pasal 26, 5 years under Pasal 26 as
    amended by PP 82/2019. PP 82/2019 has no transition rule; jamsos applies the period in
    force on the event date (a known gap). ``earliest_on`` is unused; ``details["deadline"]``
    is the last day to claim.

    >>> claim_lapse(event_on=dt.date(2019, 12, 1), claim_on=dt.date(2022, 1, 1)).eligible
    False
    >>> claim_lapse(event_on=dt.date(2019, 12, 2), claim_on=dt.date(2022, 1, 1)).eligible
    True
    """
    event = validate.date(event_on, "event_on")
    claim = validate.date(claim_on, "claim_on")
    if claim < event:
        raise InvalidInputError(
            N_("claim_on {claim} is before the event on {event}"), claim=claim, event=event
        )
    t = Tracer(resolve(params))
    dv = t.dated("jkk.claim_lapse_years", event)
    deadline = shift_months(event, 12 * dv.value) - dt.timedelta(days=1)
    ok = claim <= deadline
    reason = Reason(
        "claim_in_time",
        ok,
        f"claim on {claim.isoformat()}; the right lapses {dv.value} years after the event (last day "
        f"{deadline.isoformat()})",
        (dv.cite(),),
    )
    uses = t.take()

    def explain() -> Explanation:
        return Explanation(
            "JKK claim lapse period",
            "Daluwarsa hak menuntut JKK",
            value=ok,
            inputs=(("event", event), ("claim", claim), ("last day", deadline)),
            parameters=uses,
        )

    return Decision(ok, (reason,), details=MappingProxyType({"deadline": deadline}), explainer=explain)


@current_law_option
@recorded("jkk.occupational_disease")
def occupational_disease(
    *,
    employment_ended_on: dt.date,
    diagnosed_on: dt.date,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Decision:
    """Whether an occupational disease diagnosed after the job ended is still covered.

    Which date selects the law: ``diagnosed_on``. Covered when it appears within 3 years
    after the employment ends (PP 44/2015 Pasal 48 ayat (2)). The disease types are listed
    by Perpres 7/2019 (not checked here).

    >>> d = occupational_disease(employment_ended_on=dt.date(2022, 1, 31), diagnosed_on=dt.date(2025, 1, 30))
    >>> d.eligible
    True
    """
    ended = validate.date(employment_ended_on, "employment_ended_on")
    diag = validate.date(diagnosed_on, "diagnosed_on")
    t = Tracer(resolve(params))
    dv = t.dated("jkk.occupational_disease.after_employment_years", diag)
    limit = shift_months(ended, 12 * dv.value)
    ok = diag <= limit
    reason = Reason(
        "within_period_after_employment",
        ok,
        f"diagnosed on {diag.isoformat()}; covered up to {limit.isoformat()} ({dv.value} years after the "
        f"employment ended on {ended.isoformat()})",
        (dv.cite(),),
    )
    uses = t.take()

    def explain() -> Explanation:
        return Explanation(
            "Occupational disease after employment ends",
            "Penyakit akibat kerja setelah hubungan kerja berakhir",
            value=ok,
            inputs=(("employment ended", ended), ("diagnosed", diag)),
            parameters=uses,
        )

    return Decision(ok, (reason,), details=MappingProxyType({"covered_until": limit}), explainer=explain)


@recorded("jkk.accident_coverage")
def accident_coverage(
    *,
    on: dt.date,
    covered_from: dt.date,
    commuting: bool = False,
    usual_route: bool = True,
) -> Decision:
    """Whether an accident on ``on`` is covered: membership started, and a commute counts.

    Coverage starts when BPJS issues the membership number (PP 44/2015 Pasal 6 ayat
    (2)-(3), 10, 11); ``covered_from`` is that day. Accidents on the way from home to work
    and back are work accidents (Pasal 1 angka 6) when the usual route is taken (Permenaker
    5/2021, as reported; unconfirmed). The same rules hold on every date since 2015-07-01.

    >>> accident_coverage(on=dt.date(2025, 5, 10), covered_from=dt.date(2025, 5, 1), commuting=True).eligible
    True
    """
    day = validate.date(on, "on")
    start = validate.date(covered_from, "covered_from")
    for name, flag in (("commuting", commuting), ("usual_route", usual_route)):
        if not isinstance(flag, bool):
            raise InvalidInputError(N_("{what} must be True or False, got {value!r}"), what=name, value=flag)
    reasons = [
        Reason(
            "coverage_started",
            start <= day,
            f"membership number issued on {start.isoformat()}, "
            + ("before or on" if start <= day else "after")
            + f" the accident on {day.isoformat()}",
            articles(resolve(None), "jkk.articles", "coverage_started", day),
        )
    ]
    if commuting:
        reasons.append(
            Reason(
                "commuting_usual_route",
                usual_route,
                "accident on the way between home and work by the usual route"
                if usual_route
                else "accident on the way between home and work, off the usual route",
                ("PP 44/2015 Pasal 1 angka 6", "Permenaker 5/2021 (reported)"),
            )
        )
    ok = all(r.met for r in reasons)

    def explain() -> Explanation:
        return Explanation(
            "Is the accident covered by JKK?",
            "Apakah kecelakaan ditanggung JKK?",
            value=ok,
            inputs=(("accident", day), ("covered from", start), ("commuting", commuting)),
        )

    return Decision(ok, tuple(reasons), explainer=explain)
