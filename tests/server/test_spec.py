"""The routing table, the request schemas and the public functions agree (no server needed)."""

from __future__ import annotations

import inspect

import pytest

pytest.importorskip("starlette")

from jamsos.server.convert import FieldError, compile_request, request_schemas
from jamsos.server.problems import negotiate_lang
from jamsos.server.spec import ANSWERS, ENDPOINTS


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.path)
def test_schema_properties_are_the_function_keywords(endpoint) -> None:
    schema = request_schemas()["$defs"][endpoint.request]
    signature = inspect.signature(endpoint.target())
    keywords = set(signature.parameters)
    properties = set(schema["properties"])
    assert properties == keywords  # every keyword is served, under its own name
    assert ("params" in properties) == ("params" in keywords)
    required = {n for n, p in signature.parameters.items() if p.default is inspect.Parameter.empty}
    assert set(schema["required"]) == required
    assert schema["additionalProperties"] is False


def test_every_benefit_and_eligibility_function_is_served() -> None:
    """Each public function of the program modules that answers a result has an endpoint."""
    import jamsos
    from jamsos.results import Award, Contributions, Decision

    served = {e.qualname for e in ENDPOINTS}
    missing = []
    for name in ("contributions", "jp", "jht", "jkk", "jkm", "jkp"):
        module = getattr(jamsos, name)
        for attr in module.__all__:
            func = getattr(module, attr)
            if not inspect.isfunction(func):
                continue
            answer = inspect.signature(func, eval_str=True).return_annotation
            if answer in (Award, Decision, Contributions) and f"jamsos.{name}.{attr}" not in served:
                missing.append(f"jamsos.{name}.{attr}")
    assert missing == []


def test_paths_are_unique_and_answers_known() -> None:
    paths = [e.path for e in ENDPOINTS]
    assert len(paths) == len(set(paths))
    defs = request_schemas()["$defs"]
    for e in ENDPOINTS:
        assert e.answer == "result" or ANSWERS[e.answer] in defs
        assert e.path.startswith("/v1/")


def test_every_reference_resolves() -> None:
    import json
    import re

    defs = request_schemas()["$defs"]
    refs = set(re.findall(r'"#/\$defs/(\w+)"', json.dumps(defs)))
    assert refs <= set(defs)


def test_the_converter_checks_shapes_and_builds_library_types() -> None:
    convert = compile_request("JpSurvivorBenefitRequest")
    kwargs = convert(
        {
            "history": {"constant": {"wage": 1, "first_month": "2024-01", "last_month": "2024-03"}},
            "birth_date": "1985-03-15",
            "died_on": "2025-01-10",
            "survivors": {"spouse": True, "children": ["2012-04-01"]},
        },
        "",
    )
    assert isinstance(kwargs, dict)
    assert len(kwargs["history"]) == 3
    assert kwargs["survivors"].spouse is True
    with pytest.raises(FieldError) as info:
        convert({"history": {"records": [], "constant": {}}}, "")
    assert info.value.field == "birth_date"  # required keys are checked first
    with pytest.raises(FieldError) as info:
        compile_request("JhtBalanceRequest")(
            {"history": {"records": [], "constant": {}}, "until": "2024-01-01"}, ""
        )
    assert info.value.field == "history"


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        (None, "id"),
        ("", "id"),
        ("en", "en"),
        ("en-GB,en;q=0.8", "en"),
        ("id;q=0.2, en;q=0.9", "en"),
        ("fr, de;q=0.5", "id"),
        ("en;q=0, id", "id"),
        ("*", "id"),
        ("EN", "en"),
        ("en;q=abc, id", "id"),
    ],
)
def test_accept_language(header, lang) -> None:
    assert negotiate_lang(header) == lang
