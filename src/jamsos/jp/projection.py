"""A JP projection under stated assumptions (wage growth, inflation): what the pension would be if the
assumptions hold.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import MappingProxyType

from jamsos import validate
from jamsos.domain import ContributionHistory
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    ParameterDataError,
)
from jamsos.explain import Explanation
from jamsos.i18n import N_
from jamsos.jp.age import pension_date
from jamsos.jp.inputs import ONE, count_arg, date_arg, history_arg, percent_arg
from jamsos.jp.old_age import old_age_benefit
from jamsos.money import CONTEXT, Rate, Rounding, Rupiah
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Award, Note


# --------------------------------------------------------------------------------------
# Projection
# --------------------------------------------------------------------------------------
def _grow(value: Decimal, rate: Rate) -> Decimal:
    return CONTEXT.multiply(value, CONTEXT.add(ONE, rate.value))


_MODES = {"down": Rounding.FLOOR, "up": Rounding.CEILING, "half_up": Rounding.HALF_UP}


def _rounding(p: ParameterSet, name: str, on: dt.date) -> tuple[Rounding, int]:
    """How a yearly adjustment is rounded, from the law data (mode and step in rupiah)."""
    rung = p.ladder(name, on).rungs[0]
    step = rung.rupiah("step")
    mode = rung.text("mode")
    if mode not in _MODES:
        raise ParameterDataError(
            N_("{name}: rounding mode {mode!r} is not one of {accepted}"),
            name=name,
            mode=mode,
            accepted=", ".join(_MODES),
        )
    return _MODES[mode], int(step.amount)


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
    for name, growth, rule in (
        ("jp.wage_cap", cap_growth, "jp.adjustment.wage_cap_rounding"),
        ("jp.benefit.minimum", inflation, "jp.adjustment.limits_rounding"),
        ("jp.benefit.maximum", inflation, "jp.adjustment.limits_rounding"),
    ):
        param = p.parameter(name)
        if param.covered_until is None:
            continue
        mode, step = _rounding(p, rule, param.covered_until)
        value = param.values[-1].rupiah().amount
        for year in range(param.covered_until.year, until_year + 1):
            value = Rupiah(_grow(value, growth)).rounded(mode, step=step).amount
            q = q.override(name, dt.date(year, 3, 1), Rupiah(value), note="projection assumption")
    return q


@current_law_option
@recorded()
def project(
    history: ContributionHistory,
    *,
    birth_date: dt.date,
    wage_growth: Rate | str | int | Decimal,
    inflation: Rate | str | int | Decimal,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
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
    unofficial overrides. A projection reaches past the law data's release horizon by
    nature: it is computed under current law (:meth:`ParameterSet.assuming_current_law`),
    and every value used past the horizon is labelled "projection under current law".

    >>> h = ContributionHistory.constant(8_000_000, Month(2015, 7), Month(2025, 12))
    >>> a = project(h, birth_date=dt.date(1975, 3, 10), wage_growth="5", inflation="3")
    >>> a.kind, a.details["first_month"], a.details["masa_iur"]
    ('jp.projection.pension', Month(2038, 4), 272)
    """
    p = resolve(params, assume_current_law=True)  # a projection, labelled as such
    h = history_arg(history)
    birth = date_arg(birth_date, "birth_date")
    g = percent_arg(wage_growth, "wage_growth", -50, 100)
    i = percent_arg(inflation, "inflation", -10, 50)
    cg = g if cap_growth is None else percent_arg(cap_growth, "cap_growth", -50, 100)
    dev = None if development_rate is None else percent_arg(development_rate, "development_rate", -50, 100)
    months = count_arg(schedule_months, "schedule_months")
    if not h:
        raise InvalidHistoryError(N_("a projection needs at least one contribution month to start from"))
    pdate = pension_date(birth, params=p)
    pm = Month.of(pdate)
    stop = pm.minus(1) if last_month is None else validate.month(last_month, "last_month")
    if stop >= pm:
        raise InvalidDateError(
            N_("last_month {stop} is not before the pension month {pm}; membership ends at pension age"),
            stop=stop,
            pm=pm,
        )
    last = h.records[-1]
    if stop < last.month:
        raise InvalidDateError(
            N_("last_month {stop} is before the history's last month {month}"), stop=stop, month=last.month
        )
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
        Note.of(
            "jp.projection_assumptions",
            N_(
                "projection: wages +{wages} a year, inflation {inflation} a year, JP cap +{cap} a year, "
                "contributions every month until {until}; assumed values are unofficial"
            ),
            wages=g,
            inflation=i,
            cap=cg,
            until=stop,
        ),
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
