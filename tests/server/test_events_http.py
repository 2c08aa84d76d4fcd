"""The life events over HTTP (``POST /v1/events/...``): the library's answer, its refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import jamsos
from jamsos import ContributionHistory, Month, events

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ON = dt.date(2025, 3, 10)
BIRTH = dt.date(1990, 5, 1)
SINCE = dt.date(2022, 3, 1)
AS_OF = dt.date(2025, 4, 1)
#: The body every event shares (the JSON names are the library's keywords).
COMMON = {
    "on": "2025-03-10",
    "birth_date": "1990-05-01",
    "wage": 6_000_000,
    "member_since": "2022-03-01",
    "as_of": "2025-04-01",
}


def _same(response, result: events.LifeEvent) -> dict:
    """The answer is ``result.to_json()`` (without the explanation) and rebuilds the result."""
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    assert data == json.loads(result.to_json(explanation=False))
    assert jamsos.from_json(response.text) == result
    return data


def _problem(response, field: str) -> dict:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    data = response.json()
    assert data["field"] == field
    return data


def test_dismissal_equals_the_library(http) -> None:
    r = http.post("/v1/events/dismissal", json={**COMMON, "opening": "25000000"})
    expected = events.dismissal(
        on=ON, birth_date=BIRTH, wage=6_000_000, member_since=SINCE, opening=25_000_000, as_of=AS_OF
    )
    data = _same(r, expected)
    assert data["kind"] == "event.dismissal"
    assert [e["program"] for e in data["entitlements"]] == ["jkp", "jht", "jp"]
    # JKP: 45% of the Rp5.000.000 wage cap in each of the first three months (PP 37/2021 Pasal 21)
    assert str(expected["jkp"].schedule[0].amount) == "Rp3.000.000"
    assert expected["jht"].earliest_on == dt.date(2025, 4, 10)


def test_dismissal_with_a_dated_opening_and_a_claim_date(http) -> None:
    body = {
        **COMMON,
        "opening": {"on": "2025-01-01", "amount": "20000000"},
        "claim_on": "2025-03-20",
        "employer_scale": "besar",
    }
    expected = events.dismissal(
        on=ON,
        birth_date=BIRTH,
        wage=6_000_000,
        member_since=SINCE,
        opening=(dt.date(2025, 1, 1), 20_000_000),
        claim_on=dt.date(2025, 3, 20),
        employer_scale="besar",
        as_of=AS_OF,
    )
    _same(http.post("/v1/events/dismissal", json=body), expected)


def test_death_with_a_family_equals_the_library(http) -> None:
    family = {"spouse": True, "children": ["SD3:2016-01-05", {"level": "SMP", "year": 1}]}
    r = http.post("/v1/events/death", json={**COMMON, "cause": "work_accident", "family": family})
    expected = events.death(
        on=ON,
        cause="work_accident",
        birth_date=BIRTH,
        wage=6_000_000,
        member_since=SINCE,
        family=events.Family(spouse=True, children=["SD3:2016-01-05", events.Child("SMP", 1)]),
        as_of=AS_OF,
    )
    data = _same(r, expected)
    assert data["kind"] == "event.death"
    assert [e["program"] for e in data["entitlements"]] == ["jkk", "jht", "jp"]
    # the same family without the second child is a different answer: the children are read
    fewer = events.death(
        on=ON,
        cause="work_accident",
        birth_date=BIRTH,
        wage=6_000_000,
        member_since=SINCE,
        family=events.Family(spouse=True, children=["SD3:2016-01-05"]),
        as_of=AS_OF,
    )
    assert str(fewer["jkk"].paid_now) == "Rp310.000.000"
    assert str(fewer["jp"].monthly) == "Rp471.141"
    assert data != json.loads(fewer.to_json(explanation=False))


def test_retirement_equals_the_library(http) -> None:
    body = {
        "on": "2025-06-30",
        "birth_date": "1966-06-01",
        "wage": "8000000",
        "member_since": "2015-07-01",
        "opening": 150_000_000,
        "as_of": "2025-07-01",
    }
    expected = events.retirement(
        on=dt.date(2025, 6, 30),
        birth_date=dt.date(1966, 6, 1),
        wage=8_000_000,
        member_since=dt.date(2015, 7, 1),
        opening=150_000_000,
        as_of=dt.date(2025, 7, 1),
    )
    data = _same(http.post("/v1/events/retirement", json=body), expected)
    jp = next(e for e in data["entitlements"] if e["program"] == "jp")
    assert (jp["status"], jp["paid_now"]) == ("payable", "33827657")


def test_disability_with_a_history_equals_the_library(http) -> None:
    body = {
        "on": "2025-03-10",
        "birth_date": "1990-05-01",
        "history": {"constant": {"wage": 6_000_000, "first_month": "2022-03", "last_month": "2025-02"}},
        "family": {"spouse": True},
        "as_of": "2025-03-10",
    }
    expected = events.disability(
        on=ON,
        birth_date=BIRTH,
        history=ContributionHistory.constant(6_000_000, Month(2022, 3), Month(2025, 2)),
        family=events.Family(spouse=True),
        as_of=ON,
    )
    data = _same(http.post("/v1/events/disability", json=body), expected)
    assert [e["program"] for e in data["entitlements"]] == ["jkk", "jht", "jp"]


def test_explain_and_assume_current_law_are_served(http) -> None:
    r = http.post("/v1/events/dismissal?explain=true", json={**COMMON, "assume_current_law": False})
    assert r.status_code == 200, r.text
    expected = events.dismissal(on=ON, birth_date=BIRTH, wage=6_000_000, member_since=SINCE, as_of=AS_OF)
    assert r.json()["explanation"] == expected.explain().to_dict()
    assert r.json()["explanation_text"] == expected.explain().render("id")


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/v1/events/dismissal", {k: v for k, v in COMMON.items() if k != "birth_date"}, "birth_date"),
        ("/v1/events/dismissal", {**COMMON, "opening": {"on": "2025-01-01"}}, "opening.amount"),
        ("/v1/events/dismissal", {**COMMON, "salary": 1}, "salary"),
        ("/v1/events/death", {**COMMON, "cause": "flood"}, "cause"),
        ("/v1/events/death", {**COMMON, "cause": "other", "family": {"spouse": "yes"}}, "family.spouse"),
        (
            "/v1/events/death",
            {**COMMON, "cause": "other", "family": {"children": ["SD3", "XX9"]}},
            "family.children[1]",
        ),
        ("/v1/events/retirement", {**COMMON, "on": "30/06/2025"}, "on"),
        ("/v1/events/disability", {**COMMON, "history": {"records": []}}, "history"),
    ],
)
def test_a_bad_body_is_422_naming_the_field(http, path: str, body: dict, field: str) -> None:
    _problem(http.post(path, json=body), field)


def test_a_library_refusal_reads_as_the_library_says_it(http) -> None:
    r = http.post("/v1/events/death", json={**COMMON, "cause": "flood"}, headers={"Accept-Language": "en"})
    with pytest.raises(jamsos.JamsosError) as info:
        events.death(on=ON, cause="flood", birth_date=BIRTH, wage=6_000_000, member_since=SINCE, as_of=AS_OF)
    assert _problem(r, "cause")["detail"] == info.value.message("en")


def test_the_openapi_document_lists_the_events(http) -> None:
    doc = http.get("/openapi.json").json()
    for name in ("dismissal", "death", "retirement", "disability"):
        op = doc["paths"][f"/v1/events/{name}"]["post"]
        assert op["tags"] == ["events"]
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/Event{name.capitalize()}Request"}
    family = doc["components"]["schemas"]["Family"]
    assert set(family["properties"]) == {"spouse", "children", "parent"}
