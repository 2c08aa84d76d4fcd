"""parameters.changes (what changed between two dates) and parameters.due (staleness)."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import InvalidInputError, parameters
from jamsos.money import Rupiah


def test_changes_in_the_first_half_of_2025_include_pp_6_2025_and_the_jp_cap() -> None:
    found = parameters.changes(dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    by_name = {c.name: c for c in found}
    cap = by_name["jp.wage_cap"]
    assert cap.on == dt.date(2025, 3, 1)
    assert cap.before is not None and cap.before.rupiah() == Rupiah.of(10_042_300)
    assert cap.after.rupiah() == Rupiah.of(10_547_400)
    assert cap.before.cite() == "PP 45/2015 Pasal 29 ayat (3)"
    jkp = by_name["jkp.rate.total"]
    assert jkp.on == dt.date(2025, 2, 7) and jkp.after.basis is not None
    assert jkp.after.basis.regulation == "PP 6/2025"
    assert [c.on for c in found] == sorted(c.on for c in found)


def test_changes_bounds_are_after_from_and_up_to_to() -> None:
    """A value starting on from_date is not a change of that window; one on to_date is."""
    assert "jp.wage_cap" not in {
        c.name for c in parameters.changes(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    }
    assert "jp.wage_cap" in {c.name for c in parameters.changes(dt.date(2025, 2, 28), dt.date(2025, 3, 1))}


def test_a_parameter_starting_has_no_before() -> None:
    found = {c.name: c for c in parameters.changes(dt.date(2021, 2, 1), dt.date(2021, 2, 2))}
    assert found["jkp.rate.total"].before is None


def test_changes_refuses_reversed_dates_and_non_dates() -> None:
    with pytest.raises(InvalidInputError, match="give the earlier date first"):
        parameters.changes(dt.date(2025, 6, 1), dt.date(2025, 1, 1))
    with pytest.raises(InvalidInputError, match="datetime.date"):
        parameters.changes("2025-01", dt.date(2025, 1, 1))  # type: ignore[arg-type]


def test_change_to_dict_carries_both_citations() -> None:
    (cap,) = [
        c for c in parameters.changes(dt.date(2025, 2, 28), dt.date(2025, 3, 1)) if c.name == "jp.wage_cap"
    ]
    data = cap.to_dict()
    assert data["on"] == "2025-03-01"
    assert data["before"]["value"] == 10042300  # type: ignore[index]
    assert data["after"]["basis"]["cite"] == "PP 45/2015 Pasal 29 ayat (3)"  # type: ignore[index]


def test_due_lists_the_jp_cap_after_its_data_ends_and_not_before() -> None:
    assert "jp.wage_cap" not in {d.name for d in parameters.due(dt.date(2027, 2, 28))}
    late = {d.name: d for d in parameters.due(dt.date(2027, 3, 1))}
    assert late["jp.wage_cap"].known_until == dt.date(2027, 2, 28)
