"""jamsos: Indonesia's BPJS Ketenagakerjaan law as code.

Contributions, contribution periods, eligibility and benefits of the five programs (JKK,
JKM, JHT, JP, JKP) for every membership segment, for every date since 2015-07-01, exact
to the rupiah, each figure traced to its article.

>>> import jamsos
>>> c = jamsos.contributions.wage_earner(
...     8_000_000, jamsos.Month(2025, 6), risk_class=jamsos.RiskClass.VERY_LOW)
>>> str(c.total)
'Rp750.200'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version
from typing import TYPE_CHECKING

from jamsos import contributions, jp, parameters
from jamsos.domain import (
    ContributionHistory,
    ContributionRecord,
    EmployerScale,
    Program,
    RiskClass,
    Segment,
)
from jamsos.errors import (
    BatchError,
    ExplanationMissingError,
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    JamsosError,
    MissingDependencyError,
    MissingRateError,
    MoneyTypeError,
    NotCoveredError,
    ParameterDataError,
    UnknownParameterError,
    UnknownValueError,
)
from jamsos.explain import Explanation
from jamsos.jsonform import from_json, register_result_loader, schema
from jamsos.legal import Basis, Instrument, Status
from jamsos.money import Rate, Rounding, Rupiah
from jamsos.parameters import ParameterSet
from jamsos.periods import Month
from jamsos.results import Award, Component, Contributions, Decision, Note, Reason, Share

if TYPE_CHECKING:
    # The lazily imported modules below, made visible to type checkers (issue 12): without
    # this, ``jamsos.jkp.eligibility`` types as ``object``.
    from jamsos import batch as batch
    from jamsos import cli as cli
    from jamsos import heirs as heirs
    from jamsos import jht as jht
    from jamsos import jkk as jkk
    from jamsos import jkm as jkm
    from jamsos import jkp as jkp
    from jamsos import scholarship as scholarship
    from jamsos import synthetic as synthetic
    from jamsos import testing as testing

#: Program and edge modules imported on first use (``jamsos.jht``), so that ``import
#: jamsos`` stays light and optional dependencies (numpy for ``batch``) load only when used.
_LAZY = frozenset(
    {"batch", "cli", "heirs", "jht", "jkk", "jkm", "jkp", "scholarship", "synthetic", "testing"}
)


def _load_result_types() -> None:
    """Import the modules loaded on first use that add result types (``jamsos.from_json``)."""
    import jamsos.events
    import jamsos.programmes  # noqa: F401  (their import registers their result types)


register_result_loader(_load_result_types)


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f"jamsos.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module 'jamsos' has no attribute {name!r}")


try:
    __version__ = _version("jamsos")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+unknown"

__all__ = [
    "Award",
    "Basis",
    "BatchError",
    "Component",
    "ContributionHistory",
    "ContributionRecord",
    "Contributions",
    "Decision",
    "EmployerScale",
    "Explanation",
    "ExplanationMissingError",
    "Instrument",
    "InvalidDateError",
    "InvalidHistoryError",
    "InvalidInputError",
    "JamsosError",
    "MissingDependencyError",
    "MissingRateError",
    "MoneyTypeError",
    "Month",
    "NotCoveredError",
    "Note",
    "ParameterDataError",
    "ParameterSet",
    "Program",
    "Rate",
    "Reason",
    "RiskClass",
    "Rounding",
    "Rupiah",
    "Segment",
    "Share",
    "Status",
    "UnknownParameterError",
    "UnknownValueError",
    "__version__",
    "contributions",
    "from_json",
    "jp",
    "parameters",
    "schema",
]
