"""JKK (Jaminan Kecelakaan Kerja): benefits after a work accident or occupational disease.

*Jaminan Kecelakaan Kerja* is the work-accident insurance of PP 44/2015. A *kecelakaan
kerja* is an accident in the employment relationship, including on the way from home to
work and back, and a *penyakit akibat kerja* (PAK) a disease caused by the work or its
environment (Pasal 1 angka 6, Penjelasan Pasal 25). The benefits (Pasal 25 ayat (2)):

* *pelayanan kesehatan*: medical care as medically needed, with no cost cap;
* cash benefits (*santunan berupa uang*): capped transport costs; *santunan sementara
  tidak mampu bekerja* (STMB, temporary incapacity: a share of the wage per month);
  disability benefits for *cacat sebagian anatomis* (loss of part of a body member, a
  percentage from the Lampiran III table), *cacat sebagian fungsi* (loss of function:
  % of function lost x table %) and *cacat total tetap* (CTT, total permanent disability);
  *santunan kematian* (death) and *biaya pemakaman* (funeral); *santunan berkala*
  (periodic benefit, paid at once on death or CTT); prostheses and orthoses; dentures,
  hearing aids and glasses; and the children's scholarship (:mod:`jamsos.scholarship`).

The wage is the last monthly wage at the accident (basic wage + fixed allowances, Pasal
32 ayat (1)); for BPU it is the declared income. No cap applies to the JKK wage.

Which date selects the law: the date of the accident (or of the diagnosis of an
occupational disease): PP 44/2015 from 2015-07-01, PP 82/2019 from 2019-12-02.

Rounding: each cash amount is computed exactly and rounded once, half up, to whole rupiah
(BPJS pays whole rupiah; an administrative convention, not set by the regulation).

Several disabilities at once: Lampiran III is not available, and the body text is silent.
jamsos adds the percentages of every injury and caps the partial-disability benefit at the
total-permanent-disability benefit (70% x 80 = 56 months of wage), the rule of the
Jamsostek-era table; the cap also applies to a single percentage above 70%.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Final, cast, final

import attrs

from jamsos._arrears import ArrearsWording, arrears_decision
from jamsos.domain import Program, Segment
from jamsos.errors import InvalidDateError, InvalidInputError, NotCoveredError, UnknownValueError
from jamsos.explain import Explanation, ParamUse, Tracer
from jamsos.money import Rate, Rounding, Rupiah, to_decimal
from jamsos.parameters import ParameterSet, resolve
from jamsos.periods import Month, as_date
from jamsos.results import Award, Component, Decision, Payment, Reason
from jamsos.scholarship import entitlement, event_date, shift_months

__all__ = [
    "DisabilityKind",
    "Injury",
    "Side",
    "accident_coverage",
    "arrears",
    "body_parts",
    "claim_lapse",
    "death_benefit",
    "disability_benefit",
    "occupational_disease",
    "reimbursements",
    "temporary_incapacity_benefit",
]

_HUNDRED: Final = Decimal(100)
_ROUND: Final = Rounding.HALF_UP
_MAX_DAYS: Final = 36_600  # input sanity bound (100 years), not a legal number
_MAX_AMOUNT: Final = Rupiah(10**15)  # input sanity bound, keeps exact arithmetic in range


class DisabilityKind(enum.Enum):
    """Kind of disability (*cacat*) after a work accident."""

    TOTAL = "total"  # cacat total tetap
    ANATOMICAL = "anatomis"  # cacat sebagian anatomis
    FUNCTIONAL = "fungsi"  # cacat sebagian fungsi

    @classmethod
    def parse(cls, value: object) -> DisabilityKind:
        """Accept the member, ``"total"``, ``"anatomis"``/``"anatomical"``, ``"fungsi"``/``"functional"``.

        >>> DisabilityKind.parse("anatomical")
        <DisabilityKind.ANATOMICAL: 'anatomis'>
        """
        if isinstance(value, DisabilityKind):
            return value
        if isinstance(value, str):
            key = value.strip().lower()
            for member in cls:
                if key in (member.value, member.name.lower()):
                    return member
            if key in ("total_tetap", "ctt"):
                return cls.TOTAL
        raise UnknownValueError(
            f"unknown disability kind {value!r}; accepted: total (CTT), anatomis (anatomical), "
            "fungsi (functional)"
        )


class Side(enum.Enum):
    """Side of the body, where the table distinguishes right and left."""

    RIGHT = "right"
    LEFT = "left"

    @classmethod
    def parse(cls, value: object) -> Side:
        """Accept ``"right"``/``"kanan"`` and ``"left"``/``"kiri"``.

        >>> Side.parse("kiri")
        <Side.LEFT: 'left'>
        """
        if isinstance(value, Side):
            return value
        if isinstance(value, str):
            key = value.strip().lower()
            if key in ("right", "kanan", "r"):
                return cls.RIGHT
            if key in ("left", "kiri", "l"):
                return cls.LEFT
        raise UnknownValueError(f"unknown side {value!r}; accepted: right (kanan), left (kiri)")

    def swapped(self) -> Side:
        """The other side (a left-handed worker's table sides are swapped)."""
        return Side.LEFT if self is Side.RIGHT else Side.RIGHT


def _percent(value: object, what: str) -> Decimal:
    d = value.as_percent if isinstance(value, Rate) else to_decimal(value, what)
    if not Decimal(0) <= d <= _HUNDRED:
        raise InvalidInputError(f"{what} must be a percentage within 0..100, got {value!r}")
    return d


def _opt_percent(value: object) -> Decimal | None:
    return None if value is None else _percent(value, "percent")


def _opt_function_lost(value: object) -> Decimal | None:
    return None if value is None else _percent(value, "function_lost")


def _opt_side(value: object) -> Side | None:
    return None if value is None else Side.parse(value)


def _opt_part(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"body_part must be a name from the disability table, got {value!r}")
    return value.strip().lower().replace(" ", "_").replace("-", "_")


@final
@attrs.frozen
class Injury:
    """One partial disability: a table row (``body_part``, ``side``) or a ``percent``.

    ``percent`` overrides the table (the doctor's assessment). ``function_lost`` is the
    percentage of the member's function lost (*cacat sebagian fungsi*).

    >>> Injury("arm_from_shoulder", side="kanan").side
    <Side.RIGHT: 'right'>
    """

    body_part: str | None = attrs.field(default=None, converter=_opt_part)
    side: Side | None = attrs.field(default=None, converter=_opt_side)
    percent: Decimal | None = attrs.field(default=None, converter=_opt_percent)
    function_lost: Decimal | None = attrs.field(
        default=None,
        converter=_opt_function_lost,
    )

    def __attrs_post_init__(self) -> None:
        if self.body_part is None and self.percent is None:
            raise InvalidInputError("an injury needs a body_part from the table or a percent")


def _cites(uses: Iterable[ParamUse]) -> tuple[str, ...]:
    """Distinct citations, in order of first use."""
    return tuple(dict.fromkeys(u.cite for u in uses))


def _wage(value: object) -> Rupiah:
    if value is None:
        raise InvalidInputError("wage is required: the last monthly wage (BPU: the declared income)")
    w = Rupiah.of(value, "wage")
    if not Rupiah(0) < w < _MAX_AMOUNT:
        shown = str(w) if w < _MAX_AMOUNT else "an amount too large"
        raise InvalidInputError(f"wage must be more than Rp0 and below {_MAX_AMOUNT}, got {shown}")
    return w


def _segment(value: object) -> Segment:
    seg = Segment.parse(value)  # type: ignore[arg-type]
    if seg is Segment.MIGRANT_WORKER:
        raise NotCoveredError(
            "JKK benefits of migrant workers (PMI) follow Permenaker 4/2023, whose amounts and phases are "
            "not in jamsos's law data yet; wage earners, BPU and construction workers are covered"
        )
    return seg


def _segment_note(seg: Segment) -> str | None:
    if seg is Segment.NON_WAGE_EARNER:
        return "BPU: the wage is the declared monthly income"
    if seg is Segment.CONSTRUCTION:
        return "construction worker: the wage is the worker's wage (daily wage x 25, PP 44/2015 Pasal 19)"
    return None


def _rows(t: Tracer, on: dt.date) -> tuple[Mapping[str, str], ...]:
    rows = cast("tuple[Mapping[str, str], ...]", t.value("jkk.disability.table", on))
    return tuple(rows)


def body_parts(on: dt.date, *, params: ParameterSet | None = None) -> tuple[Mapping[str, str], ...]:
    """The disability table in force on ``on``: rows with ``part``, ``label``, and
    ``percent`` or ``right``/``left``, and ``confidence``.

    >>> [r["part"] for r in body_parts(dt.date(2025, 1, 1))][:3]
    ['both_eyes', 'one_eye', 'hearing_both_ears']
    """
    return _rows(Tracer(resolve(params)), as_date(on, "on"))


def _table_percent(
    rows: tuple[Mapping[str, str], ...], part: str, side: Side | None, left_handed: bool
) -> tuple[Decimal, Mapping[str, str]]:
    for row in rows:
        if row["part"] == part:
            if "percent" in row:
                return Decimal(row["percent"]), row
            if side is None:
                raise InvalidInputError(f"body part {part!r} needs side='right' or 'left' (kanan/kiri)")
            use = side.swapped() if left_handed else side
            return Decimal(row[use.value]), row
    known = ", ".join(r["part"] for r in rows)
    raise UnknownValueError(f"unknown body part {part!r}; the table has: {known}")


def _scholarship(children: object, day: dt.date, p: ParameterSet) -> Award:
    return entitlement(children, on=day, program=Program.JKK, params=p)


def _award(
    kind: str,
    components: list[Component],
    day: dt.date,
    extra: Award | None,
    notes: list[str],
    details: dict[str, object],
    explain_steps: list[Explanation],
    title: tuple[str, str],
    inputs: tuple[tuple[str, object], ...],
) -> Award:
    cash = sum((c.amount for c in components), Rupiah.zero())
    by_date: dict[dt.date | Month, Rupiah] = {day: cash}
    if extra is not None:
        for c in extra.components:
            components.append(c)
        for when, amount in extra.payments:
            by_date[when] = by_date.get(when, Rupiah.zero()) + amount
        notes.extend(extra.notes)
    comps = tuple(components)
    total = sum((c.amount for c in comps), Rupiah.zero())
    payments: tuple[Payment, ...] = tuple(sorted(by_date.items(), key=_when))
    notes.append(
        "paid within 7 working days of a complete claim (PP 44/2015 Pasal 37 ayat (2)); payments are dated "
        "on the event date"
    )

    def explain() -> Explanation:
        steps = list(explain_steps)
        if extra is not None:
            steps.append(extra.explain())
        return Explanation(title[0], title[1], value=total, inputs=inputs, children=tuple(steps))

    return Award(
        kind=kind,
        components=comps,
        payments=payments,
        notes=tuple(notes),
        details=MappingProxyType(details),
        explainer=explain,
    )


def _when(item: tuple[dt.date | Month, Rupiah]) -> dt.date:
    when = item[0]
    return when if isinstance(when, dt.date) else when.first_day


def death_benefit(
    *,
    wage: object,
    on: dt.date,
    children: object = None,
    segment: Segment | str = Segment.WAGE_EARNER,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
) -> Award:
    """Benefits for a death from a work accident or occupational disease on ``on``.

    Which date selects the law: ``on``, the date of the accident (the death follows it).
    Components: the death benefit (48 months of wage, at least the minimum in force), the
    periodic benefit paid at once, the funeral cost, and the children's scholarship: under
    PP 44/2015 one amount (unless ``children=[]``); under PP 82/2019 yearly by the levels
    in ``children`` (omitted when ``children`` is not given). ``wage`` is the last monthly
    wage (BPU: the declared income).

    PP 44/2015, wage Rp4.000.000 (48 x 4 jt + 4,8 jt + 3 jt + 12 jt):

    >>> str(death_benefit(wage=4_000_000, on=dt.date(2019, 11, 4)).total)
    'Rp211.800.000'

    PP 82/2019, BPU declaring Rp1.000.000 (48 jt + 12 jt + 10 jt):

    >>> str(death_benefit(wage=1_000_000, on=dt.date(2023, 4, 1), segment="BPU").total)
    'Rp70.000.000'
    """
    day = event_date(on, "on", as_of)
    w = _wage(wage)
    seg = _segment(segment)
    p = resolve(params)
    t = Tracer(p)
    months = t.decimal("jkk.death.wage_months", day)
    minimum = t.rupiah("jkk.death.minimum", day)
    raw = w * months
    floor_applies = raw < minimum
    amount = (minimum if floor_applies else raw).rounded(_ROUND)
    death_uses = t.take()
    periodic = t.dated("jkk.periodic", day)
    funeral = t.dated("jkk.funeral", day)
    other_uses = t.take()
    cites = _cites(death_uses)
    components = [
        Component(
            "death benefit",
            amount,
            cites,
            note=f"minimum applied ({months} x wage = {raw.rounded(_ROUND)})"
            if floor_applies
            else f"{months} x monthly wage",
        ),
        Component(
            "periodic benefit", periodic.value, (periodic.cite(),), note="santunan berkala, paid at once"
        ),
        Component("funeral", funeral.value, (funeral.cite(),), note="biaya pemakaman"),
    ]
    notes = [n for n in (_segment_note(seg),) if n]
    scholarship = _scholarship(children, day, p)
    steps = [
        Explanation(
            "Death benefit: months of wage, at least the minimum",
            "Santunan kematian: kelipatan upah, paling sedikit minimum",
            value=amount,
            inputs=(("wage", w), ("months x wage", raw), ("minimum applied", floor_applies)),
            parameters=death_uses,
        ),
        Explanation(
            "Periodic benefit and funeral cost",
            "Santunan berkala dan biaya pemakaman",
            value=periodic.value + funeral.value,
            parameters=other_uses,
        ),
    ]
    return _award(
        "jkk.death",
        components,
        day,
        scholarship,
        notes,
        {
            "on": day,
            "law_since": periodic.since,
            "segment": seg.code,
            "wage": w,
            "minimum_applied": floor_applies,
        },
        steps,
        ("JKK death benefit", "Manfaat JKK: meninggal dunia akibat kecelakaan kerja"),
        (("wage", w), ("accident date", day), ("segment", seg.code)),
    )


def _injuries(
    kind: DisabilityKind,
    percent: object,
    body_part: object,
    side: object,
    function_lost: object,
    injuries: object,
) -> tuple[tuple[Injury, ...], bool]:
    """The injuries to assess, and whether a bare ``percent`` is the final percentage."""
    if injuries is not None:
        if any(x is not None for x in (percent, body_part, side, function_lost)):
            raise InvalidInputError(
                "give either injuries=[...] or percent/body_part/side/function_lost, not both"
            )
        if isinstance(injuries, Injury):
            items: tuple[Injury, ...] = (injuries,)
        elif isinstance(injuries, Iterable) and not isinstance(injuries, str | bytes | Mapping):
            items = tuple(injuries)
        else:
            raise InvalidInputError(f"injuries must be a list of jamsos.jkk.Injury, got {injuries!r}")
        if not items or not all(isinstance(i, Injury) for i in items):
            raise InvalidInputError("injuries must be a non-empty list of jamsos.jkk.Injury values")
        return items, False
    if body_part is None and percent is None:
        raise InvalidInputError(
            f"a {kind.value} disability needs percent= (the disability percentage) or body_part= "
            "(a row of the disability table, see jamsos.jkk.body_parts)"
        )
    if kind is DisabilityKind.ANATOMICAL and function_lost is not None:
        raise InvalidInputError("function_lost applies to a functional disability (kind='fungsi')")
    injury = Injury(body_part, side, percent, function_lost)
    final = kind is DisabilityKind.FUNCTIONAL and injury.body_part is None and injury.function_lost is None
    if kind is DisabilityKind.FUNCTIONAL and injury.body_part is not None and injury.function_lost is None:
        raise InvalidInputError(
            "a functional disability of a body part needs function_lost= (the % of its function lost)"
        )
    return (injury,), final


def disability_benefit(
    *,
    wage: object,
    on: dt.date,
    kind: DisabilityKind | str,
    percent: object = None,
    body_part: str | None = None,
    side: Side | str | None = None,
    function_lost: object = None,
    injuries: Iterable[Injury] | None = None,
    left_handed: bool = False,
    children: object = None,
    segment: Segment | str = Segment.WAGE_EARNER,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
) -> Award:
    """Disability benefits after a work accident on ``on``.

    Which date selects the law: ``on``, the date of the accident (or diagnosis).

    * ``TOTAL`` (*cacat total tetap*): 56 months of wage, the periodic benefit paid at once
      and the children's scholarship (as for :func:`death_benefit`).
    * ``ANATOMICAL``: table % x 80 months of wage. The % comes from ``body_part`` (and
      ``side`` where the table distinguishes; ``left_handed`` swaps sides) or from
      ``percent`` (which overrides the table).
    * ``FUNCTIONAL``: ``function_lost`` % x table % x 80 months of wage. With ``percent``
      alone (no body part, no ``function_lost``) the percent is taken as the final
      percentage already combined by the doctor.

    Several injuries: ``injuries=[Injury(...), ...]``; their percentages are added and the
    benefit is capped at the total-disability amount (see the module docstring).

    Anatomical: right arm from the shoulder (40%), wage Rp5.000.000 (0.40 x 80 x 5 jt):

    >>> a = disability_benefit(wage=5_000_000, on=dt.date(2025, 5, 10), kind="anatomis",
    ...                        body_part="arm_from_shoulder", side="right")
    >>> str(a.total)
    'Rp160.000.000'

    Functional: half of that arm's function lost:

    >>> str(disability_benefit(wage=5_000_000, on=dt.date(2025, 5, 10), kind="fungsi",
    ...                        body_part="arm_from_shoulder", side="right", function_lost=50).total)
    'Rp80.000.000'

    Total permanent disability (56 x 5 jt + 12 jt periodic):

    >>> str(disability_benefit(wage=5_000_000, on=dt.date(2025, 5, 10), kind="total").total)
    'Rp292.000.000'
    """
    day = event_date(on, "on", as_of)
    k = DisabilityKind.parse(kind)
    w = _wage(wage)
    seg = _segment(segment)
    if not isinstance(left_handed, bool):
        raise InvalidInputError(f"left_handed must be True or False, got {left_handed!r}")
    p = resolve(params)
    t = Tracer(p)
    notes = [n for n in (_segment_note(seg),) if n]
    total_months = t.decimal("jkk.disability.total_wage_months", day)
    if k is DisabilityKind.TOTAL:
        if any(x is not None for x in (percent, body_part, side, function_lost, injuries)):
            raise InvalidInputError("a total disability takes no percent, body part or injuries")
        amount = (w * total_months).rounded(_ROUND)
        uses = t.take()
        periodic = t.dated("jkk.periodic", day)
        periodic_uses = t.take()
        components = [
            Component(
                "total disability benefit",
                amount,
                _cites(uses),
                note=f"{total_months} x monthly wage (cacat total tetap)",
            ),
            Component(
                "periodic benefit", periodic.value, (periodic.cite(),), note="santunan berkala, paid at once"
            ),
        ]
        steps = [
            Explanation(
                "Total permanent disability: months of wage",
                "Cacat total tetap: kelipatan upah",
                value=amount,
                inputs=(("wage", w),),
                parameters=uses,
            ),
            Explanation(
                "Periodic benefit", "Santunan berkala", value=periodic.value, parameters=periodic_uses
            ),
        ]
        return _award(
            "jkk.disability.total",
            components,
            day,
            _scholarship(children, day, p),
            notes,
            {"on": day, "law_since": periodic.since, "kind": k.value, "segment": seg.code, "wage": w},
            steps,
            ("JKK total permanent disability", "Manfaat JKK: cacat total tetap"),
            (("wage", w), ("accident date", day), ("kind", k.value)),
        )
    if children is not None:
        raise InvalidInputError("the scholarship is paid on death or total disability only; drop children=")
    items, final = _injuries(k, percent, body_part, side, function_lost, injuries)
    partial_months = t.decimal("jkk.disability.partial_wage_months", day)
    need_table = any(i.body_part is not None and i.percent is None for i in items)
    rows = _rows(t, day) if need_table else ()
    uses = t.take()
    used_rows: list[str] = []
    lines: list[tuple[str, object]] = []
    summed = Decimal(0)
    unverified = False
    for n, injury in enumerate(items, start=1):
        if injury.percent is not None:
            base = injury.percent
            source = "percent given"
            if injury.body_part is not None:
                notes.append(f"injury {n}: the given percent overrides the table row {injury.body_part!r}")
        else:
            assert injury.body_part is not None  # guaranteed by Injury
            base, row = _table_percent(rows, injury.body_part, injury.side, left_handed)
            source = f"table: {row['label']}" + (
                f" ({injury.side.value})" if "percent" not in row and injury.side else ""
            )
            unverified = unverified or row.get("confidence") == "unverified"
            side_txt = f"/{injury.side.value}" if "percent" not in row and injury.side else ""
            used_rows.append(
                f"{row['part']}{side_txt} {format(base.normalize(), 'f')}% ({row['confidence']})"
            )
        pct = base if injury.function_lost is None else base * injury.function_lost / _HUNDRED
        lines.append((f"injury {n}: {source}", f"{format(pct.normalize(), 'f')}%"))
        summed += pct
    if final:
        notes.append("percent taken as the final functional-disability percentage (no function_lost given)")
    if unverified:
        notes.append(
            "a disability-table row used is unverified (Lampiran III not read); check the percentage"
        )
    raw = w * (partial_months * summed / _HUNDRED)
    cap = w * total_months
    capped = raw > cap
    amount = (cap if capped else raw).rounded(_ROUND)
    if capped:
        notes.append("capped at the total-permanent-disability benefit")
    name = (
        "anatomical disability benefit" if k is DisabilityKind.ANATOMICAL else "functional disability benefit"
    )
    # Show only the table rows used, not the whole table, in the explanation.
    all_uses: tuple[ParamUse, ...] = tuple(
        attrs.evolve(u, value=tuple(used_rows)) if u.name == "jkk.disability.table" else u for u in uses
    )
    components = [
        Component(
            name,
            amount,
            _cites(all_uses),
            note=f"{format(summed.normalize(), 'f')}% x {partial_months} x monthly wage"
            + (" (capped)" if capped else ""),
        )
    ]
    steps = [
        Explanation(
            "Partial disability: % x months of wage, capped at total disability",
            "Cacat sebagian: % x kelipatan upah, paling banyak cacat total tetap",
            value=amount,
            inputs=(("wage", w), *lines, ("percentage", summed), ("capped", capped)),
            parameters=all_uses,
        )
    ]
    return _award(
        f"jkk.disability.{k.name.lower()}",
        components,
        day,
        None,
        notes,
        {
            "on": day,
            "kind": k.value,
            "segment": seg.code,
            "wage": w,
            "percent": format(summed.normalize(), "f"),
            "capped": capped,
        },
        steps,
        (f"JKK {k.name.lower()} disability", f"Manfaat JKK: cacat sebagian {k.value}"),
        (("wage", w), ("accident date", day), ("kind", k.value)),
    )


def temporary_incapacity_benefit(
    *,
    wage: object,
    first_day: dt.date,
    days: int,
    segment: Segment | str = Segment.WAGE_EARNER,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
) -> Award:
    """STMB (*santunan sementara tidak mampu bekerja*): wage replacement while unable to work.

    Which date selects the law: ``first_day``, the first day of incapacity (the accident
    date). The steps in force then apply to the whole spell: PP 82/2019, 100% of the wage
    for months 1-12 then 50% until recovery, disability or death; PP 44/2015, 100% for
    months 1-6, 75% for 7-12 (unconfirmed) then 50%.

    Months of incapacity are calendar months counted from ``first_day`` (the k-th month
    runs from ``first_day`` + k-1 months). A full month pays the monthly amount; a part
    month pays it in proportion to the days covered over the days of that month. One
    payment per month, dated on the last day it covers. For wage earners the employer
    pays first and BPJS reimburses (Pasal 30 ayat (2), 51).

    >>> a = temporary_incapacity_benefit(wage=5_000_000, first_day=dt.date(2024, 1, 1), days=366 + 31)
    >>> len(a.payments), str(a.payments[11][1]), str(a.payments[12][1])
    (13, 'Rp5.000.000', 'Rp2.500.000')
    """
    day = event_date(first_day, "first_day", as_of)
    w = _wage(wage)
    seg = _segment(segment)
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= _MAX_DAYS:
        raise InvalidInputError(f"days must be a whole number of days from 1 to {_MAX_DAYS}, got {days!r}")
    p = resolve(params)
    t = Tracer(p)
    raw_steps = t.value("jkk.stmb.steps", day)
    uses = t.take()
    steps: list[tuple[int | None, Decimal]] = []
    for row in raw_steps:  # type: ignore[attr-defined]
        steps.append((row.get("months"), Decimal(row["percent"])))
    try:
        last = day + dt.timedelta(days=days - 1)
    except OverflowError:
        raise InvalidDateError(f"{days} days from {day.isoformat()} run past the calendar") from None
    payments: list[Payment] = []
    lines: list[tuple[str, object]] = []
    k = 0
    while True:
        start = shift_months(day, k)
        if start > last:
            break
        end = shift_months(day, k + 1)  # exclusive
        pct = _step_percent(steps, k + 1)
        covered_to = min(end - dt.timedelta(days=1), last)
        covered = (covered_to - start).days + 1
        length = (end - start).days
        amount = (w * (pct / _HUNDRED * Decimal(covered) / Decimal(length))).rounded(_ROUND)
        payments.append((covered_to, amount))
        lines.append((f"month {k + 1}: {covered}/{length} days at {format(pct.normalize(), 'f')}%", amount))
        k += 1
    total = sum((a for _, a in payments), Rupiah.zero())
    cite = _cites(uses)
    components = (
        Component(
            "temporary incapacity (STMB)",
            total,
            cite,
            note=f"{days} days from {day.isoformat()}, {len(payments)} monthly payments",
        ),
    )
    notes = [n for n in (_segment_note(seg),) if n]
    notes.append("each monthly payment is rounded half up to whole rupiah (administrative convention)")

    def explain() -> Explanation:
        return Explanation(
            "JKK temporary incapacity (STMB)",
            "Santunan sementara tidak mampu bekerja (STMB)",
            value=total,
            inputs=(("wage", w), ("first day", day), ("days", days), *lines),
            parameters=uses,
        )

    return Award(
        kind="jkk.stmb",
        components=components,
        payments=tuple(payments),
        notes=tuple(notes),
        details=MappingProxyType(
            {"first_day": day, "last_day": last, "days": days, "segment": seg.code, "wage": w}
        ),
        explainer=explain,
    )


def _step_percent(steps: list[tuple[int | None, Decimal]], month: int) -> Decimal:
    reached = 0
    for months, pct in steps:
        if months is None:
            return pct
        reached += int(months)
        if month <= reached:
            return pct
    return steps[-1][1]


_ITEMS: Final = (
    ("land", "jkk.transport.land", "transport by land, river or lake"),
    ("sea", "jkk.transport.sea", "transport by sea"),
    ("air", "jkk.transport.air", "transport by air"),
    ("home_care", "jkk.home_care", "home care"),
    ("dentures", "jkk.dentures", "dentures"),
    ("hearing_aid", "jkk.hearing_aid", "hearing aid"),
    ("glasses", "jkk.glasses", "glasses"),
)


def reimbursements(
    *,
    on: dt.date,
    medical: object = None,
    land: object = None,
    sea: object = None,
    air: object = None,
    home_care: object = None,
    dentures: object = None,
    hearing_aid: object = None,
    glasses: object = None,
    prosthesis_price: object = None,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
) -> Award:
    """Medical care and the capped reimbursements for an accident on ``on``.

    Which date selects the law: ``on``, the date of the accident. Each amount given is the
    cost claimed; the component pays it up to the cap in force (each transport mode up to
    its own cap). ``prosthesis_price`` is the price at the rehabilitation centre of a
    government general hospital; the benefit is that price plus the mark-up (40%).
    ``medical`` is paid in full: medical care has no cost cap (PP 44/2015 Pasal 25 ayat
    (2) huruf a); it is always listed, at Rp0 when not given.

    >>> a = reimbursements(on=dt.date(2025, 5, 10), land=6_000_000, air=3_000_000,
    ...                    prosthesis_price=10_000_000)
    >>> for c in a.components[1:]:
    ...     print(c.name, c.amount)
    transport by land, river or lake Rp5.000.000
    transport by air Rp3.000.000
    prosthesis Rp14.000.000
    """
    day = event_date(on, "on", as_of)
    p = resolve(params)
    t = Tracer(p)
    given = {
        "land": land,
        "sea": sea,
        "air": air,
        "home_care": home_care,
        "dentures": dentures,
        "hearing_aid": hearing_aid,
        "glasses": glasses,
    }
    med = Rupiah.zero() if medical is None else _claim(medical, "medical")
    components = [
        Component(
            "medical care",
            med,
            ("PP 44/2015 Pasal 25 ayat (2) huruf a",),
            note="covered as medically needed without a cost cap, class I inpatient (Pasal 31); at a "
            "non-partner facility up to the highest partner tariff in the area (Pasal 33)",
        )
    ]
    lines: list[tuple[str, object]] = []
    for key, name, label in _ITEMS:
        raw = given[key]
        if raw is None:
            continue
        claimed = _claim(raw, key)
        dv = t.dated(name, day)
        cap: Rupiah = dv.value
        paid = min(claimed, cap)
        components.append(
            Component(
                label,
                paid,
                (dv.cite(),),
                note=f"claimed {claimed}, cap {cap}" + (" (capped)" if claimed > cap else ""),
            )
        )
        lines.append((label, paid))
    if prosthesis_price is not None:
        price = _claim(prosthesis_price, "prosthesis_price")
        dv = t.dated("jkk.prosthesis.markup", day)
        markup: Rate = dv.value
        paid = (price + price * markup).rounded(_ROUND)
        components.append(
            Component(
                "prosthesis",
                paid,
                (dv.cite(),),
                note=f"price {price} plus {markup} (orthoses and prostheses)",
            )
        )
        lines.append(("prosthesis", paid))
    uses = t.take()
    comps = tuple(components)
    total = sum((c.amount for c in comps), Rupiah.zero())

    def explain() -> Explanation:
        return Explanation(
            "JKK medical care and capped reimbursements",
            "Pelayanan kesehatan dan penggantian biaya JKK",
            value=total,
            inputs=(("accident date", day), ("medical care (no cap)", med), *lines),
            parameters=uses,
        )

    return Award(
        kind="jkk.reimbursements",
        components=comps,
        payments=((day, total),),
        notes=("medical care is covered without a cost cap; the amount shown is what was claimed",),
        details=MappingProxyType({"on": day}),
        explainer=explain,
    )


def _claim(value: object, what: str) -> Rupiah:
    amount = Rupiah.of(value, what)
    if not Rupiah(0) <= amount < _MAX_AMOUNT:
        shown = str(amount) if amount < _MAX_AMOUNT else "an amount too large"
        raise InvalidInputError(f"{what} must be from Rp0 to below {_MAX_AMOUNT}, got {shown}")
    return amount


def _months_arg(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidInputError(f"{what} must be a whole number of months >= 0, got {value!r}")
    return value


_ARREARS_WORDING: Final = ArrearsWording(
    prefix="jkk",
    bpu_ok="arrears of {months} months (at most {limit}): medical care at once; cash benefits after "
    "recovery is certified and the arrears are paid",
    bpu_fail="arrears of {months} months exceed {limit}: no right to JKK",
    employer_ok="employer arrears of {months} months (at most {limit}): BPJS pays the benefits",
    employer_fail="employer arrears of {months} months exceed {limit}: the employer pays the benefits "
    "first and is reimbursed after paying all arrears and fines",
    title="JKK and contribution arrears",
    title_id="JKK dan tunggakan iuran",
    date_label="accident date",
)


def arrears(
    *,
    months_in_arrears: int,
    on: dt.date,
    segment: Segment | str = Segment.WAGE_EARNER,
    params: ParameterSet | None = None,
) -> Decision:
    """Whether BPJS pays the JKK benefits directly, given contribution arrears at the accident.

    Which date selects the law: ``on``, the accident date. Wage earners (PP 44/2015 Pasal
    38): arrears of up to 3 consecutive months, BPJS pays; more, the employer pays the
    worker first and may claim it back after paying all arrears and fines
    (``details["payer"] == "employer"``). BPU (Pasal 39): up to 3 months, medical care at
    once and cash benefits after recovery is certified and the arrears are paid; more than
    3 months, no right to JKK.

    >>> arrears(months_in_arrears=3, on=dt.date(2025, 5, 10)).eligible
    True
    >>> arrears(months_in_arrears=4, on=dt.date(2025, 5, 10)).details["payer"]
    'employer'
    """
    day = as_date(on, "on")
    months = _months_arg(months_in_arrears, "months_in_arrears")
    seg = _segment(segment)
    return arrears_decision(_ARREARS_WORDING, day=day, months=months, seg=seg, params=resolve(params))


def claim_lapse(*, event_on: dt.date, claim_on: dt.date, params: ParameterSet | None = None) -> Decision:
    """Whether a JKK claim made on ``claim_on`` is still in time (*kedaluwarsa*).

    Which date selects the law: ``event_on``, the accident date or the diagnosis date of an
    occupational disease: 2 years under PP 44/2015 Pasal 26, 5 years under Pasal 26 as
    amended by PP 82/2019. PP 82/2019 has no transition rule; jamsos applies the period in
    force on the event date (a known gap). ``earliest_on`` is unused; ``details["deadline"]``
    is the last day to claim.

    >>> claim_lapse(event_on=dt.date(2019, 12, 1), claim_on=dt.date(2022, 1, 1)).eligible
    False
    >>> claim_lapse(event_on=dt.date(2019, 12, 2), claim_on=dt.date(2022, 1, 1)).eligible
    True
    """
    event = as_date(event_on, "event_on")
    claim = as_date(claim_on, "claim_on")
    if claim < event:
        raise InvalidInputError(f"claim_on {claim.isoformat()} is before the event on {event.isoformat()}")
    t = Tracer(resolve(params))
    dv = t.dated("jkk.claim_lapse_years", event)
    deadline = shift_months(event, 12 * dv.value) - dt.timedelta(days=1)
    ok = claim <= deadline
    reason = Reason(
        "claim_in_time",
        ok,
        f"claim on {claim.isoformat()}; the right lapses {dv.value} years after the event (last day "
        f"{deadline.isoformat()})",
        (dv.cite(),),
    )
    uses = t.take()

    def explain() -> Explanation:
        return Explanation(
            "JKK claim lapse period",
            "Daluwarsa hak menuntut JKK",
            value=ok,
            inputs=(("event", event), ("claim", claim), ("last day", deadline)),
            parameters=uses,
        )

    return Decision(ok, (reason,), details=MappingProxyType({"deadline": deadline}), explainer=explain)


def occupational_disease(
    *, employment_ended_on: dt.date, diagnosed_on: dt.date, params: ParameterSet | None = None
) -> Decision:
    """Whether an occupational disease diagnosed after the job ended is still covered.

    Which date selects the law: ``diagnosed_on``. Covered when it appears within 3 years
    after the employment ends (PP 44/2015 Pasal 48 ayat (2)). The disease types are listed
    by Perpres 7/2019 (not checked here).

    >>> d = occupational_disease(employment_ended_on=dt.date(2022, 1, 31), diagnosed_on=dt.date(2025, 1, 30))
    >>> d.eligible
    True
    """
    ended = as_date(employment_ended_on, "employment_ended_on")
    diag = as_date(diagnosed_on, "diagnosed_on")
    t = Tracer(resolve(params))
    dv = t.dated("jkk.occupational_disease.after_employment_years", diag)
    limit = shift_months(ended, 12 * dv.value)
    ok = diag <= limit
    reason = Reason(
        "within_period_after_employment",
        ok,
        f"diagnosed on {diag.isoformat()}; covered up to {limit.isoformat()} ({dv.value} years after the "
        f"employment ended on {ended.isoformat()})",
        (dv.cite(),),
    )
    uses = t.take()

    def explain() -> Explanation:
        return Explanation(
            "Occupational disease after employment ends",
            "Penyakit akibat kerja setelah hubungan kerja berakhir",
            value=ok,
            inputs=(("employment ended", ended), ("diagnosed", diag)),
            parameters=uses,
        )

    return Decision(ok, (reason,), details=MappingProxyType({"covered_until": limit}), explainer=explain)


def accident_coverage(
    *,
    on: dt.date,
    covered_from: dt.date,
    commuting: bool = False,
    usual_route: bool = True,
) -> Decision:
    """Whether an accident on ``on`` is covered: membership started, and a commute counts.

    Coverage starts when BPJS issues the membership number (PP 44/2015 Pasal 6 ayat
    (2)-(3), 10, 11); ``covered_from`` is that day. Accidents on the way from home to work
    and back are work accidents (Pasal 1 angka 6) when the usual route is taken (Permenaker
    5/2021, as reported; unconfirmed). The same rules hold on every date since 2015-07-01.

    >>> accident_coverage(on=dt.date(2025, 5, 10), covered_from=dt.date(2025, 5, 1), commuting=True).eligible
    True
    """
    day = as_date(on, "on")
    start = as_date(covered_from, "covered_from")
    for name, flag in (("commuting", commuting), ("usual_route", usual_route)):
        if not isinstance(flag, bool):
            raise InvalidInputError(f"{name} must be True or False, got {flag!r}")
    reasons = [
        Reason(
            "coverage_started",
            start <= day,
            f"membership number issued on {start.isoformat()}, "
            + ("before or on" if start <= day else "after")
            + f" the accident on {day.isoformat()}",
            ("PP 44/2015 Pasal 6 ayat (2)-(3)",),
        )
    ]
    if commuting:
        reasons.append(
            Reason(
                "commuting_usual_route",
                usual_route,
                "accident on the way between home and work by the usual route"
                if usual_route
                else "accident on the way between home and work, off the usual route",
                ("PP 44/2015 Pasal 1 angka 6", "Permenaker 5/2021 (reported)"),
            )
        )
    ok = all(r.met for r in reasons)

    def explain() -> Explanation:
        return Explanation(
            "Is the accident covered by JKK?",
            "Apakah kecelakaan ditanggung JKK?",
            value=ok,
            inputs=(("accident", day), ("covered from", start), ("commuting", commuting)),
        )

    return Decision(ok, tuple(reasons), explainer=explain)
