"""The JP lump sum: contributions plus their development return, paid instead of a pension (PP 45/2015
Pasal 24).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import final

import attrs

from jamsos.errors import (
    MissingRateError,
    NotCoveredError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_
from jamsos.jp.history import HistorySummary
from jamsos.jp.inputs import PAY_ROUNDING, TWELVE
from jamsos.money import CONTEXT, Rate, Rounding, Rupiah
from jamsos.parameters import ParameterSet, articles, resolve
from jamsos.periods import Month
from jamsos.results import Award, Component


# --------------------------------------------------------------------------------------
# Lump sum (Pasal 24)
# --------------------------------------------------------------------------------------
@final
@attrs.frozen(eq=False)
class LumpSum:
    contributions: Rupiah
    total: Rupiah
    end: Month
    paid_on: dt.date
    uses: tuple[ParamUse, ...]
    supplied: Mapping[int, Rate]

    @property
    def development(self) -> Rupiah:
        return self.total - self.contributions

    def explanation(self, title: str, title_id: str, basis: str) -> Explanation:
        return Explanation(
            title,
            title_id,
            self.total,
            inputs=(
                ("accumulated contributions (JP rate × JP wage)", self.contributions),
                ("development return", self.development),
                ("developed up to", str(self.end)),
                ("paid on", self.paid_on),
                *((f"development rate {y} (supplied)", r) for y, r in self.supplied.items()),
            ),
            parameters=self.uses,
            note=(
                f"{basis}. Development: the yearly rate / 12 each month on the balance at the start of "
                "the month (compounded monthly, Pasal 24 ayat (3)); the rate is not published in the "
                "regulation (unconfirmed)."
            ),
            note_id=(
                f"{basis}. Hasil pengembangan: tingkat tahunan / 12 setiap bulan atas saldo awal bulan "
                "(Pasal 24 ayat (3)); tingkatnya tidak diatur dalam peraturan (belum terkonfirmasi)."
            ),
        )


def lump_sum_balance(
    summary: HistorySummary, end: Month, p: ParameterSet, rates: Mapping[int, Rate]
) -> LumpSum:
    paid = {m: wage for m, _, _, wage in summary.wages}
    uses: dict[str, ParamUse] = {}
    balance = Decimal(0)
    contributions = Decimal(0)
    for m in Month.range(summary.first_month, end):
        if m.year in rates:
            rate = rates[m.year]
        else:
            try:
                dv = p.value("jp.lump_sum.development_rate", dt.date(m.year, 1, 1))
            except NotCoveredError as exc:
                raise MissingRateError(
                    N_(
                        "the JP lump-sum development rate for {year} is not in jamsos's data; "
                        "pass development_rates={{{year}: Rate.percent('...')}} ({exc})"
                    ),
                    year=m.year,
                    exc=exc,
                ) from None
            uses.setdefault(f"dev{dv.since}", ParamUse.of("jp.lump_sum.development_rate", dv))
            rate = dv.value
        balance = CONTEXT.add(balance, CONTEXT.divide(CONTEXT.multiply(balance, rate.value), TWELVE))
        if m in paid:
            er = p.value("jp.rate.employer", m.last_day)
            wr = p.value("jp.rate.worker", m.last_day)
            uses.setdefault(f"er{er.since}", ParamUse.of("jp.rate.employer", er))
            uses.setdefault(f"wr{wr.since}", ParamUse.of("jp.rate.worker", wr))
            # contributions are rounded per party to whole rupiah, half up, as invoiced
            c = (paid[m] * er.value).rounded(Rounding.HALF_UP) + (paid[m] * wr.value).rounded(
                Rounding.HALF_UP
            )
            contributions = CONTEXT.add(contributions, c.amount)
            balance = CONTEXT.add(balance, c.amount)
    return LumpSum(
        contributions=Rupiah(contributions),
        total=Rupiah(balance).rounded(PAY_ROUNDING),
        end=end,
        paid_on=(end + 1).first_day,
        uses=(*summary.cap_uses, *uses.values()),
        supplied=rates,
    )


def _cite(level: str, ls: LumpSum, params: ParameterSet | None) -> tuple[str, ...]:
    """The articles of PP 45/2015 Pasal 24 a lump-sum component cites (law data)."""
    return articles(resolve(params), "jp.articles", level, ls.paid_on)


def lump_award(
    kind: str,
    ls: LumpSum,
    head: Explanation,
    basis: str,
    notes: tuple[str, ...],
    details: dict[str, object],
    params: ParameterSet | None = None,
) -> Award:
    def explain() -> Explanation:
        return attrs.evolve(
            head,
            value=ls.total,
            children=(*head.children, ls.explanation("Lump sum", "Pembayaran sekaligus", basis)),
        )

    return Award(
        kind=kind,
        components=(
            Component(
                "accumulated contributions",
                ls.contributions,
                basis=_cite("lump_sum_contributions", ls, params),
            ),
            Component("development return", ls.development, basis=_cite("lump_sum_development", ls, params)),
        ),
        payments=((ls.paid_on, ls.total),),
        monthly=None,
        notes=notes,
        details=MappingProxyType({**details, "lump_sum": ls.total, "paid_on": ls.paid_on}),
        explainer=explain,
    )
