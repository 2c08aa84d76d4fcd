"""The JKP cash benefit: a share of the capped wage for each month after the termination."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
)
from jamsos.explain import Explanation, Tracer
from jamsos.i18n import N_
from jamsos.jkp.claims import date_arg, default_claim, opt_date_arg, require_program, whole_arg
from jamsos.jkp.reasons import BENEFIT_ROUNDING
from jamsos.money import Rate, Rupiah, total
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import add_months
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Note


# ---------------------------------------------------------------------------------------
# cash benefit
# ---------------------------------------------------------------------------------------
@current_law_option
@recorded()
def cash_benefit(
    *,
    wage: Rupiah | int | str,
    terminated_on: dt.date,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
    claim_on: dt.date | None = None,
    months: int = 6,
) -> Award:
    """The JKP cash benefit (manfaat uang tunai) month by month, with the non-cash benefits.

    Each month: the rate in force on the payment date for that benefit month × the last
    reported wage capped at Rp5.000.000 (Pasal 21 ayat (2)-(4)). PP 37/2021 Pasal 21 ayat (1):
    45% for months 1-3, 25% for months 4-6; PP 6/2025: 60% for at most 6 months. PP 6/2025's
    General Penjelasan pays every benefit from 2025-02-07 under the new PP, including the
    remaining months of running benefits, so each payment's rate follows its own date.

    Payment dates (a convention; the PP sets none): benefit month ``k`` is paid ``k`` calendar
    months after the claim date, on the same day of the month (clamped to the month's end).
    Each payment is rounded to whole rupiah, half up (:data:`BENEFIT_ROUNDING`).

    Which date selects the law: each payment's date (rate and wage cap); the claim date for the
    training unit-cost cap. This function does not test eligibility: see :func:`eligibility`.

    Args:
        wage: the last wage the employer reported to BPJS Ketenagakerjaan.
        terminated_on: the PHK date (before 2021-02-02: :class:`NotCoveredError`).
        claim_on: the claim date; default: the first day a claim can be filed.
        months: benefit months to schedule (fewer when the worker found a job); 1..6.

    >>> a = cash_benefit(wage=6_000_000, terminated_on=dt.date(2025, 3, 1))
    >>> [(d.isoformat(), str(x)) for d, x in a.payments][:2]
    [('2025-04-01', 'Rp3.000.000'), ('2025-05-01', 'Rp3.000.000')]
    >>> str(a.total)
    'Rp18.000.000'
    >>> b = cash_benefit(wage=5_000_000, terminated_on=dt.date(2023, 5, 2))
    >>> [str(x) for _, x in b.payments]
    ['Rp2.250.000', 'Rp2.250.000', 'Rp2.250.000', 'Rp1.250.000', 'Rp1.250.000', 'Rp1.250.000']
    >>> str(b.total)
    'Rp10.500.000'
    """
    p = resolve(params)
    reported = Rupiah.of(wage, "wage")
    if reported <= 0:
        raise InvalidInputError(
            N_("wage must be positive (the last reported wage), got {reported}"), reported=reported
        )
    phk = date_arg(terminated_on, "terminated_on")
    n = whole_arg(months, "months")
    require_program(p, phk)
    claim_given = opt_date_arg(claim_on, "claim_on")
    if claim_given is not None and claim_given < phk:
        raise InvalidDateError(
            N_("claim_on {claim_given} is before the PHK on {phk}; a claim follows the PHK"),
            claim_given=claim_given,
            phk=phk,
        )
    claim = claim_given if claim_given is not None else default_claim(p, phk)
    schedule_at_claim = p.value("jkp.benefit.rate_schedule", claim)
    if not 1 <= n <= len(schedule_at_claim.value):
        raise InvalidInputError(
            N_("months must be 1..{n} ({basis}), got {n2}"),
            n=len(schedule_at_claim.value),
            basis=schedule_at_claim.cite(),
            n2=n,
        )

    payments: list[tuple[dt.date, Rupiah]] = []
    steps: list[Explanation] = []
    rates: list[str] = []
    cites: dict[str, None] = {}
    for k in range(1, n + 1):
        day = add_months(claim, k)
        t = Tracer(p)
        table = t.value("jkp.benefit.rate_schedule", day)
        assert isinstance(table, tuple)
        if k > len(table):  # a later regulation shortened the benefit: this month is not due
            break
        rate = Rate.percent(table[k - 1])
        cap = t.rupiah("jkp.benefit.wage_cap", day)
        base = reported if reported < cap else cap
        amount = (base * rate).rounded(BENEFIT_ROUNDING)
        payments.append((day, amount))
        rates.append(str(rate))
        uses = t.uses()
        for u in uses:
            cites.setdefault(u.cite, None)
        steps.append(
            Explanation(
                f"Benefit month {k}, paid {day.isoformat()}",
                f"Bulan manfaat ke-{k}, dibayar {day.isoformat()}",
                value=amount,
                inputs=(("wage used", base), ("rate", rate)),
                parameters=uses,
            )
        )

    t = Tracer(p)
    info = t.value("jkp.job_market_information", claim)
    training_cap = t.rupiah("jkp.training.unit_cost_cap", claim)
    non_cash = t.uses()
    info_dv = p.value("jkp.job_market_information", claim)
    training_dv = p.value("jkp.training.unit_cost_cap", claim)
    cash = total(a for _, a in payments)
    components = (
        Component("cash benefit (manfaat uang tunai)", cash, tuple(cites)),
        Component(
            "job-market information (informasi pasar kerja), non-cash",
            Rupiah.zero(),
            (info_dv.cite(),),
            note="job-vacancy information and job guidance: a service, no cash value",
        ),
        Component(
            # the cap is in the note and in the notes of the result (a short name keeps the table
            # within 100 columns)
            "job training (pelatihan kerja), non-cash",
            Rupiah.zero(),
            (training_dv.cite(),),
            note=f"BPJS pays the training provider at most {training_cap} per participant",
        ),
    )
    notes = (
        Note(
            "jkp.payment_dates",
            "payment k is dated k calendar months after the claim (convention); each payment uses the "
            "rate in force on its date (PP 6/2025 Penjelasan Umum)",
        ),
        Note.of(
            "jkp.training_cap", N_("training unit-cost cap {cap} (not paid to the worker)"), cap=training_cap
        ),
    )
    details: dict[str, object] = {
        "wage": reported,
        "wage_cap_at_claim": p.rupiah("jkp.benefit.wage_cap", claim),
        "claim_on": claim,
        "months": len(payments),
        "rates": tuple(rates),
        "training_unit_cost_cap": training_cap,
        "job_market_information": info,
    }
    children = tuple(steps)

    def explain() -> Explanation:
        return Explanation(
            "JKP cash benefit",
            "Manfaat uang tunai JKP",
            value=cash,
            inputs=(("wage", reported), ("terminated_on", phk), ("claim_on", claim), ("months", n)),
            children=(
                *children,
                Explanation(
                    "Non-cash benefits",
                    "Manfaat non-tunai",
                    value=training_cap,
                    parameters=non_cash,
                    note="job-market information and training; the amount is the training unit-cost cap "
                    "paid to the provider",
                    note_id="informasi pasar kerja dan pelatihan kerja; nilainya batas biaya satuan "
                    "pelatihan yang dibayar ke lembaga pelatihan",
                ),
            ),
            note="each payment rounded to whole rupiah, half up (administrative convention)",
            note_id="setiap pembayaran dibulatkan ke rupiah penuh, setengah ke atas (konvensi administrasi)",
        )

    return Award(
        kind="jkp.cash_benefit",
        components=components,
        payments=tuple(payments),
        notes=notes,
        details=MappingProxyType(details),
        explainer=explain,
    )
