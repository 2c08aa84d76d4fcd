"""jamsos.jp.age: pension age by date of birth and the pension date (PP 45/2015 Pasal 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import Month, jp
from jamsos.errors import (
    NotCoveredError,
)

D = dt.date


# -- pension age, dates, registration ------------------------------------------------------
@pytest.mark.parametrize(
    ("day_before", "day_of", "before", "after"),
    [
        (D(2018, 12, 31), D(2019, 1, 1), 56, 57),
        (D(2021, 12, 31), D(2022, 1, 1), 57, 58),
        (D(2024, 12, 31), D(2025, 1, 1), 58, 59),
        (D(2027, 12, 31), D(2028, 1, 1), 59, 60),
        (D(2030, 12, 31), D(2031, 1, 1), 60, 61),
        (D(2033, 12, 31), D(2034, 1, 1), 61, 62),
        (D(2036, 12, 31), D(2037, 1, 1), 62, 63),
        (D(2039, 12, 31), D(2040, 1, 1), 63, 64),
        (D(2042, 12, 31), D(2043, 1, 1), 64, 65),
    ],
)
def test_pension_age_steps(day_before: dt.date, day_of: dt.date, before: int, after: int) -> None:
    """PP 45/2015 Pasal 15 ayat (1)-(3): 56, 57 from 2019-01-01, +1 every 3 years to 65."""
    assert jp.pension_age(day_before) == before
    assert jp.pension_age(day_of) == after


@pytest.mark.parametrize(
    ("birth", "expected"),
    [
        (D(1962, 12, 31), D(2018, 12, 31)),  # 56 on the last day of the 56 regime
        (D(1963, 1, 1), D(2020, 1, 1)),  # 56 on the first day of the 57 regime: waits for 57
        (D(1963, 3, 1), D(2020, 3, 1)),
        (D(1964, 6, 1), D(2021, 6, 1)),
        (D(1965, 1, 1), D(2023, 1, 1)),  # 57 on 2022-01-01 when 58 starts: 58 in 2023
        (D(1965, 7, 16), D(2023, 7, 16)),
        (D(1967, 5, 5), D(2026, 5, 5)),
        (D(1969, 12, 31), D(2029, 12, 31)),
        (D(1979, 1, 1), D(2044, 1, 1)),  # 65 from 2043
        (D(1964, 2, 29), D(2021, 3, 1)),  # 57 completed on 1 March in a non-leap year
        (D(1960, 2, 29), D(2016, 2, 29)),  # 56 in a leap year: on 29 February
        (D(1968, 2, 29), D(2027, 3, 1)),
    ],
)
def test_pension_date(birth: dt.date, expected: dt.date) -> None:
    """PP 45/2015 Pasal 15: first day the age reaches the age in force; 29 Feb policy of periods.anniversary."""
    assert jp.pension_date(birth) == expected
    assert jp.last_registration_month(birth) == Month.of(expected).minus(1)


def test_registration_example_from_bpjs_q_and_a() -> None:
    """Born 16 July 1965: pension age 58 in July 2023, registration up to June 2023."""
    t = jp.pension_timing(D(1965, 7, 16))
    assert (t.pension_age, t.last_registration_month, t.first_pension_month) == (
        58,
        Month(2023, 6),
        Month(2023, 8),
    )
    assert "16 Juli 2023" in t.table("id") and "16 July 2023" in t.table("en") and "58" in str(t.explain())
    assert t.to_dict()["last_registration_month"] == "2023-06"


def test_pension_date_before_jp() -> None:
    with pytest.raises(NotCoveredError):
        jp.pension_date(D(1950, 1, 1))
