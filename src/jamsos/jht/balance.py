"""The JHT balance (saldo JHT) of a contribution history under either crediting convention, with its
yearly statement and explanation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final, Literal

import attrs

from jamsos import validate
from jamsos.domain import ContributionHistory, Program, Segment
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_, translate, type_name
from jamsos.jht.flows import Inflows, dated_amount, inflows_of, segment_arg, withdrawals_arg
from jamsos.jht.kinds import Crediting
from jamsos.jht.returns import (
    LEGAL_FLOOR,
    ONE,
    ROUNDING,
    TWELVE,
    ZERO,
    RateBook,
    missing_rate,
    rates_arg,
)
from jamsos.jht.yearly import YearStatement
from jamsos.money import CONTEXT, Money, Rate, Rupiah, whole
from jamsos.parameters import ParameterSet, articles, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Note

#: Explanation input names (catalog templates: the values in a name become {0}, {1}...).
_INPUT_NAMES: Final = (
    N_("until"),
    N_("crediting"),
    N_("opening"),
    N_("months earning"),
    N_("return credited"),
    N_("withdrawals"),
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


def _exceeds(day: dt.date, amount: Decimal, available: Decimal) -> InvalidInputError:
    return InvalidInputError(
        N_(
            "the withdrawal of {amount} in {month} is larger than the balance available then "
            "({available}); a withdrawal cannot exceed the balance"
        ),
        field="withdrawals",
        amount=Rupiah(amount),
        month=Month(day.year, day.month),
        available=Rupiah(available).rounded(),
    )


def _months_of(year: int, first: Month, last: Month) -> list[Month]:
    lo = max(first, Month(year, 1))
    hi = min(last, Month(year, 12))
    return list(Month.range(lo, hi))


def _yearly(
    flows: Inflows, first: Month, until: dt.date, opening: Decimal, book: RateBook
) -> list[_YearExact]:
    last = Month.of(until)
    credited = opening
    rows: list[_YearExact] = []
    for year in range(first.year, last.year + 1):
        months = _months_of(year, first, last)
        held = credited
        weighted = ZERO
        c_sum = w_sum = ZERO
        earning = 0
        for m in months:
            c, w = _month_flows(flows, m, held)
            held += c - w
            c_sum += c
            w_sum += w
            if m.last_day <= until:
                earning += 1
                weighted += held
        rate: Rate | None = None
        source, param = "-", None
        ret = ZERO
        if weighted > 0:
            rate, source, param = book.get(year)
            # rate × Σ(balance held in each completed month) / 12: the pro-rata rule.
            ret = CONTEXT.divide(CONTEXT.multiply(weighted, rate.value), TWELVE)
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


def _month_flows(flows: Inflows, m: Month, held: Decimal) -> tuple[Decimal, Decimal]:
    """Month ``m``'s contributions and withdrawals; withdrawing more than is held is refused."""
    c = flows.contributions.get(m, ZERO)
    w = flows.withdrawals.get(m, ZERO)
    if w and w > held + c:
        raise _exceeds(flows.withdrawal_dates[m][-1], w, held + c)
    return c, w


def _monthly_factor(rate: Rate) -> Decimal:
    # (1 + r)^(1/12) - 1 to 60 significant digits (the money context): irrational in
    # general, so this is the one place where precision is bounded rather than exact.
    return CONTEXT.subtract(CONTEXT.power(ONE + rate.value, CONTEXT.divide(ONE, TWELVE)), ONE)


def _monthly(
    flows: Inflows, first: Month, until: dt.date, opening: Decimal, book: RateBook
) -> list[_YearExact]:
    last = Month.of(until)
    bal = opening
    rows: list[_YearExact] = []
    for year in range(first.year, last.year + 1):
        months = _months_of(year, first, last)
        start_bal = bal
        c_sum = w_sum = r_sum = ZERO
        earning = 0
        rate: Rate | None = None
        source, param = "-", None
        factor = ZERO
        for m in months:
            c, w = _month_flows(flows, m, bal)
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


def _precheck_rates(flows: Inflows, first: Month, until: dt.date, opening: Decimal, book: RateBook) -> None:
    """Name every missing year at once (years in which money is held in a completed month)."""
    held = opening
    missing: set[int] = set()
    for m in Month.range(first, Month.of(until)):
        held += flows.contributions.get(m, ZERO) - flows.withdrawals.get(m, ZERO)
        if held > 0 and m.last_day <= until and not book.has(m.year):
            missing.add(m.year)
    if missing:
        raise missing_rate(missing, book.p, floor=book.floor)


def _display(rows: list[_YearExact], opening: Decimal) -> tuple[YearStatement, ...]:
    out = []
    prev = whole(opening, ROUNDING)
    for r in rows:
        closing = whole(r.closing, ROUNDING)
        contributions = whole(r.contributions, ROUNDING)
        withdrawals = whole(r.withdrawals, ROUNDING)
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
@current_law_option
@recorded()
def balance(
    history: ContributionHistory,
    *,
    until: dt.date,
    rates: Mapping[int, Rate | str] | Literal["legal_floor"] | None = None,
    crediting: Crediting | str = Crediting.YEARLY_PRO_RATA,
    withdrawals: Iterable[tuple[dt.date, Money]] | None = None,
    opening: tuple[dt.date, Money] | None = None,
    segment: Segment | str = Segment.WAGE_EARNER,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Award:
    """The JHT balance on ``until``: contributions plus development returns, less withdrawals.

    Which date selects the law: each **contribution month** for its contribution (the
    rates in force on the month's last day, rounded per party half up, as
    :mod:`jamsos.contributions` does), and each **calendar year** for its declared
    development return (parameter ``jht.declared_return``, PP 46/2015 Pasal 27).

    ``history``: a :class:`~jamsos.ContributionHistory`; a record's ``amount``, when set, is
    the JHT contribution paid that month; otherwise it is computed from the wage (``segment``
    PU: ``jht.rate.employer + jht.rate.worker``; BPU: the JHT of the declared income's band,
    ``bpu.income_band``). Records that do not
    cover JHT (``programs`` without JHT) and months after ``until`` are left out.
    ``rates``: ``{year: Rate}`` for years without a declared rate (it also overrides a
    declared rate); a year in which money was held without a rate raises
    :class:`~jamsos.errors.MissingRateError` naming the years. ``rates="legal_floor"``: a
    year without a declared return uses the legal floor instead (the average one-year
    counter rate of state-bank deposits, PP 46/2015 Pasal 27 ayat (3); parameter
    ``jht.return_floor``): the result is then a **lawful lower bound**, said in its notes
    and ``details["lower_bound"]``; a year with neither still raises. ``withdrawals``: ``(date,
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
    >>> from jamsos.jht import statement
    >>> [(s.year, str(s.closing)) for s in statement(a)]
    [(2016, 'Rp3.553.195'), (2017, 'Rp5.399.716')]
    >>> balance(h, until=dt.date(2017, 6, 30))
    Traceback (most recent call last):
    ...
    jamsos.errors.MissingRateError: no declared JHT development return for 2017 ...
    """
    if not isinstance(history, ContributionHistory):
        raise InvalidHistoryError(
            N_("history must be a jamsos.ContributionHistory, got {kind}"), kind=type_name(history)
        )
    end = validate.date(until, "until")
    mode = Crediting.parse(crediting)
    seg = segment_arg(segment)
    caller_rates = rates_arg(rates)
    taken = withdrawals_arg(withdrawals)
    p = resolve(params)
    open_day: dt.date | None = None
    open_amount = ZERO
    if opening is not None:
        open_day, amount = dated_amount(opening, "opening balance")
        if open_day >= end:
            raise InvalidDateError(
                N_("the opening balance is dated {open_day}, not before until={end}"),
                open_day=open_day,
                end=end,
            )
        open_amount = amount.amount
    flows = inflows_of(history, seg, end, open_day, taken, p)
    starts = [*flows.contributions, *flows.withdrawals]
    if open_day is not None:
        starts.append(Month.of(open_day) + 1)
    if not starts:
        if history.count(Program.JHT) == 0 and open_day is None:
            raise InvalidHistoryError(
                N_("the history has no JHT month and there is no opening balance: nothing to compute")
            )
        raise InvalidDateError(
            N_(
                "until={end} is before the first JHT contribution month ({month}); the "
                "balance is not yet open"
            ),
            end=end,
            month=history.for_program(Program.JHT)[0].month,
        )
    first = min(starts)
    book = RateBook(caller_rates, p, floor=rates == LEGAL_FLOOR)
    _precheck_rates(flows, first, end, open_amount, book)
    runner = _yearly if mode is Crediting.YEARLY_PRO_RATA else _monthly
    rows = runner(flows, first, end, open_amount, book)
    display = _display(rows, open_amount)
    return _balance_award(
        rows, display, flows, mode, end, open_day, open_amount, caller_rates, sorted(book.floor_years), p
    )


def _balance_award(
    rows: list[_YearExact],
    display: tuple[YearStatement, ...],
    flows: Inflows,
    mode: Crediting,
    until: dt.date,
    open_day: dt.date | None,
    open_amount: Decimal,
    caller_rates: dict[int, Rate],
    floor_years: list[int],
    p: ParameterSet,
) -> Award:
    total_c = Rupiah(sum((s.contributions.amount for s in display), ZERO))
    total_r = Rupiah(sum((s.returns.amount for s in display), ZERO))
    total_w = Rupiah(sum((s.withdrawals.amount for s in display), ZERO))
    rate_cites = tuple(dict.fromkeys(r.source for r in rows if r.param is not None))
    contribution_cites = tuple(dict.fromkeys(u.cite for u in flows.uses)) or ("amounts given in the history",)
    components: list[Component] = []
    if open_day is not None:
        components.append(
            Component(
                "opening balance", Rupiah(whole(open_amount, ROUNDING)), (), f"on {open_day.isoformat()}"
            )
        )
    components.append(Component("contributions", total_c, contribution_cites))
    components.append(
        Component(
            "development returns",
            total_r,
            (*articles(p, "jht.articles", "development_returns", until), *rate_cites),
            f"credited {mode.value.replace('_', ' ')}",
        )
    )
    if flows.withdrawals:
        components.append(Component("withdrawals", -total_w, ("PP 46/2015 Pasal 22 ayat (4)",)))
    payments = tuple((s.end, s.closing) for s in display)
    notes = [
        Note.of(
            "jht.crediting",
            N_("crediting: {mode} (default yearly_pro_rata, BPJS's calculator)"),
            mode=mode.value,
        ),
        Note("jht.balance_rounding", "balances rounded half up to whole rupiah (administrative convention)"),
    ]
    if any(r.param is not None and r.param.status.value == "unconfirmed" for r in rows):
        notes.append(
            Note(
                "jht.rates_unconfirmed",
                "declared return rates are unconfirmed (press reports of BPJS statements)",
            )
        )
    supplied = sorted(y for y in caller_rates if any(r.year == y and r.source == "caller" for r in rows))
    if supplied:
        notes.append(
            Note.of(
                "jht.rates_supplied_by_caller",
                N_("rates supplied by the caller for {years}"),
                years=", ".join(map(str, supplied)),
            )
        )
    if floor_years:
        notes.insert(
            0,
            Note.of(
                "jht.lower_bound_legal_floor",
                N_(
                    "LOWER BOUND: no declared return for {years}; those years use the legal floor (the "
                    "average one-year counter rate of state-bank deposits, PP 46/2015 Pasal 27 ayat (3)), "
                    "so the real balance is at least this amount"
                ),
                years=", ".join(map(str, floor_years)),
            ),
        )
    details = MappingProxyType(
        {
            "until": until,
            "crediting": mode.value,
            "statement": tuple(s.to_mapping() for s in display),
            "rates": MappingProxyType({r.year: r.rate for r in rows if r.rate is not None}),
            "months_contributed": len(flows.contributions),
            "lower_bound": bool(floor_years),
            "floor_years": tuple(floor_years),
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
    flows: Inflows,
    mode: Crediting,
    until: dt.date,
    total_c: Rupiah,
    total_r: Rupiah,
    total_w: Rupiah,
) -> Callable[[], Explanation]:
    def build() -> Explanation:
        years = []
        for exact, shown in zip(rows, display, strict=True):
            note = note_id = None
            if exact.rate is not None and exact.param is None:
                note = N_("rate supplied by the caller (rates=...)")
                note_id = translate(note, "id")
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
                    note_id=note_id,
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
