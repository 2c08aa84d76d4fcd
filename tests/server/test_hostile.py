"""Hostile values through the HTTP layer: every answer is a 2xx or a 4xx problem, never a 5xx."""

from __future__ import annotations

import itertools

import pytest

from jamsos.server.convert import request_schemas
from jamsos.server.spec import ENDPOINTS

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

#: JSON values a careless or hostile client sends (dates far in the future are left out:
#: some computations walk every working day up to them, a cost noted in docs/server.md).
HOSTILE: tuple[object, ...] = (
    None,
    True,
    False,
    0,
    -1,
    10**30,
    -(10**30),
    1.5,
    1e300,
    "",
    " ",
    "x",
    "²",
    "5" * 5000,
    "1.5e6",
    "8.000.000",
    "2025-13",
    "2025-02-30",
    "0001-01-01",
    "\u0000",
    [],
    {},
    [None],
    {"a": 1},
    [{"month": "2024-01"}],
)
RAW = (b"NaN", b"Infinity", b"1e400", b"-0", b'"\\ud800"', b"1" * 5000)


def _bodies():
    """Each endpoint's example with one field replaced, rotating through the hostile values."""
    defs = request_schemas()["$defs"]
    values = itertools.cycle(range(len(HOSTILE)))
    for e in ENDPOINTS:
        example = defs[e.request]["examples"][0]
        for key in defs[e.request]["properties"]:
            for _ in range(2):
                yield e.path, {**example, key: HOSTILE[next(values)]}


def test_no_hostile_value_is_a_server_error(http) -> None:
    count = 0
    for path, body in _bodies():
        r = http.post(path, json=body)
        assert r.status_code < 500, (path, body, r.text)
        assert r.status_code in (200, 422), (path, body, r.text)
        count += 1
    assert count > 2 * len(ENDPOINTS)


def test_every_hostile_value_in_the_main_endpoint(http) -> None:
    example = {"wage": 8_000_000, "month": "2025-06", "risk_class": 1}
    for key in (*example, "employer_scale", "birth_date", "programs", "params", "active_participants"):
        for value in HOSTILE:
            r = http.post("/v1/contributions/wage-earner", json={**example, key: value})
            assert r.status_code in (200, 422), (key, value, r.text)
            if r.status_code == 422:
                assert r.json()["field"] is not None or r.json()["code"]
        for raw in RAW:
            body = b'{"wage": 8000000, "month": "2025-06", "risk_class": 1, "%s": %s}' % (key.encode(), raw)
            r = http.post(
                "/v1/contributions/wage-earner", content=body, headers={"content-type": "application/json"}
            )
            assert r.status_code in (200, 400, 422), (key, raw, r.text)


def test_hostile_batch_rows(http) -> None:
    rows = [{"month": "2025-06", "wage": value, "risk_class": 1} for value in HOSTILE]
    rows += [{"month": value, "wage": 5_000_000, "risk_class": value} for value in HOSTILE]
    r = http.post("/v1/batch", json=rows)
    assert r.status_code in (200, 422), r.text
    if r.status_code == 200:
        data = r.json()
        assert len(data["rows"]) + len(data["errors"]) == len(rows)
