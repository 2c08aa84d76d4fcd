"""Survivor cases and heir groups are types, not strings (issue 17)."""

from __future__ import annotations

import datetime as dt

from jamsos import Basis, ContributionHistory, Instrument, Month, jp, parameters
from jamsos.heirs import FUNERAL_ORGANISER, SOCIAL_SECURITY_FUND, Fallback, who_receives
from jamsos.jp import HeirGroup, SurvivorCase, Survivors

H36 = ContributionHistory.constant(6_000_000, Month(2021, 1), Month(2023, 12))


def test_each_component_cites_its_groups_article() -> None:
    """Spouse, then both children: MPJD cites Pasal 21; the children's MPA cite Pasal 22."""
    a = jp.survivor_benefit(
        H36,
        birth_date=dt.date(1980, 5, 1),
        died_on=dt.date(2024, 1, 10),
        survivors=Survivors(spouse=True, spouse_ends_on=dt.date(2024, 3, 5), children=(dt.date(2010, 1, 1),)),
        schedule_months=4,
    )
    assert [(c.name, c.basis) for c in a.components] == [
        ("MPJD widow/widower pension", ("PP 45/2015 Pasal 21",))
    ]
    assert a.details["heirs"] == ("widow/widower", "child 1")
    # March 2024 is the spouse's last month; the child's pension starts in April
    assert [m for m, _ in a.payments] == [Month(2024, 2), Month(2024, 3), Month(2024, 4), Month(2024, 5)]


def test_heir_groups_name_their_share_parameter_and_article() -> None:
    assert [g.share_parameter for g in HeirGroup] == [
        "jp.benefit.widow_share",
        "jp.benefit.child_share",
        "jp.benefit.parent_share",
    ]
    assert [g.basis for g in HeirGroup] == [
        ("PP 45/2015 Pasal 21",),
        ("PP 45/2015 Pasal 22",),
        ("PP 45/2015 Pasal 23",),
    ]


def test_the_articles_are_law_data() -> None:
    """The group's article comes from jp.benefit.survivor_groups for the month the pension starts."""
    law = Basis(Instrument.PP, "99", 2030, "Pasal 1")
    rows = [{"level": "spouse", "article": "Pasal 7"}, {"level": "child", "article": "Pasal 8"}]
    rows.append({"level": "parent", "article": "Pasal 9"})
    p = parameters.official().override("jp.benefit.survivor_groups", dt.date(2024, 2, 1), rows, basis=law)
    assert HeirGroup.SPOUSE.cite(dt.date(2024, 1, 31), p) == ("PP 45/2015 Pasal 21",)
    assert HeirGroup.SPOUSE.cite(dt.date(2024, 2, 1), p) == ("PP 99/2030 Pasal 7",)
    assert HeirGroup.PARENT.cite(None, p) == ("PP 99/2030 Pasal 9",)
    a = jp.survivor_benefit(
        H36,
        birth_date=dt.date(1980, 5, 1),
        died_on=dt.date(2024, 1, 10),
        survivors=Survivors(spouse=True),
        params=p,
    )
    assert [c.basis for c in a.components] == [("PP 99/2030 Pasal 7",)]


def test_survivor_case_values_are_stable() -> None:
    assert [c.value for c in SurvivorCase] == ["none", "lump", "formula", "after_pension"]


def test_fallbacks_are_an_enum_equal_to_the_old_strings() -> None:
    order = who_receives([])
    assert order.cash_to == (Fallback.SOCIAL_SECURITY_FUND,)
    assert order.funeral_to == (Fallback.FUNERAL_ORGANISER,)
    assert isinstance(order.cash_to[0], Fallback)
    # 0.1 compared with strings and with the module constants: both keep working
    assert order.cash_to[0] == "social_security_fund" == SOCIAL_SECURITY_FUND
    assert order.funeral_to[0] == "funeral_organiser" == FUNERAL_ORGANISER
