"""Fixtures for the JP tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from jamsos import parameters


@pytest.fixture
def current_law() -> Iterator[None]:
    """Compute past the law data's release horizon under current law (issue 11): the JP
    worked examples pay pensions for years after the data release."""
    with parameters.assume_current_law():
        yield
