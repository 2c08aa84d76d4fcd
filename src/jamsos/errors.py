"""One exception hierarchy for the whole library, rooted in :class:`JamsosError`.

Every error a caller can cause is a :class:`JamsosError`. Each leaf also inherits the
built-in exception a Python developer would expect (``TypeError`` for a float passed as
money, ``ValueError`` for a negative wage, ``LookupError`` for a date the law data does not
cover), so ``except ValueError`` keeps working in code that does not know jamsos.

Messages say what was wrong and what is accepted. Ineligibility is never an exception: it
is a :class:`jamsos.results.Decision` with reasons.
"""

from __future__ import annotations

from typing import Any, ClassVar, Final, Literal, TypedDict

__all__ = [
    "ERROR_SCHEMA",
    "BatchError",
    "ErrorDict",
    "ErrorMessageDict",
    "ExplanationMissingError",
    "InvalidDateError",
    "InvalidHistoryError",
    "InvalidInputError",
    "JamsosError",
    "MissingDependencyError",
    "MissingRateError",
    "MoneyTypeError",
    "NotCoveredError",
    "ParameterDataError",
    "UnknownParameterError",
    "UnknownValueError",
    "error_classes",
]

#: Parameters of a message that are themselves msgids (the name of a value such as
#: ``"wage"``, a list of accepted forms): :meth:`JamsosError.message` translates them too.
TRANSLATED_PARAMS: Final = frozenset({"what", "other", "accepted"})

#: Version of the JSON layout of :meth:`JamsosError.to_dict` (``jamsos.schema("error")``).
ERROR_SCHEMA: Final = "jamsos.error/1"


class ErrorMessageDict(TypedDict):
    """An error message in both languages."""

    en: str
    id: str


class ErrorDict(TypedDict):
    """The JSON form of an error (``jamsos.schema("error")``)."""

    schema: Literal["jamsos.error/1"]
    code: str
    type: str
    field: str | None
    message: ErrorMessageDict
    params: dict[str, str | int | bool | None]


def _param_json(value: object) -> str | int | bool | None:
    if isinstance(value, str):
        # A caller's text may hold lone surrogates that no JSON encoder can write as UTF-8.
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if value is None or isinstance(value, bool | int):
        return value
    to_json = getattr(value, "to_json", None)
    if callable(to_json):
        out = to_json()
        if isinstance(out, str | int | bool):
            return out
    return str(value)


def _shown(value: Any, lang: str | None) -> Any:
    """A message parameter as the reader of ``lang`` writes it (other values unchanged)."""
    if isinstance(value, JamsosError):
        return value.message(lang)
    from jamsos import i18n

    return i18n.format_value(value, lang)


def _rebuild(
    cls: type[JamsosError], args: tuple[Any, ...], template: str, field: str | None, params: dict[str, Any]
) -> JamsosError:
    exc = cls.__new__(cls)
    Exception.__init__(exc, *args)
    exc.template = template
    exc.field = field
    exc.params = params
    return exc


class JamsosError(Exception):
    """Root of every error raised by jamsos.

    ``JamsosError(message, /, *, field=None, **params)``: with ``params``, ``message`` is an
    English template (marked for translation) with ``{name}`` placeholders, formatted with
    ``params``; without, it is the finished English message. ``str(exc)`` is English (what
    logs and developers read); :meth:`message` renders it in another language through the
    message catalog; :attr:`code` is a stable machine-readable name (``docs/errors.md``);
    :attr:`field` names the offending argument or column where there is one;
    :meth:`to_dict` is the JSON form (``jamsos.schema("error")``).

    >>> exc = InvalidInputError("wage must be positive, got {wage}", field="wage", wage=-5)
    >>> str(exc), exc.code, exc.field
    ('wage must be positive, got -5', 'invalid_input', 'wage')
    """

    #: Stable machine-readable code; every subclass sets its own (see ``docs/errors.md``).
    code: ClassVar[str] = "jamsos_error"

    template: str
    field: str | None
    params: dict[str, Any]

    def __init__(self, message: str = "", /, *, field: str | None = None, **params: Any) -> None:
        self.template = message
        self.field = field
        self.params = params
        super().__init__(self._render(message))

    def _render(self, template: str) -> str:
        if not self.params:
            return template
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A template that does not match its params is a bug in jamsos; never let it
            # hide the error being reported.
            return f"{template} {self.params!r}"

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (``"id"`` or ``"en"``; ``None``: the current language).

        Rendered through the message catalog (:mod:`jamsos.i18n`); text the catalog does
        not know falls back to English. Values are written the reader's way: a month as
        "Januari 2026", a day as "10 Maret 2025", an amount as "Rp1.000.000" ("January
        2026", "10 March 2025", "Rp1,000,000" in English), a nested jamsos error in the same
        language. ``str(exc)`` keeps the plain forms (``2026-01``) for logs.
        """
        if not self.template:
            return str(self)
        try:
            from jamsos import i18n  # type: ignore[attr-defined,unused-ignore]
        except ImportError:  # pragma: no cover - before the catalog exists
            return str(self)
        translated = str(i18n.translate(self.template, lang))
        # names of values ("wage") and lists of accepted forms are msgids too: translated;
        # months, days, amounts and nested errors are written the reader's way
        params = {
            k: i18n.translate(v, lang) if k in TRANSLATED_PARAMS and isinstance(v, str) else _shown(v, lang)
            for k, v in self.params.items()
        }
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return self._render(translated)

    def to_dict(self) -> ErrorDict:
        """The JSON form: code, type, field, message in both languages, params."""
        return {
            "schema": ERROR_SCHEMA,
            "code": self.code,
            "type": type(self).__name__,
            "field": self.field,
            "message": {"en": str(self), "id": self.message("id")},
            "params": {str(k): _param_json(v) for k, v in self.params.items()},
        }

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword arguments do not survive Exception's default pickling; rebuild explicitly.
        return (
            _rebuild,
            (type(self), self.args, self.template, self.field, self.params),
            self.__dict__ or None,
        )


class InvalidInputError(JamsosError, ValueError):
    """An argument has the right type but a value the law does not accept.

    Examples: a negative or zero wage, a percentage outside 0..100, a package length of
    0 months.
    """

    code: ClassVar[str] = "invalid_input"


class MoneyTypeError(JamsosError, TypeError):
    """An amount of money or a rate was given with a type that cannot be exact.

    A ``float`` is always refused: ``0.1 + 0.2 != 0.3`` has no place on a payslip. Pass an
    ``int``, a ``str`` such as ``"8000000"`` or a :class:`decimal.Decimal`.
    """

    code: ClassVar[str] = "money_type"


class UnknownValueError(InvalidInputError):
    """A code or name is not one the library knows (risk class, segment, reason...).

    A kind of :class:`InvalidInputError` (and so a ``ValueError``): code written against
    jamsos 0.1/0.2 that catches either keeps working.
    """

    code: ClassVar[str] = "unknown_value"


class InvalidDateError(InvalidInputError):
    """A date or month is malformed or impossible for the question asked.

    Examples: a claim dated before the event, a birth date in the future. A kind of
    :class:`InvalidInputError` (and so a ``ValueError``).
    """

    code: ClassVar[str] = "invalid_date"


class InvalidHistoryError(JamsosError, ValueError):
    """A contribution history is inconsistent (duplicate or unsorted months...)."""

    code: ClassVar[str] = "invalid_history"


class NotCoveredError(JamsosError, LookupError):
    """The law data does not cover the date asked for.

    Raised for a date before a parameter's first value (the programs start on
    2015-07-01), after a repeal, or after the last date the data is known to hold (for
    example a JP wage cap that has not been published yet). jamsos never guesses: pass an
    explicit override with :meth:`jamsos.parameters.ParameterSet.override`.
    """

    code: ClassVar[str] = "not_covered"


class UnknownParameterError(JamsosError, KeyError):
    """A parameter name that is not in the parameter set."""

    code: ClassVar[str] = "unknown_parameter"

    def __str__(self) -> str:
        # KeyError quotes its argument; a sentence reads better.
        return str(self.args[0]) if self.args else "unknown parameter"


class ParameterDataError(JamsosError, ValueError):
    """The shipped (or overridden) parameter data is malformed.

    Raised at load time: a value without a valid citation, dates out of order, a value
    that does not fit its unit.
    """

    code: ClassVar[str] = "parameter_data"


class MissingRateError(NotCoveredError):
    """A yearly rate (for example a JHT development return) is not published in the data.

    The message names the missing year; supply the rate explicitly.
    """

    code: ClassVar[str] = "missing_rate"


class ExplanationMissingError(JamsosError, LookupError):
    """A result was read back from JSON written without its explanation.

    ``result.to_json(explanation=False)`` leaves the explanation out; call ``to_json()``
    with the default ``explanation=True`` to keep ``explain()`` working after
    :func:`jamsos.from_json`.
    """

    code: ClassVar[str] = "explanation_missing"


class MissingDependencyError(JamsosError, ImportError):
    """An optional dependency (numpy, pandas, pyarrow, dask, hypothesis) is not installed.

    The message names the extra to install, e.g. ``pip install 'jamsos[pandas]'``.
    """

    code: ClassVar[str] = "missing_dependency"


class BatchError(JamsosError, ValueError):
    """One or more rows of a batch could not be computed.

    ``errors`` holds ``(row_index, message)`` pairs of the first bad rows (at most
    :data:`jamsos.batch.RAISE_KEEPS`, so memory stays flat whatever the number of bad rows);
    ``rejected`` counts them all. ``errors="collect"`` returns every rejected row instead.
    """

    code: ClassVar[str] = "batch"

    def __init__(
        self,
        message: str,
        /,
        errors: tuple[tuple[object, str], ...] = (),
        *,
        rejected: int | None = None,
        field: str | None = None,
        **params: Any,
    ) -> None:
        super().__init__(message, field=field, **params)
        self.errors = errors
        #: How many rows were bad (``errors`` lists the first of them).
        self.rejected = len(errors) if rejected is None else rejected


def error_classes() -> tuple[type[JamsosError], ...]:
    """Every :class:`JamsosError` class defined so far (the root first), for docs and tests."""
    out: list[type[JamsosError]] = []
    stack: list[type[JamsosError]] = [JamsosError]
    while stack:
        cls = stack.pop(0)
        if cls not in out:
            out.append(cls)
            stack.extend(cls.__subclasses__())
    return tuple(out)
