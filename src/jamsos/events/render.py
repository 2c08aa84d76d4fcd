"""Text and HTML for a :class:`~jamsos.events.LifeEvent`, in Indonesian or English.

The text answers first (one line per program), then gives each program's amounts, its
payment schedule (equal consecutive payments on one line), the rule for what follows, the
claim window, unmet conditions and notes. Amounts are whole rupiah unless ``exact``.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections.abc import Callable, Sequence
from typing import Final

from jamsos.events.result import Entitlement, EntitlementStatus, LifeEvent, ScheduledPayment
from jamsos.events.text import render_value
from jamsos.i18n import N_, format_rupiah, translate
from jamsos.periods import Month

__all__ = ["render_html", "render_text", "schedule_runs"]

_PROGRAM_NAMES: Final = {
    "jkk": N_("Work accident (JKK)"),
    "jkm": N_("Death (JKM)"),
    "jht": N_("Old-age savings (JHT)"),
    "jp": N_("Pension (JP)"),
    "jkp": N_("Job loss (JKP)"),
}

_NOT_ELIGIBLE: Final = N_("not eligible")
_RULE: Final = N_("Rule")
_CLAIM: Final = N_("Claim")
_BASIS: Final = N_("Basis")
_ASSUMED: Final = N_("Assumed")
_WHAT_TO_DO_NEXT: Final = N_("What to do next")
_FROM_DAY: Final = N_("from {day}")
_AT_THE_LATEST_DAY: Final = N_("at the latest {day}")


def schedule_runs(
    schedule: Sequence[ScheduledPayment],
) -> list[tuple[dt.date | Month, dt.date | Month, int, ScheduledPayment]]:
    """Consecutive payments with the same amount and label: ``(first, last, count, sample)``."""
    runs: list[tuple[dt.date | Month, dt.date | Month, int, ScheduledPayment]] = []
    for p in schedule:
        if runs:
            first, _, n, sample = runs[-1]
            if sample.amount == p.amount and sample.label == p.label:
                runs[-1] = (first, p.when, n + 1, sample)
                continue
        runs.append((p.when, p.when, 1, p))
    return runs


def _translator(lang: str) -> Callable[[str], str]:
    def t(message: str) -> str:
        return translate(message, lang)

    return t


def _money(amount: object, lang: str, exact: bool) -> str:
    return format_rupiah(amount, lang, exact=exact)


def _summary(e: Entitlement, lang: str, exact: bool) -> str:
    t = _translator(lang)
    if e.status is EntitlementStatus.NOT_ELIGIBLE:
        first = e.conditions[0][1].render(lang) if e.conditions else ""
        return f"{t(_NOT_ELIGIBLE)}: {first}"
    if e.status is EntitlementStatus.NOT_ASSESSED and not e.lines:
        return t(N_("not computed; see the notes"))
    parts: list[str] = []
    if e.lines:
        parts.append(
            t(N_("{amount} once the claim is complete")).format(amount=_money(e.paid_now, lang, exact))
        )
    if e.monthly is not None and e.schedule:
        parts.append(
            t(N_("{amount} a month from {month}")).format(
                amount=_money(e.monthly, lang, exact), month=render_value(e.schedule[0].when, lang)
            )
        )
    elif e.schedule:
        runs = schedule_runs(e.schedule)
        if len(runs) == 1:
            start, end, n, sample = runs[0]
            parts.append(
                t(N_("{n} × {amount}, {first} to {last}")).format(
                    n=n,
                    amount=_money(sample.amount, lang, exact),
                    first=render_value(start, lang),
                    last=render_value(end, lang),
                )
            )
        else:
            parts.append(
                t(N_("+ {n} scheduled payments to {last}")).format(
                    n=len(e.schedule), last=render_value(e.schedule[-1].when, lang)
                )
            )
    if not parts and e.rule is not None and e.earliest_on is not None:
        parts.append(t(N_("from {day}")).format(day=render_value(e.earliest_on, lang)))
    if e.status is EntitlementStatus.LATER and e.earliest_on is not None and e.lines:
        parts.append(t(N_("claimable from {day}")).format(day=render_value(e.earliest_on, lang)))
    return "; ".join(parts)


def _wrap(prefix: str, body: str, width: int, indent: str) -> list[str]:
    return textwrap.wrap(body, width=width, initial_indent=prefix, subsequent_indent=indent) or [prefix]


def _section(e: Entitlement, lang: str, exact: bool, width: int, full: bool) -> list[str]:
    t = _translator(lang)
    out = [f"{t(_PROGRAM_NAMES[e.program.code])}: {e.title.render(lang)} [{t(e.status.label)}]"]
    pad = "  "
    if e.lines:
        labels = [line.label.render(lang) for line in e.lines]
        amounts = [_money(line.amount, lang, exact) for line in e.lines]
        lw = min(max(len(s) for s in labels), width - 24)
        aw = max(len(s) for s in amounts)
        out += [
            f"{pad}{lab[:lw].ljust(lw)}  {amt.rjust(aw)}" for lab, amt in zip(labels, amounts, strict=True)
        ]
    if e.schedule:
        head = t(N_("Schedule")) if e.monthly is None else t(N_("First payments"))
        out.append(f"{pad}{head}:")
        for first, last, n, sample in schedule_runs(e.schedule):
            when = render_value(first, lang)
            if n > 1:
                when = f"{when} – {render_value(last, lang)}"
            amount = (
                f"{n} × {_money(sample.amount, lang, exact)}" if n > 1 else _money(sample.amount, lang, exact)
            )
            out.append(f"{pad}  {when:<34} {amount:>20}  {sample.label.render(lang)}"[:width])
    if e.rule is not None:
        out += _wrap(f"{pad}{t(_RULE)}: ", e.rule.render(lang), width, pad * 2)
    claim = []
    if e.earliest_on is not None:
        claim.append(t(N_("from {day}")).format(day=render_value(e.earliest_on, lang)))
    if e.claim_by is not None:
        claim.append(t(N_("at the latest {day}")).format(day=render_value(e.claim_by, lang)))
    if claim:
        out.append(f"{pad}{t(_CLAIM)}: {', '.join(claim)}")
    for met, cond in e.conditions:
        if full or not met:
            out += _wrap(f"{pad}{'✓' if met else '✗'} ", cond.render(lang), width, pad * 2)
    for note in e.notes:
        out += _wrap(f"{pad}- ", note.render(lang), width, pad * 2)
    if full and e.basis:
        out += _wrap(f"{pad}{t(_BASIS)}: ", "; ".join(e.basis), width, pad * 2)
    return out


def render_text(
    result: LifeEvent, lang: str, exact: bool = False, width: int = 100, full: bool = False
) -> str:
    """The answer first, then each program; whole rupiah unless ``exact``."""
    t = _translator(lang)
    out = [result.title.render(lang)]
    name_w = max(len(t(_PROGRAM_NAMES[e.program.code])) for e in result.entitlements)
    for e in result.entitlements:
        name = t(_PROGRAM_NAMES[e.program.code]).ljust(name_w)
        out += _wrap(f"  {name}  ", _summary(e, lang, exact), width, " " * (name_w + 4))
    for e in result.entitlements:
        out.append("")
        out += _section(e, lang, exact, width, full)
    if result.assumptions:
        out.append("")
        for a in result.assumptions:
            out += _wrap(f"{t(_ASSUMED)}: ", a.render(lang), width, "  ")
    if result.next_steps:
        out.append(f"{t(_WHAT_TO_DO_NEXT)}:")
        for s in result.next_steps:
            out += _wrap("  - ", s.render(lang), width, "    ")
    return "\n".join(out)


def _h(value: str) -> str:
    return html.escape(value)


def render_html(result: LifeEvent, lang: str) -> str:
    """An HTML block for notebooks: amounts right-aligned, schedules, notes, explanation."""
    t = _translator(lang)
    parts = [f"<div class='jamsos-event'><h4>{_h(result.title.render(lang))}</h4>"]
    for e in result.entitlements:
        parts.append(
            f"<table><caption>{_h(t(_PROGRAM_NAMES[e.program.code]))}: {_h(e.title.render(lang))}"
            f" — {_h(t(e.status.label))}</caption>"
        )
        for line in e.lines:
            parts.append(
                f"<tr><td>{_h(line.label.render(lang))}</td>"
                f"<td style='text-align:right'>{_h(format_rupiah(line.amount, lang))}</td></tr>"
            )
        for first, last, n, sample in schedule_runs(e.schedule):
            when = render_value(first, lang) + (f" – {render_value(last, lang)}" if n > 1 else "")
            amount = (f"{n} × " if n > 1 else "") + format_rupiah(sample.amount, lang)
            parts.append(
                f"<tr><td>{_h(when)} · {_h(sample.label.render(lang))}</td>"
                f"<td style='text-align:right'>{_h(amount)}</td></tr>"
            )
        parts.append("</table><ul>")
        if e.rule is not None:
            parts.append(f"<li>{_h(t(_RULE))}: {_h(e.rule.render(lang))}</li>")
        if e.earliest_on is not None:
            parts.append(f"<li>{_h(t(_FROM_DAY).format(day=render_value(e.earliest_on, lang)))}</li>")
        if e.claim_by is not None:
            parts.append(f"<li>{_h(t(_AT_THE_LATEST_DAY).format(day=render_value(e.claim_by, lang)))}</li>")
        parts += [f"<li>✗ {_h(c.render(lang))}</li>" for met, c in e.conditions if not met]
        parts += [f"<li>{_h(n.render(lang))}</li>" for n in e.notes]
        parts.append("</ul>")
    parts += [f"<p>{_h(t(_ASSUMED))}: {_h(a.render(lang))}</p>" for a in result.assumptions]
    parts.append("</div>")
    return "".join(parts)
