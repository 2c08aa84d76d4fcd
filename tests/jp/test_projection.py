"""jamsos.jp.projection: a pension projected from an assumed wage path."""

from __future__ import annotations

import datetime as dt

from jamsos import ContributionHistory, Month, Rupiah, jp
from jamsos.parameters import official

D = dt.date


# -- projection ----------------------------------------------------------------------------------------
def test_projection_zero_growth_equals_hand_formula() -> None:
    """0% growth and inflation: 1% x (sum of capped wages) / 12 (Pasal 17 ayat (2), Pasal 29).

    Caps below 8,000,000: 8 x 7,000,000 + 12 x 7,335,300 + 12 x 7,703,500, then 240 x 8,000,000:
    2,156,465,600 x 1% / 12 = 1,797,054.67 -> 1,797,055.
    """
    h = ContributionHistory.constant(8_000_000, Month(2015, 7), Month(2025, 12))
    p = official().override("jp.inflation", D(2015, 1, 1), "0")
    a = jp.project(h, birth_date=D(1975, 3, 10), wage_growth="0", inflation="0", params=p)
    assert a.details["masa_iur"] == 272
    assert a.monthly == Rupiah(1_797_055)
    assert "projection" in a.notes[0]
    assert "kenaikan upah" in str(a.explain())  # the input name, in the reader's language
