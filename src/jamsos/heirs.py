"""Who receives JKK and JKM death benefits: the order of heirs (*ahli waris*).

PP 44/2015 Pasal 37 ayat (5) (JKK) and Pasal 40 ayat (2) (JKM) give the same order:

a. the widow or widower (*janda*, *duda*) or the children (*anak*);
b. failing them, in this order:
   1. blood relatives in the direct line up and down to the second degree (*keturunan
      sedarah garis lurus ke atas dan ke bawah sampai derajat kedua*): parents,
      grandparents, grandchildren;
   2. full siblings (*saudara kandung*);
   3. parents-in-law (*mertua*);
   4. whoever the participant named in a will (*wasiat*);
   5. with no will: the funeral cost goes to the company or other party that arranged the
      funeral, and the lump sum and periodic benefit go to the Social Security Fund
      (*Dana Jaminan Sosial*, DJS).

Without any heir the JKM funeral cost goes to whoever arranged the funeral (Pasal 34 ayat
(2) as amended by PP 82/2019). How the benefit is split among several heirs of the same
rank is not in the regulation: :func:`who_receives` returns the whole rank and leaves the
split to the heirs (a known gap).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Final, final

import attrs

from jamsos import validate
from jamsos.enums import CodedEnum, coded
from jamsos.errors import InvalidInputError, ParameterDataError
from jamsos.i18n import N_
from jamsos.parameters import ParameterSet, current_law_option, resolve

__all__ = ["Fallback", "HeirOrder", "Relative", "who_receives"]


class Relative(CodedEnum):
    """A relation to the deceased participant, by the order of PP 44/2015 Pasal 37 ayat (5).

    Accepts the member, its value or an Indonesian word (``"janda"``, ``"anak"``...):

    >>> Relative.parse("janda"), Relative.parse("mertua")
    (<Relative.SPOUSE: 'spouse'>, <Relative.PARENT_IN_LAW: 'parent_in_law'>)
    """

    SPOUSE = "spouse"  # janda / duda (widow or widower)
    CHILD = "child"  # anak
    PARENT = "parent"  # orang tua (direct line up, 1st degree)
    GRANDPARENT = "grandparent"  # kakek / nenek (direct line up, 2nd degree)
    GRANDCHILD = "grandchild"  # cucu (direct line down, 2nd degree)
    SIBLING = "sibling"  # saudara kandung
    PARENT_IN_LAW = "parent_in_law"  # mertua
    NAMED_IN_WILL = "named_in_will"  # pihak yang ditunjuk dalam wasiat


_WORDS: Final = {
    "janda": Relative.SPOUSE,
    "duda": Relative.SPOUSE,
    "istri": Relative.SPOUSE,
    "suami": Relative.SPOUSE,
    "anak": Relative.CHILD,
    "ayah": Relative.PARENT,
    "ibu": Relative.PARENT,
    "orang_tua": Relative.PARENT,
    "kakek": Relative.GRANDPARENT,
    "nenek": Relative.GRANDPARENT,
    "cucu": Relative.GRANDCHILD,
    "saudara": Relative.SIBLING,
    "saudara_kandung": Relative.SIBLING,
    "mertua": Relative.PARENT_IN_LAW,
    "wasiat": Relative.NAMED_IN_WILL,
}
coded(
    "relative",
    aliases={word: relative.value for word, relative in _WORDS.items()},
    accepted=(
        "spouse, child, parent, grandparent, grandchild, sibling, parent_in_law, named_in_will "
        "(or janda, duda, anak...)"
    ),
)(Relative)


class Fallback(enum.StrEnum):
    """Who receives when no heir exists (PP 44/2015 Pasal 37 ayat (5) huruf b angka 5).

    A ``str`` enum, so a member still equals the string 0.1 returned
    (``Fallback.SOCIAL_SECURITY_FUND == "social_security_fund"``).
    """

    #: the company or other party that arranged the funeral (funeral cost)
    FUNERAL_ORGANISER = "funeral_organiser"
    #: the Social Security Fund (*Dana Jaminan Sosial*, DJS): lump sum and periodic benefit
    SOCIAL_SECURITY_FUND = "social_security_fund"


#: 0.1 names of the fallbacks, kept working.
FUNERAL_ORGANISER: Final = Fallback.FUNERAL_ORGANISER
SOCIAL_SECURITY_FUND: Final = Fallback.SOCIAL_SECURITY_FUND
#: The order of ranks is law data (PP 44/2015 Pasal 37 ayat (5), Pasal 40 ayat (2)).
_ORDER: Final = "heirs.order"


def _ranks(p: ParameterSet, on: dt.date | None) -> tuple[tuple[frozenset[Relative], str, str, str, str], ...]:
    """(members, article, regulation, cash_to, funeral_to) per rank; the last is the fallback."""
    dv = p.parameter(_ORDER).values[-1] if on is None else p.value(_ORDER, on)
    if dv.basis is None:
        raise ParameterDataError(N_("{name} needs a citation"), name=_ORDER)
    ranks = []
    for rung in dv.ladder().rungs:
        members = frozenset(Relative(m) for m in rung.text("members").split())
        cash_to = rung.text("cash_to") if rung.has("cash_to") else ""
        funeral_to = rung.text("funeral_to") if rung.has("funeral_to") else ""
        ranks.append((members, rung.text("article"), dv.basis.regulation, cash_to, funeral_to))
    return tuple(ranks)


@final
@attrs.frozen
class HeirOrder:
    """Who receives: the heirs of the first rank present, or the fallbacks.

    ``cash_to`` receives the lump sum, periodic benefit and (JKK) death benefit;
    ``funeral_to`` the funeral cost. Each is a tuple of :class:`Relative`, or of one
    :class:`Fallback` (which equals the string ``"funeral_organiser"`` /
    ``"social_security_fund"``) when no heir exists.
    """

    cash_to: tuple[Relative | Fallback, ...]
    funeral_to: tuple[Relative | Fallback, ...]
    basis: str

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""

        def code(x: Relative | Fallback) -> str:
            return x.value

        return {
            "cash_to": [code(x) for x in self.cash_to],
            "funeral_to": [code(x) for x in self.funeral_to],
            "basis": self.basis,
        }


@current_law_option
def who_receives(
    relatives: Iterable[object],
    *,
    on: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> HeirOrder:
    """Who receives JKK or JKM death benefits, given the relatives who survive.

    The order is the law data ``heirs.order`` (PP 44/2015 Pasal 37 ayat (5), Pasal 40 ayat
    (2); not amended by PP 82/2019 or PP 49/2023), the same on every date since 2015-07-01;
    ``on`` selects a dated version (default: the latest).

    >>> who_receives(["ibu", "saudara"]).cash_to
    (<Relative.PARENT: 'parent'>,)
    >>> who_receives([]).to_dict()["cash_to"], who_receives([]).to_dict()["funeral_to"]
    (['social_security_fund'], ['funeral_organiser'])
    """
    if isinstance(relatives, str | bytes) or not isinstance(relatives, Iterable):
        raise InvalidInputError(
            N_("relatives must be a list of relations (e.g. ['janda', 'anak']), got {relatives!r}"),
            relatives=relatives,
        )
    present = {Relative.parse(r) for r in relatives}
    ranks = _ranks(resolve(params), validate.optional_date(on, "on"))
    for members, article, regulation, _, _ in ranks[:-1]:
        found = tuple(m for m in Relative if m in members and m in present)
        if found:
            return HeirOrder(found, found, f"{regulation} {article}")
    _, article, regulation, cash_to, funeral_to = ranks[-1]
    return HeirOrder((_fallback(cash_to),), (_fallback(funeral_to),), f"{regulation} {article}")


def _fallback(text: str) -> Fallback:
    try:
        return Fallback(text)
    except ValueError:
        accepted = ", ".join(f.value for f in Fallback)
        raise ParameterDataError(
            N_("{name}: fallback recipient {text!r} is not one of {accepted}"),
            name=_ORDER,
            text=text,
            accepted=accepted,
        ) from None
