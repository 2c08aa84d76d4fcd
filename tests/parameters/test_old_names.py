"""0.1 parameter names: aliases keep answering, retired names say what replaced them (data/names.toml)."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import parameters
from jamsos.errors import InvalidInputError, NotCoveredError, ParameterDataError, UnknownParameterError
from jamsos.money import Rate
from jamsos.parameters._loader import load_directory

OLD = "renamed in jamsos 0.2"
YEARS = {2016: "7.19", 2018: "6.26", 2019: "6.08", 2020: "5.63"}


@pytest.mark.parametrize("year", sorted(YEARS))
def test_old_yearly_return_is_the_declared_return_of_that_year(year: int) -> None:
    on = dt.date(year, 6, 30)
    with pytest.warns(DeprecationWarning, match="use 'jht.declared_return'"):
        old = parameters.value(f"jht.return.{year}", on)
    new = parameters.value("jht.declared_return", on)
    assert old == new  # value, since, until, citation, status, note: all identical
    assert old.rate() == Rate.percent(YEARS[year])
    assert old.since == dt.date(year, 1, 1)
    assert old.cite() == "PP 46/2015 Pasal 27 ayat (1)"
    with pytest.warns(DeprecationWarning, match=OLD):
        assert parameters.history(f"jht.return.{year}") == (new,)


def test_old_yearly_return_holds_for_its_year_only() -> None:
    with pytest.warns(DeprecationWarning, match=OLD):
        assert parameters.value("jht.return.2016", dt.date(2016, 12, 31)).rate() == Rate.percent("7.19")
    with pytest.warns(DeprecationWarning, match=OLD), pytest.raises(NotCoveredError):
        parameters.value("jht.return.2016", dt.date(2017, 1, 1))
    with pytest.warns(DeprecationWarning, match=OLD), pytest.raises(NotCoveredError):
        parameters.value("jht.return.2018", dt.date(2017, 12, 31))


def test_names_lists_current_parameters_not_aliases() -> None:
    names = parameters.names()
    assert "jht.declared_return" in names
    assert not any(n.startswith("jht.return.") for n in names)
    assert not {"bpu.min_income", "bpu.jkk.rate", "bpu.jht.rate"} & set(names)


def test_override_of_an_alias_overrides_the_target_for_that_year_only() -> None:
    with pytest.warns(DeprecationWarning, match=OLD):
        what_if = parameters.official().override("jht.return.2018", dt.date(2018, 1, 1), "7")
    assert what_if.overrides == ("jht.declared_return",)
    assert what_if.rate("jht.declared_return", dt.date(2018, 5, 1)) == Rate.percent("7")
    assert what_if.rate("jht.declared_return", dt.date(2019, 5, 1)) == Rate.percent("6.08")
    assert what_if.rate("jht.declared_return", dt.date(2016, 5, 1)) == Rate.percent("7.19")
    with pytest.raises(NotCoveredError):
        what_if.value("jht.declared_return", dt.date(2017, 5, 1))  # the 2017 gap stays a gap
    with pytest.warns(DeprecationWarning, match=OLD):
        assert what_if.value("jht.return.2018", dt.date(2018, 5, 1)).override


def test_override_of_an_alias_outside_its_year_is_refused_naming_the_new_name() -> None:
    with pytest.raises(InvalidInputError) as exc:
        parameters.official().override("jht.return.2016", dt.date(2017, 1, 1), "7")
    assert str(exc.value) == (
        "override of 'jht.return.2016' (renamed in jamsos 0.2: 'jht.declared_return' from 2016-01-01 "
        "to 2016-12-31) must start within those days, got 2017-01-01; override 'jht.declared_return' "
        "instead"
    )


@pytest.mark.parametrize("name", ["bpu.min_income", "bpu.jkk.rate", "bpu.jht.rate"])
def test_retired_bpu_names_say_what_replaced_them(name: str) -> None:
    expected = f"parameter '{name}' was replaced in jamsos 0.2 by 'bpu.income_band'; see the CHANGELOG (0.2)"
    for call in (
        lambda: parameters.value(name, dt.date(2020, 1, 1)),
        lambda: parameters.history(name),
        lambda: parameters.official().override(name, dt.date(2020, 1, 1), "1"),
    ):
        with pytest.raises(UnknownParameterError) as exc:
            call()
        assert str(exc.value) == expected
    assert exc.value.message("id") == (
        f"parameter '{name}' diganti di jamsos 0.2 oleh 'bpu.income_band'; lihat CHANGELOG (0.2)"
    )


def test_periksa_never_reports_an_old_name() -> None:
    due = parameters.due(dt.date(2030, 1, 1))
    assert "jht.declared_return" in {d.name for d in due}
    assert not any(d.name.startswith(("jht.return.", "bpu.min", "bpu.jkk.rate", "bpu.jht.rate")) for d in due)


PARAM = """
[a.b]
description = "x"
unit = "count"
[[a.b.values]]
since = 2020-01-01
value = 1
status = "confirmed"
basis = { instrument = "PP", number = "1", year = 2020, article = "Pasal 1" }
"""


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (
            '[aliases."a.old"]\ntarget = "a.c"\nsince = 2020-01-01\nuntil = 2021-01-01\nrelease = "0.2"\n',
            "'a.c', which is not a parameter",
        ),
        (
            '[aliases."a.old"]\ntarget = "a.b"\nsince = 2020-02-01\nuntil = 2021-01-01\nrelease = "0.2"\n',
            "must start where a value of 'a.b' starts",
        ),
        (
            '[aliases."a.old"]\ntarget = "a.b"\nsince = 2020-01-01\nuntil = 2020-01-01\nrelease = "0.2"\n',
            "'until' must be after 'since'",
        ),
        (
            '[aliases."a.b"]\ntarget = "a.b"\nsince = 2020-01-01\nuntil = 2021-01-01\nrelease = "0.2"\n',
            "also a current parameter",
        ),
        ('[retired."a.old"]\nreplaced_by = "a.b"\n', "'release' must be non-empty text"),
        ('[retired."a.old"]\nreplaced_by = "a.b"\nrelease = "0.2"\nwhy = 1\n', "unknown keys ['why']"),
    ],
)
def test_bad_old_names_are_refused_at_load(names: str, message: str) -> None:
    with pytest.raises(ParameterDataError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load_directory({"p.toml": PARAM, "names.toml": names})
