"""Bulk benefits: every row equals the scalar benefit function; bad rows are reported, not lost."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import BatchError, InvalidInputError, batch, jkk, jkm, jkp


def test_jkm_rows_equal_the_scalar_award() -> None:
    """JKM death benefit by death date: PP 44/2015 before 2019-12-02, PP 82/2019 from it (Pasal 34)."""
    rows = [
        {"worker_id": 1, "died_on": "2019-12-01"},
        {"worker_id": 2, "died_on": "2019-12-02"},
        {"worker_id": 3, "died_on": "2019-12-01", "contribution_months": 70},
    ]
    out = batch.benefits(rows, kind="jkm_death")
    assert [r["benefit_total"] for r in out] == [24_000_000, 42_000_000, 36_000_000]
    scalar = jkm.death_benefit(died_on=dt.date(2019, 12, 1), contribution_months=70)
    assert out[2]["benefit_total"] == int(scalar.total)


def test_jkk_death_and_jkp_cash_tables() -> None:
    """48 × wage + periodic + funeral (PP 82/2019); JKP 60% × min(wage, 5 jt) × 6 (PP 6/2025 Pasal 21)."""
    pd = pytest.importorskip("pandas")
    out = batch.benefits([{"worker_id": 1, "wage": 3_131_321, "on": "2023-05-01"}], kind="jkk_death")
    assert out[0]["benefit_total"] == 150_303_408 + 12_000_000 + 10_000_000
    scalar = jkk.death_benefit(wage=3_131_321, on=dt.date(2023, 5, 1))
    assert out[0]["benefit_total"] == int(scalar.total)
    df = pd.DataFrame(
        {"worker_id": [1, 2], "wage": [6_000_000, 4_000_000], "terminated_on": ["2025-03-01", "2025-03-01"]}
    )
    res = batch.benefits(df, kind="jkp_cash")
    expected = [
        int(jkp.cash_benefit(wage=w, terminated_on=dt.date(2025, 3, 1)).total) for w in (6_000_000, 4_000_000)
    ]
    assert list(res["benefit_total"]) == expected == [18_000_000, 14_400_000]
    assert list(res["benefit_payments"]) == [6, 6]


def test_bad_rows_are_collected_or_raised() -> None:
    """A bad row is never dropped silently: collected with its reason, or one BatchError."""
    rows = [{"worker_id": 1, "died_on": "2025-05-10"}, {"worker_id": 2, "died_on": "2014-01-01"}]
    good, bad = batch.benefits(rows, kind="jkm_death", errors="collect")
    assert len(good) + len(bad) == 2 and bad[0]["index"] == 1
    with pytest.raises(BatchError):
        batch.benefits(rows, kind="jkm_death")
    with pytest.raises(InvalidInputError, match="jkp_cash"):
        batch.benefits(rows, kind="pension_plan")
