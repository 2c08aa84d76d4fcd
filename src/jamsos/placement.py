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
from jamsos.errors import InvalidInputError
from jamsos.i18n import N_

__all__ = ["Phase", "phase_for"]

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


def phase_for(migrant: bool, phase: object, *, segment: str, missing: str) -> Phase | None:
    """The placement phase of a question: required for a migrant worker, refused for anyone else.

    ``missing`` is the (English, catalog-marked) message when a migrant worker's phase is not
    given; each program says why it needs the phase. ``segment`` is the code named when a
    phase is given for someone who is not a migrant worker.
    """
    if migrant:
        if phase is None:
            raise InvalidInputError(missing)
        return Phase.parse(phase)
    if phase is not None:
        raise InvalidInputError(
            N_("phase applies only to migrant workers (segment='PMI'), not to segment {seg!r}"), seg=segment
        )
    return None
