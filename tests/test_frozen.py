"""jamsos.frozen: immutable mappings that compare with plain mappings, and deep freezing."""

from __future__ import annotations

from jamsos.frozen import FrozenMap, deep_freeze


def test_a_frozen_map_equals_a_mapping_with_the_same_items() -> None:
    m = FrozenMap({"a": 1})
    assert m == {"a": 1} and m == FrozenMap({"a": 1}) and m != {"a": 2}
    assert m != [("a", 1)] and (m == 3) is False
    assert hash(m) == hash(FrozenMap({"a": 1}))


def test_deep_freeze_freezes_what_is_inside() -> None:
    inner = FrozenMap({"xs": [1, [2, 3]], "s": {4}})
    frozen = deep_freeze(inner)
    assert frozen == {"xs": (1, (2, 3)), "s": frozenset({4})}
    assert isinstance(frozen, FrozenMap) and frozen is not inner
    already = FrozenMap({"t": (1, 2)})
    assert deep_freeze(already) is already
    assert deep_freeze({"k": {1, 2}}) == FrozenMap({"k": frozenset({1, 2})})
