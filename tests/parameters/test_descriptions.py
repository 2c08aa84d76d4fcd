"""Every parameter is described in Indonesian too (``description_id``), shown by ``jamsos params``."""

from __future__ import annotations

import pytest

from jamsos import parameters
from jamsos.cli import main
from jamsos.errors import ParameterDataError
from jamsos.i18n import use_lang
from jamsos.parameters._loader import load_directory

BASIS = 'basis = {instrument = "PP", number = "1", year = 2015, article = "Pasal 1"}'


def _doc(head: str) -> str:
    return f'[a.b]\n{head}\nunit = "rupiah"\n[[a.b.values]]\nsince = 2015-07-01\nvalue = "1"\nstatus = "confirmed"\n{BASIS}\n'


def test_every_shipped_parameter_has_an_indonesian_description() -> None:
    pset = parameters.official()
    missing = [n for n in pset.names() if not pset.parameter(n).description_id]
    assert missing == []
    same = [n for n in pset.names() if pset.parameter(n).description_id == pset.parameter(n).description]
    assert same == []


def test_describe_follows_the_language() -> None:
    wage_cap = parameters.official().parameter("jp.wage_cap")
    assert wage_cap.describe("id").startswith("Batas upah tertinggi sebulan yang dikenai iuran JP")
    assert wage_cap.describe("en").startswith("Upper limit (batas upah tertinggi)")
    with use_lang("en"):
        assert wage_cap.describe() == wage_cap.description
    # an old name (alias) says so in both languages
    with pytest.warns(DeprecationWarning, match="renamed"):
        alias = parameters.official().parameter("jht.return.2016")
    assert "nama lama jht.declared_return" in alias.describe("id")
    assert "old name of jht.declared_return" in alias.describe("en")


@pytest.mark.parametrize("value", ['""', '"  "', "3", "[]"])
def test_the_loader_refuses_an_empty_or_non_text_indonesian_description(value: str) -> None:
    with pytest.raises(ParameterDataError, match="description_id"):
        load_directory({"x.toml": _doc(f'description = "d"\ndescription_id = {value}')})


def test_a_parameter_without_one_falls_back_to_english() -> None:
    pset = load_directory({"x.toml": _doc('description = "d"')})
    assert pset.parameter("a.b").describe("id") == "d"
    assert (
        load_directory({"x.toml": _doc('description = "d"\ndescription_id = "u"')})
        .parameter("a.b")
        .describe("id")
        == "u"
    )


def test_params_prints_the_description_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["params", "jkm.rate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("jkm.rate: Tarif iuran JKM peserta penerima upah (PU)")
    assert main(["--lang", "en", "params", "jkm.rate"]) == 0
    assert capsys.readouterr().out.startswith("jkm.rate: JKM contribution rate for wage earners (PU)")


def test_source_notes_on_request_and_100_columns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["params", "jp.wage_cap"]) == 0
    short = capsys.readouterr().out
    assert "rounded down to Rp100" not in short
    assert main(["params", "jp.wage_cap", "--rinci"]) == 0
    detail = capsys.readouterr().out
    assert "rounded down to Rp100" in detail
    for text in (short, detail):
        assert max(len(line) for line in text.splitlines()) <= 100
