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
