"""Contributions of non-wage earners (BPU, bukan penerima upah): JKK by income band and a flat JKM,
optional JHT by income band (PP 44/2015 Pasal 20 and Lampiran II; PP 46/2015 Pasal 18).
"""

from __future__ import annotations

from decimal import Decimal
from types import MappingProxyType

from jamsos.contributions import kernel
from jamsos.contributions.bands import BAND_PARAMETER, place
from jamsos.contributions.covid import covid_factor
from jamsos.contributions.rules import (
    RP0,
    boolean_arg,
    contribution_month,
    positive_amount,
)
from jamsos.domain import Program, Segment
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_
from jamsos.money import Money, Rupiah
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Contributions, Note, Share


# ---------------------------------------------------------------------------------------
# non-wage earners (BPU)
# ---------------------------------------------------------------------------------------
@current_law_option
@recorded()
def non_wage_earner(
    income: Money,
    month: Month | str,
    *,
    jht: bool = False,
    transport_worker: bool = False,
    budget_funded: bool = False,
    covid_relief_eligible: bool | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Contributions:
    """Contributions of a non-wage earner (BPU) for one contribution month.

    JKK is the nominal amount of the declared income's band (PP 44/2015 Pasal 20 and Lampiran
    II, law data ``bpu.income_band``), JKM a flat amount (Pasal 20 ayat (3)), JHT optional,
    by band too (PP 46/2015 Pasal 18). An income below the lowest band (Rp1.000.000) is
    placed in it; an income above the highest band (Rp20.700.000) is capped at it; each
    says so in ``notes``. Between the two the band amounts are not known and the data uses
    1% (JKK) and 2% (JHT) of the declared income, as BPJS reports (unconfirmed). The member pays
    (``worker``); with ``budget_funded=True`` a state or regional budget (APBN/APBD) pays
    (``government``) and the PP 50/2025 discount does not apply (PP 50/2025 Pasal 3 ayat (5)).

    Reliefs: PP 49/2020 (99% off JKK and JKM, August 2020 to January 2021) applies when
    ``covid_relief_eligible`` is True or None (None: the conditions of PP 49/2020 Pasal 13
    were not checked, and a note says so); False charges the full amounts. PP 50/2025 (50%
    off JKK and JKM; transport workers January 2026 to March 2027, other BPU April to
    December 2026). JHT is never discounted.

    >>> c = non_wage_earner(1_000_000, Month(2025, 6))
    >>> str(c.jkk.worker), str(c.jkm.worker), str(c.total)
    ('Rp10.000', 'Rp6.800', 'Rp16.800')
    >>> str(non_wage_earner(1_000_000, Month(2026, 1), transport_worker=True).total)
    'Rp8.400'
    >>> str(non_wage_earner(50_000_000, Month(2025, 6)).jkk.worker)  # capped at the highest band
    'Rp207.000'
    """
    amount = positive_amount(income, "income")
    m = contribution_month(month)
    jht = boolean_arg(jht, "jht")
    transport_worker = boolean_arg(transport_worker, "transport_worker")
    budget_funded = boolean_arg(budget_funded, "budget_funded")
    p = resolve(params)
    t = kernel.bpu_table(p, m)
    band = place(amount, m.last_day, p)  # where the income sits: for the notes and the explanation
    discount_dv = t.uses["relief.covid.jkk_jkm_discount"]
    covid_applies, covid_note = (
        covid_factor(discount_dv, covid_relief_eligible, p, m)
        if t.covid_in_force or covid_relief_eligible is not None
        else (False, None)
    )
    variant = (
        kernel.BPU_BUDGET if budget_funded else kernel.BPU_TRANSPORT if transport_worker else kernel.BPU_OTHER
    )
    w, q = kernel.decimal_scale(amount.amount)
    # the kernel's band of the income is the bracket place() found (the same scale lookup)
    row = t.row(variant, jht, t.band(w, q), relief=covid_applies)
    jkk_n, jkm_n, jht_n = kernel.bpu_kernel(row, w, q)
    amounts = {Program.JKK: _rp(jkk_n), Program.JKM: _rp(jkm_n)}
    if jht:
        amounts[Program.JHT] = _rp(jht_n)
    if budget_funded:
        shares = {prog: Share(government=a) for prog, a in amounts.items()}
    else:
        shares = {prog: Share(worker=a) for prog, a in amounts.items()}
    relief = t.uses["relief.bpu_transport.discount" if transport_worker else "relief.bpu_other.discount"]
    covid = covid_applies
    notes = [n for n in (band.note(), covid_note) if n]
    if relief.value and not budget_funded:
        notes.append(
            Note.of(
                "bpu.relief_discount",
                N_("PP 50/2025 discount of {rate} on JKK and JKM ({basis})"),
                rate=relief.value,
                basis=relief.cite(),
            )
        )
    elif budget_funded and relief.value:
        notes.append(
            Note.of(
                "bpu.budget_funded_no_discount",
                N_(
                    "budget-funded (APBN/APBD) contributions get no PP 50/2025 discount "
                    "(PP 50/2025 Pasal 3 ayat (5))"
                ),
            )
        )

    def explain() -> Explanation:
        used = [band.use(), ParamUse.of("bpu.jkm.amount", t.uses["bpu.jkm.amount"])]
        if covid:
            used.append(ParamUse.of("relief.covid.jkk_jkm_discount", discount_dv))
        if relief.value:
            name = "relief.bpu_transport.discount" if transport_worker else "relief.bpu_other.discount"
            used.append(ParamUse.of(name, relief))
        payer = "government (budget)" if budget_funded else "member"
        children = tuple(
            Explanation(f"{prog.code.upper()} ({payer})", f"{prog.code.upper()}", a)
            for prog, a in amounts.items()
        )
        return Explanation(
            f"Contributions of a non-wage earner (BPU), contribution month {m}",
            f"Iuran peserta bukan penerima upah (BPU), bulan iuran {m}",
            sum(amounts.values(), RP0),
            (
                ("income", amount),
                ("band income", band.basis),
                ("month", str(m)),
                ("jht", jht),
                ("transport_worker", transport_worker),
                ("budget_funded", budget_funded),
                ("covid_relief_eligible", covid_relief_eligible),
            ),
            tuple(used),
            children,
            note="; ".join(notes) or None,
            note_id="; ".join(Note.coerce(n).text_id for n in notes) or None,
        )

    return Contributions(
        month=m,
        segment=Segment.NON_WAGE_EARNER,
        shares=MappingProxyType(shares),
        notes=tuple(notes),
        explainer=explain,
    )


def _rp(n: int) -> Rupiah:
    return Rupiah.unchecked(Decimal(n))


def bpu_basis(program: Program, month: Month, params: ParameterSet) -> tuple[str, ...]:
    """The citations of a BPU program's contribution in ``month``, from the law data."""
    on = month.last_day
    if program is Program.JKM:
        return (params.value("bpu.jkm.amount", on).cite(),)
    if program in (Program.JKK, Program.JHT):
        return (params.value(BAND_PARAMETER, on).cite(),)
    return ()
