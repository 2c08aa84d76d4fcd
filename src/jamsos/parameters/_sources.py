"""The source register: for every dated value, where it was read.

A reviewer re-checking a figure needs to know whether it was read in the regulation itself,
in an official BPJS letter, in a statistics release, in a secondary report (news, HR and
payroll sites quoting a letter), or whether jamsos derived it. The kind is written in the
data (a value's optional ``source = "..."``) or, where the data does not say, read from the
value's status and notes by the rules of :func:`source_kind`. ``docs/sources.md`` is
generated from this register (:func:`markdown`) and a test checks that it is current::

    python -m jamsos.parameters._sources > docs/sources.md
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterable

from jamsos.legal import Instrument
from jamsos.parameters._model import DatedValue, Parameter, ParameterSet
from jamsos.parameters._units import Ladder, Scale, Schedule

__all__ = ["SourceKind", "entry_lines", "markdown", "source_kind"]


class SourceKind(enum.Enum):
    """Where a value was read (the register's column "read from")."""

    REGULATION = "regulation text"
    LETTER = "official letter"
    STATISTICS = "statistics release"
    SECONDARY = "secondary report"
    DERIVED = "derived"
    PROXY = "proxy or provisional"
    POLICY = "jamsos policy"
    OVERRIDE = "caller override"

    @classmethod
    def parse(cls, text: str) -> SourceKind:
        """Accept the value (``"official letter"``) or the name (``"letter"``)."""
        key = text.strip().lower()
        for member in cls:
            if key in (member.value, member.name.lower()):
                return member
        raise ValueError(f"unknown source kind {text!r}; accepted: {', '.join(m.name.lower() for m in cls)}")


def _notes(dv: DatedValue) -> str:
    return " ".join(n for n in (dv.note, dv.basis.note if dv.basis else None) if n)


def source_kind(dv: DatedValue) -> SourceKind:
    """The kind of source of ``dv``: the data's own ``source``, else by status and notes.

    Rules, in order: an override is a caller override; a note saying DERIVED is derived; one
    saying PROXY or PROVISIONAL is a proxy; one naming a policy of this library or an
    administrative bound is jamsos policy; a BPS basis is a statistics release; a confirmed
    value whose note names a letter (or an SE/Perdir basis) is an official letter; any other
    confirmed value was read in the regulation; an unconfirmed one rests on a secondary report.
    """
    if dv.source is not None:
        return SourceKind.parse(dv.source)
    if dv.override or dv.basis is None:
        return SourceKind.OVERRIDE
    notes = _notes(dv)
    lowered = notes.lower()
    if "DERIVED" in notes:
        return SourceKind.DERIVED
    if "PROXY" in notes or "PROVISIONAL" in notes:
        return SourceKind.PROXY
    if "policy of this library" in lowered or "administrative bound" in lowered:
        return SourceKind.POLICY
    if dv.basis.instrument is Instrument.BPS:
        return SourceKind.STATISTICS
    if dv.confirmed:
        if dv.basis.instrument in (Instrument.SE_BPJS, Instrument.PERDIR_BPJS) or "letter" in lowered:
            return SourceKind.LETTER
        return SourceKind.REGULATION
    return SourceKind.SECONDARY


def _show(value: object) -> str:
    if isinstance(value, Scale | Schedule | Ladder):
        return f"{type(value).__name__.lower()}, {len(value)} rows"
    if isinstance(value, tuple | list):
        return f"table, {len(value)} rows"
    if hasattr(value, "items"):
        return "table"
    return str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def entry_lines(param: Parameter) -> list[str]:
    """The register rows of one parameter (plain text, one line per dated value)."""
    out = []
    for dv in param.values:
        until = dv.until.isoformat() if dv.until else "…"
        value = "(repealed)" if dv.repealed else _show(dv.value)
        notes = _notes(dv)
        out.append(
            f"{dv.since.isoformat()} – {until}: {value} — {dv.cite()} [{dv.status.value}; "
            f"read from: {source_kind(dv).value}]" + (f" — {notes}" if notes else "")
        )
    return out


def _section(prefix: str, params: Iterable[Parameter]) -> list[str]:
    lines = [f"## {prefix}", ""]
    for param in params:
        lines.append(f"### `{param.name}`")
        lines.append("")
        lines.append(_cell(param.description) + f" (unit: {param.unit})")
        if param.covered_until:
            lines.append("")
            lines.append(f"Known up to {param.covered_until.isoformat()}.")
        lines.append("")
        lines.append("| from | until | value | basis | status | read from | notes |")
        lines.append("|---|---|---|---|---|---|---|")
        for dv in param.values:
            until = dv.until.isoformat() if dv.until else "…"
            value = "(repealed)" if dv.repealed else _show(dv.value)
            lines.append(
                f"| {dv.since.isoformat()} | {until} | {_cell(value)} | {_cell(dv.cite())} | "
                f"{dv.status.value} | {source_kind(dv).value} | {_cell(_notes(dv))} |"
            )
        lines.append("")
    return lines


def markdown(pset: ParameterSet) -> str:
    """``docs/sources.md``: every parameter, every dated value, where it was read."""
    params = list(pset)
    counts: dict[SourceKind, int] = {}
    for param in params:
        for dv in param.values:
            kind = source_kind(dv)
            counts[kind] = counts.get(kind, 0) + 1
    lines = [
        "# Sources of the law data",
        "",
        "Generated from the parameter files by `python -m jamsos.parameters._sources > docs/sources.md`;",
        "`tests/parameters/test_sources.py` fails when this file is out of date. For one parameter:",
        "`jamsos params NAME`.",
        "",
        f"Law-data version: **{pset.law_version.label}** (`{pset.law_version.hash}`).",
        "",
        '"Read from" says where each value was read: the **regulation text** itself; an **official',
        "letter** of BPJS Ketenagakerjaan; a **statistics release** (BPS); a **secondary report** (news,",
        "HR and payroll sites quoting a regulation or letter, named in the notes); **derived** by",
        "jamsos from a rule and published inputs; a **proxy or provisional** stand-in; or a **jamsos",
        "policy** where the law sets nothing. Every value not read in a regulation or an official letter",
        "has status `unconfirmed` and is listed in `docs/known-gaps.md`.",
        "",
        "| read from | values |",
        "|---|---|",
        *(f"| {kind.value} | {counts[kind]} |" for kind in SourceKind if kind in counts),
        "",
    ]
    groups: dict[str, list[Parameter]] = {}
    for param in params:
        groups.setdefault(param.name.split(".")[0], []).append(param)
    for prefix in sorted(groups):
        lines.extend(_section(prefix, groups[prefix]))
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":  # pragma: no cover - the documented regeneration command
    from jamsos import parameters

    sys.stdout.write(markdown(parameters.official()))
