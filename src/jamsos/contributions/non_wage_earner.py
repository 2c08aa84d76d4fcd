"""Contributions of non-wage earners (BPU, bukan penerima upah): JKK by income band and a flat JKM,
optional JHT by income band (PP 44/2015 Pasal 20 and Lampiran II; PP 46/2015 Pasal 18).
"""

from __future__ import annotations

import functools
from decimal import Decimal
from types import MappingProxyType
from typing import Final, NamedTuple

from jamsos.contributions import kernel
from jamsos.contributions.bands import BAND_PARAMETER, BandPlacement, place
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
from jamsos.parameters import DatedValue, ParameterSet, current_law_option, resolve
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
    covid_applies, covid_note = (
        covid_factor(t.uses["relief.covid.jkk_jkm_discount"], covid_relief_eligible, p, m)
        if t.covid_in_force or covid_relief_eligible is not None
        else (False, None)
    )
    variant = (
        kernel.BPU_BUDGET if budget_funded else kernel.BPU_TRANSPORT if transport_worker else kernel.BPU_OTHER
    )
    w, q = kernel.decimal_scale(amount.amount)
    # the kernel's band of the income is the bracket place() finds (the same scale lookup)
    row = t.row(variant, jht, t.band(w, q), relief=covid_applies)
    a = kernel.bpu_kernel(row, w, q)
    # whole rupiah; the shares, notes and explanation are built when first read
    paid = a[0] + a[1] + (a[2] if jht else 0)
    facts = _BpuFacts(
        p,
        t,
        m,
        amount,
        a,
        jht,
        transport_worker,
        budget_funded,
        covid_relief_eligible,
        covid_applies,
        covid_note,
    )
    return Contributions.lazy(
        m, _BPU, (0, 0, paid) if budget_funded else (0, paid, 0), _build, (facts,), p.law_version, _explain
    )


#: What a non-wage-earner call decided: the set, the month's table, the month, the declared
#: income, the kernel's (JKK, JKM, JHT), the flags, whether the PP 49/2020 relief applies and
#: its note.
class _BpuFacts(NamedTuple):
    p: ParameterSet
    t: kernel.BpuTable
    m: Month
    income: Rupiah
    a: tuple[int, int, int]
    jht: bool
    transport_worker: bool
    budget_funded: bool
    covid_relief_eligible: bool | None
    covid_applies: bool
    covid_note: str | None


_BPU: Final = Segment.NON_WAGE_EARNER


def _amounts(f: _BpuFacts) -> dict[Program, Rupiah]:
    amounts = {Program.JKK: _rp(f.a[0]), Program.JKM: _rp(f.a[1])}
    if f.jht:
        amounts[Program.JHT] = _rp(f.a[2])
    return amounts


def _relief(f: _BpuFacts) -> DatedValue:
    return f.t.uses["relief.bpu_transport.discount" if f.transport_worker else "relief.bpu_other.discount"]


def _notes(f: _BpuFacts, band: BandPlacement) -> list[str]:
    notes = [n for n in (band.note(), f.covid_note) if n]
    relief = _relief(f)
    if relief.value and not f.budget_funded:
        notes.append(
            Note.of(
                "bpu.relief_discount",
                N_("PP 50/2025 discount of {rate} on JKK and JKM ({basis})"),
                rate=relief.value,
                basis=relief.cite(),
            )
        )
    elif f.budget_funded and relief.value:
        notes.append(
            Note.of(
                "bpu.budget_funded_no_discount",
                N_(
                    "budget-funded (APBN/APBD) contributions get no PP 50/2025 discount "
                    "(PP 50/2025 Pasal 3 ayat (5))"
                ),
            )
        )
    return notes


def _build(f: _BpuFacts) -> dict[str, object]:
    """Shares, notes and the explainer of a non-wage-earner result (on first read)."""
    amounts = _amounts(f)
    if f.budget_funded:
        shares = {prog: Share(government=a) for prog, a in amounts.items()}
    else:
        shares = {prog: Share(worker=a) for prog, a in amounts.items()}
    return {
        "shares": MappingProxyType(shares),
        "notes": tuple(_notes(f, place(f.income, f.m.last_day, f.p))),
        "explainer": functools.partial(_explain, f),
    }


def _explain(f: _BpuFacts) -> Explanation:
    """The explanation of a non-wage-earner result, from the kernel's amounts."""
    m, t = f.m, f.t
    band = place(f.income, m.last_day, f.p)  # where the income sits
    notes = _notes(f, band)
    amounts = _amounts(f)
    relief = _relief(f)
    used = [band.use(), ParamUse.of("bpu.jkm.amount", t.uses["bpu.jkm.amount"])]
    if f.covid_applies:
        used.append(ParamUse.of("relief.covid.jkk_jkm_discount", t.uses["relief.covid.jkk_jkm_discount"]))
    if relief.value:
        name = "relief.bpu_transport.discount" if f.transport_worker else "relief.bpu_other.discount"
        used.append(ParamUse.of(name, relief))
    payer = "government (budget)" if f.budget_funded else "member"
    children = tuple(
        Explanation(f"{prog.code.upper()} ({payer})", f"{prog.code.upper()}", a)
        for prog, a in amounts.items()
    )
    return Explanation(
        f"Contributions of a non-wage earner (BPU), contribution month {m}",
        f"Iuran peserta bukan penerima upah (BPU), bulan iuran {m}",
        sum(amounts.values(), RP0),
        (
            ("income", f.income),
            ("band income", band.basis),
            ("month", str(m)),
            ("jht", f.jht),
            ("transport_worker", f.transport_worker),
            ("budget_funded", f.budget_funded),
            ("covid_relief_eligible", f.covid_relief_eligible),
        ),
        tuple(used),
        children,
        note="; ".join(notes) or None,
        note_id="; ".join(Note.coerce(n).text_id for n in notes) or None,
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
