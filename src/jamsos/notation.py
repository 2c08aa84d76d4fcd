"""Numbers as Indonesians write them, for the command line and file cells.

One function, :func:`parse_number`, reads every money and count value a person types or
an Indonesian spreadsheet exports:

* plain digits ``8000000`` (``_`` may group them: ``8_000_000``);
* dots grouping thousands ``1.000.000`` and a comma before decimals ``1.500.000,50``;
* the words *ribu* (thousand, ``rb``), *juta* (million, ``jt``), *miliar*/*milyar*
  (billion) and *triliun* (trillion): ``1 juta``, ``1,5 jt``, ``250 rb``;
* an optional ``Rp`` in front (``Rp6.000.000``, ``Rp 6 juta``).

Nothing is guessed. A text English or Python notation would read differently is refused
with a message saying how to write it: ``1,000`` (a thousand in English, one in
Indonesian), ``1.5`` (the dot groups thousands here, so a decimal needs a comma: ``1,5``),
and the single letters ``M``/``T`` (``M`` is *miliar* in Indonesian but "million" in
English; write the word).

>>> from jamsos.notation import parse_number
>>> parse_number("1.000.000"), parse_number("1 juta"), parse_number("1,5 jt")
(Decimal('1000000'), Decimal('1000000'), Decimal('1500000'))
>>> parse_number("Rp6.000.000"), parse_number("8000000"), parse_number("0,24")
(Decimal('6000000'), Decimal('8000000'), Decimal('0.24'))
>>> parse_number("1.000", integer=True, what="workers")
Decimal('1000')

The library's own string parsing (``Rupiah("8000000")``, ``Rate.percent("0.24")``) uses
Python notation instead and refuses the one form both notations accept with different
values (``"1.000"``): see :func:`ambiguous_python_string`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from jamsos.errors import InvalidInputError, MoneyTypeError
from jamsos.i18n import N_, type_name

__all__ = ["MULTIPLIERS", "ambiguous_python_string", "parse_count", "parse_number"]

#: Indonesian number words and their common abbreviations.
MULTIPLIERS: Final = {
    "rb": 10**3,
    "ribu": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "triliun": 10**12,
}

_NUMBER: Final = re.compile(
    r"""^(?P<sign>[-+]?)\s*
        (?:rp\.?\s*)?
        (?P<digits>\d+(?:_\d+)*|[1-9]\d{0,2}(?:\.\d{3})+)
        (?:,(?P<frac>\d+))?
        \s*(?P<word>[a-z]+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
_ENGLISH_THOUSANDS: Final = re.compile(r"^[-+]?\s*(?:rp\.?\s*)?[1-9]\d{0,2}(?:,\d{3})+\s*[a-z]*$", re.I)
_EXPONENT: Final = re.compile(r"\d[eE][-+]?\d")
_DOT_DECIMAL: Final = re.compile(r"^[-+]?\s*(?:rp\.?\s*)?\d*\.\d+", re.I)
_PYTHON_AMBIGUOUS: Final = re.compile(r"^[-+]?[1-9]\d{0,2}\.\d{3}$")

#: Messages (English msgids, translated by the catalog where they are shown).
MSG_TYPE: Final = N_("{what} must be a number written as text, int or Decimal, not {kind} ({value})")
MSG_EMPTY: Final = N_("{what} is empty; write digits, e.g. 8000000, 8.000.000, 8 juta or 1,5 jt")
MSG_NOT_A_NUMBER: Final = N_(
    "{what} {value!r} is not a number; write digits, e.g. 8000000, 8.000.000, 8 juta or 1,5 jt"
)
MSG_EXPONENT: Final = N_(
    "{what} {value!r}: exponent notation is not accepted; write the digits (1500000, 1.500.000) "
    "or a word (1,5 juta)"
)
MSG_NOT_FINITE: Final = N_("{what} must be a finite number, got {value!r}")
MSG_NOT_WHOLE: Final = N_("{what} must be a whole number, got {value!r}")
MSG_ENGLISH_THOUSANDS: Final = N_(
    "{what} {value!r} groups thousands with commas (English notation); in Indonesian notation "
    "the dot groups thousands: write {grouped}"
)
MSG_ENGLISH_GROUPING: Final = N_(
    "{what} {value!r} is {english} in English notation but {indonesian} in Indonesian notation; "
    "write {grouped} for {english}, or {indonesian}"
)
MSG_DOT_DECIMAL: Final = N_(
    "{what} {value!r}: the dot groups thousands in Indonesian notation; write a decimal with a "
    "comma ({comma}) or group digits by three (1.000.000)"
)
MSG_LETTER: Final = N_(
    "{what} {value!r}: the letter {letter!r} means different amounts in Indonesian and English; "
    "write the word (ribu, juta, miliar, triliun)"
)
MSG_UNKNOWN_WORD: Final = N_(
    "{what} {value!r}: unknown word {word!r}; accepted: ribu (rb), juta (jt), miliar, triliun"
)
MSG_RANGE: Final = N_("{what} {value!r} is out of range; accepted: below 10^25")


def _fail(template: str, **params: object) -> InvalidInputError:
    # str(exc) is English; the template and values let the CLI show it in the user's language.
    what = params.get("what")
    return InvalidInputError(template, field=what if isinstance(what, str) else None, **params)


#: Default names of the value in messages (translated where shown).
AMOUNT: Final = N_("amount")
COUNT: Final = N_("count")


def parse_number(text: object, *, what: str = AMOUNT, integer: bool = False) -> Decimal:
    """The exact value of ``text`` written in Indonesian notation (see the module docstring).

    ``what`` names the value in errors (``--upah``, ``wage``...); ``integer=True`` refuses
    a fraction (for counts such as a number of workers). Ints and ``Decimal`` pass through
    (a ``float`` is refused: it cannot hold rupiah exactly).
    """
    if isinstance(text, bool | float) or not isinstance(text, int | Decimal | str):
        raise MoneyTypeError(MSG_TYPE, what=what, kind=type_name(text), value=repr(text))
    value = _parse_text(text.strip(), what) if isinstance(text, str) else Decimal(text)
    if not value.is_finite():
        raise _fail(MSG_NOT_FINITE, what=what, value=str(text))
    if integer and value != value.to_integral_value():
        raise _fail(MSG_NOT_WHOLE, what=what, value=str(text))
    return value.quantize(Decimal(1)) if integer else value


def _parse_text(text: str, what: str) -> Decimal:
    if not text:
        raise _fail(MSG_EMPTY, what=what)
    if _ENGLISH_THOUSANDS.match(text):
        number = re.sub(r"[^\d,]", "", text)
        english = number.replace(",", "")
        grouped = f"{int(english):,}".replace(",", ".")
        if number.count(",") > 1:
            # "6,000,000" has no Indonesian reading at all (one decimal comma at most)
            raise _fail(MSG_ENGLISH_THOUSANDS, what=what, value=text, grouped=grouped)
        indonesian = format(Decimal(number.replace(",", ".")).normalize(), "f").replace(".", ",")
        raise _fail(
            MSG_ENGLISH_GROUPING,
            what=what,
            value=text,
            english=english,
            indonesian=indonesian,
            grouped=grouped,
        )
    match = _NUMBER.match(text)
    if match is None:
        if _EXPONENT.search(text):  # "1.5e6": suggesting "1,5e6" would suggest another refusal
            raise _fail(MSG_EXPONENT, what=what, value=text)
        if _DOT_DECIMAL.match(text):
            raise _fail(MSG_DOT_DECIMAL, what=what, value=text, comma=text.replace(".", ","))
        raise _fail(MSG_NOT_A_NUMBER, what=what, value=text)
    digits = match["digits"].replace(".", "").replace("_", "")
    frac = match["frac"] or ""
    word = (match["word"] or "").lower()
    factor = 1
    if word:
        if word not in MULTIPLIERS:
            if word in ("m", "t", "k"):
                raise _fail(MSG_LETTER, what=what, value=text, letter=match["word"])
            raise _fail(MSG_UNKNOWN_WORD, what=what, value=text, word=match["word"])
        factor = MULTIPLIERS[word]
    value = Decimal(f"{match['sign']}{digits}.{frac}" if frac else f"{match['sign']}{digits}")
    if value and not value.adjusted() <= 24:
        raise _fail(MSG_RANGE, what=what, value=text)
    value *= factor
    # 1,5 jt is exactly 1500000: drop the fraction digits a multiplier made whole.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def parse_count(text: object, *, what: str = COUNT) -> int:
    """A whole number written in Indonesian notation (``1.000``, ``2 ribu``), as ``int``."""
    return int(parse_number(text, what=what, integer=True))


def ambiguous_python_string(text: str) -> bool:
    """Whether Python notation and Indonesian notation read ``text`` as different numbers.

    Only a single dot followed by exactly three digits, after one to three leading digits
    (``"1.000"``, ``"12.500"``): Python reads a decimal fraction, Indonesian a thousand.

    >>> ambiguous_python_string("1.000"), ambiguous_python_string("0.240"), ambiguous_python_string("1.5")
    (True, False, False)
    """
    return _PYTHON_AMBIGUOUS.match(text.strip().replace("_", "")) is not None
