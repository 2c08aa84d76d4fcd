"""Shared options and output for the subcommands."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import textwrap
from collections.abc import Callable, Mapping
from typing import Final, Protocol

import attrs

from jamsos import validate
from jamsos._cli.i18n import error_text
from jamsos.errors import InvalidDateError, JamsosError
from jamsos.explain import Explanation
from jamsos.i18n import N_, current_lang
from jamsos.money import Rupiah
from jamsos.notation import AMOUNT, COUNT, parse_number
from jamsos.notation import parse_count as parse_count_number
from jamsos.periods import Month

__all__ = [
    "add_current_law_option",
    "add_detail_option",
    "add_output_options",
    "count",
    "date",
    "emit",
    "money",
    "parse_count",
    "parse_date",
    "parse_money",
    "parse_month",
    "wrap_text",
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
    add_current_law_option(parser)


def add_current_law_option(parser: argparse.ArgumentParser) -> None:
    """``--anggap-hukum-tetap`` / ``--assume-current-law``: the command runs with every
    computation's ``assume_current_law=True`` (``jamsos.parameters.assume_current_law``)."""
    parser.add_argument(
        "--anggap-hukum-tetap",
        "--assume-current-law",
        dest="assume_current_law",
        action="store_true",
        help=(
            "compute past the law data's horizon as if the law in force stays unchanged "
            "(labelled a projection)"
        ),
    )


_H_DETAIL: Final = N_("every step of the computation, every condition with its article, exact amounts")


def add_detail_option(parser: argparse.ArgumentParser) -> None:
    """``--rinci`` / ``--detail``: the full table and the step-by-step explanation (without
    it, a benefit command prints its short answer: issue 15, readable by default)."""
    parser.add_argument("--rinci", "--detail", dest="detail", action="store_true", help=_H_DETAIL)


#: Widest text line the explanation is wrapped to (a terminal of 100 columns).
WIDTH = 100


_DAY_OR_MONTH: Final = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _is_day_or_month(value: object) -> bool:
    if isinstance(value, Month | dt.date):
        return True
    return isinstance(value, str) and _DAY_OR_MONTH.fullmatch(value) is not None


def _leafless(step: Explanation) -> Explanation:
    """``step`` without sub-steps that only restate an amount (no inputs, values or notes),
    without inputs left unsaid (``None``, shown as ``-``) and without a month or day its
    title already names ("bulan iuran Juni 2025")."""
    kept = tuple(_leafless(c) for c in step.children if c.children or c.inputs or c.parameters or c.note)
    said = tuple(
        (k, v) for k, v in step.inputs if v is not None and not (_is_day_or_month(v) and str(v) in step.title)
    )
    return attrs.evolve(step, children=kept, inputs=said)


# A citation ("PP 44/2015 Pasal 16 ayat (1) huruf a") is never split over two lines.
_CITATION: Final = re.compile(
    r"\b(?:PP|UU|Perpres|Permenaker|Permenaker RI)\s\d+/\d{4}"
    r"(?:\s(?:Pasal|ayat|huruf|angka|Lampiran|Penjelasan)(?:\s[\w()\-]+)?)*"
)
_NBSP: Final = "\u00a0"


def wrap_text(text: str, width: int = WIDTH) -> str:
    """Each line longer than ``width`` wrapped, its continuation indented under it.

    Lines break only at spaces outside citations, so a citation stays searchable whole.
    """
    out: list[str] = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line)
            continue
        pad = " " * (len(line) - len(line.lstrip()) + 4)
        # textwrap breaks at ASCII whitespace only: a no-break space holds a citation together
        held = _CITATION.sub(lambda m: m.group(0).replace(" ", _NBSP), line)
        parts = textwrap.wrap(
            held, width, subsequent_indent=pad, break_long_words=False, break_on_hyphens=False
        )
        out.extend(part.replace(_NBSP, " ") for part in parts)
    return "\n".join(out)


def emit(
    args: argparse.Namespace,
    result: _Result,
    *,
    compact: bool = False,
    summary: Callable[[str], str] | None = None,
) -> int:
    """Print a result as JSON, or as a table followed by its explanation.

    The explanation is wrapped to :data:`WIDTH` columns; ``compact`` leaves out the sub-steps
    that only restate an amount the table already shows (per-party splits of ``iuran``).
    With ``summary`` (a command with ``--rinci``), the text without ``--rinci`` is
    ``summary(lang)`` alone: the answer first, about 40 lines at most.
    """
    if args.json:
        data = dict(result.to_dict())
        if data.get("explanation") is None and "schema" not in data:
            data["explanation"] = result.explain().to_dict()
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    # the language `jamsos.cli.main` set from --lang (before or after the subcommand) or JAMSOS_LANG
    lang = current_lang()
    if summary is not None and not getattr(args, "detail", False):
        print(wrap_text(summary(lang)))
        return 0
    print(wrap_text(result.table(lang)))
    if not args.brief:
        print()
        step = result.explain()
        print(wrap_text((_leafless(step) if compact else step).render(lang)))
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
        raise InvalidDateError(N_("{text!r} is not a date; write YYYY-MM-DD"), text=text) from None


#: ``type=`` for date options: argparse reports a bad day with jamsos's message, not with the
#: name of a Python function ("invalid parse_date value").
date = _argparse_type(parse_date, "date")
