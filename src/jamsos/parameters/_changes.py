"""What changed in the law data between two dates, and what is due but not yet encoded.

:func:`changes` is what a payroll administrator reads before closing a month: every value
that comes into force after ``from_date`` and on or before ``to_date``, with the value it
replaces and both citations. :func:`due` is the staleness report of ``jamsos params
--periksa``: parameters whose data ends (``covered_until``, or the end of the last value of a
series with gaps) before the day asked about, so a value that should be published by then
is not in jamsos yet. Neither looks at the clock: the caller passes the day.
"""

from __future__ import annotations

import datetime as dt
from typing import final

import attrs

from jamsos.errors import InvalidInputError
from jamsos.i18n import N_, type_name
from jamsos.parameters._model import DatedValue, Parameter, ParameterSet

__all__ = ["Change", "Due", "changes", "due"]


@final
@attrs.frozen
class Change:
    """One value that takes effect on ``on`` (``after``), replacing ``before``.

    ``before`` is None when the parameter starts on that day (or resumes after a gap).
    """

    name: str
    on: dt.date
    before: DatedValue | None
    after: DatedValue

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping (both values with their citations)."""
        return {
            "name": self.name,
            "on": self.on.isoformat(),
            "before": self.before.to_dict() if self.before else None,
            "after": self.after.to_dict(),
        }


def _check_day(value: object, what: str) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidInputError(
            N_("{what} must be a datetime.date, got {kind}"), what=what, kind=type_name(value)
        )
    return value


def _previous(param: Parameter, i: int) -> DatedValue | None:
    if i == 0:
        return None
    prev = param.values[i - 1]
    if prev.until is not None and prev.until < param.values[i].since:
        return None  # a gap before this value: nothing was in force the day before
    return prev


def changes(pset: ParameterSet, from_date: dt.date, to_date: dt.date) -> tuple[Change, ...]:
    """Every value coming into force in ``(from_date, to_date]``, by date then name."""
    start = _check_day(from_date, "from_date")
    end = _check_day(to_date, "to_date")
    if end < start:
        raise InvalidInputError(
            N_("to_date {end} is before from_date {start}; give the earlier date first"), end=end, start=start
        )
    out = []
    for param in pset:
        for i, dv in enumerate(param.values):
            if start < dv.since <= end:
                out.append(Change(param.name, dv.since, _previous(param, i), dv))
    return tuple(sorted(out, key=lambda c: (c.on, c.name)))


@final
@attrs.frozen
class Due:
    """A parameter whose data ends before ``on``: a newer value is due but not encoded."""

    name: str
    known_until: dt.date
    note: str | None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {"name": self.name, "known_until": self.known_until.isoformat(), "note": self.note}


def _known_until(param: Parameter) -> dt.date | None:
    if param.covered_until is not None:
        return param.covered_until
    last = param.values[-1]
    if last.explicit_until and last.until is not None:
        return last.until - dt.timedelta(days=1)
    return None


def due(pset: ParameterSet, on: dt.date) -> tuple[Due, ...]:
    """Parameters known only up to a day before ``on`` (sorted by that day, then name)."""
    day = _check_day(on, "on")
    out = []
    for param in pset:
        if param.values[-1].repealed:
            continue
        known = _known_until(param)
        if known is not None and known < day:
            out.append(Due(param.name, known, param.note))
    return tuple(sorted(out, key=lambda d: (d.known_until, d.name)))
