"""batch.contributions(columns=...) and aggregation per partition (issue 10 item 5)."""

from __future__ import annotations

import pytest

from jamsos import batch, synthetic
from jamsos.errors import InvalidInputError

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

AMOUNTS = ["month", "jkk_employer", "jkm_employer", "jht_employer", "jht_worker", "jp_employer", "jp_worker"]


@pytest.mark.parametrize("kind", ["pandas", "arrow", "records"])
def test_columns_gives_exactly_the_asked_columns_in_order(kind: str) -> None:
    table = synthetic.worker_months(60, seed=3, bpu_share=25, kind=kind)
    full = batch.contributions(table)
    out = batch.contributions(table, columns=["total", "worker_id", "jp_worker", "month"])
    if kind == "pandas":
        assert list(out.columns) == ["total", "worker_id", "jp_worker", "month"]
        assert out["total"].tolist() == full["total"].tolist()
        assert out.index.equals(full.index)
    elif kind == "arrow":
        assert out.column_names == ["total", "worker_id", "jp_worker", "month"]
        assert out.column("jp_worker").to_pylist() == full.column("jp_worker").to_pylist()
    else:
        assert [list(r) for r in out[:1]] == [["total", "worker_id", "jp_worker", "month"]]
        assert [r["total"] for r in out] == [r["total"] for r in full]


def test_columns_with_collected_errors_keeps_the_errors_table() -> None:
    rows = [{"month": "2025-06", "wage": 5_000_000, "risk_class": 1}, {"month": "2025-06", "wage": -1}]
    good, bad = batch.contributions(rows, columns=["total"], errors="collect")
    assert good == [{"total": 473_000}]  # (0.24+0.30+3.7+2+2+1)% of 5 jt = 462.000, JKP 0.22% = 11.000
    assert [e["index"] for e in bad] == [1]


@pytest.mark.parametrize(
    "columns",
    [["nope"], "total", [], ["total", "total"], [3]],
    ids=["unknown", "str", "empty", "twice", "int"],
)
def test_bad_columns_are_refused_before_computing(columns: object) -> None:
    with pytest.raises(InvalidInputError):
        batch.contributions([{"month": "2025-06", "wage": 5_000_000, "risk_class": 1}], columns=columns)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["pandas", "records"])
def test_partial_sums_of_partitions_combine_into_the_whole(kind: str) -> None:
    df = synthetic.worker_months(3_000, seed=11, bpu_share=20)
    whole = batch.aggregate(batch.contributions(df, columns=AMOUNTS), by=("month",))
    parts = [df.iloc[i : i + 700] for i in range(0, len(df), 700)]
    if kind == "pandas":
        partials = pd.concat(
            [batch.aggregate(batch.contributions(p, columns=AMOUNTS), by=("month",)) for p in parts]
        )
        assert batch.aggregate(partials, by=("month",)).equals(whole)
    else:
        records = [
            r
            for p in parts
            for r in batch.aggregate(
                batch.contributions(p.to_dict("records"), columns=AMOUNTS), by=("month",)
            )
        ]
        again = batch.aggregate(records, by=("month",))
        assert [(r["month"], r["program"], r["party"], r["amount"]) for r in again] == [
            tuple(x) for x in whole[["month", "program", "party", "amount"]].itertuples(index=False)
        ]
    grand = batch.aggregate(whole, by=())
    assert int(grand["amount"].sum()) == int(whole["amount"].sum())


def test_aggregate_refuses_a_table_without_amounts() -> None:
    with pytest.raises(InvalidInputError, match="no amount columns"):
        batch.aggregate(pd.DataFrame({"month": ["2025-06"], "wage": [1]}))
