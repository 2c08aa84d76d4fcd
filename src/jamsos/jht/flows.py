"""The money flowing into and out of a JHT balance: each month's contribution and the withdrawals,
converted and checked at the boundary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType

import attrs

from jamsos.contributions import kernel
from jamsos.contributions.bands import BAND_PARAMETER, place
from jamsos.domain import ContributionHistory, ContributionRecord, Program, Segment
from jamsos.errors import (
    InvalidHistoryError,
    InvalidInputError,
    UnknownValueError,
)
from jamsos.explain import ParamUse
from jamsos.i18n import N_, type_name
from jamsos.jht.returns import ZERO
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet
from jamsos.periods import Month, as_date


def dated_amount(value: object, what: str) -> tuple[dt.date, Rupiah]:
    if isinstance(value, str | bytes) or not isinstance(value, tuple | list) or len(value) != 2:
        raise InvalidInputError(
            N_("each {what} must be a (date, amount) pair, got {value!r}"), what=what, value=value
        )
    day = as_date(value[0], f"{what} date")
    amount = Rupiah.of(value[1], f"{what} amount")
    if amount < 0:
        raise InvalidInputError(
            N_("{what} amount must not be negative, got {amount}"), what=what, amount=amount
        )
    return day, amount


def withdrawals_arg(value: object) -> tuple[tuple[dt.date, Rupiah], ...]:
    if value is None:
        return ()
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidInputError(
            N_("withdrawals must be a sequence of (date, amount) pairs, got {kind}"), kind=type_name(value)
        )
    return tuple(sorted((dated_amount(v, "withdrawal") for v in value), key=lambda p: p[0]))


def segment_arg(value: object) -> Segment:
    if not isinstance(value, Segment | str):
        raise UnknownValueError(
            N_("segment must be a Segment or a code such as 'PU', got {value!r}"), value=value
        )
    seg = Segment.parse(value)
    if seg is Segment.CONSTRUCTION:
        raise InvalidInputError(
            N_(
                "construction-project (Jakon) workers are covered for JKK and JKM only; their "
                "JHT is paid under their own PU or BPU membership"
            )
        )
    return seg


@attrs.frozen
class Inflows:
    """Money in and out by month, and the parameters used to compute contributions."""

    contributions: Mapping[Month, Decimal]
    withdrawals: Mapping[Month, Decimal]
    withdrawal_dates: Mapping[Month, tuple[dt.date, ...]]
    uses: tuple[ParamUse, ...]


def _contribution(
    record: ContributionRecord, segment: Segment, p: ParameterSet, uses: dict[tuple[str, dt.date], ParamUse]
) -> Decimal:
    if record.amount is not None:
        return record.amount.amount
    # The contribution month's law and the contribution kernel of jamsos.contributions: the
    # same amounts, rounded per party to whole rupiah, half up.
    w, q = kernel.decimal_scale(record.wage.amount)
    if segment is Segment.WAGE_EARNER:
        row, employer, worker = kernel.jht_row(p, record.month)
        for name, dv in (("jht.rate.employer", employer), ("jht.rate.worker", worker)):
            uses.setdefault((name, dv.since), ParamUse.of(name, dv))
        amounts = kernel.pu_kernel(row, w, q, min)
        return Decimal(amounts[2] + amounts[3])
    if segment is Segment.NON_WAGE_EARNER:
        # the JHT of the declared income's band (PP 46/2015 Pasal 18), as contributions does
        t = kernel.bpu_table(p, record.month)
        band = place(record.wage, record.month.last_day, p)
        uses.setdefault((BAND_PARAMETER, band.dv.since), band.use())
        return Decimal(kernel.bpu_kernel(t.row(kernel.BPU_OTHER, jht=True, band=t.band(w, q)), w, q)[2])
    raise InvalidHistoryError(
        N_(
            "month {month}: a migrant worker's (PMI) JHT contribution is an amount chosen "
            "from a list, not a share of a wage; give it as the record's amount"
        ),
        month=record.month,
    )


def inflows_of(
    history: ContributionHistory,
    segment: Segment,
    until: dt.date,
    after: dt.date | None,
    withdrawals: tuple[tuple[dt.date, Rupiah], ...],
    p: ParameterSet,
) -> Inflows:
    last = Month.of(until)
    skip_to = Month.of(after) if after is not None else None
    uses: dict[tuple[str, dt.date], ParamUse] = {}
    contributions: dict[Month, Decimal] = {}
    for record in history.for_program(Program.JHT):
        if record.month > last or (skip_to is not None and record.month <= skip_to):
            continue
        contributions[record.month] = _contribution(record, segment, p, uses)
    out: dict[Month, Decimal] = {}
    dates: dict[Month, tuple[dt.date, ...]] = {}
    for day, amount in withdrawals:
        if day > until or (after is not None and day <= after):
            continue
        m = Month.of(day)
        out[m] = out.get(m, ZERO) + amount.amount
        dates[m] = (*dates.get(m, ()), day)
    return Inflows(
        MappingProxyType(contributions), MappingProxyType(out), MappingProxyType(dates), tuple(uses.values())
    )
