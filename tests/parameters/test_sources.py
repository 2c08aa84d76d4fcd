"""The source register: docs/sources.md is generated from the data and kept current."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from jamsos import ParameterDataError, parameters
from jamsos.parameters._loader import load_directory
from jamsos.parameters._sources import SourceKind, entry_lines, markdown, source_kind

DOC = Path(__file__).resolve().parents[2] / "docs" / "sources.md"
OFFICIAL = parameters.official()


def test_docs_sources_md_is_current() -> None:
    """Regenerate with: python -m jamsos.parameters._sources > docs/sources.md"""
    assert DOC.read_text(encoding="utf-8") == markdown(OFFICIAL)


def test_every_parameter_is_in_the_register() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in OFFICIAL.names():
        assert f"### `{name}`" in text, name


def test_no_unconfirmed_value_claims_a_primary_source() -> None:
    for param in OFFICIAL:
        for dv in param.values:
            if not dv.confirmed:
                assert source_kind(dv) not in (SourceKind.REGULATION, SourceKind.LETTER), (
                    param.name,
                    dv.since,
                )


def test_published_jp_limits_read_in_secondary_reports_say_so() -> None:
    dv = OFFICIAL.value("jp.benefit.minimum", dt.date(2024, 3, 1))
    assert dv.confirmed and source_kind(dv) is SourceKind.SECONDARY
    derived = OFFICIAL.value("jp.benefit.minimum", dt.date(2021, 3, 1))
    assert source_kind(derived) is SourceKind.DERIVED and not derived.confirmed


def test_kinds_by_rule() -> None:
    assert source_kind(OFFICIAL.value("jp.rate.worker", dt.date(2020, 1, 1))) is SourceKind.REGULATION
    assert source_kind(OFFICIAL.value("jp.inflation", dt.date(2020, 1, 1))) is SourceKind.STATISTICS
    assert (
        source_kind(OFFICIAL.value("jp.lump_sum.development_rate", dt.date(2020, 1, 1))) is SourceKind.PROXY
    )
    assert source_kind(OFFICIAL.value("jp.registration.min_age", dt.date(2020, 1, 1))) is SourceKind.POLICY
    what_if = OFFICIAL.override("jkm.rate", dt.date(2030, 1, 1), "0.5")
    assert source_kind(what_if.value("jkm.rate", dt.date(2030, 1, 1))) is SourceKind.OVERRIDE


def test_entry_lines_name_citation_status_and_source() -> None:
    lines = entry_lines(OFFICIAL.parameter("jp.wage_cap"))
    assert lines[0].startswith(
        "2015-07-01 – 2016-03-01: Rp7.000.000 — PP 45/2015 Pasal 29 ayat (2) [confirmed; read from: regulation text]"
    )


BASIS = '{ instrument = "PP", number = "44", year = 2015, article = "Pasal 20 ayat (1)" }'


def test_source_key_is_validated_at_load() -> None:
    text = f"""
[t.p]
description = "x"
unit = "rupiah"
[[t.p.values]]
since = 2015-07-01
value = "1"
status = "unconfirmed"
source = "gossip"
basis = {BASIS}
"""
    with pytest.raises(ParameterDataError, match="source must be one of"):
        load_directory({"t.toml": text})
    pset = load_directory({"t.toml": text.replace("gossip", "letter")})
    assert source_kind(pset.value("t.p", dt.date(2020, 1, 1))) is SourceKind.LETTER


def test_unknown_kind_text_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown source kind"):
        SourceKind.parse("rumour")
