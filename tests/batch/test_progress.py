"""``batch.benefits(..., progress=)``: a callback or a tqdm bar, never a change in the result."""

from __future__ import annotations

import pytest

from jamsos import batch
from jamsos.errors import InvalidInputError, MissingDependencyError
from jamsos.progress import reporter

ROWS = [{"worker_id": i, "died_on": "2025-05-10"} for i in range(250)]


def test_callback_sees_the_rows_done_and_the_end() -> None:
    seen: list[tuple[int, int]] = []
    out = batch.benefits(ROWS, kind="jkm_death", progress=lambda done, total: seen.append((done, total)))
    assert [r["benefit_total"] for r in out] == [42_000_000] * 250
    assert seen[-1] == (250, 250)
    assert all(t == 250 for _, t in seen)
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert len(seen) <= 101


def test_the_result_is_the_same_with_and_without_progress() -> None:
    assert batch.benefits(ROWS, kind="jkm_death", progress=lambda d, t: None) == batch.benefits(
        ROWS, kind="jkm_death"
    )


def test_tqdm_bar_counts_every_row(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    batch.benefits(ROWS[:20], kind="jkm_death", progress="tqdm")
    err = capsys.readouterr().err
    assert "20/20" in err


def test_a_bad_progress_value_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="progress must be None, a callable"):
        batch.benefits(ROWS[:1], kind="jkm_death", progress="bar")


def test_an_empty_table_reports_nothing_twice() -> None:
    seen: list[tuple[int, int]] = []
    tick = reporter(lambda d, t: seen.append((d, t)), 0)
    tick.close()
    assert seen == []


def test_missing_tqdm_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with pytest.raises(MissingDependencyError, match=r"jamsos\[progress\]"):
        reporter("tqdm", 10)


# -- batch.contributions: per vectorized chunk, then the rows the scalar API computes ---------
def _payroll() -> list[dict[str, object]]:
    pu = [{"worker_id": i, "month": "2025-06", "wage": 8_000_000, "risk_class": 1} for i in range(20)]
    bpu = [{"worker_id": 100 + i, "month": "2025-06", "wage": 1_000_000, "segment": "BPU"} for i in range(5)]
    # a programs value sends a row to the scalar API; a negative wage is an error row
    slow = [{"worker_id": 200, "month": "2025-06", "wage": 8_000_000, "risk_class": 1, "programs": "jkk,jkm"}]
    bad = [{"worker_id": 300, "month": "2025-06", "wage": -5, "risk_class": 1}]
    return pu + bpu + slow + bad


def test_contributions_report_each_chunk_and_each_scalar_row(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    module = sys.modules["jamsos.batch.contributions"]  # the package exports the function under this name
    monkeypatch.setattr(module, "_CHUNK", 8)  # 20 wage-earner rows: chunks of 8, 8 and 4
    seen: list[tuple[int, int]] = []
    good, bad = batch.contributions(
        _payroll(), errors="collect", progress=lambda done, total: seen.append((done, total))
    )
    # PU chunks (8, 16, 20), the 5 BPU rows at once (25), then the 2 scalar rows one by one
    assert seen == [(8, 27), (16, 27), (20, 27), (25, 27), (26, 27), (27, 27)]
    assert len(good) == 26 and [r["worker_id"] for r in bad] == [300]
    # 8.000.000 at risk class 1 in June 2025: Rp750.200 (README); jkk+jkm only: 19.200 + 24.000
    assert good[0]["total"] == 750_200 and good[25]["total"] == 43_200


def test_contributions_are_the_same_with_and_without_progress() -> None:
    rows = _payroll()[:-1]
    assert batch.contributions(rows, progress=lambda d, t: None) == batch.contributions(rows)


def test_contributions_tqdm_bar(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    pytest.importorskip("numpy")
    batch.contributions(_payroll()[:-1], progress="tqdm")
    assert "26/26" in capsys.readouterr().err


def test_pension_reports_every_row() -> None:
    rows = [{"worker_id": i, "birth_date": f"19{60 + i % 30}-07-16"} for i in range(300)]
    seen: list[tuple[int, int]] = []
    out = batch.pension(rows, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (300, 300) and len(seen) <= 101
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    # born 1960-07-16: the pension age in force in 2016 is 56 (PP 45/2015 Pasal 15; 57 from 2019)
    assert out[0]["pension_date"].isoformat() == "2016-07-16" and out[0]["pension_age"] == 56
