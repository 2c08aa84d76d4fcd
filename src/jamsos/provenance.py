"""Provenance: which inputs and which law data a result was computed from.

A public rule function is wrapped with :func:`recorded`; the result it returns carries its
``inputs`` (the arguments, as self-describing JSON values, see :mod:`jamsos.jsonform`) and
its ``law_version`` (:func:`jamsos.parameters.law_version` of the ``params=`` used). Both
take part in equality: two results are equal only when computed from equal inputs under the
same law data (issue 12).

>>> from jamsos import Month, Rupiah
>>> dict(encode_inputs({"wage": Rupiah(8_000_000), "month": Month(2025, 6), "params": None}))
{'wage': FrozenMap({'rupiah': '8000000'}), 'month': FrozenMap({'month': '2025-06'})}
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, ParamSpec, TypeVar

import attrs

from jamsos.frozen import FrozenMap, deep_freeze
from jamsos.jsonform import encode_value
from jamsos.money import Rupiah
from jamsos.periods import Month, as_date

__all__ = ["attach", "encode_inputs", "recorded"]

P = ParamSpec("P")
R = TypeVar("R")

#: Arguments that select how, not what: left out of ``inputs``.
_NOT_INPUTS = frozenset({"params", "progress"})


def encode_inputs(
    arguments: Mapping[str, object], normalisers: Mapping[str, Callable[[object], object]] | None = None
) -> FrozenMap[str, Any]:
    """Bound arguments as an immutable mapping of self-describing JSON values.

    ``normalisers`` turn an argument into its canonical value first (``8_000_000`` and
    ``Rupiah(8_000_000)`` are the same wage), so equal questions give equal inputs.
    """
    norm = normalisers or {}
    out: dict[str, Any] = {}
    for name, value in arguments.items():
        if name in _NOT_INPUTS:
            continue
        convert = norm.get(name)
        if convert is not None:
            # The rule already accepted the value; a value it cannot normalise stays as given.
            with contextlib.suppress(Exception):
                value = convert(value)
        out[name] = deep_freeze(encode_value(value))
    return FrozenMap(out)


def _union_members(hint: object) -> tuple[object, ...]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(m for a in args for m in _union_members(a))
    return (hint,)


def _parser(kind: type[enum.Enum]) -> Callable[[object], object]:
    parse: Callable[[object], object] = kind.parse  # type: ignore[attr-defined]
    return lambda v: v if v is None else parse(v)


def normalisers(fn: Callable[..., object]) -> dict[str, Callable[[object], object]]:
    """Per argument, how to make its value canonical, read from ``fn``'s type hints."""
    try:
        hints = typing.get_type_hints(fn)
    except Exception:  # pragma: no cover - unresolvable hints: keep values as given
        return {}
    out: dict[str, Callable[[object], object]] = {}
    for name, hint in hints.items():
        if name == "return":
            continue
        members = _union_members(hint)
        if Rupiah in members:
            out[name] = lambda v: v if v is None else Rupiah.of(v)
        elif Month in members and dt.date not in members:
            out[name] = lambda v: v if v is None else Month.parse(v)  # type: ignore[arg-type]
        elif dt.date in members and Month not in members:
            out[name] = lambda v: v if v is None else as_date(v)
        else:
            enums = [
                m for m in members if isinstance(m, type) and issubclass(m, enum.Enum) and hasattr(m, "parse")
            ]
            if len(enums) == 1:
                out[name] = _parser(enums[0])
    return out


def attach(
    result: R,
    arguments: Mapping[str, object],
    kind: str | None = None,
    normalise: Mapping[str, Callable[[object], object]] | None = None,
) -> R:
    """``result`` with ``inputs`` and ``law_version`` set (a new value; results are frozen)."""
    kind_of = type(result)
    if not attrs.has(kind_of):
        return result
    names = {f.name for f in attrs.fields(kind_of)}
    if "inputs" not in names or "law_version" not in names:
        return result
    from jamsos.parameters import ParameterSet, law_version

    params = arguments.get("params")
    version = law_version(params=params if isinstance(params, ParameterSet) else None)
    changes: dict[str, Any] = {"inputs": encode_inputs(arguments, normalise), "law_version": version}
    if kind is not None and getattr(result, "kind", None) == "decision":
        changes["kind"] = kind
    return attrs.evolve(result, **changes)  # type: ignore[misc]


def recorded(kind: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a public rule function so its results carry inputs and law-data version.

    ``kind`` names the question a :class:`~jamsos.results.Decision` answers
    (``"jkp.eligibility"``); awards and contributions keep their own ``kind``.
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(fn)
        found: list[dict[str, Callable[[object], object]]] = []

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            result = fn(*args, **kwargs)
            if not found:  # type hints resolve only once every module is importable
                found.append(normalisers(fn))
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            return attach(result, bound.arguments, kind, found[0])

        return wrapper

    return decorate
