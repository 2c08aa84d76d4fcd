"""``jamsos jkp``: JKP (job-loss insurance) eligibility and cash benefit after a PHK."""

from __future__ import annotations

import argparse
import datetime as dt

from jamsos import jkp
from jamsos._cli.common import add_detail_option, add_output_options, emit, parse_date, parse_money
from jamsos._cli.common import count as cli_count
from jamsos._cli.summary import detail_hint
from jamsos.domain import ContributionHistory
from jamsos.errors import InvalidHistoryError
from jamsos.explain import Explanation
from jamsos.i18n import N_, format_rupiah
from jamsos.money import Rupiah
from jamsos.periods import Month
from jamsos.render import decision_brief_text
from jamsos.results import Award, Decision

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``jkp`` (alias ``job-loss``)."""
    p = sub.add_parser(
        "jkp",
        aliases=["job-loss"],
        help="JKP after a dismissal: every condition with its article, and the monthly schedule",
        description=(
            "JKP (Jaminan Kehilangan Pekerjaan) eligibility and cash benefit. Example: "
            "jamsos jkp --phk 2025-03-01 --alasan efisiensi --upah 6000000 --riwayat riwayat.csv "
            "--lahir 1990-05-17 --terdaftar 2023-01-02"
        ),
    )
    p.add_argument("--phk", "--terminated-on", dest="phk", required=True, help="PHK date YYYY-MM-DD")
    p.add_argument(
        "--alasan",
        "--reason",
        dest="reason",
        required=True,
        help="phk/efisiensi/pailit (dismissal), mengundurkan-diri, kontrak-diakhiri, kontrak-habis, "
        "pensiun, cacat-total-tetap, meninggal",
    )
    p.add_argument(
        "--riwayat",
        "--history",
        dest="history",
        required=True,
        help="CSV of contribution months: header month,wage (or bulan,upah)",
    )
    p.add_argument("--lahir", "--birth-date", dest="birth", required=True, help="birth date YYYY-MM-DD")
    p.add_argument(
        "--terdaftar",
        "--registered-on",
        dest="registered",
        required=True,
        help="date registered with BPJS Ketenagakerjaan YYYY-MM-DD",
    )
    p.add_argument(
        "--upah",
        "--wage",
        dest="wage",
        help="last reported wage (default: the wage of the last history month before the PHK)",
    )
    p.add_argument("--klaim", "--claim-on", dest="claim", help="claim date YYYY-MM-DD")
    p.add_argument(
        "--skala",
        "--scale",
        dest="scale",
        default="large",
        help="employer scale: mikro/kecil/menengah/besar (micro/small/medium/large)",
    )
    p.add_argument("--program", "--programs", dest="programs", help="comma-separated programs enrolled")
    p.add_argument("--kontrak-berakhir", "--contract-end", dest="contract_end", help="PKWT end date")
    p.add_argument("--kerja-baru", "--new-job-on", dest="new_job", help="date a new job started")
    p.add_argument(
        "--klaim-sebelumnya",
        "--previous-claim",
        dest="previous",
        action="append",
        default=[],
        help="date of an earlier JKP benefit (repeat the option for each)",
    )
    p.add_argument(
        "--tunggakan",
        "--arrears-months",
        dest="arrears",
        type=cli_count,
        default=0,
        help="consecutive months of employer arrears at the PHK",
    )
    p.add_argument(
        "--pailit", "--bankrupt", dest="bankrupt", action="store_true", help="employer bankrupt/closed"
    )
    p.add_argument("--bukan-wni", "--not-citizen", dest="not_citizen", action="store_true")
    p.add_argument("--tanpa-jkn", "--no-jkn", dest="no_jkn", action="store_true")
    p.add_argument(
        "--bulan-manfaat",
        "--months",
        dest="months",
        type=cli_count,
        default=6,
        help="benefit months to schedule (1-6)",
    )
    add_output_options(p)
    add_detail_option(p)
    p.set_defaults(func=run)


class _Report:
    """A decision and, when eligible, the cash benefit: printed and serialized together."""

    def __init__(self, decision: Decision, award: Award | None) -> None:
        self.decision = decision
        self.award = award

    def _benefit(self, lang: str) -> str:
        # the award's table already lists the schedule with its days written out
        if self.award is None:
            return "Tidak ada manfaat." if lang == "id" else "No benefit."
        return self.award.table(lang)

    def table(self, lang: str = "en") -> str:
        """Every condition with its article, then the benefit (``--rinci``)."""
        return "\n\n".join([self.decision.table(lang), self._benefit(lang)])

    def summary(self, lang: str = "en") -> str:
        """The answer first: the verdict with the amount, unmet conditions, notes, the benefit."""
        brief = decision_brief_text(self.decision, lang)
        if self.award is not None:
            head, _, rest = brief.partition("\n")
            brief = f"{head} — {self._amount()}\n{rest}".rstrip("\n")
        return "\n\n".join([brief, self._benefit(lang), detail_hint(lang)])

    def _amount(self) -> str:
        assert self.award is not None
        # whole rupiah for reading, as in the table (JSON and --rinci keep the exact amounts)
        total = format_rupiah(self.award.total, "id")
        amounts = {amount for _, amount in self.award.payments}
        if len(amounts) == 1 and len(self.award.payments) > 1:
            return f"{total} ({len(self.award.payments)} × {format_rupiah(amounts.pop(), 'id')})"
        return total

    def to_dict(self) -> dict[str, object]:
        return {
            "decision": self.decision.to_dict(),
            "benefit": self.award.to_dict() if self.award is not None else None,
        }

    def explain(self) -> Explanation:
        children = [self.decision.explain()]
        if self.award is not None:
            children.append(self.award.explain())
        return Explanation("JKP", "JKP", children=tuple(children))


def _last_wage(history: ContributionHistory, phk: dt.date) -> Rupiah:
    before = [r for r in history if r.month <= Month.of(phk)]
    if not before:
        raise InvalidHistoryError(
            N_("the history has no month up to the PHK ({phk}); pass --upah with the last reported wage"),
            phk=phk,
        )
    return before[-1].wage


def run(args: argparse.Namespace) -> int:
    """Decide eligibility, compute the schedule when eligible, and print both."""
    history = ContributionHistory.from_csv(args.history)
    phk = parse_date(args.phk)
    claim = parse_date(args.claim) if args.claim else None
    decision = jkp.eligibility(
        history=history,
        terminated_on=phk,
        reason=args.reason,
        birth_date=parse_date(args.birth),
        registered_on=parse_date(args.registered),
        employer_scale=args.scale,
        programs=[x for x in args.programs.split(",") if x.strip()] if args.programs else None,
        contract_end=parse_date(args.contract_end) if args.contract_end else None,
        claim_on=claim,
        new_job_on=parse_date(args.new_job) if args.new_job else None,
        previous_claims=[parse_date(x) for x in args.previous],
        employer_arrears_months=args.arrears,
        employer_bankrupt=args.bankrupt,
        citizen=not args.not_citizen,
        jkn_registered=not args.no_jkn,
    )
    award = None
    if decision.eligible:
        wage = parse_money(args.wage) if args.wage else _last_wage(history, phk)
        award = jkp.cash_benefit(wage=wage, terminated_on=phk, claim_on=claim, months=args.months)
    report = _Report(decision, award)
    return emit(args, report, summary=report.summary)
