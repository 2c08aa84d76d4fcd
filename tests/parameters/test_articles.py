"""Articles cited by rules without a number of their own come from the law data (jamsos.parameters.articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import Basis, Instrument, jkk, jkm, parameters
from jamsos.errors import InvalidInputError, ParameterDataError
from jamsos.parameters import articles

P = parameters.official()
D = dt.date(2025, 5, 10)


@pytest.mark.parametrize(
    ("name", "level", "expected"),
    [
        (
            "jp.articles",
            "old_age_pension",
            ("PP 45/2015 Pasal 17 ayat (2)", "PP 45/2015 Pasal 18", "PP 45/2015 Pasal 19"),
        ),
        ("jp.articles", "lump_sum_development", ("PP 45/2015 Pasal 24 ayat (3)",)),
        ("jht.articles", "development_returns", ("PP 46/2015 Pasal 22 ayat (2)", "PP 46/2015 Pasal 27")),
        ("jkk.articles", "medical_care", ("PP 44/2015 Pasal 25 ayat (2) huruf a",)),
        ("jkm.articles", "active_membership", ("PP 44/2015 Penjelasan Pasal 34 ayat (1)",)),
        ("jp.benefit.survivor_groups", "child", ("PP 45/2015 Pasal 22",)),
    ],
)
def test_the_articles_of_each_rule(name: str, level: str, expected: tuple[str, ...]) -> None:
    assert articles(P, name, level, D) == expected


def test_the_value_in_force_on_the_day_is_cited() -> None:
    law = Basis(Instrument.PP, "99", 2030, "Pasal 1")
    rows = [{"level": "coverage_started", "article": "Pasal 2; Pasal 3"}]
    p = P.override("jkk.articles", dt.date(2026, 1, 1), rows, basis=law)
    assert articles(p, "jkk.articles", "coverage_started", dt.date(2025, 12, 31)) == (
        "PP 44/2015 Pasal 6 ayat (2)-(3)",
    )
    assert articles(p, "jkk.articles", "coverage_started", dt.date(2026, 1, 1)) == (
        "PP 99/2030 Pasal 2",
        "PP 99/2030 Pasal 3",
    )
    assert articles(p, "jkk.articles", "coverage_started", None) == (
        "PP 99/2030 Pasal 2",
        "PP 99/2030 Pasal 3",
    )
    # a decision reads them for its own day
    d = jkk.accident_coverage(on=dt.date(2025, 5, 10), covered_from=dt.date(2025, 5, 1))
    assert d.reasons[0].basis == ("PP 44/2015 Pasal 6 ayat (2)-(3)",)


def test_past_the_horizon_and_before_the_first_value_the_nearest_value_is_cited() -> None:
    far = dt.date(2090, 1, 1)
    assert articles(P, "jkm.articles", "not_work_related", far) == ("PP 44/2015 Pasal 40 ayat (1)",)
    assert articles(P, "jkm.articles", "not_work_related", dt.date(2000, 1, 1)) == (
        "PP 44/2015 Pasal 40 ayat (1)",
    )
    d = jkm.coverage(died_on=dt.date(2031, 5, 10), covered_from=dt.date(2020, 1, 1))
    assert [r.basis for r in d.reasons][-1] == ("PP 44/2015 Pasal 40 ayat (1)",)


def test_a_value_without_citation_or_an_unknown_rule_is_refused() -> None:
    rows = [{"level": "medical_care", "article": "Pasal 9"}]
    p = P.override("jkk.articles", dt.date(2026, 1, 1), rows)
    with pytest.raises(ParameterDataError, match="jkk.articles needs a citation"):
        articles(p, "jkk.articles", "medical_care", dt.date(2026, 2, 1))
    with pytest.raises(
        InvalidInputError, match="unknown level 'nope'; accepted: coverage_started, medical_care"
    ):
        articles(P, "jkk.articles", "nope", D)
