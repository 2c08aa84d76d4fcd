"""District and provincial programmes for vulnerable workers (*pekerja rentan*).

Local governments pay the BPJS Ketenagakerjaan contributions (JKK and JKM, sometimes JHT)
of informal workers (non-wage earners, BPU) from their budgets. This package answers the
questions of the officer who runs such a programme (at a *Dinas Sosial* or *Disnaker*,
the regional social or manpower office) and of the BPJS branch that bills it:

* :func:`cost` and :func:`workers_covered`: budget both ways (workers → cost, budget →
  workers, with the money left over);
* :func:`coverage`: the coverage rate of a workforce, the participants a target implies,
  the gap, and (with :func:`cost`) what closing it costs;
* :func:`roster`: a roster of names validated row by row and turned into the monthly
  invoice, totals by village and district, and a budget burn-down.

>>> from jamsos import programmes
>>> programmes.workers_covered(200_000_000, first_month="2026-01", last_month="2026-12").workers
992
"""

from __future__ import annotations

from jamsos.programmes.bands import lowest_income
from jamsos.programmes.budget import MonthCost, ProgrammeCost, cost, month_costs, workers_covered
from jamsos.programmes.coverage import Coverage, coverage
from jamsos.programmes.result import Roster, RosterOptions
from jamsos.programmes.roster import roster


def _register() -> None:
    from jamsos.jsonform import register_result

    register_result("programme_cost", ProgrammeCost.from_dict)
    register_result("coverage", Coverage.from_dict)


_register()

__all__ = [
    "Coverage",
    "MonthCost",
    "ProgrammeCost",
    "Roster",
    "RosterOptions",
    "cost",
    "coverage",
    "lowest_income",
    "month_costs",
    "roster",
    "workers_covered",
]
