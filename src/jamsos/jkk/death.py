"""The JKK death benefit: the lump sum, funeral cost, periodic payments and the children's scholarship."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Final

from jamsos.domain import Program, Segment
from jamsos.explain import Explanation, Tracer
from jamsos.i18n import N_, translate
from jamsos.jkk.inputs import (
    ROUNDING,
    cash_award,
    citations,
    phase_arg,
    segment_note,
    wage_arg,
)
from jamsos.money import MoneyLike
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import event_date
from jamsos.placement import Phase
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Note
from jamsos.scholarship import entitlement


def scholarship_award(children: object, day: dt.date, p: ParameterSet) -> Award:
    return entitlement(children, on=day, program=Program.JKK, params=p)


@current_law_option
@recorded()
def death_benefit(
    *,
    wage: MoneyLike | None,
    on: dt.date,
    children: object = None,
    segment: Segment | str = Segment.WAGE_EARNER,
    phase: Phase | str | None = None,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Award:
    """Benefits for a death from a work accident or occupational disease on ``on``.

    Which date selects the law: ``on``, the date of the accident (the death follows it).
    Components: the death benefit (48 months of wage, at least the minimum in force), the
    periodic benefit paid at once, the funeral cost, and the children's scholarship: under
    PP 44/2015 one amount (unless ``children=[]``); under PP 82/2019 yearly by the levels
    in ``children`` (omitted when ``children`` is not given). ``wage`` is the last monthly
    wage (BPU: the declared income).

    PP 44/2015, wage Rp4.000.000 (48 x 4 jt + 4,8 jt + 3 jt + 12 jt):

    >>> str(death_benefit(wage=4_000_000, on=dt.date(2019, 11, 4)).total)
    'Rp211.800.000'

    PP 82/2019, BPU declaring Rp1.000.000 (48 jt + 12 jt + 10 jt):

    >>> str(death_benefit(wage=1_000_000, on=dt.date(2023, 4, 1), segment="BPU").total)
    'Rp70.000.000'

    A migrant worker (``segment="PMI"``) needs ``phase`` (``"before"``, ``"during"`` or
    ``"after"`` placement) and no wage: Permenaker 4/2023 pays one nominal amount
    (Rp85.000.000 as reported; unconfirmed, the Lampiran was not read):

    >>> str(death_benefit(wage=None, on=dt.date(2025, 6, 27), segment="PMI", phase="during").total)
    'Rp85.000.000'
    """
    day = event_date(on, "on", as_of)
    seg = Segment.parse(segment)
    placement = phase_arg(seg, phase)
    p = resolve(params)
    if placement is not None:
        return _pmi_death_benefit(day, placement, wage, p)
    w = wage_arg(wage)
    t = Tracer(p)
    months = t.decimal("jkk.death.wage_months", day)
    minimum = t.rupiah("jkk.death.minimum", day)
    raw = w * months
    floor_applies = raw < minimum
    amount = (minimum if floor_applies else raw).rounded(ROUNDING)
    death_uses = t.take()
    periodic = t.dated("jkk.periodic", day)
    funeral = t.dated("jkk.funeral", day)
    other_uses = t.take()
    cites = citations(death_uses)
    components = [
        Component(
            "death benefit",
            amount,
            cites,
            note=f"minimum applied ({months} x wage = {raw.rounded(ROUNDING)})"
            if floor_applies
            else f"{months} x monthly wage",
        ),
        Component(
            "periodic benefit", periodic.value, (periodic.cite(),), note="santunan berkala, paid at once"
        ),
        Component("funeral", funeral.value, (funeral.cite(),), note="biaya pemakaman"),
    ]
    notes = [n for n in (segment_note(seg),) if n]
    scholarship = scholarship_award(children, day, p)
    steps = [
        Explanation(
            "Death benefit: months of wage, at least the minimum",
            "Santunan kematian: kelipatan upah, paling sedikit minimum",
            value=amount,
            inputs=(("wage", w), ("months x wage", raw), ("minimum applied", floor_applies)),
            parameters=death_uses,
        ),
        Explanation(
            "Periodic benefit and funeral cost",
            "Santunan berkala dan biaya pemakaman",
            value=periodic.value + funeral.value,
            parameters=other_uses,
        ),
    ]
    return cash_award(
        "jkk.death",
        components,
        day,
        scholarship,
        notes,
        {
            "on": day,
            "law_since": periodic.since,
            "segment": seg.code,
            "wage": w,
            "minimum_applied": floor_applies,
        },
        steps,
        ("JKK death benefit", "Manfaat JKK: meninggal dunia akibat kecelakaan kerja"),
        (("wage", w), ("accident date", day), ("segment", seg.code)),
        p,
    )


_PMI_NOMINAL: Final = N_(
    "migrant worker (PMI), death {phase} placement from a work accident: one nominal amount "
    "(Permenaker 4/2023 Lampiran, as reported; unconfirmed); payments are dated on the event date"
)


def _pmi_death_benefit(day: dt.date, phase: Phase, wage: object, p: ParameterSet) -> Award:
    """Permenaker 4/2023 Pasal 34 ayat (1) huruf g: one nominal amount (from its Lampiran)."""
    t = Tracer(p)
    dv = t.dated("pmi.jkk.death", day)
    uses = t.take()
    amount = dv.rupiah()
    notes = [
        Note(
            "jkk.pmi_nominal_amount",
            _PMI_NOMINAL.format(phase=phase.value),
            translate(_PMI_NOMINAL, "id").format(phase=translate(phase.value, "id")),
        ),
        Note(
            "jkk.pmi_not_in_data",
            "the PMI children's scholarship and the other PMI JKK benefits are not in jamsos's law data",
        ),
    ]
    if wage is not None:
        notes.append(
            Note(
                "jkk.pmi_wage_ignored",
                "the wage does not change a PMI's JKK death benefit (a nominal amount)",
            )
        )

    def explain() -> Explanation:
        return Explanation(
            "JKK death benefit of a migrant worker (PMI)",
            "Manfaat JKK Pekerja Migran Indonesia: meninggal dunia akibat kecelakaan kerja",
            value=amount,
            inputs=(("accident date", day), ("segment", Segment.MIGRANT_WORKER.code), ("phase", phase.value)),
            parameters=uses,
        )

    return Award(
        kind="jkk.death",
        components=(Component("death benefit", amount, (dv.cite(),), note="santunan kematian, one amount"),),
        payments=((day, amount),),
        notes=tuple(notes),
        details=MappingProxyType(
            {"on": day, "law_since": dv.since, "segment": Segment.MIGRANT_WORKER.code, "phase": phase.value}
        ),
        explainer=explain,
    )
