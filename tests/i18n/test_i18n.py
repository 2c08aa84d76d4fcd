"""The language setting, translation and the Indonesian formats of months, dates and rupiah."""

from __future__ import annotations

import datetime as dt
import os
import threading
from decimal import Decimal

import pytest

from jamsos import Month, Rupiah
from jamsos.errors import MoneyTypeError, UnknownValueError
from jamsos.i18n import (
    N_,
    current_lang,
    format_date,
    format_month,
    format_number,
    format_rupiah,
    translate,
    use_lang,
)


def test_default_is_indonesian_and_the_environment_can_change_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAMSOS_LANG", raising=False)
    assert current_lang() == "id"
    monkeypatch.setenv("JAMSOS_LANG", "en_US.UTF-8")
    assert current_lang() == "en"
    monkeypatch.setenv("JAMSOS_LANG", "fr")
    with pytest.raises(UnknownValueError, match="unknown language 'fr'"):
        current_lang()


def test_every_way_of_changing_the_environment_is_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    """current_lang reads os.environ's own dict (no exception when unset): kept in step."""
    monkeypatch.delenv("JAMSOS_LANG", raising=False)
    os.environ["JAMSOS_LANG"] = "en"
    try:
        assert current_lang() == "en"
        os.environ.setdefault("JAMSOS_LANG", "id")
        assert current_lang() == "en"
        os.environ.update({"JAMSOS_LANG": "id"})
        assert current_lang() == "id"
        os.environ["JAMSOS_LANG"] = " en "
        assert current_lang() == "en"
    finally:
        del os.environ["JAMSOS_LANG"]
    assert current_lang() == "id"
    # a replaced os.environ (a plain mapping) is read as it is
    monkeypatch.setattr(os, "environ", {"JAMSOS_LANG": "en"})
    assert current_lang() == "en"


def test_use_lang_is_scoped_and_nests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAMSOS_LANG", raising=False)
    with use_lang("en"):
        assert current_lang() == "en"
        with use_lang("id"):
            assert current_lang() == "id"
        assert current_lang() == "en"
    assert current_lang() == "id"


def test_use_lang_does_not_leak_into_another_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAMSOS_LANG", raising=False)
    seen: list[str] = []
    with use_lang("en"):
        worker = threading.Thread(target=lambda: seen.append(current_lang()))
        worker.start()
        worker.join()
    assert seen == ["id"]


def test_translate_looks_up_the_catalog_and_falls_back_to_english() -> None:
    assert N_("options") == "options"
    assert translate("options", "id") == "opsi"
    assert translate("options", "en") == "options"
    assert translate("no such message in the catalog", "id") == "no such message in the catalog"
    with use_lang("en"):
        assert translate("show this help message and exit") == "show this help message and exit"
    with use_lang("id"):
        assert translate("show this help message and exit") == "tampilkan bantuan ini lalu keluar"


def test_months_and_dates_are_written_out() -> None:
    assert format_month(Month(2026, 1), "id") == "Januari 2026"
    assert format_month(Month(2025, 8), "id") == "Agustus 2025"
    assert format_month(Month(2026, 1), "en") == "January 2026"
    assert format_month(dt.date(2025, 3, 10), "id") == "Maret 2025"
    assert format_date(dt.date(2025, 3, 10), "id") == "10 Maret 2025"
    assert format_date(dt.date(2025, 3, 10), "en") == "10 March 2025"


def test_pandas_period_is_a_month() -> None:
    pd = pytest.importorskip("pandas")
    assert format_month(pd.Period("2026-02", freq="M"), "id") == "Februari 2026"


def test_rupiah_is_whole_by_default_and_exact_on_request() -> None:
    # Display rounding is half up to the whole rupiah; the amount itself is not changed.
    assert format_rupiah(Rupiah("864180.7151495"), "id") == "Rp864.181"
    assert format_rupiah(Rupiah("864180.5"), "id") == "Rp864.181"
    assert format_rupiah(Rupiah("864180.4999"), "id") == "Rp864.180"
    assert format_rupiah(Rupiah("864180.7151495"), "id", exact=True) == "Rp864.180,7151495"
    # one convention for rupiah in both languages, as str(Rupiah) and the documentation write it
    assert format_rupiah(10_547_400, "en") == "Rp10.547.400"
    assert format_rupiah(Rupiah("864180.7151495"), "en", exact=True) == "Rp864.180,7151495"
    assert format_rupiah(Decimal(-1234), "id") == "-Rp1.234"
    assert format_rupiah(0, "id") == "Rp0"
    with pytest.raises(MoneyTypeError):
        format_rupiah(1.5, "id")


def test_numbers_use_the_language_signs() -> None:
    assert format_number(Decimal("1234567.5"), "id") == "1.234.567,5"
    assert format_number(Decimal("1234567.5"), "en") == "1,234,567.5"
    assert format_number(1000, "id") == "1.000"
