"""Request bodies to keyword arguments, driven by the request JSON Schemas themselves.

The JSON Schemas in ``schemas/requests.json`` are the single description of each request
body: the OpenAPI document publishes them and this module compiles them into converters.
A converter checks the JSON *shape* (object, array, string, integer, boolean, unknown or
missing keys) and builds the library's own input types (``ContributionHistory``,
``jp.Survivors``, ``scholarship.Child``, ``events.Family``, ``jkk.Injury``, a
``ParameterSet`` with overrides).
Every *value* is validated by the library itself: amounts by ``Rupiah``, months by
``Month.parse``, dates by :func:`jamsos.periods.as_date`, codes by the enums' parsers. So
the server accepts exactly what the Python API accepts, and refuses it with the same
error class and message.

JSON numbers arrive as exact ``Decimal`` (the body is parsed with ``parse_float=Decimal``),
so ``12.5`` is twelve and a half, never a binary float.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, Final

from jamsos.errors import InvalidInputError, JamsosError
from jamsos.i18n import N_
from jamsos.parameters import ParameterSet
from jamsos.periods import as_date

__all__ = [
    "Converter",
    "FieldError",
    "compile_request",
    "json_type",
    "overridden",
    "refuse",
    "request_schemas",
    "within",
]

#: ``convert(value, path) -> python value``; ``path`` names the field in errors.
Converter = Callable[[object, str], object]


class FieldError(Exception):
    """A library error about one field of the request body (``field`` is its JSON path)."""

    def __init__(self, error: JamsosError, field: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.field = field


def refuse(at: str, template: str, /, **values: object) -> FieldError:
    """A :class:`FieldError` about the field ``at``: an English msgid and its values."""
    return FieldError(InvalidInputError(template, field=at or None, **values), at)


def within(path: str, exc: JamsosError) -> FieldError:
    """A library error raised while building the value at ``path``: its own ``field`` (an
    argument name of the library type) is appended to the path."""
    inner = exc.field
    if not inner or inner == path or path.endswith("." + inner):
        return FieldError(exc, path)  # the library was told the path itself
    return FieldError(exc, _join(path, inner))


@cache
def request_schemas() -> Mapping[str, Any]:
    """The shipped JSON Schema document of request bodies (``$defs`` by name)."""
    text = resources.files("jamsos.server").joinpath("schemas/requests.json").read_text("utf-8")
    doc: Mapping[str, Any] = json.loads(text)
    return doc


def json_type(value: object) -> str:
    """The JSON type of a parsed value (``bool`` is ``boolean``, never ``integer``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, Decimal | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _wrong(path: str, expected: set[str] | frozenset[str], value: object) -> FieldError:
    names = "/".join(sorted(expected))
    return refuse(
        path,
        N_("{path} must be JSON {expected}, got {got}"),
        path=path,
        expected=names,
        got=json_type(value),
    )


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# ---------------------------------------------------------------------------------------
# library input types built from converted objects, by $defs name
# ---------------------------------------------------------------------------------------
def _record(kw: object, path: str) -> object:
    from jamsos.domain import ContributionRecord

    assert isinstance(kw, dict)
    return ContributionRecord(**kw)


def _history(kw: object, path: str) -> object:
    from jamsos.domain import ContributionHistory

    assert isinstance(kw, dict)
    if "constant" in kw:
        c = kw["constant"]
        return ContributionHistory.constant(c["wage"], c["first_month"], c["last_month"])
    return ContributionHistory(tuple(kw["records"]))


def _survivors(kw: object, path: str) -> object:
    from jamsos.jp import Survivors

    assert isinstance(kw, dict)
    return Survivors(**kw)


def _pension_child(value: object, path: str) -> object:
    from jamsos.jp import Child

    return Child(**value) if isinstance(value, dict) else Child(value)


def _scholarship_child(value: object, path: str) -> object:
    from jamsos.scholarship import Child

    return Child(**value) if isinstance(value, dict) else value


def _event_child(value: object, path: str) -> object:
    from jamsos.events import Child

    return Child(**value) if isinstance(value, dict) else Child.parse(value)


def _family(kw: object, path: str) -> object:
    from jamsos.events import Family

    assert isinstance(kw, dict)
    return Family(**kw)


def _injury(kw: object, path: str) -> object:
    from jamsos.jkk import Injury

    assert isinstance(kw, dict)
    return Injury(**kw)


def _year_rates(kw: object, path: str) -> object:
    from jamsos.money import Rate

    assert isinstance(kw, dict)
    out = {}
    for year, rate in kw.items():
        if not (len(year) == 4 and year.isascii() and year.isdigit()):
            raise refuse(
                _join(path, year), N_("{path}: a year has four digits, e.g. 2024"), path=_join(path, year)
            )
        try:
            out[int(year)] = Rate.percent(rate)
        except JamsosError as exc:
            raise within(_join(path, year), exc) from None
    return out


def _dated_amount(kw: object, path: str) -> object:
    assert isinstance(kw, dict)
    return (kw["on"], kw["amount"])


def _date(value: object, path: str) -> object:
    return as_date(value, path)


#: Built after the structure is checked: ``(converted, path) -> library value``.
FACTORIES: Final[Mapping[str, Converter]] = {
    "Date": _date,
    "ContributionRecord": _record,
    "ContributionHistory": _history,
    "Survivors": _survivors,
    "PensionChild": _pension_child,
    "ScholarshipChild": _scholarship_child,
    "EventChild": _event_child,
    "Family": _family,
    "Injury": _injury,
    "YearRates": _year_rates,
    "DatedAmount": _dated_amount,
}

#: $defs handled at the request level (they change the law data, not one argument).
OVERRIDES: Final = "ParameterOverrides"


# ---------------------------------------------------------------------------------------
# the schema compiler
# ---------------------------------------------------------------------------------------
class _Compiler:
    def __init__(self, defs: Mapping[str, Any]) -> None:
        self.defs = defs
        self.done: dict[str, Converter] = {}

    def ref(self, name: str) -> Converter:
        if name not in self.done:
            # a placeholder first, so that a recursive definition terminates
            self.done[name] = lambda v, p: self.done[name](v, p)
            inner = self.node(self.defs[name])
            factory = FACTORIES.get(name)
            self.done[name] = inner if factory is None else _then(inner, factory)
        return self.done[name]

    def node(self, schema: Mapping[str, Any]) -> Converter:
        if "$ref" in schema:
            return self.ref(str(schema["$ref"]).rsplit("/", 1)[-1])
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.node(schema["allOf"][0])
        if "anyOf" in schema:
            return self.union(schema["anyOf"])
        kind = schema.get("type")
        if kind == "object":
            return self.obj(schema)
        if kind == "array":
            item = self.node(schema.get("items", {}))
            return _array(item)
        if isinstance(kind, str):
            return _scalar(frozenset({kind}))
        if isinstance(kind, list):
            return _scalar(frozenset(kind))
        return lambda v, p: v

    def types(self, schema: Mapping[str, Any]) -> frozenset[str]:
        """The JSON types a schema node accepts (``number`` includes ``integer``)."""
        if "$ref" in schema:
            return self.types(self.defs[str(schema["$ref"]).rsplit("/", 1)[-1]])
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.types(schema["allOf"][0])
        if "anyOf" in schema:
            return frozenset().union(*(self.types(s) for s in schema["anyOf"]))
        kind = schema.get("type")
        found = {kind} if isinstance(kind, str) else set(kind or ())
        if "number" in found:
            found.add("integer")
        return frozenset(found)

    def union(self, options: list[Mapping[str, Any]]) -> Converter:
        branches = [(self.types(s), self.node(s)) for s in options]
        accepted = frozenset().union(*(t for t, _ in branches))

        def convert(value: object, path: str) -> object:
            kind = json_type(value)
            for types, conv in branches:
                if kind in types:
                    return conv(value, path)
            raise _wrong(path, accepted, value)

        return convert

    def obj(self, schema: Mapping[str, Any]) -> Converter:
        props: dict[str, Converter] = {k: self.node(s) for k, s in schema.get("properties", {}).items()}
        required: tuple[str, ...] = tuple(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        values: Converter | None = self.node(extra) if isinstance(extra, Mapping) else None
        closed = extra is False
        one_of: tuple[tuple[str, ...], ...] = tuple(
            tuple(alt.get("required", ())) for alt in schema.get("oneOf", ())
        )

        def convert(value: object, path: str) -> object:
            if not isinstance(value, dict):
                raise _wrong(path, frozenset({"object"}), value)
            for key in required:
                if key not in value:
                    field = _join(path, key)
                    raise refuse(field, N_("{path} is required"), path=field)
            if one_of and sum(all(k in value for k in alt) for alt in one_of) != 1:
                names = " | ".join(", ".join(alt) for alt in one_of)
                raise refuse(path, N_("{path} needs exactly one of: {names}"), path=path, names=names)
            out: dict[str, object] = {}
            for key, item in value.items():
                field = _join(path, key)
                conv = props.get(key)
                if conv is None:
                    if closed:
                        known = ", ".join(props)
                        raise refuse(
                            field, N_("unknown field {path}; accepted: {known}"), path=field, known=known
                        )
                    conv = values if values is not None else (lambda v, p: v)
                out[key] = conv(item, field)
            return out

        return convert


def _then(first: Converter, factory: Converter) -> Converter:
    def convert(value: object, path: str) -> object:
        shaped = first(value, path)
        if shaped is None:
            return None
        try:
            return factory(shaped, path)
        except FieldError:
            raise
        except JamsosError as exc:
            raise within(path, exc) from None

    return convert


def _array(item: Converter) -> Converter:
    def convert(value: object, path: str) -> object:
        if not isinstance(value, list):
            raise _wrong(path, frozenset({"array"}), value)
        return [item(v, f"{path}[{i}]") for i, v in enumerate(value)]

    return convert


def _scalar(types: frozenset[str]) -> Converter:
    accepted = types | ({"integer"} if "number" in types else set())

    def convert(value: object, path: str) -> object:
        if json_type(value) not in accepted:
            raise _wrong(path, types, value)
        return value

    return convert


@cache
def compile_request(name: str) -> Converter:
    """The converter of the request body ``$defs[name]`` (a mapping of keyword arguments)."""
    compiler = _Compiler(request_schemas()["$defs"])
    return compiler.ref(name)


def overridden(base: ParameterSet, overrides: list[dict[str, Any]]) -> ParameterSet:
    """``base`` with each override applied in order (``ParameterSet.override``)."""
    params = base
    for i, o in enumerate(overrides):
        field = f"params[{i}]"
        try:
            params = params.override(
                o["name"],
                o["since"],
                o["value"],
                until=o.get("until"),
                note=o.get("note"),
            )
        except JamsosError as exc:
            raise within(field, exc) from None
    return params
