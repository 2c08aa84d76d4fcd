"""Placement phases of a migrant worker (*Pekerja Migran Indonesia*, PMI).

Permenaker 4/2023 protects a migrant worker in three phases, and some benefits differ by
phase: *sebelum bekerja* (before placement, from registration until departure),
*selama bekerja* (during placement, from departure until the end of the work agreement) and
*setelah bekerja* (after placement, back in Indonesia). The caller says which phase a death
or accident fell in; jamsos does not infer it from dates.
"""

from __future__ import annotations

from typing import Final

from jamsos.enums import CodedEnum, coded

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


@coded(
    "placement phase",
    aliases={alias: name.lower() for alias, name in _ALIASES.items()},
    accepted="before (sebelum bekerja), during (selama bekerja), after (setelah bekerja)",
)
class Phase(CodedEnum):
    """Before, during or after placement (sebelum / selama / setelah bekerja)."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"

    @property
    def outside_placement(self) -> bool:
        """True before and after placement (the phases Permenaker 4/2023 treats alike for JKM)."""
        return self is not Phase.DURING
