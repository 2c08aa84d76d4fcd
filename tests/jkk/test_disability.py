"""jamsos.jkk.disability: total, anatomical and functional disability (PP 44/2015 Lampiran III)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from jamsos import Rupiah, jkk
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.jkk import DisabilityKind, Injury

PP44_LAST = dt.date(2019, 12, 1)


ON = dt.date(2025, 5, 10)


def amounts(award: object) -> dict[str, int]:
    return {c.name: int(c.amount) for c in award.components}  # type: ignore[attr-defined]


def test_total_disability() -> None:
    """CTT: 56 x wage + periodic (rules note §9, derived); PP 44 adds the single scholarship."""
    a = jkk.disability_benefit(wage=5_000_000, on=ON, kind=DisabilityKind.TOTAL)
    assert amounts(a) == {"total disability benefit": 280_000_000, "periodic benefit": 12_000_000}
    b = jkk.disability_benefit(wage=5_000_000, on=ON, kind="total", children=["TK", "TK"])
    assert b.total == Rupiah(292_000_000 + 174_000_000)
    c = jkk.disability_benefit(wage=5_000_000, on=PP44_LAST, kind="total")
    assert c.total == Rupiah(280_000_000 + 4_800_000 + 12_000_000)


def test_anatomical_right_arm() -> None:
    """Right arm from the shoulder 40% x 80 x Rp5 jt = Rp160 jt (rules note §5, §9)."""
    a = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="anatomis", body_part="arm_from_shoulder", side="kanan"
    )
    assert a.total == Rupiah(160_000_000)
    left = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="anatomis", body_part="arm_from_shoulder", side="left"
    )
    assert left.total == Rupiah(140_000_000)
    lefty = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="anatomis", body_part="arm_from_shoulder", side="left", left_handed=True
    )
    assert lefty.total == Rupiah(160_000_000)


def test_functional() -> None:
    """50% of the function of the right arm (40%): 0.5 x 0.4 x 80 x 5 jt = Rp80 jt."""
    a = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="fungsi", body_part="arm_from_shoulder", side="right", function_lost=50
    )
    assert a.total == Rupiah(80_000_000)
    final = jkk.disability_benefit(wage=5_000_000, on=ON, kind="fungsi", percent=20)
    assert final.total == Rupiah(80_000_000)
    assert any("final" in n for n in final.notes)
    with pytest.raises(InvalidInputError, match="function_lost"):
        jkk.disability_benefit(wage=5_000_000, on=ON, kind="fungsi", body_part="thumb", side="right")


def test_several_injuries_summed_and_capped() -> None:
    a = jkk.disability_benefit(
        wage=1_000_000,
        on=ON,
        kind="anatomis",
        injuries=[Injury("thumb", side="right"), Injury("index_finger", side="right")],
    )
    assert a.total == Rupiah(24 * 800_000)
    capped = jkk.disability_benefit(
        wage=1_000_000, on=ON, kind="anatomis", injuries=[Injury("both_eyes"), Injury("leg_from_hip")]
    )
    assert capped.total == Rupiah(56_000_000) and capped.details["capped"] is True
    assert jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", percent=100).total == Rupiah(
        56_000_000
    )


def test_disability_bad_input() -> None:
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", percent=101)
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", percent=-1)
    with pytest.raises(UnknownValueError, match="body part"):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", body_part="tail")
    with pytest.raises(InvalidInputError, match="side"):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", body_part="thumb")
    with pytest.raises(InvalidInputError, match="wage"):
        jkk.disability_benefit(wage=None, on=ON, kind="total")
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=0, on=ON, kind="total")
    with pytest.raises(MoneyTypeError):
        jkk.disability_benefit(wage=5e6, on=ON, kind="total")
    with pytest.raises(UnknownValueError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="broken")
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis")
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="total", percent=40)
    with pytest.raises(NotCoveredError):
        jkk.disability_benefit(wage=1_000_000, on=dt.date(2015, 6, 30), kind="total")
    with pytest.raises(InvalidDateError):
        jkk.disability_benefit(wage=1_000_000, on=dt.date(2025, 5, 11), kind="total", as_of=ON)
    with pytest.raises(InvalidInputError, match="phase"):
        jkk.death_benefit(wage=1_000_000, on=ON, segment="PMI")  # PMI needs the placement phase
    with pytest.raises(NotCoveredError, match="PMI"):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="total", segment="PMI")


def test_explain_json() -> None:
    a = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="fungsi", body_part="arm_from_shoulder", side="right", function_lost=50
    )
    assert "cacat sebagian" in a.explain().render("id")
    json.dumps(a.to_dict())
    json.dumps(a.explain().to_dict())
