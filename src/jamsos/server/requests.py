"""Reading a request: the body under a size limit, JSON parsed exactly, query flags."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import NoReturn

from starlette.requests import Request

from jamsos.i18n import N_
from jamsos.server.problems import ProblemError

__all__ = ["content_type", "flag", "parse_json", "read_body"]


async def read_body(request: Request, limit: int, lang: str) -> bytes:
    """The whole body; over ``limit`` bytes is a 413 problem (checked before reading)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ProblemError.http(400, "bad_request", N_("Content-Length is not a number"), lang)
        if int(declared) > limit:
            raise _too_large(limit, lang)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit, lang)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int, lang: str) -> ProblemError:
    return ProblemError.http(
        413, "body_too_large", N_("the request body is larger than {limit} bytes"), lang, limit=limit
    )


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(body: bytes, lang: str) -> object:
    """JSON with numbers as exact ``Decimal`` (never float); malformed is a 400 problem."""
    if not body.strip():
        raise ProblemError.http(
            400, "malformed_json", N_("the request body is empty; send a JSON object"), lang
        )
    try:
        return json.loads(body, parse_float=Decimal, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        # JSONDecodeError and UnicodeDecodeError are ValueErrors; the position helps the caller
        where = (
            f" ({exc.msg} at line {exc.lineno} column {exc.colno})"
            if isinstance(exc, json.JSONDecodeError)
            else ""
        )
        raise ProblemError.http(
            400, "malformed_json", N_("the request body is not valid JSON{where}"), lang, where=where
        ) from None


def content_type(request: Request) -> str:
    """The media type of the body, lower case, without parameters (``""`` when absent)."""
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


_TRUE = frozenset({"true", "1", "yes", "ya"})
_FALSE = frozenset({"false", "0", "no", "tidak", ""})


def flag(request: Request, name: str, lang: str) -> bool:
    """A boolean query parameter (``?explain=true``); anything else is a 400 problem."""
    if not request.scope.get("query_string"):
        return False  # the common case, without parsing a query
    raw = request.query_params.get(name)
    if raw is None:
        return False
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ProblemError.http(
        400,
        "bad_query",
        N_("query parameter {name} must be true or false, got {value!r}"),
        lang,
        name=name,
        value=raw,
    )
