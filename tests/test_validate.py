"""jamsos.validate and jamsos.enums: one check and one error per kind of mistake (issue 11)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jamsos import validate
from jamsos.domain import EmployerScale, Program, RiskClass, Segment
from jamsos.enums import normalise, shown
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.money import Rate, Rupiah
from jamsos.periods import Month


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (1.5, MoneyTypeError, "not float"),
        (True, MoneyTypeError, "got True"),
        ("1.5e6", InvalidInputError, "'1.5e6' is not a number"),
        ("²", InvalidInputError, "'²' is not a number"),
        ("8.000.000", InvalidInputError, "is not a number"),
        ("5" * 5000, InvalidInputError, "(5002 characters)"),
        (0, InvalidInputError, "wage must be more than Rp0, got Rp0"),
        (-5, InvalidInputError, "wage must be more than Rp0, got -Rp5"),
        (10**15 + 1, InvalidInputError, "wage must be at most Rp1.000.000.000.000.000"),
    ],
)
def test_money_refuses(value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message.replace("(", r"\(").replace(")", r"\)")):
        validate.money(value, "wage")


def test_money_accepts_exact_forms() -> None:
    assert validate.money("8000000", "wage") == Rupiah(8_000_000)
    assert validate.money(Decimal("0.5"), "wage") == Rupiah("0.5")
    assert validate.money(0, "balance", positive=False) == Rupiah(0)
    with pytest.raises(InvalidInputError, match="balance must not be negative"):
        validate.money(-1, "balance", positive=False)


@pytest.mark.parametrize("value", [True, 1.0, "120", None, [1]])
def test_count_is_an_int_only(value: object) -> None:
    with pytest.raises(InvalidInputError, match="workers must be a whole number"):
        validate.count(value, "workers")


def test_count_range_keeps_budgets_exact() -> None:
    assert validate.count(0, "workers") == 0
    with pytest.raises(InvalidInputError, match="from 1 to 1000000000, got 1000000000000000"):
        validate.count(10**60 + 1, "workers", minimum=1)


@pytest.mark.parametrize("value", ["no", "false", 0, 1, None, "True"])
def test_flags_are_real_bools(value: object) -> None:
    with pytest.raises(InvalidInputError, match="weather_dependent must be True or False"):
        validate.flag(value, "weather_dependent")
    assert validate.optional_flag(None, "x") is None


def test_dates_one_range_per_kind() -> None:
    assert validate.date("1950-01-01", "birth_date") == dt.date(1950, 1, 1)
    assert validate.date(dt.date(2000, 1, 1), "membership_start") == dt.date(2000, 1, 1)
    with pytest.raises(NotCoveredError, match="died_on 2015-06-30 is before 2015-07-01"):
        validate.date(dt.date(2015, 6, 30), "died_on")
    with pytest.raises(InvalidDateError, match="birth_date must be from 1900-01-01 to 2199-12-31"):
        validate.date(dt.date(1899, 12, 31), "birth_date")
    with pytest.raises(InvalidDateError, match="from 2015-07-01 to 2199-12-31, got 2200-01-01"):
        validate.date(dt.date(2200, 1, 1), "on")
    with pytest.raises(InvalidDateError, match=r"got a datetime .*pass value.date\(\)"):
        validate.date(dt.datetime(2025, 1, 1, tzinfo=dt.UTC), "on")
    with pytest.raises(InvalidDateError, match="written YYYY-MM-DD"):
        validate.date("2025-1-1", "on")
    with pytest.raises(InvalidDateError, match="is not a calendar date"):
        validate.date("2025-02-30", "on")
    with pytest.raises(InvalidDateError, match="got list"):
        validate.date([2025], "on")


def test_kind_follows_the_field_name() -> None:
    assert validate.DateKind.of_field("birth_date") is validate.DateKind.BIRTH
    assert validate.DateKind.of_field("registered_on") is validate.DateKind.MEMBERSHIP
    assert validate.DateKind.of_field("covered_from") is validate.DateKind.MEMBERSHIP
    assert validate.DateKind.of_field("died_on") is validate.DateKind.EVENT


def test_months() -> None:
    assert validate.month("2025-06") == Month(2025, 6)
    assert validate.month(dt.date(2025, 6, 30)) == Month(2025, 6)
    with pytest.raises(NotCoveredError):
        validate.month("2015-06")
    for bad in ("1.5e6", "2025-13", "²", [2025, 6]):
        with pytest.raises(InvalidDateError):
            validate.month(bad)


def test_order_of_dates() -> None:
    validate.not_before(dt.date(2025, 1, 1), dt.date(2025, 1, 1), "retire_on", "birth_date")
    with pytest.raises(InvalidDateError, match=r"retire_on \(1980-01-01\) must not be before birth_date"):
        validate.not_before(dt.date(1980, 1, 1), dt.date(1990, 1, 1), "retire_on", "birth_date")


def test_rates_and_percentages() -> None:
    assert validate.rate("0.24", "rate") == Rate(Decimal("0.24"))
    with pytest.raises(InvalidInputError, match="rate must be from 0 to 100"):
        validate.rate("-0.01", "rate")
    with pytest.raises(MoneyTypeError):
        validate.rate(0.5, "rate")
    assert validate.percent("50", "percent") == Decimal(50)
    with pytest.raises(InvalidInputError, match="percent must be from 0 to 100, got '101'"):
        validate.percent("101", "percent")


def test_years() -> None:
    assert validate.year(2024, "to_year", minimum=2016, maximum=2199) == 2024
    with pytest.raises(InvalidInputError, match="to_year must be from 2016 to 2199, got 1900"):
        validate.year(1900, "to_year", minimum=2016, maximum=2199)
    with pytest.raises(InvalidInputError, match="to_year must be a year"):
        validate.year("2024", "to_year", minimum=2016, maximum=2199)


# ----------------------------------------------------------------------------- enums
def test_one_normaliser() -> None:
    assert normalise("  Sangat - Rendah ") == "sangat_rendah"
    assert normalise("very_low") == normalise("VERY-LOW") == normalise("very low") == "very_low"


@pytest.mark.parametrize(
    ("kind", "text", "member"),
    [
        (RiskClass, "Sangat Rendah", RiskClass.VERY_LOW),
        (RiskClass, " 3 ", RiskClass.MEDIUM),
        (RiskClass, 5, RiskClass.VERY_HIGH),
        (RiskClass, "very_high", RiskClass.VERY_HIGH),
        (Segment, "penerima upah", Segment.WAGE_EARNER),
        (Segment, "non-wage earner", Segment.NON_WAGE_EARNER),
        (EmployerScale, "BESAR", EmployerScale.LARGE),
        (Program, "JKP", Program.JKP),
    ],
)
def test_every_enum_parses_alike(kind: type, text: object, member: object) -> None:
    assert kind.parse(text) is member  # type: ignore[attr-defined]
    assert validate.choice(kind, text) is member


@pytest.mark.parametrize("value", ["²", "٣", "5" * 5000, True, 0, 6, "", None, 3.0, [1]])
def test_hostile_codes_are_unknown_values(value: object) -> None:
    with pytest.raises(UnknownValueError, match="unknown risk class .*; accepted: 1-5"):
        RiskClass.parse(value)  # type: ignore[arg-type]


def test_messages_show_values_short() -> None:
    assert shown("x" * 100) == "'xxxxxxxxxxxxxxxxxxxxxxxx... (102 characters)"
    assert shown(5) == "5"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("0001-06", NotCoveredError),
        ("1899-12", NotCoveredError),
        ("2014-05", NotCoveredError),
        ("2300-01", InvalidDateError),
        ("9999-12", InvalidDateError),
    ],
)
def test_a_month_as_text_has_the_range_of_a_month_as_a_date(text: str, error: type[Exception]) -> None:
    """Far-past and far-future months: the same class whether written as text or as a date."""
    with pytest.raises(error):
        validate.month(text)
    year, number = (int(p) for p in text.split("-"))
    with pytest.raises(error):
        validate.month(dt.date(max(year, 1), number, 1))
