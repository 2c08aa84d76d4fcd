"""Explanations: how a result was reached, as an immutable tree.

Every result (``Contributions``, ``Award``, ``Decision``) has ``.explain()``, which returns
an :class:`Explanation`: a step with its inputs, the parameter values it used (each with
its citation and status), its value and its sub-steps. Data and rendering are kept apart:
``str()`` / :meth:`Explanation.render` give readable text in English or Bahasa Indonesia,
:meth:`Explanation.to_dict` gives JSON-ready data with a schema version.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Final, final

import attrs

from jamsos.legal import Status
from jamsos.money import Rate, Rupiah
from jamsos.parameters import DatedValue, ParameterSet

__all__ = ["SCHEMA", "Explanation", "ParamUse", "Tracer", "format_value"]

#: Version of the JSON layout of :meth:`Explanation.to_dict`.
SCHEMA: Final = "jamsos.explanation/1"

_LANGS: Final = ("en", "id")


def format_value(value: object, lang: str = "en") -> str:
    """Readable rendering of a value in an explanation."""
    if isinstance(value, Rupiah | Rate):
        return str(value)
    if isinstance(value, bool):
        if lang == "id":
            return "ya" if value else "tidak"
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
        return text.replace(".", ",") if lang == "id" else text
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {format_value(v, lang)}" for k, v in value.items())
    if isinstance(value, tuple | list):
        return ", ".join(format_value(v, lang) for v in value)
    if value is None:
        return "-"
    return str(value)


def _json(value: object) -> object:
    if isinstance(value, Rupiah | Rate):
        return value.to_json()
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    to_json = getattr(value, "to_json", None)
    if callable(to_json):
        return to_json()
    return str(value)


@final
@attrs.frozen
class ParamUse:
    """One parameter value used by a step, with its citation."""

    name: str
    value: object
    since: dt.date
    cite: str
    status: Status
    note: str | None = None

    @classmethod
    def of(cls, name: str, dv: DatedValue) -> ParamUse:
        """From a looked-up :class:`DatedValue`."""
        note = dv.note or (dv.basis.note if dv.basis else None)
        return cls(name, dv.value, dv.since, dv.cite(), dv.status, note)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {
            "name": self.name,
            "value": _json(self.value),
            "since": self.since.isoformat(),
            "basis": self.cite,
            "status": self.status.value,
            "note": self.note,
        }


@final
@attrs.frozen
class Explanation:
    """One step of a computation: what, from which inputs and parameters, with what result.

    ``title`` is English and ``title_id`` Bahasa Indonesia. ``children`` are the sub-steps.
    """

    title: str
    title_id: str
    value: object = None
    inputs: tuple[tuple[str, object], ...] = ()
    parameters: tuple[ParamUse, ...] = ()
    children: tuple[Explanation, ...] = ()
    note: str | None = None
    note_id: str | None = None

    def walk(self) -> Iterator[Explanation]:
        """This step and every sub-step, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def citations(self) -> tuple[str, ...]:
        """Every distinct citation used anywhere in the tree, in order of first use."""
        seen: dict[str, None] = {}
        for step in self.walk():
            for p in step.parameters:
                seen.setdefault(p.cite, None)
        return tuple(seen)

    def unconfirmed(self) -> tuple[ParamUse, ...]:
        """Parameter values used whose status is *unconfirmed*."""
        return tuple(p for s in self.walk() for p in s.parameters if p.status is Status.UNCONFIRMED)

    def render(self, lang: str = "en") -> str:
        """Readable text, indented by depth, in ``"en"`` or ``"id"``."""
        if lang not in _LANGS:
            from jamsos.errors import UnknownValueError

            raise UnknownValueError(f"unknown language {lang!r}; accepted: en, id")
        lines: list[str] = []
        self._render(lines, 0, lang)
        return "\n".join(lines)

    def _render(self, lines: list[str], depth: int, lang: str) -> None:
        pad = "  " * depth
        title = self.title_id if lang == "id" else self.title
        head = f"{pad}{title}"
        if self.value is not None:
            head += f": {format_value(self.value, lang)}"
        lines.append(head)
        for key, val in self.inputs:
            lines.append(f"{pad}  · {key} = {format_value(val, lang)}")
        unconf = "belum terkonfirmasi" if lang == "id" else "unconfirmed"
        for p in self.parameters:
            flag = f" [{unconf}]" if p.status is Status.UNCONFIRMED else ""
            since = "berlaku sejak" if lang == "id" else "since"
            lines.append(
                f"{pad}  § {p.name} = {format_value(p.value, lang)} "
                f"({p.cite}, {since} {p.since.isoformat()}){flag}"
            )
        note = self.note_id if (lang == "id" and self.note_id) else self.note
        if note:
            lines.append(f"{pad}  ! {note}")
        for child in self.children:
            child._render(lines, depth + 1, lang)

    def __str__(self) -> str:
        return self.render("en")

    def to_dict(self) -> dict[str, object]:
        """JSON-ready tree with the schema version at the root."""
        return {"schema": SCHEMA, **self._dict()}

    def _dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "title_id": self.title_id,
            "value": _json(self.value),
            "inputs": {k: _json(v) for k, v in self.inputs},
            "parameters": [p.to_dict() for p in self.parameters],
            "note": self.note,
            "children": [c._dict() for c in self.children],
        }

    def _repr_html_(self) -> str:
        return "<pre>" + html.escape(self.render("en")) + "</pre>"


class Tracer:
    """Looks parameters up and remembers each use, for building an :class:`Explanation`.

    Rule modules call ``t.rupiah(name, on)`` etc. instead of the parameter set directly,
    then ``t.uses()`` gives the :class:`ParamUse` list of the step.
    """

    __slots__ = ("_uses", "params")

    def __init__(self, params: ParameterSet) -> None:
        self.params = params
        self._uses: dict[str, ParamUse] = {}

    def value(self, name: str, on: dt.date) -> object:
        """The raw value, recorded."""
        dv = self.params.value(name, on)
        self._uses[name] = ParamUse.of(name, dv)
        return dv.value

    def dated(self, name: str, on: dt.date) -> DatedValue:
        """The :class:`DatedValue`, recorded."""
        dv = self.params.value(name, on)
        self._uses[name] = ParamUse.of(name, dv)
        return dv

    def rupiah(self, name: str, on: dt.date) -> Rupiah:
        """A rupiah value, recorded."""
        value = self.params.rupiah(name, on)
        self._uses[name] = ParamUse.of(name, self.params.value(name, on))
        return value

    def rate(self, name: str, on: dt.date) -> Rate:
        """A rate, recorded."""
        value = self.params.rate(name, on)
        self._uses[name] = ParamUse.of(name, self.params.value(name, on))
        return value

    def integer(self, name: str, on: dt.date) -> int:
        """A whole number, recorded."""
        value = self.params.integer(name, on)
        self._uses[name] = ParamUse.of(name, self.params.value(name, on))
        return value

    def decimal(self, name: str, on: dt.date) -> Decimal:
        """A decimal, recorded."""
        value = self.params.decimal(name, on)
        self._uses[name] = ParamUse.of(name, self.params.value(name, on))
        return value

    def uses(self) -> tuple[ParamUse, ...]:
        """Every parameter looked up so far, in order of first use."""
        return tuple(self._uses.values())

    def take(self) -> tuple[ParamUse, ...]:
        """The uses so far, then forget them (to start the next step)."""
        out = tuple(self._uses.values())
        self._uses = {}
        return out
