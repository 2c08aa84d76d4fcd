"""Properties of jamsos.programmes: garbage in gives a JamsosError, never another exception;
a roster of N identical workers costs what programmes.cost says for N workers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamsos import Month, Rate, programmes
from jamsos.errors import JamsosError

pytest.importorskip("pandas")

_ANY = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, max_value=10**12, min_value=-(10**12)),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from([Month(2026, 1), Rate.percent("57.17"), "2026-01", "57,17", "1.000.000", [], {}]),
)


@settings(max_examples=40, deadline=None)
@given(budget=_ANY, income=_ANY, first=_ANY, last=_ANY, flag=_ANY)
def test_workers_covered_raises_only_jamsos_errors(
    budget: object, income: object, first: object, last: object, flag: object
) -> None:
    try:
        programmes.workers_covered(budget, income=income, first_month=first, last_month=last, jht=flag)  # type: ignore[arg-type]
    except JamsosError:
        pass


@settings(max_examples=40, deadline=None)
@given(participants=_ANY, workforce=_ANY, target=_ANY)
def test_coverage_raises_only_jamsos_errors(participants: object, workforce: object, target: object) -> None:
    try:
        programmes.coverage(participants=participants, workforce=workforce, target=target)  # type: ignore[arg-type]
    except JamsosError:
        pass


_CELL = st.one_of(_ANY, st.from_regex(r"[0-9]{16}", fullmatch=True))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {"NIK": _CELL},
            optional={
                "Nama": _ANY,
                "Desa": _ANY,
                "Penghasilan": _ANY,
                "Bulan Mulai": _ANY,
                "Bulan Akhir": _ANY,
            },
        ),
        max_size=6,
    )
)
def test_roster_never_loses_a_row_nor_raises_anything_else(rows: list[dict[str, object]]) -> None:
    try:
        r = programmes.roster(rows, first_month="2026-01", last_month="2026-03", min_age=0, max_age=120)
    except JamsosError:
        return
    assert r.rows_read == len(rows) == r.workers_accepted + len(r.rejected)
    assert r.total == int(r.invoice()["amount"].sum())


@settings(max_examples=8, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=20),
    income=st.integers(min_value=1_000_000, max_value=30_000_000),
    start=st.integers(min_value=0, max_value=130),
    length=st.integers(min_value=1, max_value=18),
    jht=st.booleans(),
)
def test_roster_of_identical_workers_costs_what_cost_says(
    n: int, income: int, start: int, length: int, jht: bool
) -> None:
    first = Month(2015, 7) + start
    last = first + (length - 1)
    rows = [{"NIK": f"32010141089{k + 1:05d}", "Penghasilan": str(income)} for k in range(n)]
    r = programmes.roster(rows, first_month=first, last_month=last, jht=jht)
    c = programmes.cost(workers=n, income=Decimal(income), first_month=first, last_month=last, jht=jht)
    assert r.workers_accepted == n
    assert r.total == int(c.cost)
    assert [int(v) for v in r.by_month()["total"]] == [int(a) for _, a in c.payments]
