"""``jamsos batch`` interrupted mid-run in a real child process (issue 11).

The child is paused deterministically after its first chunk (``JAMSOS_TEST_PAUSE``: it
writes a marker file and sleeps), with the temporary output half written; the test then
sends SIGINT, SIGTERM or SIGKILL and checks the exit status, the one-line message and
every file in the folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jamsos._cli import files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
pytest.importorskip("pandas")

HEADER = "worker_id,month,wage,segment,risk_class,employer_scale,birth_date"
LINE = "{i},2025-01,5000000,PU,1,large,1990-01-01"
OLD = b"an output that existed before the run\n"


def start(folder: Path, *extra: str) -> tuple[subprocess.Popen[bytes], Path]:
    src = folder / "gaji.csv"
    src.write_text("\n".join([HEADER, *(LINE.format(i=i) for i in range(40))]) + "\n", encoding="utf-8")
    marker = folder / "paused"
    env = {**os.environ, "JAMSOS_TEST_PAUSE": str(marker)}
    argv = [sys.executable, "-c", "import sys; from jamsos.cli import main; sys.exit(main())"]
    argv += ["batch", str(src), "-o", str(folder / "out.csv"), "--chunk-size", "10", "--lang", "en", *extra]
    child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for _ in range(600):  # up to 60 s for the child to import and reach its first pause
        if marker.exists() or child.poll() is not None:
            break
        time.sleep(0.1)
    if not marker.exists():  # never leave a child (and its pipes) behind a failed test
        child.kill()
        child.communicate(timeout=60)
    assert marker.read_text(encoding="utf-8") == "chunk 1"
    return child, src


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(files.TEMP_SUFFIX))


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_mid_run_leaves_every_file_as_it_was(tmp_path: Path, signum: int, status: int) -> None:
    out = tmp_path / "out.csv"
    out.write_bytes(OLD)
    rejected = tmp_path / "rej.csv"
    rejected.write_bytes(OLD)
    child, src = start(tmp_path, "--errors", "collect", "--rejected", str(rejected))
    before = src.read_bytes()
    # mid-run: the first chunk sits in temporary files next to the targets
    assert len(temps(tmp_path)) == 2
    child.send_signal(signum)
    _, err = child.communicate(timeout=60)
    assert child.returncode == status
    lines = err.decode().splitlines()
    assert lines[-1] == "jamsos: stopped; no output file was changed by the unfinished run"
    assert "Traceback" not in err.decode()
    assert out.read_bytes() == OLD and rejected.read_bytes() == OLD and src.read_bytes() == before
    assert temps(tmp_path) == []


def test_a_killed_run_leaves_a_temp_that_the_next_run_removes(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_bytes(OLD)
    child, src = start(tmp_path)
    child.send_signal(signal.SIGKILL)  # no cleanup possible
    child.communicate(timeout=60)
    assert out.read_bytes() == OLD
    (stale,) = temps(tmp_path)
    assert stale.startswith(f".out.csv.{child.pid}.")
    done = subprocess.run(
        [sys.executable, "-m", "jamsos.cli", "batch", str(src), "-o", str(out), "--lang", "en", "-q"],
        capture_output=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "JAMSOS_TEST_PAUSE"},
    )
    assert done.returncode == 0, done.stderr
    assert "removed 1 temporary file(s) left by an interrupted run" in done.stderr.decode()
    assert temps(tmp_path) == []
    assert out.read_bytes().startswith(HEADER.encode())
