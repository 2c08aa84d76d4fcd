"""The declared JHT returns (hasil pengembangan) of each year, and the book of rates a balance is
computed with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final

from jamsos.errors import (
    InvalidInputError,
    MissingRateError,
    MoneyTypeError,
    NotCoveredError,
)
from jamsos.explain import ParamUse
from jamsos.money import Rate, Rounding
from jamsos.parameters import DatedValue, ParameterSet, resolve

ZERO: Final = Decimal(0)

ONE: Final = Decimal(1)

TWELVE: Final = Decimal(12)

ROUNDING: Final = Rounding.HALF_UP

_RETURN_PREFIX: Final = "jht.return."


# ---------------------------------------------------------------------------------------
# balance: argument conversion
# ---------------------------------------------------------------------------------------
def rates_arg(value: object) -> dict[int, Rate]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidInputError(
            f"rates must be a mapping {{year: Rate}}, e.g. {{2021: Rate.percent('5.5')}}; got {value!r}"
        )
    out: dict[int, Rate] = {}
    for year, rate in value.items():
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
            raise InvalidInputError(f"rates keys must be years (int 1900..2200), got {year!r}")
        if isinstance(rate, Rate):
            r = rate
        elif isinstance(rate, str):
            r = Rate.percent(rate)  # a string is a percentage: "5.5" is 5.5%
        else:
            raise MoneyTypeError(
                f"rate for {year} must be a Rate (e.g. Rate.percent('5.5')) or a percentage "
                f"string ('5.5'), not {type(rate).__name__} ({rate!r})"
            )
        if r.value < 0:
            raise InvalidInputError(
                f"rate for {year} is negative ({r}); JHT returns are at least the 1-year "
                "state-bank deposit rate (PP 46/2015 Pasal 27 ayat (3))"
            )
        out[year] = r
    return out


def declared_return(year: int, *, params: ParameterSet | None = None) -> Rate:
    """The declared yearly development return for ``year``, from the law data.

    Raises :class:`~jamsos.errors.MissingRateError` naming the year when it is not
    published in jamsos's data (pass ``rates={year: Rate}`` to :func:`balance`).

    >>> str(declared_return(2016))
    '7,19%'
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise InvalidInputError(f"year must be an int, got {year!r}")
    p = resolve(params)
    dv = _declared(year, p)
    if dv is None:
        raise MissingRateError(missing_message([year], p))
    value: Rate = dv.value
    return value


def _declared(year: int, p: ParameterSet) -> DatedValue | None:
    name = f"{_RETURN_PREFIX}{year}"
    if name not in p:
        return None
    try:
        return p.value(name, dt.date(year, 12, 31))
    except NotCoveredError:
        return None


def missing_message(years: Iterable[int], p: ParameterSet) -> str:
    known = sorted(n.removeprefix(_RETURN_PREFIX) for n in p.names() if n.startswith(_RETURN_PREFIX))
    listed = ", ".join(str(y) for y in sorted(set(years)))
    example = ", ".join(f"{y}: Rate.percent('...')" for y in sorted(set(years)))
    cli = " ".join(f"--imbal {y}=PERCENT" for y in sorted(set(years)))
    return (
        f"no declared JHT development return for {listed} in jamsos's data (published years: "
        f"{', '.join(known) or 'none'}); jamsos never guesses a rate: pass rates={{{example}}} "
        f"(command line: {cli})"
    )


class RateBook:
    """Yearly rates: the caller's first, then the declared ones; records what was used."""

    def __init__(self, rates: dict[int, Rate], p: ParameterSet) -> None:
        self.rates = rates
        self.p = p

    def has(self, year: int) -> bool:
        return year in self.rates or _declared(year, self.p) is not None

    def get(self, year: int) -> tuple[Rate, str, ParamUse | None]:
        if year in self.rates:
            return self.rates[year], "caller", None
        dv = _declared(year, self.p)
        if dv is None:
            raise MissingRateError(missing_message([year], self.p))
        name = f"{_RETURN_PREFIX}{year}"
        return dv.value, dv.cite(), ParamUse.of(name, dv)
