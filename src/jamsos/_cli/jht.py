"""``jamsos jht``: JHT balance (``saldo``), withdrawal (``cair``), partial withdrawal (``sebagian``)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Mapping
from typing import Literal

from jamsos import jht
from jamsos._cli.common import add_output_options, emit, parse_date, parse_money
from jamsos._cli.common import count as cli_count
from jamsos.domain import ContributionHistory
from jamsos.errors import InvalidInputError
from jamsos.explain import Explanation
from jamsos.i18n import N_, write_dates
from jamsos.money import Rate, Rupiah
from jamsos.results import Award, Note

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``jht`` (alias ``old-age``) with ``saldo``, ``cair`` and ``sebagian``."""
    parser = sub.add_parser(
        "jht",
        aliases=["old-age"],
        help="JHT: balance with development returns, and when and how much can be withdrawn",
        description="JHT (Jaminan Hari Tua). Subcommands: saldo (balance), cair (withdrawal), "
        "sebagian (partial withdrawal).",
    )
    jsub = parser.add_subparsers(dest="jht_command", metavar="SUBCOMMAND")

    s = jsub.add_parser(
        "saldo",
        aliases=["balance"],
        help="yearly JHT statement from a contribution history CSV",
        description="Example: jamsos jht saldo --riwayat riwayat.csv --sampai 2025-12-31 --imbal 2021=5.5",
    )
    s.add_argument(
        "--riwayat", "--history", dest="history", required=True, help="CSV: month,wage[,amount] (bulan,upah)"
    )
    s.add_argument("--sampai", "--until", dest="until", required=True, help="balance date YYYY-MM-DD")
    s.add_argument(
        "--cara",
        "--crediting",
        dest="crediting",
        default="yearly_pro_rata",
        help="tahunan/yearly_pro_rata (default, BPJS calculator) or bulanan/monthly_compound",
    )
    s.add_argument(
        "--imbal",
        "--rate",
        dest="rates",
        action="append",
        default=[],
        help="yearly return for a year without a declared rate, YEAR=PERCENT (e.g. 2021=5.5); repeatable",
    )
    s.add_argument(
        "--batas-bawah",
        "--legal-floor",
        dest="legal_floor",
        action="store_true",
        help="a year without a declared return uses the legal floor (PP 46/2015 Pasal 27 ayat (3)): "
        "a lawful lower bound",
    )
    s.add_argument(
        "--tarik",
        "--withdrawal",
        dest="withdrawals",
        action="append",
        default=[],
        help="an amount already withdrawn, DATE=AMOUNT (e.g. 2024-05-02=15000000); repeatable",
    )
    s.add_argument(
        "--saldo-awal", "--opening", dest="opening", help="opening balance from a statement, DATE=AMOUNT"
    )
    s.add_argument("--segmen", "--segment", dest="segment", default="PU", help="PU (default) or BPU")
    add_output_options(s)
    s.set_defaults(func=_run_balance)

    c = jsub.add_parser(
        "cair",
        aliases=["withdraw", "claim"],
        help="can the JHT be claimed, and from which day",
        description="Example: jamsos jht cair --alasan resign --tanggal 2025-03-01 --klaim 2025-04-01",
    )
    c.add_argument(
        "--alasan",
        "--reason",
        dest="reason",
        required=True,
        help="usia, resign, phk, pkwt, berhenti-bekerja, cacat, meninggal, meninggalkan-indonesia, "
        "gagal-berangkat",
    )
    c.add_argument(
        "--tanggal",
        "--event-on",
        dest="event",
        required=True,
        help="event date YYYY-MM-DD (resignation letter, PHK date, ...)",
    )
    c.add_argument("--klaim", "--claim-on", dest="claim", help="claim date YYYY-MM-DD")
    c.add_argument("--lahir", "--birth-date", dest="birth", help="birth date YYYY-MM-DD")
    c.add_argument("--mulai", "--membership-start", dest="start", help="membership start YYYY-MM-DD")
    c.add_argument(
        "--usia-pensiun",
        "--pension-age",
        dest="pension_age",
        type=cli_count,
        help="pension age of the work agreement",
    )
    c.add_argument(
        "--wna", "--foreign-national", dest="foreign", action="store_true", help="foreign national"
    )
    add_output_options(c)
    c.set_defaults(func=_run_withdrawal)

    p = jsub.add_parser(
        "sebagian",
        aliases=["partial"],
        help="partial withdrawal: 30%% for housing or 10%% for other retirement preparation",
        description="Example: jamsos jht sebagian --tujuan rumah --saldo 100000000 --mulai 2014-03-01 "
        "--tanggal 2025-03-01",
    )
    p.add_argument("--tujuan", "--purpose", dest="purpose", required=True, help="rumah (housing) or lainnya")
    p.add_argument("--saldo", "--balance", dest="balance", required=True, help="JHT balance")
    p.add_argument("--mulai", "--membership-start", dest="start", required=True, help="membership start")
    p.add_argument("--tanggal", "--on", dest="on", required=True, help="claim date YYYY-MM-DD")
    p.add_argument("--jumlah", "--requested", dest="requested", help="amount requested")
    p.add_argument(
        "--pernah", "--previous", dest="previous", help="date of an earlier partial withdrawal YYYY-MM-DD"
    )
    add_output_options(p)
    p.set_defaults(func=_run_partial)

    parser.set_defaults(func=_usage(parser))


def _usage(parser: argparse.ArgumentParser) -> object:
    def run(args: argparse.Namespace) -> int:
        parser.print_help()
        return 2

    return run


def _split(text: str, what: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise InvalidInputError(
            N_("{what} {text!r} must be written KEY=VALUE, e.g. 2021=5.5"), what=what, text=text
        )
    return key.strip(), value.strip()


def _rates(items: list[str]) -> dict[int, Rate]:
    out: dict[int, Rate] = {}
    for item in items:
        year, pct = _split(item, "--imbal")
        if not year.isdigit():
            raise InvalidInputError(N_("--imbal {item!r}: the year must be digits, e.g. 2021=5.5"), item=item)
        out[int(year)] = Rate.percent(pct.replace(",", "."))
    return out


def _dated(item: str, what: str) -> tuple[dt.date, Rupiah]:
    day, amount = _split(item, what)
    return parse_date(day), parse_money(amount)


class _Statement:
    """A balance award printed as its yearly statement."""

    def __init__(self, award: Award) -> None:
        self.award = award

    def explain(self) -> Explanation:
        return self.award.explain()

    def to_dict(self) -> Mapping[str, object]:
        return self.award.to_dict()

    def table(self, lang: str = "en") -> str:
        heads = (
            ("Tahun", "Saldo awal", "Iuran", "Hasil", "Tarif", "Pengambilan", "Saldo akhir")
            if lang == "id"
            else ("Year", "Opening", "Contributions", "Return", "Rate", "Withdrawals", "Closing")
        )
        rows = [
            (
                str(s.year),
                str(s.opening),
                str(s.contributions),
                str(s.returns),
                str(s.rate) if s.rate is not None else "-",
                str(s.withdrawals),
                str(s.closing),
            )
            for s in jht.statement(self.award)
        ]
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(heads)]

        def line(cells: tuple[str, ...]) -> str:
            return "  ".join(c.rjust(w) for c, w in zip(cells, widths, strict=True))

        label = "Saldo JHT" if lang == "id" else "JHT balance"
        body = [line(heads), "-" * (sum(widths) + 2 * (len(widths) - 1)), *(line(r) for r in rows)]
        body.append(f"{label}: {self.award.total}")
        body.extend(
            f"* {write_dates(n.message(lang), lang) if isinstance(n, Note) else n}" for n in self.award.notes
        )
        return "\n".join(body)


def _floor_or_rates(args: argparse.Namespace) -> dict[int, Rate] | Literal["legal_floor"]:
    if args.legal_floor:
        if args.rates:
            raise InvalidInputError(N_("use either --imbal or --batas-bawah, not both"))
        return "legal_floor"
    return _rates(args.rates)


def _run_balance(args: argparse.Namespace) -> int:
    history = ContributionHistory.from_csv(args.history)
    opening = _dated(args.opening, "--saldo-awal") if args.opening else None
    award = jht.balance(
        history,
        until=parse_date(args.until),
        rates=_floor_or_rates(args),
        crediting=args.crediting,
        withdrawals=tuple(_dated(w, "--tarik") for w in args.withdrawals),
        opening=opening,
        segment=args.segment,
    )
    return emit(args, _Statement(award))


def _run_withdrawal(args: argparse.Namespace) -> int:
    decision = jht.withdrawal(
        args.reason,
        event_on=parse_date(args.event),
        claim_on=parse_date(args.claim) if args.claim else None,
        birth_date=parse_date(args.birth) if args.birth else None,
        membership_start=parse_date(args.start) if args.start else None,
        pension_age=args.pension_age,
        foreign_national=True if args.foreign else None,
    )
    return emit(args, decision)


def _run_partial(args: argparse.Namespace) -> int:
    decision = jht.partial_withdrawal(
        args.purpose,
        balance=parse_money(args.balance),
        membership_start=parse_date(args.start),
        on=parse_date(args.on),
        previous_partial=parse_date(args.previous) if args.previous else None,
        requested=parse_money(args.requested) if args.requested else None,
    )
    return emit(args, decision)
