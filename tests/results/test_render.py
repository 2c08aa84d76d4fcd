"""print(result) and the notebook view show the same facts (issue 12)."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from result_samples import SAMPLES

from jamsos import Month, i18n
from jamsos.i18n import write_dates
from jamsos.results import Award, Contributions, Decision


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def result(request: pytest.FixtureRequest) -> Contributions | Award | Decision:
    made = SAMPLES[request.param]()
    if not isinstance(made, Contributions | Award | Decision):
        pytest.skip("a result type registered by another module renders itself")
    return made


def _html_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def test_every_fact_of_the_text_is_in_the_html(result: Contributions | Award | Decision) -> None:
    text = str(result)
    shown = _html_text(result._repr_html_())
    for word in re.findall(r"\S+", text):
        if set(word) <= set("-✓✗:"):
            continue  # rules and marks drawn differently
        assert word.strip(":") in shown, word


def _when(value: dt.date | Month) -> str:
    return i18n.format_month(value, "en") if isinstance(value, Month) else i18n.format_date(value, "en")


def test_schedules_earliest_dates_and_notes_are_shown(result: Contributions | Award | Decision) -> None:
    """The schedule (first and last payment, every amount), earliest_on and notes are printed."""
    text = result.table("en")
    if isinstance(result, Award) and result.payments:
        assert _when(result.payments[0][0]) in text and _when(result.payments[-1][0]) in text
        for _, amount in result.payments:
            assert str(amount) in text
        if result.monthly is not None:
            assert str(result.monthly) in text
    if isinstance(result, Decision) and result.earliest_on is not None:
        assert _when(result.earliest_on) in text
    for note in result.notes:
        assert write_dates(note.message("en"), "en") in text  # ISO dates written out for reading


def test_notes_carry_a_stable_code(result: Contributions | Award | Decision) -> None:
    """Each note names what it says (a code a program can branch on), never the generic one."""
    for note in result.notes:
        assert re.fullmatch(r"[a-z]+(\.[a-z0-9_]+)+", note.code), note.code
    if isinstance(result, Decision):
        assert all(r.code and r.message_id for r in result.reasons)


def test_jkm_award_prints_its_schedule() -> None:
    text = SAMPLES["jkm.death_benefit"]().table("id")
    assert "Jadwal pembayaran" in text and i18n.format_date(dt.date(2025, 5, 10), "id") in text
