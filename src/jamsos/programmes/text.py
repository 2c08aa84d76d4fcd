"""The texts of :mod:`jamsos.programmes` that a person reads, Indonesian first.

Messages are English msgids marked with :func:`N_` and looked up with :func:`translate`
(the API of the project's message catalog). Placeholders are ``{name}`` fields, filled
after translation: ``tr(N_("{n} workers"), "id", n=3)``.
"""

from __future__ import annotations

import os
from typing import Final

from jamsos.programmes.messages_id import MESSAGES

__all__ = ["N_", "current_lang", "tr", "translate"]

_LANGS: Final = ("id", "en")


def N_(text: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``text`` as a message to translate; return it unchanged."""
    return text


def current_lang() -> str:
    """The language of texts: ``JAMSOS_LANG`` or Indonesian."""
    lang = os.environ.get("JAMSOS_LANG", "id")
    return lang if lang in _LANGS else "id"


def translate(text: str, lang: str | None = None) -> str:
    """The text in ``lang`` (``None``: the current language); unknown texts stay English."""
    if (lang or current_lang()) == "en":
        return text
    return MESSAGES.get(text, text)


def tr(msgid: str, lang: str | None = None, /, **fields: object) -> str:
    """Translate ``msgid`` and fill its ``{name}`` fields."""
    text = translate(msgid, lang)
    return text.format(**fields) if fields else text
