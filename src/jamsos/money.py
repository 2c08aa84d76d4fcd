"""Exact money and rates: :class:`Rupiah`, :class:`Rate` and named rounding.

*Rupiah* (IDR) has no minor unit in practice; contributions and benefits are paid in whole
rupiah. Intermediate results may carry fractions (``0.24% × 3,131,321``); rounding happens
only where the law or BPJS practice rounds, and always names its mode
(:class:`Rounding`).

A ``float`` is refused everywhere with :class:`jamsos.errors.MoneyTypeError` (a
``TypeError``): binary floating point cannot represent ``0.24%`` exactly.

>>> from jamsos import Rupiah, Rate
>>> wage = Rupiah(8_000_000)
>>> wage * Rate.percent("0.24")
Rupiah('19200.0000')
>>> str(Rupiah("10547400"))
'Rp10.547.400'
>>> str(Rate.percent("0.24"))
'0,24%'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from fractions import Fraction
from typing import Final, SupportsIndex, TypeAlias, final, overload

import attrs

from jamsos.enums import CodedEnum, coded
from jamsos.errors import InvalidInputError, MoneyTypeError
from jamsos.i18n import N_, type_name

__all__ = ["Money", "MoneyLike", "Rate", "Rounding", "Rupiah", "to_decimal"]

#: Precision for every money operation. 60 significant digits hold any wage times any rate
#: exactly (a trillion-rupiah contract value times a four-decimal percentage needs < 25).
CONTEXT: Final = Context(
    prec=60, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)

_ONE: Final = Decimal(1)
_HUNDRED: Final = Decimal(100)
_ZERO: Final = Decimal(0)
#: A string Python and Indonesian notation read as different numbers ("1.000": 1 or 1000).
_AMBIGUOUS: Final = re.compile(r"^[-+]?[1-9]\d{0,2}\.\d{3}$")
#: Python notation for a number as a person writes it: digits, an optional point and
#: decimals; no exponent ("1.5e6" is refused, not read as 1.500.000), ASCII digits only.
_PLAIN_NUMBER: Final = re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")


def _shortened(value: object) -> object:
    """The value itself, or its text cut to 25 characters when its ``repr`` is longer than 40:
    a 5,000-digit input must not become the message."""
    text = repr(value)
    return value if len(text) <= 40 else f"{text[:25]}... ({len(text)} characters)"


def to_decimal(value: object, what: str = "amount") -> Decimal:
    """Convert ``int``, ``str`` or ``Decimal`` to a finite ``Decimal``; refuse anything else.

    >>> to_decimal("1.000.000".replace(".", ""))
    Decimal('1000000')
    >>> to_decimal(0.1)
    Traceback (most recent call last):
    ...
    jamsos.errors.MoneyTypeError: amount must be int, str or Decimal, not float (0.1): ...
    """
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, bool):
        raise MoneyTypeError(
            N_("{what} must be int, str or Decimal, not bool ({value!r})"), field=what, what=what, value=value
        )
    elif isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("_", "")
        if _AMBIGUOUS.match(text):
            # "1.000" is one in Python notation and a thousand in Indonesian: never guess.
            python = format(Decimal(text).normalize(), "f")
            indonesian = text.replace(".", "")
            raise InvalidInputError(
                N_(
                    "{what} {value!r} is {python} in Python notation but {indonesian} in Indonesian "
                    "notation; write '{indonesian}' or '{python}'"
                ),
                field=what,
                what=what,
                value=value,
                python=python,
                indonesian=indonesian,
            )
        if not _PLAIN_NUMBER.match(text):
            # "1.5e6", "²", "NaN", "Infinity": forms a person does not mean as an amount
            raise InvalidInputError(
                N_(
                    "{what} {value!r} is not a number; write digits with an optional "
                    "decimal point, e.g. '8000000' or '0.24' (Indonesian forms such as "
                    "'8.000.000' or '8 juta' are read by jamsos.notation.parse_number)"
                ),
                field=what,
                what=what,
                value=_shortened(value),
            )
        d = Decimal(text)
    elif isinstance(value, float):
        raise MoneyTypeError(
            N_(
                "{what} must be int, str or Decimal, not float ({value!r}): floats cannot hold "
                "rupiah or rates exactly; pass Decimal('{value!r}') or the string '{value!r}'"
            ),
            field=what,
            what=what,
            value=value,
        )
    elif isinstance(value, Rupiah):
        return value.amount
    else:
        raise MoneyTypeError(
            N_("{what} must be int, str or Decimal, not {kind} ({value!r})"),
            field=what,
            what=what,
            kind=type_name(value),
            value=value,
        )
    if not d.is_finite():
        raise InvalidInputError(
            N_("{what} must be a finite number, got {value!r}"), field=what, what=what, value=value
        )
    if d and not -30 <= d.adjusted() <= 24:
        # Far outside any wage, contract or rate; refusing here keeps every later
        # quantize() within the context's precision.
        raise InvalidInputError(
            N_("{what} {value!r} is out of range; accepted: |x| < 10^25, >= 10^-30"),
            field=what,
            what=what,
            value=_shortened(value),
        )
    return d


@coded("rounding", accepted="half_up, half_even, down, up, floor, ceiling")
class Rounding(CodedEnum):
    """A named rounding rule: a mode and a step (1 = whole rupiah, 100 = hundreds).

    Every rounding in jamsos names one of these, and the docstring or parameter that
    applies it names its basis. ``parse`` accepts a member or its label (``"half_up"``,
    ``"HALF_UP"``, ``"half-up"``).
    """

    #: Half away from zero to the whole rupiah: the usual reading of BPJS invoices
    #: (administrative convention, see docs/known-gaps.md).
    HALF_UP = ("half_up", ROUND_HALF_UP)
    #: Banker's rounding, offered for callers whose ledger requires it.
    HALF_EVEN = ("half_even", ROUND_HALF_EVEN)
    #: Toward zero (truncation).
    DOWN = ("down", ROUND_DOWN)
    #: Away from zero.
    UP = ("up", ROUND_UP)
    #: Toward negative infinity.
    FLOOR = ("floor", ROUND_FLOOR)
    #: Toward positive infinity.
    CEILING = ("ceiling", ROUND_CEILING)

    def __init__(self, label: str, decimal_mode: str) -> None:
        self.label = label
        self.decimal_mode = decimal_mode


def _amount(value: object) -> Decimal:
    return to_decimal(value, "amount")


@final
@attrs.frozen(eq=False, order=False, repr=False)
class Rupiah:
    """An exact amount of Indonesian rupiah.

    Built from ``int``, ``str`` or ``Decimal`` (never ``float``). ``amount`` is a
    ``Decimal``; intermediate values may hold fractions until :meth:`rounded`.

    >>> Rupiah(100) + Rupiah("50")
    Rupiah('150')
    >>> (Rupiah(8_000_000) * Rate.percent("0.24")).rounded()
    Rupiah('19200')
    >>> int(Rupiah(5))
    5
    """

    amount: Decimal = attrs.field(converter=_amount)

    @staticmethod
    def _exact(amount: Decimal) -> Rupiah:
        """Wrap an already validated ``Decimal`` without re-checking it (hot paths).

        A static method storing into the slot through its descriptor: about half the cost of
        ``object.__setattr__`` in a class method, on every amount jamsos computes (issue 10).
        """
        obj = _new_object(Rupiah)
        _set_amount(obj, amount)
        return obj

    #: Public name of :meth:`_exact` for jamsos's own modules (contributions' hot paths):
    #: wrap a ``Decimal`` already known to be a valid amount. User input goes through :meth:`of`.
    unchecked = _exact

    @classmethod
    def zero(cls) -> Rupiah:
        """Rp0."""
        return _RP_ZERO

    @classmethod
    def of(cls, value: object, what: str = "amount") -> Rupiah:
        """Convert a money-like argument at an API boundary, naming it in errors."""
        if isinstance(value, Rupiah):
            return value
        return cls._exact(to_decimal(value, what))

    # -- arithmetic -------------------------------------------------------------------
    def __add__(self, other: Rupiah | int) -> Rupiah:
        """``Rupiah + Rupiah``; ``+ 0`` lets the builtin ``sum()`` start from 0."""
        if isinstance(other, Rupiah):
            return Rupiah._exact(CONTEXT.add(self.amount, other.amount))
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self  # lets the builtin sum() start from 0
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other: Rupiah) -> Rupiah:
        if isinstance(other, Rupiah):
            return Rupiah._exact(CONTEXT.subtract(self.amount, other.amount))
        return NotImplemented

    def __neg__(self) -> Rupiah:
        return Rupiah._exact(-self.amount)

    def __mul__(self, other: Rate | int | Decimal) -> Rupiah:
        """Money times a rate or a count is money (a ``float`` is refused)."""
        if isinstance(other, Rate):
            return Rupiah._exact(CONTEXT.multiply(self.amount, other.value))
        if isinstance(other, int) and not isinstance(other, bool):
            return Rupiah._exact(CONTEXT.multiply(self.amount, Decimal(other)))
        if isinstance(other, Decimal):
            return Rupiah._exact(CONTEXT.multiply(self.amount, other))
        if isinstance(other, float):
            raise MoneyTypeError(
                N_("cannot multiply rupiah by a float ({value!r}); use Decimal or Rate"), value=other
            )
        if isinstance(other, Sequence | bytearray):
            # ``__index__`` (so an amount can index a list) would otherwise let Python repeat
            # the sequence: "ab" * Rupiah(3) == "ababab".
            raise MoneyTypeError(
                N_("cannot multiply rupiah by a {kind}; money multiplies by a Rate, an int or a Decimal"),
                kind=type_name(other),
            )
        return NotImplemented

    __rmul__ = __mul__

    @overload
    def __truediv__(self, other: Rupiah) -> Decimal: ...
    @overload
    def __truediv__(self, other: int | Decimal) -> Rupiah: ...
    def __truediv__(self, other: Rupiah | int | Decimal) -> Rupiah | Decimal:
        """``Rupiah / int`` or ``/ Decimal`` → Rupiah; ``Rupiah / Rupiah`` → Decimal ratio."""
        if isinstance(other, Rupiah):
            return CONTEXT.divide(self.amount, other.amount)
        if isinstance(other, int) and not isinstance(other, bool):
            return Rupiah._exact(CONTEXT.divide(self.amount, Decimal(other)))
        if isinstance(other, Decimal):
            return Rupiah._exact(CONTEXT.divide(self.amount, other))
        if isinstance(other, float):
            raise MoneyTypeError(N_("cannot divide rupiah by a float ({value!r})"), value=other)
        return NotImplemented

    # -- comparison ---------------------------------------------------------------------
    def _cmp_value(self, other: object) -> Decimal | None:
        if isinstance(other, Rupiah):
            return other.amount
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int) and not isinstance(other, bool):
            return Decimal(other)
        return None

    def __eq__(self, other: object) -> bool:
        value = self._cmp_value(other)
        if value is None:
            return NotImplemented
        return self.amount == value

    def __hash__(self) -> int:
        return hash(self.amount)

    def __lt__(self, other: object) -> bool:
        value = self._cmp_value(other)
        if value is None:
            return NotImplemented
        return self.amount < value

    def __le__(self, other: object) -> bool:
        value = self._cmp_value(other)
        if value is None:
            return NotImplemented
        return self.amount <= value

    def __gt__(self, other: object) -> bool:
        value = self._cmp_value(other)
        if value is None:
            return NotImplemented
        return self.amount > value

    def __ge__(self, other: object) -> bool:
        value = self._cmp_value(other)
        if value is None:
            return NotImplemented
        return self.amount >= value

    def __bool__(self) -> bool:
        return bool(self.amount)

    # -- conversion ---------------------------------------------------------------------
    def __int__(self) -> int:
        if self.amount != self.amount.to_integral_value():
            raise InvalidInputError(
                N_("{amount!r} is not a whole number of rupiah; call .rounded(mode) first"), amount=self
            )
        return int(self.amount)

    def __index__(self) -> int:
        return int(self)

    @property
    def is_whole(self) -> bool:
        """True when the amount has no fraction of a rupiah."""
        return self.amount == self.amount.to_integral_value()

    def rounded(self, mode: Rounding | str = Rounding.HALF_UP, step: int = 1) -> Rupiah:
        """Round to a multiple of ``step`` rupiah with the named ``mode``.

        >>> Rupiah("8939722.48").rounded(Rounding.FLOOR, step=100)
        Rupiah('8939700')
        >>> Rupiah("0.5").rounded(Rounding.HALF_UP)
        Rupiah('1')
        >>> Rupiah("0.5").rounded(Rounding.HALF_EVEN)
        Rupiah('0')
        """
        mode = Rounding.parse(mode)
        if step == 1:
            return Rupiah._exact(self.amount.quantize(_ONE, rounding=mode.decimal_mode, context=CONTEXT))
        if not isinstance(step, int) or step <= 0:
            raise InvalidInputError(N_("rounding step must be a positive int, got {step!r}"), step=step)
        d_step = Decimal(step)
        units = CONTEXT.divide(self.amount, d_step).quantize(
            _ONE, rounding=mode.decimal_mode, context=CONTEXT
        )
        return Rupiah._exact(CONTEXT.multiply(units, d_step))

    def to_json(self) -> int | str:
        """A JSON-ready value: an ``int`` when whole, else the exact decimal string.

        Results use the exact string form (``jamsos.jsonform.money_json``) in their JSON.
        """
        if self.is_whole:
            return int(self.amount)
        return format(self.amount, "f")

    def __repr__(self) -> str:
        return f"Rupiah('{self.amount}')"

    def __str__(self) -> str:
        return format_rupiah(self.amount)

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        return format(self.amount, spec)


_new_object: Final = object.__new__
#: The ``amount`` slot's setter (the frozen class refuses ``setattr``; ``_exact`` uses this).
_set_amount: Final = Rupiah.__dict__["amount"].__set__
_RP_ZERO: Final = Rupiah._exact(_ZERO)

#: What public functions accept where money is expected: a :class:`Rupiah`, or an ``int``,
#: ``str`` or ``Decimal`` converted at the boundary. Never ``float`` (a type error for type
#: checkers, :class:`~jamsos.errors.MoneyTypeError` at run time).
MoneyLike: TypeAlias = Rupiah | int | str | Decimal
#: The earlier name of :data:`MoneyLike`.
Money: TypeAlias = MoneyLike


def format_rupiah(amount: Decimal) -> str:
    """Indonesian style: ``.`` groups thousands, ``,`` separates the fraction.

    >>> format_rupiah(Decimal("10547400"))
    'Rp10.547.400'
    >>> format_rupiah(Decimal("-1234.5"))
    '-Rp1.234,5'
    """
    sign = "-" if amount < 0 else ""
    text = format(abs(amount), "f")
    whole, _, frac = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    frac = frac.rstrip("0")
    return f"{sign}Rp{grouped}" + (f",{frac}" if frac else "")


def _rate_value(value: object) -> Decimal:
    return to_decimal(value, "rate")


@final
@attrs.frozen(repr=False, order=True)
class Rate:
    """An exact rate, stored as a proportion (``0.0024`` for 0.24%).

    Rates written in regulations are decimal percentages, which a ``Decimal`` holds
    exactly. Build them with :meth:`percent` (the way regulations write them) or
    :meth:`fraction`.

    >>> Rate.percent("0.24").value
    Decimal('0.0024')
    >>> Rate.percent("60") * 6
    Rate.percent('360')
    >>> str(Rate.percent("1.74"))
    '1,74%'
    """

    value: Decimal = attrs.field(converter=_rate_value)

    @classmethod
    def percent(cls, pct: object) -> Rate:
        """A rate written as a percentage: ``Rate.percent("0.24")`` is 0.24%."""
        return cls(CONTEXT.divide(to_decimal(pct, "percentage"), _HUNDRED))

    @classmethod
    def fraction(cls, numerator: int, denominator: int) -> Rate:
        """A rate ``numerator / denominator`` that must have a finite decimal expansion."""
        frac = Fraction(numerator, denominator)
        value = CONTEXT.divide(Decimal(frac.numerator), Decimal(frac.denominator))
        if Fraction(value) != frac:
            raise InvalidInputError(
                N_("{numerator}/{denominator} has no exact decimal form; give a decimal rate"),
                numerator=numerator,
                denominator=denominator,
            )
        return cls(value)

    @classmethod
    def zero(cls) -> Rate:
        """0%."""
        return cls(_ZERO)

    @property
    def as_percent(self) -> Decimal:
        """The rate in percent, normalized (``Decimal('0.24')``)."""
        return _normalize(CONTEXT.multiply(self.value, _HUNDRED))

    def __mul__(self, other: Rate | int | Decimal) -> Rate:
        if isinstance(other, Rate):
            return Rate(CONTEXT.multiply(self.value, other.value))
        if isinstance(other, int) and not isinstance(other, bool):
            return Rate(CONTEXT.multiply(self.value, Decimal(other)))
        if isinstance(other, Decimal):
            return Rate(CONTEXT.multiply(self.value, other))
        if isinstance(other, float):
            raise MoneyTypeError(N_("cannot multiply a rate by a float ({value!r})"), value=other)
        return NotImplemented

    @overload
    def __rmul__(self, other: Rupiah) -> Rupiah: ...
    @overload
    def __rmul__(self, other: int | Decimal) -> Rate: ...
    def __rmul__(self, other: Rupiah | int | Decimal) -> Rate | Rupiah:
        if isinstance(other, Rupiah):
            return other * self
        return self.__mul__(other)

    def __add__(self, other: Rate) -> Rate:
        if isinstance(other, Rate):
            return Rate(CONTEXT.add(self.value, other.value))
        return NotImplemented

    def __sub__(self, other: Rate) -> Rate:
        if isinstance(other, Rate):
            return Rate(CONTEXT.subtract(self.value, other.value))
        return NotImplemented

    def __bool__(self) -> bool:
        return bool(self.value)

    def to_json(self) -> str:
        """The percentage as an exact decimal string (``"0.24"`` for 0.24%).

        Results carry the unit too: ``{"percent": "0.24"}`` (``jamsos.jsonform``).
        """
        return format(self.as_percent, "f")

    def __repr__(self) -> str:
        return f"Rate.percent('{format(self.as_percent, 'f')}')"

    def __str__(self) -> str:
        return format(self.as_percent, "f").replace(".", ",") + "%"


def _normalize(d: Decimal) -> Decimal:
    n = d.normalize(CONTEXT)
    # normalize() turns 100 into 1E+2; keep plain notation.
    return n.quantize(_ONE) if n == n.to_integral_value() else n


def total(amounts: Iterable[Rupiah]) -> Rupiah:
    """Sum of rupiah amounts (Rp0 for none)."""
    acc = _ZERO
    for a in amounts:
        acc = CONTEXT.add(acc, a.amount)
    return Rupiah._exact(acc)


def whole(value: Decimal, mode: Rounding = Rounding.HALF_UP) -> Decimal:
    """Round a ``Decimal`` to whole rupiah with a named mode (helper for hot paths)."""
    return value.quantize(_ONE, rounding=mode.decimal_mode, context=CONTEXT)


def check_index(value: SupportsIndex) -> int:
    """Return ``value`` as an int (for counts such as months), refusing bools and floats."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise MoneyTypeError(
            N_("expected a whole number, got {kind} {value!r}"), kind=type_name(value), value=value
        )
    return value
