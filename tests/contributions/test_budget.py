"""jamsos.contributions.budget: a regional programme's budget month by month."""

from __future__ import annotations

import pytest

from jamsos import (
    InvalidDateError,
    InvalidInputError,
    Rupiah,
    contributions,
)

C = contributions


def test_programme_budget_month_by_month() -> None:
    """100 workers × Rp16,800 × 12 months = Rp20,160,000; budget-funded: no PP 50/2025 discount."""
    b = C.programme_budget(workers=100, income=1_000_000, first_month="2026-01", last_month="2026-12")
    assert b.total == 20_160_000
    assert len(b.payments) == 12 and all(a == 1_680_000 for _, a in b.payments)
    assert b.component("jkk").amount == 12_000_000 and b.component("jkm").amount == 8_160_000
    covid = C.programme_budget(workers=10, income=1_000_000, first_month="2020-07", last_month="2020-08")
    assert [a for _, a in covid.payments] == [Rupiah(168_000), Rupiah(1_680)]
    with pytest.raises(InvalidInputError):
        C.programme_budget(workers=0, income=1_000_000, first_month="2026-01", last_month="2026-02")
    with pytest.raises(InvalidDateError):
        C.programme_budget(workers=1, income=1_000_000, first_month="2026-03", last_month="2026-02")
