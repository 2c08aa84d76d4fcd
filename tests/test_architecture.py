"""The layers of docs/architecture.md, checked by reading every import in src/jamsos with ast.

A module may import from its own layer or a lower one, never from a higher one; the
packages form no cycle; no module imports another module's private (``_x``) name or a
private module of another package. A new module needs a line in ``LAYERS`` below (and in
docs/architecture.md): the failure message says so.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

#: Lowest first. The unit is a top-level module or package of jamsos (``jamsos.jp`` covers
#: ``jamsos.jp.survivors``). Keep in step with docs/architecture.md.
LAYERS: dict[str, int] = {
    # 0: the error classes every layer raises
    "errors": 0,
    # 1: values and services with no rules in them
    "i18n": 1,
    "money": 1,
    "periods": 1,
    "legal": 1,
    "notation": 1,
    "optional": 1,
    "workdays": 1,
    "placement": 1,
    "frozen": 1,
    "enums": 1,
    "validate": 1,
    "progress": 1,
    # 2: the law data
    "parameters": 2,
    # 3: what the rules take and give
    "domain": 3,
    "explain": 3,
    "results": 3,
    "render": 3,
    "jsonform": 3,
    "provenance": 3,
    # 4: the rules, one package per program plus the rules they share
    "contributions": 4,
    "kernel": 4,
    "jp": 4,
    "jht": 4,
    "jkk": 4,
    "jkm": 4,
    "jkp": 4,
    "scholarship": 4,
    "heirs": 4,
    "arrears": 4,
    # 5: compositions of rules: tables, life events, programmes, test data
    "batch": 5,
    "events": 5,
    "programmes": 5,
    "synthetic": 5,
    "testing": 5,
    # 6: the public facade (jamsos/__init__.py) and the edges
    "": 6,
    "__main__": 6,
    "cli": 6,
    "_cli": 6,
    "server": 6,
}


#: Imports that run up the layers on purpose, each with its reason.
ALLOWED_UPWARD: dict[tuple[str, str], str] = {
    ("errors", "i18n"): "an error renders its message in the user's language through the catalog, "
    "imported when a message is rendered (the catalog itself raises errors)",
}


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted((SRC / "jamsos").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def _unit(module: str) -> str:
    """``jamsos.jp.survivors`` -> ``jp``; ``jamsos`` -> ``""``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _is_type_checking(node: ast.If) -> bool:
    return "TYPE_CHECKING" in ast.unparse(node.test)


def _statements(body: list[ast.stmt], module_level: bool) -> Iterator[tuple[ast.stmt, bool]]:
    """Every import statement with whether it runs when the module is imported."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, module_level
        elif isinstance(node, ast.If) and _is_type_checking(node):
            yield from _statements(node.body, False)  # annotations only
            yield from _statements(node.orelse, module_level)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield from _statements(node.body, False)  # runs later, when called
        else:
            for field in ("body", "orelse", "finalbody", "handlers"):
                for child in getattr(node, field, []):
                    yield from (
                        _statements([child], module_level)
                        if isinstance(child, ast.stmt)
                        else _statements(child.body, module_level)
                    )


def _imports(module: str, path: Path) -> Iterator[tuple[str, tuple[str, ...], int, bool]]:
    """(imported module, names, line, at import time) for every jamsos import."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node, module_level in _statements(tree.body, True):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "jamsos":
                    yield alias.name, (), node.lineno, module_level
            continue
        assert isinstance(node, ast.ImportFrom)
        if node.level:
            parts = package.split(".")
            base = parts[: len(parts) - node.level + 1]
            target = ".".join([*base, node.module] if node.module else base)
        else:
            target = node.module or ""
        if target.split(".")[0] != "jamsos":
            continue
        names = tuple(a.name for a in node.names)
        if target == "jamsos":  # from jamsos import jp, Rupiah: a name may be a module
            for name in names:
                is_module = (SRC / "jamsos" / name).is_dir() or (SRC / "jamsos" / f"{name}.py").is_file()
                sub = f"jamsos.{name}" if is_module else "jamsos"
                yield sub, (name,), node.lineno, module_level
        else:
            yield target, names, node.lineno, module_level


def _all_imports() -> list[tuple[str, str, tuple[str, ...], int, bool]]:
    return [(m, *found) for m, p in _modules() for found in _imports(m, p)]


def test_every_module_has_a_layer() -> None:
    missing = sorted({_unit(m) for m, _ in _modules()} - set(LAYERS))
    assert not missing, (
        f"new top-level modules {missing}: add each to LAYERS in tests/test_architecture.py "
        "and to the layer table of docs/architecture.md"
    )


def test_imports_point_down_or_sideways() -> None:
    upward = [
        f"{m}:{line} imports {t} (layer {LAYERS[_unit(m)]} -> {LAYERS[_unit(t)]})"
        for m, t, _, line, _ in _all_imports()
        if _unit(t) in LAYERS
        and _unit(m) in LAYERS
        and LAYERS[_unit(t)] > LAYERS[_unit(m)]
        and (_unit(m), _unit(t)) not in ALLOWED_UPWARD
    ]
    assert not upward, "imports that run back up the layers:\n" + "\n".join(upward)


def test_packages_form_no_cycle_at_import_time() -> None:
    """Imports run when a module is imported form no cycle (a local import may close one)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for m, t, _, _, module_level in _all_imports():
        if module_level and _unit(m) != _unit(t) and "" not in (_unit(m), _unit(t)):
            graph[_unit(m)].add(_unit(t))
    state: dict[str, int] = {}

    def visit(node: str, trail: tuple[str, ...]) -> None:
        if state.get(node) == 1:
            pytest.fail("import cycle between packages: " + " -> ".join((*trail, node)))
        if state.get(node) == 2:
            return
        state[node] = 1
        for nxt in sorted(graph[node]):
            visit(nxt, (*trail, node))
        state[node] = 2

    for node in sorted(graph):
        visit(node, ())


def test_no_private_name_crosses_a_module() -> None:
    bad = [
        f"{m}:{line} imports {name} from {t}"
        for m, t, names, line, _ in _all_imports()
        for name in names
        if name.startswith("_") and not name.startswith("__") and t != m
    ]
    assert not bad, "private names imported from another module:\n" + "\n".join(bad)


def test_private_modules_stay_inside_their_package() -> None:
    """``jamsos.parameters._model`` only from ``jamsos.parameters``; ``jamsos._cli`` only from the CLI."""
    bad = []
    for m, t, _, line, _ in _all_imports():
        parts = t.split(".")
        for i, part in enumerate(parts):
            if part.startswith("_") and not part.startswith("__"):
                owner = ".".join(parts[:i])
                inside = m == owner or m.startswith(owner + ".")
                allowed = inside and (owner != "jamsos" or _unit(m) in {part, part.lstrip("_")})
                if not allowed:
                    bad.append(f"{m}:{line} imports the private module {t}")
                break
    assert not bad, "\n".join(bad)
