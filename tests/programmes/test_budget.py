"""Budget both ways: workers → cost and budget → workers (jamsos.programmes.budget).

Hand computation, from the fact sheet (PP 44/2015 Pasal 20, Lampiran II): on the lowest
band, Rp1.000.000, JKK is 1% = Rp10.000 and JKM a flat Rp6.800, so one worker costs
Rp16.800 a month, Rp201.600 for a year. PP 50/2025 halves JKK and JKM for BPU members who
pay themselves, April to December 2026 (Rp8.400), never for budget-funded members.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import Month, Rupiah, contributions, programmes
from jamsos.errors import InvalidDateError, InvalidInputError, JamsosError, MoneyTypeError


def test_regency_budget_of_200_million_for_2025() -> None:
    r = programmes.workers_covered(200_000_000, income=1_000_000, first_month="2025-01", last_month="2025-12")
    # 200.000.000 // 201.600 = 992 (992 × 201.600 = 199.987.200)
    assert r.workers == 992
    assert r.per_worker == Rupiah(201_600)
    assert r.cost == Rupiah(199_987_200)
    assert r.leftover == Rupiah(12_800)
    assert r.short_of_next_worker == Rupiah(188_800)
    assert r.per_worker_per_month == tuple(
        (m, Rupiah(16_800)) for m in Month.range(Month(2025, 1), Month(2025, 12))
    )


def test_income_none_is_the_lowest_band() -> None:
    a = programmes.workers_covered(500_000_000, first_month="2026-01", last_month="2026-12")
    b = programmes.workers_covered(500_000_000, income=1_000_000, first_month="2026-01", last_month="2026-12")
    assert a.workers == b.workers == 2480  # 500.000.000 // 201.600
    assert a.leftover == Rupiah(32_000)
    assert a.income is None
    assert all(m.income == Rupiah(1_000_000) for m in a.months)


def test_budget_funded_gets_no_pp50_discount_but_other_payers_do() -> None:
    funded = programmes.workers_covered(500_000_000, first_month="2026-01", last_month="2026-12")
    other = programmes.workers_covered(
        500_000_000, first_month="2026-01", last_month="2026-12", budget_funded=False
    )
    assert funded.per_worker == Rupiah(201_600)
    # January to March full (3 × 16.800), April to December halved (9 × 8.400) = 126.000
    assert other.per_worker == Rupiah(126_000)
    assert other.workers == 3968  # 500.000.000 // 126.000
    assert dict(other.per_worker_per_month)[Month(2026, 4)] == Rupiah(8_400)
    assert dict(other.per_worker_per_month)[Month(2026, 3)] == Rupiah(16_800)


def test_transport_workers_discount_window_runs_into_2027() -> None:
    r = programmes.workers_covered(
        10_000_000,
        first_month="2026-10",
        last_month="2027-06",
        budget_funded=False,
        transport_worker=True,
    )
    # transport BPU: 50% off from January 2026 to March 2027 (6 months × 8.400), then full (3 × 16.800)
    assert r.per_worker == Rupiah(6 * 8_400 + 3 * 16_800)
    assert r.workers == 10_000_000 // 100_800


def test_multi_year_period_with_jht() -> None:
    r = programmes.cost(workers=10, income=2_000_000, first_month="2024-07", last_month="2026-06", jht=True)
    # JKK 1% = 20.000, JKM 6.800, JHT 2% = 40.000: 66.800 a month, 24 months, 10 workers
    assert len(r.months) == 24
    assert r.per_worker == Rupiah(66_800 * 24)
    assert r.cost == Rupiah(66_800 * 24 * 10)
    assert r.leftover is None


def test_covid_relief_months_are_in_the_law_of_each_month() -> None:
    r = programmes.cost(workers=1, income=1_000_000, first_month="2020-07", last_month="2020-08")
    # August 2020: PP 49/2020 99% off JKK and JKM (10.000 → 100, 6.800 → 68)
    assert r.per_worker_per_month == ((Month(2020, 7), Rupiah(16_800)), (Month(2020, 8), Rupiah(168)))


def test_cost_equals_programme_budget() -> None:
    award = contributions.programme_budget(
        workers=950, income=1_500_000, first_month="2025-06", last_month="2026-05", jht=True
    )
    r = programmes.cost(workers=950, income=1_500_000, first_month="2025-06", last_month="2026-05", jht=True)
    assert r.cost == award.total
    assert r.payments == award.payments


@given(
    budget=st.integers(min_value=0, max_value=10**12),
    first=st.integers(min_value=0, max_value=119),  # ends by 2027-11, inside the release horizon
    length=st.integers(min_value=1, max_value=30),
    budget_funded=st.booleans(),
)
def test_workers_covered_is_the_largest_that_fits(
    budget: int, first: int, length: int, budget_funded: bool
) -> None:
    start = Month(2015, 7) + first
    end = start + (length - 1)
    r = programmes.workers_covered(budget, first_month=start, last_month=end, budget_funded=budget_funded)
    assert r.cost <= Rupiah(budget)
    assert r.cost + r.per_worker > Rupiah(budget)
    assert r.leftover == Rupiah(budget) - r.cost
    assert r.cost == sum((a for _, a in r.payments), Rupiah(0))


def test_budget_smaller_than_one_worker() -> None:
    r = programmes.workers_covered(100_000, first_month="2025-01", last_month="2025-12")
    assert (r.workers, r.cost, r.leftover) == (0, Rupiah(0), Rupiah(100_000))


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"budget": 1.5e8}, MoneyTypeError, "float"),
        ({"budget": -1}, InvalidInputError, "negative"),
        ({"last_month": "2024-12"}, InvalidDateError, "before first_month"),
        ({"first_month": "2015-01"}, JamsosError, "2015-07"),
        ({"jht": "yes"}, InvalidInputError, "True or False"),
        ({"income": 0}, InvalidInputError, "more than Rp0"),
        ({"first_month": 202501}, InvalidDateError, "YYYY-MM"),
    ],
)
def test_mistakes_are_clear(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    args: dict[str, object] = {"budget": 100_000_000, "first_month": "2025-01", "last_month": "2025-12"}
    args.update(kwargs)
    budget = args.pop("budget")
    with pytest.raises(error, match=match):
        programmes.workers_covered(budget, **args)  # type: ignore[arg-type]


def test_to_dict_and_table() -> None:
    r = programmes.workers_covered(200_000_000, first_month="2025-01", last_month="2025-02")
    d = r.to_dict()
    assert d["workers"] == 200_000_000 // 33_600
    assert d["leftover"] == str(200_000_000 - 5952 * 33_600)
    assert (d["type"], d["kind"]) == ("programme_cost", "programmes.workers_covered")
    assert d["months"][0] == {
        "month": "2025-01",
        "income": "1000000",
        "per_worker": "16800",
        "programs": {"jkk": "10000", "jkm": "6800"},
        "total": str(16_800 * 5952),
        "notes": [],
    }
    import jamsos

    assert jamsos.from_json(r.to_json()) == r
    text = r.table("id")
    assert "Pekerja tercakup                  5.952" in text
    assert "Sisa anggaran" in text
    assert "Workers covered" in r.table("en")
    assert r.explain().value == r.cost
