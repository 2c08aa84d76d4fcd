"""Who the JP survivor pensions go to (PP 45/2015 Pasal 14, 21-23): the registered survivors, the three
heir groups and the months each heir is paid.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from types import MappingProxyType
from typing import Final, final

import attrs

from jamsos import parameters, validate
from jamsos.errors import (
    InvalidInputError,
)
from jamsos.i18n import N_
from jamsos.jp.inputs import (
    plausible,
)
from jamsos.parameters import ParameterSet
from jamsos.periods import Month, anniversary, as_date
from jamsos.results import Note


# --------------------------------------------------------------------------------------
# Survivors (Pasal 21-23)
# --------------------------------------------------------------------------------------
def _date_field(value: object) -> dt.date:
    return plausible(as_date(value, "date"), "date")


def _opt_date_field(value: object) -> dt.date | None:
    return None if value is None else plausible(as_date(value, "date"), "date")


@final
@attrs.frozen
class Child:
    """A child registered as heir: birth date, and the day the child starts work or marries.

    The child pension ends at 23, or when the child works or marries (Pasal 22 ayat (5)).
    """

    birth_date: dt.date = attrs.field(converter=_date_field)
    ends_on: dt.date | None = attrs.field(default=None, converter=_opt_date_field)


def _children(value: object) -> tuple[Child, ...]:
    if value is None:
        return ()
    if isinstance(value, str | bytes | dt.date) or not isinstance(value, Iterable):
        raise InvalidInputError(N_("children must be a sequence of Child values or birth dates"))
    out = []
    for c in value:
        out.append(c if isinstance(c, Child) else Child(c))
    return tuple(out)


def _flag(value: object) -> bool:
    return validate.flag(value, "flag")


def _opt_flag(value: object) -> bool | None:
    return None if value is None else _flag(value)


@final
@attrs.frozen
class Survivors:
    """The heirs registered for a member's JP pension (PP 45/2015 Pasal 14).

    * ``spouse``: a legal widow or widower is registered; ``spouse_ends_on``: the day the
      widow/widower dies or remarries (Pasal 21 ayat (5)), after which the children receive
      the child pension (Pasal 22 ayat (1) huruf b).
    * ``children``: registered children in registration order (:class:`Child` or birth
      dates); at most 2 are counted, the first 2 still eligible (Pasal 14 ayat (1) huruf c;
      the choice among more than 2 is not settled by the text).
    * ``parent``: a parent is registered; ``parent_ends_on`` the parent's death.
    * ``member_married``: whether the member was married; ``None`` means married exactly
      when a spouse is registered. The parent pension is for an unmarried member's parent
      (UU 40/2004 Pasal 41 ayat (1) huruf e) with no spouse or child (PP 45/2015 Pasal 23).

    >>> Survivors(spouse=True, children=(dt.date(2010, 1, 5),)).children
    (Child(birth_date=datetime.date(2010, 1, 5), ends_on=None),)
    """

    spouse: bool = attrs.field(default=False, converter=_flag)
    spouse_ends_on: dt.date | None = attrs.field(default=None, converter=_opt_date_field)
    children: tuple[Child, ...] = attrs.field(default=(), converter=_children)
    parent: bool = attrs.field(default=False, converter=_flag)
    parent_ends_on: dt.date | None = attrs.field(default=None, converter=_opt_date_field)
    member_married: bool | None = attrs.field(default=None, converter=_opt_flag)

    @property
    def married(self) -> bool:
        """Whether the member counts as married (explicit, or because a spouse is registered)."""
        return self.spouse if self.member_married is None else self.member_married


class HeirGroup(enum.Enum):
    """The three JP survivor pensions (Pasal 16), one per group of heirs."""

    #: MPJD (*manfaat pensiun janda/duda*): the widow or widower (Pasal 21)
    SPOUSE = "spouse"
    #: MPA (*manfaat pensiun anak*): up to two children (Pasal 22)
    CHILD = "child"
    #: MPOT (*manfaat pensiun orang tua*): the parent of an unmarried member (Pasal 23)
    PARENT = "parent"

    @property
    def share_parameter(self) -> str:
        """The parameter holding the group's share of the base."""
        return _SHARE_PARAMETER[self]

    @property
    def basis(self) -> tuple[str, ...]:
        """The article that gives the group its pension, in the law data's latest value."""
        return self.cite(None, parameters.official())

    def cite(self, on: dt.date | None, params: ParameterSet) -> tuple[str, ...]:
        """The article that gives the group its pension on ``on`` (``None``: the latest), from
        the law data (``jp.benefit.survivor_groups``)."""
        return parameters.articles(params, GROUPS, self.value, on)


_SHARE_PARAMETER: Final = MappingProxyType(
    {
        HeirGroup.SPOUSE: "jp.benefit.widow_share",
        HeirGroup.CHILD: "jp.benefit.child_share",
        HeirGroup.PARENT: "jp.benefit.parent_share",
    }
)

#: The law data naming each group's pension and its article (PP 45/2015 Pasal 16, 21-23).
GROUPS: Final = "jp.benefit.survivor_groups"


@final
@attrs.frozen(eq=False)
class Heir:
    group: HeirGroup
    name: str  # as shown in results: "widow/widower", "child 1", "parent"
    first: Month
    last: Month | None  # last month paid (inclusive), None: open

    def paid_in(self, m: Month) -> bool:
        return self.first <= m and (self.last is None or m <= self.last)


def heirs_of(s: Survivors, start: Month, p: ParameterSet) -> tuple[tuple[Heir, ...], tuple[str, ...]]:
    on = start.first_day
    max_children = int(p.value("jp.benefit.max_children", on).value)
    max_age = int(p.value("jp.benefit.child_max_age", on).value)
    heirs: list[Heir] = []
    notes: list[str] = []
    child_first = start
    if s.spouse:
        last = None if s.spouse_ends_on is None else Month.of(s.spouse_ends_on)
        heirs.append(Heir(HeirGroup.SPOUSE, "widow/widower", start, last))
        # without an end date the children's right never starts within the schedule
        child_first = Month(2200, 12) if last is None else last + 1
    eligible = []
    for i, c in enumerate(s.children, start=1):
        end = anniversary(c.birth_date, max_age)
        if c.ends_on is not None:
            end = min(end, c.ends_on)
        last_child = Month.of(end)
        if last_child < start:
            notes.append(
                Note.of(
                    "jp.child_no_longer_eligible",
                    N_("child {n} (born {born}) is no longer eligible when the right starts"),
                    n=i,
                    born=c.birth_date.isoformat(),
                )
            )
            continue
        eligible.append((i, c, last_child))
    if len(eligible) > max_children:
        notes.append(
            Note.of(
                "jp.children_counted_limit",
                N_(
                    "{n} eligible children: the first {counted} registered are counted "
                    "(PP 45/2015 Pasal 14 ayat (1) huruf c)"
                ),
                n=len(eligible),
                counted=max_children,
            )
        )
        eligible = eligible[:max_children]
    if s.spouse and s.spouse_ends_on is None and eligible:
        notes.append(
            Note(
                "jp.children_after_spouse",
                "the children's pension starts the month after the widow/widower dies or remarries "
                "(PP 45/2015 Pasal 22 ayat (1) huruf b)",
            )
        )
    for i, c, last_child in eligible:
        first = max(child_first, Month.of(c.birth_date))
        if first <= last_child:
            heirs.append(Heir(HeirGroup.CHILD, f"child {i}", first, last_child))
        elif s.spouse_ends_on is not None:
            notes.append(
                Note.of(
                    "jp.child_right_ends_first",
                    N_("child {n}'s right ends before the widow/widower's right ends: no child pension"),
                    n=i,
                )
            )
    if not s.spouse and not eligible and s.parent:
        if s.married:
            notes.append(
                Note(
                    "jp.no_parent_pension_married",
                    "no parent pension: the member was married (UU 40/2004 Pasal 41 ayat (1) huruf e)",
                )
            )
        else:
            last = None if s.parent_ends_on is None else Month.of(s.parent_ends_on)
            heirs.append(Heir(HeirGroup.PARENT, "parent", start, last))
    return tuple(heirs), tuple(notes)
