"""The NIK checks (jamsos.programmes.nik): structure, provinces in force, birth date, masking."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos.legal import Instrument
from jamsos.programmes import nik
from jamsos.programmes.findings import Finding

ON = dt.date(2026, 1, 1)


def test_a_woman_born_in_1990() -> None:
    info = nik.check("3201014108900001", on=ON)
    assert isinstance(info, nik.NikInfo)
    assert (info.province.code, info.birth_date, info.female) == ("32", dt.date(1990, 8, 1), True)


def test_century_rule_puts_nobody_in_the_future() -> None:
    # 12 03 05 → 2005-03-12 (on or before 2026-01-01); 12 03 30 → 2030 would be later → 1930
    a = nik.check("3201011203050002", on=ON)
    b = nik.check("3201011203300002", on=ON)
    assert isinstance(a, nik.NikInfo) and a.birth_date == dt.date(2005, 3, 12)
    assert isinstance(b, nik.NikInfo) and b.birth_date == dt.date(1930, 3, 12)


def test_provinces_created_since_2022_are_data_with_their_law() -> None:
    every = nik.provinces()
    assert len(every) == 38
    papua_selatan = every["93"]
    assert papua_selatan.name == "Papua Selatan"
    assert (papua_selatan.basis.instrument, papua_selatan.basis.number, papua_selatan.basis.year) == (
        Instrument.UU,
        "14",
        2022,
    )
    assert papua_selatan.basis.article == "Pasal 2"
    assert every["96"].basis.cite() == "UU 29/2022 Pasal 2"
    assert set(nik.provinces(dt.date(2022, 1, 1))) == set(every) - {"93", "94", "95", "96"}
    assert "93" in nik.provinces(dt.date(2022, 7, 25))


def test_a_new_province_code_before_the_province_existed() -> None:
    f = nik.check("9301011203850002", on=dt.date(2021, 1, 1))
    assert isinstance(f, Finding)
    assert f.code == "nik_province_later"
    assert f.message("en") == "the NIK's province code 93 (Papua Selatan) exists only from 2022-07-25"
    assert f.message("id") == "kode provinsi 93 (Papua Selatan) pada NIK baru ada sejak 2022-07-25"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("320101410890001", "nik_length"),
        ("32010141089000011", "nik_length"),
        ("3201014108900O01", "nik_digits"),
        ("", "nik_missing"),
        (3.201014108900001e15, "nik_number"),
        ("3.20101E+15", "nik_number"),
        ("1001014108900001", "nik_province"),
        ("3200014108900001", "nik_region"),
        ("3201004108900001", "nik_region"),
        ("3201017208900001", "nik_birth_date"),  # day 72 - 40 = 32
        ("3201013002900001", "nik_birth_date"),  # 30 February
        ("3201014113900001", "nik_birth_date"),  # month 13
        ("3201014108900000", "nik_serial"),
        (None, "nik_type"),
        (True, "nik_type"),
    ],
)
def test_every_reason(value: object, code: str) -> None:
    f = nik.check(value, on=ON)
    assert isinstance(f, Finding) and f.rejects
    assert f.code == code


def test_integers_and_spaces_are_read() -> None:
    assert isinstance(nik.check(3201014108900001, on=ON), nik.NikInfo)
    assert isinstance(nik.check(" 3201 0141 0890 0001 ", on=ON), nik.NikInfo)
    assert isinstance(nik.check("'3201014108900001", on=ON), nik.NikInfo)


def test_masking() -> None:
    assert nik.mask("3201014108900001") == "320101******0001"
    assert nik.mask("12345") == "***45"
    assert nik.mask("") == ""


@given(
    day=st.integers(1, 28),
    month=st.integers(1, 12),
    year=st.integers(1927, 2025),
    female=st.booleans(),
)
def test_birth_dates_round_trip(day: int, month: int, year: int, female: bool) -> None:
    dd = day + 40 if female else day
    text = f"3201{14:02d}{dd:02d}{month:02d}{year % 100:02d}0007"
    info = nik.check(text, on=ON)
    assert isinstance(info, nik.NikInfo)
    assert info.birth_date == dt.date(year, month, day)
    assert info.female is female


@pytest.mark.parametrize(
    "value",
    [
        "3201017208951234",  # birth digits 720895: day 72 - 40 = 32
        "3201014108950O01",  # a letter O for a zero
        "3201014108951234.0",  # a spreadsheet number written back as text
        3.201014108951234e15,
    ],
)
def test_reasons_never_repeat_the_masked_digits(value: object) -> None:
    """A reason goes, with the masked NIK, into the rejected-rows file and the report: it must
    not spell out the date-of-birth digits that the mask hides (UU 27/2022)."""
    f = nik.check(value, on=ON)
    assert isinstance(f, Finding) and f.rejects
    for lang in ("id", "en"):
        text = f.message(lang)
        assert "0895" not in text and "2089" not in text and "1089" not in text, text
