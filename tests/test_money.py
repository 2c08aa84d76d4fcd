"""Rupiah and Rate: exactness, refusal of floats, named rounding, Indonesian formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import InvalidInputError, JamsosError, MoneyTypeError, Rate, Rounding, Rupiah


def test_float_is_refused_as_a_type_error() -> None:
    """A float passed as money is a TypeError (and a JamsosError)."""
    with pytest.raises(MoneyTypeError) as info:
        Rupiah(0.1)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, JamsosError)
    assert "float" in str(info.value)
    with pytest.raises(MoneyTypeError):
        Rate.percent(0.24)
    with pytest.raises(MoneyTypeError):
        Rupiah(100) * 1.5


def test_bool_and_junk_are_refused() -> None:
    """True is not one rupiah; text that is not a number is an InvalidInputError."""
    with pytest.raises(MoneyTypeError):
        Rupiah(True)  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        Rupiah("delapan juta")
    with pytest.raises(InvalidInputError):
        Rupiah("NaN")


def test_percent_rates_are_exact() -> None:
    """0.24% of Rp8.000.000 is exactly Rp19.200 (PP 44/2015 Pasal 16 ayat (1) huruf a)."""
    assert Rupiah(8_000_000) * Rate.percent("0.24") == Rupiah(19_200)
    assert Rate.percent("0.24").value == Decimal("0.0024")
    assert Rate.fraction(1, 8).value == Decimal("0.125")
    with pytest.raises(InvalidInputError):
        Rate.fraction(1, 3)


@pytest.mark.parametrize(
    ("amount", "mode", "step", "expected"),
    [
        ("0.5", Rounding.HALF_UP, 1, "1"),
        ("0.5", Rounding.HALF_EVEN, 1, "0"),
        ("1.5", Rounding.HALF_EVEN, 1, "2"),
        ("8939722.48", Rounding.FLOOR, 100, "8939700"),  # BPJS letter B/1328/022020
        ("393406.74", Rounding.CEILING, 100, "393500"),
        ("-0.5", Rounding.HALF_UP, 1, "-1"),
        ("1234.49", Rounding.DOWN, 1, "1234"),
    ],
)
def test_rounding_names_its_mode(amount: str, mode: Rounding, step: int, expected: str) -> None:
    """Each rounding mode does what its name says."""
    assert Rupiah(amount).rounded(mode, step=step) == Rupiah(expected)


def test_rounding_by_label_and_bad_step() -> None:
    """Modes can be named by label; a non-positive step is refused."""
    assert Rupiah("2.5").rounded("half_up") == Rupiah(3)
    with pytest.raises(InvalidInputError):
        Rupiah(1).rounded(Rounding.HALF_UP, step=0)
    with pytest.raises(InvalidInputError):
        Rupiah(1).rounded("nearest")


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("10547400", "Rp10.547.400"),
        ("0", "Rp0"),
        ("999", "Rp999"),
        ("1000", "Rp1.000"),
        ("-1234.5", "-Rp1.234,5"),
        ("19200.0000", "Rp19.200"),
    ],
)
def test_indonesian_format(amount: str, text: str) -> None:
    """str() groups thousands with '.' and writes the fraction after ','."""
    assert str(Rupiah(amount)) == text


def test_int_refuses_fractions() -> None:
    """int() of a fractional amount is an error, never a silent truncation."""
    assert int(Rupiah("19200.000")) == 19_200
    with pytest.raises(InvalidInputError):
        int(Rupiah("0.5"))


def test_arithmetic_and_comparison() -> None:
    """Sums, differences, comparisons with ints, division into a ratio."""
    assert sum([Rupiah(1), Rupiah(2)]) == Rupiah(3)
    assert Rupiah(5) - Rupiah(7) == Rupiah(-2)
    assert Rupiah(5) > 4
    assert Rupiah(5) <= Rupiah(5)
    assert Rupiah(10) / Rupiah(4) == Decimal("2.5")
    assert Rupiah(10) / 4 == Rupiah("2.5")
    assert hash(Rupiah(5)) == hash(Rupiah("5.00"))
    assert str(Rate.percent("1.74")) == "1,74%"
    assert Rupiah(3).to_json() == 3
    assert Rupiah("3.5").to_json() == "3.5"


@given(st.integers(min_value=-(10**15), max_value=10**15), st.integers(min_value=1, max_value=10**6))
def test_half_up_is_within_half_a_rupiah(units: int, divisor: int) -> None:
    """Rounding never moves an amount by more than half a rupiah, and gives whole rupiah."""
    amount = Rupiah(units) / divisor
    assert isinstance(amount, Rupiah)
    rounded = amount.rounded(Rounding.HALF_UP)
    assert rounded.is_whole
    assert abs((rounded - amount).amount) <= Decimal("0.5")
