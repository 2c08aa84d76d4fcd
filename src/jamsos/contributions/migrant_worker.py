"""Contributions of Indonesian migrant workers (PMI, pekerja migran Indonesia): JKK and JKM packages
and optional JHT (Permenaker 18/2018, then Permenaker 4/2023).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Final

from jamsos import validate
from jamsos.contributions.rules import RP0, boolean_arg
from jamsos.domain import Program, Segment
from jamsos.errors import (
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import N_, translate_filled
from jamsos.money import Money, Rupiah
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Contributions, Note, Share

#: Package names (catalog templates: the values in a name become {0}, {1}...).
_INPUT_NAMES: Final = (
    N_("{0}-month package"),
    N_("{0}-month package + {1} extra month(s) × {2}"),
)


# ---------------------------------------------------------------------------------------
# migrant workers (PMI)
# ---------------------------------------------------------------------------------------
@current_law_option
@recorded()
def migrant_worker(
    *,
    on: dt.date,
    contract_months: int,
    pre_placement: bool = True,
    jht: Money | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Contributions:
    """Contributions of a migrant worker (PMI): JKK+JKM packages and optional JHT.

    ``on`` is the registration (payment) date and selects the regulation: Permenaker
    18/2018, then Permenaker 4/2023 from 2023-02-22. The package price covers JKK and JKM
    together; it is shown in the JKK share (``c.jkk``), with JKM at zero, and paid by the
    worker. ``jht`` is the monthly JHT amount chosen, or ``None``.

    Package choice (Permenaker 4/2023 Pasal 18): the cheapest of the smallest package that
    covers the contract, and a shorter package plus Rp13.500 for each extra month (Pasal 18
    ayat (3)). A 9-month contract costs min(Rp189.000, Rp108.000 + 3 × Rp13.500) =
    Rp148.500. This reading is documented in ``docs/known-gaps.md``.

    >>> c = migrant_worker(on=dt.date(2024, 5, 1), contract_months=24)
    >>> str(c.total)
    'Rp370.000'
    >>> str(migrant_worker(on=dt.date(2024, 5, 1), contract_months=30).total)
    'Rp451.000'
    """
    day = validate.date(on, "on")
    if isinstance(contract_months, bool) or not isinstance(contract_months, int):
        raise MoneyTypeError(
            N_("contract_months must be a whole number, got {contract_months!r}"),
            contract_months=contract_months,
        )
    pre_placement = boolean_arg(pre_placement, "pre_placement")
    p = resolve(params)
    try:
        pre = p.value("pmi.pre_placement", day)
    except NotCoveredError:
        first = p.history("pmi.pre_placement")[0]
        if day >= first.since:
            raise  # past the data's horizon, not before the rules (issue 11): say that
        raise NotCoveredError(
            N_("no PMI contribution rules before {first_since} ({basis}) in jamsos's data; asked for {day}"),
            first_since=first.since,
            basis=first.cite(),
            day=day,
        ) from None
    packages = p.value("pmi.packages", day)
    extra = p.value("pmi.extra_month", day)
    longest = p.value("pmi.max_contract_months", day)
    if not 1 <= contract_months <= longest.value:
        raise InvalidInputError(
            N_("contract_months must be between 1 and {longest} under {basis}, got {contract_months}"),
            longest=longest.value,
            basis=packages.cite(),
            contract_months=contract_months,
        )
    price, how = _pmi_price(contract_months, packages.value, extra.value.amount)
    package = Rupiah.unchecked(price)
    jkk_jkm = package + (pre.value if pre_placement else RP0)
    shares: dict[Program, Share] = {Program.JKK: Share(worker=jkk_jkm)}
    if jht is not None:
        choice = Rupiah.of(jht, "jht")
        choices = p.value("pmi.jht_choices", day)
        allowed = [Rupiah.of(x) for x in choices.value]
        if choice not in allowed:
            raise InvalidInputError(
                N_("PMI JHT amount {amount} is not one of the amounts of {basis}: {accepted}"),
                field="jht",
                amount=choice,
                basis=choices.cite(),
                accepted=", ".join(str(a) for a in allowed),
            )
        shares[Program.JHT] = Share(worker=choice)
    notes = (
        Note("pmi.package_under_jkk", "the PMI package covers JKK and JKM together; it is shown under JKK"),
    )

    def explain() -> Explanation:
        used = [ParamUse.of("pmi.packages", packages), ParamUse.of("pmi.extra_month", extra)]
        if pre_placement:
            used.insert(0, ParamUse.of("pmi.pre_placement", pre))
        return Explanation(
            f"Contributions of a migrant worker (PMI), registered {day.isoformat()}",
            f"Iuran pekerja migran Indonesia (PMI), terdaftar {day.isoformat()}",
            sum((s.total for s in shares.values()), RP0),
            (
                ("contract_months", contract_months),
                ("pre_placement", pre_placement),
                ("jht", Rupiah.of(jht) if jht is not None else None),
            ),
            tuple(used),
            (
                Explanation(
                    f"placement package: {how}",
                    f"paket masa penempatan: {translate_filled(how, 'id')}",
                    package,
                ),
            ),
            note=notes[0],
            note_id=notes[0].text_id,
        )

    return Contributions(
        month=Month.of(day),
        segment=Segment.MIGRANT_WORKER,
        shares=MappingProxyType(shares),
        notes=notes,
        explainer=explain,
    )


def _pmi_price(months: int, packages: Sequence[object], extra: Decimal) -> tuple[Decimal, str]:
    options: list[tuple[Decimal, str]] = []
    for pkg in packages:
        assert isinstance(pkg, Mapping)
        length, amount = int(pkg["months"]), Decimal(pkg["amount"])
        if length >= months:
            options.append((amount, f"{length}-month package"))
        elif extra > 0:
            more = months - length
            options.append(
                (amount + extra * more, f"{length}-month package + {more} extra month(s) × {extra}")
            )
    if not options:
        raise InvalidInputError(N_("no PMI package covers a {months}-month contract"), months=months)
    return min(options, key=lambda o: o[0])
