"""Life-event results are values (issue 12 applies to them too): pickle, deepcopy, ==, hash."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest

from jamsos import events
from jamsos.events.result import LifeEvent

ON = dt.date(2025, 3, 10)
SIMPLE = {"on": ON, "wage": 6_000_000, "member_since": dt.date(2022, 3, 1), "birth_date": dt.date(1990, 5, 5)}


def _results() -> list[LifeEvent]:
    return [
        events.dismissal(**SIMPLE),
        events.death(**SIMPLE, cause="work_accident"),
        events.disability(**SIMPLE),
        events.retirement(
            on=ON, wage=6_000_000, member_since=dt.date(2016, 3, 1), birth_date=dt.date(1968, 1, 1)
        ),
    ]


@pytest.mark.parametrize("result", _results(), ids=lambda r: r.kind)
def test_pickle_and_deepcopy_keep_the_value(result: LifeEvent) -> None:
    back = pickle.loads(pickle.dumps(result))
    assert back == result and hash(back) == hash(result)
    assert copy.deepcopy(result) == result
    assert str(back) == str(result) and back.to_dict() == result.to_dict()


def test_equality_is_on_the_values() -> None:
    a = events.dismissal(**SIMPLE)
    assert a == events.dismissal(**SIMPLE)
    assert a != events.dismissal(**{**SIMPLE, "wage": 6_000_001})
