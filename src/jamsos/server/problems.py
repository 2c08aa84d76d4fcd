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


def error_code(exc: JamsosError) -> str:
    """The error's stable ``code`` (``JamsosError.code``, listed in docs/errors.md)."""
    return exc.code


def error_message(exc: JamsosError, lang: str) -> str:
    """The error's message in ``lang`` (``JamsosError.message(lang)``)."""
    return exc.message(lang)


def error_dict(exc: JamsosError) -> dict[str, object]:
    """The library's JSON form of the error (``JamsosError.to_dict()``)."""
    return dict(exc.to_dict())


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


def library_problem(exc: JamsosError, lang: str, field: str | None = None, status: int = 422) -> ProblemError:
    """A library error as a problem: ``code``, ``field``, message in ``lang``.

    ``field``: the JSON path of the request field, when the server knows it (otherwise the
    error's own ``field``, the name of the offending argument).
    """
    code = error_code(exc)
    members: dict[str, object] = {
        "type": ERROR_TYPE + code,
        "title": translate(N_("The input was refused"), lang),
        "status": status,
        "detail": error_message(exc, lang),
        "code": code,
        "field": field if field is not None else exc.field,
        "error": error_dict(exc),
    }
    return ProblemError(status, members)
