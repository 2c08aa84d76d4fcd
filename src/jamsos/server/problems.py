"""Errors as ``application/problem+json`` (RFC 9457), in the language the client asked for.

A library error (a :class:`~jamsos.errors.JamsosError`) becomes status 422 with the error's
stable ``code``, the ``field`` it is about and its message in Indonesian or English; the
library's own JSON form of the error (``JamsosError.to_dict()``, described by
``jamsos.schema("error")``) is carried under ``error``. HTTP-level mistakes (malformed
JSON, a body over the limit, an unknown route, a wrong method) use ``type: about:blank``
with the status phrase as ``title`` (RFC 9457 section 4.2.1).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Final

from jamsos import i18n
from jamsos.errors import JamsosError
from jamsos.i18n import N_

__all__ = [
    "LANGS",
    "PROBLEM_JSON",
    "ProblemError",
    "error_code",
    "error_message",
    "library_problem",
    "negotiate_lang",
    "translate",
]

PROBLEM_JSON: Final = "application/problem+json"
LANGS: Final = ("id", "en")
#: The ``type`` of a library error: ``urn:jamsos:error:<code>`` (codes: docs/errors.md).
ERROR_TYPE: Final = "urn:jamsos:error:"

_TAG: Final = re.compile(r"\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


def negotiate_lang(header: str | None, default: str = "id") -> str:
    """``id`` or ``en`` from an ``Accept-Language`` header (highest q first; default ``id``).

    >>> negotiate_lang("en-US,en;q=0.9,id;q=0.8")
    'en'
    >>> negotiate_lang("fr, id;q=0.5")
    'id'
    >>> negotiate_lang(None)
    'id'
    """
    if not header:
        return default
    choices: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")[:20]):
        m = _TAG.match(part)
        if m is None or m.group(1).lower() not in LANGS:
            continue
        try:
            q = float(m.group(2)) if m.group(2) else 1.0
        except ValueError:
            continue
        if q > 0:
            choices.append((q, -i, m.group(1).lower()))
    return max(choices)[2] if choices else default


def translate(text: str, lang: str) -> str:
    """``text`` (an English msgid) in ``lang`` from the message catalog."""
    return i18n.translate(text, lang)


def _snake(name: str) -> str:
    base = name.removesuffix("Error")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", base).lower()


def error_code(exc: JamsosError) -> str:
    """The error's stable ``code`` (``JamsosError.code``)."""
    code = getattr(exc, "code", None)
    return code if isinstance(code, str) and code else _snake(type(exc).__name__)


def error_message(exc: JamsosError, lang: str) -> str:
    """The error's message in ``lang`` (``JamsosError.message(lang)``)."""
    message = getattr(exc, "message", None)
    if callable(message):
        text = message(lang)
        if isinstance(text, str):
            return text
    return str(exc)


def error_dict(exc: JamsosError) -> dict[str, object]:
    """The library's JSON form of the error (``JamsosError.to_dict()``)."""
    to_dict = getattr(exc, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, dict):
            return data
    return {"code": error_code(exc), "message": str(exc)}


class ProblemError(Exception):
    """An error answer: status, problem members; ``body()`` gives the JSON bytes."""

    def __init__(self, status: int, members: Mapping[str, object], headers: Mapping[str, str] | None = None):
        super().__init__(members.get("detail", ""))
        self.status = status
        self.members = dict(members)
        self.headers = dict(headers or {})

    @classmethod
    def http(cls, status: int, code: str, detail: str, lang: str, **extra: object) -> ProblemError:
        """An HTTP-level problem: ``detail`` is an English msgid, translated to ``lang``."""
        members: dict[str, object] = {
            "type": "about:blank",
            "title": HTTPStatus(status).phrase,
            "status": status,
            "detail": translate(detail, lang).format(**extra),
            "code": code,
        }
        return cls(status, members)

    def body(self, request_id: str | None = None, instance: str | None = None) -> bytes:
        """The ``application/problem+json`` document."""
        members = dict(self.members)
        if instance is not None:
            members.setdefault("instance", instance)
        if request_id is not None:
            members["request_id"] = request_id
        return json.dumps(members, ensure_ascii=False, separators=(",", ":")).encode()


def library_problem(
    exc: JamsosError,
    lang: str,
    field: str | None = None,
    status: int = 422,
    template: str | None = None,
    values: Mapping[str, object] | None = None,
) -> ProblemError:
    """A library error as a problem: ``code``, ``field``, message in ``lang``.

    ``template`` / ``values``: an English msgid and its values, when the server raised the
    error itself (otherwise the error renders its own message).
    """
    code = error_code(exc)
    field = field if field is not None else getattr(exc, "field", None)
    detail = translate(template, lang).format(**(values or {})) if template else error_message(exc, lang)
    members: dict[str, object] = {
        "type": ERROR_TYPE + code,
        "title": translate(N_("The input was refused"), lang),
        "status": status,
        "detail": detail,
        "code": code,
        "field": field,
        "error": error_dict(exc),
    }
    return ProblemError(status, members)
