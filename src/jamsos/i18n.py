"""The message catalog: every text a person reads, Indonesian first, English on request.

Messages are written in English in the source, marked with :func:`N_` so that Babel's
extractor finds them, and translated at the moment they are shown with :func:`translate`.
The Indonesian catalog is ``jamsos/locale/id/LC_MESSAGES/jamsos.po`` (compiled to
``jamsos.mo``, shipped in the wheel). English is the msgid itself.

**The language setting.** :func:`current_lang` is ``"id"`` unless the environment variable
``JAMSOS_LANG`` says ``en``, or code runs inside ``with use_lang("en"):``. The setting is a
:mod:`contextvars` variable: a ``with`` block changes it for that block (and that thread or
task) only; no call toggles a hidden global.

>>> from jamsos.i18n import N_, translate, use_lang, format_month, format_rupiah
>>> from jamsos import Month
>>> translate(N_("usage: "), "id")
'penggunaan: '
>>> with use_lang("en"):
...     format_month(Month(2026, 1))
'January 2026'
>>> format_month(Month(2026, 1), "id")
'Januari 2026'
>>> format_rupiah(10_547_400, "id"), format_rupiah(10_547_400, "en")
('Rp10.547.400', 'Rp10.547.400')

**Updating the catalog** (Babel's catalog tools, from the repository root)::

    pybabel extract -F babel.cfg -k N_ -k translate -o src/jamsos/locale/jamsos.pot src/jamsos
    pybabel update -i src/jamsos/locale/jamsos.pot -d src/jamsos/locale -D jamsos -l id
    # translate the new entries in src/jamsos/locale/id/LC_MESSAGES/jamsos.po, then
    pybabel compile -d src/jamsos/locale -D jamsos

``tests/i18n/test_catalog.py`` fails when the ``.mo`` is stale or a marked message has no
Indonesian translation.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import gettext
import os
import re
from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from typing import Final, Literal, Protocol

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "N_",
    "Lang",
    "current_lang",
    "format_date",
    "format_month",
    "format_number",
    "format_rupiah",
    "format_value",
    "normalize_lang",
    "translate",
    "translate_filled",
    "translate_plural",
    "type_name",
    "use_lang",
    "write_dates",
]

#: gettext domain of the catalog files.
DOMAIN: Final = "jamsos"
#: The languages jamsos speaks; the first is the default.
LANGUAGES: Final = ("id", "en")
#: Environment variable holding the default language.
ENV_VAR: Final = "JAMSOS_LANG"

Lang = Literal["id", "en"]

_LANG: Final[contextvars.ContextVar[Lang | None]] = contextvars.ContextVar("jamsos_lang", default=None)


def N_(text: str) -> str:  # noqa: N802 - the gettext convention extractors look for
    """Mark an English message for extraction; return it unchanged (translate it later)."""
    return text


def normalize_lang(lang: object) -> Lang:
    """``"id"``/``"en"`` from a language code such as ``"id"``, ``"EN"``, ``"id_ID.UTF-8"``.

    Anything else is refused with :class:`jamsos.errors.UnknownValueError` (never a guess).
    """
    if isinstance(lang, str):
        code = lang.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
        if code == "id":
            return "id"
        if code == "en":
            return "en"
    from jamsos.errors import UnknownValueError  # errors imports this module

    raise UnknownValueError(
        N_("unknown language {lang!r}; accepted: id (Bahasa Indonesia), en (English)"), lang=lang
    )


def current_lang() -> Lang:
    """The language in force: ``use_lang`` if inside one, else ``$JAMSOS_LANG``, else ``"id"``."""
    lang = _LANG.get()
    if lang is not None:
        return lang
    env = _env_lang().strip()
    return normalize_lang(env) if env else "id"


# ``os.environ.get(ENV_VAR)`` raises and catches two KeyErrors when the variable is unset (as
# it is for most programs): about 9,000 machine instructions, half of a float payroll
# library's whole contribution computation, on every ``str()`` of a result or explanation
# (issue 10's benchmark). CPython's ``os.environ`` keeps its own dict in step with every
# change made through it (``os.environ[...]``, ``del``, ``setdefault``, pytest's ``setenv``),
# so the same answer is read there without an exception; any other ``os.environ`` (replaced,
# or another implementation) is read with ``.get``.
_ENVIRON: Final = os.environ
_ENVIRON_DATA: Final = getattr(os.environ, "_data", None)
_ENV_KEY: Final = os.environ.encodekey(ENV_VAR)


def _env_lang() -> str:
    """``os.environ.get(ENV_VAR, "")``."""
    data = _ENVIRON_DATA
    if os.environ is _ENVIRON and type(data) is dict:
        raw = data.get(_ENV_KEY)
        return "" if raw is None else _ENVIRON.decodevalue(raw)
    return os.environ.get(ENV_VAR, "")


@contextlib.contextmanager
def use_lang(lang: str | None) -> Iterator[Lang]:
    """Within the ``with`` block, :func:`current_lang` is ``lang`` (``None``: unchanged).

    >>> from jamsos.i18n import use_lang, current_lang
    >>> with use_lang("en"):
    ...     current_lang()
    'en'
    """
    if lang is None:
        yield current_lang()
        return
    code = normalize_lang(lang)
    token = _LANG.set(code)
    try:
        yield code
    finally:
        _LANG.reset(token)


def _resolve(lang: str | None) -> Lang:
    return current_lang() if lang is None else normalize_lang(lang)


@functools.cache
def _catalog(lang: Lang) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    path = resources.files("jamsos").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


def translate(text: str, lang: str | None = None) -> str:
    """``text`` (an English msgid) in ``lang`` (``None``: :func:`current_lang`).

    Text the catalog does not hold comes back unchanged (English).
    """
    return _catalog(_resolve(lang)).gettext(text)


def translate_plural(singular: str, plural: str, n: int, lang: str | None = None) -> str:
    """``singular`` or ``plural`` (English msgids) for ``n`` in ``lang``."""
    return _catalog(_resolve(lang)).ngettext(singular, plural, n)


def type_name(value: object) -> str:
    """The type of a wrong value as an error message names it (``None``, not ``NoneType``).

    Dates carry their module (``datetime.date``): "date" alone is an English word, and a
    message in Indonesian must not read as half English.
    """
    if value is None:
        return "None"
    kind = type(value)
    return f"datetime.{kind.__name__}" if kind in (dt.date, dt.datetime) else kind.__name__


class _HasYearMonth(Protocol):
    @property
    def year(self) -> int: ...
    @property
    def month(self) -> int: ...


@functools.cache
def _month_names(lang: Lang) -> Mapping[int, str]:
    from babel.dates import get_month_names

    return {int(k): str(v) for k, v in get_month_names("wide", locale=_LOCALES[lang]).items()}


@functools.cache
def _short_month_names(lang: Lang) -> Mapping[int, str]:
    from babel.dates import get_month_names

    return {int(k): str(v) for k, v in get_month_names("abbreviated", locale=_LOCALES[lang]).items()}


_LOCALES: Final[Mapping[Lang, str]] = {"id": "id_ID", "en": "en_GB"}


def format_month(month: _HasYearMonth, lang: str | None = None, *, short: bool = False) -> str:
    """A month as people write it: ``Januari 2026`` (``January 2026`` in English).

    Takes a :class:`jamsos.Month`, a ``datetime.date`` or anything with ``year`` and
    ``month`` (a ``pandas.Period`` too). ``short=True``: the abbreviated name (``Agu 2026``,
    for a chart's axis).
    """
    from jamsos.periods import Month  # periods imports errors, which imports this module

    if isinstance(month, dt.date | str) or hasattr(month, "freqstr"):
        month = Month.parse(month)  # type: ignore[arg-type]
    if not isinstance(month, Month):
        from jamsos.errors import InvalidDateError

        raise InvalidDateError(
            N_("a month must be a Month, a date or a monthly period, got {kind}"), kind=type_name(month)
        )
    names = _short_month_names(_resolve(lang)) if short else _month_names(_resolve(lang))
    return f"{names[month.month]} {month.year}"


def format_date(day: dt.date, lang: str | None = None) -> str:
    """A day as people write it: ``10 Maret 2025`` (``10 March 2025`` in English)."""
    if not isinstance(day, dt.date):
        from jamsos.errors import InvalidDateError

        raise InvalidDateError(N_("a day must be a datetime.date, got {kind}"), kind=type_name(day))
    return f"{day.day} {_month_names(_resolve(lang))[day.month]} {day.year}"


@functools.cache
def _symbols(lang: Lang) -> tuple[str, str]:
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = _LOCALES[lang]
    return get_group_symbol(locale), get_decimal_symbol(locale)


def format_number(value: int | Decimal, lang: str | None = None) -> str:
    """A number with the language's grouping and decimal signs: ``1.234.567,5`` / ``1,234,567.5``."""
    group, decimal = _symbols(_resolve(lang))
    d = Decimal(value)
    sign = "-" if d < 0 else ""
    whole, _, frac = format(abs(d), "f").partition(".")
    frac = frac.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", group)
    return sign + grouped + (decimal + frac if frac else "")


_WHOLE: Final = Decimal(1)


def format_rupiah(amount: object, lang: str | None = None, *, exact: bool = False) -> str:
    """An amount for a person to read: ``Rp10.547.400``, in both languages.

    Rupiah amounts are written the Indonesian way in English text too (``Rp10.547.400``, as
    ``str(Rupiah)``, the results' tables and the documentation write them): one convention,
    so an amount reads the same in every output. ``lang`` is accepted for symmetry with
    :func:`format_number` (counts keep the language's signs: ``1,000 workers``).

    Shown in whole rupiah, rounded half up *for display only* (payments are whole rupiah;
    the exact value stays in the result, in JSON and with ``exact=True``).

    >>> from jamsos.i18n import format_rupiah
    >>> from decimal import Decimal
    >>> format_rupiah(Decimal("864180.7151"), "id"), format_rupiah(Decimal("864180.7151"), "id", exact=True)
    ('Rp864.181', 'Rp864.180,7151')
    """
    raw = getattr(amount, "amount", amount)
    if isinstance(raw, bool) or not isinstance(raw, int | Decimal) or not Decimal(raw).is_finite():
        from jamsos.errors import MoneyTypeError

        raise MoneyTypeError(
            N_("amount must be a Rupiah, an int or a finite Decimal, not {kind} ({raw!r})"),
            kind=type_name(raw),
            raw=raw,
        )
    d = Decimal(raw)
    if not exact:
        d = d.quantize(_WHOLE, rounding=ROUND_HALF_UP)
    _resolve(lang)  # a bad language is still refused
    text = format_number(abs(d), "id")
    return ("-" if d < 0 else "") + "Rp" + text


def format_value(value: object, lang: str | None = None) -> object:
    """A value inside a message, written the reader's way; other values come back unchanged.

    A day (``datetime.date``, not a date and time) as :func:`format_date`, a
    :class:`jamsos.Month` as :func:`format_month`, a :class:`jamsos.Rupiah` as
    :func:`format_rupiah` with its exact amount.

    >>> import datetime as dt
    >>> from jamsos import Month, Rupiah
    >>> format_value(dt.date(2025, 3, 10), "id"), format_value(Month(2026, 1), "en")
    ('10 Maret 2025', 'January 2026')
    >>> format_value(Rupiah(1_500_000), "id"), format_value("2026-01", "id")
    ('Rp1.500.000', '2026-01')
    """
    from jamsos.money import Rupiah  # money and periods import errors, which imports this module
    from jamsos.periods import Month

    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return format_date(value, lang)
    if isinstance(value, Month):
        return format_month(value, lang)
    if isinstance(value, Rupiah):
        return format_rupiah(value, lang, exact=True)
    return value


# ISO dates and months inside display text (titles, notes, reasons): written out in the
# reader's language when shown; the stored text (and its JSON form) keeps ISO.
_ISO: Final = re.compile(r"(?<![\d-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])")


def write_dates(text: str, lang: str | None = None) -> str:
    """``text`` with each ISO date or month written out (``2025-06`` → ``Juni 2025``).

    >>> from jamsos.i18n import write_dates
    >>> write_dates("klaim pada 2025-04-01, bulan 2025-06", "id")
    'klaim pada 1 April 2025, bulan Juni 2025'
    """
    code = _resolve(lang)

    def one(m: re.Match[str]) -> str:
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            return m.group(0)
        try:
            if m.group(3):
                return format_date(dt.date(year, month, int(m.group(3))), code)
            return f"{_month_names(code)[month]} {year}"
        except ValueError:
            return m.group(0)

    return _ISO.sub(one, text)


#: The values inside a filled-in text (``month 3: 31/31 days at 100%``, ``factor 2024``,
#: ``injury 1: table row arm_from_shoulder``): ISO dates, numbers, identifiers.
_VALUES: Final = re.compile(r"\d{4}-\d{2}(?:-\d{2})?|\d+(?:[.,]\d+)*|[A-Za-z]\w*(?:[_/]\w+)+")


def translate_filled(text: str, lang: str | None = None) -> str:
    """``text`` in ``lang``, also when it is a template filled with values.

    The catalog entry of ``text`` itself wins; else the values in it (dates, numbers,
    identifiers) are taken out and the entry of the template is used: ``month 3: 31/31
    days at 100%`` is looked up as ``month {0}: {1}/{2} days at {3}%``. ISO dates are then
    written out (:func:`write_dates`). Text the catalog does not hold comes back with only
    its dates written out.

    >>> from jamsos.i18n import translate_filled
    >>> translate_filled("factor 2024", "id")
    'faktor 2024'
    """
    code = _resolve(lang)
    found = translate(text, code)
    if found != text:
        return found
    values: list[str] = []

    def hole(m: re.Match[str]) -> str:
        values.append(m.group(0))
        return f"{{{len(values) - 1}}}"

    template = _VALUES.sub(hole, text.replace("{", "{{").replace("}", "}}"))
    filled = translate(template, code) if values else template
    return write_dates(text if filled == template else filled.format(*values), code)


#: Keyword names that error messages name as ``{what}`` (``first_month``): catalog entries, so
#: a message in Indonesian names the value in words ("bulan pertama"), never the Python name.
_ARGUMENT_NAMES: Final = (
    N_("active_participants"),
    N_("amount_due"),
    N_("as_of"),
    N_("body_part"),
    N_("cap_growth"),
    N_("contract_end"),
    N_("contribution_months"),
    N_("covered_from"),
    N_("daily_wage"),
    N_("determined_on"),
    N_("development_rate"),
    N_("development_rates"),
    N_("died_on"),
    N_("disabled_on"),
    N_("employer_arrears_months"),
    N_("first_day"),
    N_("first_month"),
    N_("foreign_national"),
    N_("function_lost"),
    N_("last_month"),
    N_("last_wages"),
    N_("left_handed"),
    N_("max_age"),
    N_("member_since"),
    N_("min_age"),
    N_("months_in_arrears"),
    N_("new_job_on"),
    N_("paid_on"),
    N_("pension_age"),
    N_("previous_claims"),
    N_("previous_partial"),
    N_("retire_on"),
    N_("schedule_months"),
    N_("show_nik"),
    N_("to_year"),
    N_("wage_growth"),
    N_("weather_dependent"),
    N_("transport_included"),
    N_("jht_included"),
    N_("regional_budget"),
)
