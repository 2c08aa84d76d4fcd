"""jamsos.jsonform's result registry: the types of modules loaded on first use are found.

jsonform (layer 3) never imports the programmes or life events (layer 5): the package facade
registers a loader (``register_result_loader``) that imports them before a result is read.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from jamsos import jsonform, programmes
from jamsos.errors import UnknownValueError


def test_a_fresh_interpreter_reads_a_programme_result_without_importing_programmes_first() -> None:
    text = programmes.cost(workers=3, first_month="2026-01", last_month="2026-02").to_json()
    code = (
        "import sys, jamsos\n"
        "assert 'jamsos.programmes' not in sys.modules and 'jamsos.events' not in sys.modules\n"
        "r = jamsos.from_json(sys.stdin.read())\n"
        "print(type(r).__module__, type(r).__name__, r.workers, 'life_event' in jamsos.jsonform.result_types())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.split() == ["jamsos.programmes.budget", "ProgrammeCost", "3", "True"]


def test_result_types_lists_the_lazily_loaded_types() -> None:
    types = jsonform.result_types()
    assert {"award", "contributions", "decision", "programme_cost", "coverage", "life_event"} <= set(types)
    assert list(types) == sorted(types)


def test_a_loader_registered_twice_runs_once_per_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(jsonform, "_LOADERS", list(jsonform._LOADERS))

    def load() -> None:
        calls.append(1)

    jsonform.register_result_loader(load)
    jsonform.register_result_loader(load)
    jsonform.result_types()
    assert calls == [1]


def test_an_unknown_type_names_the_accepted_ones() -> None:
    with pytest.raises(UnknownValueError, match=r"unknown result type 'nope'; accepted: .*programme_cost"):
        jsonform.from_dict({"type": "nope"})
