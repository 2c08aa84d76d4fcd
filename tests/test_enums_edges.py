"""jamsos.enums edge cases: a hostile repr, a table naming a member twice, the accepted forms."""

from __future__ import annotations

import pytest

from jamsos.enums import CodedEnum, coded, shown
from jamsos.errors import UnknownValueError


class _Hostile:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


def test_shown_survives_a_hostile_repr_and_cuts_long_text() -> None:
    assert shown(_Hostile()) == "<_Hostile>"
    assert shown("y" * 300) == "'" + "y" * 24 + "... (302 characters)"
    assert shown("short") == "'short'"


def test_a_value_without_aliases_lists_the_values_only() -> None:
    class Size(CodedEnum):
        SMALL = "small"
        LARGE = "large"

    assert Size.accepted() == "small, large"
    assert Size.what() == "size"
    with pytest.raises(UnknownValueError, match="unknown size 'medium'; accepted: small, large"):
        Size.parse("medium")


def test_an_alias_naming_another_members_value_is_a_bug_in_the_enum() -> None:
    @coded("shade", aliases={"dark": "light"})
    class Shade(CodedEnum):
        DARK = "dark"
        LIGHT = "light"

    with pytest.raises(TypeError, match="Shade: 'dark' names two members"):
        Shade.parse("light")
