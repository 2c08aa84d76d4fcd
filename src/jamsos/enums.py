"""One enum base and one normaliser for every code a caller may type.

Every enum of the library (programs, segments, risk classes, withdrawal reasons, ...)
derives from :class:`CodedEnum` (its words for messages and its aliases declared with the
:func:`coded` decorator) and so parses the same way:

* a member is returned as is;
* text is :func:`normalise`\\ d (trimmed, case-folded, runs of spaces, ``-`` and ``_``
  made one ``_``) and matched against each member's value, its name, and the aliases the
  enum declares (alias -> member value), all normalised the same way;
* an ``int`` (never a ``bool``) matches an integer-valued member; so does text made only
  of the ASCII digits 0-9 (``"3"``; not ``"²"``, ``"٣"`` nor 5,000 digits);
* anything else raises :class:`jamsos.errors.UnknownValueError` in one style:
  ``unknown <what> <value>; accepted: <the codes>``.

>>> @coded("colour", aliases={"merah": "red"})
... class Colour(CodedEnum):
...     RED = "red"
...     DARK_BLUE = "dark-blue"
>>> Colour.parse(" Dark Blue "), Colour.parse("MERAH"), Colour.parse("dark_blue")
(<Colour.DARK_BLUE: 'dark-blue'>, <Colour.RED: 'red'>, <Colour.DARK_BLUE: 'dark-blue'>)
>>> Colour.parse("green")
Traceback (most recent call last):
...
jamsos.errors.UnknownValueError: unknown colour 'green'; accepted: red, dark-blue (or merah)
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any, Final, Self, TypeVar

from jamsos.errors import UnknownValueError
from jamsos.i18n import N_

__all__ = ["CodedEnum", "coded", "normalise", "shown"]

_SEPARATORS: Final = re.compile(r"[\s\-_]+")
_DIGITS: Final = re.compile(r"[0-9]{1,6}")
_E = TypeVar("_E", bound="CodedEnum")


def normalise(text: str) -> str:
    """The one normal form of a code: ``" Sangat-Rendah "`` -> ``"sangat_rendah"``."""
    return _SEPARATORS.sub("_", text.strip().casefold()).strip("_")


def shown(value: object, limit: int = 40) -> str:
    """A value as error messages show it: its ``repr``, cut to ``limit`` characters."""
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__ must not hide the real mistake
        text = f"<{type(value).__name__}>"
    if len(text) > limit:
        text = f"{text[: limit - 15]}... ({len(text)} characters)"
    return text


_TABLES: dict[type, dict[object, Any]] = {}


class _Words:
    __slots__ = ("accepted", "aliases", "what")

    def __init__(self, what: str, aliases: Mapping[str, object], accepted: str | None) -> None:
        self.what = what
        self.aliases = dict(aliases)
        self.accepted = accepted


_WORDS: dict[type, _Words] = {}
_C = TypeVar("_C", bound=type)


def coded(what: str, *, aliases: Mapping[str, object] | None = None, accepted: str | None = None) -> Any:
    """Class decorator naming a :class:`CodedEnum` in messages and declaring its aliases.

    ``what``: the word for the code in messages (``"risk class"``); ``aliases``: more
    accepted spellings, each mapped to a member's value (``{"sangat-rendah": 1}``);
    ``accepted``: the accepted forms as messages list them (default: values and aliases).
    """

    def register(cls: _C) -> _C:
        _WORDS[cls] = _Words(what, aliases or {}, accepted)
        _TABLES.pop(cls, None)
        return cls

    return register


def _words(cls: type) -> _Words:
    return _WORDS.get(cls) or _Words(cls.__name__.lower(), {}, None)


def _table(cls: type[_E]) -> dict[object, _E]:
    table = _TABLES.get(cls)
    if table is not None:
        return table
    built: dict[object, _E] = {}

    def add(key: object, member: _E) -> None:
        if built.setdefault(key, member) is not member:
            raise TypeError(f"{cls.__name__}: {key!r} names two members")  # a bug in the enum

    for member in cls:
        value = member.value
        if isinstance(value, int) and not isinstance(value, bool):
            add(value, member)
        elif isinstance(value, str):
            add(normalise(value), member)
        add(normalise(member.name), member)
    by_value = {m.value: m for m in cls}
    for alias, value in _words(cls).aliases.items():
        add(normalise(alias), by_value[value])
    _TABLES[cls] = built
    return built


class CodedEnum(enum.Enum):
    """Base of every jamsos enum: one :meth:`parse` with one normaliser and one error.

    Declare the word used in messages and the aliases with :func:`coded` (default: the
    class name in lower case, no aliases).
    """

    @classmethod
    def parse(cls, value: object) -> Self:
        """The member ``value`` names (see the module docstring), or :class:`UnknownValueError`.

        Typed ``object``: any value a caller holds may be checked here (anything that names no
        member is refused at run time, never guessed).
        """
        if isinstance(value, cls):
            return value
        table = _table(cls)
        key: object = None
        if isinstance(value, str):
            text = value.strip()
            key = int(text) if _DIGITS.fullmatch(text) else normalise(text)
        elif isinstance(value, int) and not isinstance(value, bool):
            key = value
        member = table.get(key) if key is not None else None
        if member is None and isinstance(key, int):
            member = table.get(normalise(str(key)))  # a digit code such as "1" in a str enum
        if member is None:
            raise UnknownValueError(
                # what and accepted are msgids too: the message renders them in the reader's language
                N_("unknown {what} {value}; accepted: {accepted}"),
                what=cls.what(),
                value=shown(value),
                accepted=cls.accepted(),
            )
        return member

    @classmethod
    def what(cls) -> str:
        """The word for this kind of code in messages (``"risk class"``)."""
        return _words(cls).what

    @classmethod
    def accepted(cls) -> str:
        """The accepted forms, as error messages list them."""
        words = _words(cls)
        if words.accepted:
            return words.accepted
        values = ", ".join(str(m.value) for m in cls)
        aliases = words.aliases
        return f"{values} (or {', '.join(aliases)})" if aliases else values
