"""Typed structured units (scale, schedule, ladder) and dated series with gaps.

Every malformed shape the loader promises to refuse is refused at load, with the parameter's
name in the message; the typed accessors say what was expected.
"""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import NotCoveredError, ParameterDataError
from jamsos.money import Rate, Rupiah
from jamsos.parameters import Ladder, Scale, Schedule
from jamsos.parameters._loader import load_directory

BASIS = '{ instrument = "PP", number = "44", year = 2015, article = "Pasal 20 ayat (1)" }'


def _one(unit: str, value: str, *, extra: str = "") -> str:
    return f"""
[t.p]
description = "test"
unit = "{unit}"
[[t.p.values]]
since = 2015-07-01
status = "confirmed"
basis = {BASIS}
value = {value}
{extra}
"""


def _load(text: str):  # type: ignore[no-untyped-def]
    return load_directory({"t.toml": text})


SCALE = '[ { from = "0", jkk = "10000" }, { from = "1000000", jkk_rate = "1" }, { from = "20700000", jkk = "207000" } ]'


def test_scale_brackets_are_typed_and_found_by_amount() -> None:
    pset = _load(_one("scale", SCALE))
    scale = pset.scale("t.p", dt.date(2020, 1, 1))
    assert isinstance(scale, Scale)
    low = scale.find(Rupiah.of(500_000))
    assert low.is_lowest and low.rupiah("jkk") == Rupiah.of(10_000)
    mid = scale.find(Rupiah.of(1_000_000))
    assert mid.index == 1 and mid.rate("jkk_rate") == Rate.percent("1")
    assert mid.lower == Rupiah.of(1_000_000) and mid.upper == Rupiah.of(20_700_000)
    assert scale.find(Rupiah.of(20_699_999)).index == 1
    top = scale.find(Rupiah.of(50_000_000))
    assert top.is_highest and top.upper is None and top.rupiah("jkk") == Rupiah.of(207_000)


def test_scale_still_iterates_as_its_rows() -> None:
    scale = _load(_one("scale", SCALE)).scale("t.p", dt.date(2020, 1, 1))
    assert [row["from"] for row in scale] == ["0", "1000000", "20700000"]
    assert len(scale) == 3 and scale[2]["jkk"] == "207000"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('[ { from = "5", jkk = "1" } ]', "must start at '0'"),
        ('[ { from = "0", jkk = "1" }, { from = "0", jkk = "2" } ]', "strictly increase"),
        ('[ { jkk = "1" } ]', "lower bound"),
        ('[ { from = "0", jkk = "1" }, { jkk = "2" } ]', "lacks its lower bound"),
        ('[ { from = "0", jkk = "1.x" } ]', "'jkk'"),
        ('[ { from = "0", jkk = 5 } ]', "must be a string"),
        ('[ { from = "0", rate = "101" } ]', "0..100%"),
        ('[ { from = "0", jkk = "-1" } ]', "negative"),
        ("[]", "non-empty array"),
        ('"0"', "non-empty array"),
        ('[ "0" ]', "must be a table"),
    ],
)
def test_malformed_scales_are_refused_at_load(value: str, message: str) -> None:
    with pytest.raises(ParameterDataError, match=message) as err:
        _load(_one("scale", value))
    assert "t.p" in str(err.value)


def test_schedule_steps_and_open_ended_last_step() -> None:
    value = '[ { months = 12, percent = "100" }, { percent = "50" } ]'
    schedule = _load(_one("schedule", value)).schedule("t.p", dt.date(2020, 1, 1))
    assert isinstance(schedule, Schedule)
    first, last = schedule.steps
    assert first.months == 12 and first.rate("percent") == Rate.percent("100")
    assert last.months is None and last.rate("percent") == Rate.percent("50")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('[ { percent = "100" }, { months = 6, percent = "50" } ]', "only the last"),
        ('[ { months = 0, percent = "1" } ]', "whole number > 0"),
        ("[ { months = 6 } ]", "no field besides months"),
    ],
)
def test_malformed_schedules_are_refused_at_load(value: str, message: str) -> None:
    with pytest.raises(ParameterDataError, match=message):
        _load(_one("schedule", value))


def test_ladder_levels() -> None:
    value = '[ { level = "SD", per_year = "1500000", years = 6 }, { level = "PT", per_year = "12000000", years = 5 } ]'
    ladder = _load(_one("ladder", value)).ladder("t.p", dt.date(2020, 1, 1))
    assert isinstance(ladder, Ladder)
    assert ladder.levels == ("SD", "PT")
    assert ladder.rung("PT").rupiah("per_year") == Rupiah.of(12_000_000)
    assert ladder.rung("SD").integer("years") == 6
    with pytest.raises(Exception, match="unknown level 'SMA'"):
        ladder.rung("SMA")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('[ { level = "SD", years = 6 }, { level = "SD", years = 3 } ]', "twice"),
        ("[ { years = 6 } ]", "needs a text 'level'"),
        ('[ { level = "SD", years = "6" } ]', "whole number"),
    ],
)
def test_malformed_ladders_are_refused_at_load(value: str, message: str) -> None:
    with pytest.raises(ParameterDataError, match=message):
        _load(_one("ladder", value))


def test_typed_accessors_name_the_parameter_and_the_expected_unit() -> None:
    pset = _load(_one("rupiah", '"1000"'))
    dv = pset.value("t.p", dt.date(2020, 1, 1))
    assert dv.rupiah() == Rupiah.of(1000)
    with pytest.raises(ParameterDataError, match="not a percentage"):
        dv.rate()
    with pytest.raises(ParameterDataError, match=r"t\.p: .*not a scale"):
        pset.scale("t.p", dt.date(2020, 1, 1))
    with pytest.raises(ParameterDataError, match="not true or false"):
        pset.flag("t.p", dt.date(2020, 1, 1))


def test_wrong_field_type_through_accessor() -> None:
    scale = _load(_one("scale", SCALE)).scale("t.p", dt.date(2020, 1, 1))
    with pytest.raises(ParameterDataError, match="not a percentage"):
        scale.lowest.rate("jkk")
    with pytest.raises(ParameterDataError, match="no field 'jht'"):
        scale.lowest.rupiah("jht")


GAPPED = f"""
[t.r]
description = "yearly rate"
unit = "percent"
[[t.r.values]]
since = 2016-01-01
until = 2017-01-01
value = "7.19"
status = "unconfirmed"
basis = {BASIS}
[[t.r.values]]
since = 2018-01-01
until = 2019-01-01
value = "6.26"
status = "unconfirmed"
basis = {BASIS}
"""


def test_a_series_with_gaps_raises_inside_a_gap_and_after_its_end() -> None:
    pset = _load(GAPPED)
    assert pset.rate("t.r", dt.date(2016, 12, 31)) == Rate.percent("7.19")
    with pytest.raises(NotCoveredError, match="ends on 2016-12-31; the next value starts on 2018-01-01"):
        pset.value("t.r", dt.date(2017, 1, 1))
    assert pset.rate("t.r", dt.date(2018, 1, 1)) == Rate.percent("6.26")
    with pytest.raises(NotCoveredError, match="ends on 2018-12-31"):
        pset.value("t.r", dt.date(2019, 1, 1))


@pytest.mark.parametrize(
    ("first_until", "message"),
    [("2019-01-01", "past the next value's start"), ("2016-01-01", "'until' must be after 'since'")],
)
def test_an_until_that_overlaps_or_precedes_is_refused(first_until: str, message: str) -> None:
    with pytest.raises(ParameterDataError, match=message):
        _load(GAPPED.replace("until = 2017-01-01", f"until = {first_until}"))


def test_override_inside_a_gapped_series_keeps_the_other_gaps() -> None:
    pset = _load(GAPPED).override("t.r", dt.date(2017, 1, 1), "5", until=dt.date(2018, 1, 1))
    assert pset.rate("t.r", dt.date(2017, 6, 1)) == Rate.percent("5")
    assert pset.rate("t.r", dt.date(2016, 6, 1)) == Rate.percent("7.19")
    assert pset.rate("t.r", dt.date(2018, 6, 1)) == Rate.percent("6.26")
    with pytest.raises(NotCoveredError):
        pset.value("t.r", dt.date(2019, 1, 1))


def test_structured_override_keeps_its_type() -> None:
    pset = _load(_one("scale", SCALE))
    scale = pset.scale("t.p", dt.date(2020, 1, 1))
    what_if = pset.override("t.p", dt.date(2021, 1, 1), scale)
    assert what_if.scale("t.p", dt.date(2021, 1, 1)) is scale
