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
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import TYPE_CHECKING

from jamsos.parameters._changes import Change, Due
from jamsos.parameters._model import UNITS, DatedValue, Parameter, ParameterSet
from jamsos.parameters._units import Bracket, Ladder, Rung, Scale, Schedule, Step
from jamsos.parameters._version import LawVersion

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
    "assume_current_law",
    "changes",
    "current_law_assumed",
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
    """``params`` or the official set when it is ``None``.

    With ``assume_current_law=True``, or inside :func:`assume_current_law`, the set projects
    past its release horizon under current law (:meth:`ParameterSet.assuming_current_law`).
    """
    if params is None:
        p = official()
    elif not isinstance(params, ParameterSet):
        from jamsos.errors import InvalidInputError

        raise InvalidInputError(
            f"params must be a jamsos.parameters.ParameterSet, got {type(params).__name__}"
        )
    else:
        p = params
    if assume_current_law is not False or _ASSUMED.get():
        if assume_current_law is not True and assume_current_law is not False:
            from jamsos.errors import InvalidInputError

            raise InvalidInputError(f"assume_current_law must be True or False, got {assume_current_law!r}")
        p = p.assuming_current_law()
    return p


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
