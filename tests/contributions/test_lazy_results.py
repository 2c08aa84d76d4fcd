"""A wage-earner result builds its fields on first read (issue 10): it must stay a value.

Equality, hashing, pickling, JSON and the explanation see the same fields as a result built
eagerly with the constructor; reading totals first or shares first gives the same answers.
"""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import attrs
import pytest

from jamsos import Month, Program, RiskClass, contributions, parameters
from jamsos.errors import InvalidDateError, MoneyTypeError, UnknownValueError
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
    assert c._pending is not None  # nothing built yet
    assert c.total is c.total  # each total's Rupiah is built once, then kept
    assert c.jht.employer == 296_000  # the first read of a share builds every field
    assert c._pending is None


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


# -- issue 10 (scalar speed): the common call's cache, cached totals, deferred inputs -------------
_READS = {
    "total": lambda c: c.total,
    "employer": lambda c: c.employer,
    "shares": lambda c: dict(c.shares),
    "inputs": lambda c: dict(c.inputs),
    "notes": lambda c: c.notes,
    "explain": lambda c: str(c.explain()),
    "law_version": lambda c: c.law_version,
    "json": lambda c: c.to_json(),
}


def _fresh(wage: int = 9_876_543, month: object = "2020-09") -> Contributions:
    # PP 49/2020 month: the relief's note is written on first read, part of JP is deferred.
    # JKK 1.27% x 1% = 1.254, JKM 0.30% x 1% = 296, JHT 365.432 + 197.531, JP on the cap
    # Rp8.939.700: 178.794 + 89.397, 1% due: 1.788 + 894. Employer 368.770, worker 198.425.
    return contributions.wage_earner(wage, month, risk_class=RiskClass.HIGH)  # type: ignore[arg-type]


def test_fields_read_in_any_order_give_the_same_result() -> None:
    reference = _eager(_fresh())
    expected = {name: read(reference) for name, read in _READS.items() if name not in ("json", "explain")}
    expected["explain"] = str(_fresh().explain())  # the eager copy has no explainer
    for order in (list(_READS), list(reversed(_READS)), ["inputs", "explain", "total", "shares"]):
        c = _fresh()
        for name in order:
            value = _READS[name](c)
            if name in expected:
                assert value == expected[name], (order, name)
        assert c == reference and hash(c) == hash(reference)
        assert c.to_json() == _fresh().to_json()


def test_pickle_before_and_after_the_first_read() -> None:
    untouched = _fresh()
    totals_read = _fresh()
    assert totals_read.total == 567_195  # the totals only: shares not built yet
    assert totals_read._pending is not None
    inputs_read = _fresh()
    assert dict(inputs_read.inputs)["wage"] == {"rupiah": "9876543"}
    assert inputs_read._pending is not None  # encoding the inputs builds nothing else
    built = _fresh()
    assert built.jp.worker == 894
    for c in (untouched, totals_read, inputs_read, built):
        back = pickle.loads(pickle.dumps(c))
        assert back == c == built and back.total == 567_195
        assert back.deferred == built.deferred and back.notes == built.notes
        assert str(back.explain()) == str(built.explain())
        assert Contributions.from_json(_fresh().to_json()) == c


def test_common_call_cache_keeps_every_argument_check() -> None:
    m = Month(2025, 6)
    base = contributions.wage_earner(8_000_000, m, risk_class=2)  # fills the cache for risk class 2
    assert (
        contributions.wage_earner(8_000_000, "2025-06", risk_class=RiskClass.LOW, employer_scale="besar")
        == base
    )
    # True == 1 and 2.0 == 2 as dict keys; neither may pass for a risk class
    for bad in (True, 2.0):
        with pytest.raises(UnknownValueError):
            contributions.wage_earner(8_000_000, m, risk_class=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidDateError):
        contributions.wage_earner(8_000_000, "2025-13", risk_class=2)
    with pytest.raises(MoneyTypeError):  # the wage is checked before anything else
        contributions.wage_earner(8e6, "2025-13", risk_class=True)  # type: ignore[arg-type]


def test_inputs_recorded_now_when_an_argument_could_change() -> None:
    programs = ["jkk", "jkm", "jht"]
    c = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1, programs=programs)
    programs.append("jp")  # changing the caller's list afterwards changes nothing recorded
    same = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1, programs=("jkk", "jkm", "jht"))
    assert c == same and dict(c.inputs) == dict(same.inputs)
    assert Program.JP not in c.shares and c.worker == 160_000  # JHT 2% only


def test_law_version_is_the_set_the_call_used() -> None:
    what_if = parameters.official().override("jht.rate.worker", dt.date(2025, 1, 1), "3")  # percent
    c = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1, params=what_if)
    assert c.law_version == what_if.law_version != parameters.law_version()
    assert c.worker == 240_000 + 80_000  # JHT 3% + JP 1%
    with parameters.assume_current_law():
        projected = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    assert projected.law_version == parameters.official().assuming_current_law().law_version
    assert (
        projected.law_version
        != contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1).law_version
    )


def test_inputs_of_a_lazy_result_without_a_recorder_are_empty_not_an_error() -> None:
    raw = contributions.wage_earner.__wrapped__  # type: ignore[attr-defined]
    c = raw(8_000_000, Month(2025, 6), risk_class=1)
    assert dict(c.inputs) == {} and c.law_version == parameters.law_version()
    assert c.total == 750_200 and c == _eager(c)


def test_a_wage_given_as_text_or_decimal_records_the_same_inputs_as_an_int() -> None:
    ints = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1)
    for wage in ("8000000", Decimal("8000000.00")):
        other = contributions.wage_earner(wage, Month(2025, 6), risk_class=1)  # type: ignore[arg-type]
        assert other == ints and dict(other.inputs) == dict(ints.inputs)


# -- non-wage earners (BPU): the same lazy result ----------------------------------------------
def _bpu(**kw: object) -> Contributions:
    # Rp25.000.000 declared, above the highest band (Rp20.700.000): JKK 1% of the cap 207.000,
    # JKM 6.800, JHT 2% 414.000 (the band data), capped with a note
    return contributions.non_wage_earner(25_000_000, Month(2025, 6), jht=True, **kw)  # type: ignore[arg-type]


def test_a_bpu_result_is_lazy_and_equals_the_eager_one() -> None:
    c = _bpu()
    assert (c.employer, c.worker, c.government, c.total) == (0, 627_800, 0, 627_800)
    assert c._pending is not None  # totals read, nothing else built
    funded = _bpu(budget_funded=True)
    assert (funded.worker, funded.government) == (0, 627_800)
    for lazy in (_bpu(), funded):
        eager = _eager(lazy)
        assert lazy == eager and hash(lazy) == hash(eager)
        assert lazy.jkk.total == 207_000 and lazy.jht.total == 414_000 and lazy.jkm.total == 6_800
        assert [n.code for n in lazy.notes] == ["bpu.income_above_highest_band"]


def test_a_bpu_result_pickles_before_and_after_the_first_read_and_in_any_order() -> None:
    reference = _bpu()
    text = str(reference.explain())
    assert "207.000" in text
    for first in ("total", "explain", "shares", "inputs", "json"):
        c = _bpu()
        if first == "total":
            assert c.total == 627_800
        elif first == "explain":
            assert str(c.explain()) == text
            assert c._pending is not None  # the explanation alone: shares not built
        elif first == "shares":
            assert dict(c.shares) == dict(reference.shares)
        elif first == "inputs":
            assert dict(c.inputs)["jht"] is True
        else:
            assert Contributions.from_json(c.to_json()) == reference
        back = pickle.loads(pickle.dumps(c))
        assert back == c == reference and back.notes == reference.notes
        assert str(back.explain()) == text
