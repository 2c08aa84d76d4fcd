"""Text and HTML views of results, built from one list of facts.

``print(result)`` and a notebook's HTML view show the same facts (issue 12): each result
is first turned into :class:`Block` values (a table, or lines), then rendered as text or
as HTML. Captions are English msgids looked up in the message catalog for ``lang="id"``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from jamsos.results import Award, Contributions, Decision

__all__ = [
    "Block",
    "award_html",
    "award_text",
    "contributions_html",
    "contributions_text",
    "decision_html",
    "decision_text",
    "format_table",
]

_ID: Final = {
    "Program": "Program",
    "Employer": "Pemberi kerja",
    "Worker": "Pekerja",
    "Government": "Pemerintah",
    "Total": "Jumlah",
    "Component": "Komponen",
    "Amount": "Jumlah",
    "Basis": "Dasar hukum",
    "Monthly": "Bulanan",
    "Payment schedule": "Jadwal pembayaran",
    "When": "Waktu",
    "Notes": "Catatan",
    "Allocations": "Alokasi",
    "Deferred": "Ditangguhkan",
    "Earliest on": "Paling cepat",
    "ELIGIBLE": "BERHAK",
    "NOT ELIGIBLE": "TIDAK BERHAK",
    "Contributions": "Iuran",
    "from the contribution to": "dari iuran",
}


def _t(text: str, lang: str) -> str:
    if lang != "id":
        return text
    from jamsos.results import translate

    out = translate(text, "id")
    return _ID.get(text, out) if out == text else out


@attrs.frozen
class Block:
    """A titled table (``heads`` and ``rows``, optional ``footer``) or, without heads, lines."""

    title: str | None
    heads: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    footer: tuple[str, ...] | None = None


def format_table(heads: Sequence[str], body: Sequence[Sequence[str]], footer: Sequence[str] | None) -> str:
    """Columns aligned: the first left, the others right; a rule above the footer."""
    everything = [*body, *([footer] if footer else [])]
    widths = [
        max(len(h), *(len(r[i]) for r in everything)) if everything else len(h) for i, h in enumerate(heads)
    ]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = "  ".join(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))
        return f"{first}  {rest}".rstrip()

    sep = "-" * (sum(widths) + 2 * (len(widths) - 1))
    out = [line(heads), sep, *(line(r) for r in body)]
    if footer:
        out += [sep, line(footer)]
    return "\n".join(out)


def _text(blocks: Sequence[Block]) -> str:
    parts: list[str] = []
    for b in blocks:
        if b.heads:
            table = format_table(b.heads, b.rows, b.footer)
            parts.append(f"{b.title}\n{table}" if b.title else table)
        else:
            lines = [f"{b.title}:"] if b.title else []
            lines += [f"  {r[0]}" if b.title else r[0] for r in b.rows]
            parts.append("\n".join(lines))
    return "\n\n".join(parts)


def _html(caption: str, blocks: Sequence[Block]) -> str:
    out = [f"<div class='jamsos'><b>{html.escape(caption)}</b>"]
    for b in blocks:
        title = f"<caption>{html.escape(b.title)}</caption>" if b.title else ""
        if b.heads:
            head = "".join(f"<th>{html.escape(h)}</th>" for h in b.heads)
            body = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in b.rows
            )
            foot = (
                "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in b.footer) + "</tr>" if b.footer else ""
            )
            out.append(f"<table>{title}<tr>{head}</tr>{body}{foot}</table>")
        else:
            items = "".join(f"<li>{html.escape(r[0].strip())}</li>" for r in b.rows)
            label = f"<p>{html.escape(b.title)}</p>" if b.title else ""
            out.append(f"{label}<ul>{items}</ul>")
    out.append("</div>")
    return "".join(out)


def _notes(notes: Sequence[object], lang: str) -> list[Block]:
    if not notes:
        return []
    rows = tuple((n.message(lang) if hasattr(n, "message") else str(n),) for n in notes)
    return [Block(_t("Notes", lang), rows=rows)]


# -- Contributions -----------------------------------------------------------------------------
def _contribution_blocks(c: Contributions, lang: str) -> list[Block]:
    heads = tuple(_t(h, lang) for h in ("Program", "Employer", "Worker", "Government", "Total"))
    rows = tuple((code, str(e), str(w), str(g), str(t)) for code, e, w, g, t in c.rows())
    footer = (_t("Total", lang), str(c.employer), str(c.worker), str(c.government), str(c.total))
    blocks = [Block(None, heads, rows, footer)]
    if c.allocations:
        blocks.append(
            Block(
                _t("Allocations", lang),
                rows=tuple(
                    (f"{a.name}: {a.amount} ({_t('from the contribution to', lang)} {a.source.code})",)
                    for a in c.allocations
                ),
            )
        )
    if c.deferred:
        blocks.append(
            Block(
                _t("Deferred", lang),
                heads,
                tuple(
                    (p.code, str(s.employer), str(s.worker), str(s.government), str(s.total))
                    for p, s in c.deferred.items()
                ),
            )
        )
    return blocks + _notes(c.notes, lang)


def _contribution_caption(c: Contributions, lang: str) -> str:
    month = f" {c.month}" if c.month else ""
    return f"{_t('Contributions', lang)}{month} ({c.segment.code})"


def contributions_text(c: Contributions, lang: str = "en") -> str:
    """The shares table, allocations, deferred amounts and notes, as text."""
    return _text(_contribution_blocks(c, lang))


def contributions_html(c: Contributions, lang: str = "en") -> str:
    """The same facts as :func:`contributions_text`, as HTML."""
    return _html(_contribution_caption(c, lang), _contribution_blocks(c, lang))


# -- Award -------------------------------------------------------------------------------------
def _award_blocks(a: Award, lang: str) -> list[Block]:
    heads = tuple(_t(h, lang) for h in ("Component", "Amount", "Basis"))
    rows = tuple((c.name, str(c.amount), "; ".join(c.basis)) for c in a.components)
    blocks = [Block(None, heads, rows, (_t("Total", lang), str(a.total), ""))]
    if a.monthly is not None:
        blocks.append(Block(None, rows=((f"{_t('Monthly', lang)}: {a.monthly}",),)))
    if a.payments:
        blocks.append(
            Block(
                _t("Payment schedule", lang),
                (_t("When", lang), _t("Amount", lang)),
                tuple((str(w), str(amount)) for w, amount in a.payments),
            )
        )
    return blocks + _notes(a.notes, lang)


def award_text(a: Award, lang: str = "en") -> str:
    """Components, total, monthly amount, payment schedule and notes, as text."""
    return _text(_award_blocks(a, lang))


def award_html(a: Award, lang: str = "en") -> str:
    """The same facts as :func:`award_text`, as HTML."""
    return _html(a.kind, _award_blocks(a, lang))


# -- Decision ----------------------------------------------------------------------------------
def _decision_blocks(d: Decision, lang: str) -> tuple[str, list[Block]]:
    verdict = _t("ELIGIBLE" if d.eligible else "NOT ELIGIBLE", lang)
    lines: list[tuple[str]] = []
    if d.earliest_on:
        lines.append((f"{_t('Earliest on', lang)}: {d.earliest_on.isoformat()}",))
    for r in d.reasons:
        basis = f" [{'; '.join(r.basis)}]" if r.basis else ""
        lines.append((f"  {'✓' if r.met else '✗'} {r.text(lang)}{basis}",))
    return verdict, [Block(None, rows=tuple(lines)), *_notes(d.notes, lang)]


def decision_text(d: Decision, lang: str = "en") -> str:
    """The verdict, the earliest date, each condition with its basis, and the notes."""
    verdict, blocks = _decision_blocks(d, lang)
    body = _text(blocks)
    return f"{verdict}\n{body}" if body else verdict


def decision_html(d: Decision, lang: str = "en") -> str:
    """The same facts as :func:`decision_text`, as HTML."""
    verdict, blocks = _decision_blocks(d, lang)
    return _html(verdict, blocks)
