"""The NIK (*Nomor Induk Kependudukan*), Indonesia's 16-digit population number.

A NIK reads ``PP KK CC DDMMYY SSSS``: province (``PP``), regency or city (``KK``) and
district (``CC``) codes of the Ministry of Home Affairs (Kemendagri), the date of birth,
and a serial number. Women's day of birth is written plus 40 (``41`` is the 1st).

What :func:`check` verifies, and nothing more:

* 16 digits (a NIK that a spreadsheet turned into a number, ``3.20101E+15``, is refused
  with the fix: format the column as text);
* the province code against the provinces in force on the reference date, from
  ``programmes/data/provinces.toml`` (each with the law that formed it; the four Papuan
  provinces of 2022 included). Regency and district codes are only checked not to be
  ``00``: no maintained dataset of finer codes is available as a package;
* the encoded date of birth exists. **Century rule**: the two-digit year is read as 20YY
  when that date is on or before the reference date, else as 19YY (so nobody is born in
  the future, and nobody is more than 100 years old);
* the serial is not ``0000``.

>>> info = check("3201014108900001", on=dt.date(2026, 1, 1))
>>> info.province.name, info.birth_date.isoformat(), info.female
('Jawa Barat', '1990-08-01', True)
>>> mask("3201014108900001")
'320101******0001'
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Final

import attrs

from jamsos.i18n import N_
from jamsos.legal import Basis, Status
from jamsos.programmes.findings import Finding

__all__ = ["NikInfo", "Province", "check", "mask", "provinces"]

_LENGTH: Final = 16
_WOMEN: Final = 40


@attrs.frozen
class Province:
    """A province code as it opens a NIK, with the law that formed the province."""

    code: str
    name: str
    basis: Basis
    status: Status
    since: dt.date | None = None

    def in_force(self, on: dt.date) -> bool:
        """Whether the province exists on ``on``."""
        return self.since is None or self.since <= on


@lru_cache(maxsize=1)
def _all_provinces() -> Mapping[str, Province]:
    raw = resources.files("jamsos.programmes").joinpath("data/provinces.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    out: dict[str, Province] = {}
    for entry in data["province"]:
        code = entry["code"]
        where = f"provinces.toml {code}"
        if code in out or len(code) != 2 or not code.isdigit():
            raise ValueError(f"{where}: a province code is two digits, listed once")
        out[code] = Province(
            code=code,
            name=entry["name"],
            basis=Basis.from_mapping(entry["basis"], where),
            status=Status(entry["status"]),
            since=entry.get("since"),
        )
    return MappingProxyType(out)


def provinces(on: dt.date | None = None) -> Mapping[str, Province]:
    """Provinces by code; those in force on ``on`` (``None``: every province listed)."""
    every = _all_provinces()
    if on is None:
        return every
    return MappingProxyType({c: p for c, p in every.items() if p.in_force(on)})


@attrs.frozen
class NikInfo:
    """What a valid NIK says: province, date of birth, sex."""

    nik: str
    province: Province
    birth_date: dt.date
    female: bool


def clean(value: object) -> str | Finding:
    """The NIK as 16-character text, or a :class:`Finding` saying why it is not one."""
    if isinstance(value, bool):
        return Finding.reject("nik_type", N_("the NIK must be text of 16 digits, got {value!r}"), value=value)
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, float):
        return Finding.reject(
            "nik_number",
            N_(
                "the NIK was stored as a number, which loses digits; format the NIK "
                "column as text in the spreadsheet and enter it again"
            ),
        )
    elif isinstance(value, str):
        text = value.strip().lstrip("'").replace(" ", "")
    else:
        return Finding.reject(
            "nik_type", N_("the NIK must be text of 16 digits, got {value!r}"), value=type(value).__name__
        )
    if not text:
        return Finding.reject("nik_missing", N_("the NIK is empty"))
    if "e+" in text.lower() or text.endswith(".0"):
        return Finding.reject(
            "nik_number",
            N_(
                "the NIK was stored as a number, which loses digits; format the NIK "
                "column as text in the spreadsheet and enter it again"
            ),
        )
    if not text.isascii() or not text.isdigit():
        # name the first wrong character, never the NIK itself: the reason sits next to the
        # masked NIK in reports and rejected-row files (UU 27/2022)
        position, char = next((i, c) for i, c in enumerate(text, 1) if not (c.isascii() and c.isdigit()))
        return Finding.reject(
            "nik_digits",
            N_("the NIK must hold digits only; character {position} is {char!r}"),
            position=position,
            char=char,
        )
    if len(text) != _LENGTH:
        return Finding.reject("nik_length", N_("the NIK must have 16 digits, got {count}"), count=len(text))
    return text


def birth(digits: str, on: dt.date) -> tuple[dt.date, bool] | Finding:
    """Date of birth and sex from the six digits ``DDMMYY`` (women: day + 40)."""
    day, month, year2 = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    female = day > _WOMEN
    if female:
        day -= _WOMEN
    for century in (2000, 1900):
        try:
            born = dt.date(century + year2, month, day)
        except ValueError:
            break
        if born <= on:
            return born, female
    return Finding.reject(
        "nik_birth_date",
        N_(
            "the NIK's date-of-birth digits (7th to 12th, DDMMYY) are not a date (women's day of "
            "birth is written plus 40)"
        ),
    )


def check(value: object, *, on: dt.date) -> NikInfo | Finding:
    """Check a NIK on the reference date ``on`` (the century rule and the provinces in force)."""
    text = clean(value)
    if isinstance(text, Finding):
        return text
    code = text[:2]
    province = _all_provinces().get(code)
    if province is None:
        return Finding.reject(
            "nik_province", N_("the NIK's province code {code} is not a province"), code=code
        )
    if not province.in_force(on):
        return Finding.reject(
            "nik_province_later",
            N_("the NIK's province code {code} ({name}) exists only from {since}"),
            code=code,
            name=province.name,
            since=str(province.since),
        )
    if text[2:4] == "00" or text[4:6] == "00":
        return Finding.reject(
            "nik_region", N_("the NIK's regency or district code is 00 ({code})"), code=text[:6]
        )
    born = birth(text[6:12], on)
    if isinstance(born, Finding):
        return born
    if text[12:] == "0000":
        return Finding.reject("nik_serial", N_("the NIK's serial number is 0000"))
    return NikInfo(text, province, born[0], born[1])


def mask(nik: object) -> str:
    """The NIK with its date of birth hidden (personal data, UU 27/2022): ``320101******0001``.

    Text that is not a 16-digit NIK is hidden but for its last two characters.
    """
    text = "" if nik is None else str(nik).strip()
    if len(text) == _LENGTH and text.isdigit():
        return text[:6] + "*" * 6 + text[12:]
    return "*" * max(len(text) - 2, 0) + text[-2:] if len(text) > 2 else "*" * len(text)
