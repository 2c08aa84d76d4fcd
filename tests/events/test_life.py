"""Life events: every program's entitlement, composed from the public program functions.

Hand-computed figures cite the article; the rest is checked against the program function
called directly with the same inputs (the event layer adds no rule of its own).
"""

from __future__ import annotations

import datetime as dt

import pytest

from jamsos import ContributionHistory, Month, Rupiah, events, jkk, jkm, jp
from jamsos.errors import InvalidDateError, InvalidInputError, UnknownValueError
from jamsos.events import EntitlementStatus, Family
from jamsos.scholarship import Child as SchoolChild

AS_OF = dt.date(2025, 4, 1)
ON = dt.date(2025, 3, 10)
BIRTH = dt.date(1990, 5, 1)
SINCE = dt.date(2022, 3, 1)
HISTORY = ContributionHistory.constant(6_000_000, Month(2022, 3), Month(2025, 2))


def _dismissal(**kw: object) -> events.LifeEvent:
    args: dict[str, object] = {
        "on": ON,
        "birth_date": BIRTH,
        "wage": 6_000_000,
        "member_since": SINCE,
        "as_of": AS_OF,
    }
    args.update(kw)
    return events.dismissal(**args)  # type: ignore[arg-type]


def test_dismissal_lists_jkp_jht_and_jp() -> None:
    r = _dismissal(opening=25_000_000)
    assert r.programs == (jamsos_program("jkp"), jamsos_program("jht"), jamsos_program("jp"))
    # PP 6/2025 Pasal 21: 60% of the wage capped at Rp5.000.000, for 6 months = Rp3.000.000 each.
    jkp = r["jkp"]
    assert jkp.status is EntitlementStatus.PAYABLE
    assert [(p.when, p.amount) for p in jkp.schedule] == [
        (dt.date(2025, m, 10), Rupiah(3_000_000)) for m in range(4, 10)
    ]
    assert jkp.lines == ()  # nothing is folded into a lump sum
    # PP 6/2025 Pasal 40 huruf a: claim within 6 months of the PHK.
    assert jkp.claim_by == dt.date(2025, 9, 10)
    # Permenaker 4/2022 Pasal 10-11: JHT after a one-month wait from the PHK date.
    jht = r["jht"]
    assert jht.earliest_on == dt.date(2025, 4, 10)
    assert jht.paid_now == Rupiah(25_000_000)
    assert jht.status is EntitlementStatus.LATER
    # JP: nothing now; the benefit at pension age (65 from 2043, PP 45/2015 Pasal 15).
    assert r["jp"].status is EntitlementStatus.LATER
    assert r["jp"].earliest_on == dt.date(2055, 5, 1)
    assert r.paid_now == Rupiah(25_000_000)


def test_dismissal_without_enough_contributions_is_not_eligible_for_jkp() -> None:
    r = _dismissal(member_since=dt.date(2024, 10, 1))
    jkp = r["jkp"]
    assert jkp.status is EntitlementStatus.NOT_ELIGIBLE
    assert jkp.schedule == ()
    assert any("at least 12 needed" in c.render("en") for _, c in jkp.conditions)


def test_history_and_wage_plus_member_since_give_the_same_answer() -> None:
    a = _dismissal(opening=25_000_000)
    b = _dismissal(wage=None, member_since=None, history=HISTORY, opening=25_000_000)
    assert a.to_dict()["entitlements"] == b.to_dict()["entitlements"]
    assert b.assumptions == ()
    assert len(a.assumptions) == 1


def test_jht_balance_without_a_statement_is_not_guessed() -> None:
    # The declared returns for 2022-2025 are not in the data: jamsos asks for the statement.
    jht = _dismissal()["jht"]
    assert jht.status is EntitlementStatus.NOT_ASSESSED
    assert jht.lines == ()
    assert "--saldo-jht" in jht.notes[0].render("en")


def test_death_at_work_composes_jkk_jht_and_jp() -> None:
    family = Family(spouse=True, children=["SD3:2016-01-05"])
    r = events.death(
        on=ON,
        cause="work_accident",
        birth_date=BIRTH,
        wage=6_000_000,
        member_since=SINCE,
        family=family,
        opening=(dt.date(2025, 3, 10), 20_000_000),
        as_of=AS_OF,
    )
    assert [e.program.code for e in r] == ["jkk", "jht", "jp"]
    jkk_e = r["jkk"]
    # PP 82/2019 Pasal 34 ayat (1): 48 x Rp6.000.000 + periodic Rp12.000.000 + funeral Rp10.000.000.
    assert [line.amount for line in jkk_e.lines] == [
        Rupiah(288_000_000),
        Rupiah(12_000_000),
        Rupiah(10_000_000),
    ]
    assert jkk_e.paid_now == Rupiah(310_000_000)
    # Scholarship (Lampiran III): SD years 3-6, SMP 3, SMA 3, PT until the 23rd birthday (2039-01-05).
    amounts = [p.amount.amount for p in jkk_e.schedule]
    assert amounts == [1_500_000] * 4 + [2_000_000] * 3 + [3_000_000] * 3 + [12_000_000] * 4
    assert jkk_e.schedule[0].when == ON
    assert jkk_e.schedule[-1].when == dt.date(2038, 3, 10)
    # The event adds nothing: lump sums plus the schedule equal the JKK award.
    direct = jkk.death_benefit(
        wage=6_000_000, on=ON, children=[SchoolChild("SD", year=3, birth_date=dt.date(2016, 1, 5))]
    )
    assert jkk_e.paid_now + sum((p.amount for p in jkk_e.schedule), Rupiah(0)) == direct.total
    # PP 82/2019 Pasal 26: the claim lapses 5 years after the accident.
    assert jkk_e.claim_by == dt.date(2030, 3, 9)
    # JP: the widow's pension, the same as jp.survivor_benefit called directly.
    jp_direct = jp.survivor_benefit(
        HISTORY,
        birth_date=BIRTH,
        died_on=ON,
        survivors=jp.Survivors(spouse=True, children=(dt.date(2016, 1, 5),)),
    )
    assert r["jp"].monthly == jp_direct.monthly == Rupiah(471_141)
    assert [p.when for p in r["jp"].schedule][:2] == [Month(2025, 4), Month(2025, 5)]
    assert r["jht"].paid_now == Rupiah(20_000_000)


def test_death_from_other_causes_is_jkm() -> None:
    r = events.death(
        on=ON, cause="lainnya", birth_date=BIRTH, wage=6_000_000, member_since=SINCE, as_of=AS_OF
    )
    assert r.programs[0].code == "jkm"
    direct = jkm.death_benefit(died_on=ON, contribution_months=36)
    # PP 82/2019 Pasal 34: Rp20.000.000 + Rp12.000.000 + Rp10.000.000.
    assert r["jkm"].paid_now == direct.total == Rupiah(42_000_000)
    assert any("scholarship not assessed" in n.render("en") for n in r["jkm"].notes)


def test_jp_survivor_is_not_assessed_when_the_heirs_are_unknown() -> None:
    """Children without birth dates, or no family at all: JP says what to add, never "not eligible"."""

    def jp_of(family: Family | None) -> events.Entitlement:
        return events.death(
            on=ON,
            cause="other",
            birth_date=BIRTH,
            wage=6_000_000,
            member_since=SINCE,
            family=family,
            as_of=AS_OF,
        )["jp"]

    no_dates = jp_of(Family(children=["SD3", "SMP1"]))
    assert no_dates.status is EntitlementStatus.NOT_ASSESSED
    assert [n.render("en") for n in no_dates.notes] == [
        "the JP child pension needs each child's birth date (SD3:2016-01-05)"
    ]
    unknown = jp_of(None)
    assert unknown.status is EntitlementStatus.NOT_ASSESSED
    assert [n.render("en") for n in unknown.notes] == [
        "no family given: name the spouse and children (family=, --pasangan, --anak)"
    ]
    # The same children with their birth dates: the orphans' pension (PP 45/2015 Pasal 23),
    # the amount jp.survivor_benefit gives for them directly.
    dated = jp_of(Family(children=["SD3:2016-01-05", "SMP1:2012-02-01"]))
    direct = jp.survivor_benefit(
        HISTORY,
        birth_date=BIRTH,
        died_on=ON,
        survivors=jp.Survivors(children=(dt.date(2016, 1, 5), dt.date(2012, 2, 1))),
    )
    assert dated.status is EntitlementStatus.PAYABLE
    assert dated.monthly == direct.monthly
    assert direct.monthly is not None and direct.monthly > Rupiah(0)


def test_retirement_lump_sum_under_fifteen_years() -> None:
    r = events.retirement(
        on=dt.date(2025, 6, 30),
        birth_date=dt.date(1966, 6, 1),
        wage=8_000_000,
        member_since=dt.date(2015, 7, 1),
        opening=150_000_000,
        as_of=dt.date(2025, 7, 1),
    )
    assert [e.program.code for e in r] == ["jht", "jp"]
    jp_e = r["jp"]
    assert jp_e.monthly is None
    direct = jp.old_age_benefit(
        ContributionHistory.constant(8_000_000, Month(2015, 7), Month(2024, 5)),
        birth_date=dt.date(1966, 6, 1),
    )
    assert jp_e.paid_now == direct.total
    assert jp_e.earliest_on == dt.date(2024, 7, 1)
    assert r["jht"].earliest_on == dt.date(2025, 6, 30)


def test_disability_at_work_has_jkk_and_the_jp_pension() -> None:
    r = events.disability(on=ON, birth_date=BIRTH, wage=6_000_000, member_since=SINCE, as_of=AS_OF)
    assert [e.program.code for e in r] == ["jkk", "jht", "jp"]
    # PP 82/2019 Lampiran: total permanent disability 56 x wage + periodic Rp12.000.000.
    assert r["jkk"].paid_now == Rupiah(56 * 6_000_000 + 12_000_000)
    assert r["jp"].monthly is not None
    assert r["jp"].rule is not None
    other = events.disability(
        on=ON, birth_date=BIRTH, cause="other", wage=6_000_000, member_since=SINCE, as_of=AS_OF
    )
    assert [e.program.code for e in other] == ["jht", "jp"]


def test_bad_inputs_are_refused_clearly() -> None:
    with pytest.raises(UnknownValueError, match="unknown cause 'fire'"):
        events.death(on=ON, cause="fire", birth_date=BIRTH, wage=1, member_since=SINCE, as_of=AS_OF)
    with pytest.raises(InvalidInputError, match="give wage and member_since"):
        events.dismissal(on=ON, birth_date=BIRTH, as_of=AS_OF)
    with pytest.raises(InvalidDateError, match="in the future"):
        _dismissal(on=dt.date(2025, 5, 1))
    with pytest.raises(InvalidDateError, match="leaves no full contribution month"):
        _dismissal(member_since=dt.date(2025, 3, 1))
    with pytest.raises(InvalidInputError, match="child 'grade 3' not understood"):
        Family(children=["grade 3"])


def test_inputs_are_not_mutated() -> None:
    kids = ["SD3", "SMP1"]
    family = Family(spouse=True, children=kids)
    events.death(on=ON, cause="work_accident", birth_date=BIRTH, history=HISTORY, family=family, as_of=AS_OF)
    assert kids == ["SD3", "SMP1"]
    assert len(HISTORY) == 36


def test_child_parsing() -> None:
    c = events.Child.parse("smp1")
    assert (c.level.value, c.year, c.birth_date) == ("SMP", 1, None)
    assert events.Child.parse("PT2:2004-02-29").birth_date == dt.date(2004, 2, 29)
    assert events.Child.parse("BELUM").level.value == "BELUM"


def jamsos_program(code: str) -> object:
    from jamsos.domain import Program

    return Program.parse(code)
