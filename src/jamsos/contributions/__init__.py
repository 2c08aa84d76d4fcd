"""Monthly contributions (iuran) for every segment, since 2015-07-01.

Which date selects the law: the **contribution month** (*bulan iuran*), read on its last
day. A regulation in force on any day of a month therefore governs that whole month's
contribution, which is paid after the month ends (PP 6/2025, in force 7 February 2025,
sets the JKP rate of the February 2025 contribution). Relief windows are written in
contribution months in their regulations and start on the 1st, so the convention does not
move them.

Rounding: every program's amount is rounded **per program and per party** to whole rupiah,
half up (:attr:`jamsos.money.Rounding.HALF_UP`). No regulation states a rounding rule; this
is the administrative convention of BPJS invoices (see ``docs/known-gaps.md``).

>>> from jamsos import contributions, Month, RiskClass
>>> c = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=RiskClass.VERY_LOW)
>>> str(c.jht.employer), str(c.jht.worker), str(c.jp.employer), str(c.jkp.government)
('Rp296.000', 'Rp160.000', 'Rp160.000', 'Rp11.000')
>>> str(c.employer), str(c.worker), str(c.total)
('Rp499.200', 'Rp240.000', 'Rp750.200')
"""

from __future__ import annotations

from jamsos.contributions.bands import lowest_income
from jamsos.contributions.budget import programme_budget
from jamsos.contributions.construction import construction_project
from jamsos.contributions.deadlines import due_date, late_fine
from jamsos.contributions.deadlines import months_late as months_late
from jamsos.contributions.migrant_worker import migrant_worker
from jamsos.contributions.non_wage_earner import non_wage_earner
from jamsos.contributions.rules import FIRST_MONTH as FIRST_MONTH
from jamsos.contributions.rules import ROUNDING as ROUNDING
from jamsos.contributions.rules import mandatory_programs
from jamsos.contributions.wage_earner import daily_wage_basis, piece_rate_basis, wage_earner

__all__ = [
    "construction_project",
    "daily_wage_basis",
    "due_date",
    "late_fine",
    "lowest_income",
    "mandatory_programs",
    "migrant_worker",
    "non_wage_earner",
    "piece_rate_basis",
    "programme_budget",
    "wage_earner",
]
