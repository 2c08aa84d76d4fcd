"""JP (Jaminan Pensiun): pension age, the membership window, the wage cap and benefits.

*Jaminan Pensiun* is the defined-benefit pension of wage earners (PU) under PP 45/2015.
Terms used once here and then in English:

* *usia pensiun*: the pension age (Pasal 15); *masa iur*: the contribution period, the
  number of months whose contribution was paid (Pasal 1 angka 12); *batas upah tertinggi*:
  the wage cap on which contributions are due (Pasal 29);
* *tingkat kepadatan*: contribution density, months paid ÷ months of membership
  (Penjelasan Pasal 20 ayat (3) huruf a);
* *upah tahunan tertimbang*: the inflation-revalued ("weighted") wage of the formula
  (Pasal 17 ayat (3));
* benefits (Pasal 16): MPHT (*manfaat pensiun hari tua*, old-age pension), MPC (*cacat*,
  disability), MPJD (*janda/duda*, widow/widower), MPA (*anak*, child), MPOT (*orang tua*,
  parent); *cacat total tetap* (CTT) is total permanent disability; *hasil pengembangan*
  the development return on a lump sum (Pasal 24).

Which date selects the law: the day asked for (``pension_age``), the contribution month
(``wage_cap``: its last day, like every contribution parameter), the event date for
benefits (eligibility, the pension age, the deemed-15-years conditions), and the first day
of the month in which the right starts (Pasal 19 ayat (3), 20 ayat (4), 21 ayat (4)) for the
minimum and maximum and for the end point of the wage revaluation.

Conventions (each unsettled by the text; see ``/docs/known-gaps.md``):

* **Formula** (Pasal 17 ayat (2)): 1% × masa iur / 12 × (average revalued annual wage) / 12.
  The average annual wage is read as 12 × the average revalued monthly wage over the months
  paid, so the formula equals 1% × (months used / 12) × (sum of revalued wages / months
  paid). With the deemed 15 years, the months used are 180 and the average is over the
  months actually paid.
* **Wage** of each month: the reported wage capped at that month's JP cap
  (:func:`wage_cap`), because contributions are due only up to it. Months with a zero
  wage, or whose record excludes JP, are not contribution months.
* **Revaluation** (Pasal 17 ayat (3) and its Penjelasan: future value with inflation as the
  compounding factor): a wage earned in calendar year ``Y`` is multiplied by
  (1 + inflation) of every year from ``Y`` to ``E - 1``, where ``E`` is the year of the
  first month of the right. Wages earned in ``E`` are not revalued. Inflation is BPS's
  December year-on-year CPI inflation (``jp.inflation``).
* **Limits** (Pasal 18): applied once, to the first monthly amount, with the minimum and
  maximum in force on the first day of the right; the pension in payment is then indexed
  (Pasal 17 ayat (4)) every 12 months by 1 + the previous calendar year's inflation, and is
  not re-clamped. For heirs the limits apply after the survivor share (parameter
  ``jp.benefit.limits_after_share``).
* **Rounding**: the formula keeps full precision; each monthly payment and each lump sum is
  rounded to whole rupiah, half up (:attr:`Rounding.HALF_UP`), an administrative
  convention: no regulation states a rounding rule for JP benefits.
* **29 February** birthdays complete a year on 1 March in non-leap years
  (:func:`jamsos.periods.anniversary`); the same rule gives a child's 23rd birthday and the
  3-year deferral limit.
* **Lump sum** (Pasal 24): each month's contribution is 3% of the capped wage, rounded per
  party (employer 2%, worker 1%) to whole rupiah half up as on the invoices. The balance
  earns ``jp.lump_sum.development_rate`` / 12 each month on the balance at the start of
  the month (compounded monthly, Pasal 24 ayat (3)); a month's contribution earns from the
  next month. The development runs to the month of the event; payment is on the 1st of
  the next month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final, final

import attrs

from jamsos.domain import ContributionHistory, Program
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    MissingRateError,
    MoneyTypeError,
    NotCoveredError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.legal import Status
from jamsos.money import CONTEXT, Rate, Rounding, Rupiah, to_decimal
from jamsos.parameters import DatedValue, ParameterSet, resolve
from jamsos.periods import Month, add_months, age_on, anniversary, as_date
from jamsos.results import Award, Component

__all__ = [
    "Child",
    "HistorySummary",
    "PensionTiming",
    "Revaluation",
    "Survivors",
    "benefit_limits",
    "disability_benefit",
    "last_registration_month",
    "old_age_benefit",
    "pension_age",
    "pension_date",
    "pension_timing",
    "project",
    "revalue",
    "summarize",
    "survivor_benefit",
    "wage_cap",
]

_ONE: Final = Decimal(1)
_TWELVE: Final = Decimal(12)
_PAY_ROUNDING: Final = Rounding.HALF_UP  # administrative convention (module docstring)


# --------------------------------------------------------------------------------------
# Pension age and dates (written by the lead; behaviour and doctests kept)
# --------------------------------------------------------------------------------------
def pension_age(on: dt.date, *, params: ParameterSet | None = None) -> int:
    """The pension age in force on ``on`` (PP 45/2015 Pasal 15).

    56 until 2018, 57 from 2019-01-01, then one more year every 3 years up to 65 in 2043.

    >>> pension_age(dt.date(2018, 12, 31)), pension_age(dt.date(2019, 1, 1))
    (56, 57)
    >>> pension_age(dt.date(2043, 1, 1))
    65
    """
    return resolve(params).integer("jp.pension_age", as_date(on, "on"))


def pension_date(birth_date: dt.date, *, params: ParameterSet | None = None) -> dt.date:
    """The first day on which the person's age reaches the pension age then in force.

    The pension age rises over time, so the answer is the first day ``d`` with
    ``age(d) >= pension_age(d)``. A 29 February birthday is completed on 1 March in
    non-leap years (see :func:`jamsos.periods.anniversary`).

    >>> pension_date(dt.date(1965, 7, 16))
    datetime.date(2023, 7, 16)
    >>> pension_date(dt.date(1963, 3, 1))  # 56 on 2019-03-01, when 57 is in force
    datetime.date(2020, 3, 1)
    """
    birth = _plausible(as_date(birth_date, "birth_date"), "birth_date")
    p = resolve(params)
    series = p.history("jp.pension_age")
    first = series[0]
    if anniversary(birth, first.value) < first.since:
        raise NotCoveredError(
            f"a person born {birth.isoformat()} reached {first.value} before JP began on "
            f"{first.since.isoformat()} ({first.cite()}); JP pension age does not apply"
        )
    for dv in series:
        if dv.repealed:
            break
        candidate = max(anniversary(birth, dv.value), dv.since)
        if dv.until is None or candidate < dv.until:
            return candidate
    raise NotCoveredError(  # pragma: no cover - the last series value is open-ended
        f"no pension date found for {birth.isoformat()} in the pension-age data"
    )


def last_registration_month(birth_date: dt.date, *, params: ParameterSet | None = None) -> Month:
    """The last month in which the person can still be registered in JP.

    The month before the month in which pension age is reached: membership ends at pension
    age, so a registration in that month would start no contribution period.

    >>> last_registration_month(dt.date(1965, 7, 16))
    Month(2023, 6)
    """
    return Month.of(pension_date(birth_date, params=params)).minus(1)


def wage_cap(month: Month | str, *, params: ParameterSet | None = None) -> Rupiah:
    """The JP wage cap for a contribution month (PP 45/2015 Pasal 29).

    >>> str(wage_cap(Month(2025, 2))), str(wage_cap(Month(2025, 3)))
    ('Rp10.042.300', 'Rp10.547.400')
    """
    m = Month.parse(month)
    return resolve(params).rupiah("jp.wage_cap", m.last_day)


def _plausible(day: dt.date, what: str) -> dt.date:
    """Refuse dates outside 1900..2150, where the law data and date arithmetic end."""
    if not 1900 <= day.year <= 2150:
        raise InvalidDateError(f"{what} {day.isoformat()} is outside the years 1900..2150 jamsos handles")
    return day


def _check_birth(birth: dt.date, on: dt.date) -> None:
    if birth > on:
        raise InvalidDateError(f"birth date {birth.isoformat()} is after {on.isoformat()}; check the date")


@final
@attrs.frozen(eq=False)
class PensionTiming:
    """Pension age, pension date and last registration month of one person.

    ``pension_age`` is the age in force on the pension date; ``first_pension_month`` is
    the first month of the old-age right (Pasal 19 ayat (3)).
    """

    birth_date: dt.date
    pension_age: int
    pension_date: dt.date
    last_registration_month: Month
    first_pension_month: Month
    uses: tuple[ParamUse, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {
            "schema": "jamsos.result/1",
            "kind": "jp.pension_timing",
            "birth_date": self.birth_date.isoformat(),
            "pension_age": self.pension_age,
            "pension_date": self.pension_date.isoformat(),
            "last_registration_month": str(self.last_registration_month),
            "first_pension_month": str(self.first_pension_month),
        }

    def table(self, lang: str = "en") -> str:
        """Readable lines."""
        if lang == "id":
            rows = (
                ("Tanggal lahir", self.birth_date.isoformat()),
                ("Usia pensiun", f"{self.pension_age} tahun"),
                ("Tanggal mencapai usia pensiun", self.pension_date.isoformat()),
                ("Bulan terakhir dapat didaftarkan", str(self.last_registration_month)),
                ("Hak manfaat pensiun hari tua mulai", str(self.first_pension_month)),
            )
        else:
            rows = (
                ("Birth date", self.birth_date.isoformat()),
                ("Pension age", f"{self.pension_age} years"),
                ("Pension date", self.pension_date.isoformat()),
                ("Last registration month", str(self.last_registration_month)),
                ("Old-age pension right starts", str(self.first_pension_month)),
            )
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)

    def __str__(self) -> str:
        return self.table()

    def explain(self) -> Explanation:
        """How the pension date follows from the pension-age schedule."""
        return Explanation(
            "JP pension date",
            "Tanggal usia pensiun JP",
            self.pension_date,
            inputs=(("birth date", self.birth_date), ("pension age in force", self.pension_age)),
            parameters=self.uses,
            note=(
                "First day on which the person's age reaches the pension age then in force; a 29 "
                "February birthday is completed on 1 March in non-leap years. Registration is "
                "possible up to the month before the pension month; the old-age right starts on "
                "the 1st of the month after (PP 45/2015 Pasal 15, 19 ayat (3))."
            ),
            note_id=(
                "Hari pertama usia peserta mencapai usia pensiun yang berlaku saat itu; lahir 29 "
                "Februari genap usianya pada 1 Maret di tahun bukan kabisat. Pendaftaran paling "
                "lambat bulan sebelum bulan usia pensiun; hak mulai tanggal 1 bulan berikutnya."
            ),
        )


def pension_timing(birth_date: dt.date, *, params: ParameterSet | None = None) -> PensionTiming:
    """Pension age, date, last registration month and first pension month, as one result.

    Which date selects the law: the pension date found (PP 45/2015 Pasal 15).

    >>> t = pension_timing(dt.date(1965, 7, 16))
    >>> t.pension_age, t.pension_date, t.last_registration_month, t.first_pension_month
    (58, datetime.date(2023, 7, 16), Month(2023, 6), Month(2023, 8))
    """
    p = resolve(params)
    birth = _date_arg(birth_date, "birth_date")
    pdate = pension_date(birth, params=p)
    dv = p.value("jp.pension_age", pdate)
    return PensionTiming(
        birth_date=birth,
        pension_age=int(dv.value),
        pension_date=pdate,
        last_registration_month=Month.of(pdate).minus(1),
        first_pension_month=Month.of(pdate) + 1,
        uses=(ParamUse.of("jp.pension_age", dv),),
    )


def benefit_limits(
    month: Month | str | dt.date, *, params: ParameterSet | None = None
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
    m = Month.parse(month)  # type: ignore[arg-type]
    p = resolve(params)
    return p.rupiah("jp.benefit.minimum", m.first_day), p.rupiah("jp.benefit.maximum", m.first_day)


# --------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------
def _history_arg(history: object) -> ContributionHistory:
    if not isinstance(history, ContributionHistory):
        raise InvalidHistoryError(
            f"history must be a jamsos.ContributionHistory, got {type(history).__name__}; build one "
            "with ContributionHistory(records), .constant(...) or .from_csv(path)"
        )
    return history


def _percent_arg(value: object, what: str, low: int, high: int) -> Rate:
    """A :class:`Rate`, or a number of percent (``"5"``, ``5``, ``Decimal("5")`` = 5%)."""
    if isinstance(value, Rate):
        rate = value
    else:
        if isinstance(value, float):
            raise MoneyTypeError(f"{what} must be a Rate or a percentage as int/str/Decimal, not float")
        rate = Rate.percent(to_decimal(value, what))
    if not Decimal(low) <= rate.as_percent <= Decimal(high):
        raise InvalidInputError(f"{what} {rate} is outside the accepted range {low}%..{high}%")
    return rate


def _count_arg(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{what} must be a whole number, got {value!r}")
    if not 0 <= value <= 1200:
        raise InvalidInputError(f"{what} must be within 0..1200, got {value}")
    return value


def _rates_arg(value: object) -> Mapping[int, Rate]:
    if value is None:
        return MappingProxyType({})
    if not isinstance(value, Mapping):
        raise InvalidInputError("development_rates must be a mapping {year: Rate or percent}")
    out: dict[int, Rate] = {}
    for year, rate in value.items():
        if isinstance(year, bool) or not isinstance(year, int):
            raise InvalidInputError(f"development_rates keys must be years (int), got {year!r}")
        out[year] = _percent_arg(rate, f"development rate {year}", -50, 100)
    return MappingProxyType(out)


def _opt_date(value: object, what: str) -> dt.date | None:
    return None if value is None else _plausible(as_date(value, what), what)


def _date_arg(value: object, what: str) -> dt.date:
    return _plausible(as_date(value, what), what)


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


def summarize(
    history: ContributionHistory,
    *,
    end: Month | str | None = None,
    birth_date: dt.date | None = None,
    params: ParameterSet | None = None,
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
    h = _history_arg(history)
    return _summarize(h, p, end=None if end is None else Month.parse(end), birth=birth_date, event="")


def _summarize(
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
            "the history has no JP contribution month (a month with a wage above zero whose record "
            "covers JP); a JP benefit needs at least one paid month (PP 45/2015 Pasal 1 angka 4)"
        )
    start_of_jp = Month.of(p.history("jp.rate.employer")[0].since)
    if records[0].month < start_of_jp:
        raise InvalidHistoryError(
            f"month {records[0].month} is before JP began ({start_of_jp}, PP 45/2015 Pasal 38); "
            "remove the months before it"
        )
    last = records[-1].month
    if end is not None and last > end:
        why = f" ({event})" if event else ""
        raise InvalidHistoryError(
            f"month {last} is outside JP membership, which ends in {end}{why}; remove the months after it"
        )
    if birth is not None:
        min_age = p.integer("jp.registration.min_age", records[0].month.last_day)
        if age_on(birth, records[0].month.last_day) < min_age:
            raise InvalidDateError(
                f"birth date {birth.isoformat()} makes the worker younger than {min_age} in the first "
                f"contribution month {records[0].month}; check the birth date and the history"
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


def _inflation(p: ParameterSet, year: int) -> DatedValue:
    try:
        return p.value("jp.inflation", dt.date(year, 1, 1))
    except NotCoveredError as exc:
        raise NotCoveredError(
            f"BPS inflation for {year} is not in jamsos's data (needed for PP 45/2015 Pasal 17); {exc}"
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


def revalue(summary: HistorySummary, *, to_year: int, params: ParameterSet | None = None) -> Revaluation:
    """Revalue each JP wage to ``to_year``: × Π (1 + inflation) for years ``Y .. to_year - 1``.

    Which date selects the law: each year's BPS inflation (``jp.inflation``).

    >>> h = ContributionHistory.constant(5_000_000, Month(2023, 1), Month(2024, 12))
    >>> r = revalue(summarize(h), to_year=2025)
    >>> str(r.factors[2023]), str(r.factors[2024]), str(r.total)
    ('1.04220977', '1.0157', 'Rp123.474.586,2')
    """
    p = resolve(params)
    if isinstance(to_year, bool) or not isinstance(to_year, int):
        raise InvalidInputError(f"to_year must be a year (int), got {to_year!r}")
    years = sorted({m.year for m, *_ in summary.wages})
    uses: dict[int, ParamUse] = {}
    factors: dict[int, Decimal] = {}
    running = _ONE
    # walk backwards from to_year - 1 so each factor is a product of later years' inflation
    for year in range(to_year - 1, (years[0] if years else to_year) - 1, -1):
        dv = _inflation(p, year)
        uses.setdefault(dv.since.year, ParamUse.of("jp.inflation", dv))
        running = CONTEXT.multiply(running, CONTEXT.add(_ONE, dv.value.value))
        factors[year] = running
    for y in years:
        factors.setdefault(y, _ONE)
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


# --------------------------------------------------------------------------------------
# The formula, the limits, indexation
# --------------------------------------------------------------------------------------
@final
@attrs.frozen(eq=False)
class _Formula:
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


def _formula(
    summary: HistorySummary, start: Month, p: ParameterSet, *, months_used: int, deemed: bool
) -> _Formula:
    reval = revalue(summary, to_year=start.year, params=p)
    dv = p.value("jp.benefit.accrual_rate", start.first_day)
    accrual: Rate = dv.value
    numerator = CONTEXT.multiply(CONTEXT.multiply(reval.total.amount, accrual.value), Decimal(months_used))
    exact = CONTEXT.divide(numerator, CONTEXT.multiply(_TWELVE, Decimal(summary.masa_iur)))
    return _Formula(
        summary, reval, months_used, deemed, Rupiah(exact), (ParamUse.of("jp.benefit.accrual_rate", dv),)
    )


@final
@attrs.frozen(eq=False)
class _Clamp:
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


def _clamp(amount: Rupiah, start: Month, p: ParameterSet) -> _Clamp:
    lo = p.value("jp.benefit.minimum", start.first_day)
    hi = p.value("jp.benefit.maximum", start.first_day)
    after = max(lo.value, min(hi.value, amount))
    return _Clamp(amount, after, lo, hi)


def _indexed(
    amount: Decimal, start: Month, month: Month, p: ParameterSet
) -> tuple[Decimal, tuple[ParamUse, ...]]:
    """The amount in payment in ``month`` of a pension whose first month is ``start``."""
    uses = []
    k = 12
    while start + k <= month:
        dv = _inflation(p, (start + k).year - 1)
        uses.append(ParamUse.of("jp.inflation", dv))
        amount = CONTEXT.multiply(amount, CONTEXT.add(_ONE, dv.value.value))
        k += 12
    return amount, tuple(uses)


def _schedule(
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
                dv = _inflation(p, m.year - 1)
            except NotCoveredError:
                notes.append(
                    f"schedule stops at {m.minus(1)}: the indexation from {m} needs BPS inflation for "
                    f"{m.year - 1}, not yet in the data"
                )
                break
            amount = CONTEXT.multiply(amount, CONTEXT.add(_ONE, dv.value.value))
        out.append((m, Rupiah(amount).rounded(_PAY_ROUNDING)))
    return tuple(out), tuple(notes)


# --------------------------------------------------------------------------------------
# Lump sum (Pasal 24)
# --------------------------------------------------------------------------------------
@final
@attrs.frozen(eq=False)
class _LumpSum:
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
                ("accumulated contributions (3% of JP wage)", self.contributions),
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


def _lump_sum(summary: HistorySummary, end: Month, p: ParameterSet, rates: Mapping[int, Rate]) -> _LumpSum:
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
                    f"the JP lump-sum development rate for {m.year} is not in jamsos's data; pass "
                    f"development_rates={{{m.year}: Rate.percent('...')}} ({exc})"
                ) from None
            uses.setdefault(f"dev{dv.since}", ParamUse.of("jp.lump_sum.development_rate", dv))
            rate = dv.value
        balance = CONTEXT.add(balance, CONTEXT.divide(CONTEXT.multiply(balance, rate.value), _TWELVE))
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
    return _LumpSum(
        contributions=Rupiah(contributions),
        total=Rupiah(balance).rounded(_PAY_ROUNDING),
        end=end,
        paid_on=(end + 1).first_day,
        uses=(*summary.cap_uses, *uses.values()),
        supplied=rates,
    )


def _lump_award(
    kind: str, ls: _LumpSum, head: Explanation, basis: str, notes: tuple[str, ...], details: dict[str, object]
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
            Component("accumulated contributions", ls.contributions, basis=("PP 45/2015 Pasal 24 ayat (1)",)),
            Component("development return", ls.development, basis=("PP 45/2015 Pasal 24 ayat (3)",)),
        ),
        payments=((ls.paid_on, ls.total),),
        monthly=None,
        notes=notes,
        details=MappingProxyType({**details, "lump_sum": ls.total, "paid_on": ls.paid_on}),
        explainer=explain,
    )


# --------------------------------------------------------------------------------------
# Old-age benefit (MPHT or lump sum)
# --------------------------------------------------------------------------------------
@final
@attrs.frozen(eq=False)
class _Pension:
    """A monthly pension computed from the formula: first month, exact amount, pieces."""

    start: Month
    formula: _Formula
    share: Rate | None
    clamp: _Clamp

    @property
    def exact(self) -> Decimal:
        return self.clamp.after.amount

    @property
    def monthly(self) -> Rupiah:
        return self.clamp.after.rounded(_PAY_ROUNDING)


def _pension(
    summary: HistorySummary, start: Month, p: ParameterSet, *, deemed: bool, share: Rate | None = None
) -> _Pension:
    months_used = p.integer("jp.benefit.deemed_months", start.first_day) if deemed else summary.masa_iur
    f = _formula(summary, start, p, months_used=months_used, deemed=deemed)
    amount = f.exact
    if share is None:
        return _Pension(start, f, None, _clamp(amount, start, p))
    if bool(p.value("jp.benefit.limits_after_share", start.first_day).value):
        return _Pension(start, f, share, _clamp(amount * share, start, p))
    c = _clamp(amount, start, p)
    return _Pension(start, f, share, attrs.evolve(c, after=c.after * share))


def _timing_step(birth: dt.date, pdate: dt.date, p: ParameterSet) -> Explanation:
    return Explanation(
        "Pension age reached (Pasal 15)",
        "Usia pensiun tercapai (Pasal 15)",
        pdate,
        inputs=(("birth date", birth),),
        parameters=(ParamUse.of("jp.pension_age", p.value("jp.pension_age", pdate)),),
    )


def _start_after_deferral(
    pdate: dt.date, retire_on: dt.date | None, p: ParameterSet
) -> tuple[Month, tuple[str, ...], ParamUse | None]:
    start = Month.of(pdate) + 1
    if retire_on is None or retire_on <= pdate:
        if retire_on is not None and retire_on < pdate:
            raise InvalidDateError(
                f"retire_on {retire_on.isoformat()} is before the pension date {pdate.isoformat()}; "
                "deferral (PP 45/2015 Pasal 15 ayat (4)) is only for work continued after pension age"
            )
        return start, (), None
    dv = p.value("jp.benefit.deferral_max_years", pdate)
    latest = anniversary(pdate, int(dv.value))
    notes: tuple[str, ...] = ()
    stop = retire_on
    if retire_on > latest:
        stop = latest
        notes = (
            f"deferral capped at {dv.value} years after pension age ({latest.isoformat()}, "
            "PP 45/2015 Pasal 15 ayat (4))",
        )
    return Month.of(stop) + 1, notes, ParamUse.of("jp.benefit.deferral_max_years", dv)


def old_age_benefit(
    history: ContributionHistory,
    *,
    birth_date: dt.date,
    params: ParameterSet | None = None,
    retire_on: dt.date | None = None,
    claim_on: dt.date | None = None,
    development_rates: Mapping[int, Rate | str | int | Decimal] | None = None,
    schedule_months: int = 12,
) -> Award:
    """The old-age benefit at pension age: a monthly pension (MPHT) or a lump sum.

    With a masa iur of at least 180 months (PP 45/2015 Pasal 19 ayat (1)) the pension is the
    Pasal 17 formula, clamped to the Pasal 18 limits of its first month, which is the month
    after pension age (Pasal 19 ayat (3)). ``retire_on`` defers it while the member keeps
    working, to the month after stopping work, at most 3 years after pension age (Pasal 15
    ayat (4)). ``payments`` lists ``schedule_months`` monthly payments with the yearly
    indexation (Pasal 17 ayat (4)), as far as BPS inflation is published. Below 180 months
    the member receives the accumulated contributions plus development as a lump sum on the
    1st of the month after pension age (Pasal 24); ``.monthly`` is then ``None``.

    Which date selects the law: the pension date (age, 180 months) and the first day of the
    right (limits, revaluation end year). The history must end before the pension month,
    when membership ends. ``claim_on`` (if given) must not be before the pension date.

    >>> h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2023, 6))
    >>> a = old_age_benefit(h, birth_date=dt.date(1965, 7, 16))
    >>> a.kind, a.monthly, a.payments[0][0], str(a.component("accumulated contributions").amount)
    ('jp.old_age.lump_sum', None, datetime.date(2023, 8, 1), 'Rp13.500.000')
    """
    p = resolve(params)
    h = _history_arg(history)
    birth = _date_arg(birth_date, "birth_date")
    pdate = pension_date(birth, params=p)
    claim = _opt_date(claim_on, "claim_on")
    if claim is not None and claim < pdate:
        raise InvalidDateError(
            f"claim date {claim.isoformat()} is before the pension date {pdate.isoformat()}; the old-age "
            "benefit can be claimed from pension age (PP 45/2015 Pasal 19, 24)"
        )
    months = _count_arg(schedule_months, "schedule_months")
    rates = _rates_arg(development_rates)
    retire = _opt_date(retire_on, "retire_on")
    pm = Month.of(pdate)
    summary = _summarize(h, p, end=pm.minus(1), birth=birth, event=f"pension age on {pdate.isoformat()}")
    min_dv = p.value("jp.benefit.min_months", pdate)
    details: dict[str, object] = {
        "pension_date": pdate,
        "masa_iur": summary.masa_iur,
        "membership_months": summary.membership_months,
        "density": str(summary.density),
    }
    if claim is not None:
        details["claim_on"] = claim
    head = Explanation(
        "JP old-age benefit",
        "Manfaat JP hari tua",
        children=(
            _timing_step(birth, pdate, p),
            Explanation(
                "Masa iur against the 15-year minimum (Pasal 19 ayat (1))",
                "Masa iur dibanding minimum 15 tahun (Pasal 19 ayat (1))",
                summary.masa_iur,
                parameters=(ParamUse.of("jp.benefit.min_months", min_dv),),
            ),
        ),
    )
    if summary.masa_iur < int(min_dv.value):
        ls = _lump_sum(summary, pm, p, rates)
        return _lump_award(
            "jp.old_age.lump_sum",
            ls,
            head,
            "PP 45/2015 Pasal 24: masa iur below 15 years at pension age",
            (
                f"masa iur {summary.masa_iur} months < {min_dv.value}: lump sum, and JP membership ends "
                "(PP 45/2015 Pasal 3 ayat (4) huruf b, Pasal 24)",
            ),
            details,
        )
    start, notes, defer_use = _start_after_deferral(pdate, retire, p)
    pen = _pension(summary, start, p, deemed=False)
    payments, sched_notes = _schedule(pen.exact, start, months, p)
    details.update(first_month=start, formula_exact=pen.formula.exact.amount, before_limits=pen.clamp.before)

    def explain() -> Explanation:
        extra = (
            ()
            if defer_use is None
            else (
                Explanation(
                    "Deferral (Pasal 15 ayat (4))",
                    "Penundaan (Pasal 15 ayat (4))",
                    start,
                    inputs=(("retire on", retire),),
                    parameters=(defer_use,),
                ),
            )
        )
        return attrs.evolve(
            head,
            title="JP old-age pension (MPHT)",
            title_id="Manfaat pensiun hari tua (MPHT)",
            value=pen.monthly,
            inputs=(("first month of the right", str(start)),),
            children=(*head.children, *extra, pen.formula.explanation(), pen.clamp.explanation()),
        )

    return Award(
        kind="jp.old_age.pension",
        components=(
            Component(
                "MPHT monthly old-age pension (first year)",
                pen.monthly,
                basis=("PP 45/2015 Pasal 17 ayat (2)", "PP 45/2015 Pasal 18", "PP 45/2015 Pasal 19"),
            ),
        ),
        payments=payments,
        monthly=pen.monthly,
        notes=(*notes, *sched_notes),
        details=MappingProxyType(details),
        explainer=explain,
    )


# --------------------------------------------------------------------------------------
# Deemed 15 years: conditions (Pasal 20 ayat (3), 21-23 ayat (3))
# --------------------------------------------------------------------------------------
def _density_end(summary: HistorySummary, event: dt.date) -> Month:
    """Membership span for the density: to the event month if it was paid, else the month before."""
    em = Month.of(event)
    paid = {m for m, *_ in summary.wages}
    end = em if em in paid else em.minus(1)
    return max(end, summary.first_month)


def _deemed_conditions(
    summary: HistorySummary, event: dt.date, p: ParameterSet, *, membership_param: str
) -> tuple[bool, tuple[Explanation, ...], dict[str, object]]:
    dens_summary = attrs.evolve(summary, end=_density_end(summary, event))
    density = dens_summary.density
    min_density = p.value("jp.benefit.deemed_min_density", event)
    min_member = p.value(membership_param, event)
    member_since = summary.first_month.first_day
    enough_time = event >= add_months(member_since, int(min_member.value))
    dense = density >= min_density.value.value
    steps = (
        Explanation(
            "Contribution density at least the minimum",
            "Tingkat kepadatan iuran paling sedikit minimum",
            dense,
            inputs=(
                ("months paid", sum(1 for m, *_ in summary.wages if m <= dens_summary.end)),
                ("months of membership", dens_summary.membership_months),
                ("density", density.quantize(Decimal("0.0001"))),
            ),
            parameters=(ParamUse.of("jp.benefit.deemed_min_density", min_density),),
        ),
        Explanation(
            "Membership long enough before the event",
            "Masa kepesertaan cukup sebelum kejadian",
            enough_time,
            inputs=(("membership from", member_since), ("event", event)),
            parameters=(ParamUse.of(membership_param, min_member),),
            note="Membership is taken to start on the 1st of the first contribution month "
            "(Pasal 3 ayat (1)).",
            note_id="Kepesertaan dianggap mulai tanggal 1 bulan iuran pertama (Pasal 3 ayat (1)).",
        ),
    )
    return (
        dense and enough_time,
        steps,
        {"density_for_deemed": str(density), "deemed_conditions_met": dense and enough_time},
    )


# --------------------------------------------------------------------------------------
# Disability (Pasal 20)
# --------------------------------------------------------------------------------------
def disability_benefit(
    history: ContributionHistory,
    *,
    birth_date: dt.date,
    disabled_on: dt.date,
    params: ParameterSet | None = None,
    determined_on: dt.date | None = None,
    claim_on: dt.date | None = None,
    development_rates: Mapping[int, Rate | str | int | Decimal] | None = None,
    schedule_months: int = 12,
) -> Award:
    """Disability pension (MPC) for total permanent disability before pension age (Pasal 20).

    ``disabled_on`` is the day of the event causing the disability; ``determined_on`` the day
    the disability is determined (default: the same day). The right starts on the 1st of the
    month after the determination (Pasal 20 ayat (4)). Masa iur below 15 years counts as 15
    years when the density is at least 80% and the event happened at least 1 month after
    registration (Pasal 20 ayat (3)); when those conditions fail the member receives the
    accumulated contributions plus development as a lump sum (Permenaker 29/2015, not read:
    unconfirmed). A disability on or after the pension date gives no MPC (Pasal 20 ayat (1)):
    the old-age benefit is returned instead, with a note.

    Which date selects the law: ``disabled_on`` for the conditions and the pension age; the
    first day of the right for the limits and the revaluation end year.

    >>> h = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))
    >>> a = disability_benefit(h, birth_date=dt.date(1980, 5, 1), disabled_on=dt.date(2024, 1, 10))
    >>> a.kind, str(a.monthly), a.payments[0]
    ('jp.disability.pension', 'Rp963.486', (Month(2024, 2), Rupiah('963486')))
    """
    p = resolve(params)
    h = _history_arg(history)
    birth = _date_arg(birth_date, "birth_date")
    event = _date_arg(disabled_on, "disabled_on")
    det = _opt_date(determined_on, "determined_on") or event
    claim = _opt_date(claim_on, "claim_on")
    _check_birth(birth, event)
    if det < event:
        raise InvalidDateError(
            f"determined_on {det.isoformat()} is before the disabling event {event.isoformat()}"
        )
    if claim is not None and claim < event:
        raise InvalidDateError(
            f"claim date {claim.isoformat()} is before the disabling event {event.isoformat()}"
        )
    months = _count_arg(schedule_months, "schedule_months")
    rates = _rates_arg(development_rates)
    pdate = pension_date(birth, params=p)
    if event >= pdate:
        award = old_age_benefit(
            h, birth_date=birth, params=p, development_rates=rates, schedule_months=months
        )
        return attrs.evolve(
            award,
            notes=(
                f"disability on {event.isoformat()} is on or after the pension date {pdate.isoformat()}: no "
                "disability pension (PP 45/2015 Pasal 20 ayat (1)); the old-age benefit applies",
                *award.notes,
            ),
        )
    start = Month.of(det) + 1
    summary = _summarize(
        h, p, end=Month.of(det), birth=birth, event=f"disability determined on {det.isoformat()}"
    )
    min_months = int(p.value("jp.benefit.min_months", event).value)
    details: dict[str, object] = {
        "pension_date": pdate,
        "disabled_on": event,
        "determined_on": det,
        "masa_iur": summary.masa_iur,
    }
    steps: tuple[Explanation, ...] = ()
    deemed = False
    if summary.masa_iur < min_months:
        ok, steps, extra = _deemed_conditions(
            summary, event, p, membership_param="jp.benefit.disability_min_membership_months"
        )
        details.update(extra)
        if not ok:
            ls = _lump_sum(summary, Month.of(det), p, rates)
            head = Explanation("JP disability benefit", "Manfaat JP cacat", children=steps)
            return _lump_award(
                "jp.disability.lump_sum",
                ls,
                head,
                "Deemed-15-years conditions of PP 45/2015 Pasal 20 ayat (3) not met: lump sum "
                "(Permenaker 29/2015, unconfirmed)",
                ("deemed 15 years not available (density or membership condition failed): lump sum",),
                details,
            )
        deemed = True
    pen = _pension(summary, start, p, deemed=deemed)
    payments, sched_notes = _schedule(pen.exact, start, months, p)
    details.update(
        first_month=start,
        deemed_15_years=deemed,
        formula_exact=pen.formula.exact.amount,
        first_exact=pen.exact,
    )

    def explain() -> Explanation:
        return Explanation(
            "JP disability pension (MPC)",
            "Manfaat pensiun cacat (MPC)",
            pen.monthly,
            inputs=(
                ("disabling event", event),
                ("determined on", det),
                ("first month of the right", str(start)),
            ),
            children=(*steps, pen.formula.explanation(), pen.clamp.explanation()),
            note="Ends when the member dies or no longer meets the definition of total permanent "
            "disability (Pasal 20 ayat (7)).",
            note_id="Berakhir saat peserta meninggal atau tidak lagi memenuhi definisi cacat total tetap.",
        )

    return Award(
        kind="jp.disability.pension",
        components=(
            Component(
                "MPC monthly disability pension (first year)",
                pen.monthly,
                basis=("PP 45/2015 Pasal 20", "PP 45/2015 Pasal 17 ayat (2)", "PP 45/2015 Pasal 18"),
            ),
        ),
        payments=payments,
        monthly=pen.monthly,
        notes=sched_notes,
        details=MappingProxyType(details),
        explainer=explain,
    )


# --------------------------------------------------------------------------------------
# Survivors (Pasal 21-23)
# --------------------------------------------------------------------------------------
def _date_field(value: object) -> dt.date:
    return _plausible(as_date(value, "date"), "date")


def _opt_date_field(value: object) -> dt.date | None:
    return None if value is None else _plausible(as_date(value, "date"), "date")


@final
@attrs.frozen
class Child:
    """A child registered as heir: birth date, and the day the child starts work or marries.

    The child pension ends at 23, or when the child works or marries (Pasal 22 ayat (5)).
    """

    birth_date: dt.date = attrs.field(converter=_date_field)
    ends_on: dt.date | None = attrs.field(default=None, converter=_opt_date_field)


def _children(value: object) -> tuple[Child, ...]:
    if value is None:
        return ()
    if isinstance(value, str | bytes | dt.date) or not isinstance(value, Iterable):
        raise InvalidInputError("children must be a sequence of Child values or birth dates")
    out = []
    for c in value:
        out.append(c if isinstance(c, Child) else Child(c))
    return tuple(out)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(f"expected True or False, got {value!r}")
    return value


def _opt_flag(value: object) -> bool | None:
    return None if value is None else _flag(value)


@final
@attrs.frozen
class Survivors:
    """The heirs registered for a member's JP pension (PP 45/2015 Pasal 14).

    * ``spouse``: a legal widow or widower is registered; ``spouse_ends_on``: the day the
      widow/widower dies or remarries (Pasal 21 ayat (5)), after which the children receive
      the child pension (Pasal 22 ayat (1) huruf b).
    * ``children``: registered children in registration order (:class:`Child` or birth
      dates); at most 2 are counted, the first 2 still eligible (Pasal 14 ayat (1) huruf c;
      the choice among more than 2 is not settled by the text).
    * ``parent``: a parent is registered; ``parent_ends_on`` the parent's death.
    * ``member_married``: whether the member was married; ``None`` means married exactly
      when a spouse is registered. The parent pension is for an unmarried member's parent
      (UU 40/2004 Pasal 41 ayat (1) huruf e) with no spouse or child (PP 45/2015 Pasal 23).

    >>> Survivors(spouse=True, children=(dt.date(2010, 1, 5),)).children
    (Child(birth_date=datetime.date(2010, 1, 5), ends_on=None),)
    """

    spouse: bool = attrs.field(default=False, converter=_flag)
    spouse_ends_on: dt.date | None = attrs.field(default=None, converter=_opt_date_field)
    children: tuple[Child, ...] = attrs.field(default=(), converter=_children)
    parent: bool = attrs.field(default=False, converter=_flag)
    parent_ends_on: dt.date | None = attrs.field(default=None, converter=_opt_date_field)
    member_married: bool | None = attrs.field(default=None, converter=_opt_flag)

    @property
    def married(self) -> bool:
        """Whether the member counts as married (explicit, or because a spouse is registered)."""
        return self.spouse if self.member_married is None else self.member_married


@final
@attrs.frozen(eq=False)
class _Heir:
    name: str
    label_id: str
    first: Month
    last: Month | None  # last month paid (inclusive), None: open


def _survivor_base(
    h: ContributionHistory,
    birth: dt.date,
    died: dt.date,
    p: ParameterSet,
    rates: Mapping[int, Rate],
    disabled_on: dt.date | None,
) -> tuple[str, Decimal | _Pension | None, tuple[Explanation, ...], dict[str, object], Award | None]:
    """What the survivor shares apply to.

    Returns ``(case, base, steps, details, award_instead)``: ``base`` is the exact pension in
    payment (``Decimal``) when the member was a pensioner (Pasal 21 ayat (2) huruf b), or a
    ``_Pension`` of the formula (huruf a); ``award_instead`` is a lump sum when no pension
    is due.
    """
    pdate = pension_date(birth, params=p)
    start = Month.of(died) + 1
    dm = Month.of(died)
    details: dict[str, object] = {"pension_date": pdate, "died_on": died}
    min_months = int(p.value("jp.benefit.min_months", died).value)
    if disabled_on is not None and disabled_on < died and disabled_on < pdate:
        mpc = disability_benefit(
            h, birth_date=birth, disabled_on=disabled_on, params=p, development_rates=rates
        )
        if mpc.monthly is None:
            return "none", None, (), {**details, "disability": "lump sum already paid"}, None
        first: Month = mpc.details["first_month"]  # type: ignore[assignment]
        if dm >= first:
            first_exact = mpc.details["first_exact"]
            assert isinstance(first_exact, Decimal)
            exact, _ = _indexed(first_exact, first, dm, p)
            step = Explanation(
                "Member was receiving a disability pension: heirs' shares apply to it "
                "(Pasal 21 ayat (2) huruf b)",
                "Peserta penerima manfaat pensiun cacat: bagian ahli waris dari MPC "
                "(Pasal 21 ayat (2) huruf b)",
                Rupiah(exact),
                children=(mpc.explain(),),
            )
            return "after_pension", exact, (step,), {**details, "pension_in_payment": Rupiah(exact)}, None
    summary = _summarize(h, p, end=dm, birth=birth, event=f"death on {died.isoformat()}")
    details["masa_iur"] = summary.masa_iur
    if died >= pdate:
        if summary.masa_iur < min_months:
            award = old_age_benefit(h, birth_date=birth, params=p, development_rates=rates)
            note = (
                "the member reached pension age with masa iur below 15 years: the lump sum of Pasal 24 "
                "is due (to the heirs if the member had not received it); membership ended, so there is "
                "no survivor pension (PP 45/2015 Pasal 3 ayat (4) huruf b)"
            )
            return "lump", None, (), details, attrs.evolve(award, notes=(note, *award.notes))
        mpht_start = Month.of(pdate) + 1
        if dm >= mpht_start:
            pen = _pension(summary, mpht_start, p, deemed=False)
            exact, uses = _indexed(pen.exact, mpht_start, dm, p)
            step = Explanation(
                "Member was receiving the old-age pension: heirs' shares apply to it "
                "(Pasal 21 ayat (2) huruf b)",
                "Peserta penerima MPHT: bagian ahli waris dari MPHT yang dibayarkan "
                "(Pasal 21 ayat (2) huruf b)",
                Rupiah(exact),
                inputs=(("old-age pension first month", str(mpht_start)), ("first amount", pen.clamp.after)),
                parameters=uses,
                children=(pen.formula.explanation(), pen.clamp.explanation()),
            )
            return "after_pension", exact, (step,), {**details, "pension_in_payment": Rupiah(exact)}, None
        return "formula", _pension(summary, start, p, deemed=False), (), details, None
    steps: tuple[Explanation, ...] = ()
    deemed = False
    if summary.masa_iur < min_months:
        ok, steps, extra = _deemed_conditions(
            summary, died, p, membership_param="jp.benefit.death_min_membership_months"
        )
        details.update(extra)
        if not ok:
            ls = _lump_sum(summary, dm, p, rates)
            head = Explanation("JP survivor benefit", "Manfaat JP ahli waris", children=steps)
            award = _lump_award(
                "jp.survivor.lump_sum",
                ls,
                head,
                "Deemed-15-years conditions of PP 45/2015 Pasal 21-23 ayat (3) not met: lump sum to "
                "the heirs (Permenaker 29/2015, unconfirmed)",
                (
                    "deemed 15 years not available (membership or density condition failed): "
                    "lump sum to the heirs",
                ),
                details,
            )
            return "lump", None, steps, details, award
        deemed = True
    details["deemed_15_years"] = deemed
    return "formula", _pension(summary, start, p, deemed=deemed), steps, details, None


def survivor_benefit(
    history: ContributionHistory,
    *,
    birth_date: dt.date,
    died_on: dt.date,
    survivors: Survivors,
    params: ParameterSet | None = None,
    disabled_on: dt.date | None = None,
    claim_on: dt.date | None = None,
    development_rates: Mapping[int, Rate | str | int | Decimal] | None = None,
    schedule_months: int = 12,
) -> Award:
    """Widow/widower, child and parent pensions after a member's death (Pasal 21-23).

    Order (Pasal 21-23): the widow/widower (50%); when there is none, or after the
    widow/widower dies or remarries, up to 2 children (50%; after a widow/widower, 50% of
    that pension) until 23, work or marriage; when there is neither, the parent of an
    unmarried member (20%). The share applies to the Pasal 17 formula when the member died
    before receiving a pension (huruf a; below 15 years of masa iur, 15 years count if the
    member had at least 1 year of membership and an 80% density, ayat (3)), or to the
    old-age or disability pension in payment when the member was a pensioner (huruf b; pass
    ``disabled_on`` for a disability pensioner). Rights start on the 1st of the month after
    death. When the deemed conditions fail the heirs receive the lump sum (Permenaker
    29/2015, unconfirmed). ``payments`` lists ``schedule_months`` months from the first.

    Which date selects the law: ``died_on`` for the conditions; the first day of each heir's
    right for the limits (applied after the share, ``jp.benefit.limits_after_share``).

    >>> h = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))
    >>> a = survivor_benefit(h, birth_date=dt.date(1980, 5, 1), died_on=dt.date(2024, 1, 10),
    ...                      survivors=Survivors(spouse=True))
    >>> a.kind, str(a.monthly)
    ('jp.survivor.pension', 'Rp481.743')
    """
    p = resolve(params)
    h = _history_arg(history)
    if not isinstance(survivors, Survivors):
        raise InvalidInputError(
            f"survivors must be a jamsos.jp.Survivors value, got {type(survivors).__name__}"
        )
    birth = _date_arg(birth_date, "birth_date")
    died = _date_arg(died_on, "died_on")
    _check_birth(birth, died)
    claim = _opt_date(claim_on, "claim_on")
    if claim is not None and claim < died:
        raise InvalidDateError(f"claim date {claim.isoformat()} is before the death on {died.isoformat()}")
    dis = _opt_date(disabled_on, "disabled_on")
    if dis is not None and dis > died:
        raise InvalidDateError(f"disabled_on {dis.isoformat()} is after the death on {died.isoformat()}")
    for what, d in (
        ("spouse_ends_on", survivors.spouse_ends_on),
        ("parent_ends_on", survivors.parent_ends_on),
    ):
        if d is not None and d < died:
            raise InvalidDateError(
                f"{what} {d.isoformat()} is before the member's death on {died.isoformat()}"
            )
    if survivors.spouse_ends_on is not None and not survivors.spouse:
        raise InvalidInputError("spouse_ends_on is given but no spouse is registered (spouse=False)")
    post = int(p.value("jp.benefit.posthumous_child_days", died).value)
    for c in survivors.children:
        if c.birth_date > died + dt.timedelta(days=post):
            raise InvalidDateError(
                f"a child born {c.birth_date.isoformat()} is more than {post} days after the death "
                "and cannot be a pension heir (PP 45/2015 Pasal 14 ayat (2))"
            )
        if c.ends_on is not None and c.ends_on < c.birth_date:
            raise InvalidDateError(f"child ends_on {c.ends_on.isoformat()} is before the child's birth")
    months = _count_arg(schedule_months, "schedule_months")
    rates = _rates_arg(development_rates)
    case, base, steps, details, instead = _survivor_base(h, birth, died, p, rates, dis)
    if claim is not None:
        details["claim_on"] = claim
    if instead is not None:
        return instead
    start = Month.of(died) + 1
    heirs, notes = _heirs(survivors, start, p)
    details["heirs"] = tuple(h.name for h in heirs)
    if base is None or not heirs:
        reason = (
            "the member received the disability lump sum; no further JP benefit"
            if base is None
            else "no registered heir entitled to a JP pension (PP 45/2015 Pasal 14, 21-23)"
        )

        def explain_none() -> Explanation:
            return Explanation(
                "JP survivor benefit", "Manfaat JP ahli waris", Rupiah.zero(), children=steps, note=reason
            )

        return Award(
            kind="jp.survivor.none",
            components=(),
            notes=(reason, *notes),
            details=MappingProxyType(details),
            explainer=explain_none,
        )
    payments, first_components, sched_notes, phase_steps = _survivor_schedule(
        case, base, heirs, survivors, start, months, p
    )
    monthly = sum((c.amount for c in first_components), Rupiah.zero())
    details["first_month"] = start

    def explain() -> Explanation:
        base_steps: tuple[Explanation, ...] = ()
        if isinstance(base, _Pension):
            base_steps = (base.formula.explanation(),)
        return Explanation(
            "JP survivor pension",
            "Manfaat pensiun ahli waris",
            monthly,
            inputs=(
                ("died on", died),
                ("first month of the right", str(start)),
                ("heirs", ", ".join(h.name for h in heirs)),
            ),
            children=(*steps, *base_steps, *phase_steps),
        )

    return Award(
        kind="jp.survivor.pension",
        components=tuple(first_components),
        payments=payments,
        monthly=monthly,
        notes=(*notes, *sched_notes),
        details=MappingProxyType(details),
        explainer=explain,
    )


def _heirs(s: Survivors, start: Month, p: ParameterSet) -> tuple[tuple[_Heir, ...], tuple[str, ...]]:
    on = start.first_day
    max_children = int(p.value("jp.benefit.max_children", on).value)
    max_age = int(p.value("jp.benefit.child_max_age", on).value)
    heirs: list[_Heir] = []
    notes: list[str] = []
    child_first = start
    if s.spouse:
        last = None if s.spouse_ends_on is None else Month.of(s.spouse_ends_on)
        heirs.append(_Heir("widow/widower", "janda/duda", start, last))
        # without an end date the children's right never starts within the schedule
        child_first = Month(2200, 12) if last is None else last + 1
    eligible = []
    for i, c in enumerate(s.children, start=1):
        end = anniversary(c.birth_date, max_age)
        if c.ends_on is not None:
            end = min(end, c.ends_on)
        last_child = Month.of(end)
        if last_child < start:
            notes.append(
                f"child {i} (born {c.birth_date.isoformat()}) is no longer eligible when the right starts"
            )
            continue
        eligible.append((i, c, last_child))
    if len(eligible) > max_children:
        notes.append(
            f"{len(eligible)} eligible children: the first {max_children} registered are counted "
            "(PP 45/2015 Pasal 14 ayat (1) huruf c)"
        )
        eligible = eligible[:max_children]
    if s.spouse and s.spouse_ends_on is None and eligible:
        notes.append(
            "the children's pension starts the month after the widow/widower dies or remarries "
            "(PP 45/2015 Pasal 22 ayat (1) huruf b)"
        )
    for i, c, last_child in eligible:
        first = max(child_first, Month.of(c.birth_date))
        if first <= last_child:
            heirs.append(_Heir(f"child {i}", f"anak {i}", first, last_child))
        elif s.spouse_ends_on is not None:
            notes.append(f"child {i}'s right ends before the widow/widower's right ends: no child pension")
    if not s.spouse and not eligible and s.parent:
        if s.married:
            notes.append("no parent pension: the member was married (UU 40/2004 Pasal 41 ayat (1) huruf e)")
        else:
            last = None if s.parent_ends_on is None else Month.of(s.parent_ends_on)
            heirs.append(_Heir("parent", "orang tua", start, last))
    return tuple(heirs), tuple(notes)


def _survivor_schedule(
    case: str,
    base: Decimal | _Pension,
    heirs: tuple[_Heir, ...],
    s: Survivors,
    start: Month,
    months: int,
    p: ParameterSet,
) -> tuple[tuple[tuple[Month, Rupiah], ...], list[Component], tuple[str, ...], tuple[Explanation, ...]]:
    """Month by month: each heir group's amount, with its own start, limits and indexation."""
    per_child = bool(p.value("jp.benefit.child_share_per_child", start.first_day).value)
    after_share = bool(p.value("jp.benefit.limits_after_share", start.first_day).value)
    shares = {
        "spouse": p.value("jp.benefit.widow_share", start.first_day),
        "child": p.value("jp.benefit.child_share", start.first_day),
        "parent": p.value("jp.benefit.parent_share", start.first_day),
    }
    ref_first = base.formula.exact.amount if isinstance(base, _Pension) else base
    # the formula before limits, or (when limits apply first) clamped at the start
    if isinstance(base, _Pension) and not after_share:
        ref_first = _clamp(base.formula.exact, start, p).after.amount

    def clamp_at(amount: Decimal, first: Month) -> tuple[Decimal, Explanation]:
        if not after_share:
            return amount, Explanation(
                "Limits applied before the share", "Batas diterapkan sebelum bagian", Rupiah(amount)
            )
        c = _clamp(Rupiah(amount), first, p)
        return c.after.amount, c.explanation()

    group_amount: dict[str, Decimal] = {}
    group_start: dict[str, Month] = {}
    steps: list[Explanation] = []
    out: list[tuple[Month, Rupiah]] = []
    first_components: list[Component] = []
    notes: list[str] = []
    spouse = next((h for h in heirs if h.name == "widow/widower"), None)
    children = [h for h in heirs if h.name.startswith("child")]
    parent = next((h for h in heirs if h.name == "parent"), None)
    basis = {
        "spouse": ("PP 45/2015 Pasal 21",),
        "child": ("PP 45/2015 Pasal 22",),
        "parent": ("PP 45/2015 Pasal 23",),
    }
    for k in range(months):
        m = start + k
        try:
            payable: list[tuple[str, Decimal]] = []
            if spouse is not None and (spouse.last is None or m <= spouse.last):
                amt = _group(group_amount, group_start, "spouse", m, p)
                if amt is None:
                    raw = CONTEXT.multiply(ref_first, shares["spouse"].value.value)
                    amt, step = clamp_at(raw, m)
                    group_amount["spouse"], group_start["spouse"] = amt, m
                    steps.append(
                        _share_step(
                            "widow/widower pension (MPJD)",
                            "pensiun janda/duda (MPJD)",
                            shares["spouse"],
                            "jp.benefit.widow_share",
                            m,
                            step,
                        )
                    )
                payable.append(("MPJD widow/widower pension", amt))
            live = [c for c in children if c.first <= m and (c.last is None or m <= c.last)]
            if live:
                amt = _group(group_amount, group_start, "child", m, p)
                if amt is None:
                    if spouse is not None:
                        # 50% of the widow/widower pension in payment (Pasal 22 ayat (2) huruf c)
                        ref = _group(group_amount, group_start, "spouse", m, p, peek=True)
                        ref = (
                            ref
                            if ref is not None
                            else CONTEXT.multiply(ref_first, shares["spouse"].value.value)
                        )
                    else:
                        ref = ref_first
                    raw = CONTEXT.multiply(ref, shares["child"].value.value)
                    amt, step = clamp_at(raw, m)
                    group_amount["child"], group_start["child"] = amt, m
                    steps.append(
                        _share_step(
                            "child pension (MPA)",
                            "pensiun anak (MPA)",
                            shares["child"],
                            "jp.benefit.child_share",
                            m,
                            step,
                        )
                    )
                each = amt if per_child else CONTEXT.divide(amt, Decimal(len(live)))
                payable.extend((f"MPA child pension ({c.name})", each) for c in live)
            if parent is not None and (parent.last is None or m <= parent.last):
                amt = _group(group_amount, group_start, "parent", m, p)
                if amt is None:
                    raw = CONTEXT.multiply(ref_first, shares["parent"].value.value)
                    amt, step = clamp_at(raw, m)
                    group_amount["parent"], group_start["parent"] = amt, m
                    steps.append(
                        _share_step(
                            "parent pension (MPOT)",
                            "pensiun orang tua (MPOT)",
                            shares["parent"],
                            "jp.benefit.parent_share",
                            m,
                            step,
                        )
                    )
                payable.append(("MPOT parent pension", amt))
        except NotCoveredError:
            notes.append(
                f"schedule stops at {m.minus(1)}: the indexation from {m} needs BPS inflation for "
                f"{m.year - 1}, not yet in the data"
            )
            break
        if not payable:
            if out:
                break
            continue
        rounded = [(n, Rupiah(a).rounded(_PAY_ROUNDING)) for n, a in payable]
        if not first_components:
            for n, a in rounded:
                group = "spouse" if n.startswith("MPJD") else "child" if n.startswith("MPA") else "parent"
                first_components.append(Component(n, a, basis=basis[group]))
        out.append((m, sum((a for _, a in rounded), Rupiah.zero())))
    if case == "after_pension":
        notes.append("shares of the pension in payment at death (PP 45/2015 Pasal 21-23 ayat (2) huruf b)")
    return tuple(out), first_components, tuple(notes), tuple(steps)


def _group(
    amounts: dict[str, Decimal],
    starts: dict[str, Month],
    key: str,
    m: Month,
    p: ParameterSet,
    *,
    peek: bool = False,
) -> Decimal | None:
    """The group's amount in month ``m``, indexed on each anniversary of its start."""
    if key not in amounts:
        return None
    first = starts[key]
    if not peek and m.months_since(first) and m.months_since(first) % 12 == 0:
        dv = _inflation(p, m.year - 1)
        amounts[key] = CONTEXT.multiply(amounts[key], CONTEXT.add(_ONE, dv.value.value))
    return amounts[key]


def _share_step(
    title: str, title_id: str, share: DatedValue, name: str, first: Month, clamp_step: Explanation
) -> Explanation:
    return Explanation(
        f"{title} from {first}",
        f"{title_id} mulai {first}",
        clamp_step.value,
        parameters=(ParamUse.of(name, share),),
        children=(clamp_step,),
    )


# --------------------------------------------------------------------------------------
# Projection
# --------------------------------------------------------------------------------------
def _grow(value: Decimal, rate: Rate) -> Decimal:
    return CONTEXT.multiply(value, CONTEXT.add(_ONE, rate.value))


def _assume(
    p: ParameterSet, until_year: int, *, cap_growth: Rate, inflation: Rate, development: Rate | None
) -> ParameterSet:
    """A what-if parameter set extending every JP series the data ends with, by assumption."""
    q = p
    infl = p.parameter("jp.inflation")
    if infl.covered_until is not None:
        q = q.override(
            "jp.inflation",
            dt.date(infl.covered_until.year + 1, 1, 1),
            inflation,
            note="projection assumption",
        )
    dev = p.parameter("jp.lump_sum.development_rate")
    if dev.covered_until is not None:
        rate = development if development is not None else dev.values[-1].value
        q = q.override(
            "jp.lump_sum.development_rate",
            dt.date(dev.covered_until.year + 1, 1, 1),
            rate,
            note="projection assumption",
        )
    for name, growth, mode in (
        ("jp.wage_cap", cap_growth, Rounding.FLOOR),  # Pasal 29 ayat (3) practice: down to Rp100
        ("jp.benefit.minimum", inflation, Rounding.CEILING),  # as the 2024 figures: up to Rp100
        ("jp.benefit.maximum", inflation, Rounding.CEILING),
    ):
        param = p.parameter(name)
        if param.covered_until is None:
            continue
        value = param.values[-1].value.amount
        for year in range(param.covered_until.year, until_year + 1):
            value = Rupiah(_grow(value, growth)).rounded(mode, step=100).amount
            q = q.override(name, dt.date(year, 3, 1), Rupiah(value), note="projection assumption")
    return q


def project(
    history: ContributionHistory,
    *,
    birth_date: dt.date,
    wage_growth: Rate | str | int | Decimal,
    inflation: Rate | str | int | Decimal,
    params: ParameterSet | None = None,
    cap_growth: Rate | str | int | Decimal | None = None,
    development_rate: Rate | str | int | Decimal | None = None,
    last_month: Month | str | None = None,
    schedule_months: int = 12,
) -> Award:
    """Projected old-age benefit at pension age, from the history so far and assumptions.

    The worker is assumed to keep contributing every month from the month after the
    history's last month to ``last_month`` (default: the month before the pension month),
    at the last wage raised by ``wage_growth`` each January. Years the law data does not
    cover yet use assumptions: ``inflation`` for BPS inflation (revaluation, indexation,
    and the Pasal 18 limits each March, rounded up to Rp100), ``cap_growth`` (default:
    ``wage_growth``) for the JP wage cap each March (rounded down to Rp100 as Pasal 29
    caps are), and ``development_rate`` (default: the last rate in the data) for a lump sum.
    Rates are a :class:`Rate` or a number of percent (``"5"`` is 5%). The result is the
    :func:`old_age_benefit` computed under these assumptions, in nominal rupiah, with the
    assumptions in ``notes``, ``details`` and the explanation.

    Which date selects the law: as :func:`old_age_benefit`; assumed values are marked
    unofficial overrides.

    >>> h = ContributionHistory.constant(8_000_000, Month(2015, 7), Month(2025, 12))
    >>> a = project(h, birth_date=dt.date(1975, 3, 10), wage_growth="5", inflation="3")
    >>> a.kind, a.details["first_month"], a.details["masa_iur"]
    ('jp.projection.pension', Month(2038, 4), 272)
    """
    p = resolve(params)
    h = _history_arg(history)
    birth = _date_arg(birth_date, "birth_date")
    g = _percent_arg(wage_growth, "wage_growth", -50, 100)
    i = _percent_arg(inflation, "inflation", -10, 50)
    cg = g if cap_growth is None else _percent_arg(cap_growth, "cap_growth", -50, 100)
    dev = None if development_rate is None else _percent_arg(development_rate, "development_rate", -50, 100)
    months = _count_arg(schedule_months, "schedule_months")
    if not h:
        raise InvalidHistoryError("a projection needs at least one contribution month to start from")
    pdate = pension_date(birth, params=p)
    pm = Month.of(pdate)
    stop = pm.minus(1) if last_month is None else Month.parse(last_month)
    if stop >= pm:
        raise InvalidDateError(
            f"last_month {stop} is not before the pension month {pm}; membership ends at pension age"
        )
    last = h.records[-1]
    if stop < last.month:
        raise InvalidDateError(f"last_month {stop} is before the history's last month {last.month}")
    records = list(h.records)
    from jamsos.domain import ContributionRecord  # local: only the projection builds records

    for m in Month.range(last.month + 1, stop):
        wage = last.wage.amount
        for _ in range(m.year - last.month.year):
            wage = _grow(wage, g)
        records.append(ContributionRecord(m, Rupiah(wage)))
    extended = ContributionHistory(tuple(records))
    q = _assume(p, pm.year + 4, cap_growth=cg, inflation=i, development=dev)
    base = old_age_benefit(extended, birth_date=birth, params=q, schedule_months=months)
    assumptions = {
        "wage_growth": g,
        "inflation": i,
        "cap_growth": cg,
        "development_rate": dev,
        "contributions_until": stop,
        "projected_months": stop.months_since(last.month) if stop > last.month else 0,
    }
    kind = "jp.projection." + base.kind.rsplit(".", 1)[-1]
    details = {**base.details, "assumptions": {k: str(v) for k, v in assumptions.items() if v is not None}}
    notes = (
        f"projection: wages +{g} a year, inflation {i} a year, JP cap +{cg} a year, contributions "
        f"every month until {stop}; assumed values are unofficial",
        *base.notes,
    )

    def explain() -> Explanation:
        return Explanation(
            "JP projection (planning estimate, not a legal entitlement)",
            "Proyeksi JP (perkiraan untuk perencanaan, bukan hak hukum)",
            base.monthly if base.monthly is not None else base.total,
            inputs=tuple((k, v) for k, v in assumptions.items() if v is not None),
            children=(base.explain(),),
            note="Years without published data use the assumptions above (marked as overrides).",
            note_id="Tahun tanpa data resmi memakai asumsi di atas (ditandai sebagai override).",
        )

    return Award(
        kind=kind,
        components=base.components,
        payments=base.payments,
        monthly=base.monthly,
        notes=notes,
        details=MappingProxyType(details),
        explainer=explain,
    )
