"""One self-contained HTML report of a roster, for people (Indonesian first).

:func:`html_report` returns a single HTML page that works offline: inline CSS, charts as
inline SVG, no script and nothing fetched from elsewhere. It shows the headline figures,
the budget burn-down month by month, the workers covered by village, and the rejected
rows (NIKs masked unless ``show_nik=True``, UU 27/2022).

Every figure carries its exact value in a ``data-value`` attribute (whole rupiah or a
count) beside the text shown, so a program can check the page against the library.
"""

from __future__ import annotations

import html
from typing import Final

from jamsos.i18n import N_, format_month, format_number, format_rupiah, type_name
from jamsos.periods import Month
from jamsos.programmes.result import Roster
from jamsos.programmes.text import tr

__all__ = ["MAX_REJECTED_SHOWN", "MAX_VILLAGES_SHOWN", "html_report"]

#: The village chart shows this many villages (most workers first), then one "others" bar.
MAX_VILLAGES_SHOWN: Final = 25
#: The rejected-rows table lists this many rows; the rest are counted.
MAX_REJECTED_SHOWN: Final = 500

_CSS: Final = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2933;
background:#f5f7fa}
main{max-width:980px;margin:0 auto;padding:24px}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.15rem;margin:28px 0 8px}
.sub{color:#52606d;margin:0 0 16px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px}
.card{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card .label{font-size:.8rem;color:#52606d}.card .value{font-size:1.25rem;font-weight:600;margin-top:4px}
.card.warn .value{color:#b42318}
section{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08);
margin-top:12px}
table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e4e7eb}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
svg text{font-size:11px;fill:#3e4c59}.note{color:#52606d;font-size:.8rem}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _card(key: str, label: str, value: object, shown: str, *, warn: bool = False) -> str:
    cls = "card warn" if warn else "card"
    return (
        f'<div class="{cls}"><div class="label">{_e(label)}</div>'
        f'<div class="value" data-figure="{_e(key)}" data-value="{_e(value)}">{_e(shown)}</div></div>'
    )


def _short_rupiah(amount: int, lang: str) -> str:
    """Axis labels in millions with one decimal (``Rp1,5 jt``), half up, integer arithmetic."""
    if abs(amount) < 1_000_000:
        return format_rupiah(amount, lang)
    sign = "-" if amount < 0 else ""
    tenths = (abs(amount) * 10 + 500_000) // 1_000_000
    whole = format_number(tenths // 10, lang)
    point = "," if lang == "id" else "."
    return f"{sign}Rp{whole}{point}{tenths % 10} {'jt' if lang == 'id' else 'm'}"


def _burn_chart(result: Roster, lang: str) -> str:
    months = result.by_month()
    budget = result.budget
    burn = result.burn_down() if budget is not None else None
    n = len(months)
    width, height, left, bottom, top = 900, 280, 90, 40, 16
    plot_w, plot_h = width - left - 16, height - bottom - top
    spent = [int(v) for v in months["total"]]
    lefts = [int(v) for v in burn["left"]] if burn is not None else []
    peak = max([*spent, *lefts, int(budget.amount) if budget is not None else 0, 1])
    slot = plot_w / max(n, 1)
    bar_w = max(slot * 0.6, 1)

    def y(v: int) -> float:
        return top + plot_h - plot_h * max(v, 0) / peak

    parts = [
        f'<svg role="img" aria-label="{_e(tr(N_("Budget burn-down by month"), lang))}" '
        f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">'
    ]
    for k in range(5):
        v = round(peak * k / 4)
        parts.append(
            f'<line x1="{left}" x2="{width - 16}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e4e7eb"/>'
            f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{_e(_short_rupiah(v, lang))}</text>'
        )
    for i, (month, amount) in enumerate(zip(months["month"], spent, strict=True)):
        x = left + slot * i + (slot - bar_w) / 2
        label = format_month(Month.parse(str(month)), lang)
        parts.append(
            f'<rect class="spent" data-month="{_e(month)}" data-value="{amount}" x="{x:.1f}" '
            f'y="{y(amount):.1f}" width="{bar_w:.1f}" height="{top + plot_h - y(amount):.1f}" fill="#3e7cb1">'
            f"<title>{_e(label)}: {_e(format_rupiah(amount, lang))}</title></rect>"
        )
        if n <= 24 or i % max(n // 12, 1) == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" '
                f'text-anchor="middle">{_e(format_month(Month.parse(str(month)), lang, short=True))}</text>'
            )
    if burn is not None:
        points = " ".join(f"{left + slot * i + slot / 2:.1f},{y(v):.1f}" for i, v in enumerate(lefts))
        parts.append(f'<polyline points="{points}" fill="none" stroke="#e07a10" stroke-width="2.5"/>')
        for i, (month, v) in enumerate(zip(burn["month"], lefts, strict=True)):
            color = "#b42318" if v < 0 else "#e07a10"
            when = format_month(Month.parse(str(month)), lang)
            parts.append(
                f'<circle class="left" data-month="{_e(month)}" data-value="{v}" '
                f'cx="{left + slot * i + slot / 2:.1f}" cy="{y(v):.1f}" r="4" fill="{color}">'
                f"<title>{_e(tr(N_('left after {month}'), lang, month=when))}: "
                f"{_e(format_rupiah(v, lang))}</title></circle>"
            )
    legend = [("#3e7cb1", tr(N_("spent in the month"), lang))]
    if burn is not None:
        legend.append(("#e07a10", tr(N_("budget left after the month"), lang)))
    for k, (color, text) in enumerate(legend):
        lx = left + k * 260
        parts.append(
            f'<rect x="{lx}" y="{height - 14}" width="12" height="12" fill="{color}"/>'
            f'<text x="{lx + 18}" y="{height - 4}">{_e(text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _village_chart(result: Roster, lang: str) -> str:
    villages = result.by_village().sort_values(
        ["workers", "district", "village"], ascending=[False, True, True]
    )
    shown = villages.head(MAX_VILLAGES_SHOWN)
    rest = villages.iloc[MAX_VILLAGES_SHOWN:]
    bars: list[tuple[str, str, int, str]] = []
    for district, village, workers in zip(shown["district"], shown["village"], shown["workers"], strict=True):
        name = f"{village or '-'} ({district or '-'})"
        bars.append((name, f"{district}/{village}", int(workers), "village"))
    if len(rest):
        bars.append(
            (
                tr(N_("{count} other villages"), lang, count=len(rest)),
                "others",
                int(rest["workers"].sum()),
                "others",
            )
        )
    row_h, left, width = 22, 260, 900
    height = row_h * len(bars) + 10
    peak = max([b[2] for b in bars] + [1])
    parts = [
        f'<svg role="img" aria-label="{_e(tr(N_("Workers covered by village"), lang))}" '
        f'viewBox="0 0 {width} {height}" width="100%" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (name, key, workers, cls) in enumerate(bars):
        w = (width - left - 90) * workers / peak
        yy = 5 + i * row_h
        parts.append(
            f'<text x="{left - 8}" y="{yy + 14}" text-anchor="end">{_e(name)}</text>'
            f'<rect class="{cls}" data-village="{_e(key)}" data-value="{workers}" x="{left}" y="{yy + 3}" '
            f'width="{max(w, 1):.1f}" height="{row_h - 6}" fill="#5a9e6f">'
            f"<title>{_e(name)}: {workers}</title></rect>"
            f'<text x="{left + max(w, 1) + 6:.1f}" y="{yy + 14}">{_e(format_number(workers, lang))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _district_table(result: Roster, lang: str) -> str:
    table = result.by_district()
    cells = (
        tr(N_("District (kecamatan)"), lang),
        tr(N_("Workers covered"), lang),
        tr(N_("Worker-months billed"), lang),
        tr(N_("Invoice total"), lang),
    )
    head = (
        f"<tr><th>{_e(cells[0])}</th>" + "".join(f"<th class='num'>{_e(c)}</th>" for c in cells[1:]) + "</tr>"
    )
    body = [
        f'<tr class="district" data-district="{_e(d)}" data-workers="{int(w)}" data-value="{int(t)}">'
        f"<td>{_e(d or '-')}</td><td class='num'>{_e(format_number(int(w), lang))}</td>"
        f"<td class='num'>{_e(format_number(int(m), lang))}</td>"
        f"<td class='num'>{_e(format_rupiah(int(t), lang))}</td></tr>"
        for d, w, m, t in zip(
            table["district"], table["workers"], table["worker_months"], table["total"], strict=True
        )
    ]
    return f"<table>{head}{''.join(body)}</table>"


def _rejected_table(result: Roster, lang: str, show_nik: bool) -> str:
    table = result.rejected_rows(lang, show_nik=show_nik)
    if table.empty:
        return f'<p data-figure="rejected_none">{_e(tr(N_("No row was rejected."), lang))}</p>'
    cells = (tr(N_("Roster row"), lang), "NIK", tr(N_("Worker name"), lang), tr(N_("Reason rejected"), lang))
    head = (
        f"<tr><th class='num'>{_e(cells[0])}</th>" + "".join(f"<th>{_e(c)}</th>" for c in cells[1:]) + "</tr>"
    )
    body = []
    shown = table.head(MAX_REJECTED_SHOWN)
    for row, nik, name, reason in zip(
        shown["row"], shown["nik"], shown["name"], shown["reason"], strict=True
    ):
        body.append(
            f'<tr class="rejected" data-row="{int(row)}"><td class="num">{int(row)}</td><td>{_e(nik)}</td>'
            f"<td>{_e(name)}</td><td>{_e(reason)}</td></tr>"
        )
    more = ""
    if len(table) > MAX_REJECTED_SHOWN:
        text = tr(
            N_("{count} more rejected rows are in the rejected-rows file."),
            lang,
            count=len(table) - MAX_REJECTED_SHOWN,
        )
        more = f'<p class="note">{_e(text)}</p>'
    return f"<table>{head}{''.join(body)}</table>{more}"


def _int(value: object) -> int:
    assert isinstance(value, int)
    return value


def html_report(result: Roster, *, lang: str = "id", show_nik: bool = False, title: str | None = None) -> str:
    """The whole report as one HTML document (a ``str``)."""
    from jamsos.errors import InvalidInputError
    from jamsos.i18n import normalize_lang

    if not isinstance(result, Roster):
        raise InvalidInputError(
            N_("html_report needs the result of jamsos.programmes.roster(), got {kind}"),
            kind=type_name(result),
        )
    if not isinstance(show_nik, bool):
        raise InvalidInputError(
            N_("{what} must be True or False, got {value!r}"), what="show_nik", value=show_nik
        )
    if title is not None and not isinstance(title, str):
        raise InvalidInputError(N_("title must be text, got {kind}"), kind=type_name(title))
    lang = normalize_lang(lang)
    s = result.summary()
    heading = title or tr(N_("Social security programme for vulnerable workers"), lang)
    o = result.options
    if o.budget_funded:
        payer = tr(N_("paid from a state or regional budget (APBN/APBD)"), lang)
    else:
        payer = tr(N_("not paid from a state or regional budget"), lang)
    period = f"{format_month(o.first_month, lang)} – {format_month(o.last_month, lang)}"
    counts = [
        ("rows_read", N_("Rows read")),
        ("workers", N_("Workers accepted")),
        ("rejected", N_("Rows rejected")),
        ("worker_months", N_("Worker-months billed")),
    ]
    cards = [
        _card(
            key,
            tr(msg, lang),
            s[key],
            format_number(_int(s[key]), lang),
            warn=key == "rejected" and bool(s[key]),
        )
        for key, msg in counts
    ]
    cards.append(_card("total", tr(N_("Invoice total"), lang), s["total"], format_rupiah(s["total"], lang)))
    programs = s["programs"]
    assert isinstance(programs, dict)
    for prog, amount in programs.items():
        cards.append(_card(f"program_{prog}", prog.upper(), amount, format_rupiah(amount, lang)))
    if s["budget"] is not None:
        left = _int(s["left"])
        cards += [
            _card("budget", tr(N_("Budget"), lang), s["budget"], format_rupiah(s["budget"], lang)),
            _card("left", tr(N_("Left over"), lang), left, format_rupiah(left, lang), warn=left < 0),
        ]
        runs_out = s["runs_out"]
        shown = (
            format_month(Month.parse(str(runs_out)), lang) if runs_out else tr(N_("does not run out"), lang)
        )
        cards.append(
            _card(
                "runs_out",
                tr(N_("Budget runs out in"), lang),
                runs_out or "",
                shown,
                warn=runs_out is not None,
            )
        )
    notes = result.notes(lang)
    note_line = ""
    if len(notes):
        text = tr(
            N_("{count} rows kept with a note (for example an income placed in the lowest band)."),
            lang,
            count=len(notes),
        )
        note_line = f'<p class="note" data-figure="noted" data-value="{len(notes)}">{_e(text)}</p>'
    if show_nik:
        privacy = tr(N_("NIKs are shown in full: keep this file private (personal data, UU 27/2022)."), lang)
    else:
        privacy = tr(N_("NIKs are masked (personal data, UU 27/2022)."), lang)
    footer = tr(
        N_(
            "Computed with jamsos: each amount equals the contribution of a non-wage earner (BPU) "
            "for that month under the law of that month."
        ),
        lang,
    )
    h_burn = tr(N_("Budget burn-down by month"), lang)
    h_villages = tr(N_("Workers covered by village"), lang)
    h_rejected = tr(N_("Rejected rows"), lang)
    h_districts = tr(N_("Totals by district"), lang)
    return "".join(
        [
            f'<!DOCTYPE html><html lang="{_e(lang)}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(heading)}</title><style>{_CSS}</style></head><body><main>",
            f"<h1>{_e(heading)}</h1>",
            f'<p class="sub">{_e(period)} · {_e(payer)}</p>',
            f'<div class="cards">{"".join(cards)}</div>',
            f"<h2>{_e(h_burn)}</h2><section>{_burn_chart(result, lang)}</section>",
            f"<h2>{_e(h_villages)}</h2><section>{_village_chart(result, lang)}</section>",
            f"<h2>{_e(h_districts)}</h2><section>{_district_table(result, lang)}</section>",
            f"<h2>{_e(h_rejected)}</h2><section>{_rejected_table(result, lang, show_nik)}",
            f'<p class="note">{_e(privacy)}</p></section>',
            note_line,
            f'<p class="note">{_e(footer)}</p>',
            "</main></body></html>",
        ]
    )
