"""jamsos.jkk.incapacity: temporary incapacity pay (STMB) and reimbursement caps."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import Rupiah, jkk
from jamsos.errors import (
    InvalidInputError,
    NotCoveredError,
)

PP44_LAST = dt.date(2019, 12, 1)


PP82_FIRST = dt.date(2019, 12, 2)


ON = dt.date(2025, 5, 10)


def amounts(award: object) -> dict[str, int]:
    return {c.name: int(c.amount) for c in award.components}  # type: ignore[attr-defined]


def test_stmb_pp82_100_then_50() -> None:
    """PP 82/2019 Lampiran III (as reported): months 1-12 100%, then 50% (rules note §9)."""
    a = jkk.temporary_incapacity_benefit(wage=5_000_000, first_day=dt.date(2024, 1, 1), days=366 + 31 + 28)
    assert [int(x) for _, x in a.payments] == [5_000_000] * 12 + [2_500_000] * 2
    assert a.payments[0][0] == dt.date(2024, 1, 31)
    assert a.total == Rupiah(65_000_000)


def test_stmb_pp44_steps_and_boundary() -> None:
    """PP 44/2015 (reported): 100% months 1-6, 75% months 7-12 (unconfirmed), then 50%."""
    before = jkk.temporary_incapacity_benefit(wage=4_000_000, first_day=PP44_LAST, days=400)
    after = jkk.temporary_incapacity_benefit(wage=4_000_000, first_day=PP82_FIRST, days=400)
    assert [int(x) for _, x in before.payments][:13] == [4_000_000] * 6 + [3_000_000] * 6 + [2_000_000]
    assert [int(x) for _, x in after.payments][:13] == [4_000_000] * 12 + [2_000_000]


def test_stmb_part_month_prorated() -> None:
    """10 days of a 31-day month: 5 jt x 10/31, rounded half up."""
    a = jkk.temporary_incapacity_benefit(wage=5_000_000, first_day=dt.date(2025, 1, 1), days=10)
    assert a.payments == ((dt.date(2025, 1, 10), Rupiah(1_612_903)),)
    with pytest.raises(InvalidInputError):
        jkk.temporary_incapacity_benefit(wage=5_000_000, first_day=ON, days=0)


def test_reimbursement_caps_and_boundary() -> None:
    after = jkk.reimbursements(
        on=PP82_FIRST, land=9_000_000, sea=9_000_000, air=9_000_000, medical=250_000_000
    )
    assert amounts(after) == {
        "medical care": 250_000_000,
        "transport by land, river or lake": 5_000_000,
        "transport by sea": 2_000_000,
        "transport by air": 9_000_000,
    }
    before = jkk.reimbursements(on=PP44_LAST, land=9_000_000, sea=9_000_000, air=9_000_000)
    assert [int(c.amount) for c in before.components] == [0, 1_000_000, 1_500_000, 2_500_000]
    items = jkk.reimbursements(
        on=ON,
        dentures=6_000_000,
        hearing_aid=1_000_000,
        glasses=2_000_000,
        home_care=30_000_000,
        prosthesis_price=5_000_000,
    )
    assert [int(c.amount) for c in items.components] == [
        0,
        20_000_000,
        5_000_000,
        1_000_000,
        1_000_000,
        7_000_000,
    ]
    with pytest.raises(NotCoveredError):
        jkk.reimbursements(on=PP44_LAST, dentures=1_000_000)
    with pytest.raises(InvalidInputError):
        jkk.reimbursements(on=ON, land=-1)
