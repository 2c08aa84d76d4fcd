"""`python -m jamsos`, `--version` and a closed pipe (issue 12)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import jamsos

ARGS = ("iuran", "--upah", "8000000", "--risiko", "sangat-rendah", "--bulan", "2025-06")


def test_python_dash_m_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jamsos", *ARGS, "--ringkas", "--lang", "en"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Rp750.200" in done.stdout  # PP 44/2015, PP 46/2015, PP 45/2015, PP 6/2025: see README


def test_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jamsos", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"jamsos {jamsos.__version__}"


def test_a_closed_pipe_ends_quietly() -> None:
    """`jamsos ... | head -c 1`: the reader stops early; no error, no traceback, status 0.

    The output (every law change over ten years, ~280 kB) is far larger than a pipe's
    buffer, so the writer does meet the closed pipe.
    """
    command = [sys.executable, "-m", "jamsos", "params", "--berubah", "2015-07", "2026-12", "--json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.read(1)
        proc.stdout.close()  # like `head -c 1` exiting
        err = proc.stderr.read().decode()
        status = proc.wait(timeout=60)
    assert first == b"{" or first == b"["
    assert status == 0, err
    assert err == ""


def test_an_unknown_jamsos_lang_is_refused_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """$JAMSOS_LANG=fr: one line naming the variable and what is accepted, exit 2."""
    from jamsos.cli import main

    monkeypatch.setenv("JAMSOS_LANG", "fr")
    assert main([*ARGS, "--ringkas"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "jamsos: kesalahan: JAMSOS_LANG: bahasa 'fr' tidak dikenal; "
        "yang diterima: id (Bahasa Indonesia), en (English)\n"
    )
    # An explicit --lang does not read the variable: the command runs.
    assert main([*ARGS, "--ringkas", "--lang", "en"]) == 0
    assert "Rp750.200" in capsys.readouterr().out
