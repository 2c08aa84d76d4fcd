"""The ``jamsos`` command line (stdlib ``argparse``).

Subcommands follow the Indonesian names users search for (``iuran`` = contributions,
``anggaran`` = budget), with English aliases. Each lives in ``jamsos/_cli/<name>.py`` and
exposes ``register(subparsers)``. Output is a readable table with citations by default,
``--json`` for machines, ``--lang id|en`` for the language. A user mistake prints one
line on stderr and exits with status 2, never a traceback. Ctrl-C ends with one line and
status 130, SIGTERM with status 143; outputs not finished are not written
(:mod:`jamsos._cli.files`).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Final

from jamsos._cli.files import Interrupted, signals_as_exceptions
from jamsos.errors import JamsosError

__all__ = ["build_parser", "main"]

#: Subcommand modules under ``jamsos._cli``, in help order.
COMMANDS: Final = ("iuran", "anggaran", "cakupan", "params", "jp", "jht", "jkm", "jkk", "jkp", "batch")


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="jamsos",
        description="BPJS Ketenagakerjaan law as code: contributions and benefits, with citations.",
    )
    from jamsos import __version__

    parser.add_argument("--version", action="version", version=f"jamsos {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"jamsos._cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"jamsos._cli.{name}":
                continue  # a command not shipped in this build
            raise
        module.register(sub)
    return parser


class _Parser(argparse.ArgumentParser):
    pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        with signals_as_exceptions():
            status: int = func(args)
    except (KeyboardInterrupt, Interrupted) as exc:
        signum = exc.signum if isinstance(exc, Interrupted) else 2
        if getattr(args, "lang", "id") == "en":
            line = "stopped; no output file was changed by the unfinished run"
        else:
            line = "dihentikan; tidak ada berkas keluaran yang diubah oleh proses yang belum selesai"
        print(f"jamsos: {line}", file=sys.stderr)
        return 128 + signum
    except JamsosError as exc:
        print(f"jamsos: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"jamsos: error: {exc}", file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
