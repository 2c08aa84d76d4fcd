"""Argument checks shared by the JP benefit functions: what each accepts, and the error that names the
field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from jamsos import validate
from jamsos.domain import ContributionHistory
from jamsos.errors import (
    InvalidHistoryError,
    InvalidInputError,
    MoneyTypeError,
)
from jamsos.i18n import N_, type_name
from jamsos.money import Rate, Rounding, to_decimal

ONE: Final = Decimal(1)

TWELVE: Final = Decimal(12)

PAY_ROUNDING: Final = Rounding.HALF_UP  # administrative convention (module docstring)


def plausible(day: dt.date, what: str) -> dt.date:
    """A date within the range every date may take (:data:`jamsos.validate.LATEST`...)."""
    return validate.date(day, what, kind=validate.DateKind.BIRTH)


# --------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------
def history_arg(history: object) -> ContributionHistory:
    if not isinstance(history, ContributionHistory):
        raise InvalidHistoryError(
            N_(
                "history must be a jamsos.ContributionHistory, got {kind}; build one with "
                "ContributionHistory(records), .constant(...) or .from_csv(path)"
            ),
            kind=type_name(history),
        )
    return history


def percent_arg(value: object, what: str, low: int, high: int) -> Rate:
    """A :class:`Rate`, or a number of percent (``"5"``, ``5``, ``Decimal("5")`` = 5%)."""
    if isinstance(value, Rate):
        rate = value
    else:
        if isinstance(value, float):
            raise MoneyTypeError(
                N_("{what} must be a Rate or a percentage as int/str/Decimal, not float"), what=what
            )
        rate = Rate.percent(to_decimal(value, what))
    if not Decimal(low) <= rate.as_percent <= Decimal(high):
        raise InvalidInputError(
            N_("{what} {rate} is outside the accepted range {low}%..{high}%"),
            what=what,
            rate=rate,
            low=low,
            high=high,
        )
    return rate


def count_arg(value: object, what: str) -> int:
    return validate.count(value, what, maximum=1200)


def rates_arg(value: object) -> Mapping[int, Rate]:
    if value is None:
        return MappingProxyType({})
    if not isinstance(value, Mapping):
        raise InvalidInputError(N_("development_rates must be a mapping {year: Rate or percent}"))
    out: dict[int, Rate] = {}
    for year, rate in value.items():
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidInputError(N_("development_rates keys must be years (int), got {year!r}"), year=year)
        out[year] = percent_arg(rate, f"development rate {year}", -50, 100)
    return MappingProxyType(out)


def opt_date(value: object, what: str) -> dt.date | None:
    return validate.optional_date(value, what)


def date_arg(value: object, what: str) -> dt.date:
    return validate.date(value, what)
