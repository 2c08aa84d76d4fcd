"""POST /v1/batch: a JSON array or a CSV file, answered row for row as the library answers."""

from __future__ import annotations

import csv
import io

import pytest

from jamsos import batch

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROWS = [
    {"worker_id": "A1", "month": "2025-06", "wage": 8_000_000, "risk_class": 1},
    {"worker_id": "B7", "month": "2025-06", "wage": 1_000_000, "segment": "BPU"},
    {"worker_id": "C3", "month": "2025-06", "wage": -5, "risk_class": 1},
    {"worker_id": "D4", "month": "2014-01", "wage": 5_000_000, "risk_class": 2},
]


def test_json_rows_and_errors_equal_the_library(http) -> None:
    r = http.post("/v1/batch", json=ROWS, headers={"Accept-Language": "en"})
    assert r.status_code == 200, r.text
    good, bad = batch.contributions(ROWS, errors="collect")
    data = r.json()
    assert data["rows"] == good
    assert [e["index"] for e in data["errors"]] == [e["index"] for e in bad] == [2, 3]
    assert [e["reason"] for e in data["errors"]] == [e["reason"] for e in bad]
    assert [e["code"] for e in data["errors"]] == ["invalid_input", "not_covered"]
    assert data["rows"][0]["total"] == 750_200


def test_csv_is_streamed_back_in_order_with_an_error_column(http) -> None:
    text = "worker_id,month,wage,risk_class,segment\n" + "".join(
        f"{r['worker_id']},{r['month']},{r['wage']},{r.get('risk_class', '')},{r.get('segment', '')}\n"
        for r in ROWS
    )
    r = http.post(
        "/v1/batch", content=text.encode(), headers={"content-type": "text/csv", "Accept-Language": "en"}
    )
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    out = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["worker_id"] for row in out] == ["A1", "B7", "C3", "D4"]
    assert out[0]["total"] == "750200" and out[0]["error"] == ""
    assert out[1]["total"] == "16800"  # BPU on Rp1.000.000: JKK 1% + JKM Rp6.800
    assert out[2]["total"] == "" and out[2]["error_code"] == "invalid_input"
    assert out[2]["error"] == "wage must be more than Rp0, got -Rp5"
    assert out[3]["error_code"] == "not_covered"


def test_a_large_csv_streams_in_chunks(http) -> None:
    n = 10_500  # more than two chunks of 5,000 rows, under the module server's 200,000-byte limit
    body = "month,wage,risk_class\n" + "2025-06,8000000,1\n" * n
    with http.stream("POST", "/v1/batch", content=body.encode(), headers={"content-type": "text/csv"}) as r:
        assert r.status_code == 200
        lines = sum(chunk.count("\n") for chunk in r.iter_text())
    assert lines == n + 1


def test_batch_input_mistakes_are_problems(http) -> None:
    r = http.post("/v1/batch", json={"rows": "no"})
    assert r.status_code == 422
    r = http.post("/v1/batch", json=[1, 2])
    assert r.status_code == 422
    assert r.json()["field"] == "[0]"
    r = http.post("/v1/batch", content=b"name,age\nx,1\n", headers={"content-type": "text/csv"})
    assert r.status_code == 422
    assert r.json()["field"] == "month"
    r = http.post("/v1/batch", content=b"a,b", headers={"content-type": "application/xml"})
    assert r.status_code == 415
