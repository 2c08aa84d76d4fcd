"""JKM death benefit (PP 44/2015 Pasal 34; as amended by PP 82/2019 Pasal I angka 3), conditions
(Pasal 41, 42, Penjelasan 34 ayat (1)) and the order of heirs (Pasal 37 ayat (5), 40 ayat (2))."""

from __future__ import annotations

import datetime as dt
import io
import json
from contextlib import redirect_stdout

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import Rupiah, jkm
from jamsos.cli import main
from jamsos.errors import InvalidDateError, InvalidInputError, JamsosError, NotCoveredError, UnknownValueError
from jamsos.heirs import Relative, who_receives
from jamsos.scholarship import Child

PP44_LAST = dt.date(2019, 12, 1)
PP82_FIRST = dt.date(2019, 12, 2)


def amounts(award: object) -> dict[str, int]:
    return {c.name: int(c.amount) for c in award.components}  # type: ignore[attr-defined]


def test_pp82_cash_benefit_is_42_million() -> None:
    """Pasal 34 ayat (1) huruf a-c as amended: 20 + 12 + 10 = Rp42 jt (rules note §9 example 4)."""
    a = jkm.death_benefit(died_on=dt.date(2025, 5, 10))
    assert amounts(a) == {"lump sum": 20_000_000, "periodic benefit": 12_000_000, "funeral": 10_000_000}
    assert a.total == Rupiah(42_000_000)
    assert a.payments == ((dt.date(2025, 5, 10), Rupiah(42_000_000)),)
    assert a.component("lump sum").basis == ("PP 44/2015 Pasal 34 ayat (1) huruf a",)


def test_pp44_cash_benefit_and_single_scholarship() -> None:
    """Original Pasal 34: 16,2 + 4,8 + 3 jt; scholarship Rp12 jt with masa iur >= 5 years."""
    a = jkm.death_benefit(died_on=PP44_LAST)
    assert a.total == Rupiah(24_000_000)
    assert amounts(jkm.death_benefit(died_on=PP44_LAST, contribution_months=60))["scholarship"] == 12_000_000
    assert jkm.death_benefit(died_on=PP44_LAST, contribution_months=60).total == Rupiah(36_000_000)
    assert jkm.death_benefit(died_on=PP44_LAST, contribution_months=59).total == Rupiah(24_000_000)
    assert jkm.death_benefit(died_on=PP44_LAST, contribution_months=60, children=[]).total == Rupiah(
        24_000_000
    )


def test_regime_boundary_day() -> None:
    """PP 82/2019 took effect on promulgation, 2019-12-02 (Pasal II)."""
    assert jkm.death_benefit(died_on=PP44_LAST).total == Rupiah(24_000_000)
    assert jkm.death_benefit(died_on=PP82_FIRST).total == Rupiah(42_000_000)
    # masa iur 40: below 60 under PP 44, above 36 under PP 82
    before = jkm.death_benefit(died_on=PP44_LAST, contribution_months=40, children=["SD"])
    after = jkm.death_benefit(died_on=PP82_FIRST, contribution_months=40, children=["SD"])
    assert before.details["scholarship_condition"] is False
    assert after.component("scholarship, child 1").amount == Rupiah(84_000_000)


def test_pp82_scholarship_condition_36_months() -> None:
    """Pasal 34 ayat (1) huruf d as amended: masa iur at least 3 years."""
    day = dt.date(2025, 5, 10)
    no = jkm.death_benefit(died_on=day, contribution_months=35, children=["SD", "SMA"])
    yes = jkm.death_benefit(died_on=day, contribution_months=36, children=["SD", "SMA"])
    assert no.total == Rupiah(42_000_000)
    assert yes.total == Rupiah(42_000_000 + 84_000_000 + 69_000_000)
    assert sum((x for _, x in yes.payments), Rupiah(0)) == yes.total
    unknown = jkm.death_benefit(died_on=day, contribution_months=36)
    assert unknown.total == Rupiah(42_000_000)
    assert any("children" in n for n in unknown.notes)


def test_maximum_with_scholarship_216_million() -> None:
    """42 jt + 174 jt (rules note §6, derived maximum)."""
    a = jkm.death_benefit(died_on=dt.date(2025, 5, 10), contribution_months=120, children=[Child("TK")] * 2)
    assert a.total == Rupiah(216_000_000)


def test_segments() -> None:
    day = dt.date(2025, 5, 10)
    assert jkm.death_benefit(died_on=day, segment="BPU").total == Rupiah(42_000_000)
    assert jkm.death_benefit(died_on=day, segment="JAKON").total == Rupiah(42_000_000)
    with pytest.raises(InvalidInputError, match="phase"):
        jkm.death_benefit(died_on=day, segment="PMI")  # a migrant worker needs the placement phase


def test_bad_input() -> None:
    with pytest.raises(NotCoveredError):
        jkm.death_benefit(died_on=dt.date(2015, 6, 30))
    with pytest.raises(InvalidDateError, match="future"):
        jkm.death_benefit(died_on=dt.date(2025, 5, 11), as_of=dt.date(2025, 5, 10))
    with pytest.raises(InvalidInputError):
        jkm.death_benefit(died_on=dt.date(2025, 5, 10), contribution_months=-1)
    with pytest.raises(InvalidInputError):
        jkm.death_benefit(died_on=dt.date(2025, 5, 10), contribution_months=1.5)  # type: ignore[arg-type]
    with pytest.raises(UnknownValueError):
        jkm.death_benefit(died_on=dt.date(2025, 5, 10), segment="XYZ")


def test_arrears_pasal_41_42() -> None:
    day = dt.date(2025, 5, 10)
    assert jkm.arrears(months_in_arrears=3, on=day).details["payer"] == "bpjs"
    d = jkm.arrears(months_in_arrears=4, on=day)
    assert not d.eligible and d.details["payer"] == "employer"
    assert d.reasons[0].basis == ("PP 44/2015 Pasal 41",)
    assert jkm.arrears(months_in_arrears=3, on=day, segment="BPU").eligible
    bpu = jkm.arrears(months_in_arrears=4, on=day, segment="BPU")
    assert not bpu.eligible and bpu.details["payer"] == "none"
    assert "no right" in bpu.reasons[0].message


def test_coverage() -> None:
    day = dt.date(2025, 5, 10)
    assert jkm.coverage(died_on=day, covered_from=day).eligible
    late = jkm.coverage(died_on=day, covered_from=day + dt.timedelta(days=1))
    assert [r.code for r in late.failed] == ["coverage_started"]
    assert [r.code for r in jkm.coverage(died_on=day, covered_from=day, active=False).failed] == [
        "active_membership"
    ]


def test_heirs_order() -> None:
    """PP 44/2015 Pasal 37 ayat (5) and Pasal 40 ayat (2)."""
    assert who_receives(["janda", "anak", "ibu"]).cash_to == (Relative.SPOUSE, Relative.CHILD)
    assert who_receives(["ibu", "cucu", "saudara"]).cash_to == (Relative.PARENT, Relative.GRANDCHILD)
    assert who_receives(["saudara", "mertua"]).cash_to == (Relative.SIBLING,)
    assert who_receives(["mertua", "wasiat"]).cash_to == (Relative.PARENT_IN_LAW,)
    assert who_receives(["named_in_will"]).cash_to == (Relative.NAMED_IN_WILL,)
    none = who_receives([])
    assert none.to_dict() == {
        "cash_to": ["social_security_fund"],
        "funeral_to": ["funeral_organiser"],
        "basis": none.basis,
    }
    with pytest.raises(UnknownValueError):
        who_receives(["tetangga"])
    with pytest.raises(InvalidInputError):
        who_receives("janda")


def test_explain_and_json() -> None:
    a = jkm.death_benefit(died_on=dt.date(2025, 5, 10), contribution_months=40, children="SD")
    assert "Manfaat Jaminan Kematian" in a.explain().render("id")
    data = json.loads(json.dumps(a.to_dict()))
    assert data["total"] == "126000000"


def test_cli_json() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(["jkm", "--meninggal", "2025-05-10", "--masa-iur", "40", "--anak", "SD,SMA", "--json"])
    assert status == 0
    data = json.loads(out.getvalue())
    assert data["total"] == "195000000"
    assert data["components"][0]["basis"] == ["PP 44/2015 Pasal 34 ayat (1) huruf a"]


def test_cli_error_exit_2() -> None:
    assert main(["jkm", "--meninggal", "2015-01-01"]) == 2


@given(st.dates(dt.date(2015, 7, 1), dt.date(2026, 1, 1)), st.integers(0, 600))
def test_total_is_sum_and_cash_fixed(day: dt.date, months: int) -> None:
    a = jkm.death_benefit(
        died_on=day, contribution_months=months, children=["SMP"], as_of=dt.date(2026, 1, 1)
    )
    assert a.total == sum((c.amount for c in a.components), Rupiah(0))
    assert sum((x for _, x in a.payments), Rupiah(0)) == a.total
    assert a.total >= Rupiah(24_000_000)


junk = st.one_of(
    st.none(),
    st.integers(),
    st.floats(),
    st.text(max_size=8),
    st.dates(),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)


@given(junk, junk, junk, junk)
def test_fuzz(died_on: object, months: object, children: object, segment: object) -> None:
    for call in (
        lambda: jkm.death_benefit(
            died_on=died_on,
            contribution_months=months,
            children=children,  # type: ignore[arg-type]
            segment=segment,
        ),  # type: ignore[arg-type]
        lambda: jkm.arrears(months_in_arrears=months, on=died_on, segment=segment),  # type: ignore[arg-type]
        lambda: jkm.coverage(died_on=died_on, covered_from=children, active=months),  # type: ignore[arg-type]
        lambda: who_receives(children),  # type: ignore[arg-type]
    ):
        try:
            call()
        except JamsosError:
            pass
