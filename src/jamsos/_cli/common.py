"""Shared options and output for the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Mapping
from typing import Protocol

from jamsos.errors import InvalidDateError, InvalidInputError
from jamsos.explain import Explanation
from jamsos.money import Rupiah
from jamsos.periods import Month

__all__ = ["add_output_options", "emit", "parse_date", "parse_money", "parse_month"]


class _Result(Protocol):
    def explain(self) -> Explanation: ...
    def to_dict(self) -> Mapping[str, object]: ...
    def table(self, lang: str = "en") -> str: ...


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """``--json``, ``--lang`` and ``--no-explain`` for a subcommand."""
    parser.add_argument("--json", action="store_true", help="print JSON for machines")
    parser.add_argument(
        "--lang", choices=("id", "en"), default="id", help="language of the text output (default: id)"
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


def parse_money(text: str) -> Rupiah:
    """Digits, optionally with ``_`` or ``.`` thousands separators (``8.000.000``)."""
    cleaned = text.strip().replace("_", "")
    if cleaned.count(".") > 1 or (cleaned.count(".") == 1 and len(cleaned.split(".")[1]) == 3):
        cleaned = cleaned.replace(".", "")
    if cleaned.lower().startswith("rp"):
        cleaned = cleaned[2:]
    try:
        return Rupiah.of(cleaned)
    except InvalidInputError:
        raise InvalidInputError(f"{text!r} is not an amount; write digits, e.g. 8000000") from None


def parse_month(text: str) -> Month:
    """``YYYY-MM``."""
    return Month.parse(text)


def parse_date(text: str) -> dt.date:
    """``YYYY-MM-DD``."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidDateError(f"{text!r} is not a date; write YYYY-MM-DD") from None
