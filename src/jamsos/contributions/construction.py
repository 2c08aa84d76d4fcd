"""Contributions of construction projects: JKK and JKM by marginal tiers on the contract value (PP
44/2015 Pasal 54, 55).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType

from jamsos.contributions.rules import (
    ONE,
    ZERO,
    contribution_month,
    positive_amount,
    rate_value,
    round_rupiah,
)
from jamsos.domain import Program, Segment
from jamsos.explain import Explanation, ParamUse
from jamsos.i18n import translate_filled
from jamsos.money import Money, Rate, Rupiah
from jamsos.parameters import ParameterSet, current_law_option, resolve
from jamsos.periods import Month
from jamsos.provenance import recorded
from jamsos.results import Contributions, Share


# ---------------------------------------------------------------------------------------
# construction projects (Jakon)
# ---------------------------------------------------------------------------------------
@current_law_option
@recorded()
def construction_project(
    contract_value: Money,
    month: Month | str,
    *,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Contributions:
    """JKK and JKM of a construction project whose workers' wages are not known.

    Marginal tiers on the contract value (PP 44/2015 Pasal 54 ayat (2), 55 ayat (2)),
    paid by the employer (the contractor). ``month`` is the month the project is registered.

    >>> c = construction_project(180_000_000, Month(2024, 1))  # Penjelasan Pasal 54 ayat (2)
    >>> str(c.jkk.employer), str(c.jkm.employer)
    ('Rp346.000', 'Rp46.000')
    """
    value = positive_amount(contract_value, "contract_value")
    m = contribution_month(month)
    p = resolve(params)
    on = m.last_day
    jkk_t = p.value("construction.jkk.tiers", on)
    jkm_t = p.value("construction.jkm.tiers", on)
    covid = p.value("relief.covid.jkk_jkm_discount", on)
    factor = ONE - rate_value(covid)
    jkk_raw, jkk_lines = _tiers(value.amount, jkk_t.value)
    jkm_raw, jkm_lines = _tiers(value.amount, jkm_t.value)
    shares = {
        Program.JKK: Share(employer=round_rupiah(jkk_raw * factor)),
        Program.JKM: Share(employer=round_rupiah(jkm_raw * factor)),
    }

    def explain() -> Explanation:
        used: list[ParamUse] = []
        if rate_value(covid):
            used.append(ParamUse.of("relief.covid.jkk_jkm_discount", covid))
        return Explanation(
            f"Construction project contributions, month {m}",
            f"Iuran proyek jasa konstruksi, bulan {m}",
            shares[Program.JKK].total + shares[Program.JKM].total,
            (("contract_value", value),),
            tuple(used),
            (
                Explanation(
                    "JKK by marginal tiers",
                    "JKK per lapisan nilai kontrak",
                    shares[Program.JKK].employer,
                    (),
                    (ParamUse.of("construction.jkk.tiers", jkk_t),),
                    tuple(Explanation(t, translate_filled(t, "id"), a) for t, a in jkk_lines),
                ),
                Explanation(
                    "JKM by marginal tiers",
                    "JKM per lapisan nilai kontrak",
                    shares[Program.JKM].employer,
                    (),
                    (ParamUse.of("construction.jkm.tiers", jkm_t),),
                    tuple(Explanation(t, translate_filled(t, "id"), a) for t, a in jkm_lines),
                ),
            ),
        )

    return Contributions(
        month=m, segment=Segment.CONSTRUCTION, shares=MappingProxyType(shares), explainer=explain
    )


def _tiers(value: Decimal, tiers: Sequence[object]) -> tuple[Decimal, list[tuple[str, Rupiah]]]:
    acc = ZERO
    lines: list[tuple[str, Rupiah]] = []
    bounds = []
    for t in tiers:
        assert isinstance(t, Mapping)
        bounds.append((Decimal(t["over"]), Rate.percent(t["rate"])))
    for i, (low, rate) in enumerate(bounds):
        high = bounds[i + 1][0] if i + 1 < len(bounds) else None
        if value <= low:
            break
        part = (value if high is None or value < high else high) - low
        amt = part * rate.value
        acc += amt
        lines.append(
            (f"{rate} × {Rupiah.unchecked(part)} above {Rupiah.unchecked(low)}", Rupiah.unchecked(amt))
        )
    return acc, lines
