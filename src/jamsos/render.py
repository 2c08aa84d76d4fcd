"""Text and HTML views of results, built from one list of facts.

``print(result)`` and a notebook's HTML view show the same facts (issue 12): each result
is first turned into :class:`Block` values (a table, or lines), then rendered as text or
as HTML. Captions are English msgids looked up in the message catalog for ``lang="id"``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

import attrs

from jamsos.i18n import N_, format_date, format_month, format_rupiah, translate, translate_filled, write_dates
from jamsos.money import Rupiah
from jamsos.periods import Month

if TYPE_CHECKING:
    from jamsos.results import Award, Contributions, Decision

__all__ = [
    "Block",
    "award_headline",
    "award_html",
    "award_text",
    "caption",
    "contributions_html",
    "contributions_text",
    "decision_brief_text",
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


#: Human captions of award kinds (English msgids; the catalog gives the Indonesian).
CAPTIONS: Final = {
    "jkk.death": N_("JKK: death from a work accident"),
    "jkk.disability.total": N_("JKK: total permanent disability"),
    "jkk.disability.anatomical": N_("JKK: anatomical disability"),
    "jkk.disability.functional": N_("JKK: functional disability"),
    "jkk.temporary_incapacity": N_("JKK: temporary incapacity to work (STMB)"),
    "jkk.stmb": N_("JKK: temporary incapacity to work (STMB)"),
    "jkk.reimbursements": N_("JKK: medical and transport costs"),
    "jkm.death": N_("JKM: death benefit"),
    "jkp.cash_benefit": N_("JKP: job-loss cash benefit"),
    "jht.balance": N_("JHT balance"),
    "jp.old_age.pension": N_("JP old-age pension"),
    "jp.old_age.lump_sum": N_("JP old-age lump sum"),
    "jp.disability.pension": N_("JP disability pension"),
    "jp.disability.lump_sum": N_("JP disability lump sum"),
    "jp.survivor.pension": N_("JP survivor pension"),
    "jp.survivor.lump_sum": N_("JP survivor lump sum"),
    "jp.survivor.none": N_("JP survivor benefit"),
    "jp.projection": N_("JP pension projection"),
    "scholarship": N_("children's scholarship"),
    "programme_budget": N_("programme budget"),
}
#: A run of at least this many equal consecutive payments is shown on one line.
RUN: Final = 3


_NUMBERED: Final = ((re.compile(r"^scholarship, child (\d+)$"), N_("scholarship, child {n}")),)


def component_name(name: str, lang: str) -> str:
    """A component's name in ``lang`` (numbered names such as "scholarship, child 2" too)."""
    out = translate(name, lang)
    if out == name and lang != "en":
        for pattern, template in _NUMBERED:
            m = pattern.match(name)
            if m:
                return translate(template, lang).format(n=m.group(1))
        return translate_filled(name, lang)
    return out


def caption(kind: str, lang: str) -> str:
    """A result kind as a person reads it (``jkm.death`` → "JKM: santunan kematian")."""
    return translate(CAPTIONS.get(kind, kind), lang)


def _money(amount: Rupiah, lang: str) -> str:
    # Whole rupiah for reading (half up, display only); JSON keeps the exact amount. Written
    # as Rupiah is everywhere in jamsos (Rp10.547.400), whatever the language of the text.
    return format_rupiah(amount, "id")


def _when(value: object, lang: str) -> str:
    if isinstance(value, Month):
        return format_month(value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    return str(value)


def _schedule_rows(payments: Sequence[tuple[object, Rupiah]], lang: str) -> tuple[tuple[str, str], ...]:
    """Equal consecutive payments (a pension's months, a scholarship's years) on one line."""
    runs: list[tuple[object, object, Rupiah, int]] = []
    for when, amount in payments:
        if runs and runs[-1][2] == amount:
            first, _, same, n = runs[-1]
            runs[-1] = (first, when, same, n + 1)
        else:
            runs.append((when, when, amount, 1))
    rows: list[tuple[str, str]] = []
    for (first, last, amount, n), start in zip(runs, _starts(runs), strict=True):
        money = _money(amount, lang)
        if n >= RUN:
            rows.append((f"{_when(first, lang)} – {_when(last, lang)}", f"{n} × {money}"))
        else:
            rows += [(_when(payments[start + k][0], lang), money) for k in range(n)]
    return tuple(rows)


def _starts(runs: Sequence[tuple[object, object, Rupiah, int]]) -> list[int]:
    out, at = [], 0
    for run in runs:
        out.append(at)
        at += run[3]
    return out


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


#: Widest table a terminal shows without wrapping (the CLI's text width).
TABLE_WIDTH: Final = 100


def _split_last(body: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """Rows whose last cell lists several citations (``a; b``): one citation a line."""
    out: list[Sequence[str]] = []
    for row in body:
        parts = row[-1].split("; ")
        out.append([*row[:-1], parts[0]])
        out.extend([*([""] * (len(row) - 1)), part] for part in parts[1:])
    return out


def _width(heads: Sequence[str], body: Sequence[Sequence[str]], footer: Sequence[str] | None) -> int:
    everything = [*body, *([footer] if footer else [])]
    widths = [
        max(len(h), *(len(r[i]) for r in everything)) if everything else len(h) for i, h in enumerate(heads)
    ]
    return sum(widths) + 2 * (len(widths) - 1)


def _stacked(heads: Sequence[str], body: Sequence[Sequence[str]], footer: Sequence[str] | None) -> str:
    """The table without its last column (the citations), each row's citations on the lines
    under it: long component names (English) and citations side by side pass 100 columns."""
    table = format_table(heads[:-1], [r[:-1] for r in body], footer[:-1] if footer else None)
    lines = table.split("\n")
    out = lines[:2]
    for row, line in zip(body, lines[2 : 2 + len(body)], strict=True):
        out.append(line)
        out += [f"    {part}" for part in row[-1].split("; ") if part]
    return "\n".join(out + lines[2 + len(body) :])


def format_table(heads: Sequence[str], body: Sequence[Sequence[str]], footer: Sequence[str] | None) -> str:
    """Columns aligned: the first left, the others right; a rule above the footer.

    A table wider than :data:`TABLE_WIDTH` whose last column lists citations shows one
    citation a line; if it is still too wide, the citations go on the lines under their row.
    """
    if _width(heads, body, footer) > TABLE_WIDTH and any("; " in r[-1] for r in body):
        split = _split_last(body)
        if _width(heads, split, footer) > TABLE_WIDTH and len(heads) > 2:
            return _stacked(heads, body, footer)
        body = split
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


def _cell(tag: str, text: str, index: int) -> str:
    style = " style='text-align:right'" if index else ""
    return f"<{tag}{style}>{html.escape(text)}</{tag}>"


def _html(caption: str, blocks: Sequence[Block]) -> str:
    out = [f"<div class='jamsos'><b>{html.escape(caption)}</b>"]
    for b in blocks:
        title = f"<caption>{html.escape(b.title)}</caption>" if b.title else ""
        if b.heads:
            head = "".join(f"<th>{html.escape(h)}</th>" for h in b.heads)
            # the first column names the row; the others are amounts, right-aligned
            body = "".join(
                "<tr>" + "".join(_cell("td", c, i) for i, c in enumerate(r)) + "</tr>" for r in b.rows
            )
            foot = (
                "<tr>" + "".join(_cell("th", c, i) for i, c in enumerate(b.footer)) + "</tr>"
                if b.footer
                else ""
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
    rows = tuple((write_dates(n.message(lang) if hasattr(n, "message") else str(n), lang),) for n in notes)
    return [Block(_t("Notes", lang), rows=rows)]


# -- Contributions -----------------------------------------------------------------------------
def _contribution_blocks(c: Contributions, lang: str) -> list[Block]:
    heads = tuple(_t(h, lang) for h in ("Program", "Employer", "Worker", "Government", "Total"))
    rows = tuple(
        (code, _money(e, lang), _money(w, lang), _money(g, lang), _money(t, lang))
        for code, e, w, g, t in c.rows()
    )
    footer = (
        _t("Total", lang),
        _money(c.employer, lang),
        _money(c.worker, lang),
        _money(c.government, lang),
        _money(c.total, lang),
    )
    blocks = [Block(None, heads, rows, footer)]
    if c.allocations:
        # one line: "Alokasi: jkp Rp7.000 (dari iuran jkk)" (the JKP step explains the rule)
        moved = "; ".join(
            f"{a.name} {a.amount} ({_t('from the contribution to', lang)} {a.source.code})"
            for a in c.allocations
        )
        blocks.append(Block(None, rows=((f"{_t('Allocations', lang)}: {moved}",),)))
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
    month = f" {format_month(c.month, lang)}" if c.month else ""
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
    rows = tuple(
        (component_name(c.name, lang), _money(c.amount, lang), "; ".join(c.basis)) for c in a.components
    )
    blocks = [Block(None, heads, rows, (_t("Total", lang), _money(a.total, lang), ""))]
    if a.monthly is not None:
        blocks.append(Block(None, rows=((f"{_t('Monthly', lang)}: {_money(a.monthly, lang)}",),)))
    if a.payments:
        blocks.append(
            Block(
                _t("Payment schedule", lang),
                (_t("When", lang), _t("Amount", lang)),
                _schedule_rows(a.payments, lang),
            )
        )
    return blocks + _notes(a.notes, lang)


def award_text(a: Award, lang: str = "en") -> str:
    """Components, total, monthly amount, payment schedule and notes, as text."""
    return _text(_award_blocks(a, lang))


def award_headline(a: Award, lang: str = "en") -> str:
    """The answer in one line: what the award is and what it pays.

    A pension-like award says its monthly amount and first payment day ("Rp400.000 per bulan
    mulai 1 April 2038"); any other award its total.
    """
    # a kind without its own caption ("jp.projection.lump_sum") takes its family's
    kind = a.kind
    while kind not in CAPTIONS and "." in kind:
        kind = kind.rpartition(".")[0]
    head = caption(kind if kind in CAPTIONS else a.kind, lang)
    if a.monthly is not None and a.payments:
        when = _when(a.payments[0][0], lang)
        what = translate(N_("{amount} a month from {month}"), lang).format(
            amount=_money(a.monthly, lang), month=when
        )
        return f"{head} — {what}"
    return f"{head} — {_money(a.total, lang)}"


def award_html(a: Award, lang: str = "en") -> str:
    """The same facts as :func:`award_text`, as HTML."""
    return _html(caption(a.kind, lang), _award_blocks(a, lang))


# -- Decision ----------------------------------------------------------------------------------
def _decision_blocks(d: Decision, lang: str) -> tuple[str, list[Block]]:
    verdict = _t("ELIGIBLE" if d.eligible else "NOT ELIGIBLE", lang)
    lines: list[tuple[str]] = []
    if d.earliest_on:
        lines.append((f"{_t('Earliest on', lang)}: {format_date(d.earliest_on, lang)}",))
    for r in d.reasons:
        basis = f" [{'; '.join(r.basis)}]" if r.basis else ""
        lines.append((f"  {'✓' if r.met else '✗'} {write_dates(r.text(lang), lang)}{basis}",))
    return verdict, [Block(None, rows=tuple(lines)), *_notes(d.notes, lang)]


def decision_text(d: Decision, lang: str = "en") -> str:
    """The verdict, the earliest date, each condition with its basis, and the notes."""
    verdict, blocks = _decision_blocks(d, lang)
    body = _text(blocks)
    return f"{verdict}\n{body}" if body else verdict


def decision_brief_text(d: Decision, lang: str = "en") -> str:
    """The verdict, the earliest date, each UNMET condition with its basis, how many
    conditions are met, and the notes: :func:`decision_text` without the met conditions."""
    lines = [_t("ELIGIBLE" if d.eligible else "NOT ELIGIBLE", lang)]
    if d.earliest_on:
        lines.append(f"{_t('Earliest on', lang)}: {format_date(d.earliest_on, lang)}")
    met = 0
    for r in d.reasons:
        if r.met:
            met += 1
            continue
        basis = f" [{'; '.join(r.basis)}]" if r.basis else ""
        lines.append(f"  ✗ {write_dates(r.text(lang), lang)}{basis}")
    if met:
        lines.append(f"  ✓ {translate(N_('conditions met: {n}'), lang).format(n=met)}")
    notes = _notes(d.notes, lang)
    return "\n\n".join(["\n".join(lines), _text(notes)]) if notes else "\n".join(lines)


def decision_html(d: Decision, lang: str = "en") -> str:
    """The same facts as :func:`decision_text`, as HTML."""
    verdict, blocks = _decision_blocks(d, lang)
    return _html(verdict, blocks)
