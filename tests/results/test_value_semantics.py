"""Results are values: equality, hashing, pickle, deepcopy and a process boundary (issue 12)."""

from __future__ import annotations

import copy
import datetime as dt
import multiprocessing
import pickle

import attrs
import pytest
from hypothesis import given, settings
from result_samples import SAMPLES, any_result

import jamsos
from jamsos import Month, Rate, RiskClass, Rupiah, contributions, parameters
from jamsos.explain import Explanation
from jamsos.results import Award, Component, Decision, Note, Reason, Share


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def result(request: pytest.FixtureRequest) -> object:
    return SAMPLES[request.param]()


def test_two_computations_are_equal_and_hash_equally(result: object, request: pytest.FixtureRequest) -> None:
    again = SAMPLES[request.node.callspec.params["result"]]()
    assert again == result
    assert hash(again) == hash(result)
    assert len({again, result}) == 1


def test_pickle_deepcopy_keep_value_and_explanation(result: Award) -> None:
    text = result.explain().render("id")
    for other in (pickle.loads(pickle.dumps(result)), copy.deepcopy(result), copy.copy(result)):
        assert other == result
        assert hash(other) == hash(result)
        assert other.explain().render("id") == text
        assert other.explain() == result.explain()


def test_pickle_builds_the_explanation_it_carries() -> None:
    """An explanation not yet built is built once for pickling, then travels as data."""
    c = SAMPLES["contributions.wage_earner"]()
    restored = pickle.loads(pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL))
    assert restored.explain().to_dict() == c.explain().to_dict()


def _total_of(r: object) -> str:
    return str(r.total)  # type: ignore[attr-defined]


def test_results_cross_a_process_boundary() -> None:
    """A worker process returns results unchanged (what task queues and Pool.map need)."""
    sent = [SAMPLES[name]() for name in ("contributions.wage_earner", "jkp.cash_benefit", "jkp.eligibility")]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        echoed = pool.map(copy.copy, sent)
        totals = pool.map(str, [r.explain().render("en").splitlines()[0] for r in sent])
    assert echoed == sent
    assert totals == [r.explain().render("en").splitlines()[0] for r in sent]


def test_equality_ignores_the_lazy_explanation() -> None:
    a = SAMPLES["jkp.cash_benefit"]()
    b = SAMPLES["jkp.cash_benefit"]()
    a.explain()  # built on a, not on b
    assert a == b and hash(a) == hash(b)


def test_different_inputs_or_law_data_are_not_equal() -> None:
    """Same numbers from different questions, or under other law data, are different results."""
    capped_a = jamsos.jkp.cash_benefit(wage=20_000_000, terminated_on=dt.date(2025, 3, 1))
    capped_b = jamsos.jkp.cash_benefit(wage=25_000_000, terminated_on=dt.date(2025, 3, 1))
    assert capped_a.total == capped_b.total  # both at the wage cap of PP 6/2025 Pasal 21
    assert capped_a != capped_b  # the inputs differ
    official = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=RiskClass.VERY_LOW)
    what_if = parameters.official().override("jp.wage_cap", dt.date(2030, 1, 1), "20000000")
    other_law = contributions.wage_earner(
        8_000_000, Month(2025, 6), risk_class=RiskClass.VERY_LOW, params=what_if
    )
    assert other_law.total == official.total
    assert other_law.law_version is not None and official.law_version == parameters.law_version()
    assert other_law != official


def test_leaf_values() -> None:
    """Leaf types are hashable values that survive pickle."""
    values = [
        Rupiah("750200"),
        Rate.percent("0.24"),
        Month(2025, 6),
        Share(Rupiah(1), Rupiah(2)),
        Component("cash", Rupiah(5), ("PP 6/2025 Pasal 21",)),
        Reason("masa_iur", True, "12 months paid", ("PP 37/2021 Pasal 19",)),
        Note.of("jp.capped", "capped at {cap}", cap=Rupiah(10)),
        Explanation("a", "b", Rupiah(3), (("wage", Rupiah(4)),)),
        parameters.value("jkk.disability.table", dt.date(2025, 1, 1)),
        parameters.value("jp.wage_cap", dt.date(2025, 3, 1)),
        jamsos.ContributionHistory.constant(5_000_000, Month(2024, 1), Month(2024, 3)),
        parameters.law_version(),
    ]
    for v in values:
        again = pickle.loads(pickle.dumps(v))
        assert again == v and hash(again) == hash(v), v
        assert copy.deepcopy(v) == v


def test_notes_compare_on_code_and_both_texts() -> None:
    a = Note("jp.capped", "capped", "dibatasi")
    assert a == Note("jp.capped", "capped", "dibatasi")
    assert a != Note("jp.other", "capped", "dibatasi")
    assert a == "capped" and "capped" in a  # still the English str for existing code


def test_results_are_immutable() -> None:
    c = SAMPLES["contributions.wage_earner"]()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        c.month = Month(2020, 1)  # type: ignore[misc]
    with pytest.raises(TypeError):
        c.shares[jamsos.Program.JKK] = Share()  # type: ignore[index]


@settings(max_examples=15, deadline=None)
@given(any_result)
def test_round_trips_of_every_program(result: Award | Decision) -> None:
    """pickle and JSON give back an equal result whose explanation renders the same."""
    for other in (pickle.loads(pickle.dumps(result)), jamsos.from_json(result.to_json())):
        assert other == result
        assert hash(other) == hash(result)
        assert other.explain().render("en") == result.explain().render("en")
        assert other.to_dict() == result.to_dict()


def test_inputs_are_canonical() -> None:
    """The same question asked in different spellings gives equal results."""
    a = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=RiskClass.VERY_LOW)
    b = contributions.wage_earner(
        Rupiah("8000000.00"), "2025-06", risk_class="sangat-rendah", employer_scale="besar"
    )
    assert a == b and hash(a) == hash(b)
    assert a.inputs["wage"] == {"rupiah": "8000000"} and a.inputs["risk_class"] == 1


def test_decisions_name_their_question() -> None:
    assert SAMPLES["jkp.eligibility"]().kind == "jkp.eligibility"
    assert SAMPLES["jkk.claim_lapse"]().kind == "jkk.claim_lapse"
    assert SAMPLES["jht.withdrawal"]().to_dict()["kind"] == "jht.withdrawal"
