"""The JP benefit formula (PP 45/2015 Pasal 17 ayat (2)), its minimum and maximum (Pasal 18) and the
indexed payment schedule (Pasal 17 ayat (4)).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import final

import attrs

from jamsos import validate
from jamsos.errors import (
    NotCoveredError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_
from jamsos.jp.history import HistorySummary, Revaluation, inflation_of, revalue
from jamsos.jp.inputs import ONE, PAY_ROUNDING, TWELVE
from jamsos.legal import Status
from jamsos.money import CONTEXT, Rate, Rupiah
from jamsos.parameters import DatedValue, ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.results import Note


@current_law_option
def benefit_limits(
    month: Month | str | dt.date, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> tuple[Rupiah, Rupiah]:
    """The (minimum, maximum) monthly JP benefit in force in ``month`` (PP 45/2015 Pasal 18).

    Rp300.000 and Rp3.600.000 at first, then adjusted every March by the previous year's
    inflation. Published figures are stored as published (2016, 2023, 2024); the other years
    are derived by the article's own rule and marked *unconfirmed* in the data. Which date
    selects the law: the first day of ``month``.

    >>> [str(x) for x in benefit_limits(Month(2024, 3))]
    ['Rp393.500', 'Rp4.718.200']
    >>> [str(x) for x in benefit_limits("2016-02")]
    ['Rp300.000', 'Rp3.600.000']
    """
    m = validate.month(month)
    p = resolve(params)
    return p.rupiah("jp.benefit.minimum", m.first_day), p.rupiah("jp.benefit.maximum", m.first_day)


# --------------------------------------------------------------------------------------
# The formula, the limits, indexation
# --------------------------------------------------------------------------------------
@final
@attrs.frozen(eq=False)
class Formula:
    summary: HistorySummary
    reval: Revaluation
    months_used: int
    deemed: bool
    exact: Rupiah
    uses: tuple[ParamUse, ...]

    def explanation(self) -> Explanation:
        s = self.summary
        wage_step = Explanation(
            "JP wage of each month: reported wage capped at the month's JP wage cap",
            "Upah JP setiap bulan: upah dilaporkan dibatasi batas upah tertinggi bulan itu",
            inputs=(
                ("contribution months (masa iur)", s.masa_iur),
                ("first month", str(s.first_month)),
                ("last month", str(s.wages[-1][0])),
                ("months above the cap", s.capped_months),
            ),
            parameters=s.cap_uses,
        )
        reval_step = Explanation(
            f"Wages revalued by BPS inflation to {self.reval.to_year} (Pasal 17 ayat (3))",
            f"Upah disesuaikan dengan inflasi BPS sampai {self.reval.to_year} (Pasal 17 ayat (3))",
            self.reval.total,
            inputs=tuple((f"factor {y}", f) for y, f in self.reval.factors.items()),
            parameters=self.reval.uses,
            note="A wage of year Y is multiplied by (1 + inflation) of each year Y .. end year - 1.",
            note_id="Upah tahun Y dikalikan (1 + inflasi) setiap tahun Y .. tahun akhir - 1.",
        )
        months_note = (
            f"masa iur {s.masa_iur} months is below 15 years: 15 years (180 months) are used"
            if self.deemed
            else None
        )
        return Explanation(
            "Benefit formula: 1% × months used / 12 × average revalued monthly wage (Pasal 17 ayat (2))",
            "Formula manfaat: 1% × masa iur / 12 × rata-rata upah bulanan tertimbang (Pasal 17 ayat (2))",
            self.exact,
            inputs=(
                ("months used", self.months_used),
                ("months paid", s.masa_iur),
                ("average revalued monthly wage", self.reval.average),
            ),
            parameters=self.uses,
            children=(wage_step, reval_step),
            note=months_note,
            note_id=(
                f"masa iur {s.masa_iur} bulan kurang dari 15 tahun: dipakai 15 tahun (180 bulan)"
                if self.deemed
                else None
            ),
        )


def pension_formula(
    summary: HistorySummary, start: Month, p: ParameterSet, *, months_used: int, deemed: bool
) -> Formula:
    reval = revalue(summary, to_year=start.year, params=p)
    dv = p.value("jp.benefit.accrual_rate", start.first_day)
    accrual: Rate = dv.value
    numerator = CONTEXT.multiply(CONTEXT.multiply(reval.total.amount, accrual.value), Decimal(months_used))
    exact = CONTEXT.divide(numerator, CONTEXT.multiply(TWELVE, Decimal(summary.masa_iur)))
    return Formula(
        summary, reval, months_used, deemed, Rupiah(exact), (ParamUse.of("jp.benefit.accrual_rate", dv),)
    )


@final
@attrs.frozen(eq=False)
class Clamp:
    before: Rupiah
    after: Rupiah
    minimum: DatedValue
    maximum: DatedValue

    def explanation(self) -> Explanation:
        lo, hi = self.minimum, self.maximum
        derived = [d for d in (lo, hi) if d.status is Status.UNCONFIRMED]
        note = note_id = None
        if any(d.override for d in derived):
            note = "The limits used are caller-supplied or assumed values (override), not official data."
            note_id = "Batas yang dipakai adalah nilai override (asumsi), bukan data resmi."
        elif derived:
            note = (
                f"The {lo.since.year} limits are not a published figure: they are derived by the rule "
                "of Pasal 18 ayat (3) from the previous year and BPS inflation (unconfirmed)."
            )
            note_id = (
                f"Batas tahun {lo.since.year} bukan angka yang diumumkan: diturunkan dengan aturan "
                "Pasal 18 ayat (3) dari tahun sebelumnya dan inflasi BPS (belum terkonfirmasi)."
            )
        which = "within the limits"
        if self.after > self.before:
            which = "raised to the minimum"
        elif self.after < self.before:
            which = "lowered to the maximum"
        return Explanation(
            f"Minimum and maximum benefit (Pasal 18): {which}",
            "Manfaat paling sedikit dan paling banyak (Pasal 18)",
            self.after,
            inputs=(("before the limits", self.before),),
            parameters=(ParamUse.of("jp.benefit.minimum", lo), ParamUse.of("jp.benefit.maximum", hi)),
            note=note,
            note_id=note_id,
        )


def clamp(amount: Rupiah, start: Month, p: ParameterSet) -> Clamp:
    lo = p.value("jp.benefit.minimum", start.first_day)
    hi = p.value("jp.benefit.maximum", start.first_day)
    after = max(lo.value, min(hi.value, amount))
    return Clamp(amount, after, lo, hi)


def indexed(
    amount: Decimal, start: Month, month: Month, p: ParameterSet
) -> tuple[Decimal, tuple[ParamUse, ...]]:
    """The amount in payment in ``month`` of a pension whose first month is ``start``."""
    uses = []
    k = 12
    while start + k <= month:
        dv = inflation_of(p, (start + k).year - 1)
        uses.append(ParamUse.of("jp.inflation", dv))
        amount = CONTEXT.multiply(amount, CONTEXT.add(ONE, dv.rate().value))
        k += 12
    return amount, tuple(uses)


def schedule_stops(m: Month) -> Note:
    """The note of a payment schedule that stops before ``m``: indexing ``m`` needs the BPS
    inflation of the year before, not yet in the data (Pasal 17 ayat (4))."""
    return Note.of(
        "jp.schedule_stops_no_inflation",
        N_(
            "schedule stops at {last}: the indexation from {month} needs BPS inflation for "
            "{year}, not yet in the data"
        ),
        last=m.minus(1),
        month=m,
        year=m.year - 1,
    )


def payment_schedule(
    first: Decimal, start: Month, months: int, p: ParameterSet, *, last: Month | None = None
) -> tuple[tuple[tuple[Month, Rupiah], ...], tuple[str, ...]]:
    """Monthly payments from ``start`` with yearly indexation (Pasal 17 ayat (1) huruf b, (4))."""
    out: list[tuple[Month, Rupiah]] = []
    notes: list[str] = []
    amount = first
    for k in range(months):
        m = start + k
        if last is not None and m > last:
            break
        if k and k % 12 == 0:
            try:
                dv = inflation_of(p, m.year - 1)
            except NotCoveredError:
                notes.append(schedule_stops(m))
                break
            amount = CONTEXT.multiply(amount, CONTEXT.add(ONE, dv.rate().value))
        out.append((m, Rupiah(amount).rounded(PAY_ROUNDING)))
    return tuple(out), tuple(notes)
