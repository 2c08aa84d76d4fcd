"""JKM (Jaminan Kematian): the benefits paid when a participant dies not from work.

*Jaminan Kematian* is the death insurance of PP 44/2015. It pays the heirs (*ahli waris*,
see :mod:`jamsos.heirs`) when a participant dies **in active membership** (*dalam masa
aktif*: still working and paying contributions, Penjelasan Pasal 34 ayat (1)) of a cause
that is not a work accident or an occupational disease; a death from work is paid by JKK
instead (:func:`jamsos.jkk.death_benefit`), and the two never stack.

The benefit (Pasal 34) has four parts:

* *santunan sekaligus*: a lump sum;
* *santunan berkala*: a periodic benefit, paid at once;
* *biaya pemakaman*: the funeral cost (to whoever arranged the funeral if there is no heir);
* *beasiswa pendidikan anak*: the children's scholarship, when the contribution period
  (*masa iur*) is long enough (5 years under PP 44/2015, 3 years under PP 82/2019), see
  :mod:`jamsos.scholarship`.

Which date selects the law: the date of death. PP 44/2015 applies to deaths from
2015-07-01, PP 82/2019 to deaths from 2019-12-02 (it took effect on promulgation, with no
transition rule).

Migrant workers (PMI) have their own amounts (Permenaker 4/2023, from 2023-02-22), by the
placement phase of the death (:class:`jamsos.placement.Phase`): before or after placement
the same three parts as above; during placement one amount that covers all three.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Final

from jamsos import validate
from jamsos.arrears import ArrearsWording, arrears_decision
from jamsos.domain import Program, Segment
from jamsos.errors import InvalidInputError, NotCoveredError
from jamsos.explain import Explanation, Tracer
from jamsos.i18n import N_, translate
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet, articles, current_law_option, resolve
from jamsos.periods import Month, event_date
from jamsos.placement import Phase, phase_for
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Decision, Note, Payment, Reason
from jamsos.scholarship import entitlement

__all__ = ["arrears", "coverage", "death_benefit"]

_LUMP: Final = "jkm.benefit.lump_sum"
_PERIODIC: Final = "jkm.benefit.periodic"
_FUNERAL: Final = "jkm.benefit.funeral"
_MIN_MONTHS: Final = "jkm.scholarship.min_contribution_months"
_PAY_DAYS: Final = "jkm.payment.working_days"
_PMI_OUTSIDE: Final = "pmi.jkm.outside_placement."
_PMI_DURING: Final = "pmi.jkm.during_placement.total"


def _months(value: object, what: str) -> int:
    # 1200 months (100 years): an input sanity bound, not law; the same as JP's
    return validate.count(value, what, maximum=1200)


def _segment(value: object) -> Segment:
    seg = Segment.parse(value)
    if seg is Segment.MIGRANT_WORKER:
        raise NotCoveredError(
            N_(
                "JKM arrears rules of migrant workers (PMI) follow Permenaker 4/2023, which "
                "is not in jamsos's law data; wage earners, BPU and construction workers are "
                "covered"
            )
        )
    return seg


def _phase(seg: Segment, phase: object) -> Phase | None:
    return phase_for(
        seg is Segment.MIGRANT_WORKER,
        phase,
        segment=seg.code,
        missing=N_(
            "a migrant worker's (PMI) JKM depends on the placement phase of the "
            "death: pass phase='before', 'during' or 'after' (sebelum, selama, "
            "setelah bekerja)"
        ),
    )


def _when(item: tuple[dt.date | Month, Rupiah]) -> dt.date:
    when = item[0]
    return when if isinstance(when, dt.date) else when.first_day


@current_law_option
@recorded()
def death_benefit(
    *,
    died_on: dt.date,
    contribution_months: int | None = None,
    children: object = None,
    segment: Segment | str = Segment.WAGE_EARNER,
    phase: Phase | str | None = None,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Award:
    """The JKM benefit for a participant who died on ``died_on``, not from work.

    Which date selects the law: ``died_on``. ``contribution_months`` is the masa iur; the
    scholarship is included only when it is given and reaches the minimum in force (60
    months under PP 44/2015, 36 under PP 82/2019). Under PP 82/2019 the scholarship needs
    ``children`` (the children's school levels, e.g. ``["SD", "SMA"]`` or
    :class:`jamsos.scholarship.Child` values); under PP 44/2015 it is one amount unless
    ``children`` is given and empty (no child). ``segment`` changes nothing in the amounts
    (BPU and construction workers receive the same). A migrant worker (``segment="PMI"``)
    needs ``phase`` (``"before"``, ``"during"`` or ``"after"`` placement; Permenaker 4/2023,
    deaths from 2023-02-22): before or after placement Rp20.000.000 + Rp12.000.000 +
    Rp10.000.000, during placement one amount of Rp85.000.000 (all unconfirmed: the
    Lampiran was not read; ``jamsos params pmi.jkm`` names the sources). The PMI scholarship
    is not in the data. ``as_of`` (default: today) refuses deaths in the future.

    The cash benefit under PP 82/2019 (Pasal 34 ayat (1) huruf a-c):

    >>> a = death_benefit(died_on=dt.date(2025, 5, 10))
    >>> str(a.total), [c.name for c in a.components]
    ('Rp42.000.000', ['lump sum', 'periodic benefit', 'funeral'])

    With 40 months of contributions and two children at SD and SMA:

    >>> a = death_benefit(died_on=dt.date(2025, 5, 10), contribution_months=40, children=["SD", "SMA"])
    >>> str(a.component("scholarship, child 1").amount), str(a.total)
    ('Rp84.000.000', 'Rp195.000.000')

    Under PP 44/2015 (death on 2019-12-01), 5 years of contributions:

    >>> str(death_benefit(died_on=dt.date(2019, 12, 1), contribution_months=60).total)
    'Rp36.000.000'

    A migrant worker who died during placement in 2025:

    >>> str(death_benefit(died_on=dt.date(2025, 4, 15), segment="PMI", phase="during").total)
    'Rp85.000.000'
    """
    day = event_date(died_on, "died_on", as_of)
    months = None if contribution_months is None else _months(contribution_months, "contribution_months")
    seg = Segment.parse(segment)
    placement = _phase(seg, phase)
    p = resolve(params)
    if placement is not None:
        return _pmi_death_benefit(day, placement, months, p)
    t = Tracer(p)
    lump = t.dated(_LUMP, day)
    periodic = t.dated(_PERIODIC, day)
    funeral = t.dated(_FUNERAL, day)
    cash_uses = t.take()
    components = [
        Component("lump sum", lump.value, (lump.cite(),), note="santunan sekaligus, to the heirs"),
        Component(
            "periodic benefit", periodic.value, (periodic.cite(),), note="santunan berkala, paid at once"
        ),
        Component(
            "funeral",
            funeral.value,
            (funeral.cite(),),
            note="biaya pemakaman; without heirs, to whoever arranged the funeral",
        ),
    ]
    cash = sum((c.amount for c in components), Rupiah.zero())
    by_date: dict[dt.date | Month, Rupiah] = {day: cash}
    pay_days = p.value(_PAY_DAYS, day)
    notes: list[str] = [
        Note(
            "jkm.payment_deadline",
            f"paid within {pay_days.integer()} working days of a complete claim ({pay_days.cite()}); "
            "payments are dated on the date of death",
        )
    ]
    min_months_dv = t.dated(_MIN_MONTHS, day)
    min_uses = t.take()
    scholarship: Award | None = None
    if months is None:
        notes.append(
            Note(
                "jkm.scholarship_not_assessed",
                "scholarship not assessed: pass contribution_months (masa iur) and children to include it",
            )
        )
        condition = None
    else:
        condition = months >= min_months_dv.value
        if not condition:
            notes.append(
                Note.of(
                    "jkm.scholarship_masa_iur_short",
                    N_(
                        "no scholarship: masa iur {months} months is below the {required} months "
                        "required ({cite})"
                    ),
                    months=months,
                    required=min_months_dv.value,
                    cite=min_months_dv.cite(),
                )
            )
        else:
            scholarship = entitlement(children, on=day, program=Program.JKM, params=p)
            sch_cite = min_months_dv.cite()
            for c in scholarship.components:
                components.append(Component(c.name, c.amount, (sch_cite, *c.basis), note=c.note))
            for when, amount in scholarship.payments:
                by_date[when] = by_date.get(when, Rupiah.zero()) + amount
            notes.extend(scholarship.notes)
    payments: tuple[Payment, ...] = tuple(sorted(by_date.items(), key=_when))
    result_components = tuple(components)
    total = sum((c.amount for c in result_components), Rupiah.zero())

    def explain() -> Explanation:
        steps = [
            Explanation(
                "Cash benefit: lump sum + periodic + funeral",
                "Santunan tunai: sekaligus + berkala + pemakaman",
                value=cash,
                parameters=cash_uses,
            ),
            Explanation(
                "Scholarship condition: masa iur at least the minimum",
                "Syarat beasiswa: masa iur paling singkat",
                value=condition,
                inputs=(("contribution months", months),),
                parameters=min_uses,
            ),
        ]
        if scholarship is not None:
            steps.append(scholarship.explain())
        return Explanation(
            "JKM death benefit",
            "Manfaat Jaminan Kematian",
            value=total,
            inputs=(("died on", day), ("segment", seg.code)),
            children=tuple(steps),
        )

    return Award(
        kind="jkm.death",
        components=result_components,
        payments=payments,
        notes=tuple(notes),
        details=MappingProxyType(
            {
                "died_on": day,
                "law_since": lump.since,
                "segment": seg.code,
                "contribution_months": months,
                "scholarship_condition": condition,
            }
        ),
        explainer=explain,
    )


def _phase_note(code: str, template: str, phase: Phase) -> Note:
    """A note naming the placement phase (``before``/``during``/``after``) in each language."""
    return Note(
        code,
        template.format(phase=phase.value),
        translate(template, "id").format(phase=translate(phase.value, "id")),
    )


def _pmi_death_benefit(day: dt.date, phase: Phase, months: int | None, p: ParameterSet) -> Award:
    """Permenaker 4/2023 JKM of a migrant worker (PMI), by placement phase."""
    t = Tracer(p)
    if phase.outside_placement:
        parts = (
            ("lump sum", "lump_sum", "santunan kematian, to the heirs"),
            ("periodic benefit", "periodic", "santunan berkala, paid at once"),
            ("funeral", "funeral", "biaya pemakaman"),
        )
        components = []
        for label, key, note in parts:
            dv = t.dated(_PMI_OUTSIDE + key, day)
            components.append(Component(label, dv.rupiah(), (dv.cite(),), note=note))
    else:
        dv = t.dated(_PMI_DURING, day)
        components = [
            Component(
                "lump sum, periodic benefit and funeral",
                dv.rupiah(),
                (dv.cite(),),
                note="santunan kematian, santunan berkala and biaya pemakaman paid at once as one amount",
            )
        ]
    uses = t.take()
    total = sum((c.amount for c in components), Rupiah.zero())
    notes = [
        _phase_note(
            "jkm.pmi_amounts_reported",
            N_(
                "migrant worker (PMI), death {phase} placement: amounts from the Lampiran of "
                "Permenaker 4/2023 as reported by BPJS Ketenagakerjaan (unconfirmed); payments are "
                "dated on the date of death"
            ),
            phase,
        ),
        Note(
            "jkm.pmi_scholarship_not_included",
            "the PMI children's scholarship is not in jamsos's law data and is not included",
        ),
    ]
    if months is not None:
        notes.append(
            Note("jkm.pmi_months_ignored", "contribution_months does not change a PMI's JKM amounts")
        )

    def explain() -> Explanation:
        return Explanation(
            "JKM death benefit of a migrant worker (PMI)",
            "Manfaat Jaminan Kematian Pekerja Migran Indonesia",
            value=total,
            inputs=(("died on", day), ("segment", Segment.MIGRANT_WORKER.code), ("phase", phase.value)),
            parameters=uses,
        )

    return Award(
        kind="jkm.death",
        components=tuple(components),
        payments=((day, total),),
        notes=tuple(notes),
        details=MappingProxyType(
            {
                "died_on": day,
                "law_since": uses[0].since if uses else day,
                "segment": Segment.MIGRANT_WORKER.code,
                "phase": phase.value,
                "contribution_months": months,
                "scholarship_condition": None,
            }
        ),
        explainer=explain,
    )


_ARREARS_WORDING: Final = ArrearsWording(
    prefix="jkm",
    bpu_ok="arrears of {months} months (at most {limit}): funeral cost paid at once; lump sum, periodic "
    "benefit and scholarship after the heirs pay the arrears",
    bpu_fail="arrears of {months} months exceed {limit}: no right to JKM",
    employer_ok="employer arrears of {months} months (at most {limit}): BPJS pays the benefit",
    employer_fail="employer arrears of {months} months exceed {limit}: the employer pays the heirs first "
    "and is reimbursed after paying all arrears and fines",
    title="JKM and contribution arrears",
    title_id="JKM dan tunggakan iuran",
    date_label="date of death",
)


@current_law_option
@recorded("jkm.arrears")
def arrears(
    *,
    months_in_arrears: int,
    on: dt.date,
    segment: Segment | str = Segment.WAGE_EARNER,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Decision:
    """Whether BPJS pays the JKM benefit directly, given contribution arrears at the death.

    Which date selects the law: ``on``, the date of death. Wage earners (PP 44/2015 Pasal
    41): arrears of up to 3 consecutive months, BPJS pays; more, the employer pays the heirs
    first and is reimbursed after paying the arrears and fines (``details["payer"]`` says
    who). BPU (Pasal 42): up to 3 months, the funeral cost is paid at once and the rest after
    the heirs pay the arrears; more than 3 months, no right to JKM.

    >>> arrears(months_in_arrears=4, on=dt.date(2025, 5, 10)).details["payer"]
    'employer'
    >>> arrears(months_in_arrears=4, on=dt.date(2025, 5, 10), segment="BPU").eligible
    False
    """
    day = validate.date(on, "on")
    months = _months(months_in_arrears, "months_in_arrears")
    seg = _segment(segment)
    return arrears_decision(_ARREARS_WORDING, day=day, months=months, seg=seg, params=resolve(params))


@recorded("jkm.coverage")
def coverage(
    *,
    died_on: dt.date,
    covered_from: dt.date,
    active: bool = True,
    work_related: bool = False,
) -> Decision:
    """Whether a death falls under JKM: covered, in active membership, not from work.

    Coverage starts when BPJS issues the membership number, after the form and the first
    contribution (PP 44/2015 Pasal 6 ayat (2)-(3), 10, 11): ``covered_from`` is that day.
    ``active`` means still working and paying contributions (Penjelasan Pasal 34 ayat
    (1)). A death from a work accident or occupational disease is paid by JKK (Pasal 1
    angka 2, Pasal 40 ayat (1)). The same rules hold on every date since 2015-07-01.

    >>> d = coverage(died_on=dt.date(2025, 5, 10), covered_from=dt.date(2020, 1, 1), work_related=True)
    >>> d.eligible, d.failed[0].code
    (False, 'not_work_related')
    """
    day = validate.date(died_on, "died_on")
    start = validate.date(covered_from, "covered_from")
    p = resolve(None)
    for name, flag in (("active", active), ("work_related", work_related)):
        if not isinstance(flag, bool):
            raise InvalidInputError(N_("{what} must be True or False, got {value!r}"), what=name, value=flag)
    reasons = (
        Reason.of(
            "coverage_started",
            start <= day,
            N_("membership number issued on {start}, before or on the death on {day}")
            if start <= day
            else N_("membership number issued on {start}, after the death on {day}"),
            basis=articles(p, "jkm.articles", "coverage_started", day),
            start=start.isoformat(),
            day=day.isoformat(),
        ),
        Reason(
            "active_membership",
            active,
            "died in active membership (still working and paying contributions)"
            if active
            else "not in active membership at the death",
            articles(p, "jkm.articles", "active_membership", day),
        ),
        Reason(
            "not_work_related",
            not work_related,
            "death not from a work accident or occupational disease"
            if not work_related
            else "death from work: JKK pays the death benefit instead (jamsos.jkk.death_benefit)",
            articles(p, "jkm.articles", "not_work_related", day),
        ),
    )
    ok = all(r.met for r in reasons)

    def explain() -> Explanation:
        return Explanation(
            "Is the death covered by JKM?",
            "Apakah kematian ditanggung JKM?",
            value=ok,
            inputs=(
                ("died on", day),
                ("covered from", start),
                ("active", active),
                ("work related", work_related),
            ),
        )

    return Decision(ok, reasons, explainer=explain)
