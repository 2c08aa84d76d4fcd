"""jamsos.results.base: a result read back without its explanation, and typed JSON reading."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from jamsos import Rupiah
from jamsos.errors import ExplanationMissingError, UnknownValueError
from jamsos.results import Award, Component, Decision, Reason

AWARD = Award(kind="jkm.funeral", components=(Component("funeral", Rupiah(10_000_000)),))
DECISION = Decision(eligible=True, reasons=(Reason("ok", True, "fine"),), earliest_on=dt.date(2025, 1, 2))


def test_without_its_explanation_a_result_still_serialises_and_pickles() -> None:
    bare = Award.from_json(AWARD.to_json(explanation=False))
    assert bare == AWARD
    with pytest.raises(ExplanationMissingError, match="serialised without its explanation"):
        bare.explain()
    assert bare.to_dict()["explanation"] is None
    again = pickle.loads(pickle.dumps(bare))
    assert again == AWARD
    with pytest.raises(ExplanationMissingError):
        again.explain()


def test_from_json_of_a_class_refuses_another_kind_of_result() -> None:
    assert Decision.from_json(DECISION.to_json()) == DECISION
    with pytest.raises(UnknownValueError, match="expected a Award result, got Decision") as e:
        Award.from_json(DECISION.to_json())
    assert e.value.field == "type"


def test_a_decision_is_true_when_eligible_and_lists_what_failed() -> None:
    no = Decision(eligible=False, reasons=(Reason("a", True, "x"), Reason("b", False, "y")))
    assert bool(DECISION) and not no and [r.code for r in no.failed] == ["b"]


def test_an_award_names_its_components() -> None:
    assert AWARD.component("funeral").amount == Rupiah(10_000_000)
    with pytest.raises(UnknownValueError, match="no component 'burial'; this award has: funeral"):
        AWARD.component("burial")


def test_an_awards_payments_as_a_frame() -> None:
    pd = pytest.importorskip("pandas")
    from jamsos.periods import Month

    a = Award(
        kind="k",
        components=(Component("c", Rupiah(3)),),
        payments=((dt.date(2025, 1, 5), Rupiah("1.5")), (Month(2025, 2), Rupiah(2))),
    )
    frame = a.to_frame()
    assert isinstance(frame, pd.DataFrame)
    assert frame.to_dict("list") == {"when": [dt.date(2025, 1, 5), "2025-02"], "amount": [2, 2]}
