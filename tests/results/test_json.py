"""One JSON form, described by the shipped schemas (issue 12)."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from result_samples import SAMPLES

import jamsos
from jamsos import Month, Program, RiskClass, contributions
from jamsos.frozen import FrozenMap
from jamsos.jsonform import decode_value, encode_value, register_result, result_types

RESULT = jsonschema.Draft202012Validator(jamsos.schema("result"))
EXPLANATION = jsonschema.Draft202012Validator(jamsos.schema("explanation"))


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def result(request: pytest.FixtureRequest) -> object:
    return SAMPLES[request.param]()


def test_schemas_are_valid_draft_2020_12() -> None:
    for name in ("result", "explanation", "error"):
        schema = jamsos.schema(name)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)


def test_result_schema_embeds_the_explanation_schema() -> None:
    """The result schema holds the explanation layout too; both copies must agree."""
    result, explanation = jamsos.schema("result"), jamsos.schema("explanation")
    for name in ("explanation_step", "parameter_use", "value", "money", "date", "month"):
        assert result["$defs"][name] == explanation["$defs"][name], name


def test_every_result_validates_and_round_trips(result: jamsos.Award) -> None:
    data = result.to_dict()
    RESULT.validate(data)
    EXPLANATION.validate(result.explain().to_dict())
    text = result.to_json()
    assert json.loads(text) == data  # to_dict() is exactly the JSON
    back = jamsos.from_json(text)
    assert back == result and type(back) is type(result)
    assert back.to_json() == text
    assert back.explain().render("id") == result.explain().render("id")


def test_without_explanation(result: jamsos.Award) -> None:
    text = result.to_json(explanation=False)
    data = json.loads(text)
    assert data["explanation"] is None
    RESULT.validate(data)
    back = jamsos.from_json(text)
    assert back == result
    with pytest.raises(jamsos.ExplanationMissingError) as info:
        back.explain()
    assert info.value.code == "explanation_missing"


def test_contributions_shape_is_stable() -> None:
    """Every program present with `enrolled`; money as exact strings; lists are lists."""
    micro = contributions.wage_earner(
        3_000_000, Month(2025, 6), risk_class=RiskClass.LOW, employer_scale="micro"
    )
    data = micro.to_dict()
    assert list(data["programs"]) == ["jkk", "jkm", "jht", "jp", "jkp"]
    assert data["programs"]["jp"] == {
        "enrolled": False,
        "employer": "0",
        "worker": "0",
        "government": "0",
        "total": "0",
    }
    # Perpres 109/2013 Pasal 6 ayat (1) huruf d: a micro employer owes JKK and JKM only.
    assert data["programs"]["jkk"]["enrolled"] and not data["programs"]["jht"]["enrolled"]
    # JKK 0,54% (class 2, PP 44/2015 Lampiran I) + JKM 0,30% (Pasal 18) of Rp3.000.000.
    assert data["programs"]["jkk"]["employer"] == "16200"
    assert data["programs"]["jkm"]["total"] == "9000"
    assert data["total"] == "25200"
    assert data["segment"] == "PU" and data["month"] == "2025-06"
    assert isinstance(data["notes"], list) and isinstance(data["allocations"], list)


def test_awards_and_decisions_shape() -> None:
    award = SAMPLES["jkp.cash_benefit"]().to_dict()
    # PP 6/2025 Pasal 21: 60% of the Rp5.000.000 wage cap for 6 months = Rp3.000.000 a month.
    assert award["total"] == "18000000"
    assert award["payments"][0] == {"when": "2025-04-01", "amount": "3000000"}
    decision = SAMPLES["jht.withdrawal"]().to_dict()
    assert decision["eligible"] is False and decision["earliest_on"] == "2025-04-01"
    assert all({"code", "met", "en", "id", "basis"} == set(r) for r in decision["reasons"])
    assert all({"code", "en", "id"} == set(n) for n in decision["notes"])


def test_self_describing_values_round_trip() -> None:
    value = {
        "cap": jamsos.Rupiah("10547400"),
        "fraction": jamsos.Rupiah("0.5"),
        "rate": jamsos.Rate.percent("0.24"),
        "on": dt.date(2025, 3, 1),
        "month": Month(2025, 3),
        "rates": {2015: jamsos.Rate.percent("7")},
        "tricky": {"rupiah": "not money"},
        "list": (1, "a", None, True),
    }
    encoded = encode_value(value)
    assert encoded["cap"] == {"rupiah": "10547400"}  # type: ignore[index,call-overload]
    assert encoded["rate"] == {"percent": "0.24"}  # type: ignore[index,call-overload]
    assert encoded["tricky"] == {"object": {"rupiah": "not money"}}  # type: ignore[index,call-overload]
    back = decode_value(json.loads(json.dumps(encoded)))
    assert back == FrozenMap(value)
    assert back["rates"][2015] == jamsos.Rate.percent("7")


def test_bad_json_is_a_clear_error() -> None:
    with pytest.raises(jamsos.InvalidInputError):
        jamsos.from_json("{not json")
    with pytest.raises(jamsos.UnknownValueError) as info:
        jamsos.from_json('{"type": "spaceship"}')
    assert info.value.field == "type"
    data = SAMPLES["contributions.wage_earner"]().to_dict(explanation=False)
    data["total"] = 750200  # type: ignore[typeddict-item]
    del data["programs"]["jkk"]["employer"]  # type: ignore[misc]
    with pytest.raises(jamsos.JamsosError):
        jamsos.from_json(json.dumps(data))


def test_registry_lists_built_in_types_and_refuses_a_clash() -> None:
    assert {"award", "contributions", "decision"} <= set(result_types())
    with pytest.raises(jamsos.InvalidInputError):
        register_result("award", lambda data: data)


def test_program_codes_cover_every_program() -> None:
    assert [p.code for p in Program] == list(
        jamsos.schema("result")["$defs"]["contributions"]["properties"]["programs"]["required"]
    )


def test_a_projection_says_so_in_its_json_and_reads_back() -> None:
    """``law_version.projection`` is true with the opt-in past the horizon (31 Dec 2027)."""
    projected = contributions.non_wage_earner(1_000_000, "2029-05", assume_current_law=True)
    data = projected.to_dict()
    assert data["law_version"]["projection"] is True  # type: ignore[index]
    RESULT.validate(data)
    back = jamsos.from_json(projected.to_json())
    assert back == projected and back.law_version is not None and back.law_version.projection is True
    plain = contributions.non_wage_earner(1_000_000, "2026-05")
    assert plain.to_dict()["law_version"]["projection"] is False  # type: ignore[index]


def test_a_0_2_document_without_the_projection_key_still_loads() -> None:
    data = contributions.non_wage_earner(1_000_000, "2026-05").to_dict()
    del data["law_version"]["projection"]  # type: ignore[attr-defined]
    RESULT.validate(data)
    back = jamsos.from_json(json.dumps(data))
    assert back.law_version is not None and back.law_version.projection is False
