"""The :class:`Award` result: a benefit, its components and its payment schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypedDict, final

import attrs

from jamsos.errors import UnknownValueError
from jamsos.explain import Explanation, ExplanationDict
from jamsos.frozen import FrozenMap
from jamsos.i18n import N_
from jamsos.jsonform import (
    converter,
    decode_value,
    encode_value,
    money_from_json,
    money_json,
    thaw_json,
    when_from_json,
    when_json,
)
from jamsos.money import Rupiah, total
from jamsos.parameters import LawVersion
from jamsos.periods import Month
from jamsos.render import award_html, award_text
from jamsos.results.base import (
    ResultBase,
    as_details,
    as_inputs,
    explainer_from,
    no_explanation,
    resolve_lang,
)
from jamsos.results.layout import RESULT_SCHEMA, LawVersionDict, check_schema, version_from_json, version_json
from jamsos.results.notes import Note, NoteDict, as_notes
from jamsos.results.parts import Component, ComponentDict, Payment, PaymentDict, as_components

if TYPE_CHECKING:
    import pandas as pd


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
class Award(ResultBase):
    """A benefit: components, total, payment schedule and (for pensions) the monthly amount.

    ``payments`` is a tuple of ``(date or Month, Rupiah)``; for a lump sum it holds one
    payment. ``monthly`` is the first monthly amount of a pension, ``None`` otherwise.
    """

    kind: str
    components: tuple[Component, ...] = attrs.field(converter=as_components)
    payments: tuple[Payment, ...] = attrs.field(default=(), converter=_payments)
    monthly: Rupiah | None = None
    notes: tuple[Note, ...] = attrs.field(default=(), converter=as_notes)
    details: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=as_details)
    inputs: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=as_inputs)
    law_version: LawVersion | None = None
    _explainer: Callable[[], Explanation] = attrs.field(
        default=no_explanation, repr=False, alias="explainer", eq=False
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
            N_("no component {name!r}; this award has: {names}"), field="name", name=name, names=names
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
        check_schema(data, "award")
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
            explainer=explainer_from(data),
        )

    def to_frame(self) -> pd.DataFrame:
        """The payment schedule as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            from jamsos.errors import MissingDependencyError

            raise MissingDependencyError(N_("to_frame() needs pandas: pip install 'jamsos[pandas]'")) from exc
        return pd.DataFrame(
            {
                "when": [str(w) if isinstance(w, Month) else w for w, _ in self.payments],
                "amount": [int(a.rounded()) for _, a in self.payments],
            }
        )

    def table(self, lang: str | None = None) -> str:
        """The components, the monthly amount, the payment schedule and the notes, as text."""
        return award_text(self, resolve_lang(lang))

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        return award_html(self, resolve_lang(None))
