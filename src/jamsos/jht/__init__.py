"""JHT (Jaminan Hari Tua): the savings balance, and when and how much can be withdrawn.

*Jaminan Hari Tua* (old-age savings) is an individual account: each month the wage
earner's contribution (3.7% employer + 2% worker, PP 46/2015 Pasal 16) is paid in, and
BPJS Ketenagakerjaan credits a yearly *hasil pengembangan* (development return) declared
from its annual financial statements (Pasal 27). The *saldo* (balance) is paid out as a
lump sum (*pencairan*) on reaching age 56, total permanent disability (*cacat total
tetap*), death (to the heirs, *ahli waris*), and, depending on the regulation in force
on the event date, on resignation (*mengundurkan diri*), dismissal (*pemutusan hubungan
kerja*, PHK), the end of a fixed-term contract (*PKWT*), a non-wage earner (BPU) who stops
working, or a foreign national leaving Indonesia for good. After 10 years of membership
(*masa kepesertaan*) a member may once take part of the balance (*pengambilan sebagian*):
up to 30% for housing or 10% for other retirement preparation (Pasal 22(4)-(6)).

Three public questions:

* :func:`balance`: contributions plus development returns up to a date, as an
  :class:`~jamsos.results.Award` whose ``details["statement"]`` is the yearly statement
  (see :func:`statement` and :func:`statement_frame`).
* :func:`withdrawal`: may the balance be claimed, and from which day (a
  :class:`~jamsos.results.Decision` with ``earliest_on``).
* :func:`partial_withdrawal`: the 10% / 30% partial withdrawal.

**Waiting periods.** The claim rule is chosen by the **event date** (the resignation
letter, the PHK date, the end of the contract...). Regimes, all dated parameters
``jht.claim.rule.<ground>``:

* 2015-07-01 to 2015-08-11, PP 46/2015 as first enacted: a member who resigns, is
  dismissed or otherwise stops working before 56 is paid only at **56** (Pasal 26(3)).
* from 2015-08-12, PP 60/2015 deletes that rule; Permenaker 19/2015, applied from
  2015-09-01, pays resignation and dismissal after a **1-month** waiting period. jamsos
  reads the 2015-08-12..2015-08-31 gap under the new regime: the age-56 rule no longer
  existed and the one-month wait already ends on or after 2015-09-12, when Permenaker
  19/2015 applied. (Claims by members who stopped work between 2015-07-01 and 2015-08-11
  may in practice have been paid under Permenaker 19/2015 too; jamsos keeps the rule of
  the event date and says so in the decision's notes.)
* from 2022-04-26, Permenaker 4/2022: **1 month** from the date the employer issues the
  resignation statement, or from the PHK date; the end of a PKWT and a BPU member who
  stops working are payable at once.
* Permenaker 2/2022 (resignation and PHK paid only at 56) never came into force and is
  never applied.

**How one month is counted.** ``earliest_on = event + 1 calendar month`` with
:func:`jamsos.periods.add_months`: resignation letter dated 2025-03-01 → claim from
2025-04-01 (not on 2025-03-31); 2025-01-31 → 2025-02-28 (the clamp to a shorter month's
last day). The day before ``earliest_on`` is refused, ``earliest_on`` itself is accepted.

**Crediting conventions** (:class:`Crediting`), both from official material; the default
is :attr:`Crediting.YEARLY_PRO_RATA`, BPJS's own calculator:

* ``YEARLY_PRO_RATA``: each year the opening balance earns the yearly rate, and a
  contribution for month *m* (counted as paid on the 1st of month *m*) earns the rate pro
  rata for the remaining ``13 - m`` months; the return is credited at year end. A
  withdrawal in month *m* stops earning from the 1st of month *m*. Equivalently the return
  is ``rate × (sum of the balance held in each month) / 12``. Before year end (``until``
  in mid-year) the return of the completed months is credited on ``until``, as on a claim.
* ``MONTHLY_COMPOUND``: the ministry's simulations: contributions at the start of each
  month, the balance compounded at the effective monthly rate ``(1 + r)^(1/12) - 1``.

Only completed months earn (a month earns when ``until`` is on or after its last day).
Amounts keep full precision (60 significant digits) until the final balance, which is
rounded half up to whole rupiah (administrative convention, unconfirmed); the statement
rows are rounded the same way, cumulatively, so that every row adds up.

>>> import datetime as dt
>>> from jamsos import ContributionHistory, Month, Rate
>>> h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2016, 12))
>>> award = balance(h, until=dt.date(2016, 12, 31))
>>> str(award.total)   # 12 × Rp285.000 + 7,19% × Rp285.000 × 78/12
'Rp3.553.195'
>>> withdrawal("resign", event_on=dt.date(2025, 3, 1)).earliest_on
datetime.date(2025, 4, 1)
"""

from __future__ import annotations

from jamsos.jht.balance import balance
from jamsos.jht.kinds import Crediting, PartialPurpose, WithdrawalReason
from jamsos.jht.returns import declared_return
from jamsos.jht.withdrawal import partial_withdrawal, withdrawal
from jamsos.jht.yearly import YearStatement, statement, statement_frame

__all__ = [
    "Crediting",
    "PartialPurpose",
    "WithdrawalReason",
    "YearStatement",
    "balance",
    "declared_return",
    "partial_withdrawal",
    "statement",
    "statement_frame",
    "withdrawal",
]
