"""Life-event results in the one JSON form (issue 12, docs/json.md): round trip and schema."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle

import jsonschema
import pytest

import jamsos
from jamsos import events
from jamsos.errors import ExplanationMissingError, InvalidInputError
from jamsos.events.result import LifeEvent
from jamsos.events.text import Text

ON = dt.date(2025, 3, 10)
SIMPLE = {"on": ON, "wage": 6_000_000, "member_since": dt.date(2022, 3, 1), "birth_date": dt.date(1990, 5, 5)}

EVENTS = {
    "dismissal": lambda: events.dismissal(**SIMPLE),
    "death": lambda: events.death(**SIMPLE, cause="work_accident"),
    "retirement": lambda: events.retirement(
        on=ON, wage=6_000_000, member_since=dt.date(2016, 3, 1), birth_date=dt.date(1968, 1, 1)
    ),
    "disability": lambda: events.disability(**SIMPLE),
}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = jamsos.schema("result")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module", params=sorted(EVENTS))
def event(request: pytest.FixtureRequest) -> LifeEvent:
    return EVENTS[request.param]()


def test_json_round_trip_is_exact(event: LifeEvent) -> None:
    text = event.to_json()
    assert event.to_dict() == json.loads(text)
    back = jamsos.from_json(text)
    assert type(back) is LifeEvent
    assert back == event and hash(back) == hash(event)
    assert str(back) == str(event) and back.table("en") == event.table("en")
    assert back.explain().to_dict() == event.explain().to_dict()
    assert LifeEvent.from_json(text) == event
    assert back.to_json() == text


def test_pickle_deepcopy_and_json_agree(event: LifeEvent) -> None:
    for other in (pickle.loads(pickle.dumps(event)), copy.deepcopy(event), jamsos.from_json(event.to_json())):
        assert other == event and hash(other) == hash(event)
        assert other.to_json() == event.to_json()


def test_json_validates_against_the_life_event_branch(
    event: LifeEvent, validator: jsonschema.Validator
) -> None:
    data = event.to_dict()
    validator.validate(data)
    validator.validate(event.to_dict(explanation=False))
    assert data["schema"] == "jamsos.result/2" and data["type"] == "life_event"
    assert data["kind"] == f"event.{event.kind}"
    # the branch is really applied: a life-event layout error is caught
    broken = {**data, "paid_now": int(data["paid_now"])}
    assert not validator.is_valid(broken)
    assert not validator.is_valid({**data, "entitlements": [{"program": "jp"}]})


def test_money_is_exact_strings_dates_iso_notes_bilingual(event: LifeEvent) -> None:
    data = event.to_dict()
    assert data["on"] == "2025-03-10" and data["inputs"] == {"on": {"date": "2025-03-10"}}
    assert data["paid_now"] == str(event.paid_now.amount)
    assert data["law_version"] is not None and data["law_version"]["official"] is True
    for ent, e in zip(data["entitlements"], event.entitlements, strict=True):
        assert ent["paid_now"] == str(e.paid_now.amount)
        assert [line["amount"] for line in ent["lines"]] == [str(x.amount.amount) for x in e.lines]
        for note in ent["notes"]:
            assert note["en"] and note["id"] and note["template"]
        for src in ent["sources"]:
            assert src["schema"] == "jamsos.result/2"
    codes = {n["code"] for n in data["notes"]}
    assert codes <= {f"event.{p.code}.note" for p in event.programs}
    assert len(data["notes"]) == sum(len(e.notes) for e in event.entitlements)


def test_dismissal_jkp_schedule_in_json() -> None:
    # PP 6/2025 Pasal 21 ayat (1): JKP cash is 60% of the wage for 6 months; ayat (3): the wage counts up to
    # Rp5,000,000, so 60% x 5,000,000 = 3,000,000 a month, as exact strings.
    data = events.dismissal(**SIMPLE).to_dict()
    jkp = next(e for e in data["entitlements"] if e["program"] == "jkp")
    assert jkp["status"] == "payable" and jkp["paid_now"] == "0"
    assert [p["amount"] for p in jkp["schedule"]] == ["3000000"] * 6
    assert jkp["schedule"][0]["when"] == "2025-04-10"
    assert data["title"]["id"] != data["title"]["en"]


def test_small_form_leaves_the_explanation_out() -> None:
    event = EVENTS["death"]()
    small = event.to_json(explanation=False)
    assert json.loads(small)["explanation"] is None
    back = jamsos.from_json(small)
    assert back == event
    assert back.to_dict()["explanation"] is None  # nothing to rebuild it from
    with pytest.raises(ExplanationMissingError):
        back.explain()


def test_text_round_trip_keeps_nested_texts_and_values() -> None:
    inner = Text("{day}", {"day": dt.date(2025, 1, 2)})
    t = Text(
        "a {x} b {y} c {z}", {"x": jamsos.Rupiah(5), "y": jamsos.Month(2025, 4), "z": inner}, {"id": "sudah"}
    )
    data = json.loads(json.dumps(t.to_dict()))
    assert Text.from_dict(data) == t
    assert data["params"]["x"] == {"rupiah": "5"} and data["rendered"] == {"id": "sudah"}


def test_not_a_life_event_is_refused() -> None:
    c = jamsos.contributions.wage_earner(
        8_000_000, jamsos.Month(2025, 6), risk_class=jamsos.RiskClass.VERY_LOW
    )
    with pytest.raises(InvalidInputError):
        LifeEvent.from_json(c.to_json())
    data = EVENTS["retirement"]().to_dict()
    with pytest.raises(InvalidInputError):
        jamsos.from_json(json.dumps({**data, "kind": "jp.old_age"}))
