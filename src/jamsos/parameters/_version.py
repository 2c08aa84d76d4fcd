"""Which law data answered: the law-data version.

Every result can say exactly which law data computed it. A :class:`LawVersion` is a stable
hash of the shipped parameter files (SHA-256 over their names and bytes, sorted by name) and
a human release label read from ``data/RELEASE`` (for example ``"2026.12 (PP 50/2025, JP cap
2026)"``). A what-if set built with ``ParameterSet.override`` gets a *different* version: the
hash of its parent's hash and the override, and the parent's label with ``+ override``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Final, final

import attrs

__all__ = ["UNLABELLED", "LawVersion", "derived_version", "hash_files"]

#: The label of a set built from files without a ``RELEASE`` label.
UNLABELLED: Final = "unlabelled"


@final
@attrs.frozen
class LawVersion:
    """The law-data version: ``hash`` (64 hex digits) and a human ``label``.

    ``projection`` is True for a set that projects under current law past the release horizon
    (``assume_current_law=True``; the label then ends ``+ projection under current law``).

    >>> from jamsos import parameters
    >>> v = parameters.law_version()
    >>> len(v.hash), v.official
    (64, True)
    """

    hash: str
    label: str
    official: bool = True
    projection: bool = False

    def __getstate__(self) -> dict[str, object]:
        # the layout attrs pickles (a dict by field name): 0.2 loads it, ignoring "projection"
        return self.to_dict()

    def __setstate__(self, state: Mapping[str, object]) -> None:
        # a 0.2 pickle has no "projection" (there were no projected versions then): False
        values = {"projection": False, **state}
        for name in ("hash", "label", "official", "projection"):
            object.__setattr__(self, name, values[name])

    @property
    def short(self) -> str:
        """The first 12 hex digits of the hash (enough to tell releases apart)."""
        return self.hash[:12]

    def __str__(self) -> str:
        return f"{self.label} ({self.short})"

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {
            "hash": self.hash,
            "label": self.label,
            "official": self.official,
            "projection": self.projection,
        }

    @classmethod
    def unlabelled(cls, params: Mapping[str, object]) -> LawVersion:
        """A version for a set built directly from parameters (hash of their names)."""
        digest = hashlib.sha256("\n".join(sorted(params)).encode()).hexdigest()
        return cls(digest, UNLABELLED, official=False)


def hash_files(files: Mapping[str, str]) -> str:
    """SHA-256 over ``name NUL text NUL`` of every file, sorted by name."""
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(name.encode())
        h.update(b"\0")
        h.update(files[name].encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def derived_version(
    parent: LawVersion,
    name: str,
    since: dt.date,
    until: dt.date | None,
    value: object,
    basis: str | None,
) -> LawVersion:
    """The version of a set in which ``name`` is overridden (differs from its parent)."""
    spec = json.dumps(
        {
            "parent": parent.hash,
            "name": name,
            "since": since.isoformat(),
            "until": until.isoformat() if until else None,
            "value": value,
            "basis": basis,
        },
        sort_keys=True,
        default=str,
    )
    digest = hashlib.sha256(spec.encode()).hexdigest()
    label = parent.label if "+ override" in parent.label else f"{parent.label} + override"
    return LawVersion(digest, label, official=False, projection=parent.projection)
