"""The rules of one contribution month, looked up once and cached, and the argument checks shared by
every segment (and by jamsos.batch's vectorized path): the first month covered, the rounding
convention, the mandatory programs.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Final

import attrs

from jamsos.domain import EmployerScale, Program, RiskClass
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    NotCoveredError,
)
from jamsos.explain import ParamUse
from jamsos.money import Rate, Rounding, Rupiah, whole
from jamsos.parameters import DatedValue, ParameterSet, resolve
from jamsos.periods import Month

ONE: Final = Decimal(1)

ZERO: Final = Decimal(0)

RP0: Final = Rupiah.zero()

#: The first contribution month of the BPJS Ketenagakerjaan programs (PP 44, 45, 46/2015).
FIRST_MONTH: Final = Month(2015, 7)

ROUNDING: Final = Rounding.HALF_UP


# ---------------------------------------------------------------------------------------
# argument conversion at the boundary
# ---------------------------------------------------------------------------------------
def positive_amount(value: object, what: str) -> Rupiah:
    amount = Rupiah.of(value, what)
    if amount <= 0:
        raise InvalidInputError(f"{what} must be more than Rp0, got {amount}")
    return amount


def contribution_month(value: object) -> Month:
    if isinstance(value, Month):
        m = value
    elif isinstance(value, str | dt.date):
        m = Month.parse(value)  # type: ignore[arg-type]
    else:
        raise InvalidDateError(f"month must be a Month or 'YYYY-MM', got {type(value).__name__} {value!r}")
    if m < FIRST_MONTH:
        raise NotCoveredError(
            f"contribution month {m} is before {FIRST_MONTH}, the first month covered: the "
            "BPJS Ketenagakerjaan programs of PP 44, 45 and 46/2015 start on 2015-07-01"
        )
    return m


def boolean_arg(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(f"{what} must be True or False, got {value!r}")
    return value


# ---------------------------------------------------------------------------------------
# the rules of one contribution month, looked up once and cached.
# jamsos.batch builds its vectorized path on month_rules, bpu_rules, contribution_month,
# positive_amount, rate_value, programs_of and ROUNDING: keep them (and their meaning)
# stable or change both together.
# ---------------------------------------------------------------------------------------
@attrs.frozen
class MonthRules:
    """Every parameter a wage-earner contribution needs for one month (cached)."""

    on: dt.date
    jkk: dict[RiskClass, DatedValue]
    jkm: DatedValue
    jht_employer: DatedValue
    jht_worker: DatedValue
    jp_employer: DatedValue
    jp_worker: DatedValue
    jp_cap: DatedValue
    covid_discount: DatedValue
    covid_jp_deferral: DatedValue
    labour_discount: DatedValue
    labour_recomp_very_low: DatedValue | None
    jkp_government: DatedValue | None
    jkp_cap: DatedValue | None
    jkk_recomp: DatedValue
    jkm_recomp: DatedValue
    mandatory: dict[EmployerScale, DatedValue]
    jkp_required: dict[EmployerScale, DatedValue] | None
    # the same program lists, parsed once per month (hot path)
    mandatory_set: dict[EmployerScale, frozenset[Program]]
    jkp_required_set: dict[EmployerScale, frozenset[Program]] | None


def optional_value(params: ParameterSet, name: str, on: dt.date) -> DatedValue | None:
    try:
        return params.value(name, on)
    except NotCoveredError:
        return None


@lru_cache(maxsize=4096)
def month_rules(params: ParameterSet, month: Month) -> MonthRules:
    on = month.last_day
    v = params.value
    jkp_gov = optional_value(params, "jkp.rate.government", on)
    mandatory = {s: v(f"membership.mandatory_programs.{s.value}", on) for s in EmployerScale}
    jkp_required = (
        {s: v(f"membership.jkp_required_programs.{s.value}", on) for s in EmployerScale} if jkp_gov else None
    )
    return MonthRules(
        on=on,
        jkk={rc: v(f"jkk.rate.{rc.key}", on) for rc in RiskClass},
        jkm=v("jkm.rate", on),
        jht_employer=v("jht.rate.employer", on),
        jht_worker=v("jht.rate.worker", on),
        jp_employer=v("jp.rate.employer", on),
        jp_worker=v("jp.rate.worker", on),
        jp_cap=v("jp.wage_cap", on),
        covid_discount=v("relief.covid.jkk_jkm_discount", on),
        covid_jp_deferral=v("relief.covid.jp_deferral", on),
        labour_discount=v("relief.labour_intensive.jkk_discount", on),
        labour_recomp_very_low=optional_value(params, "relief.labour_intensive.recomposition_very_low", on),
        jkp_government=jkp_gov,
        jkp_cap=optional_value(params, "jkp.wage_cap", on) if jkp_gov else None,
        jkk_recomp=v("jkk.recomposition_to_jkp", on),
        jkm_recomp=v("jkm.recomposition_to_jkp", on),
        mandatory=mandatory,
        jkp_required=jkp_required,
        mandatory_set={s: programs_of(dv) for s, dv in mandatory.items()},
        jkp_required_set=(
            {s: programs_of(dv) for s, dv in jkp_required.items()} if jkp_required is not None else None
        ),
    )


def rate_value(dv: DatedValue) -> Decimal:
    value = dv.value
    assert isinstance(value, Rate)
    return value.value


def programs_of(dv: DatedValue) -> frozenset[Program]:
    return frozenset(Program.parse(p) for p in dv.value)


def mandatory_programs(
    employer_scale: EmployerScale | str, month: Month | str, *, params: ParameterSet | None = None
) -> frozenset[Program]:
    """Programs an employer of this scale must enrol wage earners in (Perpres 109/2013).

    Micro: JKK and JKM. Small: also JHT. Medium and large: also JP. JKP follows
    automatically once JKP is in force (PP 37/2021 Pasal 4).
    """
    scale = EmployerScale.parse(employer_scale)
    rules = month_rules(resolve(params), contribution_month(month))
    return rules.mandatory_set[scale]


def round_rupiah(value: Decimal) -> Rupiah:
    return Rupiah.unchecked(whole(value, ROUNDING))


def param_use(name: str, dv: DatedValue) -> ParamUse:
    return ParamUse.of(name, dv)


@lru_cache(maxsize=1024)
def bpu_rules(p: ParameterSet, m: Month) -> dict[str, DatedValue]:
    on = m.last_day
    return {
        "band": p.value("bpu.income_band", on),
        "jkm": p.value("bpu.jkm.amount", on),
        "covid": p.value("relief.covid.jkk_jkm_discount", on),
        "transport": p.value("relief.bpu_transport.discount", on),
        "other": p.value("relief.bpu_other.discount", on),
    }
