"""The running server answers exactly what the library answers, with the right headers."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest

import jamsos
from jamsos import ContributionHistory, Month, jht, jkk, jkp, jp, parameters
from jamsos.contributions import non_wage_earner, wage_earner
from jamsos.jsonform import money_json
from jamsos.server.answers import result_json

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _library(result: object) -> object:
    """The result's JSON form, and a check that the server's text rebuilds the same value."""
    return json.loads(result_json(result, explain=False, lang="id"))


def _same(response, result: object) -> None:
    """The answer is the library's JSON form, and ``jamsos.from_json`` rebuilds the result."""
    assert response.status_code == 200, response.text
    assert response.json() == _library(result)
    assert jamsos.from_json(response.text) == result


def test_health_names_the_library_and_law_data_versions(http) -> None:
    r = http.get("/health")
    assert r.status_code == 200
    law = str(parameters.official().law_version)
    assert r.json() == {"status": "ok", "version": jamsos.__version__, "law_version": law, "official": True}
    assert r.headers["x-jamsos-law-version"] == law


def test_wage_earner_equals_the_library(http) -> None:
    r = http.post(
        "/v1/contributions/wage-earner", json={"wage": 8_000_000, "month": "2025-06", "risk_class": 1}
    )
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    expected = wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    _same(r, expected)
    # PP 44/2015 JKK 0.24% + JKM 0.30%, JHT 5.7%, JP 3% of Rp8.000.000, JKP government Rp11.000
    assert r.json()["total"] == "750200"


def test_amounts_in_every_exact_json_form_are_accepted(http) -> None:
    """An integer, a decimal string and a JSON number with a fraction are exact decimals."""
    for wage in (5_000_000, "5000000", 5000000.0):
        r = http.post(
            "/v1/contributions/wage-earner", json={"wage": wage, "month": "2025-06", "risk_class": 2}
        )
        assert r.status_code == 200, r.text
        _same(r, wage_earner(5_000_000, Month(2025, 6), risk_class=2))
    r = http.post(
        "/v1/contributions/non-wage-earner",
        content=b'{"income": 1234567.5, "month": "2025-06"}',
        headers={"content-type": "application/json"},
    )
    _same(r, non_wage_earner(Decimal("1234567.5"), Month(2025, 6)))


def test_jp_old_age_benefit_with_a_history_equals_the_library(http) -> None:
    body = {
        "history": {"constant": {"wage": 5_000_000, "first_month": "2015-07", "last_month": "2024-02"}},
        "birth_date": "1966-03-15",
    }
    r = http.post("/v1/jp/old-age-benefit", json=body)
    assert r.status_code == 200, r.text
    history = ContributionHistory.constant(5_000_000, Month(2015, 7), Month(2024, 2))
    expected = jp.old_age_benefit(history, birth_date=dt.date(1966, 3, 15))
    _same(r, expected)
    # fewer than 15 years of contributions: a lump sum, no monthly pension (PP 45/2015 Pasal 17)
    assert r.json()["monthly"] is None


def test_history_records_form_equals_the_library(http) -> None:
    records = [{"month": f"2024-{m:02d}", "wage": 4_000_000 + m} for m in range(1, 13)]
    body = {"history": {"records": records}, "until": "2024-12-31", "rates": {"2024": "5.5"}}
    r = http.post("/v1/jht/balance", json=body)
    assert r.status_code == 200, r.text
    history = ContributionHistory(
        tuple(jamsos.ContributionRecord(Month(2024, m), 4_000_000 + m) for m in range(1, 13))
    )
    expected = jht.balance(history, until=dt.date(2024, 12, 31), rates={2024: jamsos.Rate.percent("5.5")})
    _same(r, expected)


def test_survivors_and_children_forms_equal_the_library(http) -> None:
    body = {
        "history": {"constant": {"wage": 5_000_000, "first_month": "2016-01", "last_month": "2024-12"}},
        "birth_date": "1985-03-15",
        "died_on": "2025-01-10",
        "survivors": {
            "spouse": True,
            "children": ["2012-04-01", {"birth_date": "2015-06-01", "ends_on": None}],
        },
    }
    r = http.post("/v1/jp/survivor-benefit", json=body)
    assert r.status_code == 200, r.text
    history = ContributionHistory.constant(5_000_000, Month(2016, 1), Month(2024, 12))
    survivors = jp.Survivors(spouse=True, children=(dt.date(2012, 4, 1), jp.Child(dt.date(2015, 6, 1))))
    expected = jp.survivor_benefit(
        history, birth_date=dt.date(1985, 3, 15), died_on=dt.date(2025, 1, 10), survivors=survivors
    )
    _same(r, expected)
    r = http.post(
        "/v1/jkk/death-benefit",
        json={"wage": 5_000_000, "on": "2025-05-10", "children": ["SD", {"level": "SMA", "year": 2}]},
    )
    assert r.status_code == 200, r.text
    from jamsos.scholarship import Child

    expected = jkk.death_benefit(
        wage=5_000_000, on=dt.date(2025, 5, 10), children=["SD", Child("SMA", year=2)]
    )
    _same(r, expected)


def test_a_decision_equals_the_library(http) -> None:
    body = {
        "history": {"constant": {"wage": 5_000_000, "first_month": "2022-01", "last_month": "2025-05"}},
        "terminated_on": "2025-05-20",
        "reason": "dismissal",
        "birth_date": "1990-01-01",
        "registered_on": "2022-01-01",
    }
    r = http.post("/v1/jkp/eligibility", json=body)
    assert r.status_code == 200, r.text
    expected = jkp.eligibility(
        history=ContributionHistory.constant(5_000_000, Month(2022, 1), Month(2025, 5)),
        terminated_on=dt.date(2025, 5, 20),
        reason="dismissal",
        birth_date=dt.date(1990, 1, 1),
        registered_on=dt.date(2022, 1, 1),
    )
    _same(r, expected)
    assert r.json()["eligible"] is expected.eligible


def test_single_values_are_wrapped(http) -> None:
    r = http.post("/v1/jp/wage-cap", json={"month": "2025-06"})
    assert r.json() == {"value": "10547400"}  # jp.wage_cap from March 2025, as results write money
    r = http.post("/v1/jp/pension-date", json={"birth_date": "1972-03-15"})
    assert r.json() == {"value": jp.pension_date(dt.date(1972, 3, 15)).isoformat()}
    low, high = jp.benefit_limits(Month(2025, 6))
    r = http.post("/v1/jp/benefit-limits", json={"month": "2025-06"})
    assert r.json() == {"value": {"minimum": money_json(low), "maximum": money_json(high)}}
    r = http.post("/v1/jp/pension-age", json={"on": "2025-06-01"})
    assert r.json() == {"value": jp.pension_age(dt.date(2025, 6, 1))}


def test_explain_in_the_requested_language(http) -> None:
    body = {"wage": 8_000_000, "month": "2025-06", "risk_class": 1}
    plain = http.post("/v1/contributions/wage-earner", json=body).json()
    assert plain["explanation"] is None
    result = wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    for lang in ("id", "en"):
        r = http.post(
            "/v1/contributions/wage-earner?explain=true", json=body, headers={"Accept-Language": lang}
        )
        data = r.json()
        assert data["explanation"] == result.explain().to_dict()
        assert data["explanation_text"] == result.explain().render(lang)
    r = http.post("/v1/contributions/wage-earner?explain=maybe", json=body)
    assert r.status_code == 400
    assert r.json()["code"] == "bad_query"


def test_request_ids_are_echoed_or_made(http) -> None:
    body = {"wage": 8_000_000, "month": "2025-06", "risk_class": 1}
    r = http.post("/v1/contributions/wage-earner", json=body, headers={"X-Request-Id": "payroll-42.a"})
    assert r.headers["x-request-id"] == "payroll-42.a"
    made = {http.get("/health").headers["x-request-id"] for _ in range(3)}
    assert len(made) == 3
    assert all(re.fullmatch(r"[0-9a-f]{32}", m) for m in made)
    r = http.get("/health", headers={"X-Request-Id": "no spaces <allowed>"})
    assert re.fullmatch(r"[0-9a-f]{32}", r.headers["x-request-id"])


def test_overrides_change_the_answer_and_the_law_version(http) -> None:
    body = {
        "wage": 20_000_000,
        "month": "2027-06",
        "risk_class": 1,
        "params": [{"name": "jp.wage_cap", "since": "2027-03-01", "value": "11650000"}],
    }
    r = http.post("/v1/contributions/wage-earner", json=body)
    assert r.status_code == 200, r.text
    what_if = parameters.official().override("jp.wage_cap", dt.date(2027, 3, 1), "11650000")
    expected = wage_earner(20_000_000, Month(2027, 6), risk_class=1, params=what_if)
    _same(r, expected)
    assert r.json()["programs"]["jp"]["employer"] == "233000"  # 2% of the Rp11.650.000 cap
    assert r.headers["x-jamsos-law-version"] == str(what_if.law_version)
    assert r.headers["x-jamsos-law-version"] != str(parameters.official().law_version)
    # no state between requests: the next request is official again
    r = http.post("/v1/contributions/wage-earner", json={**body, "params": []})
    assert r.headers["x-jamsos-law-version"] == str(parameters.official().law_version)


def test_parameters_list_and_history(http) -> None:
    r = http.get("/v1/parameters")
    names = [p["name"] for p in r.json()["parameters"]]
    assert names == list(parameters.names())
    r = http.get("/v1/parameters/jp.wage_cap")
    assert r.status_code == 200
    data = r.json()
    assert data["unit"] == "rupiah"
    assert data["values"] == [
        json.loads(json.dumps(v.to_dict(), default=str)) for v in parameters.history("jp.wage_cap")
    ]
    march_2025 = next(v for v in data["values"] if v["since"] == "2025-03-01")
    assert march_2025["value"] == 10_547_400
    assert march_2025["status"] == "confirmed"


def test_cors_is_off_by_default(http) -> None:
    r = http.options(
        "/v1/contributions/wage-earner",
        headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in r.headers
    r = http.get("/health", headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in r.headers


def test_the_opt_in_to_assume_current_law(http) -> None:
    """Past the law data's horizon: refused, or a labelled projection with assume_current_law."""
    body = {"months_in_arrears": 1, "on": "2028-01-01"}
    refused = http.post("/v1/jkm/arrears", json=body)
    assert refused.status_code == 422 and refused.json()["code"] == "not_covered"
    projected = http.post("/v1/jkm/arrears", json={**body, "assume_current_law": True})
    assert projected.status_code == 200
    assert "+ projection under current law (" in projected.headers["x-jamsos-law-version"]
    assert projected.json()["law_version"]["label"].endswith("+ projection under current law")
    assert projected.json()["law_version"]["projection"] is True
    inside = http.post("/v1/jkm/arrears", json={**body, "on": "2027-12-31"})
    assert inside.status_code == 200 and inside.json()["law_version"]["projection"] is False
    wrong = http.post("/v1/jkm/arrears", json={**body, "assume_current_law": "yes"})
    assert wrong.status_code == 422 and wrong.json()["field"] == "assume_current_law"


def test_a_batch_past_the_horizon_with_the_opt_in(http) -> None:
    rows = [{"worker_id": 1, "month": "2028-01", "wage": 2_000_000, "segment": "BPU"}]
    refused = http.post("/v1/batch", json=rows)
    assert refused.status_code == 200 and refused.json()["rows"] == []
    assert "hanya diketahui sampai 31 Desember 2027" in refused.json()["errors"][0]["message"]
    projected = http.post("/v1/batch?assume_current_law=true", json=rows)
    assert projected.status_code == 200 and projected.json()["errors"] == []
    assert projected.json()["rows"][0]["total"] == 26_800
    assert "+ projection under current law (" in projected.headers["x-jamsos-law-version"]
