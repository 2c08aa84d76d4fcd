"""Members who joined before 1 July 2015, when PP 44/45/46/2015 started JKK, JKM, JHT and JP.

The assumed history starts at the first month the law data has contribution rates for
(July 2015), says so, and asks for the JHT statement balance; hand-computed figures cite
the article.
"""

from __future__ import annotations

import datetime as dt

from jamsos import ContributionHistory, Month, Rupiah, events, jp
from jamsos.events import EntitlementStatus
from jamsos.events.family import contributions_start, work_history
from jamsos.i18n import use_lang

ON = dt.date(2025, 3, 10)
SINCE = dt.date(2010, 3, 1)
AS_OF = dt.date(2025, 4, 1)


def _texts(result: events.LifeEvent, lang: str) -> list[str]:
    return [a.render(lang) for a in result.assumptions]


def test_contributions_start_is_read_from_the_law_data() -> None:
    assert contributions_start() == Month(2015, 7)


def test_history_is_clamped_to_july_2015_and_membership_kept() -> None:
    wh = work_history(on=ON, wage=6_000_000, member_since=SINCE, history=None)
    assert wh.history.first_month == Month(2015, 7)
    assert wh.history.last_month == Month(2025, 2)
    assert wh.history.count() == 116  # 6 months of 2015 + 9 years + 2 months of 2025
    assert wh.member_since == SINCE  # the membership itself is not shortened (JKP, JHT)
    assert len(wh.assumptions) == 3
    en = [a.render("en") for a in wh.assumptions]
    assert "the contributions before July 2015 are not in this computation" in en[1]
    assert "--saldo-jht" in en[1] and "opening=" in en[1]
    assert en[2] == (
        "JP contribution months count from July 2015, when the pension programme began (PP 45/2015)"
    )
    idn = [a.render("id") for a in wh.assumptions]
    assert idn[1].startswith("peserta sejak 1 Maret 2010, tetapi iuran sebelum Juli 2015")
    assert idn[2] == "masa iuran JP dihitung mulai Juli 2015, saat program pensiun dimulai (PP 45/2015)"


def test_a_member_since_july_2015_gets_no_clamp_note() -> None:
    wh = work_history(on=ON, wage=6_000_000, member_since=dt.date(2015, 7, 1), history=None)
    assert wh.history.count() == 116
    assert len(wh.assumptions) == 1


def test_retirement_jp_lump_sum_counts_from_july_2015() -> None:
    birth = dt.date(1966, 1, 1)  # JP pension age 58 in 2024 (PP 45/2015 Pasal 15): 1 January 2024
    r = events.retirement(on=ON, birth_date=birth, wage=6_000_000, member_since=SINCE, opening=150_000_000)
    assert r["jht"].paid_now == Rupiah(150_000_000)
    lines = {line.label.render("en"): line.amount for line in r["jp"].lines}
    # PP 45/2015 Pasal 28: 2% + 1% of Rp6.000.000 = Rp180.000 a month, July 2015 - December 2023
    # (102 months, up to the month before pension age): Rp18.360.000 of contributions.
    contributions = [a for label, a in lines.items() if "contribution" in label]
    assert contributions == [Rupiah(18_360_000)]
    direct = jp.old_age_benefit(
        ContributionHistory.constant(6_000_000, Month(2015, 7), Month(2023, 12)),
        birth_date=birth,
        retire_on=ON,
    )
    assert r["jp"].paid_now == direct.total
    assert any("July 2015" in t for t in _texts(r, "en"))


def test_retirement_without_statement_does_not_fail() -> None:
    r = events.retirement(on=ON, birth_date=dt.date(1968, 1, 1), wage=6_000_000, member_since=SINCE)
    # some declared JHT returns since 2015 are not in the data: the balance is not guessed
    assert r["jht"].status is EntitlementStatus.NOT_ASSESSED
    assert any("--saldo-jht" in t for t in _texts(r, "en"))


def test_dismissal_jkp_uses_the_whole_membership() -> None:
    r = events.dismissal(
        on=ON,
        birth_date=dt.date(1980, 1, 1),
        wage=6_000_000,
        member_since=SINCE,
        opening=150_000_000,
        as_of=AS_OF,
    )
    # PP 6/2025 Pasal 21: 60% of the wage capped at Rp5.000.000 = Rp3.000.000, six months.
    assert [p.amount for p in r["jkp"].schedule] == [Rupiah(3_000_000)] * 6
    assert r["jht"].paid_now == Rupiah(150_000_000)


def test_total_disability_jkk() -> None:
    r = events.disability(
        on=ON, birth_date=dt.date(1980, 1, 1), wage=6_000_000, member_since=SINCE, as_of=AS_OF
    )
    # PP 82/2019 Lampiran: total permanent disability 70% x 80 x wage = 56 x Rp6.000.000 = Rp336.000.000, plus the
    # periodic benefit paid at once, Rp12.000.000.
    assert r["jkk"].paid_now == Rupiah(348_000_000)


def test_work_death_jkk() -> None:
    r = events.death(
        on=ON,
        birth_date=dt.date(1980, 1, 1),
        wage=6_000_000,
        member_since=SINCE,
        cause="work_accident",
        as_of=AS_OF,
    )
    # PP 82/2019 Pasal 34 ayat (1): 48 x Rp6.000.000 + Rp12.000.000 periodic + Rp10.000.000 funeral.
    assert r["jkk"].paid_now == Rupiah(310_000_000)
    with use_lang("id"):
        assert "Juli 2015" in str(r)
