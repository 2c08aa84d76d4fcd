"""JP (Jaminan Pensiun): pension age, the membership window, the wage cap and benefits.

*Jaminan Pensiun* is the defined-benefit pension of wage earners (PU) under PP 45/2015.
Terms used once here and then in English:

* *usia pensiun*: the pension age (Pasal 15); *masa iur*: the contribution period, the
  number of months whose contribution was paid (Pasal 1 angka 12); *batas upah tertinggi*:
  the wage cap on which contributions are due (Pasal 29);
* *tingkat kepadatan*: contribution density, months paid ÷ months of membership
  (Penjelasan Pasal 20 ayat (3) huruf a);
* *upah tahunan tertimbang*: the inflation-revalued ("weighted") wage of the formula
  (Pasal 17 ayat (3));
* benefits (Pasal 16): MPHT (*manfaat pensiun hari tua*, old-age pension), MPC (*cacat*,
  disability), MPJD (*janda/duda*, widow/widower), MPA (*anak*, child), MPOT (*orang tua*,
  parent); *cacat total tetap* (CTT) is total permanent disability; *hasil pengembangan*
  the development return on a lump sum (Pasal 24).

Which date selects the law: the day asked for (``pension_age``), the contribution month
(``wage_cap``: its last day, like every contribution parameter), the event date for
benefits (eligibility, the pension age, the deemed-15-years conditions), and the first day
of the month in which the right starts (Pasal 19 ayat (3), 20 ayat (4), 21 ayat (4)) for the
minimum and maximum and for the end point of the wage revaluation.

Conventions (each unsettled by the text; see ``/docs/known-gaps.md``):

* **Formula** (Pasal 17 ayat (2)): 1% × masa iur / 12 × (average revalued annual wage) / 12.
  The average annual wage is read as 12 × the average revalued monthly wage over the months
  paid, so the formula equals 1% × (months used / 12) × (sum of revalued wages / months
  paid). With the deemed 15 years, the months used are 180 and the average is over the
  months actually paid.
* **Wage** of each month: the reported wage capped at that month's JP cap
  (:func:`wage_cap`), because contributions are due only up to it. Months with a zero
  wage, or whose record excludes JP, are not contribution months.
* **Revaluation** (Pasal 17 ayat (3) and its Penjelasan: future value with inflation as the
  compounding factor): a wage earned in calendar year ``Y`` is multiplied by
  (1 + inflation) of every year from ``Y`` to ``E - 1``, where ``E`` is the year of the
  first month of the right. Wages earned in ``E`` are not revalued. Inflation is BPS's
  December year-on-year CPI inflation (``jp.inflation``).
* **Limits** (Pasal 18): applied once, to the first monthly amount, with the minimum and
  maximum in force on the first day of the right; the pension in payment is then indexed
  (Pasal 17 ayat (4)) every 12 months by 1 + the previous calendar year's inflation, and is
  not re-clamped. For heirs the limits apply after the survivor share (parameter
  ``jp.benefit.limits_after_share``).
* **Rounding**: the formula keeps full precision; each monthly payment and each lump sum is
  rounded to whole rupiah, half up (:attr:`Rounding.HALF_UP`), an administrative
  convention: no regulation states a rounding rule for JP benefits.
* **29 February** birthdays complete a year on 1 March in non-leap years
  (:func:`jamsos.periods.anniversary`); the same rule gives a child's 23rd birthday and the
  3-year deferral limit.
* **Lump sum** (Pasal 24): each month's contribution is 3% of the capped wage, rounded per
  party (employer 2%, worker 1%) to whole rupiah half up as on the invoices. The balance
  earns ``jp.lump_sum.development_rate`` / 12 each month on the balance at the start of
  the month (compounded monthly, Pasal 24 ayat (3)); a month's contribution earns from the
  next month. The development runs to the month of the event; payment is on the 1st of
  the next month.
"""

from __future__ import annotations

from jamsos.jp.age import (
    PensionTiming,
    last_registration_month,
    pension_age,
    pension_date,
    pension_timing,
    wage_cap,
)
from jamsos.jp.disability import disability_benefit
from jamsos.jp.formula import benefit_limits
from jamsos.jp.heirs import Child, HeirGroup, Survivors
from jamsos.jp.history import HistorySummary, Revaluation, revalue, summarize
from jamsos.jp.old_age import old_age_benefit
from jamsos.jp.projection import project
from jamsos.jp.survivors import SurvivorCase, survivor_benefit

__all__ = [
    "Child",
    "HeirGroup",
    "HistorySummary",
    "PensionTiming",
    "Revaluation",
    "SurvivorCase",
    "Survivors",
    "benefit_limits",
    "disability_benefit",
    "last_registration_month",
    "old_age_benefit",
    "pension_age",
    "pension_date",
    "pension_timing",
    "project",
    "revalue",
    "summarize",
    "survivor_benefit",
    "wage_cap",
]
