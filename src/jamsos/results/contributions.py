"""The :class:`Contributions` result: what is owed for one month, per program and party."""

from __future__ import annotations

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
                object.__setattr__(self, "inputs", as_inputs(encode()))
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


#: The fields a lazy :class:`Contributions` builds on first read.
_LAZY_FIELDS: Final = frozenset(
    {"shares", "allocations", "deferred", "notes", "inputs", "law_version", "_explainer", "_explanation"}
)
