"""JP contribution history: the summary of months paid (masa iur, density) and the inflation
revaluation of wages (PP 45/2015 Pasal 17 ayat (3)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import final

import attrs

from jamsos import validate
from jamsos.domain import ContributionHistory, Program
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    NotCoveredError,
)
from jamsos.explain import ParamUse
from jamsos.i18n import N_, type_name
from jamsos.jp.inputs import ONE, history_arg
from jamsos.money import CONTEXT, Rupiah
from jamsos.parameters import DatedValue, ParameterSet, current_law_option, resolve
from jamsos.periods import Month, age_on


# --------------------------------------------------------------------------------------
# Reading a contribution history
# --------------------------------------------------------------------------------------
@final
@attrs.frozen(eq=False)
class HistorySummary:
    """What the JP rules read from a contribution history.

    ``wages`` holds ``(month, reported wage, cap, JP wage)`` for every contribution month;
    ``masa_iur`` is their number; ``membership_months`` the span from the first contribution
    month (membership starts with the first paid contribution, PP 45/2015 Pasal 3 ayat (1))
    to ``end``; ``density`` is ``masa_iur`` over that span (*tingkat kepadatan*).
    """

    wages: tuple[tuple[Month, Rupiah, Rupiah, Rupiah], ...]
    first_month: Month
    end: Month
    cap_uses: tuple[ParamUse, ...] = ()

    @property
    def masa_iur(self) -> int:
        """Months of paid contributions."""
        return len(self.wages)

    @property
    def membership_months(self) -> int:
        """Months from the first contribution month to ``end``, both included."""
        return max(0, self.end.months_since(self.first_month) + 1)

    @property
    def density(self) -> Decimal:
        """Months paid ÷ months of membership, in ``[first_month, end]``."""
        paid = sum(1 for m, *_ in self.wages if m <= self.end)
        return CONTEXT.divide(Decimal(paid), Decimal(max(1, self.membership_months)))

    @property
    def capped_months(self) -> int:
        """Months whose reported wage was above the cap."""
        return sum(1 for _, w, cap, _ in self.wages if w > cap)


@current_law_option
def summarize(
    history: ContributionHistory,
    *,
    end: Month | str | None = None,
    birth_date: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> HistorySummary:
    """Contribution months, membership span, density and capped JP wage of each month.

    ``end`` is the last month of the membership span (default: the last month of the
    history); months after it are refused. Months before JP began (2015-07) are refused, and
    with ``birth_date`` so are months before the worker's 15th birthday (``jp.registration.
    min_age``). Which date selects the law: each contribution month (its cap).

    >>> h = ContributionHistory.constant(12_000_000, Month(2024, 1), Month(2024, 12))
    >>> s = summarize(h, end=Month(2025, 2))
    >>> s.masa_iur, s.membership_months, str(s.density), str(s.wages[2][3]), str(s.wages[2][3])
    (12, 14, '0.857142857142857142857142857142857142857142857142857142857143', 'Rp10.042.300', 'Rp10.042.300')
    """
    p = resolve(params)
    h = history_arg(history)
    end_month = None if end is None else validate.month(end, "end")
    birth = validate.optional_date(birth_date, "birth_date", kind=validate.DateKind.BIRTH)
    return summarize_checked(h, p, end=end_month, birth=birth, event="")


def summarize_checked(
    h: ContributionHistory,
    p: ParameterSet,
    *,
    end: Month | None,
    birth: dt.date | None,
    event: str,
) -> HistorySummary:
    records = [r for r in h.records if r.covers(Program.JP) and r.wage > 0]
    if not records:
        raise InvalidHistoryError(
            N_(
                "the history has no JP contribution month (a month with a wage above zero "
                "whose record covers JP); a JP benefit needs at least one paid month (PP "
                "45/2015 Pasal 1 angka 4)"
            )
        )
    start_of_jp = Month.of(p.history("jp.rate.employer")[0].since)
    if records[0].month < start_of_jp:
        raise InvalidHistoryError(
            N_(
                "month {month} is before JP began ({start_of_jp}, PP 45/2015 Pasal 38); "
                "remove the months before it"
            ),
            month=records[0].month,
            start_of_jp=start_of_jp,
        )
    last = records[-1].month
    if end is not None and last > end:
        why = f" ({event})" if event else ""
        raise InvalidHistoryError(
            N_("month {last} is outside JP membership, which ends in {end}{why}; remove the months after it"),
            last=last,
            end=end,
            why=why,
        )
    if birth is not None:
        min_age = p.integer("jp.registration.min_age", records[0].month.last_day)
        if age_on(birth, records[0].month.last_day) < min_age:
            raise InvalidDateError(
                N_(
                    "birth date {birth} makes the worker younger than {min_age} in the first "
                    "contribution month {month}; check the birth date and the history"
                ),
                birth=birth,
                min_age=min_age,
                month=records[0].month,
            )
    rows: list[tuple[Month, Rupiah, Rupiah, Rupiah]] = []
    uses: dict[dt.date, ParamUse] = {}
    for r in records:
        dv = p.value("jp.wage_cap", r.month.last_day)
        uses.setdefault(dv.since, ParamUse.of("jp.wage_cap", dv))
        cap: Rupiah = dv.value
        rows.append((r.month, r.wage, cap, min(r.wage, cap)))
    return HistorySummary(
        wages=tuple(rows),
        first_month=records[0].month,
        end=end if end is not None else last,
        cap_uses=tuple(uses.values()),
    )


def inflation_of(p: ParameterSet, year: int) -> DatedValue:
    try:
        return p.value("jp.inflation", dt.date(year, 1, 1))
    except NotCoveredError as exc:
        raise NotCoveredError(
            N_("BPS inflation for {year} is not in jamsos's data (needed for PP 45/2015 Pasal 17); {exc}"),
            year=year,
            exc=exc,
        ) from None


@final
@attrs.frozen(eq=False)
class Revaluation:
    """Wages revalued by inflation to the year ``to_year`` (PP 45/2015 Pasal 17 ayat (3)).

    ``factors`` maps each wage year to its factor; ``total`` is the sum of the revalued JP
    wages; ``average`` the average revalued monthly wage.
    """

    to_year: int
    factors: Mapping[int, Decimal]
    total: Rupiah
    months: int
    uses: tuple[ParamUse, ...] = ()

    @property
    def average(self) -> Rupiah:
        """Average revalued monthly wage (full precision)."""
        return Rupiah(CONTEXT.divide(self.total.amount, Decimal(self.months)))


@current_law_option
def revalue(
    summary: HistorySummary,
    *,
    to_year: int,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Revaluation:
    """Revalue each JP wage to ``to_year``: × Π (1 + inflation) for years ``Y .. to_year - 1``.

    Which date selects the law: each year's BPS inflation (``jp.inflation``).

    >>> h = ContributionHistory.constant(5_000_000, Month(2023, 1), Month(2024, 12))
    >>> r = revalue(summarize(h), to_year=2025)
    >>> str(r.factors[2023]), str(r.factors[2024]), str(r.total)
    ('1.04220977', '1.0157', 'Rp123.474.586,2')
    """
    p = resolve(params)
    if not isinstance(summary, HistorySummary):
        raise InvalidInputError(
            N_("summary must be a jp.HistorySummary (from jp.summarize), got {kind}"), kind=type_name(summary)
        )
    years = sorted({m.year for m, *_ in summary.wages})
    # revaluing to a year before the last wage would give factors of 1 (issue 11): refuse
    first_allowed = years[-1] if years else validate.PROGRAMS_START.year
    to_year = validate.year(to_year, "to_year", minimum=first_allowed, maximum=validate.LATEST.year)
    uses: dict[int, ParamUse] = {}
    factors: dict[int, Decimal] = {}
    running = ONE
    # walk backwards from to_year - 1 so each factor is a product of later years' inflation
    for year in range(to_year - 1, (years[0] if years else to_year) - 1, -1):
        dv = inflation_of(p, year)
        uses.setdefault(dv.since.year, ParamUse.of("jp.inflation", dv))
        running = CONTEXT.multiply(running, CONTEXT.add(ONE, dv.rate().value))
        factors[year] = running
    for y in years:
        factors.setdefault(y, ONE)
    total = Decimal(0)
    for m, _, _, wage in summary.wages:
        total = CONTEXT.add(total, CONTEXT.multiply(wage.amount, factors[m.year]))
    return Revaluation(
        to_year=to_year,
        factors=MappingProxyType({y: factors[y] for y in years}),
        total=Rupiah(total),
        months=summary.masa_iur,
        uses=tuple(uses[y] for y in sorted(uses)),
    )
