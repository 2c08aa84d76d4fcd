"""The options the programme subcommands share read the same everywhere (jamsos._cli.programme_options)."""

from __future__ import annotations

import argparse
import shlex

import pytest

from jamsos._cli.programme_options import add_income, add_jht, add_months, add_payer


def _parser(*, required: bool) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(exit_on_error=False)
    add_months(p, required=required)
    add_income(p)
    add_payer(p, not_budget_help="help")
    return p


def test_indonesian_and_english_spellings_give_the_same_attributes() -> None:
    p = _parser(required=True)
    id_ = p.parse_args(
        shlex.split(
            "--dari 2026-01 --sampai 2026-12 --penghasilan 1.000.000 --jht --transportasi --bukan-apbd"
        )
    )
    en = p.parse_args(
        shlex.split("--from 2026-01 --to 2026-12 --income 1.000.000 --jht --transport --not-budget-funded")
    )
    assert (
        vars(id_)
        == vars(en)
        == {
            "first": "2026-01",
            "last": "2026-12",
            "income": "1.000.000",
            "jht": True,
            "transport": True,
            "not_budget": True,
        }
    )


def test_defaults_are_off() -> None:
    args = _parser(required=False).parse_args([])
    assert vars(args) == {
        "first": None,
        "last": None,
        "income": None,
        "jht": False,
        "transport": False,
        "not_budget": False,
    }


def test_required_months_are_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser(required=True).parse_args(["--dari", "2026-01"])
    assert "--sampai" in capsys.readouterr().err


def test_jht_alone() -> None:
    p = argparse.ArgumentParser()
    add_jht(p)
    assert p.parse_args(["--jht"]).jht is True
    assert p.parse_args([]).jht is False
