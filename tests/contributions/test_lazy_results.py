"""A wage-earner result builds its fields on first read (issue 10): it must stay a value.

Equality, hashing, pickling, JSON and the explanation see the same fields as a result built
eagerly with the constructor; reading totals first or shares first gives the same answers.
"""

from __future__ import annotations

import pickle

import attrs

from jamsos import Month, Program, RiskClass, contributions
from jamsos.results import Contributions


def _eager(c: Contributions) -> Contributions:
    return Contributions(
        month=c.month,
        segment=c.segment,
        shares=dict(c.shares),
        allocations=c.allocations,
        deferred=dict(c.deferred),
        notes=c.notes,
        inputs=dict(c.inputs),
        law_version=c.law_version,
    )


def test_totals_are_read_without_building_the_shares() -> None:
    c = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=RiskClass.VERY_LOW)
    assert (c.employer, c.worker, c.government, c.total) == (499_200, 240_000, 11_000, 750_200)
    assert c._lazy is not None and c._lazy[1] is not None  # nothing built yet
    assert c.jht.employer == 296_000  # the first read of a share builds every field
    assert c._lazy[1] is None


def test_a_lazy_result_equals_and_hashes_as_the_eager_one() -> None:
    a = contributions.wage_earner(15_000_000, Month(2020, 9), risk_class=5)
    b = contributions.wage_earner(15_000_000, Month(2020, 9), risk_class=5)
    assert a == b and hash(a) == hash(b)  # neither built before comparing
    assert a == _eager(a) and hash(a) == hash(_eager(a))
    # PP 49/2020: JP on the 2020 cap Rp8.939.700: 178.794 + 89.397, 1% due (1.788 + 894), the rest deferred
    assert (a.deferred[Program.JP].employer, a.deferred[Program.JP].worker) == (177_006, 88_503)
    assert a != contributions.wage_earner(15_000_001, Month(2020, 9), risk_class=5)


def test_a_lazy_result_pickles_with_its_explanation_and_round_trips_json() -> None:
    c = contributions.wage_earner(12_000_000, "2025-06", risk_class=3)
    back = pickle.loads(pickle.dumps(c))
    assert back == c and back.total == c.total
    assert back.explain() == c.explain()
    again = Contributions.from_json(c.to_json())
    assert again == c and again.total == 1_154_222


def test_reading_order_does_not_matter() -> None:
    first = contributions.wage_earner(9_876_543, Month(2026, 2), risk_class=2)
    second = contributions.wage_earner(9_876_543, Month(2026, 2), risk_class=2)
    shares_first = dict(first.shares)
    assert second.total == first.total == sum(s.total for s in shares_first.values())
    assert attrs.evolve(second, notes=()) == attrs.evolve(first, notes=())
    assert str(first.explain()) == str(second.explain())
