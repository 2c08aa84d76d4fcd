"""``jamsos params``: a parameter's dated history with citations, or the list of parameters."""

from __future__ import annotations

import argparse
import json
import sys

from jamsos import parameters
from jamsos.explain import format_value

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``params`` (alias ``parameter``)."""
    p = sub.add_parser(
        "params",
        aliases=["parameter", "parameters"],
        help="a parameter's dated values with citations (no name: list all)",
        description="Example: jamsos params jp.wage_cap",
    )
    p.add_argument("name", nargs="?", help="dotted parameter name, e.g. jp.wage_cap; a prefix lists")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the history (or the names under a prefix)."""
    pset = parameters.official()
    if not args.name or args.name not in pset:
        prefix = args.name or ""
        names = [n for n in pset.names() if n.startswith(prefix)]
        if not names:
            pset.parameter(args.name)  # raises UnknownParameterError with hints
        if args.json:
            json.dump(names, sys.stdout, indent=2)
            sys.stdout.write("\n")
        else:
            for n in names:
                print(f"{n:55} {pset.parameter(n).description}")
        return 0
    param = pset.parameter(args.name)
    if args.json:
        data = {
            "name": param.name,
            "description": param.description,
            "unit": param.unit,
            "covered_until": param.covered_until.isoformat() if param.covered_until else None,
            "values": [v.to_dict() for v in param.values],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{param.name}: {param.description}")
    print(f"unit: {param.unit}")
    for v in param.values:
        until = v.until.isoformat() if v.until else "…"
        value = "(repealed)" if v.repealed else format_value(v.value, args.lang)
        flag = "" if v.confirmed else "  [unconfirmed]"
        print(f"  {v.since.isoformat()} – {until:10}  {value:>16}  {v.cite()}{flag}")
        note = v.note or (v.basis.note if v.basis else None)
        if note:
            print(f"  {'':26}{note}")
    if param.covered_until:
        print(f"known up to {param.covered_until.isoformat()}; later dates raise until the data is updated")
    return 0
