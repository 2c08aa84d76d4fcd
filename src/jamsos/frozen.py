"""An immutable, hashable, picklable mapping for result details and law-data tables.

``types.MappingProxyType`` is read-only but cannot be pickled, hashed or compared by
value, so a result holding one could not cross a process boundary (issue 12).
:class:`FrozenMap` is a plain immutable mapping that can; :func:`deep_freeze` turns nested
``dict``/``list`` values into ``FrozenMap``/``tuple`` so a whole structure is hashable.

>>> m = FrozenMap({"payer": "bpjs", "months": 12})
>>> m["payer"], m == {"payer": "bpjs", "months": 12}, hash(m) == hash(FrozenMap(dict(m)))
('bpjs', True, True)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar, final

__all__ = ["FrozenMap", "deep_freeze"]

K = TypeVar("K")
V = TypeVar("V")


@final
class FrozenMap(Mapping[K, V], Generic[K, V]):
    """A read-only mapping that keeps insertion order, compares by value and pickles."""

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[K, V] | None = None) -> None:
        self._data: dict[K, V] = dict(data) if data is not None else {}
        self._hash: int | None = None

    def __getitem__(self, key: K) -> V:
        return self._data[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"

    def __reduce__(self) -> tuple[type[FrozenMap[K, V]], tuple[dict[K, V]]]:
        return (FrozenMap, (self._data,))


#: Exact types already seen to be no container (no mapping, list, tuple or set): their values
#: are returned as they are without the isinstance chain (ABC checks are slow, and explanation
#: trees freeze thousands of Rupiah/Rate/str leaves; issue 10's explain benchmark).
_LEAF_TYPES: set[type] = {int, str, bool, type(None)}


def deep_freeze(value: Any) -> Any:
    """``dict``/mapping → :class:`FrozenMap`, ``list``/``tuple`` → ``tuple``, recursively."""
    kind = type(value)
    if kind in _LEAF_TYPES:
        return value
    if isinstance(value, FrozenMap):
        if all(_is_frozen(v) for v in value.values()):
            return value
        return FrozenMap({k: deep_freeze(v) for k, v in value.items()})
    if isinstance(value, Mapping):
        return FrozenMap({k: deep_freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(deep_freeze(v) for v in value)
    if isinstance(value, set | frozenset):
        return frozenset(deep_freeze(v) for v in value)
    _LEAF_TYPES.add(kind)
    return value


def _is_frozen(value: object) -> bool:
    if isinstance(value, FrozenMap):
        return all(_is_frozen(v) for v in value.values())
    if isinstance(value, tuple):
        return all(_is_frozen(v) for v in value)
    return not isinstance(value, Mapping | list | set | dict)
