"""``jamsos jkk``: the JKK subcommands print the library's results (moved from tests/jkk/test_jkk.py)."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

from jamsos.cli import main


def run_cli(*argv: str) -> dict[str, object]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["jkk", *argv, "--json"]) == 0
    data: dict[str, object] = json.loads(out.getvalue())
    return data


def test_cli() -> None:
    assert (
        run_cli("--upah", "5000000", "--kejadian", "2025-05-10", "--cacat", "total")["total"] == "292000000"
    )
    assert (
        run_cli("--upah", "5.000.000", "--kejadian", "2025-05-10", "--cacat", "anatomis", "--persen", "40")[
            "total"
        ]
        == "160000000"
    )
    assert run_cli("--upah", "1000000", "--kejadian", "2023-04-01", "--meninggal")["total"] == "70000000"
    assert run_cli("--upah", "5000000", "--kejadian", "2025-01-01", "--stmb-hari", "10")["total"] == "1612903"
    assert main(["jkk", "--upah", "5000000", "--kejadian", "2025-05-10"]) == 2
    assert (
        main(
            ["jkk", "--upah", "5000000", "--kejadian", "2025-05-10", "--cacat", "anatomis", "--persen", "140"]
        )
        == 2
    )
