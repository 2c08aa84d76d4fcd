"""Results: what the rules return.

* :class:`Contributions`: what the employer, the worker and the government owe for one
  month (or one package), per program, as :class:`Share` values.
* :class:`Award`: a benefit, as :class:`Component` values, with a dated payment schedule
  and a monthly amount where the benefit is a pension.
* :class:`Decision`: whether a condition-based right exists, with a :class:`Reason` for
  every condition checked, and the earliest date where a waiting period applies.

Every result is an immutable value: two results are equal when their computed values,
their inputs and the law-data version they were computed under are equal (never on the
explanation, which is built lazily on the first ``explain()``); equal results hash
equally; results survive ``pickle``, ``copy.deepcopy`` and a process boundary (the
explanation travels with them). ``to_json()`` / :func:`jamsos.from_json` round-trip
exactly; the layout is ``jamsos.schema("result")`` (see :mod:`jamsos.jsonform`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, TypedDict, TypeVar, final

import attrs

from jamsos.domain import Program, Segment
from jamsos.errors import ExplanationMissingError, InvalidInputError, UnknownValueError
from jamsos.explain import Explanation, ExplanationDict
from jamsos.frozen import FrozenMap, deep_freeze
from jamsos.jsonform import (
    converter,
    decode_value,
    dumps,
    encode_value,
    money_from_json,
    money_json,
    register_result,
    thaw_json,
    when_from_json,
    when_json,
)
from jamsos.legal import Basis
from jamsos.money import Rupiah, total
from jamsos.parameters import LawVersion
from jamsos.periods import Month
from jamsos.render import (
    award_html,
    award_text,
    contributions_html,
    contributions_text,
    decision_html,
    decision_text,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "RESULT_SCHEMA",
    "Allocation",
    "AllocationDict",
    "Award",
    "AwardDict",
    "Component",
    "ComponentDict",
    "Contributions",
    "ContributionsDict",
    "Decision",
    "DecisionDict",
    "LawVersionDict",
    "Note",
    "NoteDict",
    "Payment",
    "PaymentDict",
    "Reason",
    "ReasonDict",
    "Share",
    "ShareDict",
    "cite",
    "version_from_json",
    "version_json",
]

#: Version of the JSON layout of results (``jamsos.schema("result")``).
RESULT_SCHEMA: Final = "jamsos.result/2"

_ZERO: Final = Rupiah.zero()
_NO_INPUTS: Final[FrozenMap[str, Any]] = FrozenMap()


def translate(text: str, lang: str) -> str:
    """``text`` (an English msgid) in ``lang`` through the message catalog, else English."""
    if lang == "en":
        return text
    try:
        from jamsos import i18n  # type: ignore[attr-defined,unused-ignore]
    except ImportError:  # pragma: no cover - before the catalog exists
        return text
    return str(i18n.translate(text, lang))


# -- notes and reasons ---------------------------------------------------------------------------
class NoteDict(TypedDict):
    """The JSON form of a :class:`Note`."""

    code: str
    en: str
    id: str


@final
class Note(str):
    """A remark on a result: its English text, a stable ``code`` and the Indonesian text.

    A ``Note`` is the English ``str`` (so code that joins or searches notes keeps working)
    with ``code`` and ``text_id``; two notes are equal when code and both texts are equal.

    >>> n = Note.of("jp.capped", "capped at {cap}", cap="Rp10.547.400")
    >>> n.code, n, n.text_id, "capped" in n
    ('jp.capped', 'capped at Rp10.547.400', 'capped at Rp10.547.400', True)
    """

    code: str
    text_id: str

    def __new__(cls, code: str, text: str, text_id: str | None = None) -> Note:
        note = super().__new__(cls, text)
        note.code = code
        note.text_id = translate(text, "id") if text_id is None else text_id
        return note

    @classmethod
    def of(cls, code: str, template: str, /, **params: object) -> Note:
        """A note from an English template (a catalog msgid) and its parameters."""
        return cls(code, template.format(**params), translate(template, "id").format(**params))

    @classmethod
    def coerce(cls, value: Note | str) -> Note:
        """A :class:`Note`, or a plain English text given the generic code ``"note"``."""
        if isinstance(value, Note):
            return value
        if isinstance(value, str):
            return cls("note", value)
        raise InvalidInputError("a note is a Note or a str, got {kind}", kind=type(value).__name__)

    @property
    def text(self) -> str:
        """The English text."""
        return str.__str__(self)

    def message(self, lang: str = "en") -> str:
        """The text in ``"en"`` or ``"id"``."""
        return self.text_id if lang == "id" else self.text

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Note):
            return str.__eq__(self, other) and self.code == other.code and self.text_id == other.text_id
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = str.__hash__

    def __repr__(self) -> str:
        return str.__repr__(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Note, (self.code, self.text, self.text_id))

    def to_dict(self) -> NoteDict:
        """JSON-ready mapping."""
        return {"code": self.code, "en": self.text, "id": self.text_id}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Note:
        """Inverse of :meth:`to_dict`."""
        return cls(str(data["code"]), str(data["en"]), str(data["id"]))


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _notes(value: Iterable[Note | str]) -> tuple[Note, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        value = (value,)
    return tuple(v if type(v) is Note else Note.coerce(v) for v in value)


class ReasonDict(TypedDict):
    """The JSON form of a :class:`Reason`."""

    code: str
    met: bool
    en: str
    id: str
    basis: list[str]


@final
@attrs.frozen
class Reason:
    """One condition checked for a decision: whether it is met, why, and its basis.

    ``message`` is English, ``message_id`` Indonesian (from the catalog when not given).
    """

    code: str
    met: bool
    message: str
    basis: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    message_id: str = attrs.field(
        default=attrs.Factory(lambda self: translate(self.message, "id"), takes_self=True)
    )

    @classmethod
    def of(
        cls, code: str, met: bool, template: str, /, *, basis: Iterable[str] = (), **params: object
    ) -> Reason:
        """A reason from an English template (a catalog msgid) and its parameters."""
        return cls(
            code, met, template.format(**params), tuple(basis), translate(template, "id").format(**params)
        )

    def text(self, lang: str = "en") -> str:
        """The message in ``"en"`` or ``"id"``."""
        return self.message_id if lang == "id" else self.message


# -- the leaf values ---------------------------------------------------------------------------
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


_ZERO_SHARE: Final = Share()


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
    basis: tuple[str, ...] = attrs.field(default=(), converter=_strs)
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


def _register_leaf_hooks() -> None:
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


# -- value semantics: pickling carries the explanation -----------------------------------------
@final
@attrs.frozen
class FixedExplanation:
    """An explainer that returns an explanation already built (after pickle or JSON)."""

    explanation: Explanation | None

    def __call__(self) -> Explanation:
        if self.explanation is None:
            raise ExplanationMissingError(
                "this result was serialised without its explanation; call to_json() with "
                "explanation=True (the default) to keep it"
            )
        return self.explanation


def _no_explanation() -> Explanation:
    return Explanation("No explanation recorded", "Tidak ada penjelasan")


_T = TypeVar("_T", bound="_ResultBase")


class _ResultBase:
    """Shared behaviour of results: lazy explanation, pickling, JSON text."""

    __slots__ = ()
    _explainer: Callable[[], Explanation]
    _explanation: list[Explanation]

    def explain(self) -> Explanation:
        """The computation, step by step, with every parameter and its citation."""
        if not self._explanation:
            self._explanation.append(self._explainer())
        return self._explanation[0]

    def unconfirmed(self) -> tuple[str, ...]:
        """Names of the *unconfirmed* law values the result used, in order of first use.

        Read from the explanation (:meth:`Explanation.unconfirmed` gives each value with
        its citation); ``law_version`` says which law data they came from.
        """
        return tuple(dict.fromkeys(u.name for u in self.explain().unconfirmed()))

    def _explanation_dict(self, explanation: bool) -> ExplanationDict | None:
        if not explanation:
            return None
        try:
            return self.explain().to_dict()
        except ExplanationMissingError:
            return None

    def __reduce__(self) -> tuple[Any, ...]:
        # The explainer is a closure over the computation; pickle the explanation it builds.
        fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(type(self))  # type: ignore[arg-type]
        state = {
            (f.alias or f.name): getattr(self, f.name) for f in fields if f.init and f.name != "_explainer"
        }
        try:
            fixed = FixedExplanation(self.explain())
        except ExplanationMissingError:
            fixed = FixedExplanation(None)
        return (_rebuild, (type(self), state, fixed))

    def __deepcopy__(self: _T, memo: dict[int, Any]) -> _T:
        return self  # immutable: a copy is the same value

    def __copy__(self: _T) -> _T:
        return self

    def to_dict(self, *, explanation: bool = True) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    @classmethod
    def from_json(cls: type[_T], text: str | bytes) -> _T:
        """Read this kind of result back from :meth:`to_json` text (typed; see ``jamsos.from_json``)."""
        from jamsos.jsonform import from_json

        result = from_json(text)
        if not isinstance(result, cls):
            raise UnknownValueError(
                "expected a {expected} result, got {got}",
                field="type",
                expected=cls.__name__,
                got=type(result).__name__,
            )
        return result

    def to_json(self, *, explanation: bool = True, indent: int | None = None) -> str:
        """The JSON form (``jamsos.schema("result")``); ``jamsos.from_json`` inverts it.

        ``explanation=False`` leaves the explanation out (smaller, faster); the result read
        back then raises :class:`~jamsos.errors.ExplanationMissingError` on ``explain()``.
        """
        return dumps(self.to_dict(explanation=explanation), indent=indent)


def _rebuild(cls: type[_T], state: dict[str, Any], explainer: FixedExplanation) -> _T:
    make: Callable[..., _T] = cls
    return make(**state, explainer=explainer)


def _explainer_from(data: Mapping[str, Any]) -> FixedExplanation:
    tree = data.get("explanation")
    return FixedExplanation(Explanation.from_dict(tree) if tree is not None else None)


def _allocations(value: Iterable[Allocation]) -> tuple[Allocation, ...]:
    return tuple(value)


def _components(value: Iterable[Component]) -> tuple[Component, ...]:
    return tuple(value)


def _reasons(value: Iterable[Reason]) -> tuple[Reason, ...]:
    return tuple(value)


def _inputs(value: Mapping[str, Any] | None) -> FrozenMap[str, Any]:
    if not value:
        return _NO_INPUTS
    return deep_freeze({str(k): v for k, v in value.items()})  # type: ignore[no-any-return]


def _details(value: Mapping[str, object] | None) -> FrozenMap[str, Any]:
    if not value:
        return FrozenMap()
    return deep_freeze(dict(value))  # type: ignore[no-any-return]


def _share_map(value: Mapping[Program, Share] | None) -> FrozenMap[Program, Share]:
    if type(value) is FrozenMap:
        return value
    if not value:
        return FrozenMap()
    return FrozenMap({p if type(p) is Program else Program.parse(p): s for p, s in value.items()})


class LawVersionDict(TypedDict):
    """The law-data version a result was computed under (``jamsos.parameters.law_version``)."""

    hash: str
    label: str
    official: bool


def version_json(value: LawVersion | None) -> LawVersionDict | None:
    if value is None:
        return None
    return {"hash": value.hash, "label": value.label, "official": value.official}


def version_from_json(data: Mapping[str, Any] | None) -> LawVersion | None:
    if data is None:
        return None
    return LawVersion(str(data["hash"]), str(data["label"]), bool(data["official"]))


def _check_schema(data: Mapping[str, Any], type_name: str) -> None:
    if data.get("schema") != RESULT_SCHEMA:
        raise UnknownValueError(
            "unsupported result schema {got!r}; this version of jamsos reads {expected}",
            field="schema",
            got=data.get("schema"),
            expected=RESULT_SCHEMA,
        )
    if data.get("type") != type_name:
        raise UnknownValueError("expected a {expected} result", field="type", expected=type_name)


# -- Contributions -------------------------------------------------------------------------------
class ContributionsDict(TypedDict):
    """The JSON form of :class:`Contributions`: every program present, ``enrolled`` or not."""

    schema: Literal["jamsos.result/2"]
    type: Literal["contributions"]
    kind: str
    law_version: LawVersionDict | None
    inputs: dict[str, Any]
    month: str | None
    segment: str
    programs: dict[str, ShareDict]
    allocations: list[AllocationDict]
    deferred: dict[str, ShareDict]
    employer: str
    worker: str
    government: str
    total: str
    notes: list[NoteDict]
    explanation: ExplanationDict | None


@final
@attrs.frozen
class Contributions(_ResultBase):
    """Contributions for one month (or one package), per program and per party.

    Programs not due are zero. ``deferred`` holds amounts whose payment a relief postpones
    (not included in the shares). ``allocations`` shows recomposed funds inside a share.

    Access a program's share with ``c[Program.JKK]`` or ``c.jkk``.
    """

    month: Month | None
    segment: Segment
    shares: Mapping[Program, Share] = attrs.field(converter=_share_map)
    allocations: tuple[Allocation, ...] = attrs.field(default=(), converter=_allocations)
    deferred: Mapping[Program, Share] = attrs.field(factory=FrozenMap, converter=_share_map)
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_notes)
    inputs: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=_inputs)
    law_version: LawVersion | None = None
    _explainer: Callable[[], Explanation] = attrs.field(
        default=_no_explanation, repr=False, alias="explainer", eq=False
    )
    _explanation: list[Explanation] = attrs.field(factory=list, init=False, repr=False, eq=False)
    # A result built by :meth:`lazy`: the (employer, worker, government) sums in whole rupiah,
    # and the function that builds every other field on first read. Never compared.
    _lazy: tuple[tuple[int, int, int], Callable[[], Mapping[str, Any]] | None] | None = attrs.field(
        default=None, init=False, repr=False, eq=False
    )
    # The recorded inputs of a lazy result, encoded on first read (see jamsos.provenance).
    _inputs_later: Callable[[], Mapping[str, Any]] | None = attrs.field(
        default=None, init=False, repr=False, eq=False
    )

    @classmethod
    def lazy(
        cls,
        month: Month | None,
        segment: Segment,
        sums: tuple[int, int, int],
        build: Callable[[], Mapping[str, Any]],
    ) -> Contributions:
        """A result whose fields are built on first read (the contribution kernel's fast path).

        ``sums`` are the employer, worker and government totals in whole rupiah, which
        ``.employer``/``.worker``/``.government``/``.total`` read without building anything;
        ``build()`` returns the other constructor arguments (``shares``, ``allocations``,
        ``deferred``, ``notes``, ``inputs``, ``law_version``, ``explainer``), converted as
        the constructor converts them, the first time any of them is read. Equality, hashing,
        pickling and JSON read the built fields, so a lazy result equals the same result
        built eagerly.
        """
        obj = object.__new__(cls)
        object.__setattr__(obj, "month", month)
        object.__setattr__(obj, "segment", segment)
        object.__setattr__(obj, "_lazy", (sums, build))
        object.__setattr__(obj, "_inputs_later", None)
        return obj

    def defer_inputs(self, encode: Callable[[], Mapping[str, Any]], law_version: LawVersion | None) -> bool:
        """Record the inputs of a lazy result without building it (``False``: not lazy).

        ``encode()`` gives the inputs on their first read; the law-data version is set now.
        """
        lazy = self._lazy
        if lazy is None or lazy[1] is None:
            return False
        object.__setattr__(self, "law_version", law_version)
        object.__setattr__(self, "_inputs_later", encode)
        return True

    def __getattr__(self, name: str) -> Any:
        # Called only when a slot is unset: a field of a lazy result not built yet.
        lazy = object.__getattribute__(self, "_lazy")
        if lazy is None or name not in _LAZY_FIELDS:
            raise AttributeError(name)
        if name == "inputs":
            encode = object.__getattribute__(self, "_inputs_later")
            if encode is not None:
                object.__setattr__(self, "inputs", _inputs(encode()))
                return object.__getattribute__(self, "inputs")
        if lazy[1] is None:
            raise AttributeError(name)
        values = dict(lazy[1]())
        for field in attrs.fields(Contributions):
            if field.name in ("month", "segment", "_lazy", "_inputs_later"):
                continue
            if field.name in ("inputs", "law_version"):
                try:
                    object.__getattribute__(self, field.name)
                    continue  # recorded already (or encoded on its own read)
                except AttributeError:
                    if field.name == "inputs" and self._inputs_later is not None:
                        # stays unset: encoded on its own first read (the branch above), so
                        # building shares or the explanation does not pay for encoding inputs
                        continue
            if field.name == "_explanation":
                value: Any = []
            else:
                key = field.alias or field.name
                value = values.get(key, field.default)
                if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
                    value = value.factory()
                if field.converter is not None:
                    value = field.converter(value)  # type: ignore[operator]
            object.__setattr__(self, field.name, value)
        object.__setattr__(self, "_lazy", (lazy[0], None))
        return object.__getattribute__(self, name)

    def __getitem__(self, program: Program) -> Share:
        return self.shares.get(program, _ZERO_SHARE)

    @property
    def programs(self) -> tuple[Program, ...]:
        """Programs with a contribution in this result, in the canonical order."""
        return tuple(p for p in Program if p in self.shares)

    @property
    def jkk(self) -> Share:
        """JKK share."""
        return self[Program.JKK]

    @property
    def jkm(self) -> Share:
        """JKM share."""
        return self[Program.JKM]

    @property
    def jht(self) -> Share:
        """JHT share."""
        return self[Program.JHT]

    @property
    def jp(self) -> Share:
        """JP share."""
        return self[Program.JP]

    @property
    def jkp(self) -> Share:
        """JKP share (the government's part; recomposed funds are in ``allocations``)."""
        return self[Program.JKP]

    @property
    def employer(self) -> Rupiah:
        """Everything the employer pays this month."""
        if self._lazy is not None:
            return Rupiah.unchecked(Decimal(self._lazy[0][0]))
        return total(s.employer for s in self.shares.values())

    @property
    def worker(self) -> Rupiah:
        """Everything deducted from the worker (or paid by a BPU member)."""
        if self._lazy is not None:
            return Rupiah.unchecked(Decimal(self._lazy[0][1]))
        return total(s.worker for s in self.shares.values())

    @property
    def government(self) -> Rupiah:
        """Everything the government pays (JKP share, budget-funded BPU contributions)."""
        if self._lazy is not None:
            return Rupiah.unchecked(Decimal(self._lazy[0][2]))
        return total(s.government for s in self.shares.values())

    @property
    def total(self) -> Rupiah:
        """Employer + worker + government."""
        if self._lazy is not None:
            e, w, g = self._lazy[0]
            return Rupiah.unchecked(Decimal(e + w + g))
        return total(s.total for s in self.shares.values())

    def allocation(self, name: str) -> Rupiah:
        """Sum of the allocations called ``name`` (e.g. ``"jkp"``)."""
        return total(a.amount for a in self.allocations if a.name == name)

    def to_dict(self, *, explanation: bool = True) -> ContributionsDict:
        """The JSON form (``jamsos.schema("result")``): ``json.loads(self.to_json())``."""
        return {
            "schema": RESULT_SCHEMA,
            "type": "contributions",
            "kind": "contributions",
            "law_version": version_json(self.law_version),
            "inputs": thaw_json(self.inputs),  # type: ignore[typeddict-item]
            "month": str(self.month) if self.month else None,
            "segment": self.segment.code,
            "programs": {p.code: self[p].to_dict(enrolled=p in self.shares) for p in Program},
            "allocations": [converter.unstructure(a, Allocation) for a in self.allocations],
            "deferred": {p.code: s.to_dict() for p, s in self.deferred.items()},
            "employer": money_json(self.employer),
            "worker": money_json(self.worker),
            "government": money_json(self.government),
            "total": money_json(self.total),
            "notes": [converter.unstructure(n, Note) for n in self.notes],
            "explanation": self._explanation_dict(explanation),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Contributions:
        """Inverse of :meth:`to_dict`."""
        _check_schema(data, "contributions")
        month = data["month"]
        return cls(
            month=Month.parse(month) if month is not None else None,
            segment=Segment.parse(data["segment"]),
            shares={
                Program.parse(code): Share.from_dict(s)
                for code, s in data["programs"].items()
                if s["enrolled"]
            },
            allocations=tuple(converter.structure(a, Allocation) for a in data["allocations"]),
            deferred={Program.parse(code): Share.from_dict(s) for code, s in data["deferred"].items()},
            notes=tuple(converter.structure(n, Note) for n in data["notes"]),
            inputs=data["inputs"],
            law_version=version_from_json(data["law_version"]),
            explainer=_explainer_from(data),
        )

    def rows(self) -> Iterator[tuple[str, Rupiah, Rupiah, Rupiah, Rupiah]]:
        """``(program, employer, worker, government, total)`` per program."""
        for p in self.programs:
            s = self[p]
            yield (p.code, s.employer, s.worker, s.government, s.total)

    def table(self, lang: str | None = None) -> str:
        """A plain-text table of the shares, then the notes (``None``: the current language)."""
        return contributions_text(self, _lang(lang))

    def to_frame(self) -> Any:
        """One row per program: ``program``, ``employer``, ``worker``, ``government``, ``total``.

        Amounts are whole rupiah as ``int64`` (contributions are rounded per party); needs
        the ``pandas`` extra.
        """
        from jamsos.optional import import_extra

        pd = import_extra("pandas", "pandas")
        shares = [(p.code, self[p]) for p in self.programs]
        return pd.DataFrame(
            {
                "program": [code for code, _ in shares],
                "employer": pd.array([int(s.employer.rounded()) for _, s in shares], dtype="int64"),
                "worker": pd.array([int(s.worker.rounded()) for _, s in shares], dtype="int64"),
                "government": pd.array([int(s.government.rounded()) for _, s in shares], dtype="int64"),
                "total": pd.array([int(s.total.rounded()) for _, s in shares], dtype="int64"),
            }
        )

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        return contributions_html(self, _lang(None))


def _lang(lang: str | None) -> str:
    """``lang``, or the documented language setting (:func:`jamsos.i18n.current_lang`)."""
    from jamsos.i18n import current_lang, normalize_lang

    return current_lang() if lang is None else normalize_lang(lang)


#: The fields a lazy :class:`Contributions` builds on first read.
_LAZY_FIELDS: Final = frozenset(
    {"shares", "allocations", "deferred", "notes", "inputs", "law_version", "_explainer", "_explanation"}
)


# -- Award -------------------------------------------------------------------------------------
class AwardDict(TypedDict):
    """The JSON form of an :class:`Award`."""

    schema: Literal["jamsos.result/2"]
    type: Literal["award"]
    kind: str
    law_version: LawVersionDict | None
    inputs: dict[str, Any]
    total: str
    monthly: str | None
    components: list[ComponentDict]
    payments: list[PaymentDict]
    notes: list[NoteDict]
    details: dict[str, Any]
    explanation: ExplanationDict | None


def _payments(value: Iterable[tuple[dt.date | Month, Rupiah]]) -> tuple[Payment, ...]:
    return tuple((w, a) for w, a in value)


@final
@attrs.frozen
class Award(_ResultBase):
    """A benefit: components, total, payment schedule and (for pensions) the monthly amount.

    ``payments`` is a tuple of ``(date or Month, Rupiah)``; for a lump sum it holds one
    payment. ``monthly`` is the first monthly amount of a pension, ``None`` otherwise.
    """

    kind: str
    components: tuple[Component, ...] = attrs.field(converter=_components)
    payments: tuple[Payment, ...] = attrs.field(default=(), converter=_payments)
    monthly: Rupiah | None = None
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_notes)
    details: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=_details)
    inputs: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=_inputs)
    law_version: LawVersion | None = None
    _explainer: Callable[[], Explanation] = attrs.field(
        default=_no_explanation, repr=False, alias="explainer", eq=False
    )
    _explanation: list[Explanation] = attrs.field(factory=list, init=False, repr=False, eq=False)

    @property
    def total(self) -> Rupiah:
        """Sum of the components."""
        return total(c.amount for c in self.components)

    def component(self, name: str) -> Component:
        """The component called ``name``."""
        for c in self.components:
            if c.name == name:
                return c
        names = ", ".join(c.name for c in self.components)
        raise UnknownValueError(
            "no component {name!r}; this award has: {names}", field="name", name=name, names=names
        )

    def to_dict(self, *, explanation: bool = True) -> AwardDict:
        """The JSON form (``jamsos.schema("result")``): ``json.loads(self.to_json())``."""
        return {
            "schema": RESULT_SCHEMA,
            "type": "award",
            "kind": self.kind,
            "law_version": version_json(self.law_version),
            "inputs": thaw_json(self.inputs),  # type: ignore[typeddict-item]
            "total": money_json(self.total),
            "monthly": money_json(self.monthly) if self.monthly is not None else None,
            "components": [c.to_dict() for c in self.components],
            "payments": [{"when": when_json(w), "amount": money_json(a)} for w, a in self.payments],
            "notes": [converter.unstructure(n, Note) for n in self.notes],
            "details": {k: encode_value(v) for k, v in self.details.items()},
            "explanation": self._explanation_dict(explanation),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Award:
        """Inverse of :meth:`to_dict`."""
        _check_schema(data, "award")
        monthly = data["monthly"]
        return cls(
            kind=str(data["kind"]),
            components=tuple(converter.structure(c, Component) for c in data["components"]),
            payments=tuple(
                (when_from_json(p["when"]), money_from_json(p["amount"], "payments.amount"))
                for p in data["payments"]
            ),
            monthly=money_from_json(monthly, "monthly") if monthly is not None else None,
            notes=tuple(converter.structure(n, Note) for n in data["notes"]),
            details={str(k): decode_value(v) for k, v in data["details"].items()},
            inputs=data["inputs"],
            law_version=version_from_json(data["law_version"]),
            explainer=_explainer_from(data),
        )

    def to_frame(self) -> pd.DataFrame:
        """The payment schedule as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            from jamsos.errors import MissingDependencyError

            raise MissingDependencyError("to_frame() needs pandas: pip install 'jamsos[pandas]'") from exc
        return pd.DataFrame(
            {
                "when": [str(w) if isinstance(w, Month) else w for w, _ in self.payments],
                "amount": [int(a.rounded()) for _, a in self.payments],
            }
        )

    def table(self, lang: str | None = None) -> str:
        """The components, the monthly amount, the payment schedule and the notes, as text."""
        return award_text(self, _lang(lang))

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        return award_html(self, _lang(None))


# -- Decision ----------------------------------------------------------------------------------
class DecisionDict(TypedDict):
    """The JSON form of a :class:`Decision`."""

    schema: Literal["jamsos.result/2"]
    type: Literal["decision"]
    kind: str
    law_version: LawVersionDict | None
    inputs: dict[str, Any]
    eligible: bool
    earliest_on: str | None
    reasons: list[ReasonDict]
    notes: list[NoteDict]
    details: dict[str, Any]
    explanation: ExplanationDict | None


@final
@attrs.frozen
class Decision(_ResultBase):
    """Whether a right exists, with every condition checked.

    ``eligible`` is True when every reason is met. ``earliest_on`` is the first day the
    right can be exercised where a waiting period applies. ``reasons`` lists every
    condition, met or not; ``failed`` only the unmet ones.
    """

    eligible: bool
    reasons: tuple[Reason, ...] = attrs.field(converter=_reasons)
    earliest_on: dt.date | None = None
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_notes)
    details: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=_details)
    kind: str = "decision"
    inputs: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=_inputs)
    law_version: LawVersion | None = None
    _explainer: Callable[[], Explanation] = attrs.field(
        default=_no_explanation, repr=False, alias="explainer", eq=False
    )
    _explanation: list[Explanation] = attrs.field(factory=list, init=False, repr=False, eq=False)

    @property
    def failed(self) -> tuple[Reason, ...]:
        """The conditions not met."""
        return tuple(r for r in self.reasons if not r.met)

    def __bool__(self) -> bool:
        return self.eligible

    def to_dict(self, *, explanation: bool = True) -> DecisionDict:
        """The JSON form (``jamsos.schema("result")``): ``json.loads(self.to_json())``."""
        return {
            "schema": RESULT_SCHEMA,
            "type": "decision",
            "kind": self.kind,
            "law_version": version_json(self.law_version),
            "inputs": thaw_json(self.inputs),  # type: ignore[typeddict-item]
            "eligible": self.eligible,
            "earliest_on": self.earliest_on.isoformat() if self.earliest_on else None,
            "reasons": [converter.unstructure(r, Reason) for r in self.reasons],
            "notes": [converter.unstructure(n, Note) for n in self.notes],
            "details": {k: encode_value(v) for k, v in self.details.items()},
            "explanation": self._explanation_dict(explanation),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        """Inverse of :meth:`to_dict`."""
        _check_schema(data, "decision")
        earliest = data["earliest_on"]
        return cls(
            eligible=bool(data["eligible"]),
            reasons=tuple(converter.structure(r, Reason) for r in data["reasons"]),
            earliest_on=dt.date.fromisoformat(earliest) if earliest is not None else None,
            notes=tuple(converter.structure(n, Note) for n in data["notes"]),
            details={str(k): decode_value(v) for k, v in data["details"].items()},
            kind=str(data["kind"]),
            inputs=data["inputs"],
            law_version=version_from_json(data["law_version"]),
            explainer=_explainer_from(data),
        )

    def table(self, lang: str | None = None) -> str:
        """The verdict, the earliest date, each condition with its basis, then the notes."""
        return decision_text(self, _lang(lang))

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        return decision_html(self, _lang(None))


def cite(*bases: Basis | str) -> tuple[str, ...]:
    """Render bases (or pass strings through) for a :class:`Component` or :class:`Reason`."""
    return tuple(b if isinstance(b, str) else b.cite() for b in bases)


_register_leaf_hooks()
register_result("contributions", Contributions.from_dict)
register_result("award", Award.from_dict)
register_result("decision", Decision.from_dict)
