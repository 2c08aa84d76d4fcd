"""The yearly JHT statement: opening balance, contributions, return and closing balance of each
calendar year, as rows or a pandas frame.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import final

import attrs

from jamsos.errors import (
    InvalidInputError,
)
from jamsos.i18n import N_
from jamsos.money import Rate, Rupiah
from jamsos.results import Award


# ---------------------------------------------------------------------------------------
# the yearly statement
# ---------------------------------------------------------------------------------------
@final
@attrs.frozen
class YearStatement:
    """One year of a JHT statement, in whole rupiah (rounded cumulatively, half up).

    ``start`` and ``end`` bound the period (``end`` is ``until`` in the last year);
    ``opening + contributions + returns - withdrawals == closing`` exactly. ``rate`` is the
    yearly development rate used (``None`` when no month of the year held money) and
    ``rate_source`` says where it came from.
    """

    year: int
    start: dt.date
    end: dt.date
    opening: Rupiah
    contributions: Rupiah
    returns: Rupiah
    withdrawals: Rupiah
    closing: Rupiah
    rate: Rate | None
    rate_source: str
    months_earning: int

    def to_mapping(self) -> Mapping[str, object]:
        """A read-only mapping of the fields (what ``details["statement"]`` holds)."""
        return MappingProxyType({f.name: getattr(self, f.name) for f in attrs.fields(YearStatement)})

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {
            "year": self.year,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "opening": self.opening.to_json(),
            "contributions": self.contributions.to_json(),
            "returns": self.returns.to_json(),
            "withdrawals": self.withdrawals.to_json(),
            "closing": self.closing.to_json(),
            "rate": self.rate.to_json() if self.rate is not None else None,
            "rate_source": self.rate_source,
            "months_earning": self.months_earning,
        }


def statement(award: Award) -> tuple[YearStatement, ...]:
    """The yearly statement of a :func:`balance` award.

    >>> import datetime as dt
    >>> from jamsos import ContributionHistory, Month
    >>> h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2016, 12))
    >>> from jamsos.jht import balance
    >>> rows = statement(balance(h, until=dt.date(2016, 12, 31)))
    >>> [(s.year, str(s.contributions), str(s.returns)) for s in rows]
    [(2016, 'Rp3.420.000', 'Rp133.195')]
    """
    rows = award.details.get("statement") if isinstance(award, Award) else None
    if not isinstance(rows, tuple):
        raise InvalidInputError(N_("statement() takes the Award returned by jamsos.jht.balance()"))
    return tuple(YearStatement(**dict(r)) for r in rows)


def statement_frame(award: Award) -> object:
    """The yearly statement as a pandas DataFrame (whole rupiah as ``int``; needs pandas)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        from jamsos.errors import JamsosError

        raise JamsosError(N_("statement_frame() needs pandas: pip install pandas")) from exc
    rows = [s.to_dict() for s in statement(award)]
    return pd.DataFrame(rows)
