"""The JKK disability benefit: the table of body parts and the lump sum for partial, total and
functional disability.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Final, cast

import attrs

from jamsos import validate
from jamsos.domain import Segment
from jamsos.errors import InvalidInputError, UnknownValueError
from jamsos.explain import Explanation, ParamUse, Tracer
from jamsos.i18n import N_
from jamsos.jkk.death import scholarship_award
from jamsos.jkk.injury import DisabilityKind, Injury, Side
from jamsos.jkk.inputs import HUNDRED, ROUNDING, cash_award, citations, segment_arg, segment_note, wage_arg
from jamsos.money import MoneyLike
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import event_date
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Note

#: Explanation input names (catalog templates: the values in a name become {0}, {1}...).
_INPUT_NAMES: Final = (
    N_("injury {0}: percent given"),
    N_("injury {0}: table row {1}"),
    N_("injury {0}: table row {1}, right side"),
    N_("injury {0}: table row {1}, left side"),
    N_("percentage"),
    N_("capped"),
)


def _rows(t: Tracer, on: dt.date) -> tuple[Mapping[str, str], ...]:
    rows = cast("tuple[Mapping[str, str], ...]", t.value("jkk.disability.table", on))
    return tuple(rows)


@current_law_option
def body_parts(
    on: dt.date, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> tuple[Mapping[str, str], ...]:
    """The disability table in force on ``on``: rows with ``part``, ``label``, and
    ``percent`` or ``right``/``left``, and ``confidence``.

    >>> [r["part"] for r in body_parts(dt.date(2025, 1, 1))][:3]
    ['both_eyes', 'one_eye', 'hearing_both_ears']
    """
    return _rows(Tracer(resolve(params)), validate.date(on, "on"))


def _table_percent(
    rows: tuple[Mapping[str, str], ...], part: str, side: Side | None, left_handed: bool
) -> tuple[Decimal, Mapping[str, str]]:
    for row in rows:
        if row["part"] == part:
            if "percent" in row:
                return Decimal(row["percent"]), row
            if side is None:
                raise InvalidInputError(
                    N_("body part {part!r} needs side='right' or 'left' (kanan/kiri)"), part=part
                )
            use = side.swapped() if left_handed else side
            return Decimal(row[use.value]), row
    known = ", ".join(r["part"] for r in rows)
    raise UnknownValueError(N_("unknown body part {part!r}; the table has: {known}"), part=part, known=known)


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
                N_("give either injuries=[...] or percent/body_part/side/function_lost, not both")
            )
        if isinstance(injuries, Injury):
            items: tuple[Injury, ...] = (injuries,)
        elif isinstance(injuries, Iterable) and not isinstance(injuries, str | bytes | Mapping):
            items = tuple(injuries)
        else:
            raise InvalidInputError(
                N_("injuries must be a list of jamsos.jkk.Injury, got {injuries!r}"), injuries=injuries
            )
        if not items or not all(isinstance(i, Injury) for i in items):
            raise InvalidInputError(N_("injuries must be a non-empty list of jamsos.jkk.Injury values"))
        return items, False
    if body_part is None and percent is None:
        raise InvalidInputError(
            N_(
                "a {kind} disability needs percent= (the disability percentage) or body_part= "
                "(a row of the disability table, see jamsos.jkk.body_parts)"
            ),
            kind=kind.value,
        )
    if kind is DisabilityKind.ANATOMICAL and function_lost is not None:
        raise InvalidInputError(N_("function_lost applies to a functional disability (kind='fungsi')"))
    injury = Injury(body_part, side, percent, function_lost)
    final = kind is DisabilityKind.FUNCTIONAL and injury.body_part is None and injury.function_lost is None
    if kind is DisabilityKind.FUNCTIONAL and injury.body_part is not None and injury.function_lost is None:
        raise InvalidInputError(
            N_(
                "a functional disability of a body part needs function_lost= (the percentage "
                "of its function lost)"
            )
        )
    return (injury,), final


@current_law_option
@recorded()
def disability_benefit(
    *,
    wage: MoneyLike,
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
    assume_current_law: bool = False,
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
    w = wage_arg(wage)
    seg = segment_arg(segment)
    if not isinstance(left_handed, bool):
        raise InvalidInputError(
            N_("{what} must be True or False, got {value!r}"), what="left_handed", value=left_handed
        )
    p = resolve(params)
    t = Tracer(p)
    notes = [n for n in (segment_note(seg),) if n]
    total_months = t.decimal("jkk.disability.total_wage_months", day)
    if k is DisabilityKind.TOTAL:
        if any(x is not None for x in (percent, body_part, side, function_lost, injuries)):
            raise InvalidInputError(N_("a total disability takes no percent, body part or injuries"))
        amount = (w * total_months).rounded(ROUNDING)
        uses = t.take()
        periodic = t.dated("jkk.periodic", day)
        periodic_uses = t.take()
        components = [
            Component(
                "total disability benefit",
                amount,
                citations(uses),
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
        return cash_award(
            "jkk.disability.total",
            components,
            day,
            scholarship_award(children, day, p),
            notes,
            {"on": day, "law_since": periodic.since, "kind": k.value, "segment": seg.code, "wage": w},
            steps,
            ("JKK total permanent disability", "Manfaat JKK: cacat total tetap"),
            (("wage", w), ("accident date", day), ("kind", k.value)),
            p,
        )
    if children is not None:
        raise InvalidInputError(
            N_("the scholarship is paid on death or total disability only; drop children=")
        )
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
                notes.append(
                    Note.of(
                        "jkk.percent_overrides_table",
                        N_("injury {n}: the given percent overrides the table row {row}"),
                        n=n,
                        row=injury.body_part,
                    )
                )
        else:
            assert injury.body_part is not None  # guaranteed by Injury
            base, row = _table_percent(rows, injury.body_part, injury.side, left_handed)
            source = f"table row {row['part']}" + (
                f", {injury.side.value} side" if "percent" not in row and injury.side else ""
            )
            unverified = unverified or row.get("confidence") == "unverified"
            side_txt = f".{injury.side.value}" if "percent" not in row and injury.side else ""
            used_rows.append(
                f"{row['part']}{side_txt} {format(base.normalize(), 'f')}% ({row['confidence']})"
            )
        pct = base if injury.function_lost is None else base * injury.function_lost / HUNDRED
        lines.append((f"injury {n}: {source}", f"{format(pct.normalize(), 'f')}%"))
        summed += pct
    if final:
        notes.append(
            Note(
                "jkk.functional_percent_final",
                "percent taken as the final functional-disability percentage (no function_lost given)",
            )
        )
    if unverified:
        notes.append(
            Note(
                "jkk.table_row_unverified",
                "a disability-table row used is unverified (Lampiran III not read); check the percentage",
            )
        )
    raw = w * (partial_months * summed / HUNDRED)
    cap = w * total_months
    capped = raw > cap
    amount = (cap if capped else raw).rounded(ROUNDING)
    if capped:
        notes.append(
            Note("jkk.capped_at_total_disability", "capped at the total-permanent-disability benefit")
        )
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
            citations(all_uses),
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
    return cash_award(
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
        p,
    )
