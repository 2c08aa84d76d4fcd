"""Deadlines that differ by program: BPU JHT is due on the 15th of the *next* month
(PP 46/2015 Pasal 21 ayat (3)-(4)); BPU JKK and JKM on the 15th of the month itself
(PP 44/2015 Pasal 24 ayat (3)). program=None keeps each segment's general deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import InvalidInputError, Month, contributions
from jamsos.domain import Program
from jamsos.errors import UnknownValueError

C = contributions

D = dt.date


@pytest.mark.parametrize(
    ("month", "program", "due"),
    [
        (Month(2025, 7), None, D(2025, 7, 15)),
        (Month(2025, 7), "JKK", D(2025, 7, 15)),
        (Month(2025, 7), "jkm", D(2025, 7, 15)),
        (Month(2025, 7), "JHT", D(2025, 8, 15)),
        (Month(2025, 7), Program.JHT, D(2025, 8, 15)),
        # 15 June 2025 is a Sunday: the next working day
        (Month(2025, 5), "JHT", D(2025, 6, 16)),
        # December's JHT is due in January of the next year
        (Month(2025, 12), "JHT", D(2026, 1, 15)),
    ],
)
def test_bpu_due_dates(month: Month, program: object, due: dt.date) -> None:
    assert C.due_date(month, segment="BPU", program=program) == due  # type: ignore[arg-type]


def test_independence_day_2015_moves_the_first_bpu_jht_deadline() -> None:
    """15 Aug 2015 is a Saturday, 16 a Sunday, 17 Independence Day: 18 August."""
    assert C.due_date(Month(2015, 7), segment="BPU", program="JHT") == D(2015, 8, 18)


def test_wage_earner_program_keeps_the_general_deadline() -> None:
    for program in (None, "JHT", "JP", "JKK"):
        assert C.due_date(Month(2025, 7), program=program) == D(2025, 8, 15)
    assert C.due_date(Month(2020, 9), program="JHT") == D(2020, 10, 30)  # PP 49/2020


def test_late_fine_by_program() -> None:
    """BPU JHT paid on 20 August for July: one month late, but BPU pays no fine (Rp0)."""
    assert C.months_late(Month(2025, 7), D(2025, 8, 20), segment="BPU") == 2
    assert C.months_late(Month(2025, 7), D(2025, 8, 15), segment="BPU", program="JHT") == 0
    assert C.months_late(Month(2025, 7), D(2025, 8, 18), segment="BPU", program="JHT") == 1
    assert C.late_fine(20_000, Month(2025, 7), D(2025, 8, 18), segment="BPU", program="JHT") == 0
    assert C.late_fine(1_000_000, Month(2025, 5), D(2025, 6, 17), program="JHT") == 20_000


def test_unknown_program_and_pmi() -> None:
    with pytest.raises(UnknownValueError):
        C.due_date(Month(2025, 7), segment="BPU", program="JHX")
    with pytest.raises(InvalidInputError, match="no monthly deadline"):
        C.due_date(Month(2025, 7), segment="PMI", program="JHT")
