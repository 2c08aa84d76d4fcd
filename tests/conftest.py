"""Shared test configuration: hypothesis profiles and a float trap."""

from __future__ import annotations

import decimal
import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def _trap_float_operations() -> object:
    """Any float mixed into Decimal arithmetic inside jamsos raises, in every test."""
    ctx = decimal.getcontext()
    old = ctx.traps[decimal.FloatOperation]
    ctx.traps[decimal.FloatOperation] = True
    yield
    ctx.traps[decimal.FloatOperation] = old


@pytest.fixture
def current_law() -> Iterator[None]:
    """Compute past the law data's release horizon under current law (issue 11): worked
    examples that pay benefits or claim years after the data release opt in explicitly."""
    from jamsos import parameters

    with parameters.assume_current_law():
        yield
