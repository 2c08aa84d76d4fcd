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
from decimal import Decimal
from typing import Any, Final, ParamSpec, TypeVar

import attrs

from jamsos.frozen import FrozenMap
from jamsos.jsonform import encode_value
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet, call_assuming_current_law, resolve
from jamsos.periods import Month, as_date

__all__ = ["attach", "encode_inputs", "recorded"]

P = ParamSpec("P")
R = TypeVar("R")

#: Arguments that select how, not what: left out of ``inputs`` (``assume_current_law`` picks
#: the law data, which ``law_version`` records).
_NOT_INPUTS = frozenset({"params", "progress", "assume_current_law"})


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
        out[name] = _freeze_json(encode_value(value))
    return FrozenMap(out)


def _freeze_json(value: Any) -> Any:
    """JSON data (dicts, lists, scalars) made immutable; faster than ``deep_freeze``."""
    kind = type(value)
    if kind is dict:
        return FrozenMap({k: _freeze_json(v) for k, v in value.items()})
    if kind is list:
        return tuple(_freeze_json(v) for v in value)
    return value


def _union_members(hint: object) -> tuple[object, ...]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(m for a in args for m in _union_members(a))
    return (hint,)


def _money(value: object) -> object:
    """Money in its canonical form: 5000000, "5000000" and 5000000.0 are the same wage."""
    if value is None:
        return None
    amount = Rupiah.of(value).amount.normalize()
    if amount == amount.to_integral_value():
        amount = amount.quantize(Decimal(1))
    return Rupiah(amount)


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
            out[name] = _money
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


#: Argument values that cannot change after the call (so their encoding may wait).
_SCALARS: Final = (int, str, float, Decimal, enum.Enum, Month, dt.date, Rupiah, ParameterSet, type(None))
#: Their concrete types seen so far (a cache: one set test per call instead of isinstance).
_SCALAR_TYPES: set[type] = {int, str, Decimal, Month, dt.date, Rupiah, ParameterSet, type(None), bool}


def _keyword_only(fn: Callable[..., object], name: str) -> bool:
    param = inspect.signature(fn).parameters.get(name)
    return param is not None and param.kind is param.KEYWORD_ONLY


def _immutable(args: tuple[object, ...], kwargs: Mapping[str, object]) -> bool:
    """Whether every argument is of an immutable type (new types seen are remembered)."""
    scalar = _SCALAR_TYPES  # the common case first, without building a set
    for a in args:
        if type(a) not in scalar:
            break
    else:
        for a in kwargs.values():
            if type(a) not in scalar:
                break
        else:
            return True
    kinds = set(map(type, args))
    kinds.update(map(type, kwargs.values()))
    if all(issubclass(k, _SCALARS) for k in kinds):
        _SCALAR_TYPES.update(kinds)
        return True
    return False


def attach(
    result: R,
    arguments: Mapping[str, object],
    kind: str | None = None,
    normalise: Mapping[str, Callable[[object], object]] | None = None,
) -> R:
    """``result`` with ``inputs`` and ``law_version`` set.

    A result the rule function has just built (no inputs recorded yet) is completed in
    place before anyone else sees it; a result that already carries inputs (returned from
    an inner recorded call) is copied, never changed.
    """
    kind_of = type(result)
    if not attrs.has(kind_of) or not hasattr(result, "inputs") or not hasattr(result, "law_version"):
        return result
    params = arguments.get("params")
    # resolve(): the set actually used, also under assume_current_law (labelled projection)
    version = resolve(params if isinstance(params, ParameterSet) else None).law_version
    changes: dict[str, Any] = {"inputs": encode_inputs(arguments, normalise), "law_version": version}
    if kind is not None and getattr(result, "kind", None) == "decision":
        changes["kind"] = kind
    if getattr(result, "inputs", None) or getattr(result, "law_version", None) is not None:
        return attrs.evolve(result, **changes)  # type: ignore[misc]
    for name, value in changes.items():
        object.__setattr__(result, name, value)
    return result


def _binder(fn: Callable[..., object]) -> Callable[[tuple[Any, ...], dict[str, Any]], dict[str, Any]]:
    """A fast ``inspect.Signature.bind`` + ``apply_defaults`` for calls that already succeeded."""
    signature = inspect.signature(fn)
    params = list(signature.parameters.values())
    if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):

        def slow(args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            return dict(bound.arguments)

        return slow
    order = [p.name for p in params]
    positional = [p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    defaults = {p.name: p.default for p in params if p.default is not p.empty}

    def fast(args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        given = dict(defaults)
        given.update(zip(positional, args, strict=False))
        given.update(kwargs)
        return {name: given[name] for name in order}

    return fast


def _encode_later(
    bind: Callable[[tuple[Any, ...], dict[str, Any]], dict[str, Any]],
    normalise: Mapping[str, Callable[[object], object]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Mapping[str, Any]:
    """The recorded inputs of the call ``args``/``kwargs`` (see ``recorded``)."""
    return encode_inputs(bind(args, kwargs), normalise)


def recorded(kind: str | None = None) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a public rule function so its results carry inputs and law-data version.

    ``kind`` names the question a :class:`~jamsos.results.Decision` answers
    (``"jkp.eligibility"``); awards and contributions keep their own ``kind``.
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        bind = _binder(fn)
        found: list[Any] = []  # the normalisers, then the encoder of a call's inputs
        opt_in = _keyword_only(fn, "assume_current_law")

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if opt_in and kwargs.get("assume_current_law", False) is not False:
                # what parameters.current_law_option does, here to spare a wrapper per call
                return call_assuming_current_law(wrapper, args, kwargs)
            result = fn(*args, **kwargs)
            if not found:  # type hints resolve only once every module is importable
                norm = normalisers(fn)
                found.append(norm)
                found.append(functools.partial(_encode_later, bind, norm))
            defer = getattr(type(result), "defer_inputs", None)
            # a lazy result (the contribution kernel's fast path) records its law-data version
            # itself and takes the call to encode its inputs on their first read (at once when
            # an argument could change after the call)
            if defer is not None and defer(result, found[1], args, kwargs, _immutable):
                return result
            return attach(result, bind(args, kwargs), kind, found[0])

        if opt_in:
            wrapper.__jamsos_current_law__ = True  # type: ignore[attr-defined]
        return wrapper

    return decorate
