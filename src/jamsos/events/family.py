"""The member's family and work history, as the four life events take them.

* :class:`Child`: a child with the school level and year (``Child.parse("SD3")``: primary
  school, grade 3), optionally a birth date (needed for the JP child pension and to stop
  the scholarship at 23).
* :class:`Family`: ``spouse`` (a widow or widower is registered), ``children``, ``parent``.
* :func:`work_history`: the contribution history from ``wage`` and ``member_since`` (every
  month from joining to the month before the event, at that wage) or an explicit
  ``history``. The assumed months start no earlier than the first month the law data has
  contribution rates for (:func:`contributions_start`): JHT, JP, JKK and JKM as they are
  computed here began on 1 July 2015 (PP 44, 45 and 46/2015); earlier years of a longer
  membership are not computed, and the member's JHT statement balance (``opening=``,
  ``--saldo-jht``) carries them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Final, final

import attrs

from jamsos import jp, scholarship
from jamsos.domain import ContributionHistory
from jamsos.errors import InvalidDateError, InvalidHistoryError, InvalidInputError
from jamsos.events.text import Text, text
from jamsos.i18n import N_, type_name
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet, resolve
from jamsos.periods import Month, as_date

__all__ = ["Child", "Family", "WorkHistory", "as_family", "contributions_start", "work_history"]

#: The contribution parameters an assumed history is computed with (JHT balance, JP months).
_CONTRIBUTION_RATES: Final = (
    "jht.rate.employer",
    "jht.rate.worker",
    "jp.rate.employer",
    "jp.rate.worker",
    "jp.wage_cap",
)

_CHILD: Final = re.compile(r"^\s*([A-Za-z]+?)\s*(\d{0,2})\s*(?:[:@/]\s*(\d{4}-\d{2}-\d{2}))?\s*$")


_LEVEL_CODES: Final = frozenset(
    {"BELUM", "TK", "PAUD", "SD", "MI", "SMP", "MTS", "SMA", "SMK", "MA", "PT", "S1", "D3", "D4"}
)


def _level(value: object) -> scholarship.EducationLevel:
    return scholarship.EducationLevel.parse(value)


def _year(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInputError(
            N_("a child's school year must be a whole number >= 1, got {value!r}"), value=value
        )
    return value


def _opt_date(value: object) -> dt.date | None:
    return None if value is None else as_date(value, "child birth_date")


@final
@attrs.frozen
class Child:
    """A member's child: school ``level`` and ``year`` within it, and the birth date if known.

    >>> Child.parse("SD3")
    Child(level=<EducationLevel.SD: 'SD'>, year=3, birth_date=None)
    >>> Child.parse("SMP1:2012-04-05").birth_date
    datetime.date(2012, 4, 5)
    """

    level: scholarship.EducationLevel = attrs.field(converter=_level)
    year: int = attrs.field(default=1, converter=_year)
    birth_date: dt.date | None = attrs.field(default=None, converter=_opt_date)

    @classmethod
    def parse(cls, value: object) -> Child:
        """``"SD3"``, ``"SMP1"``, ``"TK"``, ``"PT2"``, ``"BELUM"``, optionally ``":YYYY-MM-DD"``."""
        if isinstance(value, Child):
            return value
        if isinstance(value, str):
            match = _CHILD.match(value)
            if match and match.group(1).upper() in _LEVEL_CODES:
                level, year, born = match.groups()
                return cls(level, int(year) if year else 1, born)
        raise InvalidInputError(
            N_(
                "child {value!r} not understood; write the school level and year, e.g. SD3, "
                "SMP1, TK, PT2 or BELUM (not yet at school), optionally with the birth date: "
                "SD3:2016-01-05"
            ),
            value=value,
        )

    def for_scholarship(self) -> scholarship.Child:
        """The same child as :mod:`jamsos.scholarship` takes it."""
        return scholarship.Child(self.level, year=self.year, birth_date=self.birth_date)


def _children(value: object) -> tuple[Child, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(Child.parse(p) for p in value.split(",") if p.strip())
    if isinstance(value, Iterable):
        return tuple(Child.parse(c) for c in value)
    raise InvalidInputError(N_("children must be a list such as ['SD3', 'SMP1'], got {value!r}"), value=value)


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(N_("expected True or False, got {value!r}"), value=value)
    return value


@final
@attrs.frozen
class Family:
    """Who the member leaves or supports: a registered ``spouse``, ``children``, a ``parent``.

    >>> Family(spouse=True, children=["SD3", "SMP1"]).children[1].level.value
    'SMP'
    """

    spouse: bool = attrs.field(default=False, converter=_flag)
    children: tuple[Child, ...] = attrs.field(default=(), converter=_children)
    parent: bool = attrs.field(default=False, converter=_flag)

    def scholarship_children(self) -> tuple[scholarship.Child, ...]:
        """The children as the scholarship takes them."""
        return tuple(c.for_scholarship() for c in self.children)

    def survivors(self) -> jp.Survivors:
        """The JP heirs: the spouse, the children whose birth date is known, the parent."""
        births = tuple(c.birth_date for c in self.children if c.birth_date is not None)
        return jp.Survivors(spouse=self.spouse, children=births, parent=self.parent)


def as_family(value: object) -> Family | None:
    """``None`` (not given), a :class:`Family`, or a mapping with its fields."""
    if value is None or isinstance(value, Family):
        return value
    if isinstance(value, dict):
        return Family(**value)
    raise InvalidInputError(N_("family must be a jamsos.events.Family, got {kind}"), kind=type_name(value))


@final
@attrs.frozen
class WorkHistory:
    """The history used, the last wage, the membership start, and what was assumed."""

    history: ContributionHistory
    wage: Rupiah
    member_since: dt.date
    assumptions: tuple[Text, ...]


def contributions_start(params: ParameterSet | None = None) -> Month:
    """The first month the law data has every contribution rate an assumed history needs.

    Read from the data (the latest first value of the JHT and JP rates and the JP wage cap),
    not written here: 1 July 2015 in the official data, when PP 46/2015 (JHT) and PP 45/2015
    (JP: the pension programme's contributions begin then) took effect.

    >>> str(contributions_start())
    '2015-07'
    """
    ps = resolve(params)
    return Month.of(max(ps.parameter(name).first_since for name in _CONTRIBUTION_RATES))


def work_history(
    *,
    on: dt.date,
    wage: object,
    member_since: object,
    history: object,
    params: ParameterSet | None = None,
) -> WorkHistory:
    """The history from ``wage`` + ``member_since``, or ``history`` as given.

    ``wage`` + ``member_since``: every month from the joining month (or the first month of
    the law data, :func:`contributions_start`, when the member joined earlier) to the month
    before the event month, at that wage, contributions paid in full (stated as an
    assumption; a membership clamped to the data's start says so too). With ``history``:
    the wage is the last month's unless ``wage`` is given.
    """
    if history is not None:
        if not isinstance(history, ContributionHistory):
            raise InvalidHistoryError(
                N_("history must be a jamsos.ContributionHistory, got {kind}"),
                field="history",
                kind=type_name(history),
            )
        if not history.records:
            raise InvalidHistoryError(
                N_("history is empty; give at least one contribution month"), field="history"
            )
        w = Rupiah.of(wage, "wage") if wage is not None else history.records[-1].wage
        since = (
            as_date(member_since, "member_since")
            if member_since is not None
            else history.first_month.first_day
        )
        return WorkHistory(history, w, since, ())
    if wage is None or member_since is None:
        raise InvalidInputError(
            N_("give wage and member_since (the monthly wage and the date the member joined), or history")
        )
    w = Rupiah.of(wage, "wage")
    if w.amount <= 0:
        raise InvalidInputError(N_("wage must be positive, got {w}"), w=w)
    since = as_date(member_since, "member_since")
    start = contributions_start(params)
    first, last = max(Month.of(since), start), Month.of(on).minus(1)
    if last < first:
        raise InvalidDateError(
            N_("member_since {since} leaves no full contribution month before the event on {on}"),
            since=since,
            on=on,
        )
    h = ContributionHistory.constant(w, first, last)
    note = text(
        N_("contributions assumed paid every month from {first} to {last} at {wage}"),
        first=first,
        last=last,
        wage=w,
    )
    if Month.of(since) >= start:
        return WorkHistory(h, w, since, (note,))
    # PP 46/2015 (JHT) and PP 45/2015 (JP) took effect on the data's first date: the JP
    # contribution period starts then by law; JHT savings from the earlier (Jamsostek) years
    # are in the member's statement, which this computation cannot know.
    jp_rate = resolve(params).history("jp.rate.employer")[0]
    earlier = text(
        N_(
            "membership since {since}, but the contributions before {start} are not in this "
            "computation: the law data starts in {start}; give the JHT balance from the "
            "member's BPJS statement (--saldo-jht, opening=) to include the earlier years"
        ),
        since=since,
        start=start,
    )
    jp_start = text(
        N_("JP contribution months count from {start}, when the pension programme began ({basis})"),
        start=start,
        basis=jp_rate.basis.regulation if jp_rate.basis else jp_rate.cite(),
    )
    return WorkHistory(h, w, since, (note, earlier, jp_start))
