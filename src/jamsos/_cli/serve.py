"""``jamsos serve``: the law as an HTTP JSON service (needs the ``server`` extra).

``jamsos serve --port 0`` binds a free port on 127.0.0.1 and prints the address. The
endpoints mirror the public API; see ``docs/server.md`` and ``/docs`` on the running server.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from jamsos.errors import InvalidInputError, MissingDependencyError

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``serve`` (alias ``layani``)."""
    p = sub.add_parser(
        "serve",
        aliases=["layani"],
        help="run the HTTP JSON service (needs: pip install 'jamsos[server]')",
        description=(
            "Serve the public API over HTTP: POST /v1/contributions/wage-earner and siblings, "
            "/v1/<program>/<function>, /v1/batch, GET /v1/parameters, /openapi.json, /docs. "
            "Example: jamsos serve --port 8000"
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free port)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--max-body",
        type=int,
        default=None,
        metavar="BYTES",
        help="largest request body accepted, in bytes (default 8 MiB)",
    )
    p.add_argument(
        "--cors-origin",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="allow browser calls from this origin (repeatable; default: CORS off)",
    )
    p.add_argument(
        "--params",
        metavar="FILE",
        help="JSON file: a list of parameter overrides [{name, since, value, until}] for every request",
    )
    p.add_argument("--access-log", action="store_true", help="log every request on stderr")
    p.add_argument(
        "--lang", choices=("id", "en"), default="id", help="language of the messages (default: id)"
    )
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
            f"jamsos serve needs the server extra ({exc.name} is missing): pip install 'jamsos[server]'"
        ) from None

    overrides: tuple[dict[str, object], ...] = ()
    if args.params:
        try:
            data = json.loads(Path(args.params).read_text(encoding="utf-8"))
        except ValueError as exc:
            raise InvalidInputError(f"{args.params}: not a JSON list of overrides: {exc}") from None
        if not isinstance(data, list):
            raise InvalidInputError(f"{args.params}: expected a JSON list of overrides")
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
    return serve(options, lang=args.lang)
