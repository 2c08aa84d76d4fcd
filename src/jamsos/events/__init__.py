"""Life events: one call per event, every program's entitlement in one answer.

A worker's family meets the law at a dismissal (*PHK*), a death (*meninggal dunia*),
retirement (*pensiun*) or total permanent disability (*cacat total tetap*). Each function
here asks the programs that answer for the event (JKK, JKM, JHT, JP, JKP) through their
public functions and returns a :class:`LifeEvent`: per program what is paid once the claim
is complete, the dated schedule of future payments and the rule they follow, the claim
window, the conditions and the citations.

>>> import datetime as dt
>>> from jamsos import events
>>> r = events.dismissal(on=dt.date(2025, 3, 10), birth_date=dt.date(1990, 5, 1), wage=6_000_000,
...                      member_since=dt.date(2022, 3, 1), opening=25_000_000, as_of=dt.date(2025, 4, 1))
>>> print(r.table("id").splitlines()[0])
PHK pada 10 Maret 2025
"""

from __future__ import annotations

from jamsos.events.family import Child, Family
from jamsos.events.life import death, disability, dismissal, retirement
from jamsos.events.result import Entitlement, EntitlementStatus, LifeEvent, Line, ScheduledPayment
from jamsos.events.text import Text

__all__ = [
    "Child",
    "Entitlement",
    "EntitlementStatus",
    "Family",
    "LifeEvent",
    "Line",
    "ScheduledPayment",
    "Text",
    "death",
    "disability",
    "dismissal",
    "retirement",
]
