"""The refusals of a parameter lookup: a day the law data does not cover, in the reader's language.

jamsos never guesses a legal value. A day before a parameter's first value, in a gap after a
value that ends, after a repeal, after the last day the data is known to hold, or past the
release horizon raises :class:`~jamsos.errors.NotCoveredError` built here. Each message is an
English template with its values (days as ``datetime.date``, written "10 Maret 2025" by
``exc.message("id")``) and an Indonesian entry in the catalog; ``exc.field`` names the
parameter.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol, TypeVar

import attrs

from jamsos.errors import NotCoveredError, ParameterDataError
from jamsos.i18n import N_

__all__ = ["beyond_horizon", "gap", "link_values", "not_yet", "repealed", "unpublished"]

_DAY = dt.timedelta(days=1)


class _Span(Protocol):
    """What a dated value says about the days it covers (``jamsos.parameters.DatedValue``)."""

    @property
    def since(self) -> dt.date: ...
    @property
    def until(self) -> dt.date | None: ...
    @property
    def explicit_until(self) -> bool: ...


_V = TypeVar("_V", bound=_Span)


def not_yet(name: str, since: dt.date, source: str, on: dt.date) -> NotCoveredError:
    """``on`` is before the first value of ``name`` (in force from ``since``, cited ``source``)."""
    return NotCoveredError(
        N_("{name} has no value before {since} (its first value comes from {source}); asked for {on}"),
        field=name,
        name=name,
        since=since,
        source=source,
        on=on,
    )


def gap(
    name: str, on: dt.date, since: dt.date, source: str, until: dt.date, next_since: dt.date | None
) -> NotCoveredError:
    """``on`` falls after a value that ends (``until`` exclusive) and before the next one."""
    if next_since is None:
        return NotCoveredError(
            N_("{name} has no value for {on}: the value from {since} ({source}) ends on {last}"),
            field=name,
            name=name,
            on=on,
            since=since,
            source=source,
            last=until - _DAY,
        )
    return NotCoveredError(
        N_(
            "{name} has no value for {on}: the value from {since} ({source}) ends on {last}; "
            "the next value starts on {next}"
        ),
        field=name,
        name=name,
        on=on,
        since=since,
        source=source,
        last=until - _DAY,
        next=next_since,
    )


def repealed(name: str, since: dt.date, source: str, on: dt.date) -> NotCoveredError:
    """``name`` was repealed on ``since`` by ``source``."""
    return NotCoveredError(
        N_("{name} was repealed on {since} by {source}; asked for {on}"),
        field=name,
        name=name,
        since=since,
        source=source,
        on=on,
    )


def unpublished(name: str, covered_until: dt.date, on: dt.date) -> NotCoveredError:
    """``on`` is after the last day the data holds for a value published on a schedule."""
    return NotCoveredError(
        N_(
            "{name} is known only up to {covered_until}; the value for {on} is not in jamsos's law "
            "data yet (it is published later). Pass an explicit value with "
            "params=jamsos.parameters.official().override({name!r}, since=..., value=...)"
        ),
        field=name,
        name=name,
        covered_until=covered_until,
        on=on,
    )


def beyond_horizon(name: str, horizon: dt.date, on: dt.date) -> NotCoveredError:
    """``on`` is past the release horizon and the caller did not assume the current law."""
    return NotCoveredError(
        N_(
            "{name} is known only up to {horizon}, the horizon of this law-data release; "
            "asked for {on}. The law may change by then: to compute as if the law in force "
            "stays unchanged, pass assume_current_law=True (command line: --anggap-hukum-tetap)"
        ),
        field=name,
        name=name,
        horizon=horizon,
        on=on,
    )


def link_values(values: list[_V]) -> tuple[_V, ...]:
    """Set each value's ``until`` to the next value's ``since``.

    A value whose ``until`` was written in the data keeps it (the series then has a gap),
    but it may not run past the next value's start.
    """
    out = []
    for i, v in enumerate(values):
        nxt = values[i + 1].since if i + 1 < len(values) else None
        if v.explicit_until and v.until is not None:
            if v.until <= v.since:
                raise ParameterDataError(N_("a value from {since} must end after it starts"), since=v.since)
            if nxt is not None and v.until > nxt:
                raise ParameterDataError(
                    N_("the value from {since} runs to {until}, past the next value's start {nxt}"),
                    since=v.since,
                    until=v.until,
                    nxt=nxt,
                )
            out.append(v)
        else:
            # an attrs class (DatedValue): mypy cannot see that through the protocol
            out.append(attrs.evolve(v, until=nxt, explicit_until=False))  # type: ignore[misc]
    return tuple(out)
