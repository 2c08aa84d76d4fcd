"""``jamsos cakupan``: coverage of a workforce, the gap to a target and what closing it costs."""

from __future__ import annotations

import argparse

from jamsos import programmes
from jamsos._cli.common import add_output_options, count, emit, parse_money, parse_month, wrap_text
from jamsos._cli.programme_options import add_income, add_jht, add_months
from jamsos.errors import InvalidInputError
from jamsos.programmes.text import N_, tr

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``cakupan`` (alias ``coverage``)."""
    p = sub.add_parser(
        "cakupan",
        aliases=["coverage"],
        help=N_("coverage rate, the gap to a target and the cost of closing it"),
        description=N_(
            "Coverage = participants / workforce. With --target, the participants the target "
            "implies and the workers still to enrol; with --dari/--sampai also what covering them "
            "costs. Example: jamsos cakupan --peserta 144.070 --angkatan-kerja 528.873 "
            "--target 57,17 --dari 2026-01 --sampai 2026-12"
        ),
    )
    p.add_argument("--peserta", "--participants", dest="participants", required=True, type=count)
    p.add_argument("--angkatan-kerja", "--workforce", dest="workforce", required=True, type=count)
    p.add_argument("--target", dest="target", help=N_("target coverage in percent, e.g. 57,17"))
    add_months(p, required=False)
    add_income(p)
    add_jht(p)
    add_output_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print."""
    result = programmes.coverage(participants=args.participants, workforce=args.workforce, target=args.target)
    closing = None
    if (args.first is None) != (args.last is None):
        raise InvalidInputError(N_("give both --dari and --sampai, or neither"))
    if args.first is not None:
        if result.gap is None:
            raise InvalidInputError(N_("--dari/--sampai cost the gap: give --target too"))
        closing = result.closing_cost(
            first_month=parse_month(args.first),
            last_month=parse_month(args.last),
            income=None if args.income is None else parse_money(args.income),
            jht=args.jht,
        )
    if args.json:
        if closing is None:
            return emit(args, result)
        import json
        import sys

        data = result.to_dict()
        data["closing_cost"] = closing.to_dict()
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(result.table(args.lang))
    if closing is not None:
        print()
        print(tr(N_("Cost of closing the gap"), args.lang))
        print(closing.table(args.lang))
    print()
    labels = {
        "rate": N_("Coverage"),
        "target_participants": N_("Participants at the target"),
        "gap": N_("Gap (workers still to enrol)"),
    }
    for key, rule in result.rounding.items():
        print(wrap_text(f"- {tr(labels[key], args.lang)}: {tr(rule, args.lang)}"))
    return 0
