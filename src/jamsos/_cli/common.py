"""Shared options and output for the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Mapping
from typing import Protocol

from jamsos import validate
from jamsos._cli.i18n import error_text
from jamsos.errors import InvalidDateError, JamsosError
from jamsos.explain import Explanation
from jamsos.money import Rupiah
from jamsos.notation import AMOUNT, COUNT, parse_number
from jamsos.notation import parse_count as parse_count_number
from jamsos.periods import Month

__all__ = [
    "add_output_options",
    "count",
    "emit",
    "money",
    "parse_count",
    "parse_date",
    "parse_money",
    "parse_month",
]


class _Result(Protocol):
    def explain(self) -> Explanation: ...
    def to_dict(self) -> Mapping[str, object]: ...
    def table(self, lang: str = "en") -> str: ...


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """``--json``, ``--lang`` and ``--no-explain`` for a subcommand."""
    parser.add_argument("--json", action="store_true", help="print JSON for machines")
    parser.add_argument(
        "--lang", choices=("id", "en"), default=None, help="language of the text output (default: id)"
    )
    parser.add_argument(
        "--ringkas",
        "--brief",
        dest="brief",
        action="store_true",
        help="print the table without the step-by-step explanation",
    )


def emit(args: argparse.Namespace, result: _Result) -> int:
    """Print a result as JSON, or as a table followed by its explanation."""
    if args.json:
        data = dict(result.to_dict())
        if data.get("explanation") is None and "schema" not in data:
            data["explanation"] = result.explain().to_dict()
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(result.table(args.lang))
    if not args.brief:
        print()
        print(result.explain().render(args.lang))
    return 0


def parse_money(text: str, what: str = AMOUNT) -> Rupiah:
    """An amount in Indonesian notation: ``8000000``, ``8.000.000``, ``8 juta``, ``1,5 jt``.

    One reading for every money option (:func:`jamsos.notation.parse_number`); a form English
    reads differently (``8,000``) is refused with how to write it.
    """
    return Rupiah.of(parse_number(text, what=what))


def parse_count(text: str, what: str = COUNT) -> int:
    """A whole number in Indonesian notation: ``1000``, ``1.000``, ``2 ribu``."""
    return parse_count_number(text, what=what)


def _argparse_type(parse: Callable[[str], object], name: str) -> Callable[[str], object]:
    def convert(text: str) -> object:
        try:
            return parse(text)
        except JamsosError as exc:
            # argparse shows this message after "argument --x:", in the user's language.
            raise argparse.ArgumentTypeError(error_text(exc)) from None

    convert.__name__ = name
    return convert


#: ``type=`` for money options: argparse reports a bad value with jamsos's message.
money = _argparse_type(parse_money, "money")
#: ``type=`` for count options (workers, months, days).
count = _argparse_type(parse_count, "count")


def parse_month(text: str) -> Month:
    """``YYYY-MM``, a contribution month from 2015-07."""
    return validate.month(text)


def parse_date(text: str) -> dt.date:
    """``YYYY-MM-DD``."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidDateError(f"{text!r} is not a date; write YYYY-MM-DD") from None
