"""Unit tests for the parameter model: lookups, typed accessors, gaps, overrides and their refusals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jamsos.errors import (
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
    ParameterDataError,
    UnknownParameterError,
)
from jamsos.legal import Basis, Instrument, Status
from jamsos.money import Rate, Rupiah
from jamsos.parameters import Parameter, official
from jamsos.parameters._loader import load_directory
from jamsos.parameters._model import convert_value

D = dt.date
BASIS = 'basis = {instrument = "PP", number = "1", year = 2015, article = "Pasal 1"}'


def param(name: str, unit: str, *values: str, head: str = "") -> str:
    out = f'[{name}]\ndescription = "d"\nunit = "{unit}"\n{head}\n'
    for v in values:
        out += f'[[{name}.values]]\n{v}\nstatus = "confirmed"\n{BASIS}\n'
    return out


DOC = "\n".join(
    [
        param("t.cap", "rupiah", 'since = 2015-07-01\nvalue = "100"', 'since = 2020-01-01\nvalue = "200"'),
        param("t.rate", "percent", 'since = 2015-07-01\nvalue = "0.24"'),
        param("t.factor", "decimal", 'since = 2015-07-01\nvalue = "1.5"'),
        param("t.months", "months", "since = 2015-07-01\nvalue = 3"),
        param("t.flag", "bool", "since = 2015-07-01\nvalue = true"),
        param("t.text", "text", 'since = 2015-07-01\nvalue = "x"'),
        param("t.day", "date", "since = 2015-07-01\nvalue = 2021-02-22"),
        param("t.table", "table", 'since = 2015-07-01\nvalue = [{upto = "5", rate = "1"}]'),
        param(
            "t.yearly",
            "percent",
            'since = 2016-01-01\nuntil = 2017-01-01\nvalue = "5"',
            'since = 2018-01-01\nuntil = 2019-01-01\nvalue = "6"',
        ),
        param("t.known", "rupiah", 'since = 2015-07-01\nvalue = "1"', head="covered_until = 2026-12-31"),
    ]
)


@pytest.fixture(scope="module")
def pset():  # type: ignore[no-untyped-def]
    return load_directory({"t.toml": DOC})


def test_typed_accessors(pset) -> None:  # type: ignore[no-untyped-def]
    on = D(2021, 1, 1)
    assert pset.rupiah("t.cap", on) == Rupiah(200) and pset.rupiah("t.cap", D(2019, 12, 31)) == Rupiah(100)
    assert pset.rate("t.rate", on) == Rate.percent("0.24")
    assert pset.decimal("t.factor", on) == Decimal("1.5")
    assert pset.integer("t.months", on) == 3
    assert pset.flag("t.flag", on) is True and pset.text("t.text", on) == "x"
    assert pset.date("t.day", on) == D(2021, 2, 22)
    dv = pset.value("t.cap", on)
    assert (dv.rupiah(), dv.confirmed, dv.cite()) == (Rupiah(200), True, "PP 1/2015 Pasal 1")
    assert pset.value("t.rate", on).rate() == Rate.percent("0.24")
    assert pset.value("t.months", on).integer() == 3 and pset.value("t.factor", on).decimal() == Decimal(
        "1.5"
    )


@pytest.mark.parametrize(
    ("accessor", "name", "message"),
    [
        ("rupiah", "t.rate", r"t\.rate is not a rupiah parameter"),
        ("rate", "t.cap", r"t\.cap is not a percent parameter"),
        ("integer", "t.flag", r"t\.flag is not a whole-number parameter"),
        ("decimal", "t.cap", r"t\.cap is not a decimal parameter"),
        (
            "flag",
            "t.months",
            r"t\.months: the value from 2015-07-01 \(PP 1/2015 Pasal 1\) is not true or false",
        ),
        ("text", "t.cap", r"t\.cap: .* is not text"),
        ("date", "t.text", r"t\.text: .* is not a date"),
        ("scale", "t.flag", r"t\.flag: .* is not a scale"),
        ("schedule", "t.flag", r"t\.flag: .* is not a schedule"),
        ("ladder", "t.flag", r"t\.flag: .* is not a ladder"),
    ],
)
def test_a_typed_accessor_on_the_wrong_unit_names_the_parameter(
    pset, accessor: str, name: str, message: str
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ParameterDataError, match=message):
        getattr(pset, accessor)(name, D(2021, 1, 1))


@pytest.mark.parametrize(
    ("method", "message"),
    [
        ("rupiah", "is not a rupiah amount"),
        ("rate", "is not a percentage"),
        ("integer", "is not a whole number"),
        ("decimal", "is not a decimal number"),
        ("flag", "is not true or false"),
    ],
)
def test_dated_value_accessors_refuse_the_wrong_type(pset, method: str, message: str) -> None:  # type: ignore[no-untyped-def]
    dv = pset.value("t.text", D(2021, 1, 1))
    with pytest.raises(ParameterDataError, match=message):
        getattr(dv, method)()


def test_lookup_refusals(pset) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(
        UnknownParameterError, match=r"unknown parameter 't\.capp'; parameters under 't': t\.cap"
    ):
        pset.value("t.capp", D(2021, 1, 1))
    with pytest.raises(UnknownParameterError, match=r"unknown parameter 'zz'$"):
        pset.parameter("zz")
    with pytest.raises(InvalidInputError, match="'on' must be a datetime.date, got str"):
        pset.value("t.cap", "2021-01-01")
    with pytest.raises(
        NotCoveredError, match=r"t\.cap has no value before 2015-07-01 \(its first value comes from PP 1/2015"
    ):
        pset.value("t.cap", D(2015, 6, 30))
    with pytest.raises(NotCoveredError, match=r"t\.known is known only up to 2026-12-31"):
        pset.value("t.known", D(2027, 1, 1))
    assert pset.rupiah("t.known", D(2026, 12, 31)) == Rupiah(1)


def test_a_gap_in_a_series_is_not_covered_and_names_the_next_value(pset) -> None:  # type: ignore[no-untyped-def]
    assert pset.rate("t.yearly", D(2016, 12, 31)) == Rate.percent(5)
    with pytest.raises(
        NotCoveredError,
        match=r"t\.yearly has no value for 2017-01-01: the value from 2016-01-01 \(PP 1/2015 Pasal 1\) "
        r"ends on 2016-12-31; the next value starts on 2018-01-01",
    ):
        pset.value("t.yearly", D(2017, 1, 1))
    with pytest.raises(NotCoveredError, match=r"ends on 2018-12-31$"):
        pset.value("t.yearly", D(2019, 1, 1))


def test_set_protocol_and_json(pset) -> None:  # type: ignore[no-untyped-def]
    assert "t.cap" in pset and "t.nope" not in pset
    assert [p.name for p in pset][:2] == ["t.cap", "t.day"] and pset.names()[0] == "t.cap"
    assert repr(pset) == "<ParameterSet 10 parameters, official>"
    assert pset.history("t.cap")[1].since == D(2020, 1, 1)
    assert pset.parameter("t.cap").first_since == D(2015, 7, 1)
    d = pset.value("t.factor", D(2021, 1, 1)).to_dict()
    assert d["value"] == "1.5" and d["status"] == "confirmed" and d["until"] is None
    assert pset.value("t.day", D(2021, 1, 1)).to_dict()["value"] == "2021-02-22"
    assert pset.value("t.table", D(2021, 1, 1)).to_dict()["value"] == [{"upto": "5", "rate": "1"}]
    assert pset.value("t.cap", D(2016, 1, 1)).to_dict()["until"] == "2020-01-01"
    with pytest.raises(ParameterDataError, match=r"x: a parameter needs at least one value"):
        Parameter(name="x", description="d", unit="rupiah", values=())


def test_override_replaces_and_resumes(pset) -> None:  # type: ignore[no-untyped-def]
    what_if = pset.override("t.cap", D(2018, 1, 1), 150, until=D(2020, 1, 1))
    assert [(v.since, v.value) for v in what_if.history("t.cap")] == [
        (D(2015, 7, 1), Rupiah(100)),
        (D(2018, 1, 1), Rupiah(150)),
        (D(2020, 1, 1), Rupiah(200)),
    ]
    resumed = pset.override("t.cap", D(2018, 1, 1), 150, until=D(2019, 1, 1))
    assert [(v.since, v.value) for v in resumed.history("t.cap")] == [
        (D(2015, 7, 1), Rupiah(100)),
        (D(2018, 1, 1), Rupiah(150)),
        (D(2019, 1, 1), Rupiah(100)),
        (D(2020, 1, 1), Rupiah(200)),
    ]
    dv = what_if.value("t.cap", D(2018, 6, 1))
    assert (
        dv.override
        and dv.status is Status.UNCONFIRMED
        and dv.cite() == "override (caller-supplied, unofficial)"
    )
    assert not what_if.official and what_if.overrides == ("t.cap",)
    assert repr(what_if) == "<ParameterSet 10 parameters, unofficial, overrides=['t.cap']>"
    assert pset.rupiah("t.cap", D(2018, 6, 1)) == Rupiah(100)  # the original set never changes
    cited = pset.override("t.cap", D(2018, 1, 1), 150, basis=Basis(Instrument.PP, "9", 2018, "Pasal 2"))
    assert cited.value("t.cap", D(2018, 1, 1)).cite() == "PP 9/2018 Pasal 2"
    # an override past the data's horizon lifts it; one that ends before keeps what is known
    assert pset.override("t.known", D(2027, 1, 1), 2).rupiah("t.known", D(2030, 1, 1)) == Rupiah(2)
    bounded = pset.override("t.known", D(2026, 1, 1), 2, until=D(2028, 1, 1))
    assert bounded.parameter("t.known").covered_until == D(2027, 12, 31)


def test_override_converts_each_unit(pset) -> None:  # type: ignore[no-untyped-def]
    on = D(2021, 1, 1)
    assert pset.override("t.rate", on, Rate.percent(1)).rate("t.rate", on) == Rate.percent(1)
    assert pset.override("t.rate", on, "2").rate("t.rate", on) == Rate.percent(2)
    assert pset.override("t.factor", on, "2.5").decimal("t.factor", on) == Decimal("2.5")
    assert pset.override("t.months", on, 4).integer("t.months", on) == 4
    assert pset.override("t.flag", on, False).flag("t.flag", on) is False


@pytest.mark.parametrize(
    ("name", "since", "value", "until", "error", "message"),
    [
        ("t.cap", "2018-01-01", 1, None, InvalidInputError, "override 'since' must be a datetime.date"),
        (
            "t.cap",
            D(2018, 1, 1),
            1,
            D(2018, 1, 1),
            InvalidInputError,
            "override 'until' must be after 'since'",
        ),
        (
            "t.cap",
            D(2018, 1, 1),
            -1,
            None,
            InvalidInputError,
            r"override value for t\.cap cannot be negative",
        ),
        ("t.cap", D(2018, 1, 1), 1.0, None, MoneyTypeError, "float"),
        (
            "t.months",
            D(2018, 1, 1),
            1.0,
            None,
            MoneyTypeError,
            r"override value for t\.months cannot be a float",
        ),
        (
            "t.months",
            D(2018, 1, 1),
            -3,
            None,
            InvalidInputError,
            r"override of t\.months: a months value must be a whole",
        ),
        ("t.flag", D(2018, 1, 1), "yes", None, InvalidInputError, "a bool value must be true or false"),
        ("t.nope", D(2018, 1, 1), 1, None, UnknownParameterError, r"unknown parameter 't\.nope'"),
    ],
)
def test_override_refusals(
    pset, name: str, since: object, value: object, until: object, error: type[Exception], message: str
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=message):
        pset.override(name, since, value, until=until)


def test_override_with_a_structured_value_of_another_kind_is_refused() -> None:
    p = official()
    band = p.scale("bpu.income_band", D(2025, 1, 1))
    assert p.override("bpu.income_band", D(2025, 1, 1), band).scale("bpu.income_band", D(2025, 1, 1)) == band
    with pytest.raises(
        InvalidInputError,
        match=r"override value for jkp\.eligibility\.count_phk_month must be a bool, got a Scale",
    ):
        p.override("jkp.eligibility.count_phk_month", D(2025, 1, 1), band)


def test_convert_value_refuses_an_unknown_unit() -> None:
    with pytest.raises(ParameterDataError, match=r"here: unknown unit 'euro'; accepted: rupiah, percent"):
        convert_value("euro", "1", "here")
