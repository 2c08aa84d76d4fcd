"""Contributions of non-wage earners (BPU, bukan penerima upah): JKK and JKM on a declared income,
optional JHT (PP 44/2015 Pasal 20; PP 46/2015 Pasal 18).
"""

from __future__ import annotations

from types import MappingProxyType

from jamsos.contributions.rules import (
    ONE,
    RP0,
    ZERO,
    boolean_arg,
    bpu_rules,
    contribution_month,
    positive_amount,
    rate_value,
    round_rupiah,
)
from jamsos.domain import Program, Segment
from jamsos.errors import (
    InvalidInputError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.money import Money
from jamsos.parameters import ParameterSet, resolve
from jamsos.periods import Month
from jamsos.results import Contributions, Share


# ---------------------------------------------------------------------------------------
# non-wage earners (BPU)
# ---------------------------------------------------------------------------------------
def non_wage_earner(
    income: Money,
    month: Month | str,
    *,
    jht: bool = False,
    transport_worker: bool = False,
    budget_funded: bool = False,
    params: ParameterSet | None = None,
) -> Contributions:
    """Contributions of a non-wage earner (BPU) for one contribution month.

    JKK is 1% of the declared income (PP 44/2015 Pasal 20 and Lampiran II), JKM a flat
    amount (Pasal 20 ayat (3)), JHT optional at 2% (PP 46/2015 Pasal 18). The member pays
    (``worker``); with ``budget_funded=True`` a state or regional budget (APBN/APBD) pays
    (``government``) and the PP 50/2025 discount does not apply (PP 50/2025 Pasal 3 ayat (5)).

    Reliefs: PP 49/2020 (99% off JKK and JKM, August 2020 to January 2021); PP 50/2025
    (50% off JKK and JKM; transport workers January 2026 to March 2027, other BPU April to
    December 2026). JHT is never discounted.

    >>> c = non_wage_earner(1_000_000, Month(2025, 6))
    >>> str(c.jkk.worker), str(c.jkm.worker), str(c.total)
    ('Rp10.000', 'Rp6.800', 'Rp16.800')
    >>> str(non_wage_earner(1_000_000, Month(2026, 1), transport_worker=True).total)
    'Rp8.400'
    """
    amount = positive_amount(income, "income")
    m = contribution_month(month)
    jht = boolean_arg(jht, "jht")
    transport_worker = boolean_arg(transport_worker, "transport_worker")
    budget_funded = boolean_arg(budget_funded, "budget_funded")
    p = resolve(params)
    r = bpu_rules(p, m)
    minimum = r["min_income"]
    if amount < minimum.value:
        raise InvalidInputError(
            f"declared income {amount} is below the lowest income a BPU member can declare, "
            f"{minimum.value} ({minimum.cite()})"
        )
    covid = rate_value(r["covid"])
    relief = r["transport"] if transport_worker else r["other"]
    discount = ZERO if budget_funded else rate_value(relief)
    factor = (ONE - covid) * (ONE - discount)
    income_d = amount.amount
    jkk = round_rupiah(income_d * rate_value(r["jkk"]) * factor)
    jkm = round_rupiah(r["jkm"].value.amount * factor)
    amounts = {Program.JKK: jkk, Program.JKM: jkm}
    if jht:
        amounts[Program.JHT] = round_rupiah(income_d * rate_value(r["jht"]))
    if budget_funded:
        shares = {prog: Share(government=a) for prog, a in amounts.items()}
    else:
        shares = {prog: Share(worker=a) for prog, a in amounts.items()}
    notes = []
    if discount:
        notes.append(f"PP 50/2025 discount of {relief.value} on JKK and JKM ({relief.cite()})")
    elif budget_funded and rate_value(relief):
        notes.append(
            "budget-funded (APBN/APBD) contributions get no PP 50/2025 discount (PP 50/2025 Pasal 3 ayat (5))"
        )

    def explain() -> Explanation:
        used = [
            ParamUse.of(k, r[k2])
            for k, k2 in (
                ("bpu.min_income", "min_income"),
                ("bpu.jkk.rate", "jkk"),
                ("bpu.jkm.amount", "jkm"),
            )
        ]
        if jht:
            used.append(ParamUse.of("bpu.jht.rate", r["jht"]))
        if covid:
            used.append(ParamUse.of("relief.covid.jkk_jkm_discount", r["covid"]))
        if rate_value(relief):
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
                ("month", str(m)),
                ("jht", jht),
                ("transport_worker", transport_worker),
                ("budget_funded", budget_funded),
            ),
            tuple(used),
            children,
            note="; ".join(notes) or None,
        )

    return Contributions(
        month=m,
        segment=Segment.NON_WAGE_EARNER,
        shares=MappingProxyType(shares),
        notes=tuple(notes),
        explainer=explain,
    )


def bpu_basis(program: Program) -> tuple[str, ...]:
    return {
        Program.JKK: ("PP 44/2015 Pasal 20 ayat (1)", "PP 44/2015 Lampiran II"),
        Program.JKM: ("PP 44/2015 Pasal 20 ayat (3)",),
        Program.JHT: ("PP 46/2015 Pasal 18",),
    }.get(program, ())
