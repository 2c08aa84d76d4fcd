"""covid_relief_eligible: the PP 49/2020 JKK/JKM relief (contribution months August 2020 to
January 2021) and its Pasal 13 conditions, which a payroll row cannot show."""

from __future__ import annotations

import pytest

from jamsos import InvalidInputError, Month, batch, contributions

C = contributions


SEPT = Month(2020, 9)


def test_none_keeps_the_relief_and_says_the_conditions_were_not_checked() -> None:
    c = C.wage_earner(5_000_000, SEPT, risk_class=1)
    assert (c.jkk.employer, c.jkm.employer) == (120, 150)  # 1% of 0.24% and 0.30% of Rp5 jt
    assert any("without checking its conditions" in n and "2020-07" in n for n in c.notes)


def test_true_applies_it_silently_and_false_charges_full() -> None:
    yes = C.wage_earner(5_000_000, SEPT, risk_class=1, covid_relief_eligible=True)
    assert (yes.jkk.employer, yes.jkm.employer) == (120, 150)
    assert not any("PP 49/2020 relief" in n for n in yes.notes)
    no = C.wage_earner(5_000_000, SEPT, risk_class=1, covid_relief_eligible=False)
    assert (no.jkk.employer, no.jkm.employer) == (12_000, 15_000)
    assert any("not applied" in n for n in no.notes)
    assert no.jp.employer == yes.jp.employer  # the JP deferral is a separate article (Pasal 17)


@pytest.mark.parametrize(
    ("month", "relief"),
    [(Month(2020, 7), False), (Month(2020, 8), True), (Month(2021, 1), True), (Month(2021, 2), False)],
)
def test_window_day_before_and_day_of(month: Month, relief: bool) -> None:
    c = C.wage_earner(5_000_000, month, risk_class=1)
    assert (c.jkk.employer == 120) is relief
    flagged = C.wage_earner(5_000_000, month, risk_class=1, covid_relief_eligible=False)
    assert flagged.jkk.employer == 12_000


def test_bpu() -> None:
    assert C.non_wage_earner(1_000_000, SEPT).total == 168  # Rp100 + Rp68
    assert C.non_wage_earner(1_000_000, SEPT, covid_relief_eligible=False).total == 16_800


def test_flag_must_be_bool_or_none() -> None:
    with pytest.raises(InvalidInputError, match="True, False or None"):
        C.wage_earner(5_000_000, SEPT, risk_class=1, covid_relief_eligible="ya")  # type: ignore[arg-type]


def test_batch_column() -> None:
    rows = [
        {"month": "2020-09", "wage": 5_000_000, "risk_class": 1},
        {"month": "2020-09", "wage": 5_000_000, "risk_class": 1, "covid_relief_eligible": "tidak"},
        {"month": "2020-09", "wage": 5_000_000, "risk_class": 1, "covid_relief_eligible": "ya"},
        {"month": "2020-09", "wage": 1_000_000, "segment": "BPU", "covid_relief_eligible": False},
    ]
    out = batch.contributions(rows)
    assert [r["jkk_employer"] for r in out[:3]] == [120, 12_000, 120]
    assert out[3]["total"] == 16_800
