"""``jamsos serve``: the law as an HTTP JSON service (needs the ``server`` extra).

``jamsos serve --port 0`` binds a free port on 127.0.0.1 and prints the address. The
endpoints mirror the public API; see ``docs/server.md`` and ``/docs`` on the running server.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Final

from jamsos.errors import InvalidInputError, MissingDependencyError
from jamsos.i18n import N_, current_lang

__all__ = ["register", "run"]

_HELP: Final = N_("run the HTTP JSON service (needs: pip install 'jamsos[server]')")
_DESCRIPTION: Final = N_(
    "Serve the public API over HTTP: POST /v1/contributions/wage-earner and the other "
    "/v1/<program>/<function> endpoints, /v1/batch, GET /v1/parameters, /openapi.json, /docs. "
    "Example: jamsos serve --port 8000"
)
_H_HOST: Final = N_("address to listen on (default 127.0.0.1)")
_H_PORT: Final = N_("port (default 8000; 0 picks a free port and prints it)")
_H_WORKERS: Final = N_("worker processes (default 1)")
_H_MAX_BODY: Final = N_("largest request body accepted, in bytes (default 8 MiB)")
_H_CORS: Final = N_("allow browser calls from this origin (repeatable; default: CORS off)")
_H_PARAMS: Final = N_(
    "JSON file: a list of parameter overrides [{name, since, value, until}] for every request"
)
_H_ACCESS_LOG: Final = N_("log every request on stderr")
_H_LANG: Final = N_("language of the messages (default: id)")
_M_BYTES: Final = N_("BYTES")
_M_ORIGIN: Final = N_("ORIGIN")
_M_FILE: Final = N_("FILE")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``serve`` (alias ``layani``)."""
    p = sub.add_parser("serve", aliases=["layani"], help=_HELP, description=_DESCRIPTION)
    p.add_argument("--host", default="127.0.0.1", help=_H_HOST)
    p.add_argument("--port", type=int, default=8000, help=_H_PORT)
    p.add_argument("--workers", type=int, default=1, help=_H_WORKERS)
    p.add_argument("--max-body", type=int, default=None, metavar=_M_BYTES, help=_H_MAX_BODY)
    p.add_argument("--cors-origin", action="append", default=[], metavar=_M_ORIGIN, help=_H_CORS)
    p.add_argument("--params", metavar=_M_FILE, help=_H_PARAMS)
    p.add_argument("--access-log", action="store_true", help=_H_ACCESS_LOG)
    p.add_argument("--lang", choices=("id", "en"), default=None, help=_H_LANG)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Start the server; return when it has shut down."""
    try:
        from jamsos.server.app import DEFAULT_MAX_BODY
        from jamsos.server.run import Options, serve
    except ModuleNotFoundError as exc:
        if exc.name not in ("starlette", "uvicorn", "anyio"):
            raise
        raise MissingDependencyError(
            N_("jamsos serve needs the server extra ({name} is missing): pip install 'jamsos[server]'"),
            name=exc.name,
        ) from None
    overrides: tuple[dict[str, object], ...] = ()
    if args.params:
        try:
            data = json.loads(Path(args.params).read_text(encoding="utf-8"))
        except ValueError as exc:
            raise InvalidInputError(
                N_("{params}: not a JSON list of overrides: {exc}"), params=args.params, exc=exc
            ) from None
        if not isinstance(data, list):
            raise InvalidInputError(N_("{params}: expected a JSON list of overrides"), params=args.params)
        overrides = tuple(data)
    options = Options(
        host=args.host,
        port=args.port,
        workers=args.workers,
        max_body_bytes=DEFAULT_MAX_BODY if args.max_body is None else args.max_body,
        cors_origins=tuple(args.cors_origin),
        overrides=overrides,
        access_log=args.access_log,
    )
    return serve(options, lang=args.lang or current_lang())
