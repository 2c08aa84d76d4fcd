"""``jamsos jkk``: JKK benefits after a work accident (death, disability, temporary incapacity)."""

from __future__ import annotations

import argparse

from jamsos._cli import common
from jamsos._cli.common import count as cli_count
from jamsos._cli.summary import award_summary
from jamsos.errors import InvalidInputError
from jamsos.i18n import N_

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``jkk`` subcommand."""
    parser = sub.add_parser(
        "jkk",
        aliases=["work-accident"],
        help="JKK work-accident benefits (Jaminan Kecelakaan Kerja)",
        description="JKK benefits: death from a work accident (--meninggal), disability (--cacat) or "
        "temporary incapacity (--stmb-hari). The accident date selects the law.",
    )
    parser.add_argument(
        "--upah",
        "--wage",
        dest="wage",
        required=True,
        type=common.money,
        help="last monthly wage (BPU: declared income), e.g. 5000000",
    )
    parser.add_argument(
        "--kejadian",
        "--on",
        dest="on",
        required=True,
        type=common.date,
        help="accident (or diagnosis) date, YYYY-MM-DD",
    )
    parser.add_argument(
        "--cacat",
        "--disability",
        dest="kind",
        default=None,
        help="disability kind: total, anatomis or fungsi",
    )
    parser.add_argument("--persen", "--percent", dest="percent", default=None, help="disability percentage")
    parser.add_argument(
        "--bagian",
        "--body-part",
        dest="body_part",
        default=None,
        help="row of the disability table, e.g. arm_from_shoulder",
    )
    parser.add_argument("--sisi", "--side", dest="side", default=None, help="kanan (right) or kiri (left)")
    parser.add_argument(
        "--fungsi-hilang",
        "--function-lost",
        dest="function_lost",
        default=None,
        help="percentage of function lost (functional disability)",
    )
    parser.add_argument("--kidal", "--left-handed", dest="left_handed", action="store_true")
    parser.add_argument(
        "--meninggal", "--death", dest="death", action="store_true", help="the worker died from the accident"
    )
    parser.add_argument(
        "--stmb-hari",
        "--incapacity-days",
        dest="days",
        type=cli_count,
        default=None,
        help="days of temporary incapacity (STMB) from the accident date",
    )
    parser.add_argument(
        "--anak",
        "--children",
        dest="children",
        default=None,
        help="children's school levels for the scholarship (death or total disability), e.g. SD,SMA",
    )
    parser.add_argument("--segmen", "--segment", dest="segment", default="PU", help="PU, BPU or JAKON")
    common.add_output_options(parser)
    common.add_detail_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print the benefit asked for."""
    from jamsos import jkk

    chosen = [x for x in (args.death, args.kind is not None, args.days is not None) if x]
    if len(chosen) != 1:
        raise InvalidInputError(N_("choose exactly one of --meninggal, --cacat KIND or --stmb-hari DAYS"))
    if args.death:
        award = jkk.death_benefit(wage=args.wage, on=args.on, children=args.children, segment=args.segment)
    elif args.days is not None:
        award = jkk.temporary_incapacity_benefit(
            wage=args.wage, first_day=args.on, days=args.days, segment=args.segment
        )
    else:
        award = jkk.disability_benefit(
            wage=args.wage,
            on=args.on,
            kind=args.kind,
            percent=args.percent,
            body_part=args.body_part,
            side=args.side,
            function_lost=args.function_lost,
            left_handed=args.left_handed,
            children=args.children,
            segment=args.segment,
        )
    return common.emit(args, award, summary=lambda lang: award_summary(award, lang))
