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


def test_schemas_ship_with_the_package() -> None:
    """The JSON Schemas are package data, readable from the installed package (issue 12)."""
    for name in ("result", "explanation", "error"):
        assert (resources.files("jamsos") / "schemas" / f"{name}.json").is_file()
        assert jamsos.schema(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_wheel_contains_the_schemas_and_the_law_data(tmp_path: Path) -> None:
    """Build the wheel and look inside: schemas, TOML data and the type marker ship."""
    import subprocess
    import sys
    import zipfile

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("jamsos-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("result", "explanation", "error"):
        assert f"jamsos/schemas/{name}.json" in names
    assert "jamsos/py.typed" in names
    assert {
        f"jamsos/parameters/data/{p.name}" for p in (ROOT / "src/jamsos/parameters/data").glob("*.toml")
    } <= names
