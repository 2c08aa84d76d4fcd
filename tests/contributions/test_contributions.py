"""jamsos.contributions: bad input is a clear error, segments parse, and fuzzing lets only
JamsosErrors escape (the hand-computed cases are in the test module of each segment)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import (
    InvalidDateError,
    InvalidInputError,
    JamsosError,
    MoneyTypeError,
    Month,
    NotCoveredError,
    Segment,
    UnknownValueError,
    contributions,
)

C = contributions


# --- bad input ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"wage": 8_000_000.0}, MoneyTypeError, "float"),
        ({"wage": -1}, InvalidInputError, "more than Rp0"),
        ({"wage": 0}, InvalidInputError, "more than Rp0"),
        ({"month": Month(2015, 6)}, NotCoveredError, "2015-07"),
        ({"month": "2025/06"}, InvalidDateError, "YYYY-MM"),
        ({"risk_class": 6}, UnknownValueError, "1-5"),
        ({"employer_scale": "huge"}, UnknownValueError, "micro"),
        ({"programs": ["jkk", "xyz"]}, UnknownValueError, "jkk, jkm"),
        ({"month": Month(2027, 3)}, NotCoveredError, "jp.wage_cap"),
    ],
)
def test_bad_input_is_a_clear_error(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    """Floats, non-positive wages, uncovered months, unknown codes: a JamsosError saying what is accepted."""
    args: dict[str, object] = {"wage": 5_000_000, "month": Month(2025, 6), "risk_class": 1}
    args.update(kwargs)
    wage, month = args.pop("wage"), args.pop("month")
    with pytest.raises(error, match=match):
        C.wage_earner(wage, month, **args)  # type: ignore[arg-type]


def test_segment_parsing() -> None:
    """Segments by code or name; unknown ones are refused."""
    assert Segment.parse("bpu") is Segment.NON_WAGE_EARNER
    with pytest.raises(UnknownValueError, match="JAKON"):
        Segment.parse("PNS")


_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.dates(),
    st.just(Month(2025, 1)),
    st.just(Month(2010, 1)),
    st.lists(st.integers(), max_size=3),
    st.decimals(allow_nan=True, allow_infinity=True),
)


@given(_JUNK, _JUNK, _JUNK, _JUNK)
def test_fuzz_only_jamsos_errors_escape(a: object, b: object, c: object, d: object) -> None:
    """Random junk into every public contribution function: a result or a JamsosError, nothing else."""
    calls = [
        lambda: C.wage_earner(a, b, risk_class=c, employer_scale=d),  # type: ignore[arg-type]
        lambda: C.wage_earner(a, b, risk_class=1, birth_date=c, programs=d),  # type: ignore[arg-type]
        lambda: C.non_wage_earner(a, b, jht=c, transport_worker=d),  # type: ignore[arg-type]
        lambda: C.migrant_worker(on=a, contract_months=b, pre_placement=c, jht=d),  # type: ignore[arg-type]
        lambda: C.construction_project(a, b),  # type: ignore[arg-type]
        lambda: C.late_fine(a, b, c, segment=d),  # type: ignore[arg-type]
        lambda: C.programme_budget(workers=a, income=b, first_month=c, last_month=d),  # type: ignore[arg-type]
        lambda: C.due_date(a, segment=b),  # type: ignore[arg-type]
        lambda: C.daily_wage_basis(a, b),  # type: ignore[arg-type]
        lambda: C.piece_rate_basis(a, b, weather_dependent=c),  # type: ignore[arg-type]
    ]
    for call in calls:
        try:
            call()
        except JamsosError:
            pass
