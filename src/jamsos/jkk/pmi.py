"""Migrant workers' (PMI) failed-departure benefit (*santunan gagal berangkat*).

A prospective migrant worker whose departure fails through no fault of their own receives a
cash benefit during the pre-departure protection (Permenaker 4/2023 from 2023-02-22;
Permenaker 18/2018 before). Which date selects the law: the day the departure failed.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from jamsos.domain import Segment
from jamsos.explain import Explanation, Tracer
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import event_date
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Note

__all__ = ["failed_departure"]


@current_law_option
@recorded()
def failed_departure(
    *,
    on: dt.date,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Award:
    """The failed-departure benefit of a prospective migrant worker whose departure failed on ``on``.

    Rp10.000.000 under Permenaker 4/2023 (from 2023-02-22), Rp7.500.000 under Permenaker
    18/2018 (superseded); both unconfirmed (the Lampiran was not read; ``jamsos params
    pmi.failed_departure`` names the sources). The pre-departure protection lasts at most
    ``pmi.protection.before_placement_months`` from registration (5 months, unconfirmed);
    the caller is taken to have checked that the failure fell within it.

    >>> str(failed_departure(on=dt.date(2024, 10, 1)).total)
    'Rp10.000.000'
    """
    day = event_date(on, "on", as_of)
    p = resolve(params)
    t = Tracer(p)
    dv = t.dated("pmi.failed_departure", day)
    uses = t.take()
    amount = dv.rupiah()
    notes = [
        Note(
            "jkk.pmi_failed_departure_conditions",
            "departure failed through no fault of the prospective migrant worker, within the "
            "pre-departure protection period (taken as checked by the caller)",
        ),
    ]
    try:
        months = p.value("pmi.protection.before_placement_months", day)
        notes.append(
            Note(
                "jkk.pmi_protection_period",
                f"pre-departure protection: at most {months.integer()} months ({months.cite()}, unconfirmed)",
            )
        )
    except Exception:
        pass

    def explain() -> Explanation:
        return Explanation(
            "Failed-departure benefit of a prospective migrant worker (PMI)",
            "Santunan gagal berangkat Calon Pekerja Migran Indonesia",
            value=amount,
            inputs=(("date", day), ("segment", Segment.MIGRANT_WORKER.code)),
            parameters=uses,
        )

    return Award(
        kind="jkk.failed_departure",
        components=(Component("failed departure", amount, (dv.cite(),), note="santunan gagal berangkat"),),
        payments=((day, amount),),
        notes=tuple(notes),
        details=MappingProxyType({"on": day, "law_since": dv.since, "segment": Segment.MIGRANT_WORKER.code}),
        explainer=explain,
    )
