"""Law as data: every rate, cap, amount, age and period, dated and cited.

The official data ships as TOML inside the package (``jamsos/parameters/data``) and is
loaded once. Look values up by name and date:

>>> import datetime as dt
>>> from jamsos import parameters
>>> dv = parameters.value("jp.wage_cap", dt.date(2025, 3, 1))
>>> str(dv.value), dv.since.isoformat(), dv.basis.regulation
('Rp10.547.400', '2025-03-01', 'PP 45/2015')

Every public function in jamsos takes ``params=`` to compute under a what-if
:class:`ParameterSet` built with :meth:`ParameterSet.override`.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from jamsos.i18n import type_name
from jamsos.parameters._changes import Change, Due
from jamsos.parameters._model import UNITS, DatedValue, Parameter, ParameterSet
from jamsos.parameters._units import Bracket, Ladder, Rung, Scale, Schedule, Step
from jamsos.parameters._version import LawVersion
from jamsos.parameters.articles import articles

if TYPE_CHECKING:
    from jamsos.parameters._sources import SourceKind

__all__ = [
    "UNITS",
    "Bracket",
    "Change",
    "DatedValue",
    "Due",
    "Ladder",
    "LawVersion",
    "Parameter",
    "ParameterSet",
    "Rung",
    "Scale",
    "Schedule",
    "Step",
    "articles",
    "assume_current_law",
    "call_assuming_current_law",
    "changes",
    "current_law_assumed",
    "current_law_option",
    "due",
    "history",
    "horizon",
    "law_version",
    "names",
    "official",
    "resolve",
    "source_kind",
    "value",
]


@lru_cache(maxsize=1)
def official() -> ParameterSet:
    """The official law data shipped with this version of jamsos (loaded once)."""
    from jamsos.parameters._loader import load_official

    return load_official()


def resolve(params: ParameterSet | None, *, assume_current_law: bool = False) -> ParameterSet:
    """The parameter set a computation uses: ``params``, or the official set when ``None``.

    With ``assume_current_law=True``, or inside :func:`assume_current_law`, the set projects
    past its release horizon under current law (:meth:`ParameterSet.assuming_current_law`).
    Anything but a :class:`ParameterSet` (or ``None``) for ``params`` and anything but a real
    ``bool`` for ``assume_current_law`` is :class:`~jamsos.errors.InvalidInputError`.
    """
    if params is None:
        p = official()
    elif not isinstance(params, ParameterSet):
        from jamsos.errors import InvalidInputError
        from jamsos.i18n import N_

        raise InvalidInputError(
            N_("{what} must be a jamsos.parameters.ParameterSet, got {kind}"),
            field="params",
            what="params",
            kind=type_name(params),
        )
    else:
        p = params
    if assume_current_law is not False:
        if assume_current_law is not True:
            from jamsos import validate

            validate.flag(assume_current_law, "assume_current_law")
        return p.assuming_current_law()
    return p.assuming_current_law() if _ASSUMED.get() else p


_ASSUMED: ContextVar[bool] = ContextVar("jamsos_assume_current_law", default=False)


def current_law_assumed() -> bool:
    """True inside :func:`assume_current_law` (the computations project past the horizon)."""
    return _ASSUMED.get()


@contextmanager
def assume_current_law() -> Iterator[None]:
    """Inside this block every computation projects past the data's release horizon under
    current law, labelled as such (what ``--anggap-hukum-tetap`` does on the command line).

    >>> import datetime as dt
    >>> from jamsos import parameters
    >>> with parameters.assume_current_law():
    ...     dv = parameters.value("jkm.benefit.funeral", dt.date(2030, 1, 1))
    >>> dv.note.startswith("projection under current law")
    True
    """
    token = _ASSUMED.set(True)
    try:
        yield
    finally:
        _ASSUMED.reset(token)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def current_law_option(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Give a public computation the ``assume_current_law`` opt-in (issue 11, design §7b).

    The function declares ``*, params: ParameterSet | None = None, assume_current_law: bool =
    False`` (so callers and type checkers see both); this decorator applies the opt-in to the
    whole call: ``assume_current_law=True`` runs it with ``params`` replaced by the set that
    projects under current law (:func:`resolve`) and inside :func:`assume_current_law`, so
    every lookup of the call — nested computations and results built later included — may pass
    the release horizon, and the result and its explanation say "projection under current law"
    (its ``law_version`` label). The flag itself is not one of the result's ``inputs``: it
    changes which law data answers (recorded in ``law_version``), not the question asked.
    Anything but a real ``bool`` is :class:`~jamsos.errors.InvalidInputError`.
    """
    signature = inspect.signature(fn)
    for name in ("params", "assume_current_law"):
        param = signature.parameters.get(name)
        if param is None or param.kind is not param.KEYWORD_ONLY:  # a bug in jamsos
            raise TypeError(f"{fn.__qualname__} must take a keyword-only {name}")

    if getattr(fn, "__jamsos_current_law__", False):
        # already applied by the wrapper underneath (jamsos.provenance.recorded applies it
        # itself, so a recorded computation costs one wrapper call, not two: issue 10)
        return fn

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if kwargs.get("assume_current_law", False) is False:
            return fn(*args, **kwargs)
        return call_assuming_current_law(fn, args, kwargs)

    wrapper.__jamsos_current_law__ = True  # type: ignore[attr-defined]
    return wrapper


def call_assuming_current_law(fn: Callable[..., _R], args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> _R:
    """``fn(*args, **kwargs)`` with the ``assume_current_law`` opt-in applied (see
    :func:`current_law_option`): ``params`` replaced by the set that projects under current
    law, the flag removed, the call run inside :func:`assume_current_law`."""
    given: dict[str, Any] = dict(kwargs)
    given["params"] = resolve(given.get("params"), assume_current_law=given["assume_current_law"])
    del given["assume_current_law"]
    token = _ASSUMED.set(True)
    try:
        return fn(*args, **given)
    finally:
        _ASSUMED.reset(token)


def value(
    name: str, on: dt.date, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> DatedValue:
    """The value of parameter ``name`` in force on ``on``, with its citation.

    Past the release horizon (:func:`horizon`) a value without a known change schedule is
    :class:`~jamsos.errors.NotCoveredError` unless ``assume_current_law=True``.
    """
    return resolve(params, assume_current_law=assume_current_law).value(name, on)


def horizon(*, params: ParameterSet | None = None) -> dt.date | None:
    """The release horizon of the law data: the last day it vouches for values that have no
    known change schedule (``data/HORIZON``)."""
    return resolve(params).horizon


def history(name: str, *, params: ParameterSet | None = None) -> tuple[DatedValue, ...]:
    """Every dated value of ``name``, oldest first."""
    return resolve(params).history(name)


def names(*, params: ParameterSet | None = None) -> tuple[str, ...]:
    """Every parameter name, sorted."""
    return resolve(params).names()


def law_version(*, params: ParameterSet | None = None) -> LawVersion:
    """Which law data answers: a stable hash of the parameter files and a release label.

    An overridden set (``ParameterSet.override``) has a different version than the
    official data it was built from.

    >>> from jamsos import parameters
    >>> official = parameters.law_version()
    >>> what_if = parameters.official().override("jkm.rate", dt.date(2030, 1, 1), "0.5")
    >>> parameters.law_version(params=what_if).hash != official.hash
    True
    """
    return resolve(params).law_version


def changes(
    from_date: dt.date, to_date: dt.date, *, params: ParameterSet | None = None
) -> tuple[Change, ...]:
    """Every value that takes effect after ``from_date`` up to and including ``to_date``.

    Each :class:`Change` carries the value it replaces and both citations: what a payroll
    administrator reads before closing a month.

    >>> from jamsos import parameters
    >>> for c in parameters.changes(dt.date(2025, 2, 28), dt.date(2025, 3, 1)):
    ...     print(c.name, c.before.value, "->", c.after.value, c.after.cite())
    jp.benefit.maximum Rp4.718.200 -> Rp4.792.300 PP 45/2015 Pasal 18 ayat (3)
    jp.benefit.minimum Rp393.500 -> Rp399.700 PP 45/2015 Pasal 18 ayat (3)
    jp.wage_cap Rp10.042.300 -> Rp10.547.400 PP 45/2015 Pasal 29 ayat (3)
    """
    from jamsos.parameters._changes import changes as _changes

    return _changes(resolve(params), from_date, to_date)


def due(on: dt.date, *, params: ParameterSet | None = None) -> tuple[Due, ...]:
    """Parameters whose data ends before ``on``: a newer value is due but not encoded."""
    from jamsos.parameters._changes import due as _due

    return _due(resolve(params), on)


def source_kind(dv: DatedValue) -> SourceKind:
    """Where a dated value was read (regulation, letter, statistics, secondary source...).

    The register of ``docs/sources.md`` and ``jamsos params`` show it; imported on first use.
    """
    from jamsos.parameters._sources import source_kind as kind

    return kind(dv)
