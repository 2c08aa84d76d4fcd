"""The worked examples of the docs as data: one TOML file per scenario, run by one test.

In the spirit of the YAML tests of rules-as-code engines (OpenFisca, PolicyEngine): a
scenario names the law it shows, the date that selects that law, the call, its inputs and
the expected outputs, and where in the docs the example lives. Each file holds exactly these
keys (anything else is refused, so a misspelt key cannot silently skip a check)::

    name = "..."                 # what the example shows
    date = 2025-06-30            # the date that selects the law
    citation = "PP ... Pasal ..."  # the articles the figures come from
    source = "docs/....md"       # where the worked example is written for people
    call = "jamsos.module.function"
    [inputs]                     # keyword arguments; `args = [...]` for positional ones
    [expected]                   # dotted paths into the result = expected value
    # or, for a refusal:
    [error]
    type = "NotCoveredError"     # the exact jamsos.errors class
    match = "regex"              # searched in str(exception)

Special input tables build domain values: ``{history = {wage, first, last}}`` is
``ContributionHistory.constant`` and ``{survivors = {...}}`` is ``jamsos.jp.Survivors``.
Expected values compare with the result's own type: an int or string against a ``Rupiah``
is an amount of rupiah, a string against a ``Month`` is ``YYYY-MM``, a TOML date against a
date; anything else must be equal as it is.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from jamsos import errors
from jamsos.domain import ContributionHistory
from jamsos.money import Rupiah
from jamsos.periods import Month

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FILES = sorted(HERE.glob("*.toml"))
KEYS = {"name", "date", "citation", "source", "call", "inputs", "expected", "error"}
REQUIRED = {"name", "date", "citation", "source", "call", "inputs"}


def load(path: Path) -> dict[str, Any]:
    """Read and validate one scenario file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(data) - KEYS
    assert not unknown, f"{path.name}: unknown keys {sorted(unknown)}; accepted: {sorted(KEYS)}"
    missing = REQUIRED - set(data)
    assert not missing, f"{path.name}: missing keys {sorted(missing)}"
    assert ("expected" in data) != ("error" in data), f"{path.name}: give [expected] or [error], not both"
    assert isinstance(data["date"], dt.date), f"{path.name}: date must be a TOML date"
    assert data["date"] >= dt.date(2015, 7, 1), f"{path.name}: the programs start on 2015-07-01"
    assert str(data["citation"]).strip(), f"{path.name}: the citation is empty"
    assert (ROOT / data["source"]).is_file(), f"{path.name}: source {data['source']} does not exist"
    assert str(data["call"]).startswith("jamsos."), f"{path.name}: call must be a jamsos function"
    if "error" in data:
        assert set(data["error"]) == {"type", "match"}, f"{path.name}: [error] has exactly type and match"
    else:
        assert data["expected"], f"{path.name}: [expected] is empty"
    return data


def _function(dotted: str) -> Any:
    module, _, name = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise AssertionError(f"call {dotted!r} does not exist: {exc}") from None


def _input(value: object) -> object:
    if isinstance(value, Mapping) and len(value) == 1:
        ((kind, spec),) = value.items()
        if kind == "history":
            return ContributionHistory.constant(spec["wage"], spec["first"], spec["last"])
        if kind == "survivors":
            from jamsos.jp import Survivors

            return Survivors(**{k: tuple(v) if isinstance(v, list) else v for k, v in spec.items()})
    return value


def _at(result: object, path: str) -> object:
    value = result
    for step in path.split("."):
        if isinstance(value, Mapping):
            assert step in value, f"{path!r}: no key {step!r} in {sorted(map(str, value))}"
            value = value[step]
        elif isinstance(value, tuple | list) and step.lstrip("-").isdigit():
            value = value[int(step)]
        else:
            assert hasattr(value, step), f"{path!r}: {type(value).__name__} has no attribute {step!r}"
            value = getattr(value, step)
    return value


def _same(actual: object, expected: object) -> bool:
    if isinstance(actual, Rupiah) and isinstance(expected, int | str) and not isinstance(expected, bool):
        return actual == Rupiah.of(expected)
    if isinstance(actual, Month) and isinstance(expected, str):
        return actual == Month.parse(expected)
    if isinstance(actual, tuple) and isinstance(expected, list):  # TOML has arrays, results tuples
        return len(actual) == len(expected) and all(map(_same, actual, expected))
    return type(actual) is type(expected) and actual == expected


def run(data: Mapping[str, Any]) -> None:
    """Run one scenario; an AssertionError says which expectation failed and how."""
    func = _function(data["call"])
    inputs = {k: _input(v) for k, v in data["inputs"].items()}
    args = [_input(a) for a in inputs.pop("args", [])]
    if "error" in data:
        kind = getattr(errors, data["error"]["type"], None)
        assert isinstance(kind, type) and issubclass(kind, errors.JamsosError), (
            f"{data['error']['type']!r} is not a jamsos error class"
        )
        raised: errors.JamsosError | None = None
        try:
            func(*args, **inputs)
        except errors.JamsosError as exc:
            raised = exc
        assert raised is not None, f"{data['name']}: expected {kind.__name__}, nothing was raised"
        assert type(raised) is kind, (
            f"raised {type(raised).__name__} ({raised}); expected exactly {kind.__name__}"
        )
        assert re.search(data["error"]["match"], str(raised)), (
            f"the message {str(raised)!r} does not match {data['error']['match']!r}"
        )
        return
    result = func(*args, **inputs)
    wrong = []
    for path, expected in data["expected"].items():
        actual = _at(result, path) if path != "value" else result
        if not _same(actual, expected):
            wrong.append(f"{path}: expected {expected!r}, got {actual!r}")
    assert not wrong, f"{data['name']}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario(path: Path) -> None:
    run(load(path))


def test_there_are_scenarios_for_every_program() -> None:
    calls = {load(p)["call"].split(".")[1] for p in FILES}
    assert {"contributions", "jp", "jht", "jkk", "jkm", "jkp"} <= calls


# -- the runner itself fails loudly --------------------------------------------------------------
BASE = {
    "name": "t",
    "date": dt.date(2025, 6, 30),
    "citation": "c",
    "source": "README.md",
    "call": "jamsos.contributions.non_wage_earner",
    "inputs": {"args": [1_000_000, "2025-06"]},
    "expected": {"total": 16_800},
}


def test_the_base_scenario_passes() -> None:
    run(BASE)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"expected": {"total": 16_801}}, r"total: expected 16801, got Rupiah\('16800'\)"),
        ({"expected": {"totl": 1}}, "has no attribute 'totl'"),
        ({"expected": {"total": 16_800.0}}, "expected 16800.0"),
        ({"call": "jamsos.contributions.nothing"}, "does not exist"),
        ({"expected": None, "error": {"type": "NotCoveredError", "match": "x"}}, "nothing was raised"),
        ({"expected": None, "error": {"type": "KeyError", "match": "x"}}, "not a jamsos error class"),
    ],
)
def test_a_wrong_scenario_fails(change: dict[str, object], message: str) -> None:
    data = {**BASE, **change}
    data = {k: v for k, v in data.items() if v is not None}
    with pytest.raises(AssertionError, match=message):
        run(data)


def test_the_wrong_error_class_fails() -> None:
    data = {**BASE, "inputs": {"args": [1_000_000, "2015-06"]}}
    data.pop("expected")
    run({**data, "error": {"type": "NotCoveredError", "match": "2015-07"}})
    with pytest.raises(AssertionError, match="raised NotCoveredError .*; expected exactly JamsosError"):
        run({**data, "error": {"type": "JamsosError", "match": "2015-07"}})
    with pytest.raises(AssertionError, match="expected exactly InvalidDateError"):
        run({**data, "error": {"type": "InvalidDateError", "match": "2015-07"}})
    with pytest.raises(AssertionError, match="does not match 'July'"):
        run({**data, "error": {"type": "NotCoveredError", "match": "July"}})


def test_a_malformed_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.toml"
    bad.write_text(
        'name = "x"\ndate = 2025-01-01\ncitation = "c"\nsource = "README.md"\ncall = "jamsos.x"\n'
        "[inputs]\n[expected]\ntotal = 1\n[expectd]\n",
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match=r"unknown keys \['expectd'\]"):
        load(bad)
