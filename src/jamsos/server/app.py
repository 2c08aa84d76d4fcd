"""The ASGI application: routes, request context, errors as problem+json.

:func:`create_app` builds a Starlette application from the routing table of
:mod:`jamsos.server.spec`. Each request is independent (no state between requests): the
law data is the immutable official ``ParameterSet`` (or the one the server was started
with), and what-if overrides sent in a request build a new set for that request only.

Every response carries ``X-Request-Id`` (the caller's, when it is a sane token, else a new
one) and ``X-Jamsos-Law-Version`` (the version of the law data used; different when the
request or the server uses overrides).
"""

from __future__ import annotations

import inspect
import logging
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

import attrs
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import jamsos
from jamsos.errors import JamsosError, UnknownParameterError
from jamsos.i18n import N_
from jamsos.parameters import ParameterSet, resolve
from jamsos.server import batch_route, openapi
from jamsos.server.answers import dumps, result_json, value_json
from jamsos.server.convert import FieldError, compile_request, overridden, request_schemas
from jamsos.server.problems import PROBLEM_JSON, ProblemError, library_problem, negotiate_lang
from jamsos.server.requests import content_type, flag, parse_json, read_body
from jamsos.server.spec import ENDPOINTS, Endpoint

__all__ = ["DEFAULT_MAX_BODY", "ServerConfig", "create_app", "law_version"]

log = logging.getLogger("jamsos.server")

#: Default request body limit (bytes): a CSV of about 100,000 worker-months.
DEFAULT_MAX_BODY: Final = 8 * 1024 * 1024

_REQUEST_ID: Final = re.compile(r"[A-Za-z0-9._:-]{1,128}")
_LAW_KEY: Final = "jamsos.law_version"
_ID_KEY: Final = "jamsos.request_id"


@attrs.frozen
class ServerConfig:
    """How the server runs: body limit, CORS origins (none: CORS off), base law data."""

    max_body_bytes: int = DEFAULT_MAX_BODY
    cors_origins: tuple[str, ...] = ()
    params: ParameterSet | None = None


def law_version(params: ParameterSet) -> str:
    """The law-data version of ``params`` (``ParameterSet.law_version``)."""
    version = getattr(params, "law_version", None)
    return str(version) if version is not None else ("official" if params.official else "unofficial")


# ---------------------------------------------------------------------------------------
# request context: request id, law version header, unexpected errors
# ---------------------------------------------------------------------------------------
class RequestContext:
    """Pure ASGI middleware: request id and law version on every response."""

    def __init__(self, app: ASGIApp, base_version: str) -> None:
        self.app = app
        self.base_version = base_version.encode("latin-1", "replace")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = b""
        for name, value in scope["headers"]:
            if name == b"x-request-id":
                text = value.decode("latin-1")
                if _REQUEST_ID.fullmatch(text):
                    rid = value
                break
        if not rid:
            rid = uuid.uuid4().hex.encode()
        scope[_ID_KEY] = rid.decode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                version = scope.get(_LAW_KEY)
                law = version.encode("latin-1", "replace") if version else self.base_version
                headers = list(message.get("headers", ()))
                headers.append((b"x-request-id", rid))
                headers.append((b"x-jamsos-law-version", law))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _problem_response(problem: ProblemError, request: Request) -> Response:
    body = problem.body(request.scope.get(_ID_KEY), request.url.path)
    return Response(body, status_code=problem.status, media_type=PROBLEM_JSON, headers=problem.headers)


def _lang(request: Request) -> str:
    return negotiate_lang(request.headers.get("accept-language"))


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    lang = _lang(request)
    if exc.status_code == 404:
        problem = ProblemError.http(
            404, "not_found", N_("no such endpoint: {path}"), lang, path=request.url.path
        )
    elif exc.status_code == 405:
        problem = ProblemError.http(
            405, "method_not_allowed", N_("method {method} is not allowed here"), lang, method=request.method
        )
        problem.headers.update(exc.headers or {})
    else:
        problem = ProblemError.http(exc.status_code, "http_error", str(exc.detail), lang)
    return _problem_response(problem, request)


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error (request %s)", request.scope.get(_ID_KEY))
    lang = _lang(request)
    problem = ProblemError.http(
        500, "internal_error", N_("an unexpected error; report it with the request id"), lang
    )
    return _problem_response(problem, request)


# ---------------------------------------------------------------------------------------
# handlers
# ---------------------------------------------------------------------------------------
Handler = Callable[[Request], Awaitable[Response]]


def _guarded(handler: Handler) -> Handler:
    """Turn problems and library errors into problem+json responses."""

    async def run(request: Request) -> Response:
        try:
            return await handler(request)
        except ProblemError as exc:
            return _problem_response(exc, request)
        except FieldError as exc:
            return _problem_response(library_problem(exc.error, _lang(request), exc.field), request)
        except JamsosError as exc:
            return _problem_response(library_problem(exc, _lang(request)), request)
        except Exception as exc:  # a bug: answered as a problem, with the request id to report
            return await _unexpected(request, exc)

    return run


def _takes_params(func: Callable[..., object]) -> bool:
    return "params" in inspect.signature(func).parameters


def _json_body_types(request: Request, lang: str) -> None:
    kind = content_type(request)
    if kind and kind != "application/json" and not kind.endswith("+json"):
        raise ProblemError.http(
            415,
            "unsupported_media_type",
            N_("send the body as application/json, not {kind}"),
            lang,
            kind=kind,
        )


def _endpoint_handler(endpoint: Endpoint, config: ServerConfig, base: ParameterSet) -> Handler:
    convert = compile_request(endpoint.request)
    func = endpoint.target()
    with_params = _takes_params(func)
    limit = config.max_body_bytes
    answer = endpoint.answer

    async def handle(request: Request) -> Response:
        lang = _lang(request)
        explain = flag(request, "explain", lang)
        _json_body_types(request, lang)
        body = parse_json(await read_body(request, limit, lang), lang)
        kwargs = convert(body, "")
        assert isinstance(kwargs, dict)
        params = base
        if OVERRIDES_KEY in kwargs:
            overrides = kwargs.pop(OVERRIDES_KEY)
            if overrides:
                params = overridden(base, overrides)
                request.scope[_LAW_KEY] = law_version(params)
        if with_params:
            kwargs["params"] = params
            if kwargs.get("assume_current_law") is True:  # the law-version header says so too
                request.scope[_LAW_KEY] = law_version(params.assuming_current_law())
        result = func(**kwargs)
        if answer == "result":
            content = result_json(result, explain=explain, lang=lang)
        else:
            content = value_json(result, answer)
        return Response(content, media_type="application/json")

    return handle


#: The request-body key holding parameter overrides (``$defs/ParameterOverrides``).
OVERRIDES_KEY: Final = "params"


def _health(base: ParameterSet) -> Handler:
    content = dumps(
        {
            "status": "ok",
            "version": jamsos.__version__,
            "law_version": law_version(base),
            "official": base.official,
        }
    )

    async def health(request: Request) -> Response:
        return Response(content, media_type="application/json")

    return health


def _parameter_json(param: Any) -> dict[str, object]:
    return {
        "name": param.name,
        "description": param.description,
        "unit": param.unit,
        "covered_until": param.covered_until,
        "note": param.note,
        "values": [v.to_dict() for v in param.values],
    }


def _parameters(base: ParameterSet) -> tuple[Handler, Handler]:
    async def listing(request: Request) -> Response:
        items = [{"name": p.name, "description": p.description, "unit": p.unit} for p in base]
        return Response(
            dumps({"law_version": law_version(base), "parameters": items}), media_type="application/json"
        )

    async def one(request: Request) -> Response:
        name = request.path_params["name"]
        try:
            param = base.parameter(name)
        except UnknownParameterError as exc:
            raise ProblemError(
                404, library_problem(exc, _lang(request), "name", status=404).members
            ) from None
        return Response(dumps(_parameter_json(param)), media_type="application/json")

    return listing, one


def _batch(config: ServerConfig, base: ParameterSet) -> Handler:
    limit = config.max_body_bytes

    async def batch(request: Request) -> Response:
        lang = _lang(request)
        kind = content_type(request)
        params = base
        if flag(request, "assume_current_law", lang):  # ?assume_current_law=true: every row
            params = base.assuming_current_law()
            request.scope[_LAW_KEY] = law_version(params)
        body = await read_body(request, limit, lang)
        if kind in ("text/csv", "application/csv"):
            header, rows = await run_in_threadpool(batch_route.csv_rows, body)
            stream = await run_in_threadpool(batch_route.csv_stream, header, rows, params, lang)
            return StreamingResponse(stream, media_type="text/csv; charset=utf-8")
        if kind and kind != "application/json" and not kind.endswith("+json"):
            raise ProblemError.http(
                415,
                "unsupported_media_type",
                N_("send the rows as application/json or text/csv, not {kind}"),
                lang,
                kind=kind,
            )
        data = parse_json(body, lang)
        result = await run_in_threadpool(batch_route.json_batch, data, params, lang)
        return Response(dumps(result), media_type="application/json")

    return batch


def _openapi_routes() -> tuple[Handler, Handler]:
    cache: dict[str, bytes] = {}

    def document() -> bytes:
        if "doc" not in cache:
            cache["doc"] = dumps(openapi.document())
        return cache["doc"]

    async def spec(request: Request) -> Response:
        return Response(document(), media_type="application/json")

    async def docs(request: Request) -> Response:
        from jamsos.server.docs_page import render

        if "html" not in cache:
            cache["html"] = render(openapi.document()).encode()
        return HTMLResponse(cache["html"])

    return spec, docs


def create_app(config: ServerConfig | None = None) -> Starlette:
    """The jamsos HTTP application (ASGI), ready for any ASGI server."""
    config = config or ServerConfig()
    base = resolve(config.params)
    request_schemas()  # load and check the shipped schemas now, not on the first request
    routes = [Route("/health", _health(base), methods=["GET"])]
    for endpoint in ENDPOINTS:
        routes.append(
            Route(endpoint.path, _guarded(_endpoint_handler(endpoint, config, base)), methods=["POST"])
        )
    listing, one = _parameters(base)
    routes.append(Route("/v1/parameters", _guarded(listing), methods=["GET"]))
    routes.append(Route("/v1/parameters/{name}", _guarded(one), methods=["GET"]))
    routes.append(Route("/v1/batch", _guarded(_batch(config, base)), methods=["POST"]))
    spec, docs = _openapi_routes()
    routes.append(Route("/openapi.json", spec, methods=["GET"]))
    routes.append(Route("/docs", docs, methods=["GET"]))
    middleware = [Middleware(RequestContext, base_version=law_version(base))]
    if config.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(config.cors_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Content-Type", "Accept-Language", "X-Request-Id"],
                expose_headers=["X-Request-Id", "X-Jamsos-Law-Version"],
            )
        )
    handlers: Mapping[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        HTTPException: _http_exception,
        Exception: _unexpected,
    }
    return Starlette(routes=routes, middleware=middleware, exception_handlers=dict(handlers))
