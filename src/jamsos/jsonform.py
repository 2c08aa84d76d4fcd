"""The one JSON form of jamsos results: value encoding, result registry, schemas.

Every result (:class:`~jamsos.results.Contributions`, :class:`~jamsos.results.Award`,
:class:`~jamsos.results.Decision`, and the results other modules add) has ``to_json()``;
:func:`from_json` turns that text back into an equal result
(``from_json(r.to_json()) == r``). The layout is described by JSON Schemas (draft 2020-12)
shipped in the package: :func:`schema` returns ``"result"``, ``"explanation"`` or
``"error"``.

Conventions (see ``docs/json.md``):

* where the schema fixes a field's type, values are plain: money is a string of the exact
  amount in rupiah (``"750200"``), dates are ISO (``"2025-06-15"``), months ``"2025-06"``;
* where a value is free-form (``details``, ``inputs``, explanation values), it is
  self-describing: a one-key object names the unit (``{"rupiah": "750200"}``,
  ``{"percent": "0.24"}``, ``{"date": "2025-06-15"}``, ``{"month": "2025-06"}``,
  ``{"decimal": "0.5"}``); a mapping whose keys are not strings is ``{"pairs": [[k, v],
  ...]}``; a string-keyed object that could be read as one of these is wrapped in
  ``{"object": {...}}``. Rates always carry their unit: ``{"percent": "0.24"}``.

A new kind of result joins the same form by registering its class with
:func:`register_result` under a ``type`` discriminator; the class provides ``to_dict()``
(whose ``"type"`` is that name) and a classmethod ``from_dict(data)``, and its layout is
added to ``schemas/result.json`` as one more ``$defs`` entry and ``if``/``then`` branch. A
module that ``import jamsos`` does not import also gets a loader in the package facade
(:func:`register_result_loader`).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any, Final, Protocol, TypeAlias, TypeVar

import attrs
import cattrs

from jamsos.errors import InvalidInputError, JamsosError, UnknownValueError
from jamsos.frozen import FrozenMap, deep_freeze
from jamsos.i18n import N_
from jamsos.money import Rate, Rupiah
from jamsos.periods import Month

__all__ = [
    "JSONValue",
    "Result",
    "converter",
    "decode_value",
    "dumps",
    "encode_value",
    "from_dict",
    "from_json",
    "register_result",
    "register_result_loader",
    "result_types",
    "schema",
    "schema_names",
]

#: Any JSON value.
JSONValue: TypeAlias = bool | int | str | list["JSONValue"] | dict[str, "JSONValue"] | None

#: The one-key tags of self-describing values.
TAGS: Final = frozenset({"rupiah", "percent", "decimal", "date", "month", "pairs", "object"})


class Result(Protocol):
    """What every jamsos result offers: JSON out and an explanation."""

    def to_json(self, *, explanation: bool = True, indent: int | None = None) -> str: ...


_R = TypeVar("_R")


# -- plain (schema-typed) values ---------------------------------------------------------------
def money_json(value: Rupiah) -> str:
    """A rupiah amount as the exact decimal string (``"750200"``)."""
    return format(value.amount, "f")


def money_from_json(text: object, where: str = "amount") -> Rupiah:
    """Inverse of :func:`money_json` (a JSON string of digits)."""
    if not isinstance(text, str):
        raise InvalidInputError(
            N_("{where} must be a JSON string of the amount in rupiah, got {got}"),
            field=where,
            where=where,
            got=type(text).__name__,
        )
    return Rupiah(text)


def rate_json(value: Rate) -> dict[str, str]:
    """A rate with its unit: ``{"percent": "0.24"}``."""
    return {"percent": format(value.as_percent, "f")}


def date_from_json(text: object, where: str = "date") -> dt.date:
    """An ISO date."""
    if not isinstance(text, str):
        raise InvalidInputError(N_("{where} must be an ISO date string"), field=where, where=where)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInputError(
            N_("{where} {text!r} is not an ISO date (YYYY-MM-DD)"), field=where, where=where, text=text
        ) from None


def when_json(value: dt.date | Month) -> str:
    """A payment's date (``"2025-06-15"``) or month (``"2025-06"``)."""
    return str(value) if isinstance(value, Month) else value.isoformat()


def when_from_json(text: object, where: str = "when") -> dt.date | Month:
    """Inverse of :func:`when_json`: 10 characters is a date, 7 a month."""
    if isinstance(text, str) and len(text) == 7:
        return Month.parse(text)
    return date_from_json(text, where)


# -- free-form (self-describing) values -------------------------------------------------------
def encode_value(value: object) -> JSONValue:
    """A free-form value as self-describing JSON (see the module docstring).

    >>> encode_value({"cap": Rupiah(10_547_400), "rate": Rate.percent("1")})
    {'cap': {'rupiah': '10547400'}, 'rate': {'percent': '1'}}
    >>> encode_value({2024: Month(2024, 1)})
    {'pairs': [[2024, {'month': '2024-01'}]]}
    """
    fast = _FAST.get(type(value))
    if fast is not None:
        return fast(value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Rupiah):
        return {"rupiah": money_json(value)}
    if isinstance(value, Rate):
        return {"percent": format(value.as_percent, "f")}
    if isinstance(value, Decimal):
        return {"decimal": format(value, "f")}
    if isinstance(value, Month):
        return {"month": str(value)}
    if isinstance(value, dt.datetime):
        return str(value.isoformat())
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, enum.Enum):
        return encode_value(value.value)
    if isinstance(value, Mapping):
        if all(isinstance(k, str) for k in value):
            obj: dict[str, JSONValue] = {k: encode_value(v) for k, v in value.items()}
            if len(obj) == 1 and next(iter(obj)) in TAGS:
                return {"object": obj}
            return obj
        return {"pairs": [[encode_value(k), encode_value(v)] for k, v in value.items()]}
    if isinstance(value, list | tuple):
        return [encode_value(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((encode_value(v) for v in value), key=json.dumps)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return encode_value(to_dict())
    kind = type(value)
    if attrs.has(kind):
        return {
            f.name: encode_value(getattr(value, f.name))
            for f in attrs.fields(kind)
            if not f.name.startswith("_")
        }
    return str(value)


def _same(value: Any) -> Any:
    return value


#: Exact-type fast paths of :func:`encode_value` (the common argument types).
_FAST: Final[dict[type, Callable[[Any], JSONValue]]] = {
    type(None): _same,
    bool: _same,
    int: _same,
    str: _same,
    Rupiah: lambda v: {"rupiah": format(v.amount, "f")},
    Month: lambda v: {"month": str(v)},
    dt.date: lambda v: {"date": v.isoformat()},
}


def decode_value(data: object) -> Any:
    """Inverse of :func:`encode_value`: lists become tuples, objects :class:`FrozenMap`."""
    if data is None or isinstance(data, bool | int | str):
        return data
    if isinstance(data, float):
        raise InvalidInputError(
            N_("a number in jamsos JSON must be an integer or a tagged decimal, got {value!r}"), value=data
        )
    if isinstance(data, list):
        return tuple(decode_value(v) for v in data)
    if isinstance(data, dict):
        if len(data) == 1:
            (tag, inner), *_ = data.items()
            if tag in TAGS:
                return _decode_tag(tag, inner)
        return FrozenMap({str(k): decode_value(v) for k, v in data.items()})
    raise InvalidInputError(N_("not a JSON value: {kind}"), kind=type(data).__name__)


def _decode_tag(tag: str, inner: object) -> Any:
    try:
        if tag == "rupiah":
            return money_from_json(inner)
        if tag == "percent":
            return Rate.percent(str(inner))
        if tag == "decimal":
            return Decimal(str(inner))
        if tag == "date":
            return date_from_json(inner)
        if tag == "month":
            return Month.parse(str(inner))
        if tag == "pairs":
            if not isinstance(inner, list):
                raise InvalidInputError(N_("'pairs' must hold a list of [key, value] pairs"))
            return FrozenMap({decode_value(k): decode_value(v) for k, v in inner})
        if isinstance(inner, dict):  # "object"
            return FrozenMap({str(k): decode_value(v) for k, v in inner.items()})
        raise InvalidInputError(N_("'object' must hold a JSON object"))
    except (InvalidOperation, ValueError, TypeError) as exc:
        if isinstance(exc, InvalidInputError):
            raise
        raise InvalidInputError(N_("bad {tag!r} value {value!r}"), tag=tag, value=inner) from None


def freeze_json(value: object) -> Any:
    """A JSON-ready value made immutable (lists → tuples, objects → FrozenMap)."""
    return deep_freeze(value)


def thaw_json(value: Any) -> JSONValue:
    """Inverse of :func:`freeze_json`: tuples → lists, mappings → dicts."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value  # type: ignore[no-any-return]
    if kind is FrozenMap:
        return {str(k): thaw_json(v) for k, v in value.items()}
    if isinstance(value, Mapping):
        return {str(k): thaw_json(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [thaw_json(v) for v in value]
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


# -- cattrs converter for the leaf value types ------------------------------------------------
def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(Rupiah, money_json)
    conv.register_structure_hook(Rupiah, lambda v, _: money_from_json(v))
    conv.register_unstructure_hook(Rate, rate_json)
    conv.register_structure_hook(Rate, lambda v, _: Rate.percent(str(v["percent"])))
    conv.register_unstructure_hook(Month, str)
    conv.register_structure_hook(Month, lambda v, _: Month.parse(v))
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, lambda v, _: date_from_json(v))
    return conv


#: The cattrs converter every result uses for its leaf values (money, rates, months,
#: dates, and the small attrs classes: shares, components, notes, reasons...). Result
#: modules register their classes' hooks on it.
converter: Final = _make_converter()


# -- registry -----------------------------------------------------------------------------------
_REGISTRY: dict[str, Callable[[Mapping[str, Any]], Any]] = {}


def register_result(type_name: str, from_dict: Callable[[Mapping[str, Any]], Any]) -> None:
    """Register how to rebuild results whose JSON ``"type"`` is ``type_name``.

    Used by :mod:`jamsos.results` for ``contributions``, ``award`` and ``decision``, and by
    modules that add kinds of result (programmes, life events). Registering a name twice
    with a different function is an error.
    """
    known = _REGISTRY.get(type_name)
    if known is not None and known is not from_dict:
        raise InvalidInputError(N_("result type {name!r} is already registered"), name=type_name)
    _REGISTRY[type_name] = from_dict


#: Functions that import the modules registering result types which ``import jamsos`` does
#: not import (they load on first use): see :func:`register_result_loader`.
_LOADERS: list[Callable[[], object]] = []


def register_result_loader(load: Callable[[], object]) -> None:
    """Call ``load()`` before reading a result or listing the types: it imports modules whose
    import registers result types (with :func:`register_result`).

    The package facade (``jamsos/__init__.py``) registers the loader of the modules it imports
    on first use (``jamsos.programmes``, ``jamsos.events``), so this module never imports a
    layer above it. Registering the same function twice registers it once.
    """
    if load not in _LOADERS:
        _LOADERS.append(load)


def result_types() -> tuple[str, ...]:
    """Every registered result ``type``, sorted."""
    _load_builtin()
    return tuple(sorted(_REGISTRY))


def _load_builtin() -> None:
    import jamsos.results  # noqa: F401  (registers the built-in result types)

    for load in _LOADERS:
        load()


def from_dict(data: Mapping[str, Any]) -> Any:
    """Rebuild a result from its ``to_dict()`` form."""
    _load_builtin()
    if not isinstance(data, Mapping):
        raise InvalidInputError(N_("a jamsos result is a JSON object, got {kind}"), kind=type(data).__name__)
    type_name = data.get("type")
    if not isinstance(type_name, str) or type_name not in _REGISTRY:
        accepted = ", ".join(sorted(_REGISTRY))
        raise UnknownValueError(
            N_("unknown result type {got!r}; accepted: {accepted}"),
            field="type",
            got=type_name,
            accepted=accepted,
        )
    try:
        return _REGISTRY[type_name](data)
    except (KeyError, TypeError, AttributeError, ValueError, cattrs.BaseValidationError) as exc:
        if isinstance(exc, JamsosError):
            raise
        raise InvalidInputError(
            N_("not a valid jamsos {type} result: {problem}"), field="type", type=type_name, problem=repr(exc)
        ) from None


def from_json(text: str | bytes) -> Any:
    """Rebuild a result from :meth:`to_json` text: ``from_json(r.to_json()) == r``.

    >>> import jamsos
    >>> c = jamsos.contributions.wage_earner(
    ...     8_000_000, jamsos.Month(2025, 6), risk_class=jamsos.RiskClass.VERY_LOW)
    >>> jamsos.from_json(c.to_json()) == c
    True
    """
    try:
        data = json.loads(text)
    except (ValueError, TypeError) as exc:
        raise InvalidInputError(N_("not JSON text: {problem}"), problem=str(exc)) from None
    return from_dict(data)


def dumps(data: object, *, indent: int | None = None) -> str:
    """JSON text the way jamsos writes it (UTF-8 characters kept, keys in order)."""
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":"))


# -- schemas ------------------------------------------------------------------------------------
_SCHEMAS: Final = {"result": "result.json", "explanation": "explanation.json", "error": "error.json"}


def schema_names() -> tuple[str, ...]:
    """The names :func:`schema` accepts."""
    return tuple(_SCHEMAS)


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) called ``name``: ``"result"``, ``"explanation"``, ``"error"``.

    The files ship inside the package (``jamsos/schemas/``); each call returns a fresh copy.

    >>> schema("error")["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    try:
        filename = _SCHEMAS[name]
    except (KeyError, TypeError):
        raise UnknownValueError(
            N_("unknown schema {name!r}; accepted: {accepted}"),
            field="name",
            name=name,
            accepted=", ".join(_SCHEMAS),
        ) from None
    text = resources.files("jamsos").joinpath("schemas", filename).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded
