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
from functools import lru_cache

from jamsos.parameters._model import UNITS, DatedValue, Parameter, ParameterSet

__all__ = [
    "UNITS",
    "DatedValue",
    "Parameter",
    "ParameterSet",
    "history",
    "names",
    "official",
    "resolve",
    "value",
]


@lru_cache(maxsize=1)
def official() -> ParameterSet:
    """The official law data shipped with this version of jamsos (loaded once)."""
    from jamsos.parameters._loader import load_official

    return load_official()


def resolve(params: ParameterSet | None) -> ParameterSet:
    """``params`` or the official set when it is ``None``."""
    if params is None:
        return official()
    if not isinstance(params, ParameterSet):
        from jamsos.errors import InvalidInputError

        raise InvalidInputError(
            f"params must be a jamsos.parameters.ParameterSet, got {type(params).__name__}"
        )
    return params


def value(name: str, on: dt.date, *, params: ParameterSet | None = None) -> DatedValue:
    """The value of parameter ``name`` in force on ``on``, with its citation."""
    return resolve(params).value(name, on)


def history(name: str, *, params: ParameterSet | None = None) -> tuple[DatedValue, ...]:
    """Every dated value of ``name``, oldest first."""
    return resolve(params).history(name)


def names(*, params: ParameterSet | None = None) -> tuple[str, ...]:
    """Every parameter name, sorted."""
    return resolve(params).names()
