"""``jamsos peristiwa``: one answer per life event (*peristiwa*), every program at once.

``phk`` (dismissal), ``meninggal`` (death), ``pensiun`` (retirement), ``cacat`` (total
permanent disability). Amounts accept Indonesian notation (``6.000.000``, ``6 juta``,
``1,5 jt``); children are given as school level and year (``--anak SD3 --anak SMP1``, with
the birth date for the JP child pension: ``SD3:2016-01-05``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Final

from jamsos._cli.common import add_current_law_option, parse_date
from jamsos.i18n import N_, current_lang
from jamsos.notation import parse_number

__all__ = ["register", "run"]

_EVENTS: Final = {
    "phk": ("dismissal", N_("dismissal (PHK): JKP, JHT and JP")),
    "meninggal": ("death", N_("death of the member: JKK or JKM, JHT and JP for the heirs")),
    "pensiun": ("retirement", N_("retirement: JHT and the JP old-age benefit")),
    "cacat": ("disability", N_("total permanent disability: JKK, JHT and JP")),
}
_ALIASES: Final = {
    "phk": ["dismissal"],
    "meninggal": ["death"],
    "pensiun": ["retirement"],
    "cacat": ["disability"],
}

_M_DATE: Final = N_("DATE")
_M_AMOUNT: Final = N_("AMOUNT")
_M_FILE: Final = N_("FILE")
_M_SCALE: Final = N_("SCALE")
_M_CAUSE: Final = N_("CAUSE")
_M_CHILD: Final = N_("CHILD")
_M_EVENT: Final = N_("EVENT")
_H_ON: Final = N_("date of the event, YYYY-MM-DD (selects the law)")
_H_BIRTH: Final = N_("the member's birth date, YYYY-MM-DD")
_H_WAGE: Final = N_("last monthly wage, e.g. 6.000.000 or 6 juta")
_H_SINCE: Final = N_("date the member joined BPJS Ketenagakerjaan, YYYY-MM-DD")
_H_HISTORY: Final = N_("CSV of contribution months instead of --upah/--sejak: bulan;upah (or month,wage)")
_H_JHT: Final = N_("JHT balance from the member's statement, e.g. 25.000.000")
_H_JHT_ON: Final = N_("date of that statement, YYYY-MM-DD (default: the event date)")
_H_CAUSE: Final = N_("cause: kerja (work accident or occupational disease) or lainnya (other)")
_H_SPOUSE: Final = N_("a widow or widower is registered")
_H_CHILD: Final = N_("a child: school level and year, e.g. SD3, SMP1, TK, PT2, BELUM; repeat per child")
_H_PARENT: Final = N_("a parent is registered (unmarried member)")
_H_SCALE: Final = N_("employer scale: mikro, kecil, menengah or besar (default)")
_H_CLAIM: Final = N_("claim date, YYYY-MM-DD (default: the first day a claim can be filed)")
_H_JSON: Final = N_("print JSON for machines (exact amounts)")
_H_LANG: Final = N_("language of the text: id (default) or en")
_H_DETAIL: Final = N_("exact amounts, every condition checked and the legal basis")
_DESCRIPTION: Final = N_(
    "What each program pays for a life event: amounts, dates, conditions, claim deadlines. "
    "Example: jamsos peristiwa phk --tanggal 2025-03-10 --lahir 1990-05-01 --upah 6.000.000 "
    "--sejak 2022-03-01"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``peristiwa`` (alias ``event``) and its four subcommands."""
    parser = sub.add_parser(
        "peristiwa",
        aliases=["event"],
        help=N_("one answer per life event: dismissal, death, retirement, disability"),
        description=_DESCRIPTION,
    )
    events = parser.add_subparsers(dest="event", metavar=_M_EVENT, required=True)
    for name, (kind, help_text) in _EVENTS.items():
        p = events.add_parser(name, aliases=_ALIASES[name], help=help_text, description=_DESCRIPTION)
        p.add_argument("--tanggal", "--on", dest="on", required=True, metavar=_M_DATE, help=_H_ON)
        p.add_argument("--lahir", "--birth-date", dest="birth", required=True, metavar=_M_DATE, help=_H_BIRTH)
        p.add_argument("--upah", "--wage", dest="wage", metavar=_M_AMOUNT, help=_H_WAGE)
        p.add_argument("--sejak", "--member-since", dest="since", metavar=_M_DATE, help=_H_SINCE)
        p.add_argument("--riwayat", "--history", dest="history", metavar=_M_FILE, help=_H_HISTORY)
        p.add_argument("--saldo-jht", "--jht-balance", dest="jht", metavar=_M_AMOUNT, help=_H_JHT)
        p.add_argument(
            "--saldo-jht-tanggal", "--jht-balance-on", dest="jht_on", metavar=_M_DATE, help=_H_JHT_ON
        )
        if kind in ("death", "disability"):
            p.add_argument(
                "--sebab",
                "--cause",
                dest="cause",
                metavar=_M_CAUSE,
                required=kind == "death",
                default="kerja",
                help=_H_CAUSE,
            )
            p.add_argument("--pasangan", "--spouse", dest="spouse", action="store_true", help=_H_SPOUSE)
            p.add_argument(
                "--anak",
                "--child",
                dest="children",
                metavar=_M_CHILD,
                action="append",
                default=[],
                help=_H_CHILD,
            )
            p.add_argument("--orang-tua", "--parent", dest="parent", action="store_true", help=_H_PARENT)
        if kind == "dismissal":
            p.add_argument(
                "--skala", "--employer-scale", dest="scale", default="besar", metavar=_M_SCALE, help=_H_SCALE
            )
            p.add_argument("--klaim", "--claim-on", dest="claim", metavar=_M_DATE, help=_H_CLAIM)
        p.add_argument("--json", action="store_true", help=_H_JSON)
        p.add_argument("--lang", choices=("id", "en"), default=None, help=_H_LANG)
        p.add_argument("--rinci", "--detail", dest="detail", action="store_true", help=_H_DETAIL)
        add_current_law_option(p)
        p.set_defaults(func=run, kind=kind)


_SCALES: Final = {"mikro": "micro", "kecil": "small", "menengah": "medium", "besar": "large"}
_CAUSES: Final = {"kerja": "work_accident", "lainnya": "other"}


def run(args: argparse.Namespace) -> int:
    """Compute the event and print it (text, or JSON with ``--json``)."""
    from jamsos import events
    from jamsos.domain import ContributionHistory
    from jamsos.events.render import render_text

    on = parse_date(args.on)
    common: dict[str, object] = {"on": on, "birth_date": parse_date(args.birth)}
    if args.history:
        common["history"] = ContributionHistory.from_csv(args.history)
    if args.wage is not None:
        common["wage"] = parse_number(args.wage, what="--upah")
    if args.since is not None:
        common["member_since"] = parse_date(args.since)
    if args.jht is not None:
        amount = parse_number(args.jht, what="--saldo-jht")
        common["opening"] = (parse_date(args.jht_on), amount) if args.jht_on else amount
    if args.kind in ("death", "disability"):
        common["cause"] = _CAUSES.get(args.cause, args.cause)
        if args.spouse or args.children or args.parent:
            common["family"] = events.Family(spouse=args.spouse, children=args.children, parent=args.parent)
    if args.kind == "dismissal":
        common["employer_scale"] = _SCALES.get(args.scale, args.scale)
        if args.claim:
            common["claim_on"] = parse_date(args.claim)
    result = getattr(events, args.kind)(**common)
    if args.json:
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    lang = args.lang or current_lang()
    print(render_text(result, lang, exact=args.detail, full=args.detail))
    return 0
