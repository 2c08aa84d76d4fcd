"""JKK benefits (PP 44/2015 Pasal 25 and Lampiran III; as amended by PP 82/2019) and conditions
(Pasal 26, 38, 39, 48; Pasal 1 angka 6, 6)."""

from __future__ import annotations

import datetime as dt
import io
import json
from contextlib import redirect_stdout
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jamsos import Rupiah, jkk
from jamsos.cli import main
from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    JamsosError,
    MoneyTypeError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.jkk import DisabilityKind, Injury
from jamsos.scholarship import Child

PP44_LAST = dt.date(2019, 12, 1)
PP82_FIRST = dt.date(2019, 12, 2)
ON = dt.date(2025, 5, 10)


def amounts(award: object) -> dict[str, int]:
    return {c.name: int(c.amount) for c in award.components}  # type: ignore[attr-defined]


# -- death -------------------------------------------------------------------------------------


def test_death_pp44_pak_asep() -> None:
    """PP 44/2015 Lampiran III (as reported, rules note §9 example 2): wage Rp4 jt."""
    a = jkk.death_benefit(wage=4_000_000, on=dt.date(2019, 11, 4))
    assert amounts(a) == {
        "death benefit": 192_000_000,
        "periodic benefit": 4_800_000,
        "funeral": 3_000_000,
        "scholarship": 12_000_000,
    }
    assert a.total == Rupiah(211_800_000)


def test_death_pp82_security_guard() -> None:
    """PP 82/2019 Lampiran III (rules note §9 example 3): 150.303.408 + 12 + 10 + 69 jt."""
    a = jkk.death_benefit(wage=3_131_321, on=dt.date(2023, 3, 1), children=[Child("SMA")])
    assert a.component("death benefit").amount == Rupiah(150_303_408)
    assert a.total == Rupiah(241_303_408)
    assert sum((x for _, x in a.payments), Rupiah(0)) == a.total


def test_death_bpu_lowest_band() -> None:
    """BPU with declared income Rp1 jt (rules note §9 example 5): Rp70 jt."""
    a = jkk.death_benefit(wage=1_000_000, on=dt.date(2023, 4, 1), segment="BPU")
    assert a.total == Rupiah(70_000_000)
    assert any("declared" in n for n in a.notes)


def test_death_minimum() -> None:
    """48 x wage below Rp20 jt (PP 82) / Rp16,2 jt (PP 44, unconfirmed) pays the minimum."""
    assert jkk.death_benefit(wage=400_000, on=ON).component("death benefit").amount == Rupiah(20_000_000)
    assert jkk.death_benefit(wage=416_667, on=ON).component("death benefit").amount == Rupiah(20_000_016)
    old = jkk.death_benefit(wage=300_000, on=PP44_LAST, children=[])
    assert old.component("death benefit").amount == Rupiah(16_200_000)
    assert old.details["minimum_applied"] is True


def test_death_regime_boundary() -> None:
    before = amounts(jkk.death_benefit(wage=5_000_000, on=PP44_LAST, children=[]))
    after = amounts(jkk.death_benefit(wage=5_000_000, on=PP82_FIRST))
    assert before == {"death benefit": 240_000_000, "periodic benefit": 4_800_000, "funeral": 3_000_000}
    assert after == {"death benefit": 240_000_000, "periodic benefit": 12_000_000, "funeral": 10_000_000}


# -- disability -----------------------------------------------------------------------------------


def test_total_disability() -> None:
    """CTT: 56 x wage + periodic (rules note §9, derived); PP 44 adds the single scholarship."""
    a = jkk.disability_benefit(wage=5_000_000, on=ON, kind=DisabilityKind.TOTAL)
    assert amounts(a) == {"total disability benefit": 280_000_000, "periodic benefit": 12_000_000}
    b = jkk.disability_benefit(wage=5_000_000, on=ON, kind="total", children=["TK", "TK"])
    assert b.total == Rupiah(292_000_000 + 174_000_000)
    c = jkk.disability_benefit(wage=5_000_000, on=PP44_LAST, kind="total")
    assert c.total == Rupiah(280_000_000 + 4_800_000 + 12_000_000)


def test_anatomical_right_arm() -> None:
    """Right arm from the shoulder 40% x 80 x Rp5 jt = Rp160 jt (rules note §5, §9)."""
    a = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="anatomis", body_part="arm_from_shoulder", side="kanan"
    )
    assert a.total == Rupiah(160_000_000)
    left = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="anatomis", body_part="arm_from_shoulder", side="left"
    )
    assert left.total == Rupiah(140_000_000)
    lefty = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="anatomis", body_part="arm_from_shoulder", side="left", left_handed=True
    )
    assert lefty.total == Rupiah(160_000_000)


ROWS = jkk.body_parts(ON)


@pytest.mark.parametrize("row", ROWS, ids=[r["part"] for r in ROWS])
def test_every_table_row(row: dict[str, str]) -> None:
    """Each row: % x 80 x wage (Rp1 jt), for each side where the row has two."""
    sides = ["right", "left"] if "right" in row else [None]
    for side in sides:
        pct = Decimal(row[side] if side else row["percent"])
        a = jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", body_part=row["part"], side=side)
        assert a.total == Rupiah(pct * 800_000)
        assert ("unverified" in " ".join(a.notes)) == (row["confidence"] == "unverified")


def test_functional() -> None:
    """50% of the function of the right arm (40%): 0.5 x 0.4 x 80 x 5 jt = Rp80 jt."""
    a = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="fungsi", body_part="arm_from_shoulder", side="right", function_lost=50
    )
    assert a.total == Rupiah(80_000_000)
    final = jkk.disability_benefit(wage=5_000_000, on=ON, kind="fungsi", percent=20)
    assert final.total == Rupiah(80_000_000)
    assert any("final" in n for n in final.notes)
    with pytest.raises(InvalidInputError, match="function_lost"):
        jkk.disability_benefit(wage=5_000_000, on=ON, kind="fungsi", body_part="thumb", side="right")


def test_several_injuries_summed_and_capped() -> None:
    a = jkk.disability_benefit(
        wage=1_000_000,
        on=ON,
        kind="anatomis",
        injuries=[Injury("thumb", side="right"), Injury("index_finger", side="right")],
    )
    assert a.total == Rupiah(24 * 800_000)
    capped = jkk.disability_benefit(
        wage=1_000_000, on=ON, kind="anatomis", injuries=[Injury("both_eyes"), Injury("leg_from_hip")]
    )
    assert capped.total == Rupiah(56_000_000) and capped.details["capped"] is True
    assert jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", percent=100).total == Rupiah(
        56_000_000
    )


def test_disability_bad_input() -> None:
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", percent=101)
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", percent=-1)
    with pytest.raises(UnknownValueError, match="body part"):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", body_part="tail")
    with pytest.raises(InvalidInputError, match="side"):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis", body_part="thumb")
    with pytest.raises(InvalidInputError, match="wage"):
        jkk.disability_benefit(wage=None, on=ON, kind="total")
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=0, on=ON, kind="total")
    with pytest.raises(MoneyTypeError):
        jkk.disability_benefit(wage=5e6, on=ON, kind="total")
    with pytest.raises(UnknownValueError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="broken")
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="anatomis")
    with pytest.raises(InvalidInputError):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="total", percent=40)
    with pytest.raises(NotCoveredError):
        jkk.disability_benefit(wage=1_000_000, on=dt.date(2015, 6, 30), kind="total")
    with pytest.raises(InvalidDateError):
        jkk.disability_benefit(wage=1_000_000, on=dt.date(2025, 5, 11), kind="total", as_of=ON)
    with pytest.raises(InvalidInputError, match="phase"):
        jkk.death_benefit(wage=1_000_000, on=ON, segment="PMI")  # PMI needs the placement phase
    with pytest.raises(NotCoveredError, match="PMI"):
        jkk.disability_benefit(wage=1_000_000, on=ON, kind="total", segment="PMI")


# -- STMB ----------------------------------------------------------------------------------------


def test_stmb_pp82_100_then_50() -> None:
    """PP 82/2019 Lampiran III (as reported): months 1-12 100%, then 50% (rules note §9)."""
    a = jkk.temporary_incapacity_benefit(wage=5_000_000, first_day=dt.date(2024, 1, 1), days=366 + 31 + 28)
    assert [int(x) for _, x in a.payments] == [5_000_000] * 12 + [2_500_000] * 2
    assert a.payments[0][0] == dt.date(2024, 1, 31)
    assert a.total == Rupiah(65_000_000)


def test_stmb_pp44_steps_and_boundary() -> None:
    """PP 44/2015 (reported): 100% months 1-6, 75% months 7-12 (unconfirmed), then 50%."""
    before = jkk.temporary_incapacity_benefit(wage=4_000_000, first_day=PP44_LAST, days=400)
    after = jkk.temporary_incapacity_benefit(wage=4_000_000, first_day=PP82_FIRST, days=400)
    assert [int(x) for _, x in before.payments][:13] == [4_000_000] * 6 + [3_000_000] * 6 + [2_000_000]
    assert [int(x) for _, x in after.payments][:13] == [4_000_000] * 12 + [2_000_000]


def test_stmb_part_month_prorated() -> None:
    """10 days of a 31-day month: 5 jt x 10/31, rounded half up."""
    a = jkk.temporary_incapacity_benefit(wage=5_000_000, first_day=dt.date(2025, 1, 1), days=10)
    assert a.payments == ((dt.date(2025, 1, 10), Rupiah(1_612_903)),)
    with pytest.raises(InvalidInputError):
        jkk.temporary_incapacity_benefit(wage=5_000_000, first_day=ON, days=0)


# -- reimbursements --------------------------------------------------------------------------------


def test_reimbursement_caps_and_boundary() -> None:
    after = jkk.reimbursements(
        on=PP82_FIRST, land=9_000_000, sea=9_000_000, air=9_000_000, medical=250_000_000
    )
    assert amounts(after) == {
        "medical care": 250_000_000,
        "transport by land, river or lake": 5_000_000,
        "transport by sea": 2_000_000,
        "transport by air": 9_000_000,
    }
    before = jkk.reimbursements(on=PP44_LAST, land=9_000_000, sea=9_000_000, air=9_000_000)
    assert [int(c.amount) for c in before.components] == [0, 1_000_000, 1_500_000, 2_500_000]
    items = jkk.reimbursements(
        on=ON,
        dentures=6_000_000,
        hearing_aid=1_000_000,
        glasses=2_000_000,
        home_care=30_000_000,
        prosthesis_price=5_000_000,
    )
    assert [int(c.amount) for c in items.components] == [
        0,
        20_000_000,
        5_000_000,
        1_000_000,
        1_000_000,
        7_000_000,
    ]
    with pytest.raises(NotCoveredError):
        jkk.reimbursements(on=PP44_LAST, dentures=1_000_000)
    with pytest.raises(InvalidInputError):
        jkk.reimbursements(on=ON, land=-1)


# -- conditions ------------------------------------------------------------------------------------


def test_arrears_pasal_38_39() -> None:
    assert jkk.arrears(months_in_arrears=3, on=ON).details["payer"] == "bpjs"
    assert jkk.arrears(months_in_arrears=4, on=ON).details["payer"] == "employer"
    assert jkk.arrears(months_in_arrears=3, on=ON, segment="BPU").eligible
    assert not jkk.arrears(months_in_arrears=4, on=ON, segment="BPU").eligible


def test_claim_lapse_two_then_five_years() -> None:
    """Pasal 26: 2 years (PP 44); 5 years from the accident or diagnosis (PP 82)."""
    assert jkk.claim_lapse(event_on=PP44_LAST, claim_on=dt.date(2021, 11, 30)).eligible
    assert not jkk.claim_lapse(event_on=PP44_LAST, claim_on=dt.date(2021, 12, 1)).eligible
    d = jkk.claim_lapse(event_on=PP82_FIRST, claim_on=dt.date(2024, 12, 1))
    assert d.eligible and d.details["deadline"] == dt.date(2024, 12, 1)
    assert not jkk.claim_lapse(event_on=PP82_FIRST, claim_on=dt.date(2024, 12, 2)).eligible
    with pytest.raises(InvalidInputError):
        jkk.claim_lapse(event_on=ON, claim_on=dt.date(2025, 1, 1))


def test_occupational_disease_three_years() -> None:
    """Pasal 48 ayat (2)."""
    end = dt.date(2022, 1, 31)
    assert jkk.occupational_disease(employment_ended_on=end, diagnosed_on=dt.date(2025, 1, 31)).eligible
    assert not jkk.occupational_disease(employment_ended_on=end, diagnosed_on=dt.date(2025, 2, 1)).eligible


def test_accident_coverage_and_commuting() -> None:
    assert jkk.accident_coverage(on=ON, covered_from=ON, commuting=True).eligible
    d = jkk.accident_coverage(on=ON, covered_from=ON, commuting=True, usual_route=False)
    assert [r.code for r in d.failed] == ["commuting_usual_route"]
    assert not jkk.accident_coverage(on=ON, covered_from=ON + dt.timedelta(days=1)).eligible


# -- explanations, CLI ------------------------------------------------------------------------------


def test_explain_json() -> None:
    a = jkk.disability_benefit(
        wage=5_000_000, on=ON, kind="fungsi", body_part="arm_from_shoulder", side="right", function_lost=50
    )
    assert "cacat sebagian" in a.explain().render("id")
    json.dumps(a.to_dict())
    json.dumps(a.explain().to_dict())


def run_cli(*argv: str) -> dict[str, object]:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["jkk", *argv, "--json"]) == 0
    data: dict[str, object] = json.loads(out.getvalue())
    return data


def test_cli() -> None:
    assert (
        run_cli("--upah", "5000000", "--kejadian", "2025-05-10", "--cacat", "total")["total"] == "292000000"
    )
    assert (
        run_cli("--upah", "5.000.000", "--kejadian", "2025-05-10", "--cacat", "anatomis", "--persen", "40")[
            "total"
        ]
        == "160000000"
    )
    assert run_cli("--upah", "1000000", "--kejadian", "2023-04-01", "--meninggal")["total"] == "70000000"
    assert run_cli("--upah", "5000000", "--kejadian", "2025-01-01", "--stmb-hari", "10")["total"] == "1612903"
    assert main(["jkk", "--upah", "5000000", "--kejadian", "2025-05-10"]) == 2
    assert (
        main(
            ["jkk", "--upah", "5000000", "--kejadian", "2025-05-10", "--cacat", "anatomis", "--persen", "140"]
        )
        == 2
    )


# -- properties ------------------------------------------------------------------------------------

wages = st.integers(1, 10**9)
days = st.dates(dt.date(2015, 7, 1), dt.date(2026, 1, 1))
percents = st.decimals(0, 100, places=2)
AS_OF = dt.date(2026, 1, 1)


@given(wages, wages, days)
def test_monotone_in_wage(w1: int, w2: int, day: dt.date) -> None:
    lo, hi = sorted((w1, w2))
    for kind in ("total", "anatomis"):
        extra = {"percent": 35} if kind == "anatomis" else {}
        a = jkk.disability_benefit(wage=lo, on=day, kind=kind, as_of=AS_OF, **extra)  # type: ignore[arg-type]
        b = jkk.disability_benefit(wage=hi, on=day, kind=kind, as_of=AS_OF, **extra)  # type: ignore[arg-type]
        assert a.total <= b.total
    assert (
        jkk.death_benefit(wage=lo, on=day, as_of=AS_OF).total
        <= jkk.death_benefit(wage=hi, on=day, as_of=AS_OF).total
    )


@given(wages, percents, percents, days)
def test_monotone_in_percent_and_below_total(w: int, p1: Decimal, p2: Decimal, day: dt.date) -> None:
    lo, hi = sorted((p1, p2))
    a = jkk.disability_benefit(wage=w, on=day, kind="anatomis", percent=lo, as_of=AS_OF)
    b = jkk.disability_benefit(wage=w, on=day, kind="fungsi", percent=hi, as_of=AS_OF)
    t = jkk.disability_benefit(wage=w, on=day, kind="total", as_of=AS_OF)
    assert a.total <= b.total <= t.component("total disability benefit").amount


@given(wages, days, st.lists(st.sampled_from(["TK", "SD", "SMA", "PT"]), max_size=3))
def test_death_at_least_minimum_and_sum(w: int, day: dt.date, kids: list[str]) -> None:
    a = jkk.death_benefit(wage=w, on=day, children=kids, as_of=AS_OF)
    minimum = Rupiah(16_200_000) if day < PP82_FIRST else Rupiah(20_000_000)
    assert a.component("death benefit").amount >= minimum
    assert a.total == sum((c.amount for c in a.components), Rupiah(0))
    assert a.total == sum((x for _, x in a.payments), Rupiah(0))


@given(wages, days, st.integers(1, 800))
def test_stmb_schedule_sums(w: int, day: dt.date, n: int) -> None:
    a = jkk.temporary_incapacity_benefit(wage=w, first_day=day, days=n, as_of=AS_OF)
    assert a.total == sum((x for _, x in a.payments), Rupiah(0))
    assert a.payments[-1][0] == day + dt.timedelta(days=n - 1)
    assert a.total <= Rupiah(w) * (n // 28 + 1)


junk = st.one_of(
    st.none(),
    st.integers(-5, 10**12),
    st.floats(),
    st.text(max_size=8),
    st.dates(),
    st.booleans(),
    st.decimals(allow_nan=True),
    st.lists(st.integers(), max_size=2),
)


@given(junk, junk, junk, junk, junk)
def test_fuzz(a: object, b: object, c: object, d: object, e: object) -> None:
    calls = (
        lambda: jkk.death_benefit(wage=a, on=b, children=c, segment=d),  # type: ignore[arg-type]
        lambda: jkk.disability_benefit(wage=a, on=b, kind=c, percent=d, body_part=e),  # type: ignore[arg-type]
        lambda: jkk.disability_benefit(wage=a, on=ON, kind="fungsi", percent=d, function_lost=e, side=c),  # type: ignore[arg-type]
        lambda: jkk.temporary_incapacity_benefit(wage=a, first_day=b, days=c),  # type: ignore[arg-type]
        lambda: jkk.reimbursements(on=b, land=a, prosthesis_price=e, medical=d),  # type: ignore[arg-type]
        lambda: jkk.arrears(months_in_arrears=a, on=b, segment=c),  # type: ignore[arg-type]
        lambda: jkk.claim_lapse(event_on=a, claim_on=b),  # type: ignore[arg-type]
        lambda: jkk.occupational_disease(employment_ended_on=a, diagnosed_on=b),  # type: ignore[arg-type]
        lambda: jkk.accident_coverage(on=a, covered_from=b, commuting=c),  # type: ignore[arg-type]
        lambda: jkk.body_parts(a),  # type: ignore[arg-type]
    )
    for call in calls:
        try:
            call()
        except JamsosError:
            pass


def test_calendar_edges_raise_jamsos_errors() -> None:
    far = dt.date(9999, 1, 1)
    with pytest.raises(InvalidDateError):
        jkk.claim_lapse(event_on=far, claim_on=far)
    with pytest.raises(InvalidDateError):
        jkk.occupational_disease(employment_ended_on=far, diagnosed_on=far)
    with pytest.raises(InvalidDateError):
        jkk.temporary_incapacity_benefit(
            wage=1, first_day=dt.date(9999, 12, 1), days=100, as_of=dt.date(9999, 12, 31)
        )
    with pytest.raises(InvalidInputError, match="'1e400' is not a number"):
        jkk.disability_benefit(wage="1e400", on=ON, kind="total")
