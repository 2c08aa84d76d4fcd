"""The OpenAPI 3.1 document, assembled from JSON Schemas that already exist.

OpenAPI 3.1 speaks JSON Schema 2020-12, the dialect of the library's own schemas, so no
second model is written: ``Result``, ``Explanation`` and ``Error`` are
``jamsos.schema("result" | "explanation" | "error")`` verbatim, and the request bodies are
the ``$defs`` of the shipped ``schemas/requests.json`` (the same schemas the server
compiles into its request parser), with ``#/$defs/`` references pointed at
``#/components/schemas/``.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Mapping
from typing import Any, Final

import jamsos
from jamsos.server.convert import request_schemas
from jamsos.server.spec import ANSWERS, ENDPOINTS, Endpoint

__all__ = ["LIBRARY_SCHEMAS", "document", "library_schema"]

#: Component name -> ``jamsos.schema(name)``.
LIBRARY_SCHEMAS: Final = {"Result": "result", "Explanation": "explanation", "Error": "error"}

_ERROR_RESPONSES: Final = {
    "400": "Malformed JSON or a bad query parameter.",
    "413": "The body is larger than the server's limit.",
    "415": "The body is not JSON.",
    "422": "The input was refused by the library: the error code, the field and the message.",
}


def library_schema(name: str) -> dict[str, Any]:
    """``jamsos.schema(name)``: the library's JSON Schema of a result, explanation or error."""
    return jamsos.schema(name)


def _rewrite(node: object) -> object:
    if isinstance(node, dict):
        out = {k: _rewrite(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            out["$ref"] = "#/components/schemas/" + ref.removeprefix("#/$defs/")
        return out
    if isinstance(node, list):
        return [_rewrite(v) for v in node]
    return node


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: Mapping[str, Any], examples: list[object] | None = None) -> dict[str, Any]:
    content: dict[str, Any] = {"schema": dict(schema)}
    if examples:
        content["examples"] = {f"example{i + 1}": {"value": v} for i, v in enumerate(examples)}
    return {"application/json": content}


def _problems(*codes: str) -> dict[str, Any]:
    return {
        code: {
            "description": _ERROR_RESPONSES[code],
            "headers": _HEADERS,
            "content": {"application/problem+json": {"schema": _ref("Problem")}},
        }
        for code in codes
    }


_HEADERS: Final = {
    "X-Request-Id": {
        "description": "The request id (the caller's, or a new one).",
        "schema": {"type": "string"},
    },
    "X-Jamsos-Law-Version": {
        "description": "The law-data version used for this answer.",
        "schema": {"type": "string"},
    },
}

_PARAMETERS: Final = {
    "explain": {
        "name": "explain",
        "in": "query",
        "description": "true: add the explanation (every step, parameter and citation) to the result.",
        "schema": {"type": "boolean", "default": False},
    },
    "assume_current_law": {
        "name": "assume_current_law",
        "in": "query",
        "description": (
            "true: rows past the law data's release horizon are computed as if the law in force stays "
            "unchanged (the law-version header says: projection under current law)."
        ),
        "schema": {"type": "boolean", "default": False},
    },
    "AcceptLanguage": {
        "name": "Accept-Language",
        "in": "header",
        "description": "id (default) or en: the language of error messages and of explanation_text.",
        "schema": {"type": "string", "examples": ["id", "en"]},
    },
    "RequestId": {
        "name": "X-Request-Id",
        "in": "header",
        "description": "Your id for this request (letters, digits, . _ : -), echoed back.",
        "schema": {"type": "string", "maxLength": 128},
    },
}


def _summary(doc: str | None) -> str:
    text = inspect.cleandoc(doc or "")
    return text.split("\n\n", 1)[0].replace("\n", " ")


def _operation(e: Endpoint, defs: Mapping[str, Any]) -> dict[str, Any]:
    schema = defs[e.request]
    func = e.target()
    ok = _ref("Result") if e.answer == "result" else _ref(ANSWERS[e.answer])
    params = [
        {"$ref": "#/components/parameters/AcceptLanguage"},
        {"$ref": "#/components/parameters/RequestId"},
    ]
    if e.answer == "result":
        params.insert(0, {"$ref": "#/components/parameters/explain"})
    return {
        "operationId": e.operation_id,
        "summary": schema.get("title", e.function),
        "description": f"{_summary(func.__doc__)}\n\nCalls `{e.qualname}`; the JSON names are its keywords.",
        "tags": [e.tag],
        "parameters": params,
        "requestBody": {"required": True, "content": _json(_ref(e.request), schema.get("examples"))},
        "responses": {
            "200": {"description": "The answer.", "headers": _HEADERS, "content": _json(ok)},
            **_problems("400", "413", "415", "422"),
        },
    }


def _fixed_paths(defs: Mapping[str, Any]) -> dict[str, Any]:
    batch_examples = defs["BatchRequest"].get("examples")
    return {
        "/health": {
            "get": {
                "operationId": "health",
                "summary": "Library version and law-data version",
                "tags": ["server"],
                "responses": {
                    "200": {"description": "Up.", "headers": _HEADERS, "content": _json(_ref("Health"))}
                },
            }
        },
        "/v1/parameters": {
            "get": {
                "operationId": "parameters_names",
                "summary": "Every parameter of the law data",
                "tags": ["parameters"],
                "responses": {
                    "200": {
                        "description": "Names, descriptions, units.",
                        "content": _json(_ref("ParameterList")),
                    }
                },
            }
        },
        "/v1/parameters/{name}": {
            "get": {
                "operationId": "parameters_history",
                "summary": "One parameter's dated history, with citations and status",
                "tags": ["parameters"],
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"$ref": "#/components/parameters/AcceptLanguage"},
                ],
                "responses": {
                    "200": {"description": "The history.", "content": _json(_ref("ParameterHistory"))},
                    "404": {
                        "description": "No parameter of that name.",
                        "content": {"application/problem+json": {"schema": _ref("Problem")}},
                    },
                },
            }
        },
        "/v1/batch": {
            "post": {
                "operationId": "batch_contributions",
                "summary": "Contributions of many worker-months (JSON array or CSV)",
                "description": (
                    "Calls `jamsos.batch.contributions(rows, errors='collect')`. A JSON array answers "
                    "`{rows, errors}`; a CSV body (text/csv) is answered with the same rows as CSV, "
                    "streamed, with `error_code` and `error` filled on rejected rows."
                ),
                "tags": ["batch"],
                "parameters": [
                    {"$ref": "#/components/parameters/assume_current_law"},
                    {"$ref": "#/components/parameters/AcceptLanguage"},
                    {"$ref": "#/components/parameters/RequestId"},
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        **_json(_ref("BatchRequest"), batch_examples),
                        "text/csv": {"schema": {"type": "string"}},
                    },
                },
                "responses": {
                    "200": {
                        "description": "Good rows and rejected rows.",
                        "headers": _HEADERS,
                        "content": {
                            **_json(_ref("BatchResult")),
                            "text/csv": {"schema": {"type": "string"}},
                        },
                    },
                    **_problems("400", "413", "415", "422"),
                },
            }
        },
    }


def document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the server."""
    defs: Mapping[str, Any] = request_schemas()["$defs"]
    schemas: dict[str, Any] = {name: _rewrite(copy.deepcopy(s)) for name, s in defs.items()}
    schemas["Problem"]["properties"]["error"] = {**_ref("Error"), "description": "jamsos.schema('error')"}
    for component, name in LIBRARY_SCHEMAS.items():
        schemas[component] = library_schema(name)
    paths = _fixed_paths(defs)
    for e in ENDPOINTS:
        paths[e.path] = {"post": _operation(e, defs)}
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": "jamsos",
            "version": jamsos.__version__,
            "summary": "Indonesia's BPJS Ketenagakerjaan law as an HTTP JSON service",
            "description": (
                "Contributions, eligibility and benefits of JKK, JKM, JHT, JP and JKP, exact to the "
                "rupiah and cited to the article. Amounts are integers or exact decimal strings; "
                "errors are application/problem+json with the library's error code."
            ),
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
        },
        "paths": paths,
        "components": {"schemas": schemas, "parameters": _PARAMETERS},
    }
