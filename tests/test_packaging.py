"""The package ships its law data and its type marker; the version is set."""

from __future__ import annotations

from importlib import metadata, resources
from pathlib import Path

import jamsos

ROOT = Path(__file__).resolve().parents[1]


def test_every_toml_file_ships_with_the_package() -> None:
    """The installed package holds every parameter file of the source tree."""
    shipped = {
        p.name for p in (resources.files("jamsos.parameters") / "data").iterdir() if p.name.endswith(".toml")
    }
    source = {p.name for p in (ROOT / "src" / "jamsos" / "parameters" / "data").glob("*.toml")}
    assert source
    assert source <= shipped


def test_py_typed_and_version() -> None:
    """PEP 561 marker present; version metadata matches the package."""
    assert (resources.files("jamsos") / "py.typed").is_file()
    assert jamsos.__version__ == metadata.version("jamsos")


def test_console_script_is_declared() -> None:
    """`jamsos` is installed as a command."""
    scripts = {ep.name: ep.value for ep in metadata.entry_points(group="console_scripts")}
    assert scripts.get("jamsos") == "jamsos.cli:main"
