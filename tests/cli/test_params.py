"""jamsos params: source register per value, --berubah (changes) and --periksa (staleness)."""

from __future__ import annotations

import json

import pytest

from jamsos import parameters
from jamsos.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_history_shows_where_each_value_was_read(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "jp.benefit.minimum", "--lang", "en")
    assert status == 0
    assert (
        "341" in out and "400" in out and "read from: secondary report" in out and "read from: derived" in out
    )
    assert f"law data: {parameters.law_version()}" in out


def test_history_json_carries_read_from_and_law_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "bpu.income_band", "--json")
    data = json.loads(out)
    assert status == 0 and data["unit"] == "scale"
    assert data["law_version"]["hash"] == parameters.law_version().hash
    assert data["values"][0]["read_from"] == "secondary report"
    assert data["values"][0]["value"][2]["jkk"] == "207000"


def test_berubah_between_months_lists_both_citations(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "--berubah", "2025-01", "2025-06")
    assert status == 0
    assert "Nilai hukum yang mulai berlaku dari 2025-01-01 sampai 2025-06-30" in out
    assert "2025-03-01  jp.wage_cap: Rp10.042.300 → Rp10.547.400" in out
    assert "sebelumnya: PP 45/2015 Pasal 29 ayat (3)" in out
    assert "2025-02-07  jkp.rate.total" in out and "PP 6/2025" in out


def test_berubah_json_and_days(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "--berubah", "2025-03-01", "2025-03-01", "--json")
    data = json.loads(out)
    assert status == 0 and data["from"] == "2025-03-01" and data["to"] == "2025-03-01"
    assert {c["name"] for c in data["changes"]} == {"jp.wage_cap", "jp.benefit.minimum", "jp.benefit.maximum"}


def test_berubah_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "--berubah", "2024-04", "2024-05", "--lang", "en")
    assert status == 0 and "none" in out


def test_berubah_bad_bound_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "params", "--berubah", "kemarin", "2025-05")
    assert status == 2 and out == "" and "YYYY-MM" in err and "Traceback" not in err


def test_periksa_reports_what_is_due_and_never_fails(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "--periksa", "--pada", "2027-03-01", "--lang", "en")
    assert status == 0
    assert "jp.wage_cap: known up to 2027-02-28; a newer value is due but not in the data" in out
    assert "jp.inflation: known up to 2025-12-31" in out


def test_periksa_before_anything_is_due(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "--periksa", "--pada", "2015-07-01", "--json")
    assert status == 0 and json.loads(out)["due"] == []


def test_a_structured_value_prints_one_row_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "bpu.income_band", "--lang", "en")
    assert status == 0
    assert "| from: 0, income: 1000000, jkk: 10000, jht: 20000" in out
    assert "| from: 20700000, income: 20700000, jkk: 207000, jht: 414000" in out


def test_an_old_name_shows_the_history_of_its_year(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.warns(DeprecationWarning, match="renamed in jamsos 0.2"):
        status, out, _ = run(capsys, "params", "jht.return.2018", "--json")
    data = json.loads(out)
    assert status == 0 and data["name"] == "jht.return.2018" and data["unit"] == "percent"
    assert [(v["since"], v["until"], v["value"]) for v in data["values"]] == [
        ("2018-01-01", "2019-01-01", "6.26")
    ]


def test_a_retired_name_says_what_replaced_it(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "params", "bpu.min_income", "--lang", "en")
    assert status == 2 and out == ""
    assert (
        "parameter 'bpu.min_income' was replaced in jamsos 0.2 by 'bpu.income_band'; see the CHANGELOG (0.2)"
        in err
    )


def test_periksa_never_lists_old_names(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "params", "--periksa", "--pada", "2030-01-01", "--lang", "en")
    assert status == 0 and "jht.declared_return" in out
    assert "jht.return." not in out and "bpu.min_income" not in out and "bpu.jkk.rate" not in out
