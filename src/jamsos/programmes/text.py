"""The texts of :mod:`jamsos.programmes` that a person reads, Indonesian first.

Messages are English msgids marked with :func:`N_` and looked up in the project's message
catalog (:mod:`jamsos.i18n`). Placeholders are ``{name}`` fields, filled after
translation: ``tr(N_("{first} to {last} ({n} months)"), "id", first=..., last=..., n=12)``.
"""

from __future__ import annotations

from jamsos.i18n import N_, current_lang, translate

__all__ = ["N_", "current_lang", "tr", "translate"]


def tr(msgid: str, lang: str | None = None, /, **fields: object) -> str:
    """Translate ``msgid`` (``lang=None``: the current language) and fill its ``{name}`` fields."""
    text = translate(msgid, lang)
    return text.format(**fields) if fields else text
