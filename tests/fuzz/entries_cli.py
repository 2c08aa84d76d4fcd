"""Fuzz entries for the command line: hostile option values as a person would type them.

A CLI entry calls :func:`cli_call` with keyword arguments that become ``--option value``
pairs (``None`` leaves an option out). Exit status 2 (one line on stderr, or argparse's usage and error lines; no traceback) is
a refusal and raises :class:`jamsos.errors.InvalidInputError` for the harness; status 0 is
an acceptance; anything else (a traceback, another status) escapes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys

from jamsos.cli import main
from jamsos.errors import InvalidInputError

Entry = sys.modules["_fuzz_registry"].Entry


def cli_call(command: str, **options: object) -> int:
    """Run ``jamsos <command> --opt value ...``; a refusal raises InvalidInputError."""
    argv = command.split()
    for name, value in options.items():
        if value is None:
            continue
        argv += [f"--{name.replace('_', '-')}", value if isinstance(value, str) else str(value)]
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main([*argv, "--ringkas"])
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    text = err.getvalue()
    if "Traceback" in text:
        raise AssertionError(f"traceback from {argv}: {text}")
    if code == 2:
        lines = text.strip().splitlines()
        # one line, or argparse's usage lines followed by its one error line
        if not lines or (len(lines) > 1 and not lines[0].startswith(("usage:", "penggunaan:"))):
            raise AssertionError(f"a refusal must be one line, got {text!r}")
        raise InvalidInputError(lines[-1])
    if code != 0:
        raise AssertionError(f"exit status {code} from {argv}: {text}")
    return code


# Indonesian notation is the command line's own: "8.000.000" is a valid amount there.
_INDONESIAN = frozenset({"'8.000.000'"})

ENTRIES = [
    Entry(
        "cli iuran",
        cli_call,
        args=("iuran",),
        kwargs={"upah": "8000000", "risiko": "1", "bulan": "2025-06"},
        kinds={"upah": "money+", "risiko": "enum", "bulan": "month"},
        also_accepts={"upah": _INDONESIAN},
    ),
    Entry(
        "cli jkm",
        cli_call,
        args=("jkm",),
        kwargs={"meninggal": dt.date(2025, 5, 10).isoformat(), "masa_iur": "40"},
        kinds={"meninggal": "date:event", "masa_iur": "?count0", "segmen": "?enum"},
    ),
    Entry(
        "cli anggaran",
        cli_call,
        args=("anggaran",),
        kwargs={"pekerja": "100", "penghasilan": "1000000", "dari": "2025-01", "sampai": "2025-12"},
        kinds={"pekerja": "count1", "penghasilan": "?money+", "dari": "month", "sampai": "month"},
        # 8.000.000 workers is a real count in Indonesian notation (a province's informal workers)
        also_accepts={"penghasilan": _INDONESIAN, "pekerja": _INDONESIAN},
    ),
    Entry(
        "cli cakupan",
        cli_call,
        args=("cakupan",),
        kwargs={"peserta": "144070", "angkatan_kerja": "528873", "target": "57,17"},
        kinds={"peserta": "count0", "angkatan_kerja": "count1", "target": "?rate0"},
        # a target percent reads either decimal mark ("57,17" or "57.17"): "1.5" is 1.5%
        also_accepts={"peserta": _INDONESIAN, "angkatan_kerja": _INDONESIAN, "target": frozenset({"float"})},
    ),
    Entry(
        "cli jp usia",
        cli_call,
        args=("jp usia",),
        kwargs={"lahir": "1980-05-17"},
        kinds={"lahir": "date:birth"},
    ),
    Entry(
        "cli jkk",
        cli_call,
        args=("jkk",),
        kwargs={"upah": "5000000", "kejadian": "2025-03-10", "stmb_hari": "10"},
        kinds={"upah": "money+", "kejadian": "date:event", "stmb_hari": "count1", "segmen": "?enum"},
        also_accepts={"upah": _INDONESIAN},
    ),
]
