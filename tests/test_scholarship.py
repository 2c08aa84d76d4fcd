"""The children's scholarship ladder (PP 82/2019 Pasal 25 ayat (3), 34 ayat (3), Lampiran III)
and the single amount of PP 44/2015 (Penjelasan Pasal 25 ayat (3), Pasal 34 ayat (1) huruf d)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import Rupiah
from jamsos.domain import Program
from jamsos.errors import InvalidInputError, JamsosError, NotCoveredError, UnknownValueError
from jamsos.scholarship import Child, EducationLevel, as_children, entitlement, event_date

PP82_DAY = dt.date(2019, 12, 2)
PP44_LAST = dt.date(2019, 12, 1)
ON = dt.date(2025, 5, 10)


def test_two_children_from_kindergarten_reach_the_published_maximum() -> None:
    """Rp87 jt per child (3 + 9 + 6 + 9 + 60 jt), Rp174 jt for two (rules note §9 example 8)."""
    a = entitlement(["TK", "TK"], on=ON)
    assert a.total == Rupiah(174_000_000)
    assert [c.amount for c in a.components] == [Rupiah(87_000_000)] * 2
    assert len(a.payments) == 19  # 2 + 6 + 3 + 3 + 5 yearly dates, both children on the same dates
    assert a.payments[0] == (ON, Rupiah(3_000_000))


def test_one_child_entering_senior_secondary() -> None:
    """3 x Rp3 jt + 5 x Rp12 jt = Rp69 jt (rules note §9 example 3)."""
    a = entitlement([Child("SMA")], on=ON)
    assert a.total == Rupiah(69_000_000)
    assert [w for w, _ in a.payments] == [dt.date(2025 + k, 5, 10) for k in range(8)]
    assert [int(x) for _, x in a.payments] == [3_000_000] * 3 + [12_000_000] * 5


def test_year_within_level_counts_remaining_years() -> None:
    """SD grade 4: 3 x 1,5 jt + 6 jt + 9 jt + 60 jt."""
    assert entitlement([Child("SD", year=4)], on=ON).total == Rupiah(79_500_000)
    assert entitlement([Child("PT", year=5)], on=ON).total == Rupiah(12_000_000)
    with pytest.raises(InvalidInputError, match="beyond"):
        entitlement([Child("SMP", year=4)], on=ON)


def test_not_yet_at_school_counts_from_kindergarten() -> None:
    assert entitlement(["BELUM"], on=ON).total == entitlement(["TK"], on=ON).total


def test_at_most_two_children_first_ones_still_entitled() -> None:
    a = entitlement([Child("SD", married=True), "SMA", "SMP", "TK"], on=ON)
    assert [c.name for c in a.components] == ["scholarship, child 2", "scholarship, child 3"]
    assert any("at most 2" in n for n in a.notes)
    assert any("married" in n for n in a.notes)


def test_ends_at_23() -> None:
    """Payments dated on or after the 23rd birthday are not made (ends at 23)."""
    child = Child("PT", year=1, birth_date=dt.date(2005, 5, 11))  # turns 23 on 2028-05-11
    a = entitlement([child], on=ON)
    assert [w for w, _ in a.payments] == [
        dt.date(2025, 5, 10),
        dt.date(2026, 5, 10),
        dt.date(2027, 5, 10),
        dt.date(2028, 5, 10),
    ]
    too_old = Child("PT", birth_date=dt.date(2000, 1, 1))
    assert entitlement([too_old], on=ON).total == Rupiah(0)


def test_working_child_has_no_entitlement() -> None:
    assert entitlement([Child("PT", working=True)], on=ON).components == ()


def test_pp44_single_amount_and_boundary() -> None:
    """PP 44/2015: Rp12 jt per participant, whatever the number of children; PP 82 from 2019-12-02."""
    single = entitlement(["SD", "SMA", "TK"], on=PP44_LAST)
    assert single.total == Rupiah(12_000_000)
    assert single.components[0].basis == ("PP 44/2015 Penjelasan Pasal 25 ayat (3)",)
    jkm = entitlement(["SD"], on=PP44_LAST, program=Program.JKM)
    assert jkm.components[0].basis == ("PP 44/2015 Pasal 34 ayat (1) huruf d",)
    assert entitlement([], on=PP44_LAST).total == Rupiah(0)
    assert entitlement(None, on=PP44_LAST).total == Rupiah(12_000_000)
    assert entitlement(["SD"], on=PP82_DAY).total == Rupiah(84_000_000)
    assert entitlement(None, on=PP82_DAY).components == ()


def test_before_2015_is_not_covered() -> None:
    with pytest.raises(NotCoveredError):
        entitlement(["SD"], on=dt.date(2015, 6, 30))


def test_aliases_and_coercion() -> None:
    assert [c.level for c in as_children("mi, MTs,smk,kuliah")] == [
        EducationLevel.SD,
        EducationLevel.SMP,
        EducationLevel.SMA,
        EducationLevel.PT,
    ]
    assert as_children(EducationLevel.TK)[0].level is EducationLevel.TK
    with pytest.raises(UnknownValueError):
        as_children(["SMU-X"])
    with pytest.raises(InvalidInputError):
        as_children(42)
    with pytest.raises(InvalidInputError):
        entitlement(["SD"], on=ON, program="JHT")


def test_event_date_refuses_future() -> None:
    with pytest.raises(JamsosError, match="future"):
        event_date(dt.date(2025, 5, 11), "on", as_of=dt.date(2025, 5, 10))
    assert event_date(dt.date(2025, 5, 10), "on", as_of=dt.date(2025, 5, 10)) == dt.date(2025, 5, 10)


def test_explanation_and_json() -> None:
    a = entitlement(["SD", "SMA"], on=ON)
    text = a.explain().render("id")
    assert "Beasiswa" in text and "PP 82/2019 Lampiran III" in text
    json.dumps(a.to_dict())
    assert any(p.name == "jkk.scholarship.ladder" for p in a.explain().unconfirmed())


levels = st.sampled_from(["BELUM", "TK", "SD", "SMP", "SMA", "PT"])


@given(st.lists(levels, max_size=5), st.dates(dt.date(2015, 7, 1), dt.date(2026, 1, 1)))
def test_properties(kids: list[str], day: dt.date) -> None:
    """Never above Rp174 jt; per child never above Rp87 jt; the schedule sums to the total."""
    a = entitlement(kids, on=day)
    assert a.total <= Rupiah(174_000_000)
    assert all(c.amount <= Rupiah(87_000_000) for c in a.components)
    assert sum((x for _, x in a.payments), Rupiah(0)) == a.total
    assert a.total == sum((c.amount for c in a.components), Rupiah(0))


@given(
    st.one_of(st.none(), st.integers(), st.floats(), st.text(max_size=5), st.lists(st.text(max_size=4))),
    st.one_of(st.dates(), st.text(max_size=10), st.integers()),
)
def test_fuzz(children: object, on: object) -> None:
    try:
        entitlement(children, on=on)  # type: ignore[arg-type]
    except JamsosError:
        pass
