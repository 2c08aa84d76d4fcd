"""Bad input is never a 500: problem+json (RFC 9457) with the library's code, field and message."""

from __future__ import annotations

import pytest

from jamsos import Month
from jamsos.contributions import wage_earner
from jamsos.errors import JamsosError

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

WAGE_EARNER = "/v1/contributions/wage-earner"


def _problem(r, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    data = r.json()
    assert data["status"] == status
    assert data["request_id"] == r.headers["x-request-id"]
    assert r.headers["x-jamsos-law-version"]
    return data


def _library_error(**kwargs) -> JamsosError:
    with pytest.raises(JamsosError) as info:
        wage_earner(**kwargs)
    return info.value


def test_a_library_error_is_422_with_its_code_and_message(http) -> None:
    r = http.post(WAGE_EARNER, json={"wage": -5, "month": "2025-06", "risk_class": 1})
    data = _problem(r, 422)
    exc = _library_error(wage=-5, month=Month(2025, 6), risk_class=1)
    assert data["code"] == data["error"]["code"]
    assert data["type"] == "urn:jamsos:error:" + data["code"]
    assert data["detail"] == exc.message("id")  # Indonesian first; see the language test
    assert data["detail"] == "upah harus lebih dari Rp0, bukan -Rp5"
    assert data["instance"] == WAGE_EARNER


def test_a_float_wage_is_refused_like_the_library_refuses_a_float(http) -> None:
    """A JSON number is read as an exact decimal, so 1e400 is an amount too large, not inf."""
    r = http.post(WAGE_EARNER, json={"wage": "8.000.000,5", "month": "2025-06", "risk_class": 1})
    _problem(r, 422)
    r = http.post(
        WAGE_EARNER,
        content=b'{"wage": NaN, "month": "2025-06", "risk_class": 1}',
        headers={"content-type": "application/json"},
    )
    assert _problem(r, 400)["code"] == "malformed_json"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"month": "2025-06", "risk_class": 1}, "wage"),
        ({"wage": True, "month": "2025-06", "risk_class": 1}, "wage"),
        ({"wage": 1, "month": 202506, "risk_class": 1}, "month"),
        ({"wage": 1, "month": "2025-06", "risk_class": 1, "bonus": 5}, "bonus"),
        ({"wage": 1, "month": "2025-06", "risk_class": 1, "programs": "jp"}, "programs"),
        ({"wage": 1, "month": "2025-06", "risk_class": 1, "birth_date": "15/03/1972"}, "birth_date"),
        (
            {"wage": 1, "month": "2025-06", "risk_class": 1, "params": [{"name": "jp.wage_cap"}]},
            "params[0].since",
        ),
    ],
)
def test_each_field_error_names_the_field(http, body: dict, field: str) -> None:
    data = _problem(http.post(WAGE_EARNER, json=body), 422)
    assert data["field"] == field
    assert data["code"]


def test_nested_fields_are_named_by_their_path(http) -> None:
    body = {
        "history": {"records": [{"month": "2024-01", "wage": 1}, {"month": "2024-02", "wage": "x"}]},
        "until": "2024-12-31",
    }
    data = _problem(http.post("/v1/jht/balance", json=body), 422)
    assert data["field"] == "history.records[1].wage"


def test_messages_follow_accept_language(http) -> None:
    body = {"wage": 1, "month": "2025-06", "risk_class": 1, "bonus": 5}
    en = _problem(http.post(WAGE_EARNER, json=body, headers={"Accept-Language": "en"}), 422)
    id_ = _problem(http.post(WAGE_EARNER, json=body, headers={"Accept-Language": "id-ID,id;q=0.9"}), 422)
    default = _problem(http.post(WAGE_EARNER, json=body), 422)
    assert en["detail"].startswith("unknown field bonus; accepted: wage, month")
    assert id_["detail"].startswith("kolom bonus tidak dikenal; yang diterima: wage, month")
    assert default["detail"] == id_["detail"]  # Indonesian first
    assert (en["title"], id_["title"]) == ("The input was refused", "Masukan ditolak")


def test_malformed_json_is_400(http) -> None:
    for raw in (b"{", b"", b"[1,", b"\xff\xfe", b'{"wage": 1,}', b"[" * 100_000):
        data = _problem(
            http.post(WAGE_EARNER, content=raw, headers={"content-type": "application/json"}), 400
        )
        assert data["code"] == "malformed_json"
        assert data["type"] == "about:blank"


def test_a_body_that_is_not_an_object_is_422(http) -> None:
    for body in (b"[]", b'"x"', b"5", b"null"):
        data = _problem(
            http.post(WAGE_EARNER, content=body, headers={"content-type": "application/json"}), 422
        )
        assert data["field"] == ""


def test_a_body_over_the_limit_is_413(http) -> None:
    """The module's server runs with --max-body 200000."""
    big = {"wage": 1, "month": "2025-06", "risk_class": 1, "industry": "x" * 300_000}
    data = _problem(http.post(WAGE_EARNER, json=big), 413)
    assert data["code"] == "body_too_large"

    def chunks():  # no Content-Length: the limit is counted while reading
        for _ in range(30):
            yield b" " * 10_000

    data = _problem(
        http.post(WAGE_EARNER, content=chunks(), headers={"content-type": "application/json"}), 413
    )
    assert data["code"] == "body_too_large"


def test_unknown_routes_and_wrong_methods(http) -> None:
    data = _problem(http.get("/v1/nothing-here"), 404)
    assert data["code"] == "not_found"
    data = _problem(http.get(WAGE_EARNER), 405)
    assert data["code"] == "method_not_allowed"
    data = _problem(http.get("/v1/parameters/jp.no_such_thing"), 404)
    assert data["code"] == "unknown_parameter"
    assert "jp.wage_cap" in data["detail"]  # the library's hint lists the names under 'jp'


def test_a_body_that_is_not_json_is_415(http) -> None:
    r = http.post(
        WAGE_EARNER, content=b"wage=1", headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert _problem(r, 415)["code"] == "unsupported_media_type"


def test_a_date_the_law_data_does_not_cover_is_422_not_covered(http) -> None:
    data = _problem(
        http.post(WAGE_EARNER, json={"wage": 1_000_000, "month": "2014-01", "risk_class": 1}), 422
    )
    assert data["code"] == "not_covered"
