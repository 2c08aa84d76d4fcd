"""``jamsos params``: the law data — a parameter's dated values with their sources, what changed
between two dates (``--berubah``) and what is due but not yet encoded (``--periksa``)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import textwrap

from jamsos import parameters
from jamsos._cli.common import WIDTH, wrap_text
from jamsos.errors import InvalidDateError
from jamsos.explain import format_value
from jamsos.i18n import N_, translate
from jamsos.parameters import Ladder, ParameterSet, Scale, Schedule, source_kind
from jamsos.periods import Month

__all__ = ["register"]

#: Western Indonesian Time (WIB, UTC+7): "today" for the staleness report is Jakarta's day.
_JAKARTA = dt.timezone(dt.timedelta(hours=7), "WIB")

_KIND_LABELS = {
    "regulation text": N_("regulation text"),
    "official letter": N_("official letter"),
    "statistics release": N_("statistics release"),
    "secondary report": N_("secondary report"),
    "derived": N_("derived"),
    "proxy or provisional": N_("proxy or provisional"),
    "jamsos policy": N_("jamsos policy"),
    "caller override": N_("caller override"),
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``params`` (alias ``parameter``)."""
    p = sub.add_parser(
        "params",
        aliases=["parameter", "parameters"],
        help="a parameter's dated values with citations (no name: list all)",
        description=(
            "Examples: jamsos params jp.wage_cap | jamsos params --berubah 2025-01 2025-06 | "
            "jamsos params --periksa"
        ),
    )
    p.add_argument("name", nargs="?", help="dotted parameter name, e.g. jp.wage_cap; a prefix lists")
    p.add_argument(
        "--berubah",
        nargs=2,
        metavar=("DARI", "SAMPAI"),
        help="every value that changed between two months (YYYY-MM) or days (YYYY-MM-DD), both citations",
    )
    p.add_argument(
        "--periksa",
        action="store_true",
        help="staleness report: values due but not yet in the data (never fails)",
    )
    p.add_argument("--pada", metavar="YYYY-MM-DD", help="the day --periksa checks (default: today)")
    p.add_argument(
        "--rinci",
        "--detail",
        dest="detail",
        action="store_true",
        help="also print each value's source note (as written in the law data, in English)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", choices=("id", "en"), default=None)
    p.set_defaults(func=run)


def _t(text: str, lang: str, **values: object) -> str:
    return translate(text, lang).format(**values)


def _version(pset: ParameterSet, lang: str) -> str:
    """The law-data version; in Indonesian without the release label's English remark."""
    version = pset.law_version
    if lang == "en":
        return str(version)
    return f"{version.label.split(' (')[0]} ({version.short})"


def _bound(text: str, *, end: bool) -> dt.date:
    """A month means its first day (``DARI``) or its last day (``SAMPAI``); a day is itself."""
    text = text.strip()
    if len(text) == 7:
        month = Month.parse(text)
        return month.last_day if end else month.first_day
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidDateError(
            N_("{text!r} is neither a month (YYYY-MM) nor a day (YYYY-MM-DD)"), text=text
        ) from None


def run(args: argparse.Namespace) -> int:
    """Print the history, the changes, the staleness report or the names under a prefix."""
    pset = parameters.official()
    if args.berubah:
        return _changes(pset, args)
    if args.periksa:
        return _due(pset, args)
    if not args.name or args.name not in pset:
        return _list(pset, args)
    return _history(pset, args)


def _list(pset: ParameterSet, args: argparse.Namespace) -> int:
    prefix = args.name or ""
    names = [n for n in pset.names() if n.startswith(prefix)]
    if not names:
        pset.parameter(args.name)  # raises UnknownParameterError with hints (or a replacement)
        return _history(pset, args)  # an old name kept as an alias (data/names.toml)
    if args.json:
        json.dump(names, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        pad = max(len(n) for n in names) + 2
        for n in names:
            # the description wrapped under itself, within the terminal's 100 columns
            text = pset.parameter(n).describe(args.lang)
            print(textwrap.fill(text, WIDTH, initial_indent=f"{n:{pad}}", subsequent_indent=" " * pad))
    return 0


def _history(pset: ParameterSet, args: argparse.Namespace) -> int:
    lang = args.lang
    param = pset.parameter(args.name)
    if args.json:
        data = {
            "name": param.name,
            "description": param.description,
            "description_id": param.description_id,
            "unit": param.unit,
            "covered_until": param.covered_until.isoformat() if param.covered_until else None,
            "law_version": pset.law_version.to_dict(),
            "values": [{**v.to_dict(), "read_from": source_kind(v).value} for v in param.values],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(wrap_text(f"{param.name}: {param.describe(lang)}"))
    print(_t(N_("unit: {unit}"), lang, unit=param.unit))
    for v in param.values:
        until = v.until.isoformat() if v.until else "…"
        rows = v.value.rows if isinstance(v.value, Scale | Schedule | Ladder) else None
        if v.repealed:
            value = _t(N_("(repealed)"), lang)
        elif rows is not None:
            value = ""  # a structured value: one row per line below
        else:
            value = format_value(v.value, lang)
        flag = "" if v.confirmed else "  " + _t(N_("[unconfirmed]"), lang)
        print(f"  {v.since.isoformat()} – {until:10}  {value:>16}  {v.cite()}{flag}")
        for row in rows or ():
            print(f"  {'':26}| " + ", ".join(f"{k}: {x}" for k, x in row.items()))
        kind = _t(_KIND_LABELS[source_kind(v).value], lang)
        print(f"  {'':26}" + _t(N_("read from: {kind}"), lang, kind=kind))
        note = v.note or (v.basis.note if v.basis else None)
        if note and args.detail:
            # the data's research note (English, as reviewed): shown on request, wrapped
            print(wrap_text(f"  {'':26}{note}"))
    if param.covered_until:
        print(
            _t(
                N_("known up to {day}; later dates raise until the data is updated"),
                lang,
                day=param.covered_until.isoformat(),
            )
        )
    print(_t(N_("law data: {version}"), lang, version=_version(pset, lang)))
    return 0


def _changes(pset: ParameterSet, args: argparse.Namespace) -> int:
    lang = args.lang
    start = _bound(args.berubah[0], end=False)
    end = _bound(args.berubah[1], end=True)
    found = parameters.changes(start - dt.timedelta(days=1), end, params=pset)
    if args.json:
        data = {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "law_version": pset.law_version.to_dict(),
            "changes": [c.to_dict() for c in found],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(_t(N_("Law values taking effect from {start} to {end}:"), lang, start=start, end=end))
    if not found:
        print("  " + _t(N_("none"), lang))
    for c in found:
        new = format_value(c.after.value, lang)
        old = format_value(c.before.value, lang) if c.before and not c.before.repealed else "—"
        flag = "" if c.after.confirmed else "  " + _t(N_("[unconfirmed]"), lang)
        print(wrap_text(f"  {c.on.isoformat()}  {c.name}: {old} → {new}{flag}"))
        if c.before is not None:
            print("      " + _t(N_("before: {cite}"), lang, cite=c.before.cite()))
        print("      " + _t(N_("from then: {cite}"), lang, cite=c.after.cite()))
    print(_t(N_("law data: {version}"), lang, version=_version(pset, lang)))
    return 0


def _due(pset: ParameterSet, args: argparse.Namespace) -> int:
    lang = args.lang
    # the one place that reads the clock: the staleness report is about today by default
    day = _bound(args.pada, end=False) if args.pada else dt.datetime.now(_JAKARTA).date()
    found = parameters.due(day, params=pset)
    if args.json:
        data = {
            "on": day.isoformat(),
            "law_version": pset.law_version.to_dict(),
            "due": [d.to_dict() for d in found],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(_t(N_("Law data {version}, checked for {day}:"), lang, version=_version(pset, lang), day=day))
    if not found:
        print("  " + _t(N_("nothing is due: every dated series reaches this day"), lang))
    for d in found:
        print(
            "  "
            + _t(
                N_("{name}: known up to {known}; a newer value is due but not in the data"),
                lang,
                name=d.name,
                known=d.known_until.isoformat(),
            )
        )
        if d.note:
            print(f"      {d.note}")
    return 0
