"""``jamsos jkm``: the JKM death benefit (death not caused by work)."""

from __future__ import annotations

import argparse

from jamsos._cli import common
from jamsos._cli.common import count as cli_count
from jamsos._cli.summary import award_summary

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``jkm`` subcommand."""
    parser = sub.add_parser(
        "jkm",
        aliases=["death"],
        help="JKM death benefit (Jaminan Kematian)",
        description="JKM benefit for a death not caused by work: lump sum, periodic benefit, funeral cost "
        "and, with enough months of contributions, the children's scholarship.",
    )
    parser.add_argument(
        "--meninggal",
        "--died-on",
        dest="died_on",
        required=True,
        type=common.date,
        help="date of death, YYYY-MM-DD (selects the law)",
    )
    parser.add_argument(
        "--masa-iur",
        "--contribution-months",
        dest="months",
        type=cli_count,
        default=None,
        help="months of contributions (masa iur), for the scholarship condition",
    )
    parser.add_argument(
        "--anak",
        "--children",
        dest="children",
        default=None,
        help="children's school levels, comma-separated (BELUM, TK, SD, SMP, SMA, PT), e.g. SD,SMA",
    )
    parser.add_argument("--segmen", "--segment", dest="segment", default="PU", help="PU, BPU or JAKON")
    common.add_output_options(parser)
    common.add_detail_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print the benefit."""
    from jamsos import jkm

    award = jkm.death_benefit(
        died_on=args.died_on,
        contribution_months=args.months,
        children=args.children,
        segment=args.segment,
    )
    return common.emit(args, award, summary=lambda lang: award_summary(award, lang))
