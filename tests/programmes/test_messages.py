"""Every text of jamsos.programmes and its commands has its Indonesian version."""

from __future__ import annotations

import ast
from pathlib import Path

from jamsos.programmes.messages_id import MESSAGES
from jamsos.programmes.text import tr

SRC = Path(__file__).resolve().parents[2] / "src" / "jamsos"
FILES = [
    *sorted((SRC / "programmes").glob("*.py")),
    *(SRC / "_cli" / f"{name}.py" for name in ("anggaran", "cakupan", "program")),
]


def _msgids() -> set[str]:
    found = set()
    for path in FILES:
        if not path.exists():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "N_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def test_every_message_has_indonesian() -> None:
    ids = _msgids()
    assert len(ids) > 30
    missing = sorted(ids - set(MESSAGES))
    assert missing == []


def test_placeholders_survive_translation() -> None:
    for en, id_ in MESSAGES.items():
        assert sorted(_fields(en)) == sorted(_fields(id_)), en


def _fields(text: str) -> list[str]:
    import string

    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


def test_tr_fills_fields() -> None:
    assert tr("{first} to {last} ({n} months)", "id", first="2026-01", last="2026-12", n=12) == (
        "2026-01 s.d. 2026-12 (12 bulan)"
    )
    assert tr("{first} to {last} ({n} months)", "en", first="a", last="b", n=1) == "a to b (1 months)"
