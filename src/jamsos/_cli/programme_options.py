"""The options the regional-programme subcommands share: ``anggaran``, ``program``, ``cakupan``.

One definition per option, so ``--dari`` or ``--bukan-apbd`` reads the same, names the same
attribute and says the same in every subcommand that takes it.
"""

from __future__ import annotations

import argparse

from jamsos.programmes.text import N_

__all__ = ["add_income", "add_jht", "add_months", "add_payer"]


def add_months(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """``--dari``/``--from`` and ``--sampai``/``--to`` (``first``, ``last``): the period's months."""
    parser.add_argument("--dari", "--from", dest="first", required=required, help=N_("first month YYYY-MM"))
    parser.add_argument("--sampai", "--to", dest="last", required=required, help=N_("last month YYYY-MM"))


def add_income(parser: argparse.ArgumentParser) -> None:
    """``--penghasilan``/``--income`` (``income``): the declared monthly income per worker."""
    parser.add_argument(
        "--penghasilan",
        "--income",
        dest="income",
        default=None,
        help=N_("declared monthly income per worker (default: the lowest income band in force)"),
    )


def add_jht(parser: argparse.ArgumentParser) -> None:
    """``--jht``: the programme also pays the optional JHT."""
    parser.add_argument("--jht", action="store_true", help=N_("also pay the optional JHT"))


def add_payer(parser: argparse.ArgumentParser, *, not_budget_help: str) -> None:
    """``--jht``, ``--transportasi`` (``transport``) and ``--bukan-apbd`` (``not_budget``).

    ``not_budget_help`` is the help of ``--bukan-apbd`` (a catalog msgid): what it changes
    depends on the subcommand.
    """
    add_jht(parser)
    parser.add_argument(
        "--transportasi",
        "--transport",
        dest="transport",
        action="store_true",
        help=N_("the workers are transport-sector workers"),
    )
    parser.add_argument(
        "--bukan-apbd",
        "--not-budget-funded",
        dest="not_budget",
        action="store_true",
        help=not_budget_help,
    )
