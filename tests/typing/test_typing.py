"""Precise types for users (issue 12): a user's app passes ``mypy --strict``; mistakes fail.

One mypy run checks both files (it shares the cache ``mypy src`` leaves in CI).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
APP = HERE / "app.py"
FAILS = HERE / "fails.py"


def _expected() -> set[tuple[int, str]]:
    lines = FAILS.read_text(encoding="utf-8").splitlines()
    return {(n, m.group(1)) for n, line in enumerate(lines, 1) if (m := re.search(r"# E: ([a-z-]+)$", line))}


@pytest.fixture(scope="module")
def mypy_output() -> str:
    pytest.importorskip("mypy")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            str(APP),
            str(FAILS),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout + done.stderr


def _errors(output: str, path: Path) -> set[tuple[int, str]]:
    name = re.escape(str(path.relative_to(ROOT)))
    return {
        (int(m.group(1)), m.group(2))
        for m in re.finditer(rf"^{name}:(\d+): error: .*\[([a-z-]+)\]$", output, flags=re.MULTILINE)
    }


def test_the_users_app_passes_mypy_strict(mypy_output: str) -> None:
    assert _errors(mypy_output, APP) == set(), mypy_output
    assert "app.py" not in mypy_output, mypy_output


def test_each_mistake_is_a_type_error(mypy_output: str) -> None:
    assert _errors(mypy_output, FAILS) == _expected(), mypy_output
