"""Coverage, the participants a target implies and the gap (jamsos.programmes.coverage).

The province of the issue: 144.070 participants, 27,24% coverage against a 57,17% target,
158.287 workers still to enrol. A workforce of 528.873 gives exactly those figures:
144.070 / 528.873 = 27,2409…% → 27,24%; 57,17% × 528.873 = 302.356,69… → 302.357 (up);
302.357 − 144.070 = 158.287.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import Rate, Rupiah, programmes
from jamsos.errors import InvalidInputError, MoneyTypeError


def test_province_figures() -> None:
    c = programmes.coverage(participants=144_070, workforce=528_873, target="57.17")
    assert c.rate == Rate.percent("27.24")
    assert c.rate_exact == Fraction(144_070, 528_873)
    assert c.target == Rate.percent("57.17")
    assert c.target_participants == 302_357
    assert c.gap == 158_287


def test_cost_of_closing_the_gap() -> None:
    c = programmes.coverage(participants=144_070, workforce=528_873, target="57,17%")
    cost = c.closing_cost(first_month="2026-01", last_month="2026-12")
    assert cost.workers == 158_287
    assert cost.cost == Rupiah(158_287 * 201_600)


def test_target_reached_means_no_gap() -> None:
    c = programmes.coverage(participants=600, workforce=1_000, target=Rate.percent("50"))
    assert (c.target_participants, c.gap) == (500, 0)


def test_rate_rounding_is_half_up() -> None:
    # 1/8 = 12,5% exactly; 1/800 = 0,125% → 0,13% (half up)
    assert programmes.coverage(participants=1, workforce=800).rate == Rate.percent("0.13")


def test_no_target() -> None:
    c = programmes.coverage(participants=5, workforce=10)
    assert (c.target, c.target_participants, c.gap) == (None, None, None)
    with pytest.raises(InvalidInputError, match="no target"):
        c.closing_cost(first_month="2026-01", last_month="2026-12")


@given(
    workforce=st.integers(min_value=1, max_value=10**7),
    share=st.fractions(min_value=0, max_value=1),
    target=st.decimals(min_value=0, max_value=100, places=2),
)
def test_target_participants_is_the_least_that_reaches_the_target(
    workforce: int, share: Fraction, target: Decimal
) -> None:
    participants = int(share * workforce)
    c = programmes.coverage(participants=participants, workforce=workforce, target=str(target))
    need = c.target_participants
    assert need is not None and c.gap is not None
    t = Fraction(target) / 100
    assert Fraction(need, workforce) >= t
    assert need == 0 or Fraction(need - 1, workforce) < t
    assert c.gap == max(0, need - participants)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"participants": 1.0}, MoneyTypeError, "whole number"),
        ({"participants": -1}, InvalidInputError, "negative"),
        ({"workforce": 0}, InvalidInputError, "at least 1"),
        ({"participants": 11}, InvalidInputError, "exceed"),
        ({"target": "lima puluh"}, InvalidInputError, "not a percentage"),
        ({"target": "120"}, InvalidInputError, "between 0% and 100%"),
        ({"target": 57.17}, MoneyTypeError, "percent as text"),
    ],
)
def test_mistakes(kwargs: dict[str, object], error: type[Exception], match: str) -> None:
    args: dict[str, object] = {"participants": 5, "workforce": 10}
    args.update(kwargs)
    with pytest.raises(error, match=match):
        programmes.coverage(**args)  # type: ignore[arg-type]


def test_to_dict_states_each_rounding() -> None:
    d = programmes.coverage(participants=144_070, workforce=528_873, target="57.17").to_dict()
    assert d["rate"] == {"percent": "27.24"}
    assert d["target_participants"] == 302_357
    assert d["gap"] == 158_287
    assert set(d["rounding"]) == {"rate", "target_participants", "gap"}  # type: ignore[arg-type]


def test_texts_come_from_the_catalog() -> None:
    from jamsos.programmes.text import tr

    assert tr("{first} to {last} ({n} months)", "id", first="2026-01", last="2026-12", n=12) == (
        "2026-01 s.d. 2026-12 (12 bulan)"
    )
    assert tr("Left over", "en") == "Left over"
    assert tr("Left over", "id") == "Sisa anggaran"
