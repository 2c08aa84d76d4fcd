"""argparse in the user's language: help, section titles, usage and errors from the catalog.

argparse writes its own words ("usage:", "options", "show this help message and exit",
"the following arguments are required") through gettext's default domain, which jamsos does
not own. :class:`Parser` and :class:`HelpFormatter` pass them, and every help text and
description jamsos writes (English msgids marked with ``N_``), through
:func:`jamsos.i18n.translate` at the moment they are shown, in :func:`current_lang`.

:func:`lang_from_argv` reads ``--lang`` before parsing, so that ``--help`` and parse errors
already speak the language asked for.
"""

from __future__ import annotations

import argparse
import copy
import errno
import re
import sys
from collections.abc import Callable, Sequence
from typing import Final, NoReturn

from jamsos.i18n import N_, current_lang, translate

__all__ = [
    "HelpFormatter",
    "Parser",
    "error_text",
    "lang_from_argv",
    "os_error_text",
    "translate_argparse_message",
]

#: argparse's own messages (Python 3.11-3.13), as msgids of the jamsos catalog.
ARGPARSE_MESSAGES: Final = (
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    # ngettext("expected %s argument", "expected %s arguments", nargs): both forms.
    N_("expected %s argument"),
    N_("expected %s arguments"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("unexpected option string: %s"),
)
_WORDS: Final = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
)
_PLACEHOLDER: Final = re.compile(r"%\((\w+)\)[sr]|%[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    last = 0
    for i, m in enumerate(_PLACEHOLDER.finditer(template)):
        parts.append(re.escape(template[last : m.start()]))
        parts.append(f"(?P<{m.group(1) or f'_{i}'}>.+?)")
        last = m.end()
    parts.append(re.escape(template[last:]))
    return re.compile("^" + "".join(parts) + "$", re.S)


_PATTERNS: Final = tuple((t, _pattern(t)) for t in ARGPARSE_MESSAGES)


def translate_argparse_message(message: str, lang: str | None = None) -> str:
    """An English argparse error message in ``lang`` (nested ``argument X: ...`` included)."""
    for template, pattern in _PATTERNS:
        m = pattern.match(message)
        if m is None:
            continue
        values = m.groupdict()
        if "message" in values:
            values["message"] = translate_argparse_message(values["message"], lang)
        target = translate(template, lang)
        named = {k: v for k, v in values.items() if not k.startswith("_")}
        positional = [v for k, v in values.items() if k.startswith("_")]
        # Values were already rendered by argparse (repr included): substitute them as text.
        target = re.sub(r"%\((\w+)\)r", r"%(\1)s", target).replace("%r", "%s")
        return target % (tuple(positional) if positional else named)
    return translate(message, lang)


class HelpFormatter(argparse.HelpFormatter):
    """Translates help texts, descriptions, section titles and the usage prefix when shown."""

    def _format_usage(
        self,
        usage: str | None,
        actions: object,
        groups: object,
        prefix: str | None,
    ) -> str:
        if prefix is None:
            prefix = translate("usage: ")
        return super()._format_usage(usage, actions, groups, prefix)  # type: ignore[arg-type]

    def start_section(self, heading: str | None) -> None:
        super().start_section(translate(heading) if heading else heading)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translate(action.help) if action.help else action.help

    def _metavar_formatter(
        self, action: argparse.Action, default_metavar: str
    ) -> Callable[[int], tuple[str, ...]]:
        metavar = action.metavar
        if isinstance(metavar, str):
            action = copy.copy(action)
            action.metavar = translate(metavar)
        return super()._metavar_formatter(action, translate(default_metavar))

    def _format_text(self, text: str) -> str:
        return super()._format_text(translate(text) if text else text)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose words come from the jamsos catalog (subparsers inherit it)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = translate("%(prog)s: error: %(message)s\n") % {
            "prog": self.prog,
            "message": translate_argparse_message(message),
        }
        self.exit(2, text)


def lang_from_argv(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` in ``argv`` (``--lang en`` or ``--lang=en``), if any."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


#: What the operating system's refusals mean, per errno (its own text is English only).
_OS_ERRORS: Final = {
    errno.ENOENT: N_("{path}: no such file or folder"),
    errno.EACCES: N_("{path}: permission denied"),
    errno.EPERM: N_("{path}: permission denied"),
    errno.EISDIR: N_("{path} is a folder, not a file"),
    errno.ENOTDIR: N_("{path}: a part of the path is not a folder"),
    errno.ENOSPC: N_("{path}: no space left on the device"),
}


def os_error_text(exc: OSError, lang: str | None = None) -> str:
    """An operating-system refusal (a missing file...) in ``lang``, naming the path."""
    template = _OS_ERRORS.get(exc.errno or 0)
    if template is not None and exc.filename is not None:
        return translate(template, lang).format(path=exc.filename)
    return translate(str(exc), lang)


def error_text(exc: BaseException, lang: str | None = None) -> str:
    """A jamsos error's message in ``lang`` (``None``: the current language).

    A jamsos error renders itself (``exc.message(lang)``: the catalog's template, value names
    such as ``"amount"`` translated, months and days written out); other errors go through
    the catalog lookup of their text.
    """
    if isinstance(exc, OSError) and not callable(getattr(exc, "message", None)):
        return os_error_text(exc, lang)
    render = getattr(exc, "message", None)
    if callable(render):
        try:
            return str(render(lang or current_lang()))
        except TypeError:
            pass
    return translate(str(exc), lang)
