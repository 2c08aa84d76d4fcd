"""The real server in a subprocess: ``jamsos serve --port 0`` on 127.0.0.1, shared by the tests."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

#: How long a server may take to print its address (a generous bound for a loaded CI
#: machine, not a performance claim: the benchmark measures start-up).
START_TIMEOUT = 60
_URL = re.compile(r"http://127\.0\.0\.1:(\d+)")


class Served:
    """A running ``jamsos serve`` process and an HTTP client bound to it."""

    def __init__(self, args: Sequence[str] = (), env: dict[str, str] | None = None) -> None:
        command = [sys.executable, "-c", "import sys; from jamsos.cli import main; sys.exit(main())"]
        command += ["serve", "--host", "127.0.0.1", "--port", "0", *args]
        self.proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        self.first_line = self._first_line()
        m = _URL.search(self.first_line)
        if m is None:
            self.proc.kill()
            _, err = self.proc.communicate(timeout=10)
            raise AssertionError(f"no address printed: {self.first_line!r}; stderr: {err}")
        self.port = int(m.group(1))
        self.url = f"http://127.0.0.1:{self.port}"
        self.client = httpx.Client(base_url=self.url, timeout=30)

    def _first_line(self) -> str:
        line: list[str] = []
        assert self.proc.stdout is not None
        reader = threading.Thread(target=lambda: line.append(self.proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
        reader.start()
        reader.join(START_TIMEOUT)
        if not line:
            self.proc.kill()
            raise AssertionError("the server printed nothing")
        return line[0]

    def stop(self) -> tuple[int, str, str]:
        """SIGTERM (graceful shutdown); the exit status and the remaining output."""
        self.client.close()
        self.proc.send_signal(signal.SIGTERM)
        try:
            out, err = self.proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
        return self.proc.returncode, out, err


@pytest.fixture(scope="session")
def served() -> Iterator[Served]:
    """One server shared by the HTTP tests (with a small body limit for the 413 tests).

    The server keeps no state between requests, so sharing it costs no isolation."""
    server = Served(["--max-body", "200000"])
    yield server
    status, _, err = server.stop()
    assert status == 0, err
    assert "Traceback" not in err, err


@pytest.fixture(scope="session")
def http(served: Served) -> object:
    """The HTTP client of the module's server."""
    return served.client


@pytest.fixture(scope="session")
def start() -> type[Served]:
    """Start another server: ``start(["--workers", "2"])``; the caller stops it."""
    return Served
