"""Translatable text for life-event results: an English template and its values.

A :class:`Text` keeps the English msgid (marked with :func:`jamsos.i18n.N_`) and the values
to put in it, and is rendered in a language only when shown: dates as ``10 Maret 2025``,
months as ``April 2025``, amounts in whole rupiah (``Rp3.000.000``), numbers with the
language's signs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, final

import attrs

from jamsos.frozen import FrozenMap
from jamsos.i18n import N_, format_date, format_month, format_number, format_rupiah, translate
from jamsos.money import Rupiah
from jamsos.periods import Month

__all__ = ["Text", "json_value", "render_value", "text"]


def render_value(value: object, lang: str) -> str:
    """One value as a person reads it in ``lang``."""
    if isinstance(value, Rupiah):
        return format_rupiah(value, lang)
    if isinstance(value, Month):
        return format_month(value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, bool):
        return translate(N_("yes") if value else N_("no"), lang)
    if isinstance(value, int | Decimal):
        return format_number(value, lang)
    if isinstance(value, Text):
        return value.render(lang)
    return str(value)


def json_value(value: object) -> object:
    """A value as JSON data (amounts exact, dates ISO)."""
    if isinstance(value, Rupiah):
        return value.to_json()
    if isinstance(value, Month):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Text):
        return value.to_dict()
    if isinstance(value, bool | int | str) or value is None:
        return value
    return str(value)


def _frozen(values: Mapping[str, object]) -> Mapping[str, object]:
    return FrozenMap(values)


@final
@attrs.frozen
class Text:
    """``template`` (an English msgid with ``{name}`` fields) and the values of its fields."""

    template: str
    params: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen)
    #: Texts already rendered by a program result (a Reason's ``message_id``), by language.
    rendered: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen)

    def render(self, lang: str) -> str:
        """The text in ``lang`` (``"id"`` or ``"en"``), values formatted for that language."""
        done = self.rendered.get(lang)
        if isinstance(done, str):
            return done
        values = {k: render_value(v, lang) for k, v in self.params.items()}
        return translate(self.template, lang).format(**values)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: the English template, its values (self-describing), and the text in both languages.

        ``Text.from_dict(t.to_dict()) == t``.
        """
        return {
            "template": self.template,
            "params": {k: _param_json(v) for k, v in self.params.items()},
            "rendered": {k: str(v) for k, v in self.rendered.items()},
            "en": self.render("en"),
            "id": self.render("id"),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Text:
        """Inverse of :meth:`to_dict` (``en``/``id`` are derived, so they are not read)."""
        params = data.get("params") or {}
        rendered = data.get("rendered") or {}
        return cls(
            str(data["template"]),
            {str(k): _param_from_json(v) for k, v in params.items()},
            {str(k): str(v) for k, v in rendered.items()},
        )


def _param_json(value: object) -> object:
    # A nested Text is tagged "text"; everything else uses the result form's self-describing values.
    from jamsos.jsonform import encode_value

    if isinstance(value, Text):
        return {"text": value.to_dict()}
    return encode_value(value)


def _param_from_json(data: object) -> object:
    from jamsos.jsonform import decode_value

    if isinstance(data, dict) and len(data) == 1 and isinstance(data.get("text"), dict):
        return Text.from_dict(data["text"])
    return decode_value(data)


def text(template: str, /, **params: object) -> Text:
    """Shorthand: ``text(template, day=...)`` for ``Text(template, {"day": ...})``."""
    return Text(template, params)
