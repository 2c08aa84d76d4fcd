"""jamsos.provenance.recorded: one wrapper records inputs and law version and applies the
``assume_current_law`` opt-in (issue 10: a recorded computation is one wrapper call, not two)."""

from __future__ import annotations

import pytest

from jamsos import Month, parameters
from jamsos.contributions import wage_earner
from jamsos.errors import InvalidInputError
from jamsos.parameters import ParameterSet, current_law_option
from jamsos.provenance import recorded


def test_a_recorded_computation_is_one_wrapper_that_applies_the_opt_in() -> None:
    assert getattr(wage_earner, "__jamsos_current_law__", False)
    inner = wage_earner.__wrapped__  # type: ignore[attr-defined]
    assert not hasattr(inner, "__wrapped__")  # current_law_option added no second wrapper


def test_the_opt_in_applied_by_recorded_is_the_block() -> None:
    projected = wage_earner(8_000_000, Month(2025, 6), risk_class=1, assume_current_law=True)
    with parameters.assume_current_law():
        inside = wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    plain = wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    assert projected == inside != plain  # same inputs, another law version
    assert dict(projected.inputs) == dict(plain.inputs) and "assume_current_law" not in projected.inputs
    assert projected.law_version is not None and "projection under current law" in projected.law_version.label
    with pytest.raises(InvalidInputError):
        wage_earner(8_000_000, Month(2025, 6), risk_class=1, assume_current_law="yes")  # type: ignore[arg-type]


def test_current_law_option_still_wraps_a_function_recorded_does_not_handle() -> None:
    seen: list[tuple[ParameterSet | None, bool]] = []

    def plain(*, params: ParameterSet | None = None, assume_current_law: bool = False) -> None:
        seen.append((params, parameters.current_law_assumed()))

    wrapped = current_law_option(plain)
    assert wrapped is not plain
    wrapped(assume_current_law=True)
    wrapped()
    assert seen[0][0] is not None and seen[0][0].assume_current_law and seen[0][1]
    assert seen[1] == (None, False)

    def computation(*, params: ParameterSet | None = None, assume_current_law: bool = False) -> int:
        return 1

    once = recorded()(computation)
    assert current_law_option(once) is once
