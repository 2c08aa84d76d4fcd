"""``jamsos anggaran``: a programme budget for covering BPU workers from a regional budget.

Both ways: ``--pekerja N`` gives the cost of N workers; ``--dana Rp`` the most workers a
budget covers for the whole period, the cost per worker and the money left over.
"""

from __future__ import annotations

import argparse

from jamsos import contributions, programmes
from jamsos._cli.common import add_output_options, emit, parse_money, parse_month
from jamsos._cli.common import count as cli_count
from jamsos._cli.programme_options import add_income, add_months, add_payer
from jamsos.i18n import format_month
from jamsos.periods import Month
from jamsos.programmes.text import N_, tr

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``anggaran`` (alias ``budget``)."""
    p = sub.add_parser(
        "anggaran",
        aliases=["budget"],
        help=N_("budget for covering BPU workers (pekerja rentan): workers → cost, or budget → workers"),
        description=N_(
            "Cost of paying JKK+JKM (and optionally JHT) for non-wage earners from a regional "
            "budget, or how many workers a budget covers. Examples: jamsos anggaran --pekerja 1000 "
            "--dari 2026-01 --sampai 2026-12; jamsos anggaran --dana 500.000.000 --dari 2026-01 "
            "--sampai 2026-12"
        ),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--pekerja", "--workers", dest="workers", type=cli_count, help=N_("number of workers covered")
    )
    which.add_argument(
        "--dana",
        "--funds",
        dest="funds",
        help=N_("the budget (e.g. 500.000.000): how many workers it covers for the whole period"),
    )
    add_income(p)
    add_months(p, required=True)
    add_payer(
        p,
        not_budget_help=N_(
            "with --dana: the payer is not a state or regional budget (e.g. a company's CSR fund), "
            "so the PP 50/2025 discount applies in its window"
        ),
    )
    add_output_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print, with the month-by-month schedule."""
    income = None if args.income is None else parse_money(args.income)
    first, last = parse_month(args.first), parse_month(args.last)
    # what every budget question shares: the period, the income and who pays
    period = {"income": income, "first_month": first, "last_month": last, "jht": args.jht}
    payer = {"budget_funded": not args.not_budget, "transport_worker": args.transport}
    if args.funds is not None:
        return _print_cost(args, programmes.workers_covered(parse_money(args.funds), **period, **payer))
    if income is None or args.not_budget:
        return _print_cost(args, programmes.cost(workers=args.workers, **period, **payer))
    award = contributions.programme_budget(workers=args.workers, **period, transport_worker=args.transport)
    if not args.json:
        label = tr(N_("Month"), args.lang)
        print(f"{label:14}  {'Rp':>16}")
        for month, amount in award.payments:
            print(f"{format_month(Month.parse(str(month)), args.lang):14}  {amount!s:>16}")
        print()
        args.brief = True
    return emit(args, award)


def _print_cost(args: argparse.Namespace, result: programmes.ProgrammeCost) -> int:
    if not args.json:
        lang = args.lang
        print(result.table(lang))
        print()
        head = (tr(N_("Month"), lang), tr(N_("Per worker"), lang), tr(N_("All workers"), lang))
        print(f"{head[0]:14}  {head[1]:>12}  {head[2]:>18}")
        for m, (month, amount) in zip(result.months, result.payments, strict=True):
            print(f"{format_month(Month.parse(str(month)), lang):14}  {m.per_worker!s:>12}  {amount!s:>18}")
        for note in result.notes:
            print(f"- {note.message(lang)}")
        args.brief = True
        return 0
    return emit(args, result)
