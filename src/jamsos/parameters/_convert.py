"""Turning raw law-data values (TOML) and callers' override values into typed values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from jamsos.errors import InvalidInputError, MoneyTypeError, ParameterDataError
from jamsos.frozen import FrozenMap
from jamsos.i18n import N_, type_name
from jamsos.money import Rate, Rupiah, to_decimal
from jamsos.parameters._units import STRUCTURED_UNITS, Ladder, Scale, Schedule, parse_structured

__all__ = ["UNITS", "convert_override", "convert_value", "freeze"]

#: The units a parameter may declare, and what its values become.
UNITS: Final = MappingProxyType(
    {
        "rupiah": "Rupiah (written as a string of digits)",
        "percent": "Rate (written as a percentage string, '0.24' = 0.24%)",
        "decimal": "Decimal (a multiplier or a plain number, written as a string)",
        "months": "int (a number of months)",
        "years": "int (a number of years)",
        "days": "int (a number of days)",
        "count": "int (a count)",
        "day_of_month": "int (1..31)",
        "date": "datetime.date",
        "bool": "bool",
        "text": "str",
        "table": "a structured value (arrays and tables of strings, ints and dates)",
        **STRUCTURED_UNITS,
    }
)


def freeze(value: object) -> object:
    """Make a parsed TOML structure immutable (tables become read-only mappings)."""
    if isinstance(value, dict):
        # FrozenMap, not MappingProxyType: law-data values must pickle (issue 12).
        return FrozenMap({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def convert_value(unit: str, raw: object, where: str) -> object:
    """Turn a raw TOML value into the Python type of ``unit``, or raise."""
    try:
        if unit == "rupiah":
            if not isinstance(raw, str | int) or isinstance(raw, bool):
                raise ParameterDataError(
                    N_("{where}: a rupiah value must be a string of digits"), where=where
                )
            amount = Rupiah.of(raw)
            if amount < 0:
                raise ParameterDataError(N_("{where}: a rupiah value cannot be negative"), where=where)
            return amount
        if unit == "percent":
            if not isinstance(raw, str):
                raise ParameterDataError(
                    N_("{where}: a percent value must be a string ('0.24')"), where=where
                )
            rate = Rate.percent(raw)
            if not Decimal(0) <= rate.value <= Decimal(1):
                raise ParameterDataError(N_("{where}: a percentage must be within 0..100"), where=where)
            return rate
        if unit == "decimal":
            if not isinstance(raw, str):
                raise ParameterDataError(N_("{where}: a decimal value must be a string"), where=where)
            return to_decimal(raw, where)
        if unit in {"months", "years", "days", "count", "day_of_month"}:
            if not isinstance(raw, int) or isinstance(raw, bool) or raw < 0:
                raise ParameterDataError(
                    N_("{where}: a {unit} value must be a whole number >= 0"), where=where, unit=unit
                )
            return raw
        if unit == "date":
            if not isinstance(raw, dt.date):
                raise ParameterDataError(N_("{where}: a date value must be a TOML date"), where=where)
            return raw
        if unit == "bool":
            if not isinstance(raw, bool):
                raise ParameterDataError(N_("{where}: a bool value must be true or false"), where=where)
            return raw
        if unit == "text":
            if not isinstance(raw, str):
                raise ParameterDataError(N_("{where}: a text value must be a string"), where=where)
            return raw
        if unit == "table":
            return freeze(raw)
        if unit in STRUCTURED_UNITS:
            return parse_structured(unit, raw, where)
    except (InvalidInputError, MoneyTypeError) as exc:
        raise ParameterDataError(N_("{where}: {exc}"), where=where, exc=exc) from None
    raise ParameterDataError(
        N_("{where}: unknown unit {unit!r}; accepted: {accepted}"),
        where=where,
        unit=unit,
        accepted=", ".join(UNITS),
    )


def convert_override(unit: str, value: object, name: str) -> object:
    if unit == "rupiah":
        amount = Rupiah.of(value, f"override value for {name}")
        if amount < 0:
            raise InvalidInputError(N_("override value for {name} cannot be negative"), name=name)
        return amount
    if unit == "percent":
        # the same range as the loader's: a rate from 0 to 100% (issue 11: -0.5 passed)
        rate = value if isinstance(value, Rate) else Rate.percent(value)
        if not Decimal(0) <= rate.value <= Decimal(1):
            raise InvalidInputError(
                N_("override value for {name} must be a percentage within 0..100, got {rate}"),
                name=name,
                rate=rate,
            )
        return rate
    if unit == "decimal":
        return to_decimal(value, f"override value for {name}")
    if isinstance(value, float):
        raise MoneyTypeError(N_("override value for {name} cannot be a float"), name=name)
    if isinstance(value, Scale | Schedule | Ladder):
        if unit != type(value).__name__.lower():
            raise InvalidInputError(
                N_("override value for {name} must be a {unit}, got a {kind}"),
                name=name,
                unit=unit,
                kind=type_name(value),
            )
        return value
    try:
        return convert_value(unit, value, f"override of {name}")
    except ParameterDataError as exc:
        # the data check's own words, as an error of the caller's input
        raise InvalidInputError(exc.template, field=name, **exc.params) from None
