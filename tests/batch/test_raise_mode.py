"""Raise mode holds the first bad rows and a count, never every failure (issue 11 item 4):
memory stays flat whatever the number of bad rows; ``errors="collect"`` still returns each one."""

from __future__ import annotations

import random

import pytest

from jamsos import batch, programmes
from jamsos.batch.outcome import Failures
from jamsos.errors import BatchError, InvalidInputError

BAD_ROWS = 3_000


def _payroll(n: int) -> list[dict[str, object]]:
    """Every other row has a negative wage (refused); generated, not stored."""
    return [
        {"worker_id": i, "month": "2025-06", "wage": "-5" if i % 2 else 5_000_000, "risk_class": 1}
        for i in range(2 * n)
    ]


def test_failures_keep_the_first_rows_whatever_the_order_found() -> None:
    rows = list(range(100_000))
    random.Random(11).shuffle(rows)  # the vectorized and scalar paths find rows in any order
    kept = Failures("raise")
    for i in rows:
        kept[i] = InvalidInputError("row {i} is bad", i=i)
    assert len(kept) == 100_000 and sorted(kept) == list(range(batch.RAISE_KEEPS))
    assert batch.RAISE_KEEPS == 20
    every = Failures("collect")
    for i in rows[:1_000]:
        every[i] = InvalidInputError("bad")
    assert len(every) == 1_000 and sorted(every) == sorted(rows[:1_000])


@pytest.mark.parametrize("kind", ["records", "pandas"])
def test_raise_mode_lists_the_first_rows_and_counts_the_rest(kind: str) -> None:
    table: object = _payroll(BAD_ROWS)
    if kind == "pandas":
        pd = pytest.importorskip("pandas")
        table = pd.DataFrame(table)
    with pytest.raises(BatchError) as caught:
        batch.contributions(table)
    exc = caught.value
    assert exc.rejected == BAD_ROWS and exc.params["n"] == BAD_ROWS
    assert [i for i, _ in exc.errors] == list(range(1, 40, 2))  # the first 20 bad rows, in order
    assert exc.errors[0] == (1, "wage must be more than Rp0, got -Rp5")
    assert str(exc).startswith(
        f"{BAD_ROWS} of {2 * BAD_ROWS} rows could not be computed; first: row 1 (worker 1)"
    )
    assert "lists the first 20" in str(exc) and "memuat 20 (indeks, alasan) yang pertama" in exc.message("id")


def test_collect_mode_still_returns_every_rejected_row() -> None:
    good, bad = batch.contributions(_payroll(BAD_ROWS), errors="collect")
    assert len(good) == BAD_ROWS and len(bad) == BAD_ROWS
    assert [r["index"] for r in bad] == list(range(1, 2 * BAD_ROWS, 2))


def test_benefits_and_pension_raise_the_same_way() -> None:
    deaths = [{"worker_id": i, "died_on": "2025-05-10" if i % 2 else "1999-01-01"} for i in range(100)]
    with pytest.raises(BatchError) as caught:
        batch.benefits(deaths, kind="jkm_death")
    assert caught.value.rejected == 50 and len(caught.value.errors) == 20
    births = [{"worker_id": i, "birth_date": "1965-07-16" if i % 2 else "16-07-1965"} for i in range(100)]
    with pytest.raises(BatchError) as caught:
        batch.pension(births)
    assert caught.value.rejected == 50 and [i for i, _ in caught.value.errors] == list(range(0, 40, 2))


def test_a_roster_raises_the_first_rows_and_the_count() -> None:
    rows = [{"NIK": "123", "Nama": "Siti", "Desa": "Sukamaju", "Kecamatan": "Cibinong"} for _ in range(60)]
    with pytest.raises(BatchError) as caught:
        programmes.roster(rows, first_month="2026-01", last_month="2026-03", errors="raise")
    exc = caught.value
    assert exc.rejected == 60 and [r for r, _ in exc.errors] == list(range(1, 21))
