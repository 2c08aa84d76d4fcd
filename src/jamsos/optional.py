"""Optional dependencies (numpy, pandas, pyarrow), imported only when a feature needs them.

A missing one is a :class:`~jamsos.errors.MissingDependencyError` that names the extra to
install (``pip install jamsos[pandas]``), never a bare ``ImportError``. Used by
:mod:`jamsos.batch`, :mod:`jamsos.synthetic`, :mod:`jamsos.testing` and the CLI.
"""

from __future__ import annotations

import importlib
from typing import Any

from jamsos.errors import MissingDependencyError
from jamsos.i18n import N_

__all__ = ["import_extra", "pandas_or_none", "require_numpy"]


def import_extra(name: str, extra: str) -> Any:
    """Import module ``name``, or explain which extra (``jamsos[extra]``) provides it."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingDependencyError(
            N_("{name} is needed for this; install it with `pip install jamsos[{extra}]`"),
            name=name,
            extra=extra,
        ) from None


def require_numpy() -> Any:
    """numpy, which the vectorized paths need (the ``pandas`` extra installs it)."""
    return import_extra("numpy", "pandas")


def pandas_or_none() -> Any:
    """pandas if it is installed, else ``None`` (for features that work without it)."""
    try:
        return importlib.import_module("pandas")
    except ImportError:
        return None
