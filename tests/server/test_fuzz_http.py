"""Every hostile value of the shared fuzz harness (``tests/fuzz``) through the HTTP layer.

For each served function that has a harness entry, the entry's valid call is sent as a JSON
body, then each fuzzed argument is replaced by each hostile value (in its JSON form: dates
as ISO text, ``NaN`` as the bare token a careless encoder writes, objects as text). Every
answer must be a 2xx or a 4xx problem: never a 5xx.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import inspect
import json
import sys
from decimal import Decimal
from enum import Enum
from pathlib import Path

import pytest

from jamsos import ContributionHistory, Month, Rupiah
from jamsos.server.spec import ENDPOINTS

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

_REGISTRY = Path(__file__).resolve().parents[1] / "fuzz" / "registry.py"


def _registry():  # type: ignore[no-untyped-def]
    if "_fuzz_registry" in sys.modules:
        return sys.modules["_fuzz_registry"]
    spec = importlib.util.spec_from_file_location("_fuzz_registry", _REGISTRY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_fuzz_registry"] = module
    spec.loader.exec_module(module)
    return module


def to_json(value: object) -> object:
    """The JSON form a client in another language would send for a Python value."""
    if value is None or isinstance(value, bool | int | str | float):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):  # datetime included: its ISO text
        return value.isoformat()
    if isinstance(value, Month):
        return str(value)
    if isinstance(value, Rupiah):
        return format(value.amount, "f")
    if isinstance(value, Enum):
        return to_json(value.value)
    if type(value).__name__ == "Survivors":  # jamsos.jp.Survivors: its JSON object form
        return {"spouse": value.spouse, "parent": value.parent}  # type: ignore[attr-defined]
    if isinstance(value, ContributionHistory):
        return {"records": [{"month": str(r.month), "wage": format(r.wage.amount, "f")} for r in value]}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return str(value)


def _cases():  # type: ignore[no-untyped-def]
    registry = _registry()
    entries = {e.name: e for e in registry.entries()}
    for endpoint in ENDPOINTS:
        entry = entries.get(endpoint.qualname.removeprefix("jamsos."))
        if entry is None:
            continue
        names = list(inspect.signature(endpoint.target()).parameters)
        base = {names[i]: to_json(v) for i, v in enumerate(entry.args)}
        base.update({k: to_json(v) for k, v in entry.kwargs.items()})
        keys = [names[k] if isinstance(k, int) else k for k in entry.kinds]
        yield endpoint.path, base, keys, registry.HOSTILE


CASES = list(_cases()) if _REGISTRY.exists() else []


@pytest.mark.skipif(not _REGISTRY.exists(), reason="the shared fuzz harness (tests/fuzz) is not in this tree")
def test_the_harness_covers_the_served_functions() -> None:
    assert len(CASES) >= 20


@pytest.mark.skipif(not _REGISTRY.exists(), reason="the shared fuzz harness (tests/fuzz) is not in this tree")
@pytest.mark.parametrize(("path", "base", "keys", "hostile"), CASES, ids=[c[0] for c in CASES])
def test_hostile_values_never_make_a_5xx(http, path: str, base: dict, keys: list[str], hostile: dict) -> None:
    r = http.post(path, json=base)
    assert r.status_code == 200, f"the harness's valid call is refused over HTTP: {r.text}"
    failures = []
    for key in keys:
        sent = set()
        for label, value in hostile.items():
            body = json.dumps({**base, key: to_json(value)})  # NaN stays the bare token
            if body in sent:
                continue  # two Python values with one JSON form (-5 and Decimal("-1") are not)
            sent.add(body)
            r = http.post(path, content=body.encode(), headers={"content-type": "application/json"})
            kind = "application/json" if r.status_code < 400 else "application/problem+json"
            if r.status_code >= 500 or r.headers["content-type"] != kind:
                failures.append(f"{key}={label}: {r.status_code} {r.text[:160]}")
    assert not failures, f"{path}:\n" + "\n".join(failures)
