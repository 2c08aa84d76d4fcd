"""The leaf values of results: shares, allocations, components and payments.

:class:`Share` (who pays what of one program's contribution), :class:`Allocation`
(recomposed funds), :class:`Component` (one part of a benefit with its legal basis) and
:data:`Payment` (one dated payment), with their JSON forms; :func:`cite` renders the
citations a component or reason carries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Final, TypedDict, final

import attrs

from jamsos.domain import Program
from jamsos.frozen import FrozenMap
from jamsos.jsonform import converter, money_from_json, money_json
from jamsos.legal import Basis
from jamsos.money import Rupiah, total
from jamsos.periods import Month
from jamsos.results.notes import Note, Reason, as_strs

_ZERO: Final = Rupiah.zero()


class ShareDict(TypedDict):
    """The JSON form of one program's :class:`Share` (``enrolled``: the program is due)."""

    enrolled: bool
    employer: str
    worker: str
    government: str
    total: str


@final
@attrs.frozen
class Share:
    """Who pays what of one program's contribution.

    >>> Share(Rupiah(296_000), Rupiah(160_000)).total
    Rupiah('456000')
    """

    employer: Rupiah = _ZERO
    worker: Rupiah = _ZERO
    government: Rupiah = _ZERO

    @property
    def total(self) -> Rupiah:
        """Employer + worker + government."""
        return total((self.employer, self.worker, self.government))

    def __add__(self, other: Share) -> Share:
        return Share(
            self.employer + other.employer,
            self.worker + other.worker,
            self.government + other.government,
        )

    def to_dict(self, *, enrolled: bool = True) -> ShareDict:
        """JSON-ready mapping (money as exact strings)."""
        return {
            "enrolled": enrolled,
            "employer": money_json(self.employer),
            "worker": money_json(self.worker),
            "government": money_json(self.government),
            "total": money_json(self.total),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Share:
        """Inverse of :meth:`to_dict` (``total`` and ``enrolled`` are derived)."""
        return cls(
            money_from_json(data["employer"], "employer"),
            money_from_json(data["worker"], "worker"),
            money_from_json(data["government"], "government"),
        )


ZERO_SHARE: Final = Share()


class AllocationDict(TypedDict):
    """The JSON form of an :class:`Allocation`."""

    name: str
    source: str
    amount: str


@final
@attrs.frozen
class Allocation:
    """A part of a contribution already counted in a program, re-allocated to another.

    JKP's recomposed funds: ``Allocation("jkp", Program.JKK, Rp7.000)`` says that Rp7.000 of
    the employer's JKK contribution funds JKP. It is never added to the bill twice.
    """

    name: str
    source: Program
    amount: Rupiah


class ComponentDict(TypedDict):
    """The JSON form of a :class:`Component`."""

    name: str
    amount: str
    basis: list[str]
    note: str | None


@final
@attrs.frozen
class Component:
    """One part of a benefit: its name, amount and legal basis."""

    name: str
    amount: Rupiah
    basis: tuple[str, ...] = attrs.field(default=(), converter=as_strs)
    note: str | None = None

    def to_dict(self) -> ComponentDict:
        """JSON-ready mapping."""
        out: ComponentDict = converter.unstructure(self, Component)
        return out


#: One payment of a schedule: ``(date or Month, amount)``.
Payment = tuple[dt.date | Month, Rupiah]


class PaymentDict(TypedDict):
    """The JSON form of a payment: ``when`` is a date (``2025-06-15``) or a month (``2025-06``)."""

    when: str
    amount: str


def register_leaf_hooks() -> None:
    """Teach the JSON converter the leaf values (called once by ``jamsos.results``)."""
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    converter.register_unstructure_hook(Program, lambda p: p.code)
    converter.register_structure_hook(Program, lambda v, _: Program.parse(v))
    converter.register_unstructure_hook(Note, Note.to_dict)
    converter.register_structure_hook(Note, lambda data, _: Note.from_dict(data))
    converter.register_unstructure_hook(
        Reason,
        make_dict_unstructure_fn(
            Reason, converter, message=override(rename="en"), message_id=override(rename="id")
        ),
    )
    converter.register_structure_hook(
        Reason,
        make_dict_structure_fn(
            Reason, converter, message=override(rename="en"), message_id=override(rename="id")
        ),
    )
    for cls in (Allocation, Component):
        converter.register_unstructure_hook(cls, make_dict_unstructure_fn(cls, converter))
        converter.register_structure_hook(cls, make_dict_structure_fn(cls, converter))


def as_allocations(value: Iterable[Allocation]) -> tuple[Allocation, ...]:
    """Converter of ``allocations``: a tuple."""
    return tuple(value)


def as_components(value: Iterable[Component]) -> tuple[Component, ...]:
    """Converter of ``components``: a tuple."""
    return tuple(value)


def as_share_map(value: Mapping[Program, Share] | None) -> FrozenMap[Program, Share]:
    """Converter of ``shares``/``deferred``: a frozen mapping keyed by :class:`Program`."""
    if type(value) is FrozenMap:
        return value
    if not value:
        return FrozenMap()
    return FrozenMap({p if type(p) is Program else Program.parse(p): s for p, s in value.items()})


def cite(*bases: Basis | str) -> tuple[str, ...]:
    """Render bases (or pass strings through) for a :class:`Component` or :class:`Reason`."""
    return tuple(b if isinstance(b, str) else b.cite() for b in bases)
