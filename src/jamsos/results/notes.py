"""Notes and reasons: the texts a result carries, in English and Indonesian.

A :class:`Note` is a remark on a result (the English ``str`` with a ``code`` and the
Indonesian text); a :class:`Reason` is one condition a :class:`~jamsos.results.Decision`
checked. :func:`translate` reads the message catalog.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypedDict, final

import attrs

from jamsos.errors import InvalidInputError
from jamsos.i18n import N_


def translate(text: str, lang: str) -> str:
    """``text`` (an English msgid) in ``lang`` through the message catalog, else English."""
    if lang == "en":
        return text
    try:
        from jamsos import i18n  # type: ignore[attr-defined,unused-ignore]
    except ImportError:  # pragma: no cover - before the catalog exists
        return text
    return str(i18n.translate(text, lang))


# -- notes and reasons ---------------------------------------------------------------------------
class NoteDict(TypedDict):
    """The JSON form of a :class:`Note`."""

    code: str
    en: str
    id: str


@final
class Note(str):
    """A remark on a result: its English text, a stable ``code`` and the Indonesian text.

    A ``Note`` is the English ``str`` (so code that joins or searches notes keeps working)
    with ``code`` and ``text_id``; two notes are equal when code and both texts are equal.

    >>> n = Note.of("jp.capped", "capped at {cap}", cap="Rp10.547.400")
    >>> n.code, n, n.text_id, "capped" in n
    ('jp.capped', 'capped at Rp10.547.400', 'capped at Rp10.547.400', True)
    """

    code: str
    text_id: str

    def __new__(cls, code: str, text: str, text_id: str | None = None) -> Note:
        note = super().__new__(cls, text)
        note.code = code
        note.text_id = translate(text, "id") if text_id is None else text_id
        return note

    @classmethod
    def of(cls, code: str, template: str, /, **params: object) -> Note:
        """A note from an English template (a catalog msgid) and its parameters."""
        return cls(code, template.format(**params), translate(template, "id").format(**params))

    @classmethod
    def coerce(cls, value: Note | str) -> Note:
        """A :class:`Note`, or a plain English text given the generic code ``"note"``."""
        if isinstance(value, Note):
            return value
        if isinstance(value, str):
            return cls("note", value)
        raise InvalidInputError(N_("a note is a Note or a str, got {kind}"), kind=type(value).__name__)

    @property
    def text(self) -> str:
        """The English text."""
        return str.__str__(self)

    def message(self, lang: str = "en") -> str:
        """The text in ``"en"`` or ``"id"``."""
        return self.text_id if lang == "id" else self.text

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Note):
            return str.__eq__(self, other) and self.code == other.code and self.text_id == other.text_id
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = str.__hash__

    def __repr__(self) -> str:
        return str.__repr__(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Note, (self.code, self.text, self.text_id))

    def to_dict(self) -> NoteDict:
        """JSON-ready mapping."""
        return {"code": self.code, "en": self.text, "id": self.text_id}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Note:
        """Inverse of :meth:`to_dict`."""
        return cls(str(data["code"]), str(data["en"]), str(data["id"]))


def as_strs(value: Iterable[str]) -> tuple[str, ...]:
    """Converter of citations: a tuple of strings."""
    return tuple(value)


def as_notes(value: Iterable[Note | str]) -> tuple[Note, ...]:
    """Converter of ``notes``: a tuple of :class:`Note` (a plain string gets the code ``"note"``)."""
    if not value:
        return ()
    if isinstance(value, str):
        value = (value,)
    return tuple(v if type(v) is Note else Note.coerce(v) for v in value)


class ReasonDict(TypedDict):
    """The JSON form of a :class:`Reason`."""

    code: str
    met: bool
    en: str
    id: str
    basis: list[str]


@final
@attrs.frozen
class Reason:
    """One condition checked for a decision: whether it is met, why, and its basis.

    ``message`` is English, ``message_id`` Indonesian (from the catalog when not given).
    """

    code: str
    met: bool
    message: str
    basis: tuple[str, ...] = attrs.field(default=(), converter=as_strs)
    message_id: str = attrs.field(
        default=attrs.Factory(lambda self: translate(self.message, "id"), takes_self=True)
    )

    @classmethod
    def of(
        cls, code: str, met: bool, template: str, /, *, basis: Iterable[str] = (), **params: object
    ) -> Reason:
        """A reason from an English template (a catalog msgid) and its parameters."""
        return cls(
            code, met, template.format(**params), tuple(basis), translate(template, "id").format(**params)
        )

    def text(self, lang: str = "en") -> str:
        """The message in ``"en"`` or ``"id"``."""
        return self.message_id if lang == "id" else self.message


def as_reasons(value: Iterable[Reason]) -> tuple[Reason, ...]:
    """Converter of ``reasons``: a tuple."""
    return tuple(value)
