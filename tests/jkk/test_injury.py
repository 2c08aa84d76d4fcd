"""jamsos.jkk.injury: every row of the body-part table of PP 44/2015 Lampiran III."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jamsos import Rupiah, jkk

ON = dt.date(2025, 5, 10)


ROWS = jkk.body_parts(ON)


@pytest.mark.parametrize("row", ROWS, ids=[r["part"] for r in ROWS])
def test_every_table_row(row: dict[str, str]) -> None:
    """Each row: % x 80 x wage (Rp1 jt), for each side where the row has two."""
    sides = ["right", "left"] if "right" in row else [None]
    for side in sides:
        pct = Decimal(row[side] if side else row["percent"])
        a = jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", body_part=row["part"], side=side)
        assert a.total == Rupiah(pct * 800_000)
        assert ("unverified" in " ".join(a.notes)) == (row["confidence"] == "unverified")
