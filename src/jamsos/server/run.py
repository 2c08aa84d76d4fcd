"""Running the server under uvicorn: socket, workers, graceful shutdown.

The listening socket is bound (and listening) before the first line is printed, so the
printed address accepts connections at once, and ``--port 0`` prints the port the system
picked. Worker processes (``--workers N``) share that socket and build their application
from :func:`app_from_env`; the options travel in one environment variable because worker
processes are spawned, not forked. SIGTERM or Ctrl+C stops accepting connections, lets the
requests in flight finish (up to :data:`GRACEFUL_SECONDS`) and exits with status 0.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sys
import threading
from collections.abc import Iterator
from typing import Any, Final, TextIO

import attrs

from jamsos.errors import InvalidInputError, MissingDependencyError
from jamsos.i18n import N_
from jamsos.parameters import ParameterSet, official
from jamsos.server.app import DEFAULT_MAX_BODY, ServerConfig, create_app
from jamsos.server.convert import FieldError, compile_request, overridden
from jamsos.server.problems import translate

__all__ = ["ENV", "GRACEFUL_SECONDS", "Options", "app_from_env", "load_overrides", "serve"]

#: Environment variable carrying the options to worker processes (JSON).
ENV: Final = "JAMSOS_SERVER_OPTIONS"
#: Seconds a graceful shutdown waits for requests in flight.
GRACEFUL_SECONDS: Final = 10


@attrs.frozen
class Options:
    """Command-line options of ``jamsos serve``."""

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    max_body_bytes: int = DEFAULT_MAX_BODY
    cors_origins: tuple[str, ...] = ()
    overrides: tuple[dict[str, Any], ...] = ()
    access_log: bool = False


def load_overrides(data: object) -> ParameterSet:
    """The official law data with a list of overrides (the ``params`` JSON form) applied."""
    convert = compile_request("ParameterOverrides")
    try:
        items = convert(data, "params")
        assert isinstance(items, list)
        return overridden(official(), items)
    except FieldError as exc:
        raise InvalidInputError(N_("{field_name}: {error}"), field_name=exc.field, error=exc.error) from None


def _config(options: Options) -> ServerConfig:
    params = load_overrides(list(options.overrides)) if options.overrides else None
    return ServerConfig(
        max_body_bytes=options.max_body_bytes, cors_origins=options.cors_origins, params=params
    )


def app_from_env() -> Any:
    """The application of a worker process, from :data:`ENV` (uvicorn factory)."""
    raw = json.loads(os.environ.get(ENV, "{}"))
    options = Options(
        max_body_bytes=int(raw.get("max_body_bytes", DEFAULT_MAX_BODY)),
        cors_origins=tuple(raw.get("cors_origins", ())),
        overrides=tuple(raw.get("overrides", ())),
    )
    return create_app(_config(options))


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(options: Options, out: TextIO = sys.stdout, lang: str = "id") -> int:
    """Run until SIGTERM / Ctrl+C; return the exit status."""
    try:
        import uvicorn
    except ImportError:
        raise MissingDependencyError(
            N_("jamsos serve needs the server extra: pip install 'jamsos[server]'")
        ) from None
    if options.workers < 1:
        raise InvalidInputError(N_("--workers must be at least 1, got {workers}"), workers=options.workers)
    if not 0 <= options.port <= 65535:
        raise InvalidInputError(N_("--port must be 0..65535, got {port}"), port=options.port)
    if options.max_body_bytes < 1:
        raise InvalidInputError(
            N_("--max-body must be at least 1 byte, got {max_body_bytes}"),
            max_body_bytes=options.max_body_bytes,
        )
    config_checked = _config(options)  # overrides are checked before listening
    sock = _bind(options.host, options.port)
    port = sock.getsockname()[1]
    common: dict[str, Any] = {
        "log_level": "warning",
        "access_log": options.access_log,
        "lifespan": "off",
        "server_header": False,
        "timeout_graceful_shutdown": GRACEFUL_SECONDS,
    }
    if options.workers > 1:
        os.environ[ENV] = json.dumps(
            {
                "max_body_bytes": options.max_body_bytes,
                "cors_origins": list(options.cors_origins),
                "overrides": list(options.overrides),
            }
        )
        config = uvicorn.Config(
            "jamsos.server.run:app_from_env", factory=True, workers=options.workers, **common
        )
    else:
        config = uvicorn.Config(create_app(config_checked), **common)
    host = f"[{options.host}]" if ":" in options.host else options.host
    url = f"http://{host}:{port}"
    message = translate(N_("jamsos serve: listening on {url} ({workers} workers); Ctrl+C stops"), lang)
    out.write(message.format(url=url, workers=options.workers) + "\n")
    out.flush()
    server = uvicorn.Server(config)
    try:
        with _stop_signals_end_quietly():
            if options.workers > 1:
                from uvicorn.supervisors import Multiprocess

                Multiprocess(config, sockets=[sock]).run()
            else:
                server.run(sockets=[sock])
    finally:
        sock.close()
    return 0


@contextlib.contextmanager
def _stop_signals_end_quietly() -> Iterator[None]:
    """SIGTERM and SIGINT are how a server is stopped: after uvicorn's graceful shutdown
    (uvicorn re-raises the signal it caught), the process ends with status 0 instead of
    the interrupted-command status of the other subcommands."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = (signal.SIGTERM, signal.SIGINT)
    old = {s: signal.signal(s, lambda signum, frame: None) for s in wanted}
    try:
        yield
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
