"""jamsos.batch.contributions as a Dask map_partitions step equals the single-machine result."""

from __future__ import annotations

import pytest

from jamsos import batch, synthetic

dd = pytest.importorskip("dask.dataframe")
dask = pytest.importorskip("dask")
pd = pytest.importorskip("pandas")


def test_map_partitions_equals_single_machine() -> None:
    df = synthetic.worker_months(4_000, seed=11, bpu_share=25, first_month="2020-06", months=24)
    expected = batch.contributions(df)
    ddf = dd.from_pandas(df, npartitions=7)
    assert ddf.npartitions > 1
    meta = batch.contributions(df.iloc[:0])
    result = ddf.map_partitions(batch.contributions, meta=meta)
    with dask.config.set(scheduler="synchronous"):
        got = result.compute()
    pd.testing.assert_frame_equal(got, expected, check_dtype=False, check_index_type=False)
    for c in batch.OUTPUT_COLUMNS:
        assert got[c].dtype == "int64"


def test_map_partitions_aggregate_by_month() -> None:
    df = synthetic.worker_months(1_200, seed=12, months=6)
    ddf = dd.from_pandas(df, npartitions=4)
    out = ddf.map_partitions(batch.contributions, meta=batch.contributions(df.iloc[:0]))
    with dask.config.set(scheduler="threads"):
        by_month = out.groupby("month")["total"].sum().compute().sort_index()
    single = batch.contributions(df).groupby("month")["total"].sum().sort_index()
    assert by_month.tolist() == single.tolist()
