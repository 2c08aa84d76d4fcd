"""Unit tests for the operators of jamsos.money: every mix of types is exact, refused, or NotImplemented."""

from __future__ import annotations

import operator
from decimal import Decimal

import pytest

from jamsos.errors import InvalidInputError, MoneyTypeError
from jamsos.money import Rate, Rounding, Rupiah, check_index, to_decimal, total, whole


def test_to_decimal_takes_the_amount_of_a_rupiah() -> None:
    assert to_decimal(Rupiah("12.5"), "x") == Decimal("12.5")


def test_rupiah_arithmetic_with_each_type() -> None:
    r = Rupiah(100)
    assert r + 0 is r and 0 + r is r  # sum() starts from 0
    assert r - Rupiah(30) == Rupiah(70)
    assert r * Decimal("0.5") == Rupiah(50) and 3 * r == Rupiah(300)
    assert r / Rupiah(8) == Decimal("12.5")
    assert r / 8 == Rupiah("12.5") and r / Decimal("0.5") == Rupiah(200)
    assert total([Rupiah(1), Rupiah("0.5")]) == Rupiah("1.5") and total([]) == Rupiah(0)


@pytest.mark.parametrize("op", [operator.add, operator.sub, operator.mul, operator.truediv])
def test_rupiah_with_foreign_types_is_a_type_error(op: object) -> None:
    with pytest.raises(TypeError):
        op(Rupiah(1), object())  # type: ignore[operator]
    with pytest.raises(TypeError):
        op(Rupiah(1), True if op is operator.add else None)  # type: ignore[operator]


def test_rupiah_and_float_is_refused_by_name() -> None:
    with pytest.raises(
        MoneyTypeError, match=r"cannot multiply rupiah by a float \(0\.5\); use Decimal or Rate"
    ):
        Rupiah(1) * 0.5  # type: ignore[operator]
    with pytest.raises(MoneyTypeError, match=r"cannot divide rupiah by a float \(2\.0\)"):
        Rupiah(1) / 2.0  # type: ignore[operator]
    with pytest.raises(MoneyTypeError, match="cannot multiply a rate by a float"):
        Rate.percent(1) * 0.5  # type: ignore[operator]


def test_rupiah_comparisons() -> None:
    r = Rupiah(5)
    assert r == Decimal(5) and r == 5 and r == Rupiah("5.0")
    assert r != "5" and r != 5.0 and r != True  # noqa: E712 - bools and floats are not money
    assert Rupiah(4) < r <= Decimal(5) and r > 4 and r >= Rupiah(5)
    for op in (operator.lt, operator.le, operator.gt, operator.ge):
        with pytest.raises(TypeError):
            op(r, "5")
    assert hash(r) == hash(Decimal(5))


def test_rupiah_index_and_format() -> None:
    assert [10, 20, 30][Rupiah(1)] == 20
    assert f"{Rupiah('1234.5')}" == "Rp1.234,5"
    assert f"{Rupiah('1234.5'):.2f}" == "1234.50"
    with pytest.raises(InvalidInputError, match="is not a whole number of rupiah"):
        int(Rupiah("0.5"))


@pytest.mark.parametrize("seq", ["ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2), range(2)], ids=repr)
def test_rupiah_does_not_repeat_a_sequence(seq: object) -> None:
    # __index__ lets an amount index a list; it must not let Python repeat a sequence by it
    kind = type(seq).__name__
    for product in (lambda: seq * Rupiah(3), lambda: Rupiah(3) * seq):  # type: ignore[operator]
        with pytest.raises(
            MoneyTypeError, match=f"cannot multiply rupiah by a {kind}; money multiplies"
        ) as err:
            product()
        assert isinstance(err.value, TypeError)
        assert err.value.message("id") == (
            f"rupiah tidak dapat dikalikan dengan {kind}; uang dikalikan dengan jamsos.Rate, int, atau Decimal"
        )


def test_what_index_is_for_still_works() -> None:
    assert [10, 20, 30][Rupiah(2)] == 30 and "abc"[Rupiah(1)] == "b"
    assert hex(Rupiah(255)) == "0xff" and operator.index(Rupiah(7)) == 7
    assert Rupiah(3) * 2 == 2 * Rupiah(3) == Rupiah(6) and Decimal("0.5") * Rupiah(3) == Rupiah("1.5")
    with pytest.raises(InvalidInputError, match="is not a whole number of rupiah"):
        [1, 2][Rupiah("0.5")]


def test_rate_arithmetic() -> None:
    half = Rate.percent(50)
    assert half * half == Rate.percent(25)
    assert half * Decimal(3) == Rate.percent(150) and 2 * half == Rate.percent(100)
    assert Rupiah(10) * half == Rupiah(5)
    assert half.__rmul__(Rupiah(10)) == Rupiah(5)
    assert half + Rate.percent(1) == Rate.percent(51) and half - Rate.percent(1) == Rate.percent(49)
    assert not Rate.zero() and half
    for op in (operator.add, operator.sub, operator.mul):
        with pytest.raises(TypeError):
            op(half, object())  # type: ignore[operator]


def test_check_index() -> None:
    assert check_index(3) == 3
    for bad in (True, 3.0, "3"):
        with pytest.raises(MoneyTypeError, match="expected a whole number"):
            check_index(bad)  # type: ignore[arg-type]


def test_to_decimal_refusals_and_helpers() -> None:
    with pytest.raises(InvalidInputError, match="1.000"):
        to_decimal("1.000", "wage")
    with pytest.raises(MoneyTypeError, match=r"wage must be int, str or Decimal, not list"):
        to_decimal([1], "wage")
    with pytest.raises(InvalidInputError, match="wage must be a finite number"):
        to_decimal(Decimal("NaN"), "wage")
    with pytest.raises(InvalidInputError, match="is out of range"):
        to_decimal(Decimal("1e30"), "wage")
    with pytest.raises(InvalidInputError, match="'1e30' is not a number"):
        to_decimal("1e30", "wage")
    assert Rupiah.of(Rupiah(3)) == Rupiah(3) and Rupiah.of("3", "x") == Rupiah(3)
    assert -Rupiah(3) == Rupiah(-3) and not Rupiah(0) and Rupiah(1)
    assert Rate.percent("1.5").to_json() == "1.5" and repr(Rate.percent("1.5")) == "Rate.percent('1.5')"
    assert whole(Decimal("2.5")) == Decimal(3) and whole(Decimal("2.5"), Rounding.HALF_EVEN) == Decimal(2)
