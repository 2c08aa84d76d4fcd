"""Indonesian number notation: every accepted form and every refused ambiguity."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos import Rate, Rupiah
from jamsos.errors import InvalidInputError, MoneyTypeError
from jamsos.notation import ambiguous_python_string, parse_count, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8000000", Decimal(8_000_000)),
        ("8_000_000", Decimal(8_000_000)),
        ("1.000.000", Decimal(1_000_000)),
        ("1.000", Decimal(1000)),
        ("6.000.000", Decimal(6_000_000)),
        ("Rp6.000.000", Decimal(6_000_000)),
        ("Rp 6.000.000", Decimal(6_000_000)),
        ("rp. 250 rb", Decimal(250_000)),
        ("1 juta", Decimal(1_000_000)),
        ("1 JUTA", Decimal(1_000_000)),
        ("1,5 jt", Decimal(1_500_000)),
        ("1,5jt", Decimal(1_500_000)),
        ("2 miliar", Decimal(2_000_000_000)),
        ("2 milyar", Decimal(2_000_000_000)),
        ("1.500.000,50", Decimal("1500000.50")),
        ("0,24", Decimal("0.24")),
        ("  42 ", Decimal(42)),
        ("-1.250", Decimal(-1250)),
    ],
)
def test_accepted_forms(text: str, value: Decimal) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "1,000",
            "'1,000' is 1000 in English notation but 1 in Indonesian notation; write 1.000 for 1000, or 1",
        ),
        ("12,500", "is 12500 in English notation but 12,5 in Indonesian"),
        ("1.5", r"write a decimal with a comma \(1,5\)"),
        ("0.240", r"write a decimal with a comma \(0,240\)"),
        ("1.00.000", "the dot groups thousands"),
        ("2 M", "the letter 'M' means different amounts"),
        ("3 T", "the letter 'T'"),
        ("3 kg", "unknown word 'kg'"),
        ("", "is empty"),
        ("abc", "'abc' is not a number"),
        ("1e5", "'1e5': exponent notation is not accepted; write the digits"),
    ],
)
def test_refused_forms_say_how_to_write_them(text: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        parse_number(text, what="--upah")


def test_counts_are_whole() -> None:
    assert parse_count("1.000", what="--pekerja") == 1000
    assert parse_count("2 ribu") == 2000
    assert parse_count("1,5 rb") == 1500
    with pytest.raises(InvalidInputError, match="--pekerja must be a whole number, got '1,5'"):
        parse_count("1,5", what="--pekerja")


def test_float_is_refused() -> None:
    with pytest.raises(MoneyTypeError):
        parse_number(1.5)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_grouped_and_plain_digits_agree(n: int) -> None:
    grouped = f"{n:,}".replace(",", ".")
    assert parse_number(grouped) == parse_number(str(n)) == n


@pytest.mark.parametrize("text", ["1.000", "12.500", "-1.250", "999.999"])
def test_library_strings_refuse_what_two_notations_read_differently(text: str) -> None:
    assert ambiguous_python_string(text)
    with pytest.raises(InvalidInputError, match="in Python notation but"):
        Rupiah(text)
    with pytest.raises(InvalidInputError, match="in Python notation but"):
        Rate.percent(text)


def test_library_strings_keep_python_notation() -> None:
    assert Rupiah("1.5").amount == Decimal("1.5")
    assert Rupiah("1000.000").amount == Decimal(1000)
    assert Rupiah("0.240").amount == Decimal("0.24")
    with pytest.raises(InvalidInputError, match="8 juta"):
        Rupiah("8.000.000")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("NaN"), "amount must be a finite number, got 'NaN'"),
        (Decimal("-Infinity"), "amount must be a finite number, got '-Infinity'"),
        ("1" + "0" * 30, "amount '1" + "0" * 30 + "' is out of range; accepted: below 10^25"),
    ],
)
def test_non_finite_and_huge_numbers_are_refused(value: object, message: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        parse_number(value)
    assert str(err.value) == message
