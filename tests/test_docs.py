"""Every code example in the docs, the README and the module docstrings runs as written."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import jamsos

ROOT = Path(__file__).resolve().parents[1]
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
DOCS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
_OPTIONAL = {"jamsos.batch", "jamsos.synthetic", "jamsos.testing"}


def _modules() -> list[str]:
    names = ["jamsos"]
    for info in pkgutil.walk_packages(jamsos.__path__, "jamsos."):
        names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_markdown_examples_run(path: Path) -> None:
    """The >>> examples of a Markdown guide give the output printed beside them."""
    result = doctest.testfile(str(path), module_relative=False, optionflags=FLAGS, verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} example(s) failed in {path.name}"


@pytest.mark.parametrize("name", _modules())
def test_module_docstring_examples_run(name: str) -> None:
    """The doctests in each module's docstrings pass."""
    if name in _OPTIONAL:
        pytest.importorskip("numpy")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} doctest(s) failed in {name}"


def test_every_public_module_is_documented() -> None:
    """Each public module has a docstring that explains it."""
    for name in _modules():
        if name in _OPTIONAL:
            continue
        module = importlib.import_module(name)
        assert module.__doc__ and len(module.__doc__.strip()) > 20, name
