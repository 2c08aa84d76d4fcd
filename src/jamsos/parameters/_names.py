"""Old parameter names: aliases that keep working and retired names that explain themselves.

The project rule is to rename nothing without keeping the old name working. The data file
``data/names.toml`` holds two tables, validated when the data loads:

``[aliases."<old name>"]``
    The old name means exactly a part of a current parameter: ``target`` (its name) and the
    window ``since``/``until`` (``until`` is the first day it no longer holds). Looking the old
    name up returns the target's own dated values in that window (same value, since,
    citation and status). ``names()`` does not list aliases; they are never stale.

``[retired."<old name>"]``
    The old name's meaning changed: it is not looked up, but the
    :class:`~jamsos.errors.UnknownParameterError` says what replaced it (``replaced_by``),
    in which release, and points to the CHANGELOG.

Both need ``release`` (the jamsos release that renamed it) and may carry a ``note``.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Mapping
from typing import Any, final

import attrs

from jamsos.errors import InvalidInputError, ParameterDataError, UnknownParameterError
from jamsos.i18n import N_

__all__ = [
    "RESERVED",
    "Alias",
    "Retired",
    "alias_values",
    "check_names",
    "parse_names",
    "refuse_alias_override",
    "retired_error",
    "warn_alias",
]

#: The top-level tables of a data file that hold old names instead of parameters.
RESERVED = ("aliases", "retired")

_ALIAS_KEYS = {"target", "since", "until", "release", "note"}
_RETIRED_KEYS = {"replaced_by", "release", "note"}


@final
@attrs.frozen
class Alias:
    """An old name for a current parameter over ``[since, until)``."""

    name: str
    target: str
    since: dt.date
    until: dt.date
    release: str
    note: str | None = None


@final
@attrs.frozen
class Retired:
    """An old name whose meaning changed: ``replaced_by`` is the parameter to use instead."""

    name: str
    replaced_by: str
    release: str
    note: str | None = None


def _date(raw: object, where: str, key: str) -> dt.date:
    if not isinstance(raw, dt.date) or isinstance(raw, dt.datetime):
        raise ParameterDataError(
            N_("{where}: '{key}' must be a TOML date (YYYY-MM-DD)"), where=where, key=key
        )
    return raw


def _text(entry: Mapping[str, Any], key: str, where: str, *, required: bool) -> str | None:
    raw = entry.get(key)
    if raw is None and not required:
        return None
    if not isinstance(raw, str) or not raw.strip():
        raise ParameterDataError(N_("{where}: '{key}' must be non-empty text"), where=where, key=key)
    return raw


def _entries(table: object, kind: str, source: str) -> Mapping[str, Mapping[str, Any]]:
    if not isinstance(table, Mapping) or not all(isinstance(v, Mapping) for v in table.values()):
        raise ParameterDataError(
            N_('[{kind}] in {source}: one table per old name, e.g. [{kind}."a.b"]'), kind=kind, source=source
        )
    return table


def parse_names(doc: Mapping[str, Any], source: str, out: dict[str, Alias | Retired]) -> None:
    """Read the ``aliases``/``retired`` tables of one data document into ``out``."""
    for name, entry in _entries(doc.get("aliases", {}), "aliases", source).items():
        where = f"alias {name!r} in {source}"
        extra = set(entry) - _ALIAS_KEYS
        if extra:
            raise ParameterDataError(N_("{where}: unknown keys {keys}"), where=where, keys=sorted(extra))
        since = _date(entry.get("since"), where, "since")
        until = _date(entry.get("until"), where, "until")
        if until <= since:
            raise ParameterDataError(N_("{where}: 'until' must be after 'since'"), where=where)
        target = _text(entry, "target", where, required=True)
        release = _text(entry, "release", where, required=True)
        assert target is not None and release is not None
        _add(
            out,
            Alias(name, target, since, until, release, _text(entry, "note", where, required=False)),
            source,
        )
    for name, entry in _entries(doc.get("retired", {}), "retired", source).items():
        where = f"retired name {name!r} in {source}"
        extra = set(entry) - _RETIRED_KEYS
        if extra:
            raise ParameterDataError(N_("{where}: unknown keys {keys}"), where=where, keys=sorted(extra))
        replaced_by = _text(entry, "replaced_by", where, required=True)
        release = _text(entry, "release", where, required=True)
        assert replaced_by is not None and release is not None
        _add(out, Retired(name, replaced_by, release, _text(entry, "note", where, required=False)), source)


def _add(out: dict[str, Alias | Retired], old: Alias | Retired, source: str) -> None:
    if old.name in out:
        raise ParameterDataError(
            N_("old name {name!r}: declared twice (again in {source})"), name=old.name, source=source
        )
    out[old.name] = old


def check_names(old: Mapping[str, Alias | Retired], params: Mapping[str, Any]) -> None:
    """Refuse old names that clash with a parameter or point nowhere (at load)."""
    for name, entry in old.items():
        if name in params:
            raise ParameterDataError(N_("old name {name!r} is also a current parameter"), name=name)
        new = entry.target if isinstance(entry, Alias) else entry.replaced_by
        if new not in params:
            raise ParameterDataError(
                N_("old name {name!r} points to {new!r}, which is not a parameter"), name=name, new=new
            )
        if isinstance(entry, Alias):
            starts = {v.since for v in params[new].values}
            if entry.since not in starts:
                raise ParameterDataError(
                    N_("alias {name!r} must start where a value of {new!r} starts, not on {since}"),
                    name=name,
                    new=new,
                    since=entry.since,
                )


def alias_values(alias: Alias, values: tuple[Any, ...]) -> tuple[Any, ...]:
    """The target's own dated values that start inside the alias's window."""
    return tuple(v for v in values if alias.since <= v.since < alias.until)


def warn_alias(alias: Alias) -> None:
    """A :class:`DeprecationWarning` naming the current parameter (stacklevel: the caller)."""
    warnings.warn(
        f"parameter {alias.name!r} was renamed in jamsos {alias.release}: it is {alias.target!r} "
        f"from {alias.since.isoformat()} to {(alias.until - dt.timedelta(days=1)).isoformat()}; "
        f"the old name keeps working, but use {alias.target!r}",
        DeprecationWarning,
        stacklevel=4,
    )


def retired_error(old: Retired) -> UnknownParameterError:
    """The error for a retired name: what replaced it, and where to read why."""
    return UnknownParameterError(
        N_(
            "parameter {name} was replaced in jamsos {release} by {replaced_by}; "
            "see the CHANGELOG ({release})"
        ),
        field="name",
        name=repr(old.name),
        release=old.release,
        replaced_by=repr(old.replaced_by),
    )


def refuse_alias_override(alias: Alias, since: dt.date) -> InvalidInputError:
    """An override of an alias outside its window: name the parameter to override instead."""
    return InvalidInputError(
        N_(
            "override of {name} (renamed in jamsos {release}: {target} from {start} to {end}) "
            "must start within those days, got {since}; override {target} instead"
        ),
        field="since",
        name=repr(alias.name),
        release=alias.release,
        target=repr(alias.target),
        start=alias.since.isoformat(),
        end=(alias.until - dt.timedelta(days=1)).isoformat(),
        since=since.isoformat(),
    )
