"""Benchmark: ``jamsos serve`` under load, as ratios to in-process library calls (not a test).

Run: ``python benchmarks/bench_server.py [--seconds 5] [--workers 2] [--json]``.

Bounded and local: the server is started with ``jamsos serve --port 0`` on 127.0.0.1 (loopback
only), every phase has a fixed duration, the whole run stays under 30 s and the server is
stopped (SIGTERM) at the end, even on error. It reports:

* start-up: seconds from launching ``jamsos serve`` to its first ``/health`` answer, with one
  worker (the default) and with ``--workers``;
* ``POST /v1/contributions/wage-earner`` at concurrency 1, 16 and 64: requests per second,
  p50 and p99 latency, non-2xx count, and the ratio to calling ``wage_earner`` + JSON in
  this process (one core, same run);
* ``POST /v1/batch``: rows per second for a 10,000-row JSON array and CSV body, and the
  ratio to ``batch.contributions`` in this process.

The load generator is ``wrk`` (a compiled one from the Debian packages: ``apt-get install
wrk``) when it is on the PATH, else a multi-process Python client (``--client python``),
which needs more CPU per request and so reports lower figures on a small machine. Both
share the cores with the server: figures from a shared machine are noisy, which is why they
are reported next to the in-process figures of the same run.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

from jamsos import Month, batch, contributions
from jamsos.server.answers import result_json

BODY = {"wage": 8_000_000, "month": "2025-06", "risk_class": 1}
PATH = "/v1/contributions/wage-earner"
CONCURRENCY = (1, 16, 64)
BATCH_ROWS = 10_000
#: Seconds the whole run may take.
BUDGET = 30.0


# ---------------------------------------------------------------------------------------
# the server
# ---------------------------------------------------------------------------------------
def start_server(workers: int) -> tuple[subprocess.Popen[str], int, float]:
    """``jamsos serve --port 0``; the process, its port and the start-up seconds."""
    began = time.perf_counter()
    command = [sys.executable, "-c", "import sys; from jamsos.cli import main; sys.exit(main())"]
    command += ["serve", "--host", "127.0.0.1", "--port", "0", "--workers", str(workers), "--lang", "en"]
    command += ["--max-body", str(64 * 1024 * 1024)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)", line)
    if m is None:
        proc.kill()
        raise SystemExit(f"the server did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    port = int(m.group(1))
    while True:  # the socket listens already; wait for the first answer (workers warm up)
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/health")
            if conn.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.01)
        if time.perf_counter() - began > 20:
            proc.kill()
            raise SystemExit("the server did not answer /health within 20 s")
    return proc, port, time.perf_counter() - began


def stop_server(proc: subprocess.Popen[str]) -> int:
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait()


# ---------------------------------------------------------------------------------------
# load generators
# ---------------------------------------------------------------------------------------
_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(text: str) -> float:
    m = re.fullmatch(r"([0-9.]+)(us|ms|s)", text)
    assert m is not None, text
    return float(m.group(1)) * _UNITS[m.group(2)]


def wrk(port: int, concurrency: int, seconds: float) -> dict[str, float]:
    """``wrk --latency`` with a POST body; requests/s, p50, p99 (ms), non-2xx."""
    body = json.dumps(BODY)
    script = f'wrk.method = "POST"\nwrk.body = {json.dumps(body)}\nwrk.headers["Content-Type"] = "application/json"\n'
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(script)
    try:
        threads = min(concurrency, 2)
        command = ["wrk", "--latency", "-t", str(threads), "-c", str(concurrency)]
        command += ["-d", f"{max(1, round(seconds))}s", "-s", fh.name, f"http://127.0.0.1:{port}{PATH}"]
        out = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=seconds + 30,
            check=True,
        ).stdout
    finally:
        os.unlink(fh.name)
    rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {
        "rps": rps,
        "p50_ms": p50,
        "p99_ms": p99,
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(0) if errors else "",  # type: ignore[dict-item]
    }


def _python_client(port: int, connections: int, until: float, queue: Any) -> None:
    latencies: list[float] = []
    bad = 0
    body = json.dumps(BODY).encode()
    lock = threading.Lock()

    def one() -> None:
        nonlocal bad
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while time.perf_counter() < until:
            t = time.perf_counter()
            conn.request("POST", PATH, body, {"Content-Type": "application/json"})
            r = conn.getresponse()
            r.read()
            mine.append((time.perf_counter() - t) * 1e3)
            if r.status != 200:
                with lock:
                    bad += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=one) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put((latencies, bad))


def python_load(port: int, concurrency: int, seconds: float) -> dict[str, float]:
    """A multi-process client (one process per core, threads for the connections)."""
    procs_n = max(1, min(concurrency, os.cpu_count() or 1))
    per = [concurrency // procs_n + (1 if i < concurrency % procs_n else 0) for i in range(procs_n)]
    queue: Any = multiprocessing.Queue()
    start = time.perf_counter()
    until = start + seconds
    procs = [multiprocessing.Process(target=_python_client, args=(port, n, until, queue)) for n in per if n]
    for p in procs:
        p.start()
    results = [queue.get() for _ in procs]
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - start
    lat = sorted(x for r in results for x in r[0])
    return {
        "rps": len(lat) / elapsed,
        "p50_ms": lat[len(lat) // 2],
        "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))],
        "non_2xx": sum(r[1] for r in results),
        "socket_errors": "",  # type: ignore[dict-item]
    }


# ---------------------------------------------------------------------------------------
# in-process baselines (same work as a request: compute + JSON)
# ---------------------------------------------------------------------------------------
def in_process_calls(seconds: float) -> float:
    """Calls per second of ``wage_earner`` + its JSON answer, one core (the server's work
    without HTTP)."""
    month = Month.parse(BODY["month"])  # type: ignore[arg-type]
    n = 0
    end = time.perf_counter() + seconds
    start = time.perf_counter()
    while time.perf_counter() < end:
        for _ in range(100):
            c = contributions.wage_earner(BODY["wage"], month, risk_class=BODY["risk_class"])
            result_json(c, explain=False, lang="id")  # the JSON the server answers
        n += 100
    return n / (time.perf_counter() - start)


def batch_rows() -> list[dict[str, object]]:
    return [
        {
            "worker_id": f"W{i}",
            "month": "2025-06",
            "wage": 4_000_000 + 1_000 * (i % 5000),
            "risk_class": 1 + i % 5,
        }
        for i in range(BATCH_ROWS)
    ]


def in_process_batch(rows: list[dict[str, object]], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        batch.contributions(rows)
        best = min(best, time.perf_counter() - t)
    return len(rows) / best


def http_batch(port: int, rows: list[dict[str, object]], kind: str, repeat: int = 3) -> float:
    if kind == "json":
        body, ctype = json.dumps(rows).encode(), "application/json"
    else:
        head = "worker_id,month,wage,risk_class\n"
        body = (
            head + "".join(f"{r['worker_id']},{r['month']},{r['wage']},{r['risk_class']}\n" for r in rows)
        ).encode()
        ctype = "text/csv"
    best = float("inf")
    for _ in range(repeat):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        t = time.perf_counter()
        conn.request("POST", "/v1/batch", body, {"Content-Type": ctype})
        r = conn.getresponse()
        r.read()
        best = min(best, time.perf_counter() - t)
        assert r.status == 200, r.status
    return len(rows) / best


def _repeats(began: float) -> int:
    return 3 if time.perf_counter() - began < BUDGET - 6 else 1


# ---------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=4.0, help="seconds per load phase (max 5)")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes (default 2)")
    parser.add_argument("--client", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    began = time.perf_counter()
    seconds = min(args.seconds, 5.0)  # 3 phases + batch + start-ups stay under BUDGET
    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "python"
    load = wrk if client == "wrk" else python_load

    baseline = in_process_calls(2.0)
    rows = batch_rows()
    batch_baseline = in_process_batch(rows)
    single, _, single_startup = start_server(1)  # start-up of the default command
    stop_server(single)
    proc, port, startup = start_server(args.workers)
    report: dict[str, Any] = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, load average before: {os.getloadavg()[0]:.2f}",
        "generator": "wrk (Debian package)" if client == "wrk" else "multi-process Python client",
        "workers": args.workers,
        "startup_seconds_one_worker": round(single_startup, 3),
        "startup_seconds": round(startup, 3),
        "in_process_calls_per_second": round(baseline),
        "wage_earner": {},
    }
    try:
        load(port, 16, 1.0)  # warm-up: every worker has answered before measuring
        for i, c in enumerate(CONCURRENCY):
            # a slow start (a loaded machine) shortens the phases, never the 30 s bound
            left = BUDGET - 4 - (time.perf_counter() - began)
            r = load(port, c, max(1.0, min(seconds, left / (len(CONCURRENCY) - i))))
            r["ratio_to_in_process"] = round(r["rps"] / baseline, 3)
            r["rps"] = round(r["rps"])
            report["wage_earner"][f"c{c}"] = r
        report["batch"] = {
            "rows": BATCH_ROWS,
            "in_process_rows_per_second": round(batch_baseline),
            "json_rows_per_second": round(http_batch(port, rows, "json", _repeats(began))),
            "csv_rows_per_second": round(http_batch(port, rows, "csv", _repeats(began))),
        }
        for kind in ("json", "csv"):
            report["batch"][f"{kind}_ratio_to_in_process"] = round(
                report["batch"][f"{kind}_rows_per_second"] / batch_baseline, 3
            )
    finally:
        report["server_exit_status"] = stop_server(proc)
        report["seconds"] = round(time.perf_counter() - began, 1)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"machine: {report['machine']} (shared: figures are noisy; compare the ratios)")
    print(f"load generator: {report['generator']}; server workers: {args.workers}")
    print(
        f"start-up to first /health answer: {report['startup_seconds_one_worker']:.2f} s (1 worker), "
        f"{report['startup_seconds']:.2f} s ({args.workers} workers)"
    )
    print(f"in-process wage_earner + JSON: {report['in_process_calls_per_second']:,} calls/s (one core)")
    print(f"{'POST ' + PATH:<45}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'non-2xx':>9}{'ratio':>8}")
    for c in CONCURRENCY:
        r = report["wage_earner"][f"c{c}"]
        print(
            f"  concurrency {c:<31}{r['rps']:>8,}{r['p50_ms']:>9.2f}{r['p99_ms']:>9.2f}"
            f"{r['non_2xx']:>9}{r['ratio_to_in_process']:>8.2f}"
        )
    b = report["batch"]
    print(
        f"POST /v1/batch, {b['rows']:,} rows: JSON {b['json_rows_per_second']:,} rows/s "
        f"(ratio {b['json_ratio_to_in_process']:.2f}), CSV {b['csv_rows_per_second']:,} rows/s "
        f"(ratio {b['csv_ratio_to_in_process']:.2f}); in-process {b['in_process_rows_per_second']:,} rows/s"
    )
    print(
        f"server exit status after SIGTERM: {report['server_exit_status']}; run took {report['seconds']:.1f} s"
    )


if __name__ == "__main__":
    main()
