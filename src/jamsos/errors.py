"""One exception hierarchy for the whole library, rooted in :class:`JamsosError`.

Every error a caller can cause is a :class:`JamsosError`. Each leaf also inherits the
built-in exception a Python developer would expect (``TypeError`` for a float passed as
money, ``ValueError`` for a negative wage, ``LookupError`` for a date the law data does not
cover), so ``except ValueError`` keeps working in code that does not know jamsos.

Messages say what was wrong and what is accepted. Ineligibility is never an exception: it
is a :class:`jamsos.results.Decision` with reasons.
"""

from __future__ import annotations

__all__ = [
    "BatchError",
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
]


class JamsosError(Exception):
    """Root of every error raised by jamsos."""


class InvalidInputError(JamsosError, ValueError):
    """An argument has the right type but a value the law does not accept.

    Examples: a negative or zero wage, a percentage outside 0..100, a package length of
    0 months.
    """


class MoneyTypeError(JamsosError, TypeError):
    """An amount of money or a rate was given with a type that cannot be exact.

    A ``float`` is always refused: ``0.1 + 0.2 != 0.3`` has no place on a payslip. Pass an
    ``int``, a ``str`` such as ``"8000000"`` or a :class:`decimal.Decimal`.
    """


class UnknownValueError(JamsosError, ValueError):
    """A code or name is not one the library knows (risk class, segment, reason...)."""


class InvalidDateError(JamsosError, ValueError):
    """A date or month is malformed or impossible for the question asked.

    Examples: a claim dated before the event, a birth date in the future.
    """


class InvalidHistoryError(JamsosError, ValueError):
    """A contribution history is inconsistent (duplicate or unsorted months...)."""


class NotCoveredError(JamsosError, LookupError):
    """The law data does not cover the date asked for.

    Raised for a date before a parameter's first value (the programs start on
    2015-07-01), after a repeal, or after the last date the data is known to hold (for
    example a JP wage cap that has not been published yet). jamsos never guesses: pass an
    explicit override with :meth:`jamsos.parameters.ParameterSet.override`.
    """


class UnknownParameterError(JamsosError, KeyError):
    """A parameter name that is not in the parameter set."""

    def __str__(self) -> str:
        # KeyError quotes its argument; a sentence reads better.
        return str(self.args[0]) if self.args else "unknown parameter"


class ParameterDataError(JamsosError, ValueError):
    """The shipped (or overridden) parameter data is malformed.

    Raised at load time: a value without a valid citation, dates out of order, a value
    that does not fit its unit.
    """


class MissingRateError(NotCoveredError):
    """A yearly rate (for example a JHT development return) is not published in the data.

    The message names the missing year; supply the rate explicitly.
    """


class MissingDependencyError(JamsosError, ImportError):
    """An optional dependency (numpy, pandas, pyarrow, dask, hypothesis) is not installed.

    The message names the extra to install, e.g. ``pip install 'jamsos[pandas]'``.
    """


class BatchError(JamsosError, ValueError):
    """One or more rows of a batch could not be computed.

    ``errors`` holds ``(row_index, message)`` pairs for every bad row, so nothing is lost.
    """

    def __init__(self, message: str, errors: tuple[tuple[object, str], ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors
