"""jamsos.jkp.reasons: the termination reasons and their Indonesian aliases."""

from __future__ import annotations

import pytest

from jamsos.errors import (
    UnknownValueError,
)
from jamsos.jkp import TerminationReason


def test_reason_parse_aliases() -> None:
    assert TerminationReason.parse("PHK") is TerminationReason.DISMISSAL
    assert TerminationReason.parse("kontrak habis") is TerminationReason.CONTRACT_EXPIRED
    assert TerminationReason.parse("CONTRACT_ENDED_EARLY") is TerminationReason.CONTRACT_ENDED_EARLY
    with pytest.raises(UnknownValueError):
        TerminationReason.parse(3)  # type: ignore[arg-type]
