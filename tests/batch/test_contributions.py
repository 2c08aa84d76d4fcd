"""jamsos.batch: tables in and out, exactly equal to the scalar API, nothing lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jamsos import batch, jp, optional, synthetic, testing
from jamsos.contributions import non_wage_earner, wage_earner
from jamsos.domain import Program
from jamsos.errors import BatchError, InvalidInputError, JamsosError, MoneyTypeError
from jamsos.money import Rupiah
from jamsos.periods import Month

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")

AMOUNTS = batch.OUTPUT_COLUMNS


def scalar(row: dict[str, Any]) -> dict[str, int]:
    """The reference: the scalar API called directly, results mapped to the columns."""
    if row.get("segment", "PU") == "BPU":
        c = non_wage_earner(
            row["wage"],
            row["month"],
            jht=bool(row.get("jht")),
            transport_worker=bool(row.get("transport_worker")),
            budget_funded=bool(row.get("budget_funded")),
        )
    else:
        c = wage_earner(
            row["wage"],
            row["month"],
            risk_class=row["risk_class"],
            employer_scale=row.get("employer_scale") or "large",
            birth_date=row.get("birth_date"),
        )
    out = {
        f"{p.code}_{party}": int(getattr(c[p], party))
        for p in Program
        for party in ("employer", "worker", "government")
    }
    deferred = c.deferred.get(Program.JP)
    out["jp_employer_deferred"] = int(deferred.employer) if deferred else 0
    out["jp_worker_deferred"] = int(deferred.worker) if deferred else 0
    out.update(
        employer=int(c.employer), worker=int(c.worker), government=int(c.government), total=int(c.total)
    )
    return {k: out[k] for k in AMOUNTS}


def as_records(table: Any) -> list[dict[str, Any]]:
    if isinstance(table, list):
        return table
    if isinstance(table, pa.Table):
        return table.to_pylist()
    return table.to_dict("records")


# ---------------------------------------------------------------------------------------
# worked examples
# ---------------------------------------------------------------------------------------
def test_pu_example_matches_contributions_docstring() -> None:
    """PP 46/2015 Pasal 16 (JHT 3.7% + 2%), PP 45/2015 Pasal 28 (JP 2% + 1%), PP 37/2021 Pasal 11.

    Rp8.000.000 in June 2025, risk class 1: JKK 0.24% = 19.200, JKM 0.30% = 24.000, JHT
    296.000 + 160.000, JP 160.000 + 80.000, JKP 0.22% × Rp5.000.000 = 11.000.
    """
    out = batch.contributions([{"month": "2025-06", "wage": 8_000_000, "risk_class": 1}])[0]
    assert (out["jkk_employer"], out["jkm_employer"]) == (19_200, 24_000)
    assert (out["jht_employer"], out["jht_worker"]) == (296_000, 160_000)
    assert (out["jp_employer"], out["jp_worker"]) == (160_000, 80_000)
    assert out["jkp_government"] == 11_000
    assert (out["employer"], out["worker"], out["total"]) == (499_200, 240_000, 750_200)


def test_bpu_example() -> None:
    """PP 44/2015 Pasal 20: JKK 1% of Rp1.000.000 and JKM Rp6.800; PP 50/2025 halves them
    for transport workers from January 2026."""
    rows = [
        {"month": "2025-06", "wage": 1_000_000, "segment": "BPU"},
        {"month": "2026-01", "wage": 1_000_000, "segment": "BPU", "transport_worker": True},
        {
            "month": "2026-01",
            "wage": 1_000_000,
            "segment": "BPU",
            "transport_worker": True,
            "budget_funded": True,
        },
    ]
    out = batch.contributions(rows)
    assert [r["total"] for r in out] == [16_800, 8_400, 16_800]
    assert out[2]["jkk_government"] == 10_000 and out[2]["government"] == 16_800


def test_covid_discount_and_jp_deferral_boundaries() -> None:
    """PP 49/2020: 99% off JKK/JKM and 99% of JP deferred for August 2020 to January 2021."""
    months = ["2020-07", "2020-08", "2021-01", "2021-02"]
    rows = [{"month": m, "wage": 5_000_000, "risk_class": 1} for m in months]
    out = batch.contributions(rows)
    assert [r["jkk_employer"] for r in out] == [12_000, 120, 120, 12_000]
    assert [r["jp_employer"] for r in out] == [100_000, 1_000, 1_000, 100_000]
    assert [r["jp_employer_deferred"] for r in out] == [0, 99_000, 99_000, 0]
    for row, ref in zip(rows, out, strict=True):
        assert {k: ref[k] for k in AMOUNTS} == scalar(row)


def test_jkp_from_its_first_month() -> None:
    """PP 37/2021 (in force 2021-02-02): no JKP in January 2021, JKP from February 2021."""
    out = batch.contributions(
        [{"month": m, "wage": 4_000_000, "risk_class": 2} for m in ("2021-01", "2021-02")]
    )
    assert out[0]["jkp_government"] == 0
    assert out[1]["jkp_government"] > 0


@pytest.mark.parametrize("scale", ["micro", "small", "medium", "large"])
def test_mandatory_programs_by_scale(scale: str) -> None:
    """Perpres 109/2013 Pasal 6: micro JKK+JKM, small +JHT, medium/large +JP."""
    row = {"month": "2024-05", "wage": 6_000_000, "risk_class": 3, "employer_scale": scale}
    out = batch.contributions([row])[0]
    assert {k: out[k] for k in AMOUNTS} == scalar(row)
    assert (out["jht_worker"] > 0) == (scale != "micro")
    assert (out["jp_worker"] > 0) == (scale in ("medium", "large"))


def test_jp_stops_from_the_pension_month() -> None:
    """PP 45/2015 Pasal 15: born 1965-07-16, pension date 2023-07-16: JP in June, none in July."""
    born = dt.date(1965, 7, 16)
    assert jp.pension_date(born) == dt.date(2023, 7, 16)
    rows = [
        {"month": m, "wage": 9_000_000, "risk_class": 1, "birth_date": born} for m in ("2023-06", "2023-07")
    ]
    out = batch.contributions(rows)
    assert out[0]["jp_employer"] > 0 and out[1]["jp_employer"] == 0
    for row, ref in zip(rows, out, strict=True):
        assert {k: ref[k] for k in AMOUNTS} == scalar(row)


def test_jp_cap_boundary() -> None:
    """PP 45/2015 Pasal 29: JP on min(wage, cap); the cap of March 2025 is Rp10.547.400."""
    cap = int(jp.wage_cap("2025-06"))
    rows = [{"month": "2025-06", "wage": w, "risk_class": 1} for w in (cap - 1, cap, cap + 1)]
    out = batch.contributions(rows)
    assert out[1]["jp_employer"] == out[2]["jp_employer"] == round(cap * 2 / 100)
    for row, ref in zip(rows, out, strict=True):
        assert {k: ref[k] for k in AMOUNTS} == scalar(row)


def test_rounding_tie_rounds_half_up() -> None:
    """0.24% × Rp625 = Rp1,5 → Rp2 (half up, the administrative convention)."""
    out = batch.contributions([{"month": "2025-06", "wage": 625, "risk_class": 1, "employer_scale": "micro"}])
    assert out[0]["jkk_employer"] == 2


# ---------------------------------------------------------------------------------------
# exactly the scalar answer
# ---------------------------------------------------------------------------------------
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(table=testing.worker_month_tables("records", max_rows=25))
def test_property_records_equal_scalar(table: list[dict[str, Any]]) -> None:
    good, bad = batch.contributions(table, errors="collect")
    assert len(good) + len(bad) == len(table)
    bad_index = {e["index"] for e in bad}
    rows = iter(good)
    for i, row in enumerate(table):
        try:
            ref = scalar(row)
        except JamsosError as exc:
            reason = str(exc)
            ref = None
        if ref is None:
            assert i in bad_index
            assert next(e for e in bad if e["index"] == i)["reason"] == reason
            continue
        assert i not in bad_index
        got = next(rows)
        assert {k: got[k] for k in AMOUNTS} == ref
        assert got["worker_id"] == row["worker_id"]


@pytest.mark.parametrize("kind", ["pandas", "arrow"])
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_property_tables_equal_records(kind: str, data: st.DataObject) -> None:
    table = data.draw(testing.worker_month_tables(kind, max_rows=25))
    records = as_records(table)
    ref = batch.contributions(
        [{k: v for k, v in r.items() if v is not None and v is not pd.NA} for r in records],
        errors="collect",
    )
    got, bad = batch.contributions(table, errors="collect")
    assert type(got) is type(table)
    assert len(got) + len(bad) == len(records)
    for a, b in zip(as_records(got), ref[0], strict=True):
        assert {k: int(a[k]) for k in AMOUNTS} == {k: b[k] for k in AMOUNTS}


def test_synthetic_population_equals_scalar() -> None:
    df = synthetic.worker_months(3_000, seed=3, bpu_share=30, first_month="2020-06", months=24)
    out = batch.contributions(df)
    assert out.shape[0] == 3_000
    sample = df.sample(300, random_state=0)
    for i, row in sample.iterrows():
        r = row.to_dict()
        r["birth_date"] = r["birth_date"].date()
        assert {k: int(out.loc[i, k]) for k in AMOUNTS} == scalar(r)


def test_output_dtypes_are_int64_and_totals_add_up() -> None:
    df = synthetic.worker_months(500, seed=1, bpu_share=20)
    out = batch.contributions(df)
    for c in AMOUNTS:
        assert out[c].dtype == np.int64
    assert (out["employer"] + out["worker"] + out["government"] == out["total"]).all()
    assert list(out.columns[: len(df.columns)]) == list(df.columns)
    assert out.index.equals(df.index)


def test_arrow_in_arrow_out() -> None:
    table = synthetic.worker_months(200, seed=2, bpu_share=20, kind="arrow")
    out = batch.contributions(table)
    assert isinstance(out, pa.Table)
    assert out.schema.field("total").type == pa.int64()
    ref = batch.contributions(synthetic.worker_months(200, seed=2, bpu_share=20, kind="pandas"))
    assert out.column("total").to_pylist() == ref["total"].tolist()


def test_fractional_wage_goes_through_the_scalar_path() -> None:
    """A wage of Rp5.000.000,50 is legal input to the scalar API; the batch answers the same."""
    row = {"month": "2025-06", "wage": Decimal("5000000.50"), "risk_class": 5}
    out = batch.contributions([row])[0]
    assert {k: out[k] for k in AMOUNTS} == scalar(row)


@pytest.mark.parametrize("wage", [10**15 + 1, 10**17, 10**21, "1" + "0" * 20])
def test_huge_wage_is_refused_like_the_scalar_api(wage: object) -> None:
    # issue 11: 10**21 escaped as OverflowError; wages from Rp10^15 are an input mistake
    row = {"month": "2025-06", "wage": wage, "risk_class": 5}
    with pytest.raises(InvalidInputError, match="wage must be at most Rp1.000.000.000.000.000"):
        scalar(row)
    _, errors = batch.contributions([row], errors="collect")
    assert [e["reason"] for e in errors] == [
        f"wage must be at most Rp1.000.000.000.000.000, got {Rupiah.of(wage)}"
    ]


def test_labour_intensive_relief_column() -> None:
    """PP 7/2025 Pasal 4: 50% off JKK for a qualifying labour-intensive employer."""
    row = {
        "month": "2025-06",
        "wage": 5_000_000,
        "risk_class": 1,
        "labour_intensive_relief": True,
        "industry": "textile_apparel",
        "active_participants": 120,
    }
    out = batch.contributions([row, {**row, "labour_intensive_relief": False}])
    ref = wage_earner(
        5_000_000,
        "2025-06",
        risk_class=1,
        labour_intensive_relief=True,
        industry="textile_apparel",
        active_participants=120,
    )
    assert out[0]["jkk_employer"] == int(ref.jkk.employer) == 6_000
    assert out[1]["jkk_employer"] == 12_000


def test_string_and_blank_cells_from_csv() -> None:
    rows = [
        {
            "month": "2025-06",
            "wage": "8000000",
            "segment": "",
            "risk_class": "1",
            "employer_scale": "",
            "birth_date": "",
            "jht": "",
            "transport_worker": "",
            "budget_funded": "",
        },
        {
            "month": "2025-06",
            "wage": "1000000",
            "segment": "BPU",
            "risk_class": "",
            "employer_scale": "",
            "birth_date": "",
            "jht": "ya",
            "transport_worker": "0",
            "budget_funded": "no",
        },
    ]
    out = batch.contributions(rows)
    assert out[0]["total"] == 750_200
    assert out[1]["jht_worker"] == 20_000


# ---------------------------------------------------------------------------------------
# nothing lost
# ---------------------------------------------------------------------------------------
BAD_ROWS = [
    {"worker_id": "ok", "month": "2025-06", "wage": 5_000_000, "risk_class": 1},
    {"worker_id": "neg", "month": "2025-06", "wage": -1, "risk_class": 1},
    {"worker_id": "month", "month": "2025-13", "wage": 5_000_000, "risk_class": 1},
    {"worker_id": "early", "month": "2015-06", "wage": 5_000_000, "risk_class": 1},
    {"worker_id": "risk", "month": "2025-06", "wage": 5_000_000, "risk_class": 9},
    {"worker_id": "norisk", "month": "2025-06", "wage": 5_000_000},
    {"worker_id": "float", "month": "2025-06", "wage": 5e6, "risk_class": 1},
    {"worker_id": "seg", "month": "2025-06", "wage": 5_000_000, "segment": "PMI"},
    {"worker_id": "bpu-zero", "month": "2025-06", "wage": 0, "segment": "BPU"},
    {"worker_id": "future", "month": "2040-01", "wage": 5_000_000, "risk_class": 1},
    {"worker_id": "born", "month": "2025-06", "wage": 5_000_000, "risk_class": 1, "birth_date": "2030-01-01"},
    {"worker_id": "nowage", "month": "2025-06", "risk_class": 1},
    {"worker_id": "ok2", "month": "2025-06", "wage": 5_000_000, "segment": "BPU"},
]


def test_raise_lists_every_bad_row() -> None:
    with pytest.raises(BatchError) as info:
        batch.contributions(BAD_ROWS)
    assert [i for i, _ in info.value.errors] == list(range(1, 12))
    assert "11 of 13 rows" in str(info.value)


@pytest.mark.parametrize("kind", ["records", "pandas", "arrow"])
def test_collect_counts_add_up(kind: str) -> None:
    rows = [{k: v for k, v in r.items() if k != "wage" or not isinstance(v, float)} for r in BAD_ROWS]
    rows = [{**r, "wage": str(r["wage"])} if "wage" in r else r for r in rows]
    rows = [{**r, "risk_class": str(r.get("risk_class", ""))} for r in rows]
    keys = sorted({k for r in rows for k in r})
    rows = [{k: r.get(k) for k in keys} for r in rows]  # pyarrow infers columns from the first row
    table: Any = rows
    if kind == "pandas":
        table = pd.DataFrame(rows)
    elif kind == "arrow":
        table = pa.Table.from_pylist(rows)
    good, bad = batch.contributions(table, errors="collect")
    assert len(good) + len(bad) == len(rows)
    errs = as_records(bad)
    assert [e["worker_id"] for e in as_records(good)] == ["ok", "ok2"]  # "float" lost its wage above
    assert [e["index"] for e in errs] == list(range(1, 12))
    assert all(e["reason"] for e in errs)
    assert {e["error"] for e in errs} <= {
        "InvalidInputError",
        "InvalidDateError",
        "NotCoveredError",
        "UnknownValueError",
        "MoneyTypeError",
    }


def test_bad_row_reason_is_the_scalar_message() -> None:
    good, bad = batch.contributions(BAD_ROWS, errors="collect")
    assert [g["worker_id"] for g in good] == ["ok", "ok2"]
    by_id = {e["worker_id"]: e["reason"] for e in bad}
    with pytest.raises(JamsosError) as info:
        wage_earner(-1, "2025-06", risk_class=1)
    assert by_id["neg"] == str(info.value)
    with pytest.raises(MoneyTypeError) as info2:
        wage_earner(5e6, "2025-06", risk_class=1)
    assert by_id["float"] == str(info2.value)


def test_float_wage_column_is_refused() -> None:
    df = pd.DataFrame({"month": ["2025-06"], "wage": [5_000_000.0], "risk_class": [1]})
    with pytest.raises(MoneyTypeError, match="floats"):
        batch.contributions(df)


def test_nullable_int_wage_column_keeps_missing_rows() -> None:
    df = pd.DataFrame(
        {
            "month": ["2025-06", "2025-06"],
            "wage": pd.array([5_000_000, None], dtype="Int64"),
            "risk_class": [1, 1],
        }
    )
    good, bad = batch.contributions(df, errors="collect")
    assert len(good) == 1 and bad["index"].tolist() == [1]
    assert "wage is missing" in bad["reason"][0]


def test_table_level_errors() -> None:
    with pytest.raises(JamsosError, match="no 'wage' column"):
        batch.contributions([{"month": "2025-06"}])
    with pytest.raises(JamsosError, match="errors must be"):
        batch.contributions([], errors="ignore")
    with pytest.raises(JamsosError, match="iterable of mappings"):
        batch.contributions(42)


def test_empty_tables_keep_their_kind() -> None:
    assert batch.contributions([]) == []
    empty = batch.contributions(
        pd.DataFrame({"month": pd.Series([], dtype=object), "wage": pd.Series([], dtype="int64")})
    )
    assert list(empty.columns)[-len(AMOUNTS) :] == list(AMOUNTS) and len(empty) == 0


def test_input_is_not_mutated() -> None:
    df = synthetic.worker_months(50, seed=5)
    before = df.copy()
    batch.contributions(df)
    pd.testing.assert_frame_equal(df, before)
    rows = [{"month": "2025-06", "wage": 5_000_000, "risk_class": 1}]
    batch.contributions(rows)
    assert rows == [{"month": "2025-06", "wage": 5_000_000, "risk_class": 1}]


def test_without_numpy_rows_go_through_the_scalar_api(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> Any:
        raise batch.MissingDependencyError("numpy is needed")

    rows = synthetic.worker_months(60, seed=4, bpu_share=30, kind="records")
    ref = batch.contributions(rows)
    monkeypatch.setattr(optional, "require_numpy", missing)
    assert batch.contributions(rows) == ref
    good, bad = batch.contributions(BAD_ROWS, errors="collect")
    assert len(good) == 2 and len(bad) == 11
    with pytest.raises(batch.MissingDependencyError, match="numpy is needed"):
        batch.contributions(pd.DataFrame(rows))


_junk = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.text(max_size=8),
    st.booleans(),
    st.binary(max_size=4),
    st.decimals(allow_nan=True),
    st.dates(),
    st.just(Month(2025, 1)),
    st.lists(st.integers(), max_size=2),
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.one_of(st.dictionaries(st.sampled_from(batch.INPUT_COLUMNS), _junk), _junk), max_size=6),
    errors=st.sampled_from(["raise", "collect"]),
)
def test_fuzz_only_jamsos_errors_escape(rows: list[Any], errors: str) -> None:
    try:
        result = batch.contributions(rows, errors=errors)
    except JamsosError:
        return
    if errors == "collect":
        good, bad = result
        assert len(good) + len(bad) == len(rows)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(table=_junk)
def test_fuzz_table_argument(table: Any) -> None:
    for func in (batch.contributions, batch.pension, batch.aggregate):
        try:
            func(table)
        except JamsosError:
            pass


# ---------------------------------------------------------------------------------------
# aggregations
# ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["records", "pandas", "arrow"])
def test_aggregate_by_month_program_party(kind: str) -> None:
    table = synthetic.worker_months(240, seed=9, bpu_share=25, months=3, kind=kind)
    out = batch.contributions(table)
    agg = as_records(batch.aggregate(out))
    grand = as_records(batch.aggregate(out, by=()))
    totals = as_records(out)
    assert sum(r["amount"] for r in agg) == sum(r["total"] for r in totals)
    assert sum(r["amount"] for r in grand) == sum(r["total"] for r in totals)
    assert {r["month"] for r in agg} == {"2025-01", "2025-02", "2025-03"}
    jan_employer = sum(r["amount"] for r in agg if r["month"] == "2025-01" and r["party"] == "employer")
    assert jan_employer == sum(r["employer"] for r in totals if str(r["month"]) == "2025-01")


# ---------------------------------------------------------------------------------------
# JP dates in bulk
# ---------------------------------------------------------------------------------------
def test_pension_in_bulk() -> None:
    rows = [
        {"worker_id": i, "birth_date": b}
        for i, b in enumerate(["1965-07-16", "1963-03-01", "1964-02-29", "1990-12-31", "1900-01-01", "bad"])
    ]
    good, bad = batch.pension(rows, errors="collect")
    assert [g["pension_date"] for g in good[:2]] == [dt.date(2023, 7, 16), dt.date(2020, 3, 1)]
    for g in good:
        birth = dt.date.fromisoformat(g["birth_date"])
        assert g["pension_date"] == jp.pension_date(birth)
        assert g["pension_age"] == jp.pension_age(g["pension_date"])
        assert g["last_registration_month"] == str(jp.last_registration_month(birth))
    assert [e["index"] for e in bad] == [4, 5]
    frame = batch.pension(pd.DataFrame(rows[:4]))
    assert frame["pension_age"].dtype == np.int64


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    births=st.lists(testing.birth_dates(dt.date(1940, 1, 1), dt.date(2010, 12, 31)), min_size=1, max_size=30)
)
def test_batch_birth_dates_stop_jp_as_the_scalar_api(births: list[dt.date]) -> None:
    """JP stops from the month of jp.pension_date, row for row; a birth date the scalar API
    refuses is an error row in the batch too."""
    rows = [
        {"month": month, "wage": 8_000_000, "risk_class": 1, "birth_date": b}
        for b in births
        for month in ("2019-03", "2024-06")
    ]
    good, bad = batch.contributions(pd.DataFrame(rows), errors="collect")
    refused = set(bad["index"].tolist())
    for i, row in enumerate(rows):
        try:
            c = wage_earner(row["wage"], row["month"], risk_class=1, birth_date=row["birth_date"])
        except JamsosError:
            assert i in refused, row
            continue
        assert i not in refused, row
        got = good.loc[i]
        assert (got["jp_employer"], got["jp_worker"], got["jkp_government"]) == (
            int(c.jp.employer),
            int(c.jp.worker),
            int(c.jkp.government),
        ), row


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.dictionaries(st.sampled_from([*AMOUNTS, "month"]), _junk), max_size=4))
def test_fuzz_aggregate_rows(rows: list[dict[str, Any]]) -> None:
    try:
        batch.aggregate(rows)
    except JamsosError:
        pass


def test_what_if_parameters_reach_every_row() -> None:
    """A caller's override (a 2027 JP cap, an odd JKK rate) gives the scalar answer too."""
    from jamsos.parameters import official

    params = official().override("jp.wage_cap", dt.date(2027, 3, 1), "11650000")
    params = params.override("jkk.rate.very_low", dt.date(2027, 3, 1), "0.2475")
    rows = [
        {"month": "2027-03", "wage": w, "risk_class": 1, "birth_date": dt.date(1980, 5, 5)}
        for w in (4_040_405, 11_650_000, 11_650_001, 20_000_050)
    ]
    out = batch.contributions(rows, params=params)
    for row, got in zip(rows, out, strict=True):
        c = wage_earner(row["wage"], "2027-03", risk_class=1, birth_date=row["birth_date"], params=params)
        assert got["total"] == int(c.total) and got["jkk_employer"] == int(c.jkk.employer)
        assert got["jp_employer"] == int(c.jp.employer)
    with pytest.raises(BatchError, match="jp.wage_cap"):
        batch.contributions(rows)  # the official data stops at February 2027
