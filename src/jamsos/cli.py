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
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Final

from jamsos._cli.files import Interrupted, signals_as_exceptions
from jamsos._cli.i18n import Parser, error_text, lang_from_argv
from jamsos._cli.projection import projection_line
from jamsos.errors import JamsosError
from jamsos.i18n import ENV_VAR, N_, current_lang, translate, use_lang
from jamsos.parameters import assume_current_law

__all__ = ["build_parser", "main"]

#: Subcommand modules under ``jamsos._cli``, in help order.
COMMANDS: Final = (
    "peristiwa",
    "iuran",
    "anggaran",
    "cakupan",
    "program",
    "params",
    "jp",
    "jht",
    "jkm",
    "jkk",
    "jkp",
    "batch",
    "serve",
)
_DESCRIPTION: Final = N_("BPJS Ketenagakerjaan law as code: contributions and benefits, with citations.")
_ERROR: Final = N_("jamsos: error: {message}")
_COMMAND: Final = N_("COMMAND")
_LANG: Final = N_("language of help, messages and output: id (default) or en")


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every available subcommand."""
    parser = Parser(prog="jamsos", description=_DESCRIPTION)
    from jamsos import __version__

    parser.add_argument("--version", action="version", version=f"jamsos {__version__}")
    # Read before parsing by main() (help and errors speak it); subcommands accept it too.
    parser.add_argument("--lang", dest="global_lang", choices=("id", "en"), default=None, help=_LANG)
    sub = parser.add_subparsers(dest="command", metavar=_COMMAND)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"jamsos._cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"jamsos._cli.{name}":
                continue  # a command not shipped in this build
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    ``--lang`` is read first, so that help, parse errors and results all speak it.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    given = lang_from_argv(arguments)
    if given not in ("id", "en"):
        try:
            current_lang()  # $JAMSOS_LANG, read by every text: refuse a bad one here, not as a traceback
        except JamsosError as exc:
            message = f"{ENV_VAR}: {error_text(exc, 'id')}"
            print(translate(_ERROR, "id").format(message=message), file=sys.stderr)
            return 2
    try:
        with use_lang(given if given in ("id", "en") else None):
            return _main(arguments)
    except BrokenPipeError:
        return _closed_pipe()


def _closed_pipe() -> int:
    """The reader went away (``jamsos ... | head``): stop quietly, as Unix tools do.

    Further writes (the interpreter's final flush) go to the null device, so Python does not
    print "Exception ignored ... BrokenPipeError" on the way out.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - stdout without a file descriptor
        pass
    return 0


def _main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    if getattr(args, "lang", "") is None:
        # no subcommand --lang: the top-level --lang or $JAMSOS_LANG (use_lang in main), else id
        args.lang = current_lang()
    try:
        projected = getattr(args, "assume_current_law", False)
        with signals_as_exceptions(), assume_current_law() if projected else contextlib.nullcontext():
            line = projection_line(args, current_lang())
            if line is not None:
                print(line)
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
        print(translate(_ERROR).format(message=error_text(exc)), file=sys.stderr)
        return 2
    except BrokenPipeError:
        return _closed_pipe()
    except OSError as exc:
        print(translate(_ERROR).format(message=error_text(exc)), file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
