"""Every result says which law answered: its law-data version and the unconfirmed values it used."""

from __future__ import annotations

import datetime as dt

from jamsos import Month, contributions, jkm, parameters


def test_a_bpu_contribution_names_the_unconfirmed_band_table() -> None:
    c = contributions.non_wage_earner(3_000_000, Month(2025, 6))
    assert c.law_version == parameters.law_version()
    assert c.unconfirmed() == ("bpu.income_band",)


def test_a_confirmed_only_result_has_none() -> None:
    """June 2019: every PU rate and the JP cap are confirmed; June 2025 uses the unconfirmed JKM recomposition."""
    assert contributions.wage_earner(8_000_000, Month(2019, 6), risk_class=1).unconfirmed() == ()
    later = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    assert later.unconfirmed() == ("jkm.recomposition_to_jkp",)


def test_an_override_changes_the_version_on_the_result() -> None:
    what_if = parameters.official().override("jkm.benefit.funeral", dt.date(2025, 1, 1), "12000000")
    a = jkm.death_benefit(died_on=dt.date(2025, 5, 10), params=what_if)
    assert a.law_version == what_if.law_version != parameters.law_version()
    assert "jkm.benefit.funeral" in a.unconfirmed()  # an override is never confirmed
