"""jamsos.jkp: the package's modules load on first use."""

from __future__ import annotations

from jamsos import jkp
from jamsos.jkp import eligibility


def test_lazy_module_access() -> None:
    assert jkp.eligibility is eligibility
