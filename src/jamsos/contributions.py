"""Monthly contributions (iuran) for every segment, since 2015-07-01.

Which date selects the law: the **contribution month** (*bulan iuran*), read on its last
day. A regulation in force on any day of a month therefore governs that whole month's
contribution, which is paid after the month ends (PP 6/2025, in force 7 February 2025,
sets the JKP rate of the February 2025 contribution). Relief windows are written in
contribution months in their regulations and start on the 1st, so the convention does not
move them.

Rounding: every program's amount is rounded **per program and per party** to whole rupiah,
half up (:attr:`jamsos.money.Rounding.HALF_UP`). No regulation states a rounding rule; this
is the administrative convention of BPJS invoices (see ``docs/known-gaps.md``).

>>> from jamsos import contributions, Month, RiskClass
>>> c = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=RiskClass.VERY_LOW)
>>> str(c.jht.employer), str(c.jht.worker), str(c.jp.employer), str(c.jkp.government)
('Rp296.000', 'Rp160.000', 'Rp160.000', 'Rp11.000')
>>> str(c.employer), str(c.worker), str(c.total)
('Rp499.200', 'Rp240.000', 'Rp750.200')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from types import MappingProxyType
from typing import Final

import attrs

from jamsos import workdays
from jamsos.domain import EmployerScale, Program, RiskClass, Segment
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.money import CONTEXT, Money, Rate, Rounding, Rupiah, whole
from jamsos.parameters import DatedValue, ParameterSet, resolve
from jamsos.periods import Month, add_months, as_date
from jamsos.results import Allocation, Award, Component, Contributions, Share

__all__ = [
    "construction_project",
    "daily_wage_basis",
    "due_date",
    "late_fine",
    "mandatory_programs",
    "migrant_worker",
    "non_wage_earner",
    "piece_rate_basis",
    "programme_budget",
    "wage_earner",
]

_ONE: Final = Decimal(1)
_ZERO: Final = Decimal(0)
_RP0: Final = Rupiah.zero()
#: The first contribution month of the BPJS Ketenagakerjaan programs (PP 44, 45, 46/2015).
FIRST_MONTH: Final = Month(2015, 7)
ROUNDING: Final = Rounding.HALF_UP


# ---------------------------------------------------------------------------------------
# argument conversion at the boundary
# ---------------------------------------------------------------------------------------
def _positive(value: object, what: str) -> Rupiah:
    amount = Rupiah.of(value, what)
    if amount <= 0:
        raise InvalidInputError(f"{what} must be more than Rp0, got {amount}")
    return amount


def _month(value: object) -> Month:
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


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(f"{what} must be True or False, got {value!r}")
    return value


# ---------------------------------------------------------------------------------------
# the rules of one contribution month, looked up once and cached.
# jamsos.batch builds its vectorized path on _rules, _bpu_rules, _month, _positive, _r,
# _programs_of and ROUNDING: keep them (and their meaning) stable or change both together.
# ---------------------------------------------------------------------------------------
@attrs.frozen
class _MonthRules:
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


def _opt(params: ParameterSet, name: str, on: dt.date) -> DatedValue | None:
    try:
        return params.value(name, on)
    except NotCoveredError:
        return None


@lru_cache(maxsize=4096)
def _rules(params: ParameterSet, month: Month) -> _MonthRules:
    on = month.last_day
    v = params.value
    jkp_gov = _opt(params, "jkp.rate.government", on)
    mandatory = {s: v(f"membership.mandatory_programs.{s.value}", on) for s in EmployerScale}
    jkp_required = (
        {s: v(f"membership.jkp_required_programs.{s.value}", on) for s in EmployerScale} if jkp_gov else None
    )
    return _MonthRules(
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
        labour_recomp_very_low=_opt(params, "relief.labour_intensive.recomposition_very_low", on),
        jkp_government=jkp_gov,
        jkp_cap=_opt(params, "jkp.wage_cap", on) if jkp_gov else None,
        jkk_recomp=v("jkk.recomposition_to_jkp", on),
        jkm_recomp=v("jkm.recomposition_to_jkp", on),
        mandatory=mandatory,
        jkp_required=jkp_required,
        mandatory_set={s: _programs_of(dv) for s, dv in mandatory.items()},
        jkp_required_set=(
            {s: _programs_of(dv) for s, dv in jkp_required.items()} if jkp_required is not None else None
        ),
    )


def _r(dv: DatedValue) -> Decimal:
    value = dv.value
    assert isinstance(value, Rate)
    return value.value


def _programs_of(dv: DatedValue) -> frozenset[Program]:
    return frozenset(Program.parse(p) for p in dv.value)


def mandatory_programs(
    employer_scale: EmployerScale | str, month: Month | str, *, params: ParameterSet | None = None
) -> frozenset[Program]:
    """Programs an employer of this scale must enrol wage earners in (Perpres 109/2013).

    Micro: JKK and JKM. Small: also JHT. Medium and large: also JP. JKP follows
    automatically once JKP is in force (PP 37/2021 Pasal 4).
    """
    scale = EmployerScale.parse(employer_scale)
    rules = _rules(resolve(params), _month(month))
    return rules.mandatory_set[scale]


# ---------------------------------------------------------------------------------------
# wage earners (PU)
# ---------------------------------------------------------------------------------------
def wage_earner(
    wage: Money,
    month: Month | str,
    *,
    risk_class: RiskClass | int | str,
    employer_scale: EmployerScale | str = EmployerScale.LARGE,
    birth_date: dt.date | None = None,
    programs: Iterable[Program | str] | None = None,
    labour_intensive_relief: bool = False,
    industry: str | None = None,
    active_participants: int | None = None,
    jkp_member: bool | None = None,
    params: ParameterSet | None = None,
) -> Contributions:
    """Contributions of a wage earner (PU) for one contribution month.

    Args:
        wage: the monthly wage reported to BPJS (basic wage + fixed allowances; use
            :func:`daily_wage_basis` or :func:`piece_rate_basis` for daily-paid and
            piece-rate workers).
        month: the contribution month; its last day selects the law.
        risk_class: JKK risk class 1..5 (PP 44/2015 Pasal 16, Lampiran I).
        employer_scale: sets the mandatory programs (Perpres 109/2013 Pasal 6).
        birth_date: when given, no JP is due from the month in which the worker reaches
            the JP pension age (PP 45/2015 Pasal 15; membership ends at pension age).
        programs: the programs the worker is enrolled in; ``None`` means the mandatory
            ones for ``employer_scale``. Pass a larger set to add optional programs (JP for
            a small employer).
        labour_intensive_relief: ask for the PP 7/2025 JKK discount (contribution months
            February 2025 to January 2026). It applies only when ``industry`` is one of the
            listed labour-intensive industries and ``active_participants`` is at least 50.
        jkp_member: ``None`` decides JKP membership from the programs (PP 37/2021 Pasal 4);
            ``False`` for a worker outside JKP (for example an employer in arrears on
            6 October 2023: PP 44/2015 Pasal 16A ayat (3)), which also removes the
            recomposition.

    Returns:
        :class:`Contributions` with JKK, JKM (employer), JHT and JP (employer and worker)
        and JKP (government); the JKP recomposition appears in ``allocations``.

    Legal basis: PP 44/2015 Pasal 16, 18; PP 46/2015 Pasal 16; PP 45/2015 Pasal 28, 29;
    PP 37/2021 Pasal 11 as amended by PP 6/2025; PP 49/2020; PP 7/2025 and PP 36/2025.
    """
    amount = _positive(wage, "wage")
    m = _month(month)
    rc = RiskClass.parse(risk_class)
    scale = EmployerScale.parse(employer_scale)
    p = resolve(params)
    rules = _rules(p, m)
    mandatory = rules.mandatory_set[scale]
    if programs is None:
        enrolled = mandatory
    else:
        if isinstance(programs, str | Program):
            programs = (programs,)
        if not isinstance(programs, Iterable):
            raise UnknownValueError(
                f"programs must be a list of programs (jkk, jkm, jht, jp), got {type(programs).__name__}"
            )
        enrolled = frozenset(Program.parse(x) for x in programs) - {Program.JKP}
    notes: list[str] = []
    missing = mandatory - enrolled
    if missing:
        names = ", ".join(sorted(x.code.upper() for x in missing))
        notes.append(
            f"not enrolled in mandatory program(s) {names} for a {scale.value} employer "
            f"({rules.mandatory[scale].cite()}); they are left out of this result"
        )

    # JP stops at pension age (PP 45/2015 Pasal 15).
    pension_month: Month | None = None
    if birth_date is not None and Program.JP in enrolled:
        from jamsos import jp  # local: jp imports nothing from here, avoid a cycle at import

        birth = as_date(birth_date, "birth_date")
        if birth > rules.on:
            raise InvalidDateError(f"birth_date {birth.isoformat()} is after contribution month {m}")
        pension_month = Month.of(jp.pension_date(birth, params=p))
        if m >= pension_month:
            enrolled = enrolled - {Program.JP}
            notes.append(
                f"no JP: the worker reached JP pension age in {pension_month} "
                "(PP 45/2015 Pasal 15); JP membership ends at pension age"
            )

    # PP 7/2025 labour-intensive JKK discount.
    labour = False
    if labour_intensive_relief:
        labour = _labour_relief(p, rules, industry, active_participants, notes)

    wage_d = amount.amount
    covid = _r(rules.covid_discount)
    shares: dict[Program, Share] = {}
    deferred: dict[Program, Share] = {}
    allocations: list[Allocation] = []

    if Program.JKK in enrolled:
        rate = _r(rules.jkk[rc])
        factor = (_ONE - covid) * ((_ONE - _r(rules.labour_discount)) if labour else _ONE)
        shares[Program.JKK] = Share(employer=_round(wage_d * rate * factor))
    if Program.JKM in enrolled:
        shares[Program.JKM] = Share(employer=_round(wage_d * _r(rules.jkm) * (_ONE - covid)))
    if Program.JHT in enrolled:
        shares[Program.JHT] = Share(
            employer=_round(wage_d * _r(rules.jht_employer)),
            worker=_round(wage_d * _r(rules.jht_worker)),
        )
    if Program.JP in enrolled:
        cap = rules.jp_cap.value.amount
        base = wage_d if wage_d < cap else cap
        full_e = whole(base * _r(rules.jp_employer), ROUNDING)
        full_w = whole(base * _r(rules.jp_worker), ROUNDING)
        deferral = _r(rules.covid_jp_deferral)
        if deferral:
            due_e = whole(full_e * (_ONE - deferral), ROUNDING)
            due_w = whole(full_w * (_ONE - deferral), ROUNDING)
            deferred[Program.JP] = Share(
                employer=Rupiah._exact(full_e - due_e), worker=Rupiah._exact(full_w - due_w)
            )
            full_e, full_w = due_e, due_w
        shares[Program.JP] = Share(employer=Rupiah._exact(full_e), worker=Rupiah._exact(full_w))

    # JKP (PP 37/2021 Pasal 11, as amended by PP 6/2025).
    in_jkp = False
    if rules.jkp_government is not None and rules.jkp_required is not None:
        assert rules.jkp_required_set is not None
        required = rules.jkp_required_set[scale]
        qualifies = required <= enrolled
        if jkp_member is None:
            in_jkp = qualifies
        else:
            in_jkp = _bool(jkp_member, "jkp_member")
            if in_jkp and not qualifies:
                names = ", ".join(sorted(x.code.upper() for x in required - enrolled))
                raise InvalidInputError(
                    f"jkp_member=True but the worker is not in {names}, which JKP requires "
                    f"for a {scale.value} employer ({rules.jkp_required[scale].cite()})"
                )
    elif jkp_member:
        raise NotCoveredError(
            f"JKP does not exist in contribution month {m}: it starts with PP 37/2021 (in force 2021-02-02)"
        )
    if in_jkp:
        assert rules.jkp_government is not None and rules.jkp_cap is not None
        jcap = rules.jkp_cap.value.amount
        jbase = wage_d if wage_d < jcap else jcap
        shares[Program.JKP] = Share(government=_round(jbase * _r(rules.jkp_government)))
        recomp_jkk = rules.jkk_recomp
        if labour and rc is RiskClass.VERY_LOW and rules.labour_recomp_very_low is not None:
            recomp_jkk = rules.labour_recomp_very_low
        from_jkk = _round(jbase * _r(recomp_jkk))
        if Program.JKK in shares and from_jkk:
            allocations.append(Allocation("jkp", Program.JKK, from_jkk))
        from_jkm = _round(jbase * _r(rules.jkm_recomp))
        if Program.JKM in shares and from_jkm:
            allocations.append(Allocation("jkp", Program.JKM, from_jkm))

    inputs = (
        ("wage", amount),
        ("month", str(m)),
        ("risk_class", rc.value),
        ("employer_scale", scale.value),
        ("programs", ",".join(sorted(x.code for x in enrolled))),
        ("jkp_member", in_jkp),
        ("labour_intensive_relief", labour),
    )

    def explain() -> Explanation:
        return _explain_wage_earner(
            amount, m, rc, rules, shares, deferred, allocations, in_jkp, labour, inputs, notes
        )

    return Contributions(
        month=m,
        segment=Segment.WAGE_EARNER,
        shares=MappingProxyType(shares),
        allocations=tuple(allocations),
        deferred=MappingProxyType(deferred),
        notes=tuple(notes),
        explainer=explain,
    )


def _round(value: Decimal) -> Rupiah:
    return Rupiah._exact(whole(value, ROUNDING))


def _labour_relief(
    p: ParameterSet,
    rules: _MonthRules,
    industry: str | None,
    active_participants: int | None,
    notes: list[str],
) -> bool:
    """Whether the PP 7/2025 discount applies (PP 7/2025 Pasal 3, 4, 10; PP 36/2025)."""
    if industry is None or active_participants is None:
        raise InvalidInputError(
            "labour_intensive_relief=True needs industry= (one of food_beverage_tobacco, "
            "textile_apparel, leather, footwear, toys, furniture) and active_participants= "
            "(workers registered as active participants); PP 7/2025 Pasal 3"
        )
    if isinstance(active_participants, bool) or not isinstance(active_participants, int):
        raise MoneyTypeError(f"active_participants must be a whole number, got {active_participants!r}")
    if active_participants < 0:
        raise InvalidInputError("active_participants cannot be negative")
    if not _r(rules.labour_discount):
        notes.append(
            "the labour-intensive JKK discount is not in force for this contribution month "
            "(PP 7/2025 Pasal 10 and PP 36/2025 Pasal 10A: February 2025 to January 2026)"
        )
        return False
    on = rules.on
    industries = p.value("relief.labour_intensive.industries", on)
    key = industry.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in industries.value:
        raise UnknownValueError(
            f"unknown industry {industry!r}; the industries of {industries.cite()} are: "
            + ", ".join(industries.value)
        )
    minimum = p.value("relief.labour_intensive.min_active_participants", on)
    if active_participants < minimum.value:
        notes.append(
            f"no labour-intensive JKK discount: {active_participants} active participants, "
            f"fewer than the {minimum.value} required ({minimum.cite()})"
        )
        return False
    notes.append(
        "labour-intensive JKK discount applied; the employer must also have paid JKK up to "
        "the January 2025 contribution month (PP 7/2025 Pasal 6 ayat (2)), which the "
        "caller is taken to have checked"
    )
    return True


def _pu(name: str, dv: DatedValue) -> ParamUse:
    return ParamUse.of(name, dv)


def _explain_wage_earner(
    wage: Rupiah,
    month: Month,
    rc: RiskClass,
    rules: _MonthRules,
    shares: dict[Program, Share],
    deferred: dict[Program, Share],
    allocations: list[Allocation],
    in_jkp: bool,
    labour: bool,
    inputs: tuple[tuple[str, object], ...],
    notes: list[str],
) -> Explanation:
    covid = bool(_r(rules.covid_discount))
    steps: list[Explanation] = []
    if Program.JKK in shares:
        params = [_pu(f"jkk.rate.{rc.key}", rules.jkk[rc])]
        if covid:
            params.append(_pu("relief.covid.jkk_jkm_discount", rules.covid_discount))
        if labour:
            params.append(_pu("relief.labour_intensive.jkk_discount", rules.labour_discount))
        steps.append(
            Explanation(
                "JKK (work accident), employer: wage × rate of the risk class",
                "JKK (kecelakaan kerja), pemberi kerja: upah × tarif tingkat risiko",
                shares[Program.JKK].employer,
                (("wage", wage),),
                tuple(params),
            )
        )
    if Program.JKM in shares:
        params = [_pu("jkm.rate", rules.jkm)]
        if covid:
            params.append(_pu("relief.covid.jkk_jkm_discount", rules.covid_discount))
        steps.append(
            Explanation(
                "JKM (death), employer: wage × rate",
                "JKM (kematian), pemberi kerja: upah × tarif",
                shares[Program.JKM].employer,
                (("wage", wage),),
                tuple(params),
            )
        )
    if Program.JHT in shares:
        s = shares[Program.JHT]
        steps.append(
            Explanation(
                "JHT (old-age savings): wage × rate, no wage cap",
                "JHT (hari tua): upah × tarif, tanpa batas upah",
                s.total,
                (("wage", wage),),
                (_pu("jht.rate.employer", rules.jht_employer), _pu("jht.rate.worker", rules.jht_worker)),
                children=(
                    Explanation("employer", "pemberi kerja", s.employer),
                    Explanation("worker", "pekerja", s.worker),
                ),
            )
        )
    if Program.JP in shares:
        s = shares[Program.JP]
        cap = rules.jp_cap.value
        base = wage if wage < cap else cap
        params = [
            _pu("jp.wage_cap", rules.jp_cap),
            _pu("jp.rate.employer", rules.jp_employer),
            _pu("jp.rate.worker", rules.jp_worker),
        ]
        children = [
            Explanation("employer", "pemberi kerja", s.employer),
            Explanation("worker", "pekerja", s.worker),
        ]
        if Program.JP in deferred:
            params.append(_pu("relief.covid.jp_deferral", rules.covid_jp_deferral))
            children.append(
                Explanation("deferred (paid later)", "ditunda (dibayar kemudian)", deferred[Program.JP].total)
            )
        steps.append(
            Explanation(
                "JP (pension): min(wage, cap) × rate",
                "JP (pensiun): min(upah, batas upah) × tarif",
                s.total,
                (("wage", wage), ("wage used", base)),
                tuple(params),
                tuple(children),
            )
        )
    if in_jkp and rules.jkp_government is not None and rules.jkp_cap is not None:
        cap = rules.jkp_cap.value
        base = wage if wage < cap else cap
        children = [
            Explanation(
                f"recomposed from {a.source.code.upper()} (already in the employer's bill)",
                f"rekomposisi dari {a.source.code.upper()} (sudah termasuk tagihan pemberi kerja)",
                a.amount,
            )
            for a in allocations
        ]
        params = [
            _pu("jkp.wage_cap", rules.jkp_cap),
            _pu("jkp.rate.government", rules.jkp_government),
            _pu("jkk.recomposition_to_jkp", rules.jkk_recomp),
            _pu("jkm.recomposition_to_jkp", rules.jkm_recomp),
        ]
        if labour and rc is RiskClass.VERY_LOW and rules.labour_recomp_very_low is not None:
            params.append(_pu("relief.labour_intensive.recomposition_very_low", rules.labour_recomp_very_low))
        steps.append(
            Explanation(
                "JKP (job loss): government share on min(wage, cap); recomposition shown inside JKK/JKM",
                "JKP (kehilangan pekerjaan): bagian pemerintah atas min(upah, batas); "
                "rekomposisi di dalam JKK/JKM",
                shares[Program.JKP].government,
                (("wage used", base),),
                tuple(params),
                tuple(children),
            )
        )
    return Explanation(
        f"Contributions of a wage earner (PU), contribution month {month}",
        f"Iuran peserta penerima upah (PU), bulan iuran {month}",
        sum((s.total for s in shares.values()), _RP0),
        inputs,
        (),
        tuple(steps),
        note="; ".join(notes)
        if notes
        else "amounts rounded per program and party to whole rupiah, half up (administrative convention)",
    )


# ---------------------------------------------------------------------------------------
# wage basis helpers (PP 44/2015 Pasal 19; PP 46/2015 Pasal 17)
# ---------------------------------------------------------------------------------------
def daily_wage_basis(daily_wage: Money, month: Month | str, *, params: ParameterSet | None = None) -> Rupiah:
    """Monthly wage of a daily-paid worker: the daily wage × 25 (PP 44/2015 Pasal 19 ayat (3)).

    >>> str(daily_wage_basis(150_000, Month(2025, 1)))
    'Rp3.750.000'
    """
    amount = _positive(daily_wage, "daily_wage")
    m = _month(month)
    factor = resolve(params).integer("wage_basis.daily_multiplier", m.last_day)
    return amount * factor


def piece_rate_basis(
    last_wages: Sequence[Money],
    month: Month | str,
    *,
    weather_dependent: bool = False,
    params: ParameterSet | None = None,
) -> Rupiah:
    """Monthly wage of a piece-rate (borongan) worker: the average of the last months.

    The last 3 months (PP 44/2015 Pasal 19 ayat (4)), or 12 for work that depends on the
    weather (ayat (5)). Give at least that many wages, most recent last; only the last 3
    (or 12) are used. The average is rounded half up to whole rupiah (wages are reported
    in whole rupiah; administrative convention).

    >>> str(piece_rate_basis([3_000_000, 3_500_000, 4_000_001], Month(2025, 1)))
    'Rp3.500.000'
    """
    m = _month(month)
    name = "wage_basis.weather_piece_rate_months" if weather_dependent else "wage_basis.piece_rate_months"
    n = resolve(params).integer(name, m.last_day)
    if isinstance(last_wages, str | bytes) or not isinstance(last_wages, Sequence):
        raise InvalidInputError("last_wages must be a sequence of monthly wages, oldest first")
    if len(last_wages) < n:
        raise InvalidInputError(
            f"a piece-rate wage basis needs the last {n} monthly wages, got {len(last_wages)}"
        )
    wages = [Rupiah.of(w, "wage") for w in last_wages[-n:]]
    if any(w < 0 for w in wages):
        raise InvalidInputError("wages cannot be negative")
    avg = CONTEXT.divide(sum((w.amount for w in wages), _ZERO), Decimal(n))
    result = Rupiah._exact(whole(avg, ROUNDING))
    if result <= 0:
        raise InvalidInputError("the average wage is Rp0; nothing to contribute on")
    return result


# ---------------------------------------------------------------------------------------
# non-wage earners (BPU)
# ---------------------------------------------------------------------------------------
def non_wage_earner(
    income: Money,
    month: Month | str,
    *,
    jht: bool = False,
    transport_worker: bool = False,
    budget_funded: bool = False,
    params: ParameterSet | None = None,
) -> Contributions:
    """Contributions of a non-wage earner (BPU) for one contribution month.

    JKK is 1% of the declared income (PP 44/2015 Pasal 20 and Lampiran II), JKM a flat
    amount (Pasal 20 ayat (3)), JHT optional at 2% (PP 46/2015 Pasal 18). The member pays
    (``worker``); with ``budget_funded=True`` a state or regional budget (APBN/APBD) pays
    (``government``) and the PP 50/2025 discount does not apply (PP 50/2025 Pasal 3 ayat (5)).

    Reliefs: PP 49/2020 (99% off JKK and JKM, August 2020 to January 2021); PP 50/2025
    (50% off JKK and JKM; transport workers January 2026 to March 2027, other BPU April to
    December 2026). JHT is never discounted.

    >>> c = non_wage_earner(1_000_000, Month(2025, 6))
    >>> str(c.jkk.worker), str(c.jkm.worker), str(c.total)
    ('Rp10.000', 'Rp6.800', 'Rp16.800')
    >>> str(non_wage_earner(1_000_000, Month(2026, 1), transport_worker=True).total)
    'Rp8.400'
    """
    amount = _positive(income, "income")
    m = _month(month)
    jht = _bool(jht, "jht")
    transport_worker = _bool(transport_worker, "transport_worker")
    budget_funded = _bool(budget_funded, "budget_funded")
    p = resolve(params)
    r = _bpu_rules(p, m)
    minimum = r["min_income"]
    if amount < minimum.value:
        raise InvalidInputError(
            f"declared income {amount} is below the lowest income a BPU member can declare, "
            f"{minimum.value} ({minimum.cite()})"
        )
    covid = _r(r["covid"])
    relief = r["transport"] if transport_worker else r["other"]
    discount = _ZERO if budget_funded else _r(relief)
    factor = (_ONE - covid) * (_ONE - discount)
    income_d = amount.amount
    jkk = _round(income_d * _r(r["jkk"]) * factor)
    jkm = _round(r["jkm"].value.amount * factor)
    amounts = {Program.JKK: jkk, Program.JKM: jkm}
    if jht:
        amounts[Program.JHT] = _round(income_d * _r(r["jht"]))
    if budget_funded:
        shares = {prog: Share(government=a) for prog, a in amounts.items()}
    else:
        shares = {prog: Share(worker=a) for prog, a in amounts.items()}
    notes = []
    if discount:
        notes.append(f"PP 50/2025 discount of {relief.value} on JKK and JKM ({relief.cite()})")
    elif budget_funded and _r(relief):
        notes.append(
            "budget-funded (APBN/APBD) contributions get no PP 50/2025 discount (PP 50/2025 Pasal 3 ayat (5))"
        )

    def explain() -> Explanation:
        used = [
            ParamUse.of(k, r[k2])
            for k, k2 in (
                ("bpu.min_income", "min_income"),
                ("bpu.jkk.rate", "jkk"),
                ("bpu.jkm.amount", "jkm"),
            )
        ]
        if jht:
            used.append(ParamUse.of("bpu.jht.rate", r["jht"]))
        if covid:
            used.append(ParamUse.of("relief.covid.jkk_jkm_discount", r["covid"]))
        if _r(relief):
            name = "relief.bpu_transport.discount" if transport_worker else "relief.bpu_other.discount"
            used.append(ParamUse.of(name, relief))
        payer = "government (budget)" if budget_funded else "member"
        children = tuple(
            Explanation(f"{prog.code.upper()} ({payer})", f"{prog.code.upper()}", a)
            for prog, a in amounts.items()
        )
        return Explanation(
            f"Contributions of a non-wage earner (BPU), contribution month {m}",
            f"Iuran peserta bukan penerima upah (BPU), bulan iuran {m}",
            sum(amounts.values(), _RP0),
            (
                ("income", amount),
                ("month", str(m)),
                ("jht", jht),
                ("transport_worker", transport_worker),
                ("budget_funded", budget_funded),
            ),
            tuple(used),
            children,
            note="; ".join(notes) or None,
        )

    return Contributions(
        month=m,
        segment=Segment.NON_WAGE_EARNER,
        shares=MappingProxyType(shares),
        notes=tuple(notes),
        explainer=explain,
    )


@lru_cache(maxsize=1024)
def _bpu_rules(p: ParameterSet, m: Month) -> dict[str, DatedValue]:
    on = m.last_day
    return {
        "min_income": p.value("bpu.min_income", on),
        "jkk": p.value("bpu.jkk.rate", on),
        "jkm": p.value("bpu.jkm.amount", on),
        "jht": p.value("bpu.jht.rate", on),
        "covid": p.value("relief.covid.jkk_jkm_discount", on),
        "transport": p.value("relief.bpu_transport.discount", on),
        "other": p.value("relief.bpu_other.discount", on),
    }


# ---------------------------------------------------------------------------------------
# programme budget: a district covering N BPU workers
# ---------------------------------------------------------------------------------------
def programme_budget(
    *,
    workers: int,
    income: Money,
    first_month: Month | str,
    last_month: Month | str,
    jht: bool = False,
    transport_worker: bool = False,
    params: ParameterSet | None = None,
) -> Award:
    """Cost of a regional budget covering ``workers`` BPU workers, month by month.

    The everyday job of a district social or manpower office (Dinas Sosial, Disnaker):
    pay JKK and JKM (and optionally JHT) for vulnerable workers (*pekerja rentan*) at a
    declared income for a span of contribution months. Every date-dependent rule applies
    month by month; budget-funded contributions get no PP 50/2025 discount.

    ``.payments`` holds ``(Month, Rupiah)`` per contribution month, ``.total`` the budget,
    ``.components`` the total per program.

    >>> b = programme_budget(workers=100, income=1_000_000, first_month="2025-01",
    ...                      last_month="2025-12")
    >>> str(b.total), str(b.payments[0][1])
    ('Rp20.160.000', 'Rp1.680.000')
    """
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise MoneyTypeError(f"workers must be a whole number, got {workers!r}")
    if workers <= 0:
        raise InvalidInputError(f"workers must be at least 1, got {workers}")
    first, last = _month(first_month), _month(last_month)
    if last < first:
        raise InvalidDateError(f"last_month {last} is before first_month {first}")
    per_program: dict[Program, Rupiah] = {}
    payments: list[tuple[Month, Rupiah]] = []
    monthly: list[Contributions] = []
    for m in Month.range(first, last):
        c = non_wage_earner(
            income, m, jht=jht, transport_worker=transport_worker, budget_funded=True, params=params
        )
        monthly.append(c)
        payments.append((m, c.total * workers))
        for prog in c.programs:
            per_program[prog] = per_program.get(prog, _RP0) + c[prog].total * workers
    components = tuple(Component(f"{prog.code}", amt, _bpu_basis(prog)) for prog, amt in per_program.items())
    n_months = len(payments)

    def explain() -> Explanation:
        children = tuple(
            Explanation(
                f"{m}: {workers} × {c.total}", f"{m}: {workers} × {c.total}", amt, children=(c.explain(),)
            )
            for (m, amt), c in zip(payments, monthly, strict=True)
        )
        return Explanation(
            "Programme budget: BPU contributions paid from a regional budget",
            "Anggaran program: iuran BPU yang dibayar APBD",
            sum((a for _, a in payments), _RP0),
            (
                ("workers", workers),
                ("income", Rupiah.of(income)),
                ("first_month", str(first)),
                ("last_month", str(last)),
                ("months", n_months),
                ("jht", jht),
            ),
            (),
            children,
        )

    return Award(
        kind="programme_budget",
        components=components,
        payments=tuple(payments),
        details=MappingProxyType(
            {"workers": workers, "months": n_months, "first_month": first, "last_month": last}
        ),
        explainer=explain,
    )


def _bpu_basis(program: Program) -> tuple[str, ...]:
    return {
        Program.JKK: ("PP 44/2015 Pasal 20 ayat (1)", "PP 44/2015 Lampiran II"),
        Program.JKM: ("PP 44/2015 Pasal 20 ayat (3)",),
        Program.JHT: ("PP 46/2015 Pasal 18",),
    }.get(program, ())


# ---------------------------------------------------------------------------------------
# migrant workers (PMI)
# ---------------------------------------------------------------------------------------
def migrant_worker(
    *,
    on: dt.date,
    contract_months: int,
    pre_placement: bool = True,
    jht: Money | None = None,
    params: ParameterSet | None = None,
) -> Contributions:
    """Contributions of a migrant worker (PMI): JKK+JKM packages and optional JHT.

    ``on`` is the registration (payment) date and selects the regulation: Permenaker
    18/2018, then Permenaker 4/2023 from 2023-02-22. The package price covers JKK and JKM
    together; it is shown in the JKK share (``c.jkk``), with JKM at zero, and paid by the
    worker. ``jht`` is the monthly JHT amount chosen, or ``None``.

    Package choice (Permenaker 4/2023 Pasal 18): the cheapest of the smallest package that
    covers the contract, and a shorter package plus Rp13.500 for each extra month (Pasal 18
    ayat (3)). A 9-month contract costs min(Rp189.000, Rp108.000 + 3 × Rp13.500) =
    Rp148.500. This reading is documented in ``docs/known-gaps.md``.

    >>> c = migrant_worker(on=dt.date(2024, 5, 1), contract_months=24)
    >>> str(c.total)
    'Rp370.000'
    >>> str(migrant_worker(on=dt.date(2024, 5, 1), contract_months=30).total)
    'Rp451.000'
    """
    day = as_date(on, "on")
    if isinstance(contract_months, bool) or not isinstance(contract_months, int):
        raise MoneyTypeError(f"contract_months must be a whole number, got {contract_months!r}")
    pre_placement = _bool(pre_placement, "pre_placement")
    p = resolve(params)
    try:
        pre = p.value("pmi.pre_placement", day)
    except NotCoveredError:
        first = p.history("pmi.pre_placement")[0]
        raise NotCoveredError(
            f"no PMI contribution rules before {first.since.isoformat()} ({first.cite()}) in "
            f"jamsos's data; asked for {day.isoformat()}"
        ) from None
    packages = p.value("pmi.packages", day)
    extra = p.value("pmi.extra_month", day)
    longest = p.value("pmi.max_contract_months", day)
    if not 1 <= contract_months <= longest.value:
        raise InvalidInputError(
            f"contract_months must be between 1 and {longest.value} under {packages.cite()}, "
            f"got {contract_months}"
        )
    price, how = _pmi_price(contract_months, packages.value, extra.value.amount)
    package = Rupiah._exact(price)
    jkk_jkm = package + (pre.value if pre_placement else _RP0)
    shares: dict[Program, Share] = {Program.JKK: Share(worker=jkk_jkm)}
    if jht is not None:
        choice = Rupiah.of(jht, "jht")
        choices = p.value("pmi.jht_choices", day)
        allowed = [Rupiah.of(x) for x in choices.value]
        if choice not in allowed:
            raise InvalidInputError(
                f"PMI JHT amount {choice} is not one of the amounts of {choices.cite()}: "
                + ", ".join(str(a) for a in allowed)
            )
        shares[Program.JHT] = Share(worker=choice)
    notes = ("the PMI package covers JKK and JKM together; it is shown under JKK",)

    def explain() -> Explanation:
        used = [ParamUse.of("pmi.packages", packages), ParamUse.of("pmi.extra_month", extra)]
        if pre_placement:
            used.insert(0, ParamUse.of("pmi.pre_placement", pre))
        return Explanation(
            f"Contributions of a migrant worker (PMI), registered {day.isoformat()}",
            f"Iuran pekerja migran Indonesia (PMI), terdaftar {day.isoformat()}",
            sum((s.total for s in shares.values()), _RP0),
            (
                ("contract_months", contract_months),
                ("pre_placement", pre_placement),
                ("jht", Rupiah.of(jht) if jht is not None else None),
            ),
            tuple(used),
            (Explanation(f"placement package: {how}", f"paket masa penempatan: {how}", package),),
            note=notes[0],
        )

    return Contributions(
        month=Month.of(day),
        segment=Segment.MIGRANT_WORKER,
        shares=MappingProxyType(shares),
        notes=notes,
        explainer=explain,
    )


def _pmi_price(months: int, packages: Sequence[object], extra: Decimal) -> tuple[Decimal, str]:
    options: list[tuple[Decimal, str]] = []
    for pkg in packages:
        assert isinstance(pkg, MappingProxyType)
        length, amount = int(pkg["months"]), Decimal(pkg["amount"])
        if length >= months:
            options.append((amount, f"{length}-month package"))
        elif extra > 0:
            more = months - length
            options.append(
                (amount + extra * more, f"{length}-month package + {more} extra month(s) × {extra}")
            )
    if not options:
        raise InvalidInputError(f"no PMI package covers a {months}-month contract")
    return min(options, key=lambda o: o[0])


# ---------------------------------------------------------------------------------------
# construction projects (Jakon)
# ---------------------------------------------------------------------------------------
def construction_project(
    contract_value: Money, month: Month | str, *, params: ParameterSet | None = None
) -> Contributions:
    """JKK and JKM of a construction project whose workers' wages are not known.

    Marginal tiers on the contract value (PP 44/2015 Pasal 54 ayat (2), 55 ayat (2)),
    paid by the employer (the contractor). ``month`` is the month the project is registered.

    >>> c = construction_project(180_000_000, Month(2024, 1))  # Penjelasan Pasal 54 ayat (2)
    >>> str(c.jkk.employer), str(c.jkm.employer)
    ('Rp346.000', 'Rp46.000')
    """
    value = _positive(contract_value, "contract_value")
    m = _month(month)
    p = resolve(params)
    on = m.last_day
    jkk_t = p.value("construction.jkk.tiers", on)
    jkm_t = p.value("construction.jkm.tiers", on)
    covid = p.value("relief.covid.jkk_jkm_discount", on)
    factor = _ONE - _r(covid)
    jkk_raw, jkk_lines = _tiers(value.amount, jkk_t.value)
    jkm_raw, jkm_lines = _tiers(value.amount, jkm_t.value)
    shares = {
        Program.JKK: Share(employer=_round(jkk_raw * factor)),
        Program.JKM: Share(employer=_round(jkm_raw * factor)),
    }

    def explain() -> Explanation:
        used: list[ParamUse] = []
        if _r(covid):
            used.append(ParamUse.of("relief.covid.jkk_jkm_discount", covid))
        return Explanation(
            f"Construction project contributions, month {m}",
            f"Iuran proyek jasa konstruksi, bulan {m}",
            shares[Program.JKK].total + shares[Program.JKM].total,
            (("contract_value", value),),
            tuple(used),
            (
                Explanation(
                    "JKK by marginal tiers",
                    "JKK per lapisan nilai kontrak",
                    shares[Program.JKK].employer,
                    (),
                    (ParamUse.of("construction.jkk.tiers", jkk_t),),
                    tuple(Explanation(t, t, a) for t, a in jkk_lines),
                ),
                Explanation(
                    "JKM by marginal tiers",
                    "JKM per lapisan nilai kontrak",
                    shares[Program.JKM].employer,
                    (),
                    (ParamUse.of("construction.jkm.tiers", jkm_t),),
                    tuple(Explanation(t, t, a) for t, a in jkm_lines),
                ),
            ),
        )

    return Contributions(
        month=m, segment=Segment.CONSTRUCTION, shares=MappingProxyType(shares), explainer=explain
    )


def _tiers(value: Decimal, tiers: Sequence[object]) -> tuple[Decimal, list[tuple[str, Rupiah]]]:
    acc = _ZERO
    lines: list[tuple[str, Rupiah]] = []
    bounds = []
    for t in tiers:
        assert isinstance(t, MappingProxyType)
        bounds.append((Decimal(t["over"]), Rate.percent(t["rate"])))
    for i, (low, rate) in enumerate(bounds):
        high = bounds[i + 1][0] if i + 1 < len(bounds) else None
        if value <= low:
            break
        part = (value if high is None or value < high else high) - low
        amt = part * rate.value
        acc += amt
        lines.append((f"{rate} × {Rupiah._exact(part)} above {Rupiah._exact(low)}", Rupiah._exact(amt)))
    return acc, lines


# ---------------------------------------------------------------------------------------
# deadlines and late fines
# ---------------------------------------------------------------------------------------
def due_date(
    month: Month | str,
    *,
    segment: Segment | str = Segment.WAGE_EARNER,
    params: ParameterSet | None = None,
) -> dt.date:
    """The last day to pay a contribution month without a fine.

    Wage earners and construction: the 15th of the next month (PP 44/2015 Pasal 21 ayat
    (2); the 30th for August 2020 to January 2021 under PP 49/2020). Non-wage earners: the
    15th of the contribution month itself (PP 44/2015 Pasal 24 ayat (3)). A deadline on a
    weekend or national public holiday moves to the next working day.

    >>> due_date(Month(2025, 5))  # 15 June 2025 is a Sunday
    datetime.date(2025, 6, 16)
    """
    m = _month(month)
    seg = Segment.parse(segment)
    p = resolve(params)
    if seg is Segment.NON_WAGE_EARNER:
        day = p.integer("admin.non_wage_earner.due_day", m.last_day)
        base = m.day(day)
    elif seg in (Segment.WAGE_EARNER, Segment.CONSTRUCTION):
        day = p.integer("admin.wage_earner.due_day", m.last_day)
        base = (m + 1).day(day)
    else:
        raise InvalidInputError(
            "migrant workers (PMI) pay packages at registration; there is no monthly deadline"
        )
    return workdays.next_working_day(base)


def late_fine(
    amount_due: Money,
    month: Month | str,
    paid_on: dt.date,
    *,
    segment: Segment | str = Segment.WAGE_EARNER,
    params: ParameterSet | None = None,
) -> Rupiah:
    """The fine (denda) for paying a contribution month late.

    Wage earners: 2% of the contribution due for each month or part of a month after the
    deadline (PP 44/2015 Pasal 22 ayat (1); PP 45/2015 Pasal 31; PP 46/2015 Pasal 20);
    0.5% for August 2020 to January 2021 (PP 49/2020). Simple, not compounded; rounded
    half up to whole rupiah. Non-wage earners pay no fine (they lose benefit rights
    instead): Rp0.

    >>> str(late_fine(1_000_000, Month(2025, 5), dt.date(2025, 6, 17)))
    'Rp20.000'
    >>> str(late_fine(1_000_000, Month(2025, 5), dt.date(2025, 8, 17)))
    'Rp60.000'
    """
    amount = Rupiah.of(amount_due, "amount_due")
    if amount < 0:
        raise InvalidInputError(f"amount_due cannot be negative, got {amount}")
    m = _month(month)
    seg = Segment.parse(segment)
    paid = as_date(paid_on, "paid_on")
    if paid < m.first_day:
        raise InvalidDateError(f"paid_on {paid.isoformat()} is before the contribution month {m} begins")
    months = months_late(m, paid, segment=seg, params=params)
    p = resolve(params)
    name = (
        "admin.non_wage_earner.late_fine_rate"
        if seg is Segment.NON_WAGE_EARNER
        else "admin.wage_earner.late_fine_rate"
    )
    rate = p.rate(name, m.last_day)
    cap = p.integer("admin.late_fine_months_cap", m.last_day)
    if cap:
        months = min(months, cap)
    return _round(amount.amount * rate.value * months)


def months_late(
    month: Month | str,
    paid_on: dt.date,
    *,
    segment: Segment | str = Segment.WAGE_EARNER,
    params: ParameterSet | None = None,
) -> int:
    """Months of delay, counting any part of a month as a whole month.

    0 when paid on or before :func:`due_date`; 1 from the day after it through the same
    day one month later (clamped at month end); and so on.
    """
    due = due_date(month, segment=segment, params=params)
    paid = as_date(paid_on, "paid_on")
    if paid <= due:
        return 0
    n = 1
    while paid > add_months(due, n):
        n += 1
    return n
