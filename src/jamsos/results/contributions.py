"""The :class:`Contributions` result: what is owed for one month, per program and party."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, Final, Literal, TypedDict, final

import attrs

from jamsos.domain import Program, Segment
from jamsos.explain import Explanation, ExplanationDict
from jamsos.frozen import FrozenMap
from jamsos.jsonform import converter, money_json, thaw_json
from jamsos.money import Rupiah, total
from jamsos.parameters import LawVersion
from jamsos.periods import Month
from jamsos.render import contributions_html, contributions_text
from jamsos.results.base import ResultBase, as_inputs, explainer_from, no_explanation, resolve_lang
from jamsos.results.layout import RESULT_SCHEMA, LawVersionDict, check_schema, version_from_json, version_json
from jamsos.results.notes import Note, NoteDict, as_notes
from jamsos.results.parts import (
    ZERO_SHARE,
    Allocation,
    AllocationDict,
    Share,
    ShareDict,
    as_allocations,
    as_share_map,
)


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
class Contributions(ResultBase):
    """Contributions for one month (or one package), per program and per party.

    Programs not due are zero. ``deferred`` holds amounts whose payment a relief postpones
    (not included in the shares). ``allocations`` shows recomposed funds inside a share.

    Access a program's share with ``c[Program.JKK]`` or ``c.jkk``.
    """

    month: Month | None
    segment: Segment
    shares: Mapping[Program, Share] = attrs.field(converter=as_share_map)
    allocations: tuple[Allocation, ...] = attrs.field(default=(), converter=as_allocations)
    deferred: Mapping[Program, Share] = attrs.field(factory=FrozenMap, converter=as_share_map)
    notes: tuple[Note, ...] = attrs.field(default=(), converter=as_notes)
    inputs: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=as_inputs)
    law_version: LawVersion | None = None
    _explainer: Callable[[], Explanation] = attrs.field(
        default=no_explanation, repr=False, alias="explainer", eq=False
    )
    _explanation: list[Explanation] = attrs.field(factory=list, init=False, repr=False, eq=False)
    # A result built by :meth:`lazy`: the employer, worker and government sums in whole rupiah,
    # then their Rupiah (and the total's) once read: [e, w, g, Rp e, Rp w, Rp g, Rp total].
    # ``None`` for a result built eagerly. A cache: never compared, never pickled.
    _sums: list[Any] | None = attrs.field(default=None, init=False, repr=False, eq=False)
    # The function and arguments that build every other field of a lazy result on first
    # read, the function that makes its explanation alone from the same arguments (``None``
    # once made, or when there is none), and whether the call's arguments are all immutable
    # (see :meth:`lazy`); ``None`` once built (and for a result built eagerly).
    _pending: (
        tuple[Callable[..., Mapping[str, Any]], tuple[Any, ...], Callable[..., Explanation] | None, bool]
        | None
    ) = attrs.field(default=None, init=False, repr=False, eq=False)
    # The recorded inputs of a lazy result, encoded on first read: ``encode(args, kwargs)``
    # (see :meth:`defer_inputs` and jamsos.provenance). Unset when none were deferred.
    _inputs_later: tuple[Callable[[Any, Any], Mapping[str, Any]], Any, Any] | None = attrs.field(
        default=None, init=False, repr=False, eq=False
    )

    @classmethod
    def lazy(
        cls,
        month: Month | None,
        segment: Segment,
        sums: tuple[int, int, int],
        build: Callable[..., Mapping[str, Any]],
        args: tuple[Any, ...] = (),
        law_version: LawVersion | None = None,
        explain: Callable[..., Explanation] | None = None,
        fixed_arguments: bool = False,
    ) -> Contributions:
        """A result whose fields are built on first read (the contribution kernel's fast path).

        ``sums`` are the employer, worker and government totals in whole rupiah, which
        ``.employer``/``.worker``/``.government``/``.total`` read without building anything
        else (each ``Rupiah`` built on its first read, then kept); ``build(*args)`` returns
        the other constructor arguments (``shares``, ``allocations``, ``deferred``,
        ``notes``, ``inputs``, ``explainer``), converted as the constructor converts them,
        the first time any of them is read. ``law_version`` is the version of the law data
        the result was computed under (its recorded inputs come from
        :func:`jamsos.provenance.recorded`, see :meth:`defer_inputs`). Equality, hashing,
        pickling and JSON read the built fields, so a lazy result equals the same result
        built eagerly. ``explain(*args)``, when given, makes the explanation without building
        the other fields (what :meth:`explain` on a result not built yet returns); it must
        equal the ``explainer`` ``build`` gives. ``fixed_arguments=True`` vouches that every
        argument of the call that made this result is immutable (the computation checked
        their types), so :meth:`defer_inputs` need not check them again.
        """
        obj = _new_object(cls)
        _set_month(obj, month)
        _set_segment(obj, segment)
        _set_law_version(obj, law_version)
        _set_sums(obj, [*sums, None, None, None, None])
        _set_pending(obj, (build, args, explain, fixed_arguments))
        return obj

    def explain(self) -> Explanation:
        """The computation, step by step, with every parameter and its citation."""
        pending = self._pending
        if pending is not None:
            make = pending[2]
            if make is not None:
                # a lazy result: its explanation made on its own, its other fields not built
                made = make(*pending[1])
                _set_explanation(self, [made])
                _set_pending(self, (pending[0], pending[1], None, pending[3]))
                return made
        return ResultBase.explain(self)

    def defer_inputs(
        self,
        encode: Callable[[Any, Any], Mapping[str, Any]],
        args: Any,
        kwargs: Any,
        immutable: Callable[[Any, Any], bool],
    ) -> bool:
        """Record the inputs of a lazy result without building it (``False``: not lazy).

        ``encode(args, kwargs)`` gives the inputs of the call ``args``/``kwargs``: on their
        first read when the arguments cannot change (vouched by :meth:`lazy`'s
        ``fixed_arguments``, else ``immutable(args, kwargs)``), else now. Only a lazy
        result whose fields are not built yet and whose ``law_version`` is set (by
        :meth:`lazy`) takes them.
        """
        pending = self._pending
        if pending is None or self.law_version is None:
            return False
        if pending[3] or immutable(args, kwargs):
            _set_inputs_later(self, (encode, args, kwargs))
        else:  # an argument may change after the call: encoded now
            _set_inputs_later(self, (_given, encode(args, kwargs), None))
        return True

    def __getattr__(self, name: str) -> Any:
        # Called only when a slot is unset: a field of a lazy result not built yet, or the
        # encoder of its inputs when none was deferred.
        if name not in _LAZY_FIELDS:
            raise AttributeError(name)
        later = getattr(self, "_inputs_later", None)  # unset: no inputs deferred
        if name == "inputs" and later is not None:
            encode, args, kwargs = later
            _set_inputs(self, as_inputs(encode(args, kwargs)))
            return object.__getattribute__(self, "inputs")
        pending = object.__getattribute__(self, "_pending")
        if pending is None:
            raise AttributeError(name)
        build, args, _, _ = pending
        values = build(*args)
        deferred = later is not None
        for field_name, key, default, convert in _BUILT:
            if key == "inputs" and deferred:
                # stays unset: encoded on its own first read (the branch above), so building
                # shares or the explanation does not pay for encoding inputs
                continue
            value = values.get(key, _MISSING)
            if value is _MISSING:
                value = default()
            object.__setattr__(self, field_name, convert(value))
        try:
            object.__getattribute__(self, "_explanation")  # made already by explain(): kept
        except AttributeError:
            _set_explanation(self, [])
        _set_pending(self, None)
        return object.__getattribute__(self, name)

    def __getitem__(self, program: Program) -> Share:
        return self.shares.get(program, ZERO_SHARE)

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
        sums = self._sums
        if sums is None:
            return total(s.employer for s in self.shares.values())
        amount = sums[3]
        if amount is None:
            amount = sums[3] = _new_object(Rupiah)
            _set_amount(amount, _decimal(sums[0]))
        return amount  # type: ignore[no-any-return]

    @property
    def worker(self) -> Rupiah:
        """Everything deducted from the worker (or paid by a BPU member)."""
        sums = self._sums
        if sums is None:
            return total(s.worker for s in self.shares.values())
        amount = sums[4]
        if amount is None:
            amount = sums[4] = _new_object(Rupiah)
            _set_amount(amount, _decimal(sums[1]))
        return amount  # type: ignore[no-any-return]

    @property
    def government(self) -> Rupiah:
        """Everything the government pays (JKP share, budget-funded BPU contributions)."""
        sums = self._sums
        if sums is None:
            return total(s.government for s in self.shares.values())
        amount = sums[5]
        if amount is None:
            amount = sums[5] = _new_object(Rupiah)
            _set_amount(amount, _decimal(sums[2]))
        return amount  # type: ignore[no-any-return]

    @property
    def total(self) -> Rupiah:
        """Employer + worker + government."""
        sums = self._sums
        if sums is None:
            return total(s.total for s in self.shares.values())
        amount = sums[6]
        if amount is None:
            amount = sums[6] = _new_object(Rupiah)
            _set_amount(amount, _decimal(sums[0] + sums[1] + sums[2]))
        return amount  # type: ignore[no-any-return]

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
        check_schema(data, "contributions")
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
            explainer=explainer_from(data),
        )

    def rows(self) -> Iterator[tuple[str, Rupiah, Rupiah, Rupiah, Rupiah]]:
        """``(program, employer, worker, government, total)`` per program."""
        for p in self.programs:
            s = self[p]
            yield (p.code, s.employer, s.worker, s.government, s.total)

    def table(self, lang: str | None = None) -> str:
        """A plain-text table of the shares, then the notes (``None``: the current language)."""
        return contributions_text(self, resolve_lang(lang))

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
        return contributions_html(self, resolve_lang(None))


#: The fields a lazy :class:`Contributions` builds on first read (and ``inputs``: encoded).
_LAZY_FIELDS: Final = frozenset(
    {"shares", "allocations", "deferred", "notes", "inputs", "_explainer", "_explanation"}
)
_MISSING: Final = object()


def _built_fields() -> tuple[tuple[str, str, Callable[[], Any], Callable[[Any], Any]], ...]:
    """Per field a lazy result builds: its slot, its constructor keyword, default, converter."""
    out: list[tuple[str, str, Callable[[], Any], Callable[[Any], Any]]] = []
    for field in attrs.fields(Contributions):
        if field.name not in _LAZY_FIELDS or field.name == "_explanation":
            continue
        default: Any = field.default
        make = default.factory if isinstance(default, attrs.Factory) else functools.partial(_same, default)  # type: ignore[arg-type]
        convert: Any = field.converter or _same
        out.append((field.name, field.alias or field.name, make, convert))
    return tuple(out)


def _same(value: Any) -> Any:
    return value


def _given(inputs: Mapping[str, Any], _: object) -> Mapping[str, Any]:
    """The recorded inputs of a call, encoded when it returned (its arguments may change)."""
    return inputs


def _slot_setter(name: str) -> Callable[[Any, Any], None]:
    """The setter of a slot of the frozen class (which refuses ``setattr``), for lazy results."""
    setter: Callable[[Any, Any], None] = Contributions.__dict__[name].__set__
    return setter


_BUILT: Final = _built_fields()
_new_object: Final = object.__new__
_decimal: Final = Decimal
#: What ``Rupiah.unchecked`` does, inline in the totals (a call less per read): the slot's
#: setter of the frozen class.
_set_amount: Final[Callable[[Rupiah, Decimal], None]] = Rupiah.__dict__["amount"].__set__
_set_month: Final = _slot_setter("month")
_set_segment: Final = _slot_setter("segment")
_set_law_version: Final = _slot_setter("law_version")
_set_sums: Final = _slot_setter("_sums")
_set_pending: Final = _slot_setter("_pending")
_set_inputs_later: Final = _slot_setter("_inputs_later")
_set_inputs: Final = _slot_setter("inputs")
_set_explanation: Final = _slot_setter("_explanation")
