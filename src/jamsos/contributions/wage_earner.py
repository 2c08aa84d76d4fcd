"""Contributions of wage earners (PU, penerima upah), with the PP 49/2020 and labour-intensive reliefs,
and the wage basis of daily-paid and piece-rate workers (PP 44/2015 Pasal 19).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final

from jamsos import validate
from jamsos.contributions import kernel
from jamsos.contributions.covid import covid_factor
from jamsos.contributions.explanation import PuContext, PuFacts, pu_explanation
from jamsos.contributions.kernel import PuTable, pu_kernel
from jamsos.contributions.rules import (
    ROUNDING,
    ZERO,
    boolean_arg,
    contribution_month,
    positive_amount,
)
from jamsos.domain import EmployerScale, Program, RiskClass, Segment
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.i18n import N_, type_name
from jamsos.money import CONTEXT, Money, Rupiah, whole
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Allocation, Contributions, Note, Share

#: Arguments the fast path recognises without parsing (members and plain ints).
_RISK: Final[dict[object, RiskClass]] = {**{rc: rc for rc in RiskClass}, **{rc.value: rc for rc in RiskClass}}
_SCALE: Final[dict[object, EmployerScale]] = {s: s for s in EmployerScale}
_WAGE_LIMIT: Final = int(validate.MAX_AMOUNT) + 1  # jamsos.validate.money refuses more
_PU: Final = Segment.WAGE_EARNER
_lazy: Final = Contributions.lazy  # bound once (a method lookup less per call)
#: Compiled month tables by (parameter set, month argument as given): a str or Month.
_TABLES: dict[tuple[object, ...], PuTable] = {}


def pu_table_of(p: ParameterSet, month: object) -> PuTable:
    """The kernel table of a contribution month argument (``Month`` or ``"YYYY-MM"``), cached.

    A ``Month`` is keyed by its year and month: hashing two ints is several times cheaper
    than the frozen class's generated hash, and this lookup is on every call.
    """
    if type(month) is Month:
        key: tuple[object, ...] = (p, month.year, month.month)
    elif type(month) is str:
        key = (p, month)
    else:
        return kernel.pu_table(p, contribution_month(month))
    table = _TABLES.get(key)
    if table is None:
        table = kernel.pu_table(p, contribution_month(month))
        if len(_TABLES) >= 8192:
            _TABLES.clear()
        _TABLES[key] = table
    return table


# ---------------------------------------------------------------------------------------
# wage earners (PU)
# ---------------------------------------------------------------------------------------
@current_law_option
@recorded()
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
    covid_relief_eligible: bool | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
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
        covid_relief_eligible: whether the employer meets the conditions of the PP 49/2020
            JKK/JKM relief (contribution months August 2020 to January 2021; Pasal 13: JKK and
            JKM paid up to July 2020, new members paying the first 2 months in full). ``None``
            (the default) applies the relief with a note that the conditions were not checked;
            ``False`` charges full JKK and JKM. Outside the window it changes nothing.

    Returns:
        :class:`Contributions` with JKK, JKM (employer), JHT and JP (employer and worker)
        and JKP (government); the JKP recomposition appears in ``allocations``.

    Legal basis: PP 44/2015 Pasal 16, 18; PP 46/2015 Pasal 16; PP 45/2015 Pasal 28, 29;
    PP 37/2021 Pasal 11 as amended by PP 6/2025; PP 49/2020; PP 7/2025 and PP 36/2025.
    """
    # the boundary, fast for the common argument types (checked in the order of the signature)
    if type(wage) is int and 0 < wage < _WAGE_LIMIT:
        w, q = wage, 1
        plain = True
    else:
        w, q = kernel.decimal_scale(positive_amount(wage, "wage").amount)
        plain = False
    p = resolve(params)
    notes: Sequence[str] = ()
    ctx = (
        _common_context(p, month, risk_class, employer_scale)
        if programs is None
        and birth_date is None
        and labour_intensive_relief is False
        and industry is None
        and active_participants is None
        and jkp_member is None
        and covid_relief_eligible is None
        else None
    )
    if ctx is None:
        plain = False
        notes = []
        ctx = _context(
            p,
            month,
            risk_class,
            employer_scale,
            programs,
            birth_date,
            labour_intensive_relief,
            industry,
            active_participants,
            jkp_member,
            covid_relief_eligible,
            notes,
        )
    row = ctx[2]
    if q % row.cap_q:  # a wage finer than a fractional cap: one common power of ten
        w, q = w * (row.cap_q // q), row.cap_q
    a = pu_kernel(row, w, q, min)
    # the kernel's amounts are whole rupiah; programmes not due have numerator 0
    sums = (a[0] + a[1] + a[2] + a[4], a[3] + a[5], a[8])
    # ``plain``: an int wage and the common call (every other argument of an exact immutable
    # type or its default), so the recorded inputs need no check of the arguments' types
    return _lazy(ctx[1].month, _PU, sums, _build, (ctx, a, w, q, notes), p.law_version, pu_explanation, plain)


#: What a wage-earner call decided before the kernel ran (the explanation reads it too).
_Context = PuContext
#: The common call's context per (parameter set, month, risk class, employer scale).
_COMMON: dict[tuple[object, ...], _Context] = {}


def _common_context(
    p: ParameterSet, month: object, risk_class: object, employer_scale: object
) -> _Context | None:
    """The context of the common call: only the wage, month, risk class and scale given.

    The scale's programmes, JKP as PP 37/2021 Pasal 4 says, the PP 49/2020 relief applied
    where in force (its note written when the result is read). Cached by the arguments'
    plain values (a ``Month`` by its year and month, members by their values: hashing ints
    and text is cheaper than those classes' own hashes), and only for exact types, so that
    ``True`` or ``2.0`` never passes for risk class 2; anything else (``None``) is parsed
    and checked by :func:`_context` as before.
    """
    kind = type(risk_class)
    if kind is RiskClass:
        rk: object = risk_class._value_  # type: ignore[attr-defined]
    elif kind is int:
        rk = risk_class
    else:
        return None
    if type(employer_scale) is not EmployerScale:
        return None
    kind = type(month)
    if kind is Month:
        key: tuple[object, ...] = (p, month.year, month.month, rk, employer_scale._value_)  # type: ignore[attr-defined]
    elif kind is str:
        key = (p, month, 0, rk, employer_scale._value_)
    else:
        return None
    hit = _COMMON.get(key)
    if hit is None:
        t = pu_table_of(p, month)
        rc = RiskClass.parse(risk_class)
        row, enrolled, in_jkp = t.default(rc.value, employer_scale)
        covid = t.covid_in_force
        if len(_COMMON) >= 8192:
            _COMMON.clear()
        hit = _COMMON[key] = PuContext._make(
            (p, t, row, rc, employer_scale, enrolled, in_jkp, False, covid, covid, None)
        )
    return hit


def _context(
    p: ParameterSet,
    month: object,
    risk_class: object,
    employer_scale: object,
    programs: Iterable[Program | str] | None,
    birth_date: dt.date | None,
    labour_intensive_relief: object,
    industry: str | None,
    active_participants: int | None,
    jkp_member: bool | None,
    covid_relief_eligible: bool | None,
    notes: list[str],
) -> _Context:
    """Every argument parsed and checked, the programmes and reliefs decided (notes added)."""
    t = pu_table_of(p, month)
    rc = _RISK.get(risk_class) if type(risk_class) in (int, RiskClass) else None
    if rc is None:
        rc = RiskClass.parse(risk_class)
    scale = _SCALE.get(employer_scale) if type(employer_scale) is EmployerScale else None
    if scale is None:
        scale = EmployerScale.parse(employer_scale)
    if labour_intensive_relief is not False or industry is not None or active_participants is not None:
        # every argument is checked whether or not it is used (issue 11: "no" was truthy)
        labour_intensive_relief = validate.flag(labour_intensive_relief, "labour_intensive_relief")
        if active_participants is not None:
            active_participants = validate.count(active_participants, "active_participants")
        if industry is not None:
            _check_industry(p, t.on, industry)
    if (
        programs is None
        and birth_date is None
        and labour_intensive_relief is False
        and jkp_member is None
        and covid_relief_eligible is None
    ):
        row, enrolled, in_jkp = t.default(rc.value, scale)
        covid = t.covid_in_force
        return PuContext._make((p, t, row, rc, scale, enrolled, in_jkp, False, covid, covid, None))
    enrolled, in_jkp, labour = _enrolment(
        p,
        t,
        scale,
        rc,
        programs,
        birth_date,
        bool(labour_intensive_relief),
        industry,
        active_participants,
        jkp_member,
        notes,
    )
    covid_applied = t.covid_in_force
    if covid_applied or covid_relief_eligible is not None:
        covid_applied, covid_note = covid_factor(
            t.uses["relief.covid.jkk_jkm_discount"],  # type: ignore[arg-type]
            covid_relief_eligible,
            p,
            t.month,
        )
        if covid_note:
            notes.append(covid_note)
    row = t.row(rc.value, kernel.programs_mask(enrolled), in_jkp, labour=labour, relief=covid_applied)
    return PuContext._make(
        (p, t, row, rc, scale, enrolled, in_jkp, labour, covid_applied, False, covid_relief_eligible)
    )


def _build(ctx: _Context, a: tuple[int, ...], w: int, q: int, notes: Sequence[str]) -> dict[str, object]:
    """Everything of a wage-earner result but the totals, from the kernel's amounts (first read)."""
    row, enrolled, in_jkp = ctx.row, ctx.enrolled, ctx.in_jkp
    shares: dict[Program, Share] = {}
    deferred: dict[Program, Share] = {}
    allocations: list[Allocation] = []
    if Program.JKK in enrolled:
        shares[Program.JKK] = Share(employer=_rp(a[0]))
    if Program.JKM in enrolled:
        shares[Program.JKM] = Share(employer=_rp(a[1]))
    if Program.JHT in enrolled:
        shares[Program.JHT] = Share(employer=_rp(a[2]), worker=_rp(a[3]))
    if Program.JP in enrolled:
        shares[Program.JP] = Share(employer=_rp(a[4]), worker=_rp(a[5]))
        if row.jp_keep != row.den:  # PP 49/2020 Pasal 17: part of JP deferred
            deferred[Program.JP] = Share(employer=_rp(a[6]), worker=_rp(a[7]))
    if in_jkp:
        shares[Program.JKP] = Share(government=_rp(a[8]))
        if row.r_jkk and a[9]:
            allocations.append(Allocation("jkp", Program.JKK, _rp(a[9])))
        if row.r_jkm and a[10]:
            allocations.append(Allocation("jkp", Program.JKM, _rp(a[10])))
    f = PuFacts(ctx, a, w, q, notes)
    return {
        "shares": shares,
        "allocations": tuple(allocations),
        "deferred": deferred,
        "notes": f.all_notes(),
        "explainer": f.explanation,
    }


def _rp(n: int) -> Rupiah:
    return Rupiah.unchecked(Decimal(n))


def _enrolment(
    p: ParameterSet,
    t: PuTable,
    scale: EmployerScale,
    rc: RiskClass,
    programs: Iterable[Program | str] | None,
    birth_date: dt.date | None,
    labour_intensive_relief: bool,
    industry: str | None,
    active_participants: int | None,
    jkp_member: bool | None,
    notes: list[str],
) -> tuple[frozenset[Program], bool, bool]:
    """Programmes, JKP membership and the labour relief when the caller says more than the scale."""
    m = t.month
    mandatory = t.mandatory[scale]
    if programs is None:
        enrolled = mandatory
    else:
        if isinstance(programs, str | Program):
            programs = (programs,)
        if not isinstance(programs, Iterable):
            raise UnknownValueError(
                N_("programs must be a list of programs (jkk, jkm, jht, jp), got {kind}"),
                kind=type_name(programs),
            )
        enrolled = frozenset(Program.parse(x) for x in programs) - {Program.JKP}
    missing = mandatory - enrolled
    if missing:
        names = ", ".join(sorted(x.code.upper() for x in missing))
        dv = t.uses[f"membership.mandatory_programs.{scale.value}"]
        assert dv is not None
        notes.append(
            Note.of(
                "pu.not_enrolled",
                N_(
                    "not enrolled in mandatory program(s) {names} for a {scale} employer "
                    "({cite}); they are left out of this result"
                ),
                names=names,
                scale=scale.value,
                cite=dv.cite(),
            )
        )

    # JP stops at pension age (PP 45/2015 Pasal 15): the month of jp.pension_date, cached
    # per birth date by the kernel.
    if birth_date is not None and Program.JP in enrolled:
        birth = validate.date(birth_date, "birth_date", kind=validate.DateKind.BIRTH)
        if birth > t.on:
            raise InvalidDateError(N_("birth_date {birth} is after contribution month {m}"), birth=birth, m=m)
        pension_month = Month.from_index(kernel.pension_month(p, birth))
        if m >= pension_month:
            enrolled = enrolled - {Program.JP}
            notes.append(
                Note.of(
                    "pu.no_jp_after_pension_age",
                    N_(
                        "no JP: the worker reached JP pension age in {month} "
                        "(PP 45/2015 Pasal 15); JP membership ends at pension age"
                    ),
                    month=pension_month,
                )
            )

    # PP 7/2025 labour-intensive JKK discount.
    labour = False
    if labour_intensive_relief:
        labour = _labour_relief(p, t, industry, active_participants, notes)

    # JKP (PP 37/2021 Pasal 4 and 11, as amended by PP 6/2025).
    in_jkp = False
    if t.jkp_required is not None:
        required = t.jkp_required[scale]
        qualifies = required <= enrolled
        if jkp_member is None:
            in_jkp = qualifies
        else:
            in_jkp = boolean_arg(jkp_member, "jkp_member")
            if in_jkp and not qualifies:
                names = ", ".join(sorted(x.code.upper() for x in required - enrolled))
                dv = t.uses[f"membership.jkp_required_programs.{scale.value}"]
                assert dv is not None
                raise InvalidInputError(
                    N_(
                        "jkp_member=True but the worker is not in {names}, which JKP requires "
                        "for a {scale} employer ({basis})"
                    ),
                    names=names,
                    scale=scale.value,
                    basis=dv.cite(),
                )
    elif jkp_member:
        raise NotCoveredError(
            N_(
                "JKP does not exist in contribution month {m}: it starts with PP 37/2021 (in "
                "force 2021-02-02)"
            ),
            m=m,
        )
    return enrolled, in_jkp, labour


def _check_industry(p: ParameterSet, on: dt.date, industry: object) -> None:
    """An ``industry`` given is checked even when the discount is not asked for (issue 11)."""
    if not isinstance(industry, str):
        raise UnknownValueError(
            N_("industry must be an industry code (text), got {industry}"), industry=validate.shown(industry)
        )
    key = industry.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        listed = p.value("relief.labour_intensive.industries", on)
    except NotCoveredError:
        known = None  # the list is not in force this month; only the form is checked
    else:
        known = listed.value
    if (known is not None and key not in known) or not re.fullmatch(r"[a-z][a-z_]*", key):
        accepted = ", ".join(known) if known is not None else "a code such as textile_apparel"
        raise UnknownValueError(
            N_("unknown industry {industry}; accepted: {accepted}"),
            industry=validate.shown(industry),
            accepted=accepted,
        )


def _labour_relief(
    p: ParameterSet,
    t: PuTable,
    industry: str | None,
    active_participants: int | None,
    notes: list[str],
) -> bool:
    """Whether the PP 7/2025 discount applies (PP 7/2025 Pasal 3, 4, 10; PP 36/2025)."""
    if industry is None or active_participants is None:
        raise InvalidInputError(
            N_(
                "labour_intensive_relief=True needs industry= (one of food_beverage_tobacco, "
                "textile_apparel, leather, footwear, toys, furniture) and "
                "active_participants= (workers registered as active participants); PP 7/2025 "
                "Pasal 3"
            )
        )
    if isinstance(active_participants, bool) or not isinstance(active_participants, int):
        raise MoneyTypeError(
            N_("active_participants must be a whole number, got {active_participants!r}"),
            active_participants=active_participants,
        )
    if active_participants < 0:
        raise InvalidInputError(N_("active_participants cannot be negative"))
    if not t.labour_in_force:
        notes.append(
            Note(
                "pu.labour_intensive_not_in_force",
                "the labour-intensive JKK discount is not in force for this contribution month "
                "(PP 7/2025 Pasal 10 and PP 36/2025 Pasal 10A: February 2025 to January 2026)",
            )
        )
        return False
    on = t.on
    industries = p.value("relief.labour_intensive.industries", on)
    key = industry.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in industries.value:
        raise UnknownValueError(
            N_("unknown industry {industry!r}; the industries of {basis} are: {industries}"),
            field="industry",
            industry=industry,
            basis=industries.cite(),
            industries=", ".join(industries.value),
        )
    minimum = p.value("relief.labour_intensive.min_active_participants", on)
    if active_participants < minimum.value:
        notes.append(
            Note(
                "pu.labour_intensive_too_few_participants",
                f"no labour-intensive JKK discount: {active_participants} active participants, "
                f"fewer than the {minimum.value} required ({minimum.cite()})",
            )
        )
        return False
    notes.append(
        Note(
            "pu.labour_intensive_applied",
            "labour-intensive JKK discount applied; the employer must also have paid JKK up to "
            "the January 2025 contribution month (PP 7/2025 Pasal 6 ayat (2)), which the "
            "caller is taken to have checked",
        )
    )
    return True


# ---------------------------------------------------------------------------------------
# wage basis helpers (PP 44/2015 Pasal 19; PP 46/2015 Pasal 17)
# ---------------------------------------------------------------------------------------
@current_law_option
def daily_wage_basis(
    daily_wage: Money,
    month: Month | str,
    *,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Rupiah:
    """Monthly wage of a daily-paid worker: the daily wage × 25 (PP 44/2015 Pasal 19 ayat (3)).

    >>> str(daily_wage_basis(150_000, Month(2025, 1)))
    'Rp3.750.000'
    """
    amount = positive_amount(daily_wage, "daily_wage")
    m = contribution_month(month)
    factor = resolve(params).integer("wage_basis.daily_multiplier", m.last_day)
    return amount * factor


@current_law_option
def piece_rate_basis(
    last_wages: Sequence[Money],
    month: Month | str,
    *,
    weather_dependent: bool = False,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Rupiah:
    """Monthly wage of a piece-rate (borongan) worker: the average of the last months.

    The last 3 months (PP 44/2015 Pasal 19 ayat (4)), or 12 for work that depends on the
    weather (ayat (5)). Give at least that many wages, most recent last; only the last 3
    (or 12) are used. The average is rounded half up to whole rupiah (wages are reported
    in whole rupiah; administrative convention).

    >>> str(piece_rate_basis([3_000_000, 3_500_000, 4_000_001], Month(2025, 1)))
    'Rp3.500.000'
    """
    m = contribution_month(month)
    weather_dependent = validate.flag(weather_dependent, "weather_dependent")
    name = "wage_basis.weather_piece_rate_months" if weather_dependent else "wage_basis.piece_rate_months"
    n = resolve(params).integer(name, m.last_day)
    if isinstance(last_wages, str | bytes) or not isinstance(last_wages, Sequence):
        raise InvalidInputError(N_("last_wages must be a sequence of monthly wages, oldest first"))
    if len(last_wages) < n:
        raise InvalidInputError(
            N_("a piece-rate wage basis needs the last {n} monthly wages, got {n2}"), n=n, n2=len(last_wages)
        )
    wages = [Rupiah.of(w, "wage") for w in last_wages[-n:]]
    if any(w < 0 for w in wages):
        raise InvalidInputError(N_("wages cannot be negative"))
    avg = CONTEXT.divide(sum((w.amount for w in wages), ZERO), Decimal(n))
    result = Rupiah.unchecked(whole(avg, ROUNDING))
    if result <= 0:
        raise InvalidInputError(N_("the average wage is Rp0; nothing to contribute on"))
    return result
