"""Answers to JSON: results in the library's JSON form, single values as ``{"value": ...}``."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from jamsos.jsonform import money_json
from jamsos.money import Rate, Rupiah
from jamsos.periods import Month

__all__ = ["dumps", "result_json", "value_json"]


def _default(value: object) -> object:
    if isinstance(value, Rupiah):
        return money_json(value)  # the exact string form results use too
    if isinstance(value, Rate):
        return value.to_json()
    if isinstance(value, Month):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"not JSON-ready: {type(value).__name__}")


def dumps(data: object) -> bytes:
    """Compact UTF-8 JSON (Indonesian text unescaped)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_default).encode()


def result_json(result: Any, *, explain: bool, lang: str) -> bytes:
    """A ``Contributions``, ``Award`` or ``Decision`` in its JSON form (``jamsos.result/2``).

    With ``explain``, ``explanation`` holds the explanation (``jamsos.explanation/2``) and
    ``explanation_text`` its text in ``lang``; without, ``explanation`` is ``null``.
    """
    data: dict[str, object] = dict(result.to_dict(explanation=explain))
    if explain:
        data["explanation_text"] = result.explain().render(lang)
    return dumps(data)


def value_json(value: object, answer: str) -> bytes:
    """A single value: ``{"value": ...}``; a ``(minimum, maximum)`` pair as an object."""
    if answer == "money_range":
        assert isinstance(value, tuple)
        low, high = value
        return dumps({"value": {"minimum": low, "maximum": high}})
    return dumps({"value": value})
