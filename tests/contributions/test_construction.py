"""jamsos.contributions.construction: contribution tiers by contract value (the Penjelasan example)."""

from __future__ import annotations

from jamsos import (
    Month,
    contributions,
)

C = contributions


# --- construction -------------------------------------------------------------------------
def test_construction_tiers_penjelasan_example() -> None:
    """PP 44/2015 Penjelasan Pasal 54(2), 55(2): Rp180 jt → JKK 346,000, JKM 46,000."""
    c = C.construction_project(180_000_000, Month(2024, 1))
    assert (c.jkk.employer, c.jkm.employer) == (346_000, 46_000)


def test_construction_tiers_all_bands() -> None:
    """Rp1 M: JKK 210,000 + 680,000 + 650,000; JKM 30,000 + 80,000 + 100,000. Rp10 M adds 4 M × 0.11% etc."""
    c = C.construction_project(1_000_000_000, Month(2024, 1))
    assert (c.jkk.employer, c.jkm.employer) == (1_540_000, 210_000)
    big = C.construction_project(10_000_000_000, Month(2024, 1))
    assert big.jkk.employer == 1_540_000 + 4_400_000 + 4_500_000
    assert big.jkm.employer == 210_000 + 400_000 + 500_000
    assert C.construction_project(100_000_000, Month(2024, 1)).jkk.employer == 210_000
    covid = C.construction_project(180_000_000, Month(2020, 9))
    assert (covid.jkk.employer, covid.jkm.employer) == (3_460, 460)
