"""The shared fuzz registry: every public function, with its arguments and their kinds.

How the harness works (``tests/fuzz/test_hostile.py``): each :class:`Entry` names a
callable, arguments that make a valid call, and the *kind* of each argument it fuzzes.
The harness replaces one argument at a time by each value of :data:`HOSTILE` and calls:

* an exception that is not a :class:`jamsos.JamsosError` fails the test (it "escaped");
* a call that returns although the hostile value is not acceptable for that kind
  (:data:`ACCEPTS`) fails the test (it was "silently accepted");
* a hypothesis test then mixes random values into several arguments at once, asserting
  only that nothing but a ``JamsosError`` escapes (fixed seed, small budget).

How to extend it (programmes, events, server, ...): add a module
``tests/fuzz/entries_<area>.py`` that defines ``ENTRIES: list[Entry]``; the registry
collects every such module, so no shared file needs editing. An entry::

    Entry(
        "programmes.workers_covered",
        programmes.workers_covered,
        kwargs={"budget": 10**9, "first_month": "2025-01", "last_month": "2025-12"},
        kinds={"budget": "money+", "first_month": "month", "last_month": "month"},
    )

Positional arguments are fuzzed by index (``kinds={0: "money+"}``). Kinds: ``money+``
(more than Rp0), ``money0`` (Rp0 or more), ``count0``/``count1`` (whole numbers from 0 /
1), ``flag``, ``oflag`` (``None`` allowed), ``month``, ``date:event``, ``date:birth``,
``date:membership``, ``enum``, ``rate0`` (a rate from 0), ``year``, ``history``,
``object`` (anything but the kinds above; every hostile value must be refused). Prefix
``?`` for an optional argument (``None`` accepted).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

#: Hostile values, by label (the label appears in failure reports).
HOSTILE: Mapping[str, object] = {
    "None": None,
    "True": True,
    "float": 1.5,
    "NaN": float("nan"),
    "5000 digits": "5" * 5000,
    "superscript two": "²",
    "'1.5e6'": "1.5e6",
    "'8.000.000'": "8.000.000",
    "negative": -5,
    "negative Decimal": Decimal("-1"),
    "zero": 0,
    "0001-01-01": dt.date(1, 1, 1),
    "1900-01-01": dt.date(1900, 1, 1),
    "2200-01-01": dt.date(2200, 1, 1),
    "9999-12-31": dt.date(9999, 12, 31),
    "datetime": dt.datetime(2025, 6, 1, 12, 30, tzinfo=dt.UTC),
    "list": [1, 2],
    "empty str": "",
}

#: For each kind, the hostile labels that are legitimate values (the call may succeed).
ACCEPTS: Mapping[str, frozenset[str]] = {
    "money+": frozenset(),
    "money0": frozenset({"zero"}),
    "count0": frozenset({"zero"}),
    "count1": frozenset(),
    "flag": frozenset({"True"}),
    "oflag": frozenset({"True", "None"}),
    "month": frozenset(),
    "date:event": frozenset(),
    "date:birth": frozenset({"1900-01-01"}),
    "date:membership": frozenset({"1900-01-01"}),
    "enum": frozenset(),
    "rate0": frozenset({"zero"}),
    "year": frozenset(),
    "history": frozenset(),
    "object": frozenset(),
}


def accepts(kind: str) -> frozenset[str]:
    """The hostile labels a kind accepts (``?kind``: also ``None``)."""
    if kind.startswith("?"):
        return ACCEPTS[kind[1:]] | {"None"}
    return ACCEPTS[kind]


@dataclass(frozen=True)
class Entry:
    """One public callable, a valid call, and the kind of each fuzzed argument."""

    name: str
    func: Callable[..., Any]
    args: tuple[object, ...] = ()
    kwargs: Mapping[str, object] = field(default_factory=dict)
    kinds: Mapping[int | str, str] = field(default_factory=dict)
    #: hostile labels this entry accepts for one argument, beyond its kind (with the reason)
    also_accepts: Mapping[int | str, frozenset[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # every public computation takes the assume_current_law opt-in (a real bool only):
        # fuzzed for every entry that has it, without each area declaring it
        try:
            keywords = inspect.signature(self.func).parameters
        except (TypeError, ValueError):  # pragma: no cover  (a builtin without a signature)
            return
        if "assume_current_law" in keywords and "assume_current_law" not in self.kinds:
            object.__setattr__(self, "kinds", {**self.kinds, "assume_current_law": "flag"})

    def call(self, key: int | str | None = None, value: object = None) -> object:
        """Call with argument ``key`` (index or keyword) replaced by ``value``."""
        args = list(self.args)
        kwargs = dict(self.kwargs)
        if isinstance(key, int):
            args[key] = value
        elif key is not None:
            kwargs[key] = value
        return self.func(*args, **kwargs)

    def legit(self, key: int | str, label: str) -> bool:
        """Whether the hostile value ``label`` is a legitimate value for argument ``key``."""
        return label in accepts(self.kinds[key]) | self.also_accepts.get(key, frozenset())


def entries() -> list[Entry]:
    """Every entry of every ``tests/fuzz/entries_*.py`` module, in name order."""
    found: list[Entry] = []
    folder = Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(folder)]), key=lambda i: i.name):
        if info.name.startswith("entries_"):
            spec = importlib.util.spec_from_file_location(f"_fuzz_{info.name}", folder / f"{info.name}.py")
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            found.extend(module.ENTRIES)
    return found
