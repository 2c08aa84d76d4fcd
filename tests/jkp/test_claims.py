"""jamsos.jkp.claims: the claim window and its regime boundary."""

from __future__ import annotations

import datetime as dt
from typing import Any

from jkp_cases import base

from jamsos.jkp import claim_deadline, eligibility

D = dt.date


def failed(decision: Any) -> set[str]:
    return {r.code for r in decision.failed}


# --------------------------------------------------------------------------------------
# claim window (Pasal 40 huruf a) and regime boundaries
# --------------------------------------------------------------------------------------
def test_claim_window_pp37_and_pp6() -> None:
    """PP 37/2021 Pasal 40: 3 months; PP 6/2025 Pasal 40: 6 months."""
    assert claim_deadline(D(2023, 5, 2)) == D(2023, 8, 2)
    assert claim_deadline(D(2025, 3, 1)) == D(2025, 9, 1)


def test_claim_window_transition_boundary() -> None:
    """A 3-month window closing 2025-02-06 is not revived; one still open on 2025-02-07 becomes 6 months."""
    assert claim_deadline(D(2024, 11, 6)) == D(2025, 2, 6)
    assert claim_deadline(D(2024, 11, 7)) == D(2025, 5, 7)


def test_claim_window_day_before_and_day_of() -> None:
    kw = base()
    assert eligibility(**kw, claim_on=D(2025, 9, 1)).eligible
    assert failed(eligibility(**kw, claim_on=D(2025, 9, 2))) == {"claim_window"}
