"""``jamsos iuran``: monthly contributions (iuran) of one participant."""

from __future__ import annotations

import argparse
import datetime as dt

from jamsos import contributions
from jamsos._cli.common import add_output_options, emit, parse_date, parse_money, parse_month
from jamsos._cli.common import count as cli_count
from jamsos.domain import Segment
from jamsos.errors import InvalidInputError
from jamsos.i18n import N_

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``iuran`` (alias ``contributions``)."""
    p = sub.add_parser(
        "iuran",
        aliases=["contributions"],
        help="contributions of one month, with citations",
        description=(
            "Contributions for one contribution month. Examples: "
            "jamsos iuran --upah 8000000 --risiko sangat-rendah --bulan 2025-06 ; "
            "jamsos iuran --segmen bpu --upah 1000000 --bulan 2026-05 ; "
            "jamsos iuran --segmen pmi --tanggal 2024-05-01 --kontrak 24 ; "
            "jamsos iuran --segmen jakon --nilai-kontrak 180000000 --bulan 2024-01"
        ),
    )
    p.add_argument(
        "--segmen",
        "--segment",
        dest="segment",
        default="PU",
        help="PU (wage earner, default), BPU, PMI or JAKON",
    )
    p.add_argument(
        "--upah",
        "--wage",
        "--penghasilan",
        "--income",
        dest="wage",
        help="monthly wage (PU) or declared income (BPU), in rupiah",
    )
    p.add_argument("--bulan", "--month", dest="month", help="contribution month YYYY-MM")
    p.add_argument(
        "--risiko",
        "--risk",
        dest="risk",
        default=None,
        help="JKK risk class: 1-5 or sangat-rendah/rendah/sedang/tinggi/sangat-tinggi",
    )
    p.add_argument(
        "--skala",
        "--scale",
        dest="scale",
        default="large",
        help="employer scale: mikro/kecil/menengah/besar (micro/small/medium/large)",
    )
    p.add_argument("--lahir", "--birth-date", dest="birth_date", help="birth date YYYY-MM-DD (stops JP)")
    p.add_argument(
        "--program",
        "--programs",
        dest="programs",
        help="comma-separated programs enrolled (default: mandatory for the scale)",
    )
    p.add_argument(
        "--padat-karya",
        "--labour-intensive",
        dest="industry",
        help="PP 7/2025 relief: the labour-intensive industry (e.g. footwear)",
    )
    p.add_argument(
        "--peserta-aktif",
        "--active-participants",
        dest="active",
        type=cli_count,
        help="PP 7/2025 relief: number of active participants",
    )
    p.add_argument("--jht", action="store_true", help="BPU: include the optional JHT")
    p.add_argument(
        "--transportasi",
        "--transport",
        dest="transport",
        action="store_true",
        help="BPU: transport-sector worker (PP 50/2025)",
    )
    p.add_argument(
        "--apbd",
        "--budget-funded",
        dest="budget",
        action="store_true",
        help="BPU: paid from a state or regional budget",
    )
    p.add_argument("--tanggal", "--on", dest="on", help="PMI: registration date YYYY-MM-DD")
    p.add_argument(
        "--kontrak",
        "--contract-months",
        dest="contract",
        type=cli_count,
        help="PMI: contract length in months",
    )
    p.add_argument(
        "--tanpa-prapenempatan",
        "--no-pre-placement",
        dest="no_pre",
        action="store_true",
        help="PMI: leave out the pre-placement contribution",
    )
    p.add_argument("--jht-pmi", dest="jht_pmi", help="PMI: the monthly JHT amount chosen")
    p.add_argument(
        "--nilai-kontrak",
        "--contract-value",
        dest="contract_value",
        help="JAKON: contract value in rupiah (wages unknown)",
    )
    add_output_options(p)
    p.set_defaults(func=run)


def _need(value: str | None, flag: str) -> str:
    if value is None:
        raise InvalidInputError(N_("{flag} is required for this segment"), flag=flag)
    return value


def run(args: argparse.Namespace) -> int:
    """Compute and print."""
    segment = Segment.parse(args.segment)
    if segment is Segment.WAGE_EARNER:
        birth: dt.date | None = parse_date(args.birth_date) if args.birth_date else None
        result = contributions.wage_earner(
            parse_money(_need(args.wage, "--upah")),
            parse_month(_need(args.month, "--bulan")),
            risk_class=_need(args.risk, "--risiko"),
            employer_scale=args.scale,
            birth_date=birth,
            programs=args.programs.split(",") if args.programs else None,
            labour_intensive_relief=args.industry is not None,
            industry=args.industry,
            active_participants=args.active,
        )
    elif segment is Segment.NON_WAGE_EARNER:
        result = contributions.non_wage_earner(
            parse_money(_need(args.wage, "--upah")),
            parse_month(_need(args.month, "--bulan")),
            jht=args.jht,
            transport_worker=args.transport,
            budget_funded=args.budget,
        )
    elif segment is Segment.MIGRANT_WORKER:
        if args.contract is None:
            raise InvalidInputError(N_("--kontrak (contract months) is required for PMI"))
        result = contributions.migrant_worker(
            on=parse_date(_need(args.on, "--tanggal")),
            contract_months=args.contract,
            pre_placement=not args.no_pre,
            jht=parse_money(args.jht_pmi) if args.jht_pmi else None,
        )
    else:
        result = contributions.construction_project(
            parse_money(_need(args.contract_value, "--nilai-kontrak")),
            parse_month(_need(args.month, "--bulan")),
        )
    # the per-party and per-program amounts of PU/BPU are in the table above the explanation
    compact = segment in (Segment.WAGE_EARNER, Segment.NON_WAGE_EARNER)
    return emit(args, result, compact=compact)
