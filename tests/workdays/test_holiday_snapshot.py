"""The Indonesian public holidays the deadline rules use, 2015 onward, are pinned by a snapshot.

A payment deadline that falls on a public holiday moves to the next working day (PP 44/2015
Pasal 21 ayat (3); PP 46/2015 Pasal 19 ayat (4) and Pasal 21 ayat (4)), so a holiday that moves
changes a late fine. ``holidays_id.json`` was taken from the ``holidays`` package (country ID)
that pyproject.toml pins; an upgrade that moves, adds or drops a holiday fails here instead of
silently changing a fine. After checking the change against the government's decree, refresh
the snapshot and widen the pin.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import holidays
import pytest

from jamsos.workdays import is_working_day, next_working_day

SNAPSHOT = json.loads((Path(__file__).parent / "holidays_id.json").read_text(encoding="utf-8"))
YEARS = sorted(SNAPSHOT["years"])


@pytest.mark.parametrize("year", YEARS)
def test_the_installed_calendar_matches_the_snapshot(year: str) -> None:
    installed = {d.isoformat() for d in holidays.country_holidays("ID", years=int(year))}
    expected = set(SNAPSHOT["years"][year])
    assert installed == expected, (
        f"moved/added: {sorted(installed - expected)}; dropped: {sorted(expected - installed)}"
    )


def test_every_snapshot_holiday_is_not_a_working_day() -> None:
    for days in SNAPSHOT["years"].values():
        for day in days:
            assert not is_working_day(dt.date.fromisoformat(day)), day


def test_snapshot_covers_2015_onward() -> None:
    assert YEARS[0] == "2015" and len(YEARS) >= 12
    assert SNAPSHOT["years"]["2025"]["2025-08-17"] == "Independence Day"


def test_a_deadline_on_eid_moves_past_the_holidays() -> None:
    """Eid al-Fitr 2024 was 10-11 April; 15 April 2024 (collective leave, not a holiday) is a working day."""
    assert next_working_day(dt.date(2024, 4, 15)) == dt.date(2024, 4, 15)
    # 2025-03-31 and 2025-04-01 are Eid al-Fitr (Monday, Tuesday): a deadline on the 31st moves to 2 April
    assert next_working_day(dt.date(2025, 3, 31)) == dt.date(2025, 4, 2)
