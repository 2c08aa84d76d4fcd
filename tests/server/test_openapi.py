"""/openapi.json is built from the library's and the shipped JSON Schemas; /docs renders it."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from jamsos.server import openapi
from jamsos.server.spec import ENDPOINTS

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _shipped() -> dict:
    text = resources.files("jamsos.server").joinpath("schemas/requests.json").read_text("utf-8")
    return json.loads(text)


def test_the_document_is_openapi_3_1_with_every_endpoint(http) -> None:
    doc = http.get("/openapi.json").json()
    assert doc["openapi"] == "3.1.0"
    assert doc["jsonSchemaDialect"] == "https://json-schema.org/draft/2020-12/schema"
    for e in ENDPOINTS:
        op = doc["paths"][e.path]["post"]
        assert op["requestBody"]["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{e.request}"
        }
        assert set(op["responses"]) == {"200", "400", "413", "415", "422"}
    assert {"/health", "/v1/batch", "/v1/parameters", "/v1/parameters/{name}"} <= set(doc["paths"])


def test_library_schemas_are_used_verbatim(http) -> None:
    doc = http.get("/openapi.json").json()
    for component, name in openapi.LIBRARY_SCHEMAS.items():
        assert doc["components"]["schemas"][component] == openapi.library_schema(name)


def test_request_schemas_are_the_shipped_file(http) -> None:
    """The shipped $defs, with only their references pointed at components."""
    doc = http.get("/openapi.json").json()
    shipped = _shipped()["$defs"]
    published = json.dumps({k: doc["components"]["schemas"][k] for k in shipped if k != "Problem"})
    original = json.dumps({k: v for k, v in shipped.items() if k != "Problem"})
    assert published == original.replace('"#/$defs/', '"#/components/schemas/')
    refs = set(re.findall(r'"#/components/schemas/(\w+)"', json.dumps(doc)))
    assert refs <= set(doc["components"]["schemas"])


def test_every_example_is_answered(http) -> None:
    """Each request example of the document gets a 200 from the server."""
    doc = http.get("/openapi.json").json()
    seen = 0
    for path, item in doc["paths"].items():
        body = item.get("post", {}).get("requestBody", {}).get("content", {}).get("application/json")
        for example in (body or {}).get("examples", {}).values():
            r = http.post(path, json=example["value"])
            assert r.status_code == 200, (path, r.text)
            seen += 1
    assert seen == len(ENDPOINTS) + 1  # and the batch example


def test_docs_page_is_self_contained(http) -> None:
    r = http.get("/docs")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    page = r.text
    assert "<script" not in page
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing from a CDN
    for e in ENDPOINTS:
        assert e.path in page
