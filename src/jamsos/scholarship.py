"""The children's scholarship (*beasiswa pendidikan anak*) of JKK and JKM.

A participant who dies from a work accident or is left totally and permanently disabled
(*cacat total tetap*) by one (JKK, PP 44/2015 Pasal 25), or who dies of another cause
after a long enough contribution period (*masa iur*; JKM, Pasal 34), leaves a scholarship
for the children. Its shape depends on the date of the event:

* **PP 44/2015 (events from 2015-07-01):** one amount per participant (Rp12.000.000),
  paid at once (Penjelasan Pasal 25 ayat (3); Pasal 34 ayat (1) huruf d).
* **PP 82/2019 (events from 2019-12-02):** for at most 2 children, paid every year
  according to each child's school level, from the ladder of Lampiran III (TK
  kindergarten, SD primary, SMP junior secondary, SMA senior secondary, PT higher education
  or vocational training). It ends when the child turns 23, marries or starts working.

Which shape applies is the dated parameter ``jkk.scholarship.rule``; the amounts are those
in force on the event date and are not re-read each year.

Readings chosen where the texts are silent (see ``docs/jkk-jkm.md``):

* A child's remaining entitlement runs from the current year of the current level to the
  end of the ladder (PT), one payment a year dated on the anniversaries of the event (the
  first on the event date). A child not yet at school (``NOT_YET``) starts at TK; the real
  first payment comes when the child enters school.
* When more children are named than the law allows, the first ones in the order given whose
  scholarship has not ended receive it; the caller orders them by the family's choice.
* A child already married or working has no further entitlement; a birth date stops the
  payments whose date falls on or after the 23rd birthday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from types import MappingProxyType
from typing import Final, final

import attrs

from jamsos import validate
from jamsos.domain import Program
from jamsos.enums import CodedEnum, coded
from jamsos.errors import InvalidInputError, UnknownValueError
from jamsos.explain import Explanation, Tracer
from jamsos.i18n import N_
from jamsos.money import Rounding, Rupiah
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import anniversary, event_date, shift_months
from jamsos.results import Award, Component, Note, Payment

__all__ = ["Child", "EducationLevel", "as_children", "entitlement", "event_date", "shift_months"]

_RULE: Final = "jkk.scholarship.rule"
_LADDER: Final = "jkk.scholarship.ladder"
_MAX_CHILDREN: Final = "jkk.scholarship.max_children"
_END_AGE: Final = "jkk.scholarship.end_age"


class EducationLevel(CodedEnum):
    """A child's school level (*tingkat pendidikan*), as used by the scholarship ladder.

    Accepts the member, its code or a common alias (``"SMK"``, ``"kuliah"``, ``"S1"``...):

    >>> EducationLevel.parse("smk"), EducationLevel.parse("kuliah")
    (<EducationLevel.SMA: 'SMA'>, <EducationLevel.PT: 'PT'>)
    """

    NOT_YET = "BELUM"  # not yet at school (belum sekolah): paid from TK once enrolled
    TK = "TK"  # kindergarten (taman kanak-kanak)
    SD = "SD"  # primary school (sekolah dasar, MI)
    SMP = "SMP"  # junior secondary (SMP, MTs)
    SMA = "SMA"  # senior secondary (SMA, SMK, MA)
    PT = "PT"  # higher education up to S1 (perguruan tinggi) or vocational training


_ALIASES: Final = MappingProxyType(
    {
        "BELUM": EducationLevel.NOT_YET,
        "BELUM_SEKOLAH": EducationLevel.NOT_YET,
        "NOT_YET": EducationLevel.NOT_YET,
        "NONE": EducationLevel.NOT_YET,
        "TK": EducationLevel.TK,
        "PAUD": EducationLevel.TK,
        "KINDERGARTEN": EducationLevel.TK,
        "SD": EducationLevel.SD,
        "MI": EducationLevel.SD,
        "PRIMARY": EducationLevel.SD,
        "SMP": EducationLevel.SMP,
        "MTS": EducationLevel.SMP,
        "JUNIOR": EducationLevel.SMP,
        "SMA": EducationLevel.SMA,
        "SMK": EducationLevel.SMA,
        "MA": EducationLevel.SMA,
        "SENIOR": EducationLevel.SMA,
        "PT": EducationLevel.PT,
        "S1": EducationLevel.PT,
        "D3": EducationLevel.PT,
        "D4": EducationLevel.PT,
        "KULIAH": EducationLevel.PT,
        "UNIVERSITAS": EducationLevel.PT,
        "PELATIHAN": EducationLevel.PT,
        "TRAINING": EducationLevel.PT,
        "HIGHER": EducationLevel.PT,
    }
)
coded(
    "education level",
    aliases={alias: level.value for alias, level in _ALIASES.items()},
    accepted="BELUM, TK, SD (MI), SMP (MTS), SMA (SMK, MA), PT (S1, D3, KULIAH, PELATIHAN)",
)(EducationLevel)


def _level(value: object) -> EducationLevel:
    return EducationLevel.parse(value)


def _year(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise InvalidInputError(
            N_("year within the level must be a whole number >= 1, got {value!r}"), value=value
        )
    return value


def _opt_birth(value: object) -> dt.date | None:
    return None if value is None else validate.date(value, "child birth_date")


def _flag(value: object) -> bool:
    return validate.flag(value, "married_and_working")


@final
@attrs.frozen
class Child:
    """A participant's child, for the scholarship.

    ``level`` is the current school level and ``year`` the year within it (SD grade 4 is
    ``year=4``). ``birth_date`` lets the payments stop at 23; ``married`` or ``working``
    ends the scholarship.

    >>> Child("SMA", year=2).level
    <EducationLevel.SMA: 'SMA'>
    """

    level: EducationLevel = attrs.field(converter=_level)
    year: int = attrs.field(default=1, converter=_year)
    birth_date: dt.date | None = attrs.field(default=None, converter=_opt_birth)
    married: bool = attrs.field(default=False, converter=_flag)
    working: bool = attrs.field(default=False, converter=_flag)


def as_children(value: object) -> tuple[Child, ...]:
    """Coerce ``"SD,SMA"``, a sequence of levels / codes / :class:`Child`, to children.

    >>> [c.level.value for c in as_children("SD, SMA")]
    ['SD', 'SMA']
    """
    if isinstance(value, Child):
        return (value,)
    if isinstance(value, EducationLevel):
        return (Child(value),)
    if isinstance(value, str):
        parts = [p for p in (s.strip() for s in value.split(",")) if p]
        return tuple(Child(p) for p in parts)
    if isinstance(value, Iterable) and not isinstance(value, bytes | dict):
        out: list[Child] = []
        for item in value:
            if isinstance(item, Child):
                out.append(item)
            elif isinstance(item, EducationLevel | str):
                out.append(Child(item))
            else:
                raise InvalidInputError(
                    N_("each child must be a Child, an EducationLevel or a level code, got {item!r}"),
                    item=item,
                )
        return tuple(out)
    raise InvalidInputError(
        N_("children must be a list of education levels (e.g. ['SD', 'SMA']) or Child values, got {value!r}"),
        value=value,
    )


@attrs.frozen
class _ChildRow:
    when: dt.date
    level: EducationLevel
    year: int
    amount: Rupiah


def _ladder_rows(
    child: Child, on: dt.date, ladder: tuple[tuple[EducationLevel, Rupiah, int], ...], end_age: int
) -> tuple[_ChildRow, ...]:
    levels = [lv for lv, _, _ in ladder]
    level = EducationLevel.TK if child.level is EducationLevel.NOT_YET else child.level
    if level not in levels:  # pragma: no cover - the shipped ladder has every level
        raise UnknownValueError(N_("level {level} is not in the scholarship ladder"), level=level.value)
    start = levels.index(level)
    years_here = ladder[start][2]
    if child.year > years_here:
        raise InvalidInputError(
            N_("year {year} of {level} is beyond the {years_here} years the ladder pays at that level"),
            year=child.year,
            level=level.value,
            years_here=years_here,
        )
    rows: list[_ChildRow] = []
    k = 0
    stop = anniversary(child.birth_date, end_age) if child.birth_date else None
    for i in range(start, len(ladder)):
        lv, per_year, years = ladder[i]
        first = child.year if i == start else 1
        for y in range(first, years + 1):
            when = shift_months(on, 12 * k)
            k += 1
            if stop is not None and when >= stop:
                return tuple(rows)
            rows.append(_ChildRow(when, lv, y, per_year))
    return tuple(rows)


def _read_ladder(t: Tracer, on: dt.date) -> tuple[tuple[EducationLevel, Rupiah, int], ...]:
    raw = t.value(_LADDER, on)
    out = []
    for row in raw:  # type: ignore[attr-defined]
        out.append((EducationLevel.parse(row["level"]), Rupiah.of(row["per_year"]), int(row["years"])))
    return tuple(out)


@current_law_option
def entitlement(
    children: object,
    *,
    on: dt.date,
    program: Program | str = Program.JKK,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Award:
    """The children's scholarship for an event (death, or total disability for JKK) on ``on``.

    Which date selects the law: ``on``, the date of the accident or death. Under PP 44/2015
    the answer is one amount per participant if at least one child can receive it; under
    PP 82/2019 one component per child with a yearly dated schedule (``payments``).
    ``program`` (``JKK`` or ``JKM``) only selects the citation of the earlier single amount.
    ``children=None`` means "not given": the single amount assumes a child at school, the
    ladder returns no component (with a note); ``children=[]`` means no child.
    The masa iur condition of JKM is checked by :func:`jamsos.jkm.death_benefit`.

    PP 82/2019, one child entering senior secondary (3 x Rp3.000.000 + 5 x Rp12.000.000):

    >>> a = entitlement(["SMA"], on=dt.date(2025, 5, 10))
    >>> str(a.total), len(a.payments), a.payments[-1][0]
    ('Rp69.000.000', 8, datetime.date(2032, 5, 10))

    Two children from kindergarten reach the published maximum:

    >>> str(entitlement(["TK", "TK"], on=dt.date(2025, 5, 10)).total)
    'Rp174.000.000'

    PP 44/2015, a single amount:

    >>> str(entitlement(["SD"], on=dt.date(2019, 12, 1)).total)
    'Rp12.000.000'
    """
    day = validate.date(on, "on")
    prog = Program.parse(program)
    if prog not in (Program.JKK, Program.JKM):
        raise InvalidInputError(N_("the scholarship belongs to JKK or JKM, not {prog}"), prog=prog.code)
    unknown = children is None
    kids = () if unknown else as_children(children)
    p = resolve(params)
    t = Tracer(p)
    rule = t.value(_RULE, day)
    if rule == "single":
        return _single(kids, day, prog, t, unknown)
    if rule == "ladder":
        return _ladder(kids, day, t, unknown)
    raise InvalidInputError(N_("{name} must be 'single' or 'ladder', got {rule!r}"), name=_RULE, rule=rule)


def _ended(child: Child) -> str | None:
    if child.married:
        return "married"
    if child.working:
        return "working"
    return None


def _single(kids: tuple[Child, ...], day: dt.date, prog: Program, t: Tracer, unknown: bool) -> Award:
    name = "jkm.scholarship.single_amount" if prog is Program.JKM else "jkk.scholarship.single_amount"
    eligible = [c for c in kids if _ended(c) is None]
    rule_use = t.take()
    notes: list[str] = []
    if unknown:
        # One amount per participant: the children's levels do not matter, so an unknown
        # list is read as "at least one child at school" (say children=[] for none).
        eligible = [Child(EducationLevel.SD)]
        notes.append(
            Note(
                "scholarship.children_assumed",
                "children not given: assumed at least one child at school (pass children=[] if none)",
            )
        )
    components: tuple[Component, ...] = ()
    payments: tuple[Payment, ...] = ()
    if eligible:
        dv = t.dated(name, day)
        amount: Rupiah = dv.value
        components = (
            Component("scholarship", amount, (dv.cite(),), note="one amount per participant (PP 44/2015)"),
        )
        payments = ((day, amount),)
    elif not unknown:
        notes.append(
            Note(
                "scholarship.no_child",
                "no child who can receive the scholarship (none named, or all married or working)",
            )
        )
    uses = rule_use + t.take()
    total = components[0].amount if components else Rupiah.zero()

    def explain() -> Explanation:
        return Explanation(
            "Children's scholarship (single amount, PP 44/2015)",
            "Beasiswa pendidikan anak (sekaligus, PP 44/2015)",
            value=total,
            inputs=(("event date", day), ("children", tuple(c.level.value for c in kids))),
            parameters=uses,
            note="; ".join(notes) or None,
        )

    return Award(
        kind="scholarship",
        components=components,
        payments=payments,
        notes=tuple(notes),
        details=MappingProxyType({"rule": "single", "children": len(kids), "receiving": len(eligible)}),
        explainer=explain,
    )


def _ladder(kids: tuple[Child, ...], day: dt.date, t: Tracer, unknown: bool) -> Award:
    ladder = _read_ladder(t, day)
    max_children = t.integer(_MAX_CHILDREN, day)
    end_age = t.integer(_END_AGE, day)
    # Show the ladder compactly in explanations ("TK Rp1.500.000 x 2; ...").
    compact = "; ".join(f"{lv.value} {amount} x {years}" for lv, amount, years in ladder)
    uses = tuple(attrs.evolve(u, value=compact) if u.name == _LADDER else u for u in t.take())
    ladder_cite = next(u.cite for u in uses if u.name == _LADDER)
    rule_cite = next(u.cite for u in uses if u.name == _RULE)
    notes: list[str] = []
    chosen: list[tuple[int, Child, tuple[_ChildRow, ...]]] = []
    for i, child in enumerate(kids, start=1):
        why = _ended(child)
        if why is not None:
            notes.append(
                Note("scholarship.child_not_eligible", f"child {i}: no scholarship (the child is {why})")
            )
            continue
        rows = _ladder_rows(child, day, ladder, end_age)
        if not rows:
            notes.append(
                Note(
                    "scholarship.child_too_old",
                    f"child {i}: no scholarship (already {end_age} or older on the payment dates)",
                )
            )
            continue
        if len(chosen) == max_children:
            notes.append(
                Note(
                    "scholarship.child_over_limit",
                    f"child {i}: not counted; at most {max_children} children receive the scholarship",
                )
            )
            continue
        chosen.append((i, child, rows))
    if unknown:
        notes.append(
            Note(
                "scholarship.children_not_given",
                "children not given: pass children=[levels] to compute the yearly scholarship",
            )
        )
    components = tuple(
        Component(
            f"scholarship, child {i}",
            sum((r.amount for r in rows), Rupiah.zero()).rounded(Rounding.HALF_UP),
            (rule_cite, ladder_cite),
            note=f"{len(rows)} yearly payments from {rows[0].level.value} year {rows[0].year}",
        )
        for i, _, rows in chosen
    )
    by_date: dict[dt.date, Rupiah] = {}
    for _, _, rows in chosen:
        for r in rows:
            by_date[r.when] = by_date.get(r.when, Rupiah.zero()) + r.amount
    payments: tuple[Payment, ...] = tuple(sorted(by_date.items(), key=lambda kv: kv[0]))
    total = sum((c.amount for c in components), Rupiah.zero())
    schedule = {
        f"child {i}": tuple(
            MappingProxyType({"when": r.when, "level": r.level.value, "year": r.year, "amount": r.amount})
            for r in rows
        )
        for i, _, rows in chosen
    }

    def explain() -> Explanation:
        steps = tuple(
            Explanation(
                f"Child {i}: {child.level.value} year {child.year}",
                f"Anak {i}: {child.level.value} tahun ke-{child.year}",
                value=sum((r.amount for r in rows), Rupiah.zero()),
                inputs=tuple((f"{r.when.isoformat()} {r.level.value} {r.year}", r.amount) for r in rows),
            )
            for i, child, rows in chosen
        )
        return Explanation(
            "Children's scholarship (yearly by school level, PP 82/2019)",
            "Beasiswa pendidikan anak (berkala per tingkat pendidikan, PP 82/2019)",
            value=total,
            inputs=(("event date", day), ("children", tuple(c.level.value for c in kids))),
            parameters=uses,
            children=steps,
            note="; ".join(notes) or None,
        )

    return Award(
        kind="scholarship",
        components=components,
        payments=payments,
        notes=tuple(notes),
        details=MappingProxyType(
            {"rule": "ladder", "children": len(kids), "receiving": len(chosen), "schedule": schedule}
        ),
        explainer=explain,
    )
