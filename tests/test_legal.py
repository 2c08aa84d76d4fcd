"""Unit tests for jamsos.legal: citations are validated when built and render as lawyers write them."""

from __future__ import annotations

import pytest

from jamsos.errors import ParameterDataError
from jamsos.legal import Basis, Instrument, Status

GOOD = {"instrument": "PP", "number": "45", "year": 2015, "article": "Pasal 29 ayat (2)"}


def test_cite_regulation_str_and_dict() -> None:
    b = Basis(Instrument.PERMENAKER, "4", 2023, "Pasal 18 ayat (3)", note="PMI", url="https://example.org/p")
    assert b.cite() == "Permenaker 4/2023 Pasal 18 ayat (3)"
    assert b.regulation == "Permenaker 4/2023"
    assert str(b) == "Permenaker 4/2023 Pasal 18 ayat (3) (PMI)"
    assert b.to_dict() == {
        "instrument": "Permenaker",
        "number": "4",
        "year": 2023,
        "article": "Pasal 18 ayat (3)",
        "cite": "Permenaker 4/2023 Pasal 18 ayat (3)",
        "note": "PMI",
        "url": "https://example.org/p",
    }
    plain = Basis(Instrument.PP, "45", 2015, "Lampiran I")
    assert str(plain) == "PP 45/2015 Lampiran I"
    assert "note" not in plain.to_dict() and "url" not in plain.to_dict()


def test_instrument_parse_accepts_abbreviation_and_member_name() -> None:
    assert Instrument.parse("Peraturan BPJS") is Instrument.PERATURAN_BPJS
    assert Instrument.parse("PERATURAN_BPJS") is Instrument.PERATURAN_BPJS
    with pytest.raises(ParameterDataError, match=r"unknown instrument 'Kepmen'; accepted: UU, PP"):
        Instrument.parse("Kepmen")


def test_status_values() -> None:
    assert [s.value for s in Status] == ["confirmed", "unconfirmed"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"instrument": "PP"}, "instrument must be an Instrument"),
        ({"number": ""}, "citation number must be a non-empty string"),
        ({"number": 45}, "citation number must be a non-empty string"),
        ({"year": 1900}, "citation year must be 1945..2100"),
        ({"year": "2015"}, "citation year must be 1945..2100"),
        ({"article": "Article 5"}, "must start with Pasal, Lampiran"),
        ({"article": None}, "must start with Pasal, Lampiran"),
    ],
)
def test_basis_refuses_malformed_fields(kwargs: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {
        "instrument": Instrument.PP,
        "number": "45",
        "year": 2015,
        "article": "Pasal 1",
    }
    fields.update(kwargs)
    with pytest.raises(ParameterDataError, match=message):
        Basis(**fields)  # type: ignore[arg-type]


def test_from_mapping_builds_and_accepts_an_integer_number() -> None:
    b = Basis.from_mapping({**GOOD, "number": 45, "note": "n", "url": "u"}, "x.toml")
    assert b == Basis(Instrument.PP, "45", 2015, "Pasal 29 ayat (2)", "n", "u")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"page": 3}, r"x\.toml: unknown basis keys \['page'\]"),
        ({"instrument": None}, r"x\.toml: basis instrument must be a string"),
        ({"number": 4.5}, r"x\.toml: basis number must be text and year an int"),
        ({"year": "2015"}, r"x\.toml: basis number must be text and year an int"),
        ({"article": 29}, r"x\.toml: basis article must be text"),
        ({"note": 1}, r"x\.toml: basis note must be text"),
        ({"url": ["u"]}, r"x\.toml: basis url must be text"),
        ({"instrument": "Kepmen"}, r"x\.toml: unknown instrument 'Kepmen'"),
        ({"year": 1800}, r"x\.toml: citation year must be 1945\.\.2100"),
    ],
)
def test_from_mapping_refuses_malformed_tables(change: dict[str, object], message: str) -> None:
    data = {**GOOD, **change}
    with pytest.raises(ParameterDataError, match=message):
        Basis.from_mapping(data, "x.toml")


def test_from_mapping_names_every_missing_key() -> None:
    with pytest.raises(ParameterDataError, match=r"x\.toml: basis lacks \['article', 'year'\]"):
        Basis.from_mapping({"instrument": "PP", "number": "45"}, "x.toml")
