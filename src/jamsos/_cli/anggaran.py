"""``jamsos anggaran``: a programme budget for covering BPU workers from a regional budget."""

from __future__ import annotations

import argparse

from jamsos import contributions
from jamsos._cli.common import add_output_options, emit, parse_money, parse_month

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``anggaran`` (alias ``budget``)."""
    p = sub.add_parser(
        "anggaran",
        aliases=["budget"],
        help="budget for covering N BPU workers (pekerja rentan) month by month",
        description=(
            "Cost of paying JKK+JKM (and optionally JHT) for N non-wage earners from a regional "
            "budget. Example: jamsos anggaran --pekerja 1000 --penghasilan 1000000 "
            "--dari 2026-01 --sampai 2026-12"
        ),
    )
    p.add_argument(
        "--pekerja", "--workers", dest="workers", type=int, required=True, help="number of workers covered"
    )
    p.add_argument(
        "--penghasilan",
        "--income",
        dest="income",
        default="1000000",
        help="declared monthly income per worker (default 1000000)",
    )
    p.add_argument("--dari", "--from", dest="first", required=True, help="first month YYYY-MM")
    p.add_argument("--sampai", "--to", dest="last", required=True, help="last month YYYY-MM")
    p.add_argument("--jht", action="store_true", help="also pay the optional JHT")
    p.add_argument(
        "--transportasi",
        "--transport",
        dest="transport",
        action="store_true",
        help="the workers are transport-sector workers",
    )
    add_output_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print, with the month-by-month schedule."""
    award = contributions.programme_budget(
        workers=args.workers,
        income=parse_money(args.income),
        first_month=parse_month(args.first),
        last_month=parse_month(args.last),
        jht=args.jht,
        transport_worker=args.transport,
    )
    if not args.json:
        label = "Bulan" if args.lang == "id" else "Month"
        print(f"{label:8}  {'Rp':>16}")
        for month, amount in award.payments:
            print(f"{month!s:8}  {amount!s:>16}")
        print()
        args.brief = True
    return emit(args, award)
