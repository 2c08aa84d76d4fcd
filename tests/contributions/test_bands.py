"""BPU contributions by income band (PP 44/2015 Pasal 20 + Lampiran II; PP 46/2015 Pasal 18;
PP 50/2025 Pasal 4 ayat (2) huruf a), and lowest_income."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import InvalidInputError, Month, NotCoveredError, batch, contributions
from jamsos.money import Rupiah

C = contributions

JUNE = Month(2025, 6)


@pytest.mark.parametrize(
    ("income", "jkk", "jht", "note"),
    [
        (1, 10_000, 20_000, "placed in the lowest band, Rp1.000.000"),
        (999_999, 10_000, 20_000, "placed in the lowest band"),
        (1_000_000, 10_000, 20_000, None),
        (1_000_050, 10_001, 20_001, None),  # 1% = 10.000,5 -> half up; 2% = 20.001
        (3_456_789, 34_568, 69_136, None),
        (20_699_999, 207_000, 414_000, None),  # 1% = 206.999,99 -> 207.000
        (20_700_000, 207_000, 414_000, None),
        (20_700_001, 207_000, 414_000, "capped at the highest band, Rp20.700.000"),
        (100_000_000, 207_000, 414_000, "capped at the highest band"),
    ],
)
def test_band_amounts(income: int, jkk: int, jht: int, note: str | None) -> None:
    c = C.non_wage_earner(income, JUNE, jht=True)
    assert (c.jkk.worker, c.jkm.worker, c.jht.worker) == (jkk, 6_800, jht)
    if note is None:
        assert not any("band" in n for n in c.notes)
    else:
        assert any(note in n for n in c.notes)


def test_pp_50_2025_halves_the_band_jkk_but_not_jht() -> None:
    """Other BPU, April 2026: 50% off JKK (Rp207.000 -> Rp103.500) and JKM; JHT full."""
    c = C.non_wage_earner(50_000_000, Month(2026, 4), jht=True)
    assert (c.jkk.worker, c.jkm.worker, c.jht.worker) == (103_500, 3_400, 414_000)
    before = C.non_wage_earner(50_000_000, Month(2026, 3), jht=True)
    assert before.jkk.worker == 207_000


def test_budget_funded_band() -> None:
    c = C.non_wage_earner(500_000, Month(2026, 4), budget_funded=True)
    assert (c.jkk.government, c.jkm.government, c.worker) == (10_000, 6_800, 0)


def test_explanation_names_the_band_and_marks_it_unconfirmed() -> None:
    e = C.non_wage_earner(30_000_000, JUNE, jht=True).explain()
    (band,) = [u for u in e.parameters if u.name == "bpu.income_band"]
    assert band.value == "Rp20.700.000: JKK Rp207.000, JHT Rp414.000"
    assert "bpu.income_band" in [u.name for u in e.unconfirmed()]
    assert ("band income", Rupiah(20_700_000)) in e.inputs


def test_batch_agrees_with_the_scalar_api_at_band_edges() -> None:
    incomes = [1, 999_999, 1_000_000, 5_000_000, 20_699_999, 20_700_000, 20_700_001, 10**9]
    rows = [{"month": "2025-06", "wage": w, "segment": "BPU", "jht": True} for w in incomes]
    out = batch.contributions(rows)
    for row, income in zip(out, incomes, strict=True):
        c = C.non_wage_earner(income, JUNE, jht=True)
        assert (row["jkk_worker"], row["jht_worker"], row["total"]) == (c.jkk.worker, c.jht.worker, c.total)


def test_lowest_income_day_before_and_day_of() -> None:
    assert C.lowest_income(Month(2015, 7)) == Rupiah(1_000_000)
    assert C.lowest_income("2026-04") == Rupiah(1_000_000)
    with pytest.raises(NotCoveredError):
        C.lowest_income(Month(2015, 6))


def test_programme_budget_cites_the_band_table() -> None:
    b = C.programme_budget(workers=1, income=1_000_000, first_month="2025-01", last_month="2025-01", jht=True)
    assert b.component("jkk").basis == ("PP 44/2015 Lampiran II",)
    assert b.component("jkm").basis == ("PP 44/2015 Pasal 20 ayat (3)",)


def test_zero_income_is_still_refused() -> None:
    with pytest.raises(InvalidInputError, match="more than Rp0"):
        C.non_wage_earner(0, JUNE)


def test_bpu_jht_balance_uses_the_band() -> None:
    from jamsos import jht
    from jamsos.domain import ContributionHistory, ContributionRecord
    from jamsos.money import Rate

    history = ContributionHistory((ContributionRecord(Month(2025, 1), 50_000_000),))
    b = jht.balance(history, until=dt.date(2025, 1, 31), segment="BPU", rates={2025: Rate.percent("5")})
    assert b.component("contributions").amount == Rupiah(414_000)  # the highest band's JHT
