"""``jamsos jp``: JP pension age and benefits.

``jamsos jp usia --lahir 1965-07-16`` prints the pension age, pension date and last
registration month. ``jamsos jp manfaat --lahir ... --riwayat riwayat.csv`` reads a
contribution history (``month,wage`` or ``bulan,upah``) and prints the benefit with its
explanation: the old-age benefit by default, ``--jenis cacat --tanggal ...`` for
disability, ``--jenis kematian --tanggal ... --pasangan --anak ...`` for heirs,
``--jenis proyeksi --kenaikan-upah 5 --inflasi 3`` for a projection.
"""

from __future__ import annotations

import argparse
from typing import Final

from jamsos import jp
from jamsos._cli import common
from jamsos._cli.common import count as cli_count
from jamsos._cli.summary import award_summary
from jamsos.domain import ContributionHistory
from jamsos.errors import InvalidInputError
from jamsos.i18n import N_

__all__ = ["register", "run_benefit", "run_timing"]

_KINDS: Final = {
    "hari-tua": "old-age",
    "old-age": "old-age",
    "cacat": "disability",
    "disability": "disability",
    "kematian": "death",
    "death": "death",
    "proyeksi": "projection",
    "projection": "projection",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``jp`` with its ``usia`` and ``manfaat`` subcommands."""
    parser = sub.add_parser(
        "jp",
        aliases=["pension"],
        help="JP (Jaminan Pensiun): pension age and benefits",
        description="JP (Jaminan Pensiun, PP 45/2015): pension age, pension date and benefits.",
    )
    jsub = parser.add_subparsers(dest="jp_command", metavar="COMMAND")

    usia = jsub.add_parser("usia", aliases=["age"], help="pension age, pension date, last registration month")
    usia.add_argument("--lahir", "--born", dest="lahir", required=True, help="birth date YYYY-MM-DD")
    common.add_output_options(usia)
    usia.set_defaults(func=run_timing)

    manfaat = jsub.add_parser(
        "manfaat", aliases=["benefit"], help="JP benefit from a contribution history (CSV)"
    )
    manfaat.add_argument("--lahir", "--born", dest="lahir", required=True, help="birth date YYYY-MM-DD")
    manfaat.add_argument(
        "--riwayat",
        "--history",
        dest="riwayat",
        required=True,
        help="CSV month,wage (bulan,upah), one row a month",
    )
    manfaat.add_argument(
        "--jenis",
        "--kind",
        dest="jenis",
        default="hari-tua",
        choices=sorted(_KINDS),
        help="hari-tua (old age, default), cacat (disability), kematian (death) or proyeksi (projection)",
    )
    manfaat.add_argument(
        "--tanggal", "--on", dest="tanggal", help="date of the disability or death, YYYY-MM-DD"
    )
    manfaat.add_argument(
        "--pasangan",
        "--spouse",
        dest="pasangan",
        action="store_true",
        help="a widow or widower is registered",
    )
    manfaat.add_argument(
        "--pasangan-berakhir", dest="pasangan_berakhir", help="date the widow or widower died or remarried"
    )
    manfaat.add_argument(
        "--anak",
        "--child",
        dest="anak",
        action="append",
        default=[],
        help="a child's birth date (repeat per child)",
    )
    manfaat.add_argument(
        "--orang-tua", "--parent", dest="orang_tua", action="store_true", help="a parent is registered"
    )
    manfaat.add_argument(
        "--menikah", "--married", dest="menikah", action="store_true", help="the member was married"
    )
    manfaat.add_argument(
        "--berhenti-kerja",
        "--retire-on",
        dest="berhenti",
        help="deferral: the date the member stopped working",
    )
    manfaat.add_argument(
        "--kenaikan-upah", "--wage-growth", dest="kenaikan", default="0", help="percent a year"
    )
    manfaat.add_argument("--inflasi", "--inflation", dest="inflasi", default="3", help="percent a year")
    manfaat.add_argument(
        "--bulan", "--months", dest="bulan", type=cli_count, default=12, help="months of the payment schedule"
    )
    common.add_output_options(manfaat)
    common.add_detail_option(manfaat)
    manfaat.set_defaults(func=run_benefit)

    def _help(args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    parser.set_defaults(func=_help)


def run_timing(args: argparse.Namespace) -> int:
    """``jamsos jp usia``."""
    return common.emit(args, jp.pension_timing(common.parse_date(args.lahir)))


def run_benefit(args: argparse.Namespace) -> int:
    """``jamsos jp manfaat``."""
    birth = common.parse_date(args.lahir)
    history = ContributionHistory.from_csv(args.riwayat)
    kind = _KINDS[args.jenis]
    months = args.bulan
    if kind == "old-age":
        retire = common.parse_date(args.berhenti) if args.berhenti else None
        result = jp.old_age_benefit(history, birth_date=birth, retire_on=retire, schedule_months=months)
    elif kind == "projection":
        result = jp.project(
            history,
            birth_date=birth,
            wage_growth=args.kenaikan,
            inflation=args.inflasi,
            schedule_months=months,
        )
    else:
        if not args.tanggal:
            raise InvalidInputError(
                N_("--jenis {jenis!r} needs --tanggal YYYY-MM-DD (the day of the event)"), jenis=args.jenis
            )
        on = common.parse_date(args.tanggal)
        if kind == "disability":
            result = jp.disability_benefit(history, birth_date=birth, disabled_on=on, schedule_months=months)
        else:
            survivors = jp.Survivors(
                spouse=args.pasangan,
                spouse_ends_on=common.parse_date(args.pasangan_berakhir) if args.pasangan_berakhir else None,
                children=tuple(common.parse_date(c) for c in args.anak),
                parent=args.orang_tua,
                member_married=True if args.menikah else None,
            )
            result = jp.survivor_benefit(
                history, birth_date=birth, died_on=on, survivors=survivors, schedule_months=months
            )
    return common.emit(args, result, summary=lambda lang: award_summary(result, lang))
