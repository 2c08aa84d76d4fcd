"""``jamsos serve`` as a command: free port, workers, server-wide overrides, graceful stop."""

from __future__ import annotations

import json
import signal
import socket

import pytest

from jamsos import parameters
from jamsos.cli import main

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_port_zero_prints_the_port_and_sigterm_stops_gracefully(start) -> None:
    server = start()
    assert server.port > 0
    assert server.first_line.startswith("jamsos serve: mendengarkan di http://127.0.0.1:")  # Indonesian first
    assert server.client.get("/health").status_code == 200
    status, _out, err = server.stop()
    assert status == 0, err
    assert "Traceback" not in err


def test_two_workers_share_the_port(start) -> None:
    server = start(["--workers", "2", "--lang", "en"])
    try:
        assert "(2 workers)" in server.first_line
        body = {"wage": 8_000_000, "month": "2025-06", "risk_class": 1}
        answers = {
            server.client.post("/v1/contributions/wage-earner", json=body).json()["total"] for _ in range(20)
        }
        assert answers == {"750200"}
    finally:
        status, _, err = server.stop()
    assert status == 0, err


def test_server_wide_overrides_change_the_law_version(start, tmp_path) -> None:
    overrides = [{"name": "jp.wage_cap", "since": "2027-03-01", "value": "11650000"}]
    path = tmp_path / "what-if.json"
    path.write_text(json.dumps(overrides), encoding="utf-8")
    server = start(["--params", str(path)])
    try:
        health = server.client.get("/health").json()
        assert health["official"] is False
        assert health["law_version"] != str(parameters.official().law_version)
        assert health["law_version"].endswith(")") and "override" in health["law_version"]
        r = server.client.post("/v1/jp/wage-cap", json={"month": "2027-06"})
        assert r.json() == {"value": "11650000"}
        assert r.headers["x-jamsos-law-version"] == health["law_version"]
    finally:
        server.stop()


def test_bad_options_exit_2_with_one_line(tmp_path, capsys) -> None:
    """Refused before anything listens (in-process: no server starts)."""
    bad = tmp_path / "bad.json"
    bad.write_text('[{"name": "jp.no_such", "since": "2027-03-01", "value": "1"}]', encoding="utf-8")
    for args in (["--params", str(bad)], ["--workers", "0"], ["--port", "70000"]):
        assert main(["serve", "--port", "0", *args]) == 2
        err = capsys.readouterr().err
        assert err.startswith("jamsos: kesalahan:"), err
        assert err.count("\n") == 1


def test_a_port_in_use_is_a_clear_error(capsys) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert main(["serve", "--port", str(taken.getsockname()[1])]) == 2
    assert capsys.readouterr().err.startswith("jamsos: kesalahan:")


def test_sigterm_lets_a_request_in_flight_finish(start) -> None:
    """The answer has started streaming when SIGTERM arrives; it still arrives whole."""
    server = start()
    n = 12_000  # three chunks of the CSV answer
    body = ("month,wage,risk_class\n" + "2025-06,8000000,1\n" * n).encode()
    lines = 0
    try:
        with server.client.stream(
            "POST", "/v1/batch", content=body, headers={"content-type": "text/csv"}
        ) as r:
            chunks = r.iter_text()
            lines += next(chunks).count("\n")  # the answer has started
            server.proc.send_signal(signal.SIGTERM)
            lines += sum(chunk.count("\n") for chunk in chunks)
        assert r.status_code == 200
    finally:
        status, _, err = server.stop()
    assert lines == n + 1
    assert status == 0, err
