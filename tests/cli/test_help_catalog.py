"""Every help text, description and placeholder of the command line is in the message catalog.

The help formatter translates them when shown (jamsos._cli.i18n); a new option whose help
has no Indonesian entry fails here, naming the text to add to jamsos.po.
"""

from __future__ import annotations

import argparse
import re

import pytest

from jamsos.cli import build_parser, main
from jamsos.i18n import translate

_ENGLISH = re.compile(
    r"\b(the|and|or|of|for|with|from|date|month|months|wage|print|default|file|amount|balance|benefit)\b",
    re.I,
)


def _texts() -> dict[str, str]:
    found: dict[str, str] = {}

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for text in (parser.description, parser.epilog):
            if text:
                found.setdefault(text, path)
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS:
                found.setdefault(action.help, path)
            if isinstance(action.metavar, str):
                found.setdefault(action.metavar, path)
            elif action.option_strings and action.nargs != 0 and action.choices is None:
                found.setdefault(action.dest.upper(), path)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        found.setdefault(choice.help, path)
                seen: set[int] = set()
                for name, sub in action.choices.items():
                    if id(sub) not in seen:
                        seen.add(id(sub))
                        walk(sub, f"{path} {name}")

    walk(build_parser(), "jamsos")
    return found


def test_every_english_help_text_has_an_indonesian_translation() -> None:
    texts = _texts()
    assert len(texts) > 150
    missing = sorted(
        f"{path}: {text}"
        for text, path in texts.items()
        if _ENGLISH.search(text) and translate(text, "id") == text
    )
    assert missing == []


def test_english_placeholders_are_translated() -> None:
    # WAGE and DATE read UPAH and TANGGAL in Indonesian help.
    placeholders = {t for t in _texts() if t.isupper()}
    assert {"WAGE", "MONTH", "HISTORY"} <= placeholders
    assert translate("WAGE", "id") == "UPAH"
    assert translate("DATE", "id") == "TANGGAL"


def test_argparse_plural_nargs_error_is_in_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's ngettext message for nargs=2 ("expected 2 arguments") goes through the catalog."""
    with pytest.raises(SystemExit) as exc:
        main(["params", "--berubah", "2025-01-01"])
    assert exc.value.code == 2
    err = capsys.readouterr().err.splitlines()[-1]
    assert err == "jamsos params: kesalahan: argumen --berubah: perlu 2 nilai"
