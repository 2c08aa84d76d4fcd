"""Every public function with hostile values: only ``JamsosError`` escapes, nothing hostile
is silently accepted (issue 11). See ``registry.py`` for how to add entries."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from jamsos.errors import JamsosError

_spec = importlib.util.spec_from_file_location("_fuzz_registry", Path(__file__).parent / "registry.py")
assert _spec is not None and _spec.loader is not None
registry = importlib.util.module_from_spec(_spec)
sys.modules["_fuzz_registry"] = registry
_spec.loader.exec_module(registry)

ENTRIES = registry.entries()


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_valid_call_works(entry: registry.Entry) -> None:
    # the base call must succeed, or every hostile refusal below proves nothing
    entry.call()


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
def test_hostile_values(entry: registry.Entry) -> None:
    failures = []
    for key in entry.kinds:
        for label, value in registry.HOSTILE.items():
            try:
                entry.call(key, value)
            except JamsosError:
                continue
            except Exception as exc:
                failures.append(f"{key}={label}: escaped {type(exc).__name__}: {str(exc)[:120]}")
                continue
            if not entry.legit(key, label):
                failures.append(f"{key}={label}: silently accepted")
    assert not failures, f"{entry.name}:\n" + "\n".join(failures)


_ANY = st.one_of(
    st.sampled_from(list(registry.HOSTILE.values())),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.lists(st.integers(), max_size=2),
)


@seed(20261201)
@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_random_mixtures_only_raise_jamsos_errors(data: st.DataObject) -> None:
    entry = data.draw(st.sampled_from(ENTRIES), label="entry")
    keys = list(entry.kinds)
    chosen = data.draw(st.lists(st.sampled_from(keys), min_size=1, max_size=len(keys), unique=True))
    args = list(entry.args)
    kwargs = dict(entry.kwargs)
    for key in chosen:
        value = data.draw(_ANY, label=str(key))
        if isinstance(key, int):
            args[key] = value
        else:
            kwargs[key] = value
    try:
        entry.func(*args, **kwargs)
    except JamsosError:
        pass
