"""jamsos.results.layout: the schema tag, the law-data version's JSON form, the schema check."""

from __future__ import annotations

import pytest

from jamsos.errors import UnknownValueError
from jamsos.parameters import LawVersion
from jamsos.results.layout import RESULT_SCHEMA, check_schema, version_from_json, version_json


def test_law_version_round_trips_and_none_stays_none() -> None:
    v = LawVersion("9f2c", "2025.06", False)
    assert version_json(v) == {"hash": "9f2c", "label": "2025.06", "official": False, "projection": False}
    assert version_from_json(version_json(v)) == v
    assert version_json(None) is None and version_from_json(None) is None


def test_projection_flag_round_trips_and_a_02_document_reads_as_not_a_projection() -> None:
    p = LawVersion("9f2c", "2025.06 + projection under current law", True, projection=True)
    assert version_json(p) == {
        "hash": "9f2c",
        "label": "2025.06 + projection under current law",
        "official": True,
        "projection": True,
    }
    assert version_from_json(version_json(p)) == p
    # jamsos 0.2 wrote no "projection" key
    old = version_from_json({"hash": "9f2c", "label": "2025.06", "official": True})
    assert old is not None and old.projection is False


def test_check_schema_accepts_its_own_layout_and_type() -> None:
    check_schema({"schema": RESULT_SCHEMA, "type": "award"}, "award")


def test_check_schema_refuses_another_layout() -> None:
    with pytest.raises(
        UnknownValueError, match=r"unsupported result schema 'jamsos.result/1'; .* reads jamsos.result/2"
    ) as e:
        check_schema({"schema": "jamsos.result/1", "type": "award"}, "award")
    assert e.value.field == "schema"


def test_check_schema_refuses_another_type() -> None:
    with pytest.raises(UnknownValueError, match="expected a decision result") as e:
        check_schema({"schema": RESULT_SCHEMA, "type": "award"}, "decision")
    assert e.value.field == "type"
