"""jamsos.i18n units: plurals, short month names, dates written out, filled templates, refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import Month
from jamsos.errors import InvalidDateError
from jamsos.i18n import format_date, format_month, translate_filled, translate_plural, write_dates


def test_plural_falls_back_to_english_forms() -> None:
    assert translate_plural("one apple-unknown", "{n} apples-unknown", 1, "en") == "one apple-unknown"
    assert translate_plural("one apple-unknown", "{n} apples-unknown", 2, "en") == "{n} apples-unknown"


def test_short_month_names_for_a_charts_axis() -> None:
    assert format_month(Month(2026, 8), "id", short=True) == "Agu 2026"
    assert format_month(dt.date(2026, 8, 17), "en", short=True) == "Aug 2026"
    assert format_month("2026-01", "id") == "Januari 2026"


def test_a_month_or_day_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(
        InvalidDateError, match="a month must be a Month, a date or a monthly period, got int"
    ):
        format_month(202601, "id")  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError, match="a day must be a datetime.date, got str"):
        format_date("2025-03-10", "id")  # type: ignore[arg-type]


def test_write_dates_leaves_what_is_not_a_date() -> None:
    assert write_dates("bulan 2025-13 dan 2025-02-30, tetapi 2025-02-28", "id") == (
        "bulan 2025-13 dan 2025-02-30, tetapi 28 Februari 2025"
    )
    assert write_dates("from 2025-06", "en") == "from June 2025"


def test_translate_filled_without_a_catalog_entry_only_writes_dates() -> None:
    assert translate_filled("zzz unknown 2025-06 thing", "id") == "zzz unknown Juni 2025 thing"
    assert translate_filled("plain words only", "id") == "plain words only"
