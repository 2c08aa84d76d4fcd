"""JHT (Jaminan Hari Tua): the savings balance, and when and how much can be withdrawn.

*Jaminan Hari Tua* (old-age savings) is an individual account: each month the wage
earner's contribution (3.7% employer + 2% worker, PP 46/2015 Pasal 16) is paid in, and
BPJS Ketenagakerjaan credits a yearly *hasil pengembangan* (development return) declared
from its annual financial statements (Pasal 27). The *saldo* (balance) is paid out as a
lump sum (*pencairan*) on reaching age 56, total permanent disability (*cacat total
tetap*), death (to the heirs, *ahli waris*), and, depending on the regulation in force
on the event date, on resignation (*mengundurkan diri*), dismissal (*pemutusan hubungan
kerja*, PHK), the end of a fixed-term contract (*PKWT*), a non-wage earner (BPU) who stops
working, or a foreign national leaving Indonesia for good. After 10 years of membership
(*masa kepesertaan*) a member may once take part of the balance (*pengambilan sebagian*):
up to 30% for housing or 10% for other retirement preparation (Pasal 22(4)-(6)).

Three public questions:

* :func:`balance`: contributions plus development returns up to a date, as an
  :class:`~jamsos.results.Award` whose ``details["statement"]`` is the yearly statement
  (see :func:`statement` and :func:`statement_frame`).
* :func:`withdrawal`: may the balance be claimed, and from which day (a
  :class:`~jamsos.results.Decision` with ``earliest_on``).
* :func:`partial_withdrawal`: the 10% / 30% partial withdrawal.

**Waiting periods.** The claim rule is chosen by the **event date** (the resignation
letter, the PHK date, the end of the contract...). Regimes, all dated parameters
``jht.claim.rule.<ground>``:

* 2015-07-01 to 2015-08-11, PP 46/2015 as first enacted: a member who resigns, is
  dismissed or otherwise stops working before 56 is paid only at **56** (Pasal 26(3)).
* from 2015-08-12, PP 60/2015 deletes that rule; Permenaker 19/2015, applied from
  2015-09-01, pays resignation and dismissal after a **1-month** waiting period. jamsos
  reads the 2015-08-12..2015-08-31 gap under the new regime: the age-56 rule no longer
  existed and the one-month wait already ends on or after 2015-09-12, when Permenaker
  19/2015 applied. (Claims by members who stopped work between 2015-07-01 and 2015-08-11
  may in practice have been paid under Permenaker 19/2015 too; jamsos keeps the rule of
  the event date and says so in the decision's notes.)
* from 2022-04-26, Permenaker 4/2022: **1 month** from the date the employer issues the
  resignation statement, or from the PHK date; the end of a PKWT and a BPU member who
  stops working are payable at once.
* Permenaker 2/2022 (resignation and PHK paid only at 56) never came into force and is
  never applied.

**How one month is counted.** ``earliest_on = event + 1 calendar month`` with
:func:`jamsos.periods.add_months`: resignation letter dated 2025-03-01 → claim from
2025-04-01 (not on 2025-03-31); 2025-01-31 → 2025-02-28 (the clamp to a shorter month's
last day). The day before ``earliest_on`` is refused, ``earliest_on`` itself is accepted.

**Crediting conventions** (:class:`Crediting`), both from official material; the default
is :attr:`Crediting.YEARLY_PRO_RATA`, BPJS's own calculator:

* ``YEARLY_PRO_RATA``: each year the opening balance earns the yearly rate, and a
  contribution for month *m* (counted as paid on the 1st of month *m*) earns the rate pro
  rata for the remaining ``13 - m`` months; the return is credited at year end. A
  withdrawal in month *m* stops earning from the 1st of month *m*. Equivalently the return
  is ``rate × (sum of the balance held in each month) / 12``. Before year end (``until``
  in mid-year) the return of the completed months is credited on ``until``, as on a claim.
* ``MONTHLY_COMPOUND``: the ministry's simulations: contributions at the start of each
  month, the balance compounded at the effective monthly rate ``(1 + r)^(1/12) - 1``.

Only completed months earn (a month earns when ``until`` is on or after its last day).
Amounts keep full precision (60 significant digits) until the final balance, which is
rounded half up to whole rupiah (administrative convention, unconfirmed); the statement
rows are rounded the same way, cumulatively, so that every row adds up.

>>> import datetime as dt
>>> from jamsos import ContributionHistory, Month, Rate
>>> h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2016, 12))
>>> award = balance(h, until=dt.date(2016, 12, 31))
>>> str(award.total)   # 12 × Rp285.000 + 7,19% × Rp285.000 × 78/12
'Rp3.553.195'
>>> withdrawal("resign", event_on=dt.date(2025, 3, 1)).earliest_on
datetime.date(2025, 4, 1)
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final, final

import attrs

from jamsos.domain import ContributionHistory, ContributionRecord, Program, Segment
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    MissingRateError,
    MoneyTypeError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.money import CONTEXT, Money, Rate, Rounding, Rupiah, whole
from jamsos.parameters import DatedValue, ParameterSet, resolve
from jamsos.periods import Month, add_months, anniversary, as_date
from jamsos.results import Award, Component, Decision, Reason

__all__ = [
    "Crediting",
    "PartialPurpose",
    "WithdrawalReason",
    "YearStatement",
    "balance",
    "declared_return",
    "partial_withdrawal",
    "statement",
    "statement_frame",
    "withdrawal",
]

_ZERO: Final = Decimal(0)
_ONE: Final = Decimal(1)
_TWELVE: Final = Decimal(12)
_ROUNDING: Final = Rounding.HALF_UP
_RETURN_PREFIX: Final = "jht.return."


def _key(text: str) -> str:
    return text.strip().lower().replace("_", "-").replace(" ", "-")


# ---------------------------------------------------------------------------------------
# enums
# ---------------------------------------------------------------------------------------
class Crediting(enum.Enum):
    """How development returns are credited (see the module docstring)."""

    YEARLY_PRO_RATA = "yearly_pro_rata"
    MONTHLY_COMPOUND = "monthly_compound"

    @classmethod
    def parse(cls, value: Crediting | str) -> Crediting:
        """Accept a member or a name (``"yearly"``, ``"tahunan"``, ``"monthly"``, ``"bulanan"``)."""
        if isinstance(value, Crediting):
            return value
        if isinstance(value, str):
            key = _key(value)
            aliases = {
                "yearly-pro-rata": cls.YEARLY_PRO_RATA,
                "yearly": cls.YEARLY_PRO_RATA,
                "tahunan": cls.YEARLY_PRO_RATA,
                "monthly-compound": cls.MONTHLY_COMPOUND,
                "monthly": cls.MONTHLY_COMPOUND,
                "bulanan": cls.MONTHLY_COMPOUND,
            }
            if key in aliases:
                return aliases[key]
        raise UnknownValueError(
            f"unknown crediting convention {value!r}; accepted: yearly_pro_rata (tahunan), "
            "monthly_compound (bulanan)"
        )


class WithdrawalReason(enum.Enum):
    """Grounds for claiming the whole JHT balance."""

    AGE = "age"
    RESIGNATION = "resignation"
    DISMISSAL = "dismissal"
    CONTRACT_END = "contract_end"
    STOPPED_WORKING = "stopped_working"
    DISABILITY = "disability"
    DEATH = "death"
    LEAVING_INDONESIA = "leaving_indonesia"
    #: A migrant worker (PMI) whose departure failed (*gagal berangkat*), Permenaker 4/2023.
    FAILED_DEPARTURE = "failed_departure"

    @classmethod
    def parse(cls, value: WithdrawalReason | str) -> WithdrawalReason:
        """Accept a member, its name, or an Indonesian word (``resign``, ``phk``, ``usia``...).

        >>> WithdrawalReason.parse("phk"), WithdrawalReason.parse("mengundurkan diri")
        (<WithdrawalReason.DISMISSAL: 'dismissal'>, <WithdrawalReason.RESIGNATION: 'resignation'>)
        """
        if isinstance(value, WithdrawalReason):
            return value
        if isinstance(value, str):
            key = _key(value)
            for member in cls:
                if key == _key(member.value):
                    return member
            if key in _REASON_ALIASES:
                return _REASON_ALIASES[key]
        raise UnknownValueError(
            f"unknown withdrawal reason {value!r}; accepted: age (usia), resignation (resign), "
            "dismissal (phk), contract_end (pkwt), stopped_working (berhenti-bekerja), "
            "disability (cacat), death (meninggal), leaving_indonesia (meninggalkan-indonesia), "
            "failed_departure (gagal-berangkat)"
        )


_REASON_ALIASES: Final[Mapping[str, WithdrawalReason]] = MappingProxyType(
    {
        "usia": WithdrawalReason.AGE,
        "usia-pensiun": WithdrawalReason.AGE,
        "pensiun": WithdrawalReason.AGE,
        "retirement": WithdrawalReason.AGE,
        "resign": WithdrawalReason.RESIGNATION,
        "mengundurkan-diri": WithdrawalReason.RESIGNATION,
        "pengunduran-diri": WithdrawalReason.RESIGNATION,
        "phk": WithdrawalReason.DISMISSAL,
        "pemutusan-hubungan-kerja": WithdrawalReason.DISMISSAL,
        "pkwt": WithdrawalReason.CONTRACT_END,
        "kontrak": WithdrawalReason.CONTRACT_END,
        "kontrak-berakhir": WithdrawalReason.CONTRACT_END,
        "berhenti-bekerja": WithdrawalReason.STOPPED_WORKING,
        "berhenti": WithdrawalReason.STOPPED_WORKING,
        "cacat": WithdrawalReason.DISABILITY,
        "cacat-total-tetap": WithdrawalReason.DISABILITY,
        "meninggal": WithdrawalReason.DEATH,
        "meninggal-dunia": WithdrawalReason.DEATH,
        "meninggalkan-indonesia": WithdrawalReason.LEAVING_INDONESIA,
        "gagal-berangkat": WithdrawalReason.FAILED_DEPARTURE,
    }
)


class PartialPurpose(enum.Enum):
    """Purposes of a partial withdrawal (PP 46/2015 Pasal 22 ayat (5))."""

    HOUSING = "housing"
    RETIREMENT_PREPARATION = "retirement_preparation"

    @classmethod
    def parse(cls, value: PartialPurpose | str) -> PartialPurpose:
        """Accept a member, its name, or ``rumah`` / ``lainnya`` / ``persiapan-pensiun``."""
        if isinstance(value, PartialPurpose):
            return value
        if isinstance(value, str):
            key = _key(value)
            aliases = {
                "housing": cls.HOUSING,
                "rumah": cls.HOUSING,
                "perumahan": cls.HOUSING,
                "retirement-preparation": cls.RETIREMENT_PREPARATION,
                "other": cls.RETIREMENT_PREPARATION,
                "lainnya": cls.RETIREMENT_PREPARATION,
                "persiapan-pensiun": cls.RETIREMENT_PREPARATION,
            }
            if key in aliases:
                return aliases[key]
        raise UnknownValueError(
            f"unknown partial-withdrawal purpose {value!r}; accepted: housing (rumah), "
            "retirement_preparation (lainnya)"
        )


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
    >>> rows = statement(balance(h, until=dt.date(2016, 12, 31)))
    >>> [(s.year, str(s.contributions), str(s.returns)) for s in rows]
    [(2016, 'Rp3.420.000', 'Rp133.195')]
    """
    rows = award.details.get("statement") if isinstance(award, Award) else None
    if not isinstance(rows, tuple):
        raise InvalidInputError("statement() takes the Award returned by jamsos.jht.balance()")
    return tuple(YearStatement(**dict(r)) for r in rows)


def statement_frame(award: Award) -> object:
    """The yearly statement as a pandas DataFrame (whole rupiah as ``int``; needs pandas)."""
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        from jamsos.errors import JamsosError

        raise JamsosError("statement_frame() needs pandas: pip install pandas") from exc
    rows = [s.to_dict() for s in statement(award)]
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------------------
# balance: argument conversion
# ---------------------------------------------------------------------------------------
def _rates(value: object) -> dict[int, Rate]:
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


def _pair(value: object, what: str) -> tuple[dt.date, Rupiah]:
    if isinstance(value, str | bytes) or not isinstance(value, tuple | list) or len(value) != 2:
        raise InvalidInputError(f"each {what} must be a (date, amount) pair, got {value!r}")
    day = as_date(value[0], f"{what} date")
    amount = Rupiah.of(value[1], f"{what} amount")
    if amount < 0:
        raise InvalidInputError(f"{what} amount must not be negative, got {amount}")
    return day, amount


def _withdrawals(value: object) -> tuple[tuple[dt.date, Rupiah], ...]:
    if value is None:
        return ()
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise InvalidInputError(
            f"withdrawals must be a sequence of (date, amount) pairs, got {type(value).__name__}"
        )
    return tuple(sorted((_pair(v, "withdrawal") for v in value), key=lambda p: p[0]))


def _segment(value: object) -> Segment:
    if not isinstance(value, Segment | str):
        raise UnknownValueError(f"segment must be a Segment or a code such as 'PU', got {value!r}")
    seg = Segment.parse(value)
    if seg is Segment.CONSTRUCTION:
        raise InvalidInputError(
            "construction-project (Jakon) workers are covered for JKK and JKM only; their JHT "
            "is paid under their own PU or BPU membership"
        )
    return seg


@attrs.frozen
class _Inflows:
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
    on = record.month.last_day  # the contribution month's law, as jamsos.contributions does
    wage = record.wage.amount
    if segment is Segment.WAGE_EARNER:
        total = _ZERO
        # Rounded per party to whole rupiah, half up, like jamsos.contributions.wage_earner.
        for name in ("jht.rate.employer", "jht.rate.worker"):
            dv = p.value(name, on)
            uses.setdefault((name, dv.since), ParamUse.of(name, dv))
            total += whole(CONTEXT.multiply(wage, dv.value.value), _ROUNDING)
        return total
    if segment is Segment.NON_WAGE_EARNER:
        dv = p.value("bpu.jht.rate", on)
        uses.setdefault(("bpu.jht.rate", dv.since), ParamUse.of("bpu.jht.rate", dv))
        return whole(CONTEXT.multiply(wage, dv.value.value), _ROUNDING)
    raise InvalidHistoryError(
        f"month {record.month}: a migrant worker's (PMI) JHT contribution is an amount chosen "
        "from a list, not a share of a wage; give it as the record's amount"
    )


def _flows(
    history: ContributionHistory,
    segment: Segment,
    until: dt.date,
    after: dt.date | None,
    withdrawals: tuple[tuple[dt.date, Rupiah], ...],
    p: ParameterSet,
) -> _Inflows:
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
        out[m] = out.get(m, _ZERO) + amount.amount
        dates[m] = (*dates.get(m, ()), day)
    return _Inflows(
        MappingProxyType(contributions), MappingProxyType(out), MappingProxyType(dates), tuple(uses.values())
    )


# ---------------------------------------------------------------------------------------
# balance: the two conventions
# ---------------------------------------------------------------------------------------
@attrs.frozen
class _YearExact:
    year: int
    start: dt.date
    end: dt.date
    opening: Decimal
    contributions: Decimal
    returns: Decimal
    withdrawals: Decimal
    closing: Decimal
    rate: Rate | None
    source: str
    months_earning: int
    param: ParamUse | None


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
        raise MissingRateError(_missing_message([year], p))
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


def _missing_message(years: Iterable[int], p: ParameterSet) -> str:
    known = sorted(n.removeprefix(_RETURN_PREFIX) for n in p.names() if n.startswith(_RETURN_PREFIX))
    listed = ", ".join(str(y) for y in sorted(set(years)))
    example = ", ".join(f"{y}: Rate.percent('...')" for y in sorted(set(years)))
    cli = " ".join(f"--imbal {y}=PERCENT" for y in sorted(set(years)))
    return (
        f"no declared JHT development return for {listed} in jamsos's data (published years: "
        f"{', '.join(known) or 'none'}); jamsos never guesses a rate: pass rates={{{example}}} "
        f"(command line: {cli})"
    )


class _RateBook:
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
            raise MissingRateError(_missing_message([year], self.p))
        name = f"{_RETURN_PREFIX}{year}"
        return dv.value, dv.cite(), ParamUse.of(name, dv)


def _exceeds(day: dt.date, amount: Decimal, available: Decimal) -> InvalidInputError:
    return InvalidInputError(
        f"the withdrawal of {Rupiah(amount)} in the month of {day.isoformat()} is larger than the "
        f"balance available then ({Rupiah(available).rounded()}); a withdrawal cannot exceed the balance"
    )


def _months_of(year: int, first: Month, last: Month) -> list[Month]:
    lo = max(first, Month(year, 1))
    hi = min(last, Month(year, 12))
    return list(Month.range(lo, hi))


def _yearly(
    flows: _Inflows, first: Month, until: dt.date, opening: Decimal, book: _RateBook
) -> list[_YearExact]:
    last = Month.of(until)
    credited = opening
    rows: list[_YearExact] = []
    for year in range(first.year, last.year + 1):
        months = _months_of(year, first, last)
        held = credited
        weighted = _ZERO
        c_sum = w_sum = _ZERO
        earning = 0
        for m in months:
            c = flows.contributions.get(m, _ZERO)
            w = flows.withdrawals.get(m, _ZERO)
            if w and w > held + c:
                raise _exceeds(flows.withdrawal_dates[m][-1], w, held + c)
            held += c - w
            c_sum += c
            w_sum += w
            if m.last_day <= until:
                earning += 1
                weighted += held
        rate: Rate | None = None
        source, param = "-", None
        ret = _ZERO
        if weighted > 0:
            rate, source, param = book.get(year)
            # rate × Σ(balance held in each completed month) / 12: the pro-rata rule.
            ret = CONTEXT.divide(CONTEXT.multiply(weighted, rate.value), _TWELVE)
        closing = held + ret
        rows.append(
            _YearExact(
                year,
                months[0].first_day,
                min(months[-1].last_day, until),
                credited,
                c_sum,
                ret,
                w_sum,
                closing,
                rate,
                source,
                earning,
                param,
            )
        )
        credited = closing
    return rows


def _monthly_factor(rate: Rate) -> Decimal:
    # (1 + r)^(1/12) - 1 to 60 significant digits (the money context): irrational in
    # general, so this is the one place where precision is bounded rather than exact.
    return CONTEXT.subtract(CONTEXT.power(_ONE + rate.value, CONTEXT.divide(_ONE, _TWELVE)), _ONE)


def _monthly(
    flows: _Inflows, first: Month, until: dt.date, opening: Decimal, book: _RateBook
) -> list[_YearExact]:
    last = Month.of(until)
    bal = opening
    rows: list[_YearExact] = []
    for year in range(first.year, last.year + 1):
        months = _months_of(year, first, last)
        start_bal = bal
        c_sum = w_sum = r_sum = _ZERO
        earning = 0
        rate: Rate | None = None
        source, param = "-", None
        factor = _ZERO
        for m in months:
            c = flows.contributions.get(m, _ZERO)
            w = flows.withdrawals.get(m, _ZERO)
            if w and w > bal + c:
                raise _exceeds(flows.withdrawal_dates[m][-1], w, bal + c)
            bal += c - w
            c_sum += c
            w_sum += w
            if m.last_day <= until:
                earning += 1
                if bal > 0:
                    if rate is None:
                        rate, source, param = book.get(year)
                        factor = _monthly_factor(rate)
                    ret = CONTEXT.multiply(bal, factor)
                    bal += ret
                    r_sum += ret
        rows.append(
            _YearExact(
                year,
                months[0].first_day,
                min(months[-1].last_day, until),
                start_bal,
                c_sum,
                r_sum,
                w_sum,
                bal,
                rate,
                source,
                earning,
                param,
            )
        )
    return rows


def _precheck_rates(flows: _Inflows, first: Month, until: dt.date, opening: Decimal, book: _RateBook) -> None:
    """Name every missing year at once (years in which money is held in a completed month)."""
    held = opening
    missing: set[int] = set()
    for m in Month.range(first, Month.of(until)):
        held += flows.contributions.get(m, _ZERO) - flows.withdrawals.get(m, _ZERO)
        if held > 0 and m.last_day <= until and not book.has(m.year):
            missing.add(m.year)
    if missing:
        raise MissingRateError(_missing_message(missing, book.p))


def _display(rows: list[_YearExact], opening: Decimal) -> tuple[YearStatement, ...]:
    out = []
    prev = whole(opening, _ROUNDING)
    for r in rows:
        closing = whole(r.closing, _ROUNDING)
        contributions = whole(r.contributions, _ROUNDING)
        withdrawals = whole(r.withdrawals, _ROUNDING)
        returns = closing - prev - contributions + withdrawals
        out.append(
            YearStatement(
                year=r.year,
                start=r.start,
                end=r.end,
                opening=Rupiah(prev),
                contributions=Rupiah(contributions),
                returns=Rupiah(returns),
                withdrawals=Rupiah(withdrawals),
                closing=Rupiah(closing),
                rate=r.rate,
                rate_source=r.source,
                months_earning=r.months_earning,
            )
        )
        prev = closing
    return tuple(out)


# ---------------------------------------------------------------------------------------
# balance: public function
# ---------------------------------------------------------------------------------------
def balance(
    history: ContributionHistory,
    *,
    until: dt.date,
    rates: Mapping[int, Rate | str] | None = None,
    crediting: Crediting | str = Crediting.YEARLY_PRO_RATA,
    withdrawals: Iterable[tuple[dt.date, Money]] | None = None,
    opening: tuple[dt.date, Money] | None = None,
    segment: Segment | str = Segment.WAGE_EARNER,
    params: ParameterSet | None = None,
) -> Award:
    """The JHT balance on ``until``: contributions plus development returns, less withdrawals.

    Which date selects the law: each **contribution month** for its contribution (the
    rates in force on the month's last day, rounded per party half up, as
    :mod:`jamsos.contributions` does), and each **calendar year** for its declared
    development return (parameter ``jht.return.<year>``, PP 46/2015 Pasal 27).

    ``history``: a :class:`~jamsos.ContributionHistory`; a record's ``amount``, when set, is
    the JHT contribution paid that month; otherwise it is computed from the wage (``segment``
    PU: ``jht.rate.employer + jht.rate.worker``; BPU: ``bpu.jht.rate``). Records that do not
    cover JHT (``programs`` without JHT) and months after ``until`` are left out.
    ``rates``: ``{year: Rate}`` for years without a declared rate (it also overrides a
    declared rate); a year in which money was held without a rate raises
    :class:`~jamsos.errors.MissingRateError` naming the years. ``withdrawals``: ``(date,
    amount)`` pairs taken out (partial withdrawals); each reduces the balance from the 1st
    of its month and may not exceed the balance available then (contributions and
    credited returns; under yearly crediting, the year's return is credited only at year
    end). ``opening``: ``(date, balance)`` from an earlier statement; records and
    withdrawals up to that date are taken as included in it, and it earns from the 1st of
    the following month.

    Returns an :class:`~jamsos.results.Award` (kind ``"jht.balance"``): ``.total`` is the
    balance, ``.components`` the opening balance, contributions, returns and withdrawals,
    ``.payments`` the closing balance of each statement period, ``details["statement"]``
    the yearly statement (see :func:`statement`).

    >>> import datetime as dt
    >>> from jamsos import ContributionHistory, Month, Rate
    >>> h = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2017, 6))
    >>> a = balance(h, until=dt.date(2017, 6, 30), rates={2017: Rate.percent("6")})
    >>> [(s.year, str(s.closing)) for s in statement(a)]
    [(2016, 'Rp3.553.195'), (2017, 'Rp5.399.716')]
    >>> balance(h, until=dt.date(2017, 6, 30))
    Traceback (most recent call last):
    ...
    jamsos.errors.MissingRateError: no declared JHT development return for 2017 ...
    """
    if not isinstance(history, ContributionHistory):
        raise InvalidHistoryError(
            f"history must be a jamsos.ContributionHistory, got {type(history).__name__}"
        )
    end = as_date(until, "until")
    mode = Crediting.parse(crediting)
    seg = _segment(segment)
    caller_rates = _rates(rates)
    taken = _withdrawals(withdrawals)
    p = resolve(params)
    open_day: dt.date | None = None
    open_amount = _ZERO
    if opening is not None:
        open_day, amount = _pair(opening, "opening balance")
        if open_day >= end:
            raise InvalidDateError(
                f"the opening balance is dated {open_day.isoformat()}, not before until={end.isoformat()}"
            )
        open_amount = amount.amount
    flows = _flows(history, seg, end, open_day, taken, p)
    starts = [*flows.contributions, *flows.withdrawals]
    if open_day is not None:
        starts.append(Month.of(open_day) + 1)
    if not starts:
        if history.count(Program.JHT) == 0 and open_day is None:
            raise InvalidHistoryError(
                "the history has no JHT month and there is no opening balance: nothing to compute"
            )
        raise InvalidDateError(
            f"until={end.isoformat()} is before the first JHT contribution month "
            f"({history.for_program(Program.JHT)[0].month}); the balance is not yet open"
        )
    first = min(starts)
    book = _RateBook(caller_rates, p)
    _precheck_rates(flows, first, end, open_amount, book)
    runner = _yearly if mode is Crediting.YEARLY_PRO_RATA else _monthly
    rows = runner(flows, first, end, open_amount, book)
    display = _display(rows, open_amount)
    return _balance_award(rows, display, flows, mode, end, open_day, open_amount, caller_rates)


def _balance_award(
    rows: list[_YearExact],
    display: tuple[YearStatement, ...],
    flows: _Inflows,
    mode: Crediting,
    until: dt.date,
    open_day: dt.date | None,
    open_amount: Decimal,
    caller_rates: dict[int, Rate],
) -> Award:
    total_c = Rupiah(sum((s.contributions.amount for s in display), _ZERO))
    total_r = Rupiah(sum((s.returns.amount for s in display), _ZERO))
    total_w = Rupiah(sum((s.withdrawals.amount for s in display), _ZERO))
    rate_cites = tuple(dict.fromkeys(r.source for r in rows if r.param is not None))
    contribution_cites = tuple(dict.fromkeys(u.cite for u in flows.uses)) or ("amounts given in the history",)
    components: list[Component] = []
    if open_day is not None:
        components.append(
            Component(
                "opening balance", Rupiah(whole(open_amount, _ROUNDING)), (), f"on {open_day.isoformat()}"
            )
        )
    components.append(Component("contributions", total_c, contribution_cites))
    components.append(
        Component(
            "development returns",
            total_r,
            ("PP 46/2015 Pasal 22 ayat (2)", "PP 46/2015 Pasal 27", *rate_cites),
            f"credited {mode.value.replace('_', ' ')}",
        )
    )
    if flows.withdrawals:
        components.append(Component("withdrawals", -total_w, ("PP 46/2015 Pasal 22 ayat (4)",)))
    payments = tuple((s.end, s.closing) for s in display)
    notes = [
        f"crediting: {mode.value} (default yearly_pro_rata, BPJS's calculator)",
        "balances rounded half up to whole rupiah (administrative convention)",
    ]
    if any(r.param is not None and r.param.status.value == "unconfirmed" for r in rows):
        notes.append("declared return rates are unconfirmed (press reports of BPJS statements)")
    supplied = sorted(y for y in caller_rates if any(r.year == y and r.source == "caller" for r in rows))
    if supplied:
        notes.append(f"rates supplied by the caller for {', '.join(map(str, supplied))}")
    details = MappingProxyType(
        {
            "until": until,
            "crediting": mode.value,
            "statement": tuple(s.to_mapping() for s in display),
            "rates": MappingProxyType({r.year: r.rate for r in rows if r.rate is not None}),
            "months_contributed": len(flows.contributions),
        }
    )
    explainer = _balance_explainer(rows, display, flows, mode, until, total_c, total_r, total_w)
    return Award(
        kind="jht.balance",
        components=tuple(components),
        payments=payments,
        notes=tuple(notes),
        details=details,
        explainer=explainer,
    )


def _balance_explainer(
    rows: list[_YearExact],
    display: tuple[YearStatement, ...],
    flows: _Inflows,
    mode: Crediting,
    until: dt.date,
    total_c: Rupiah,
    total_r: Rupiah,
    total_w: Rupiah,
) -> Callable[[], Explanation]:
    def build() -> Explanation:
        years = []
        for exact, shown in zip(rows, display, strict=True):
            note = None
            if exact.rate is not None and exact.param is None:
                note = "rate supplied by the caller (rates=...)"
            years.append(
                Explanation(
                    title=f"Year {exact.year}",
                    title_id=f"Tahun {exact.year}",
                    value=shown.closing,
                    inputs=(
                        ("opening", shown.opening),
                        ("contributions", shown.contributions),
                        ("withdrawals", shown.withdrawals),
                        ("rate", exact.rate),
                        ("months earning", exact.months_earning),
                        ("return credited", shown.returns),
                    ),
                    parameters=(exact.param,) if exact.param is not None else (),
                    note=note,
                )
            )
        formula = (
            "return = rate × Σ(balance held in each completed month) / 12, credited at year end"
            if mode is Crediting.YEARLY_PRO_RATA
            else "each completed month: balance × ((1 + rate)^(1/12) − 1)"
        )
        formula_id = (
            "hasil = tarif × Σ(saldo tiap bulan penuh) / 12, dikreditkan akhir tahun"
            if mode is Crediting.YEARLY_PRO_RATA
            else "tiap bulan penuh: saldo × ((1 + tarif)^(1/12) − 1)"
        )
        children = (
            Explanation(
                title="Contributions (contribution month's rates, per party, half up)",
                title_id="Iuran (tarif bulan iuran, per pihak, dibulatkan)",
                value=total_c,
                inputs=(("months", len(flows.contributions)),),
                parameters=flows.uses,
            ),
            Explanation(
                title="Development returns",
                title_id="Hasil pengembangan",
                value=total_r,
                inputs=(("crediting", mode.value),),
                note=formula,
                note_id=formula_id,
                children=tuple(years),
            ),
            Explanation(title="Withdrawals", title_id="Pengambilan", value=total_w),
        )
        return Explanation(
            title=f"JHT balance on {until.isoformat()}",
            title_id=f"Saldo JHT pada {until.isoformat()}",
            value=display[-1].closing if display else Rupiah.zero(),
            inputs=(("until", until), ("crediting", mode.value)),
            children=children,
        )

    return build


# ---------------------------------------------------------------------------------------
# withdrawal decisions
# ---------------------------------------------------------------------------------------
@attrs.frozen
class _Ground:
    """What one rule shape concludes: the ground's reason and the first claim day."""

    reason: Reason
    earliest_on: dt.date | None
    uses: tuple[ParamUse, ...]
    waiting_months: int | None = None


def _age_threshold(p: ParameterSet, event: dt.date, pension_age: int | None) -> tuple[int, ParamUse]:
    dv = p.value("jht.benefit.age", event)
    age: int = dv.value
    if pension_age is not None:
        # Permenaker 4/2022 Pasal 6(1): the work agreement's pension age, or 56: whichever first.
        age = min(age, pension_age)
    return age, ParamUse.of("jht.benefit.age", dv)


def _shape_at_age(
    r: WithdrawalReason,
    rule: DatedValue,
    p: ParameterSet,
    event: dt.date,
    birth: dt.date | None,
    pension_age: int | None,
    cite: str,
) -> _Ground:
    agreement = pension_age if r is WithdrawalReason.AGE else None
    age, use = _age_threshold(p, event, agreement)
    if birth is None:
        raise InvalidInputError(
            f"birth_date is needed: under {cite} the JHT for {r.value.replace('_', ' ')} "
            f"(event {event.isoformat()}) is paid when the member reaches {age}"
        )
    due = max(anniversary(birth, age), event)
    if r is WithdrawalReason.AGE:
        msg = f"paid on reaching age {age}: from {anniversary(birth, age).isoformat()}"
    else:
        msg = (
            f"under {rule.basis.regulation if rule.basis else 'the rule in force'} as first enacted, "
            f"a member who stops working before {age} is paid only at {age}: from {due.isoformat()}"
        )
    return _Ground(Reason("ground", met=True, message=msg, basis=(cite,)), due, (use,))


def _shape_waiting(r: WithdrawalReason, p: ParameterSet, event: dt.date, cite: str) -> _Ground:
    name = f"jht.claim.waiting_months.{r.value}"
    dv = p.value(name, event)
    months: int = dv.value
    due = add_months(event, months)
    start = {
        WithdrawalReason.RESIGNATION: "the date of the resignation statement issued by the employer",
        WithdrawalReason.DISMISSAL: "the PHK date",
    }.get(r, "the event date")
    msg = (
        f"{r.value.replace('_', ' ')}: paid after a waiting period of {months} month(s) counted from "
        f"{start} ({event.isoformat()}): from {due.isoformat()}"
    )
    return _Ground(
        Reason("ground", met=True, message=msg, basis=(cite, dv.cite())),
        due,
        (ParamUse.of(name, dv),),
        months,
    )


def _shape_immediate(
    r: WithdrawalReason, event: dt.date, cite: str, foreign: bool | None, only_foreign: bool
) -> _Ground:
    if only_foreign and foreign is not True:
        why = (
            "only a foreign national (WNA) leaving Indonesia for good can claim on this ground"
            if foreign is False
            else "only a foreign national (WNA) can claim on this ground; pass foreign_national=True if so"
        )
        return _Ground(Reason("ground", met=False, message=why, basis=(cite,)), None, ())
    who = " (paid to the heirs of PP 46/2015 Pasal 23)" if r is WithdrawalReason.DEATH else ""
    msg = f"{r.value.replace('_', ' ')}: payable from the event date {event.isoformat()}{who}"
    return _Ground(Reason("ground", met=True, message=msg, basis=(cite,)), event, ())


def _opt_date(value: object, what: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, Month):
        return value.first_day
    return as_date(value, what)


def _opt_bool(value: object, what: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidInputError(f"{what} must be True, False or None, got {value!r}")


def withdrawal(
    reason: WithdrawalReason | str,
    *,
    event_on: dt.date,
    claim_on: dt.date | None = None,
    birth_date: dt.date | None = None,
    membership_start: dt.date | None = None,
    pension_age: int | None = None,
    foreign_national: bool | None = None,
    params: ParameterSet | None = None,
) -> Decision:
    """May the whole JHT balance be claimed, and from which day?

    Which date selects the law: the **event date** ``event_on`` (the date of the
    resignation statement issued by the employer, the PHK date, the end of the contract,
    the day the member stopped working, reached pension age, was declared totally and
    permanently disabled, died, or left Indonesia). The rule shapes and regimes are in the
    module docstring; ``earliest_on`` is the first day the claim can be made.

    ``claim_on``: the day the claim is filed; when given, ``eligible`` also requires
    ``claim_on >= earliest_on`` (else only the ground is judged). ``birth_date`` is needed
    for ``AGE`` and under PP 46/2015 as first enacted (payment at 56). ``pension_age``: the
    pension age of the work agreement (paid at that age or at 56, whichever comes first).
    ``foreign_national``: needed for ``LEAVING_INDONESIA`` from 2015-08-12 (foreign
    nationals only). ``membership_start``: when given, the member must have joined by the
    event date.

    >>> import datetime as dt
    >>> d = withdrawal("phk", event_on=dt.date(2025, 1, 31), claim_on=dt.date(2025, 2, 27))
    >>> d.eligible, d.earliest_on
    (False, datetime.date(2025, 2, 28))
    >>> withdrawal("resign", event_on=dt.date(2015, 7, 20), birth_date=dt.date(1980, 5, 1)).earliest_on
    datetime.date(2036, 5, 1)
    """
    r = WithdrawalReason.parse(reason)
    event = as_date(event_on, "event_on")
    claim = _opt_date(claim_on, "claim_on")
    birth = _opt_date(birth_date, "birth_date")
    joined = _opt_date(membership_start, "membership_start")
    foreign = _opt_bool(foreign_national, "foreign_national")
    if pension_age is not None and (
        isinstance(pension_age, bool) or not isinstance(pension_age, int) or not 15 <= pension_age <= 100
    ):
        raise InvalidInputError(f"pension_age must be a whole number of years (15..100), got {pension_age!r}")
    if claim is not None and claim < event:
        raise InvalidDateError(
            f"claim_on {claim.isoformat()} is before the event on {event.isoformat()}; a claim "
            "follows its event"
        )
    if birth is not None and birth > event:
        raise InvalidDateError(f"birth_date {birth.isoformat()} is after the event {event.isoformat()}")
    p = resolve(params)
    name = f"jht.claim.rule.{r.value}"
    try:
        rule = p.value(name, event)
    except NotCoveredError as exc:
        first = p.history(name)[0].since
        raise NotCoveredError(
            f"no JHT claim rule for {r.value.replace('_', ' ')} on {event.isoformat()}: jamsos's data "
            f"covers events from {first.isoformat()} ({exc})"
        ) from None
    cite = rule.cite()
    shape = rule.value
    if shape == "at_age":
        ground = _shape_at_age(r, rule, p, event, birth, pension_age, cite)
    elif shape == "after_waiting":
        ground = _shape_waiting(r, p, event, cite)
    elif shape in ("immediate", "immediate_foreign"):
        ground = _shape_immediate(r, event, cite, foreign, shape == "immediate_foreign")
    else:  # pragma: no cover - guarded by the data
        raise UnknownValueError(f"{name}: unknown rule shape {shape!r} in the parameter data")
    reasons = [ground.reason]
    if joined is not None:
        reasons.append(
            Reason(
                "membership",
                joined <= event,
                f"member since {joined.isoformat()}, "
                + ("on or before the event" if joined <= event else "after the event"),
            )
        )
    if claim is not None and ground.earliest_on is not None:
        ok = claim >= ground.earliest_on
        reasons.append(
            Reason(
                "claim_date",
                ok,
                f"claim on {claim.isoformat()} is "
                + ("on or after" if ok else "before")
                + f" the earliest day {ground.earliest_on.isoformat()}",
                ground.reason.basis,
            )
        )
    notes: list[str] = []
    if shape == "at_age" and r is not WithdrawalReason.AGE:
        notes.append(
            "Permenaker 19/2015 (from 2015-09-01) may in practice have been applied to members who "
            "stopped work earlier; jamsos applies the rule in force on the event date"
        )
    if ground.waiting_months is not None:
        notes.append("one month = the same day of the next month, clamped to a shorter month's end")
    eligible = all(x.met for x in reasons)
    uses = (ParamUse.of(name, rule), *ground.uses)
    details = MappingProxyType(
        {
            "reason": r.value,
            "event_on": event,
            "claim_on": claim,
            "rule": shape,
            "regime": rule.basis.regulation if rule.basis else "override",
            "waiting_months": ground.waiting_months,
        }
    )

    def explain() -> Explanation:
        return Explanation(
            title=f"JHT withdrawal: {r.value.replace('_', ' ')}",
            title_id=f"Pencairan JHT: {r.value.replace('_', ' ')}",
            value=eligible,
            inputs=(("event_on", event), ("claim_on", claim), ("earliest_on", ground.earliest_on)),
            parameters=uses,
            children=tuple(Explanation(title=x.message, title_id=x.message, value=x.met) for x in reasons),
        )

    return Decision(
        eligible=eligible,
        reasons=tuple(reasons),
        earliest_on=ground.earliest_on,
        notes=tuple(notes),
        details=details,
        explainer=explain,
    )


# ---------------------------------------------------------------------------------------
# partial withdrawal
# ---------------------------------------------------------------------------------------
_PURPOSE_ID: Final = MappingProxyType(
    {
        PartialPurpose.HOUSING: "kepemilikan rumah",
        PartialPurpose.RETIREMENT_PREPARATION: "persiapan pensiun lainnya",
    }
)


def _on(day: dt.date | None) -> str:
    return f" on {day.isoformat()}" if day else ""


def partial_withdrawal(
    purpose: PartialPurpose | str,
    *,
    balance: Money,
    membership_start: dt.date,
    on: dt.date,
    previous_partial: bool | dt.date | None = None,
    requested: Money | None = None,
    params: ParameterSet | None = None,
) -> Decision:
    """May part of the JHT balance be taken now, and up to how much? (PP 46/2015 Pasal 22(4)-(6)).

    Which date selects the law: ``on``, the day of the claim. Conditions: membership of at
    least ``jht.partial.min_membership`` years (10) on ``on`` (the anniversary of
    ``membership_start``, 29 February completed on 1 March); no earlier partial withdrawal
    (``previous_partial``: ``True`` or its date; once only, whichever purpose); and, when
    ``requested`` is given, at most the purpose's share of ``balance`` (30% housing, 10%
    other retirement preparation). ``details["maximum"]`` is that share rounded **down** to
    whole rupiah, so it never exceeds the percentage; ``details["amount"]`` is what would be
    paid (``requested``, or the maximum) when eligible, else Rp0.

    >>> import datetime as dt
    >>> d = partial_withdrawal("rumah", balance=100_000_000, membership_start=dt.date(2014, 3, 1),
    ...                        on=dt.date(2024, 3, 1))
    >>> d.eligible, str(d.details["maximum"])
    (True, 'Rp30.000.000')
    >>> partial_withdrawal("lainnya", balance=100_000_000, membership_start=dt.date(2014, 3, 2),
    ...                    on=dt.date(2024, 3, 1)).failed[0].code
    'membership'
    """
    pur = PartialPurpose.parse(purpose)
    bal = Rupiah.of(balance, "balance")
    if bal < 0:
        raise InvalidInputError(f"balance must not be negative, got {bal}")
    start = _opt_date(membership_start, "membership_start")
    if start is None:
        raise InvalidInputError("membership_start is required (the day JHT membership began)")
    day = as_date(on, "on")
    if start > day:
        raise InvalidDateError(
            f"membership_start {start.isoformat()} is after the claim day {day.isoformat()}"
        )
    prev_date: dt.date | None = None
    if isinstance(previous_partial, bool) or previous_partial is None:
        taken = bool(previous_partial)
    else:
        prev_date = _opt_date(previous_partial, "previous_partial")
        taken = True
        if prev_date is not None and prev_date > day:
            raise InvalidDateError(
                f"previous_partial {prev_date.isoformat()} is after the claim day {day.isoformat()}"
            )
    req: Rupiah | None = None
    if requested is not None:
        req = Rupiah.of(requested, "requested")
        if req <= 0:
            raise InvalidInputError(f"requested must be more than Rp0, got {req}")
    p = resolve(params)
    try:
        years_dv = p.value("jht.partial.min_membership", day)
    except NotCoveredError as exc:
        raise NotCoveredError(f"partial JHT withdrawal on {day.isoformat()}: {exc}") from None
    share_name = f"jht.partial.share.{pur.value}"
    share_dv = p.value(share_name, day)
    times_dv = p.value("jht.partial.times", day)
    years: int = years_dv.value
    share: Rate = share_dv.value
    times: int = times_dv.value
    # "paling banyak 30% / 10%": the cap is rounded down so it never exceeds the share.
    maximum = (bal * share).rounded(Rounding.DOWN)
    due = anniversary(start, years)
    reasons = [
        Reason(
            "membership",
            due <= day,
            f"membership of at least {years} years: reached on {due.isoformat()}",
            (years_dv.cite(),),
        ),
        Reason(
            "once_only",
            not taken or times > 1,
            (
                f"a partial withdrawal was already taken{_on(prev_date)}; "
                f"only {times} is allowed during membership"
            )
            if taken
            else f"no earlier partial withdrawal ({times} allowed during membership)",
            (times_dv.cite(),),
        ),
    ]
    if req is not None:
        reasons.append(
            Reason(
                "amount",
                met=req <= maximum,
                message=f"requested {req} against at most {share} of {bal} = {maximum}",
                basis=(share_dv.cite(),),
            )
        )
    else:
        reasons.append(
            Reason(
                "amount",
                met=True,
                message=f"at most {share} of {bal} = {maximum}",
                basis=(share_dv.cite(),),
            )
        )
    eligible = all(x.met for x in reasons)
    earliest = max(due, day) if not taken or times > 1 else None
    amount = (req if req is not None else maximum) if eligible else Rupiah.zero()
    uses = (
        ParamUse.of("jht.partial.min_membership", years_dv),
        ParamUse.of(share_name, share_dv),
        ParamUse.of("jht.partial.times", times_dv),
    )
    details = MappingProxyType(
        {
            "purpose": pur.value,
            "share": str(share),
            "balance": bal,
            "maximum": maximum,
            "requested": req,
            "amount": amount,
        }
    )

    def explain() -> Explanation:
        return Explanation(
            title=f"Partial JHT withdrawal: {pur.value.replace('_', ' ')}",
            title_id=f"Pengambilan sebagian JHT: {_PURPOSE_ID[pur]}",
            value=amount,
            inputs=(("balance", bal), ("membership_start", start), ("on", day), ("maximum", maximum)),
            parameters=uses,
            children=tuple(Explanation(title=x.message, title_id=x.message, value=x.met) for x in reasons),
        )

    return Decision(
        eligible=eligible,
        reasons=tuple(reasons),
        earliest_on=earliest,
        details=details,
        explainer=explain,
    )
