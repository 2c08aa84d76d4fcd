"""JKP (Jaminan Kehilangan Pekerjaan): who qualifies after a dismissal, and what they receive.

*Jaminan Kehilangan Pekerjaan* is the job-loss insurance of wage earners, created by PP 37/2021
(in force 2021-02-02; first claims 2022-02-22) and amended by PP 6/2025 (in force 2025-02-07).
Terms used here:

* *PHK* (Pemutusan Hubungan Kerja): the end of the employment relationship by the employer;
  ``terminated_on`` is its date.
* *PKWT* / *PKWTT*: fixed-term / open-ended employment contract.
* *Masa iur*: contribution period, in months paid. Only months from February 2021, when JKP
  contributions began, count as JKP masa iur.
* *Manfaat uang tunai*: the monthly cash benefit. *Akses informasi pasar kerja* (job-market
  information) and *Pelatihan Kerja* (job training) are the non-cash benefits.
* *Tunggakan iuran*: contribution arrears of the employer; *pailit*: bankrupt.

**Which date selects the law.** Every eligibility condition is tested under the law in force
on the *claim date* (``claim_on``; when it is not given, the first day a claim can be filed).
PP 6/2025's General Penjelasan pays every JKP benefit under the new rules from its
promulgation, "both new claims and the remaining benefit months" of running benefits, and its
Pasal 19 ayat (3) is worded as a condition of the claim ("dapat diajukan setelah"). So a claim
filed on or after 2025-02-07 for a PHK before that date is tested under the new Pasal 19 ayat
(3) (12 months in 24, no consecutive months). Two exceptions follow the PHK date: whether JKP
existed at all (PP 37/2021, 2021-02-02), and the claim window (see :func:`claim_deadline`).
Each cash payment uses the rate in force on its own payment date.

**Qualifying window.** The 24 calendar months end with the month before the PHK month (the PHK
month itself is not counted: PP 6/2025 Penjelasan Pasal 19 ayat (3), Simulasi 2 counts 14 months
for a PHK in June 2022 only that way). This is the parameter
``jkp.eligibility.count_phk_month`` (``unconfirmed``); override it to count the PHK month.
"""

from __future__ import annotations

from jamsos.jkp.cash import cash_benefit
from jamsos.jkp.claims import claim_deadline
from jamsos.jkp.eligibility import eligibility
from jamsos.jkp.reasons import BENEFIT_ROUNDING, TerminationReason

__all__ = [
    "BENEFIT_ROUNDING",
    "TerminationReason",
    "cash_benefit",
    "claim_deadline",
    "eligibility",
]
