"""Every malformed-data case the loader promises to refuse is refused, naming where and why.

Each case starts from one valid parameter and breaks one thing; the valid document itself
loads (so a test here fails if the loader stops refusing, not only if it starts crashing).
"""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos.errors import ParameterDataError
from jamsos.parameters._loader import load_directory, parse_document, read_horizon, read_label

BASIS = 'basis = {instrument = "PP", number = "1", year = 2015, article = "Pasal 1"}'


def doc(
    *,
    head: str = 'description = "d"\nunit = "rupiah"',
    value: str = 'value = "1"',
    since: str = "since = 2015-07-01",
    extra_values: str = "",
    status: str = 'status = "confirmed"',
    basis: str = BASIS,
) -> str:
    return f"[a.b]\n{head}\n[[a.b.values]]\n{since}\n{value}\n{status}\n{basis}\n{extra_values}"


def test_the_base_document_loads() -> None:
    pset = load_directory({"x.toml": doc()})
    assert pset.rupiah("a.b", dt.date(2015, 7, 1)) == 1


def second(since: str, body: str) -> str:
    """A second value of the series."""
    return f'[[a.b.values]]\nsince = {since}\n{body}\nstatus = "confirmed"\n{BASIS}\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # the document
        ("[a.b\n", r"x\.toml: "),
        ("a = 1\n", r"a in x\.toml: a node holds only tables; did you forget 'values'\?"),
        # the parameter table
        (doc(head='description = "d"\nunit = "rupiah"\nowner = "x"'), r"a\.b: unknown keys \['owner'\]"),
        (doc(head='unit = "rupiah"'), r"a\.b: needs a description"),
        (doc(head='description = "  "\nunit = "rupiah"'), r"a\.b: needs a description"),
        (doc(head='description = "d"\nunit = "euro"'), r"a\.b: unit 'euro' is not one of rupiah, percent"),
        (doc(head='description = "d"'), r"a\.b: unit None is not one of"),
        (
            '[a.b]\ndescription = "d"\nunit = "rupiah"\nvalues = []\n',
            r"a\.b: 'values' must be a non-empty array of tables",
        ),
        (
            '[a.b]\ndescription = "d"\nunit = "rupiah"\nvalues = "1"\n',
            r"a\.b: 'values' must be a non-empty array",
        ),
        (
            doc(head='description = "d"\nunit = "rupiah"\ncovered_until = "2027"'),
            r"a\.b: covered_until must be a TOML date",
        ),
        (
            doc(head='description = "d"\nunit = "rupiah"\nfixed_by_law = "yes"'),
            r"a\.b: fixed_by_law must be true or false",
        ),
        # one value
        (doc(value='value = "1"\nby = "x"'), r"a\.b value #1: unknown keys \['by'\]"),
        (doc(since=""), r"a\.b value #1: 'since' must be a TOML date \(YYYY-MM-DD\)"),
        (doc(since='since = "2015-07-01"'), r"a\.b value #1: 'since' must be a TOML date"),
        (doc(since="since = 2015-07-01T00:00:00"), r"a\.b value #1: 'since' must be a TOML date"),
        (doc(basis=""), r"a\.b value #1: every value needs a 'basis' citation table"),
        (doc(basis='basis = "PP 1/2015"'), r"a\.b value #1: every value needs a 'basis' citation table"),
        (
            doc(basis='basis = {instrument = "PP", number = "1", year = 2015}'),
            r"a\.b value #1: basis lacks \['article'\]",
        ),
        (
            doc(status='status = "likely"'),
            r"a\.b value #1: status must be 'confirmed' or 'unconfirmed', got 'likely'",
        ),
        (doc(status=""), r"a\.b value #1: status must be 'confirmed' or 'unconfirmed', got None"),
        (doc(value='value = "1"\nnote = 3'), r"a\.b value #1: note must be text"),
        (
            doc(value='value = "1"\nsource = "gossip"'),
            r"a\.b value #1: source must be one of regulation, letter",
        ),
        (doc(value='value = "1"\nrepealed = "yes"'), r"a\.b value #1: repealed must be true or false"),
        (doc(value=""), r"a\.b value #1: missing 'value'"),
        (doc(value='value = "1"\nuntil = "2016-01-01"'), r"a\.b value #1: 'until' must be a TOML date"),
        (doc(value='value = "1"\nuntil = 2015-07-01'), r"a\.b value #1: 'until' must be after 'since'"),
        (doc(value="value = 1.5"), r"a\.b value #1: a rupiah value must be a string of digits"),
        (doc(value='value = "-1"'), r"a\.b value #1: a rupiah value cannot be negative"),
        (doc(value='value = "1.000"'), r"a\.b value #1: "),
        # the series
        (doc(value="repealed = true"), r"a\.b: a series cannot start with a repeal"),
        (
            doc(extra_values=second("2016-01-01", 'value = "2"\nrepealed = true')),
            r"a\.b value #2: a repeal entry has no value",
        ),
        (
            doc(extra_values=second("2015-01-01", 'value = "2"')),
            r"a\.b: 'since' dates must strictly increase",
        ),
        (
            doc(extra_values=second("2015-07-01", 'value = "2"')),
            r"a\.b: 'since' dates must strictly increase",
        ),
        (
            doc(
                value='value = "1"\nuntil = 2017-01-01',
                extra_values=second("2016-01-01", 'value = "2"'),
            ),
            r"a\.b: the value from 2015-07-01 runs to 2017-01-01, past the next value's start 2016-01-01",
        ),
    ],
)
def test_malformed_data_is_refused(text: str, message: str) -> None:
    with pytest.raises(ParameterDataError, match=message):
        load_directory({"x.toml": text})


@pytest.mark.parametrize(
    ("unit", "value", "message"),
    [
        ("percent", "value = 1", "a percent value must be a string"),
        ("percent", 'value = "101"', r"a percentage must be within 0\.\.100"),
        ("percent", 'value = "-1"', r"a percentage must be within 0\.\.100"),
        ("percent", 'value = "abc"', r"a\.b value #1: "),
        ("decimal", "value = 1", "a decimal value must be a string"),
        ("months", 'value = "3"', "a months value must be a whole number >= 0"),
        ("days", "value = -1", "a days value must be a whole number >= 0"),
        ("count", "value = true", "a count value must be a whole number >= 0"),
        ("date", 'value = "2020-01-01"', "a date value must be a TOML date"),
        ("bool", 'value = "true"', "a bool value must be true or false"),
        ("text", "value = 1", "a text value must be a string"),
    ],
)
def test_each_unit_refuses_the_wrong_type(unit: str, value: str, message: str) -> None:
    with pytest.raises(ParameterDataError, match=message):
        load_directory({"x.toml": doc(head=f'description = "d"\nunit = "{unit}"', value=value)})


def test_a_parameter_defined_in_two_files_is_refused() -> None:
    with pytest.raises(ParameterDataError, match=r"a\.b: defined twice \(again in y\.toml\)"):
        load_directory({"x.toml": doc(), "y.toml": doc()})
    out: dict[str, object] = {}
    parse_document(doc(), "x.toml", out)  # type: ignore[arg-type]
    assert list(out) == ["a.b"]


def test_release_label() -> None:
    assert read_label("# comment\n\n  2026.1 (December)  \nmore\n") == "2026.1 (December)"
    with pytest.raises(ParameterDataError, match="RELEASE holds no release label"):
        read_label("# only a comment\n\n")


def test_release_horizon() -> None:
    assert read_horizon("# the horizon\n\n2027-12-31\n2030-01-01\n") == dt.date(2027, 12, 31)
    with pytest.raises(ParameterDataError, match=r"HORIZON: '31-12-2027' is not a date \(YYYY-MM-DD\)"):
        read_horizon("31-12-2027\n")
    with pytest.raises(ParameterDataError, match=r"HORIZON holds no date"):
        read_horizon("# nothing yet\n\n")
