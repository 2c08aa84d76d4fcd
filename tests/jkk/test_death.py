"""jamsos.jkk.death: the JKK death benefit, hand-computed from PP 44/2015 and PP 82/2019 Pasal 25."""

from __future__ import annotations

import datetime as dt

from jamsos import Rupiah, jkk
from jamsos.scholarship import Child

PP44_LAST = dt.date(2019, 12, 1)


PP82_FIRST = dt.date(2019, 12, 2)


ON = dt.date(2025, 5, 10)


def amounts(award: object) -> dict[str, int]:
    return {c.name: int(c.amount) for c in award.components}  # type: ignore[attr-defined]


def test_death_pp44_pak_asep() -> None:
    """PP 44/2015 Lampiran III (as reported, rules note §9 example 2): wage Rp4 jt."""
    a = jkk.death_benefit(wage=4_000_000, on=dt.date(2019, 11, 4))
    assert amounts(a) == {
        "death benefit": 192_000_000,
        "periodic benefit": 4_800_000,
        "funeral": 3_000_000,
        "scholarship": 12_000_000,
    }
    assert a.total == Rupiah(211_800_000)


def test_death_pp82_security_guard() -> None:
    """PP 82/2019 Lampiran III (rules note §9 example 3): 150.303.408 + 12 + 10 + 69 jt."""
    a = jkk.death_benefit(wage=3_131_321, on=dt.date(2023, 3, 1), children=[Child("SMA")])
    assert a.component("death benefit").amount == Rupiah(150_303_408)
    assert a.total == Rupiah(241_303_408)
    assert sum((x for _, x in a.payments), Rupiah(0)) == a.total


def test_death_bpu_lowest_band() -> None:
    """BPU with declared income Rp1 jt (rules note §9 example 5): Rp70 jt."""
    a = jkk.death_benefit(wage=1_000_000, on=dt.date(2023, 4, 1), segment="BPU")
    assert a.total == Rupiah(70_000_000)
    assert any("declared" in n for n in a.notes)


def test_death_minimum() -> None:
    """48 x wage below Rp20 jt (PP 82) / Rp16,2 jt (PP 44, unconfirmed) pays the minimum."""
    assert jkk.death_benefit(wage=400_000, on=ON).component("death benefit").amount == Rupiah(20_000_000)
    assert jkk.death_benefit(wage=416_667, on=ON).component("death benefit").amount == Rupiah(20_000_016)
    old = jkk.death_benefit(wage=300_000, on=PP44_LAST, children=[])
    assert old.component("death benefit").amount == Rupiah(16_200_000)
    assert old.details["minimum_applied"] is True


def test_death_regime_boundary() -> None:
    before = amounts(jkk.death_benefit(wage=5_000_000, on=PP44_LAST, children=[]))
    after = amounts(jkk.death_benefit(wage=5_000_000, on=PP82_FIRST))
    assert before == {"death benefit": 240_000_000, "periodic benefit": 4_800_000, "funeral": 3_000_000}
    assert after == {"death benefit": 240_000_000, "periodic benefit": 12_000_000, "funeral": 10_000_000}
