"""Every sample file in ``docs/examples`` is read by a runnable example of the docs (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "docs" / "examples").glob("*.csv"))
CODE = [
    line
    for doc in sorted((ROOT / "docs").glob("*.md"))
    for line in doc.read_text(encoding="utf-8").splitlines()
    if line.startswith((">>> ", "... "))
]


def test_there_are_samples_for_batch_roster_and_history() -> None:
    assert {p.name for p in SAMPLES} >= {"massal.csv", "daftar.csv", "riwayat.csv"}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_is_used_by_a_runnable_example(sample: Path) -> None:
    assert any(f"docs/examples/{sample.name}" in line for line in CODE)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_is_indonesian_excel(sample: Path) -> None:
    header = sample.read_text(encoding="utf-8").splitlines()[0]
    assert ";" in header and "," not in header
