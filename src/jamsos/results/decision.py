"""The :class:`Decision` result: whether a right exists, with every condition checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypedDict, final

import attrs

from jamsos.explain import Explanation, ExplanationDict
from jamsos.frozen import FrozenMap
from jamsos.jsonform import converter, decode_value, encode_value, thaw_json
from jamsos.parameters import LawVersion
from jamsos.render import decision_html, decision_text
from jamsos.results.base import (
    ResultBase,
    as_details,
    as_inputs,
    explainer_from,
    no_explanation,
    resolve_lang,
)
from jamsos.results.layout import RESULT_SCHEMA, LawVersionDict, check_schema, version_from_json, version_json
from jamsos.results.notes import Note, NoteDict, Reason, ReasonDict, as_notes, as_reasons


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
class Decision(ResultBase):
    """Whether a right exists, with every condition checked.

    ``eligible`` is True when every reason is met. ``earliest_on`` is the first day the
    right can be exercised where a waiting period applies. ``reasons`` lists every
    condition, met or not; ``failed`` only the unmet ones.
    """

    eligible: bool
    reasons: tuple[Reason, ...] = attrs.field(converter=as_reasons)
    earliest_on: dt.date | None = None
    notes: tuple[Note, ...] = attrs.field(default=(), converter=as_notes)
    details: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=as_details)
    kind: str = "decision"
    inputs: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=as_inputs)
    law_version: LawVersion | None = None
    _explainer: Callable[[], Explanation] = attrs.field(
        default=no_explanation, repr=False, alias="explainer", eq=False
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
        check_schema(data, "decision")
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
            explainer=explainer_from(data),
        )

    def table(self, lang: str | None = None) -> str:
        """The verdict, the earliest date, each condition with its basis, then the notes."""
        return decision_text(self, resolve_lang(lang))

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        return decision_html(self, resolve_lang(None))
