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
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, TypedDict, final

import attrs

from jamsos.frozen import deep_freeze
from jamsos.i18n import N_, current_lang, translate
from jamsos.legal import Status
from jamsos.money import Rate, Rupiah
from jamsos.parameters import DatedValue, ParameterSet

__all__ = [
    "SCHEMA",
    "Deferred",
    "Explanation",
    "ExplanationDict",
    "ExplanationStepDict",
    "ParamUse",
    "ParamUseDict",
    "Tracer",
    "format_value",
]

#: Version of the JSON layout of :meth:`Explanation.to_dict` (``jamsos.schema("explanation")``).
SCHEMA: Final = "jamsos.explanation/2"

_LANGS: Final = ("en", "id")


def format_value(value: object, lang: str = "en") -> str:
    """Readable rendering of a value in an explanation."""
    kind = type(value)
    # Fast paths by exact type (the same text as the checks below; those isinstance checks,
    # ABCs included, dominated rendering an explanation: issue 10's explain benchmark).
    if kind is Rupiah or kind is Rate or kind is int:
        return str(value)
    if kind is str:
        return value  # type: ignore[return-value]
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
        # a mapping's keys are English words (``months``, ``percent``): shown in the reader's language
        return ", ".join(f"{_key(str(k), lang)}: {format_value(v, lang)}" for k, v in value.items())
    if isinstance(value, tuple | list):
        return ", ".join(_word(v, lang) if type(v) is str else format_value(v, lang) for v in value)
    if value is None:
        return "-"
    rows = getattr(value, "rows", None)  # a Table/Schedule of the law data: its field names translated
    if lang != "en" and isinstance(rows, tuple) and all(isinstance(r, Mapping) for r in rows):
        return ", ".join(format_value(r, lang) for r in rows)
    return str(value)


#: Explanation input names and values rendered through the catalog (marked for extraction).
_INPUT_WORDS: Final = (
    N_("risk_class"),
    N_("employer_scale"),
    N_("programs"),
    N_("jkp_member"),
    N_("labour_intensive_relief"),
    N_("covid_relief_eligible"),
    N_("wage used"),
    N_("band income"),
    N_("transport_worker"),
    N_("budget_funded"),
    N_("rate"),
    N_("contribution months"),
)
#: Inputs whose (English word) value is translated too.
_WORD_VALUED: Final = frozenset({"employer_scale", "heirs", "reason", "income", "phase"})
_SCALE_WORDS: Final = (N_("micro"), N_("small"), N_("medium"), N_("large"))


def _dates(text: str, lang: str) -> str:
    """``text`` with each ISO date/month written out (``2025-06`` → ``Juni 2025``)."""
    from jamsos.i18n import write_dates

    return write_dates(text, lang)


def _input_value(key: str, value: object, lang: str) -> str:
    if isinstance(value, str):
        if key in _WORD_VALUED and lang != "en":
            # a list of words (``widow/widower, child 1``): each through the catalog
            return ", ".join(_key(part, lang) for part in value.split(", "))
        return _dates(value, lang)
    if isinstance(value, dt.date):
        from jamsos.i18n import format_date

        return format_date(value, lang)
    return format_value(value, lang)


def _word(code: str, lang: str) -> str:
    """A code in a parameter's list (``total_disability``): its catalog word, else the code."""
    if lang == "en":
        return code
    from jamsos.i18n import translate

    words = code.replace("_", " ")
    found = translate(words, lang)
    return code if found == words else found


def _current() -> str:
    return current_lang()


#: ``_key`` answers by (key, lang): the compiled catalog is loaded once per process and never
#: changes, so a lookup gives the same text every time; caching it saves the gettext call per
#: rendered input line (issue 10's explain benchmark).
_KEYS: dict[tuple[str, str], str] = {}


def _key(key: str, lang: str) -> str:
    """An input's name in ``lang``: the catalog entry of the name, else of its template.

    A name with values in it (``month 3: 31/31 days at 100%``) is looked up as its template
    (``month {0}: {1}/{2} days at {3}%``), so the catalog holds one entry per kind of name.
    """
    found = _KEYS.get((key, lang))
    if found is None:
        from jamsos.i18n import translate_filled

        found = _dates(key, lang) if lang == "en" else translate_filled(key, lang)
        if len(_KEYS) >= _PARAM_LINES_MAX:
            _KEYS.clear()
        found = _KEYS[(key, lang)] = found
    return found


#: Rendered parameter lines by (ParamUse identity, lang). The contribution kernel reuses one
#: month's ParamUse objects in every explanation of that month, so the same line (a Rate or
#: Rupiah formatted, a citation) would otherwise be formatted again for every result (issue
#: 10's explain benchmark). Keyed by ``id`` because hashing a ParamUse costs about as much as
#: formatting it; the entry keeps the object alive so its id cannot be reused, and the cache
#: is emptied when it grows past ``_PARAM_LINES_MAX`` (ParamUse objects built per call, e.g.
#: by benefit functions or parameter overrides, must not accumulate).
_PARAM_LINES: dict[tuple[int, str], tuple[ParamUse, str]] = {}
_PARAM_LINES_MAX: Final = 4096


def _param_line(p: ParamUse, lang: str) -> str:
    """``name = value (citation, since date)[ flag]`` for one parameter use, in ``lang``."""
    key = (id(p), lang)
    entry = _PARAM_LINES.get(key)
    if entry is not None and entry[0] is p:
        return entry[1]
    unconf = "belum terkonfirmasi" if lang == "id" else "unconfirmed"
    flag = f" [{unconf}]" if p.status is Status.UNCONFIRMED else ""
    if p.note and p.note.startswith(PROJECTION):
        # past the data's release horizon, under current law (issue 11): say so
        flag += f" [{translate(PROJECTION, lang)}]"
    since = "berlaku sejak" if lang == "id" else "since"
    from jamsos.i18n import format_date

    day = format_date(p.since, lang)
    text = f"{p.name} = {format_value(p.value, lang)} ({p.cite}, {since} {day}){flag}"
    if len(_PARAM_LINES) >= _PARAM_LINES_MAX:
        _PARAM_LINES.clear()
    _PARAM_LINES[key] = (p, text)
    return text


def _json(value: object) -> Any:
    from jamsos.jsonform import encode_value

    return encode_value(value)


def _unjson(value: object) -> Any:
    from jamsos.jsonform import decode_value

    return decode_value(value)


def _inputs(value: object) -> tuple[tuple[str, object], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(k), deep_freeze(v)) for k, v in items)  # type: ignore[attr-defined]


#: The label of a value used past the law data's release horizon (``assume_current_law``).
PROJECTION: Final = N_("projection under current law")


class Deferred(Protocol):
    """What :meth:`Explanation.later` takes: a tree to build later and its text now."""

    def tree(self) -> Explanation:
        """The whole tree."""
        ...

    def text(self, lang: str) -> str:
        """Exactly ``self.tree().render(lang)``, without building the tree."""
        ...


class ParamUseDict(TypedDict):
    """The JSON form of a :class:`ParamUse`."""

    name: str
    value: Any
    since: str
    basis: str
    status: Literal["confirmed", "unconfirmed"]
    note: str | None


class ExplanationStepDict(TypedDict):
    """The JSON form of one step of an :class:`Explanation`."""

    title: str
    title_id: str
    value: Any
    inputs: dict[str, Any]
    parameters: list[ParamUseDict]
    note: str | None
    note_id: str | None
    children: list[ExplanationStepDict]


class ExplanationDict(ExplanationStepDict):
    """The JSON form of an :class:`Explanation` (the root step carries the schema version)."""

    schema: Literal["jamsos.explanation/2"]


@final
@attrs.frozen
class ParamUse:
    """One parameter value used by a step, with its citation."""

    name: str
    value: object = attrs.field(converter=deep_freeze)
    since: dt.date
    cite: str
    status: Status
    note: str | None = None

    @classmethod
    def of(cls, name: str, dv: DatedValue) -> ParamUse:
        """From a looked-up :class:`DatedValue`."""
        note = dv.note or (dv.basis.note if dv.basis else None)
        return cls(name, dv.value, dv.since, dv.cite(), dv.status, note)

    def to_dict(self) -> ParamUseDict:
        """JSON-ready mapping; the value is self-describing (``{"rupiah": "10547400"}``)."""
        return {
            "name": self.name,
            "value": _json(self.value),
            "since": self.since.isoformat(),
            "basis": self.cite,
            "status": "confirmed" if self.status is Status.CONFIRMED else "unconfirmed",
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParamUse:
        """Inverse of :meth:`to_dict`."""
        return cls(
            str(data["name"]),
            _unjson(data["value"]),
            dt.date.fromisoformat(data["since"]),
            str(data["basis"]),
            Status(data["status"]),
            data.get("note"),
        )


@final
@attrs.frozen
class Explanation:
    """One step of a computation: what, from which inputs and parameters, with what result.

    ``title`` is English and ``title_id`` Bahasa Indonesia. ``children`` are the sub-steps.
    """

    title: str
    title_id: str
    value: object = attrs.field(default=None, converter=deep_freeze)
    inputs: tuple[tuple[str, object], ...] = attrs.field(default=(), converter=_inputs)
    parameters: tuple[ParamUse, ...] = ()
    children: tuple[Explanation, ...] = ()
    note: str | None = None
    note_id: str | None = None
    # A tree made by :meth:`later`: the source whose ``tree()`` gives the whole tree on the first
    # read of a field and whose ``text(lang)`` renders it without building it. Never compared,
    # hashed or pickled (pickles hold the built fields, as before).
    _later: Deferred | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @classmethod
    def later(cls, source: Deferred) -> Explanation:
        """An explanation whose tree is built on first use (the contribution kernel's fast path).

        ``source.tree()`` returns the whole tree, called the first time any field is read
        (so equality, hashing, pickling, JSON, walking and HTML see the built tree);
        ``source.text(lang)`` returns exactly ``source.tree().render(lang)`` without building
        it, which :meth:`render` and ``str()`` use. The source proves the two equal (issue 10:
        a compiled text template filled with the kernel's own amounts).
        """
        obj = _new(cls)
        _set_later(obj, source)
        return obj

    if not TYPE_CHECKING:  # type checkers keep seeing the fields only

        def __getattr__(self, name: str) -> Any:
            # Called only when a slot is unset: a field of a tree made by later(), not built yet.
            if name not in _FIELDS:
                raise AttributeError(name)
            later = object.__getattribute__(self, "_later")
            if later is None:
                raise AttributeError(name)
            tree = later.tree()
            for field in _FIELDS:
                object.__setattr__(self, field, object.__getattribute__(tree, field))
            return object.__getattribute__(self, name)

    def __getstate__(self) -> dict[str, Any]:
        # the state of a built tree (the layout attrs wrote before ``_later`` existed)
        return {name: getattr(self, name) for name in _FIELDS}

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        for name in _FIELDS:
            if name in state:
                object.__setattr__(self, name, state[name])
        object.__setattr__(self, "_later", None)

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
        """Readable text, indented by depth, in ``"en"`` or ``"id"``.

        Dates and months are written out in that language (``Juni 2025``); an input a
        sub-step repeats with the same value as its parent step is shown once, at the parent.
        """
        if lang not in _LANGS:
            from jamsos.errors import UnknownValueError

            raise UnknownValueError(N_("unknown language {lang!r}; accepted: en, id"), lang=lang)
        later = self._later
        if later is not None:
            return later.text(lang)
        lines: list[str] = []
        self._render(lines, 0, lang, ())
        return "\n".join(lines)

    def _render(
        self, lines: list[str], depth: int, lang: str, inherited: tuple[tuple[str, object], ...]
    ) -> None:
        pad = "  " * depth
        title = _dates(self.title_id if lang == "id" else self.title, lang)
        head = f"{pad}{title}"
        if self.value is not None:
            head += f": {format_value(self.value, lang)}"
        lines.append(head)
        for key, val in self.inputs:
            if (key, val) in inherited:
                continue
            lines.append(f"{pad}  · {_key(key, lang)} = {_input_value(key, val, lang)}")
        for p in self.parameters:
            lines.append(f"{pad}  § {_param_line(p, lang)}")
        note = self.note_id if (lang == "id" and self.note_id) else self.note
        if note:
            lines.append(f"{pad}  ! {_dates(note, lang)}")
        for child in self.children:
            child._render(lines, depth + 1, lang, inherited + self.inputs)

    def __str__(self) -> str:
        lang = current_lang()  # always "en" or "id"
        later = self._later
        if later is not None:
            return later.text(lang)
        return self.render(lang)

    def to_dict(self) -> ExplanationDict:
        """JSON-ready tree with the schema version at the root (``jamsos.schema("explanation")``).

        Values, inputs and parameter values are self-describing (``{"rupiah": "8000000"}``),
        so :meth:`from_dict` rebuilds a tree that renders the same text.
        """
        step = self._dict()
        return {"schema": SCHEMA, **step}

    def _dict(self) -> ExplanationStepDict:
        return {
            "title": self.title,
            "title_id": self.title_id,
            "value": _json(self.value),
            "inputs": {k: _json(v) for k, v in self.inputs},
            "parameters": [p.to_dict() for p in self.parameters],
            "note": self.note,
            "note_id": self.note_id,
            "children": [c._dict() for c in self.children],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Explanation:
        """Inverse of :meth:`to_dict` (the ``schema`` key is optional below the root)."""
        return cls(
            title=str(data["title"]),
            title_id=str(data["title_id"]),
            value=_unjson(data.get("value")),
            inputs=tuple((str(k), _unjson(v)) for k, v in data.get("inputs", {}).items()),
            parameters=tuple(ParamUse.from_dict(p) for p in data.get("parameters", ())),
            children=tuple(cls.from_dict(c) for c in data.get("children", ())),
            note=data.get("note"),
            note_id=data.get("note_id"),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """:meth:`to_dict` as JSON text."""
        from jamsos.jsonform import dumps

        return dumps(self.to_dict(), indent=indent)

    def _repr_html_(self) -> str:
        """A collapsible tree (``<details>`` per step) in the current language."""
        return self._html(_current(), 0)

    def _html(self, lang: str, depth: int) -> str:
        title = _dates(self.title_id if lang == "id" else self.title, lang)  # as render() writes it
        value = f": <b>{html.escape(format_value(self.value, lang))}</b>" if self.value is not None else ""
        items = [
            f"<li>{html.escape(_key(k, lang))} = {html.escape(_input_value(k, v, lang))}</li>"
            for k, v in self.inputs
        ]
        items += [
            f"<li>§ {html.escape(p.name)} = {html.escape(format_value(p.value, lang))} "
            f"<small>({html.escape(p.cite)})</small></li>"
            for p in self.parameters
        ]
        note = self.note_id if (lang == "id" and self.note_id) else self.note
        if note:
            items.append(f"<li><i>{html.escape(_dates(note, lang))}</i></li>")
        body = f"<ul>{''.join(items)}</ul>" if items else ""
        children = "".join(c._html(lang, depth + 1) for c in self.children)
        if not body and not children:
            return f"<div>{html.escape(title)}{value}</div>"
        opened = " open" if depth == 0 else ""
        return f"<details{opened}><summary>{html.escape(title)}{value}</summary>{body}{children}</details>"


#: The data fields of an :class:`Explanation` (what :meth:`Explanation.later` builds).
_FIELDS: Final = tuple(f.name for f in attrs.fields(Explanation) if f.name != "_later")
_new: Final = object.__new__
#: The setter of the ``_later`` slot (the frozen class refuses ``setattr``).
_set_later: Final[Callable[[Explanation, Deferred], None]] = Explanation.__dict__["_later"].__set__


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
