"""The declared JHT returns (hasil pengembangan) of each year, and the book of rates a balance is
computed with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final

from jamsos import validate
from jamsos.errors import (
    InvalidInputError,
    MissingRateError,
    MoneyTypeError,
    NotCoveredError,
)
from jamsos.explain import ParamUse
from jamsos.i18n import N_, type_name
from jamsos.money import Rate, Rounding
from jamsos.parameters import DatedValue, ParameterSet, current_law_option, resolve

ZERO: Final = Decimal(0)

ONE: Final = Decimal(1)

TWELVE: Final = Decimal(12)

ROUNDING: Final = Rounding.HALF_UP

#: The declared returns, one dated series with a value per declared calendar year.
DECLARED: Final = "jht.declared_return"
#: The legal floor (PP 46/2015 Pasal 27 ayat (3)), a series of the same shape.
FLOOR: Final = "jht.return_floor"
#: ``rates=LEGAL_FLOOR``: a year without a declared return uses the legal floor.
LEGAL_FLOOR: Final = "legal_floor"


# ---------------------------------------------------------------------------------------
# balance: argument conversion
# ---------------------------------------------------------------------------------------
def rates_arg(value: object) -> dict[int, Rate]:
    if value is None or value == LEGAL_FLOOR:
        return {}
    if isinstance(value, str):
        raise InvalidInputError(
            N_("rates must be a mapping {{year: Rate}} or {floor!r} (a lawful lower bound), got {value!r}"),
            floor=LEGAL_FLOOR,
            value=value,
        )
    if not isinstance(value, Mapping):
        raise InvalidInputError(
            N_("rates must be a mapping {{year: Rate}}, e.g. {{2021: Rate.percent('5.5')}}; got {value!r}"),
            value=value,
        )
    out: dict[int, Rate] = {}
    for year, rate in value.items():
        if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
            raise InvalidInputError(N_("rates keys must be years (int 1900..2200), got {year!r}"), year=year)
        if isinstance(rate, Rate):
            r = rate
        elif isinstance(rate, str):
            r = Rate.percent(rate)  # a string is a percentage: "5.5" is 5.5%
        else:
            raise MoneyTypeError(
                N_(
                    "rate for {year} must be a Rate (e.g. Rate.percent('5.5')) or a "
                    "percentage string ('5.5'), not {kind} ({rate!r})"
                ),
                year=year,
                kind=type_name(rate),
                rate=rate,
            )
        if r.value < 0:
            raise InvalidInputError(
                N_(
                    "rate for {year} is negative ({r}); JHT returns are at least the 1-year "
                    "state-bank deposit rate (PP 46/2015 Pasal 27 ayat (3))"
                ),
                year=year,
                r=r,
            )
        out[year] = r
    return out


@current_law_option
def declared_return(
    year: int, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> Rate:
    """The declared yearly development return for ``year``, from the law data.

    Raises :class:`~jamsos.errors.MissingRateError` naming the year when it is not
    published in jamsos's data (pass ``rates={year: Rate}`` to :func:`balance`).

    >>> str(declared_return(2016))
    '7,19%'
    """
    # a year no calendar of the programs can hold is a mistake, not a missing rate
    validate.year(year, "year", minimum=validate.EARLIEST.year, maximum=validate.LATEST.year)
    p = resolve(params)
    dv = _declared(year, p)
    if dv is None:
        raise missing_rate([year], p)
    return dv.rate()


def _yearly(name: str, year: int, p: ParameterSet) -> DatedValue | None:
    """The value of a yearly series for ``year`` (the whole year must be covered), or None."""
    if name not in p or not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    try:
        dv = p.value(name, dt.date(year, 1, 1))
        p.value(name, dt.date(year, 12, 31))
    except NotCoveredError:
        return None
    return dv


def _declared(year: int, p: ParameterSet) -> DatedValue | None:
    return _yearly(DECLARED, year, p)


def _years(name: str, p: ParameterSet) -> list[str]:
    if name not in p:
        return []
    return [str(v.since.year) for v in p.history(name) if not v.repealed]


def missing_rate(years: Iterable[int], p: ParameterSet, *, floor: bool = False) -> MissingRateError:
    """The error for years without a declared return (and, with ``floor``, no legal floor)."""
    wanted = sorted(set(years))
    known = ", ".join(_years(DECLARED, p)) or "-"
    listed = ", ".join(str(y) for y in wanted)
    example = ", ".join(f"{y}: Rate.percent('...')" for y in wanted)
    cli = " ".join(f"--imbal {y}=..." for y in wanted)
    if floor:
        return MissingRateError(
            N_(
                "no declared JHT development return and no legal-floor rate for {years} in "
                "jamsos's data (declared: {known}; floor: {floors}); jamsos never guesses a rate: "
                "pass rates={{{example}}} (command line: {cli})"
            ),
            field="rates",
            years=listed,
            known=known,
            floors=", ".join(_years(FLOOR, p)) or "-",
            example=example,
            cli=cli,
        )
    return MissingRateError(
        N_(
            "no declared JHT development return for {years} in jamsos's data (published years: "
            "{known}); jamsos never guesses a rate: pass rates={{{example}}} (command line: {cli}), "
            "or rates={floor!r} for a lawful lower bound at the legal floor (PP 46/2015 Pasal 27 "
            "ayat (3)) where it is known"
        ),
        field="rates",
        years=listed,
        known=known,
        example=example,
        cli=cli,
        floor=LEGAL_FLOOR,
    )


class RateBook:
    """Yearly rates: the caller's first, then the declared ones, then (with ``floor``) the
    legal floor; records what was used."""

    def __init__(self, rates: dict[int, Rate], p: ParameterSet, *, floor: bool = False) -> None:
        self.rates = rates
        self.p = p
        self.floor = floor
        self.floor_years: set[int] = set()

    def _find(self, year: int) -> tuple[str, DatedValue] | None:
        dv = _declared(year, self.p)
        if dv is not None:
            return DECLARED, dv
        if self.floor:
            dv = _yearly(FLOOR, year, self.p)
            if dv is not None:
                return FLOOR, dv
        return None

    def has(self, year: int) -> bool:
        return year in self.rates or self._find(year) is not None

    def get(self, year: int) -> tuple[Rate, str, ParamUse | None]:
        if year in self.rates:
            return self.rates[year], "caller", None
        found = self._find(year)
        if found is None:
            raise missing_rate([year], self.p, floor=self.floor)
        name, dv = found
        if name == FLOOR:
            self.floor_years.add(year)
            return dv.rate(), f"{dv.cite()} (legal floor: a lower bound)", ParamUse.of(name, dv)
        return dv.rate(), dv.cite(), ParamUse.of(name, dv)
