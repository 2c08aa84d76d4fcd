"""Optional dependencies of :mod:`jamsos.programmes` (pandas, pyarrow, openpyxl), imported
only when used, with the extra to install named in the error.

>>> optional("decimal", "pandas").__name__
'decimal'
"""

from __future__ import annotations

import importlib
from typing import Any

from jamsos.errors import MissingDependencyError
from jamsos.i18n import N_

__all__ = ["optional"]


def optional(name: str, extra: str) -> Any:
    """Module ``name``, or :class:`~jamsos.errors.MissingDependencyError` naming ``jamsos[extra]``."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise MissingDependencyError(
            N_("{name} is needed for this; install it with `pip install 'jamsos[{extra}]'`"),
            name=name,
            extra=extra,
        ) from None
