"""pandas ``Period`` months are months: in the scalar API and in a batch column."""

from __future__ import annotations

import pytest

from jamsos import Month, batch
from jamsos.contributions import wage_earner
from jamsos.errors import InvalidDateError

pd = pytest.importorskip("pandas")


def test_a_monthly_period_is_a_month() -> None:
    assert Month.parse(pd.Period("2026-01", freq="M")) == Month(2026, 1)
    # PP 44/2015 Lampiran I: JKK 0,24% of Rp8.000.000 = Rp19.200 (risk class 1).
    assert wage_earner(8_000_000, pd.Period("2025-06", freq="M"), risk_class=1).jkk.employer.amount == 19_200


def test_a_daily_period_is_refused_not_truncated() -> None:
    with pytest.raises(InvalidDateError, match="frequency 'D' is not a month"):
        Month.parse(pd.Period("2026-01-05", freq="D"))


@pytest.mark.parametrize("as_object", [False, True])
def test_a_period_column_gives_the_same_table_as_strings(as_object: bool) -> None:
    periods = pd.period_range("2025-05", periods=3, freq="M")
    column = periods.astype(object) if as_object else periods
    frame = pd.DataFrame({"month": column, "wage": [8_000_000] * 3, "risk_class": [1] * 3})
    strings = frame.assign(month=[str(p) for p in periods])
    got = batch.contributions(frame)
    want = batch.contributions(strings)
    assert got["total"].tolist() == want["total"].tolist() == [750_200] * 3
