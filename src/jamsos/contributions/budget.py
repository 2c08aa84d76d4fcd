"""The cost of a regional budget (APBD) covering N non-wage-earner workers, month by month."""

from __future__ import annotations

from types import MappingProxyType

from jamsos import validate
from jamsos.contributions.non_wage_earner import bpu_basis, non_wage_earner
from jamsos.contributions.rules import RP0, contribution_month
from jamsos.domain import Program
from jamsos.errors import (
    InvalidDateError,
    MoneyTypeError,
)
from jamsos.explain import Explanation
from jamsos.i18n import N_
from jamsos.money import Money, Rupiah
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Award, Component, Contributions


# ---------------------------------------------------------------------------------------
# programme budget: a district covering N BPU workers
# ---------------------------------------------------------------------------------------
@current_law_option
@recorded()
def programme_budget(
    *,
    workers: int,
    income: Money,
    first_month: Month | str,
    last_month: Month | str,
    jht: bool = False,
    transport_worker: bool = False,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Award:
    """Cost of a regional budget covering ``workers`` BPU workers, month by month.

    The everyday job of a district social or manpower office (Dinas Sosial, Disnaker):
    pay JKK and JKM (and optionally JHT) for vulnerable workers (*pekerja rentan*) at a
    declared income for a span of contribution months. Every date-dependent rule applies
    month by month; budget-funded contributions get no PP 50/2025 discount.

    ``.payments`` holds ``(Month, Rupiah)`` per contribution month, ``.total`` the budget,
    ``.components`` the total per program.

    >>> b = programme_budget(workers=100, income=1_000_000, first_month="2025-01",
    ...                      last_month="2025-12")
    >>> str(b.total), str(b.payments[0][1])
    ('Rp20.160.000', 'Rp1.680.000')
    """
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise MoneyTypeError(N_("workers must be a whole number, got {workers!r}"), workers=workers)
    # at most validate.MAX_COUNT: 10**60 + 1 workers would lose exactness (issue 11)
    workers = validate.count(workers, "workers", minimum=1)
    first, last = contribution_month(first_month), contribution_month(last_month)
    if last < first:
        raise InvalidDateError(
            N_("last_month {last} is before first_month {first}"),
            field="last_month",
            last=last,
            first=first,
        )
    per_program: dict[Program, Rupiah] = {}
    payments: list[tuple[Month, Rupiah]] = []
    monthly: list[Contributions] = []
    for m in Month.range(first, last):
        c = non_wage_earner(
            income, m, jht=jht, transport_worker=transport_worker, budget_funded=True, params=params
        )
        monthly.append(c)
        payments.append((m, c.total * workers))
        for prog in c.programs:
            per_program[prog] = per_program.get(prog, RP0) + c[prog].total * workers
    p = resolve(params)
    components = tuple(
        Component(f"{prog.code}", amt, bpu_basis(prog, first, p)) for prog, amt in per_program.items()
    )
    n_months = len(payments)

    def explain() -> Explanation:
        children = tuple(
            Explanation(
                f"{m}: {workers} × {c.total}", f"{m}: {workers} × {c.total}", amt, children=(c.explain(),)
            )
            for (m, amt), c in zip(payments, monthly, strict=True)
        )
        return Explanation(
            "Programme budget: BPU contributions paid from a regional budget",
            "Anggaran program: iuran BPU yang dibayar APBD",
            sum((a for _, a in payments), RP0),
            (
                ("workers", workers),
                ("income", Rupiah.of(income)),
                ("first_month", str(first)),
                ("last_month", str(last)),
                ("months", n_months),
                ("jht", jht),
            ),
            (),
            children,
        )

    return Award(
        kind="programme_budget",
        components=components,
        payments=tuple(payments),
        details=MappingProxyType(
            {"workers": workers, "months": n_months, "first_month": first, "last_month": last}
        ),
        explainer=explain,
    )
