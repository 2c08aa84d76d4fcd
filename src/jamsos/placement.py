"""Placement phases of a migrant worker (*Pekerja Migran Indonesia*, PMI).

Permenaker 4/2023 protects a migrant worker in three phases, and some benefits differ by
phase: *sebelum bekerja* (before placement, from registration until departure),
*selama bekerja* (during placement, from departure until the end of the work agreement) and
*setelah bekerja* (after placement, back in Indonesia). The caller says which phase a death
or accident fell in; jamsos does not infer it from dates.
"""

from __future__ import annotations

import enum
from typing import Final

from jamsos.errors import UnknownValueError
from jamsos.i18n import N_

__all__ = ["Phase"]

_ALIASES: Final = {
    "before": "BEFORE",
    "sebelum": "BEFORE",
    "sebelum-bekerja": "BEFORE",
    "pre": "BEFORE",
    "during": "DURING",
    "selama": "DURING",
    "selama-bekerja": "DURING",
    "after": "AFTER",
    "setelah": "AFTER",
    "setelah-bekerja": "AFTER",
    "sesudah": "AFTER",
}


class Phase(enum.Enum):
    """Before, during or after placement (sebelum / selama / setelah bekerja)."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"

    @property
    def outside_placement(self) -> bool:
        """True before and after placement (the phases Permenaker 4/2023 treats alike for JKM)."""
        return self is not Phase.DURING

    @classmethod
    def parse(cls, value: object) -> Phase:
        """Accept a member, ``"before"``/``"during"``/``"after"`` or the Indonesian words."""
        if isinstance(value, Phase):
            return value
        if isinstance(value, str):
            key = value.strip().lower().replace("_", "-").replace(" ", "-")
            if key in _ALIASES:
                return cls[_ALIASES[key]]
        raise UnknownValueError(
            N_(
                "unknown placement phase {value!r}; accepted: before (sebelum bekerja), "
                "during (selama bekerja), after (setelah bekerja)"
            ),
            value=value,
        )
