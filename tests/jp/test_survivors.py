"""jamsos.jp.survivors: widow/widower, child and parent pensions (PP 45/2015 Pasal 21-23)."""

from __future__ import annotations

import datetime as dt

import pytest
from jp_cases import future

from jamsos import ContributionHistory, Month, Rupiah, jp
from jamsos.jp import Child, Survivors
from jamsos.parameters import official

D = dt.date


BIRTH_61 = D(1972, 1, 15)  # 61 in force 2031-2033: pension date 2033-01-15, first pension month 2033-02


# -- survivors -------------------------------------------------------------------------------------
H36 = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))


def survivors(s: Survivors) -> jp.Award:  # type: ignore[name-defined]
    return jp.survivor_benefit(H36, birth_date=D(1980, 5, 1), died_on=D(2024, 1, 10), survivors=s)


def test_widow_50_percent() -> None:
    """Pasal 21 ayat (2) huruf a, (3): 50% of the formula with 15 years deemed = 481,743."""
    a = survivors(Survivors(spouse=True))
    assert a.monthly == Rupiah(481_743)
    assert a.payments[0][0] == Month(2024, 2)


def test_children_share_50_percent() -> None:
    """Pasal 22 ayat (2) huruf a: 50% for the children, read as one amount split between two."""
    a = survivors(Survivors(children=(D(2010, 1, 1), Child(D(2012, 3, 4)))))
    assert [c.amount for c in a.components] == [Rupiah(240_872), Rupiah(240_872)]
    per_child = official().override("jp.benefit.child_share_per_child", D(2015, 7, 1), True)
    b = jp.survivor_benefit(
        H36,
        birth_date=D(1980, 5, 1),
        died_on=D(2024, 1, 10),
        params=per_child,
        survivors=Survivors(children=(D(2010, 1, 1), D(2012, 3, 4))),
    )
    assert b.monthly == Rupiah(963_486)


def test_parent_20_percent_raised_to_minimum() -> None:
    """Pasal 23 ayat (2): 20% = 192,697.29, raised to the minimum 383,400 (limits after the share)."""
    a = survivors(Survivors(parent=True))
    assert a.monthly == Rupiah(383_400)
    married = survivors(Survivors(parent=True, member_married=True))
    assert married.kind == "jp.survivor.none" and married.monthly is None


def test_child_turning_23_is_not_counted() -> None:
    """Pasal 22 ayat (5): a child already 23 gets nothing."""
    a = survivors(Survivors(children=(D(2000, 1, 1),)))
    assert a.kind == "jp.survivor.none"


def test_death_with_under_one_year_of_membership_is_a_lump_sum() -> None:
    """Pasal 21 ayat (3) huruf a: membership from 2023-06-01; death before 2024-06-01."""
    h = ContributionHistory.constant(6_000_000, Month(2023, 6), Month(2023, 12))
    a = jp.survivor_benefit(
        h, birth_date=D(1980, 5, 1), died_on=D(2024, 1, 10), survivors=Survivors(spouse=True)
    )
    assert a.kind == "jp.survivor.lump_sum" and a.monthly is None


@pytest.mark.usefixtures("current_law")
def test_pensioner_dies_spouse_then_children() -> None:
    """Pasal 21 ayat (2) huruf b, 22 ayat (1) huruf b, (2) huruf c.

    MPHT 800,000; widow 50% = 400,000 -> minimum 411,400; after the widow remarries (Sep 2034)
    the children get 50% of 411,400 = 205,700 -> minimum 411,400 for the two together.
    """
    h = ContributionHistory.constant(5_000_000, Month(2017, 1), Month(2032, 12))
    s = Survivors(spouse=True, spouse_ends_on=D(2034, 9, 10), children=(D(2015, 1, 1), D(2016, 1, 1)))
    a = jp.survivor_benefit(
        h, birth_date=BIRTH_61, died_on=D(2034, 5, 3), survivors=s, params=future(), schedule_months=6
    )
    assert a.payments[0] == (Month(2034, 6), Rupiah(411_400))
    assert a.payments[4] == (Month(2034, 10), Rupiah(411_400))
    assert a.details["pension_in_payment"] == Rupiah(800_000)
    before = future().override("jp.benefit.limits_after_share", D(2015, 7, 1), False)
    b = jp.survivor_benefit(
        h, birth_date=BIRTH_61, died_on=D(2034, 5, 3), survivors=Survivors(spouse=True), params=before
    )
    assert b.monthly == Rupiah(400_000)


def test_child_waits_for_the_widow() -> None:
    """Pasal 22 ayat (1) huruf b: with a living widow/widower the child pension has not started."""
    a = survivors(Survivors(spouse=True, children=(D(2012, 3, 4),)))
    assert a.details["heirs"] == ("widow/widower",)  # the child's right has not started
    assert [c.name for c in a.components] == ["MPJD widow/widower pension"]
    assert any("Pasal 22 ayat (1) huruf b" in n for n in a.notes)
