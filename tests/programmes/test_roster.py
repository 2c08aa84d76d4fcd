"""Rosters to invoices (jamsos.programmes.roster).

Hand computation for the lowest band (PP 44/2015 Pasal 20, Lampiran II): JKK 1% of
Rp1.000.000 = Rp10.000 and JKM Rp6.800 a month; an income of Rp2.000.000 pays JKK
Rp20.000. Budget-funded: no PP 50/2025 discount.
"""

from __future__ import annotations

import pytest

from jamsos import Month, Program, contributions, programmes
from jamsos.errors import BatchError, InvalidDateError, InvalidInputError, MoneyTypeError

pd = pytest.importorskip("pandas")

ROWS = [
    {
        "NIK": "3201014108900001",
        "Nama": "Siti",
        "Desa/Kelurahan": "Sukamaju",
        "Kecamatan": "Cibinong",
        "Pekerjaan": "pedagang",
        "Penghasilan": "1.000.000",
    },
    {
        "NIK": "3201014108900001",
        "Nama": "Siti lagi",
        "Desa/Kelurahan": "Sukamaju",
        "Kecamatan": "Cibinong",
        "Pekerjaan": "pedagang",
        "Penghasilan": "1.000.000",
    },
    {
        "NIK": "3201011203850002",
        "Nama": "Budi",
        "Desa/Kelurahan": "Sukamaju",
        "Kecamatan": "Cibinong",
        "Pekerjaan": "petani",
        "Penghasilan": "750.000",
        "Bulan Mulai": "2026-04",
    },
    {
        "NIK": "3201021505700003",
        "Nama": "Joko",
        "Desa/Kelurahan": "Karangasem",
        "Kecamatan": "Citeureup",
        "Pekerjaan": "nelayan",
        "Penghasilan": "2.000.000",
        "Bulan Akhir": "2026-06",
    },
    {
        "NIK": "9301011203850004",
        "Nama": "Yohanes",
        "Desa/Kelurahan": "Kelapa Lima",
        "Kecamatan": "Merauke",
        "Pekerjaan": "petani",
        "Penghasilan": None,
    },
    {
        "NIK": "32010112",
        "Nama": "Salah",
        "Desa/Kelurahan": "Karangasem",
        "Kecamatan": "Citeureup",
        "Pekerjaan": "petani",
        "Penghasilan": "1.000.000",
    },
    {
        "NIK": "3201015507600005",
        "Nama": "Wati",
        "Desa/Kelurahan": "Karangasem",
        "Kecamatan": "Citeureup",
        "Pekerjaan": "buruh tani",
        "Penghasilan": "satu juta",
    },
    {
        "NIK": "3201015507100006",
        "Nama": "Anak",
        "Desa/Kelurahan": "Karangasem",
        "Kecamatan": "Citeureup",
        "Pekerjaan": "pelajar",
        "Penghasilan": "1.000.000",
    },
    {
        "NIK": "3201015507500007",
        "Nama": "Lansia",
        "Desa/Kelurahan": "Karangasem",
        "Kecamatan": "Citeureup",
        "Pekerjaan": "petani",
        "Penghasilan": "1.000.000",
        "Bulan Mulai": "2025-12",
    },
]


def run(**kw: object) -> programmes.Roster:
    args: dict[str, object] = {
        "first_month": "2026-01",
        "last_month": "2026-12",
        "min_age": 16,
        "max_age": 65,
    }
    args.update(kw)
    return programmes.roster(ROWS, **args)  # type: ignore[arg-type]


def test_every_row_is_accepted_or_rejected_with_its_reason() -> None:
    r = run()
    assert r.rows_read == len(ROWS) == r.workers_accepted + len(r.rejected)
    assert list(r.workers["row"]) == [1, 3, 4, 5]
    reasons = {row: [f.code for f in fs] for row, _nik, _name, fs in r.rejected}
    assert reasons == {
        2: ["nik_duplicate"],
        6: ["nik_length"],
        7: ["income_invalid"],
        8: ["age_below"],  # born 15 July 2010 (day 55 = 15 + 40): 15 on 1 January 2026
        9: ["months_outside", "age_above"],  # born 15 July 1950: 75 on 1 December 2025
    }


def test_reasons_in_both_languages() -> None:
    r = run()
    table = r.rejected_rows("id").set_index("row")
    assert table.loc[2, "reason"] == "NIK sudah ada pada baris 1"
    assert table.loc[6, "reason"] == "NIK harus 16 angka, tertulis 8"
    en = r.rejected_rows("en").set_index("row")
    assert en.loc[7, "reason"] == "the declared income 'satu juta' is not an amount; write e.g. 1.000.000"


def test_amounts_hand_computed() -> None:
    r = run()
    inv = r.invoice()
    siti = inv[inv["row"] == 1]
    assert len(siti) == 24  # 12 months × JKK, JKM
    assert set(siti[siti["program"] == "JKK"]["amount"]) == {10_000}
    assert set(siti[siti["program"] == "JKM"]["amount"]) == {6_800}
    budi = inv[inv["row"] == 3]
    assert list(budi["month"].astype(str).unique()) == [
        str(m) for m in Month.range(Month(2026, 4), Month(2026, 12))
    ]
    assert set(budi["income"]) == {1_000_000}  # 750.000 placed in the lowest band
    joko = inv[(inv["row"] == 4) & (inv["program"] == "JKK")]
    assert list(joko["amount"]) == [20_000] * 6
    # Siti 12 × 16.800, Budi 9 × 16.800, Joko 6 × 26.800, Yohanes 12 × 16.800
    assert r.total == 12 * 16_800 + 9 * 16_800 + 6 * 26_800 + 12 * 16_800


def test_invoice_equals_the_scalar_api_row_by_row() -> None:
    r = run(jht=True, budget_funded=False)
    inv = r.invoice()
    assert set(inv["program"]) == {"JKK", "JKM", "JHT"}
    for month, income, program, amount in zip(
        inv["month"], inv["income"], inv["program"], inv["amount"], strict=True
    ):
        c = contributions.non_wage_earner(int(income), Month.parse(str(month)), jht=True, budget_funded=False)
        assert amount == int(c[Program.parse(str(program).lower())].total)


def test_notes_for_incomes_placed_in_the_lowest_band() -> None:
    r = run()
    notes = r.notes("en").set_index("row")
    assert (
        notes.loc[3, "note"]
        == "the declared income Rp750.000 is below the lowest band; placed in it, Rp1.000.000"
    )
    assert notes.loc[5, "note"] == "no declared income: contributions on the lowest band, Rp1.000.000"


def test_nik_masked_unless_asked() -> None:
    r = run()
    assert r.invoice()["nik"].iloc[0] == "320101******0001"
    assert r.invoice(show_nik=True)["nik"].iloc[0] == "3201014108900001"
    assert r.rejected_rows()["nik"].iloc[0] == "320101******0001"
    assert r.rejected_rows(show_nik=True)["nik"].iloc[0] == "3201014108900001"


def test_totals_by_month_village_district() -> None:
    r = run()
    m = r.by_month().set_index("month")
    assert m.loc["2026-01", "workers"] == 3 and m.loc["2026-01", "total"] == 16_800 * 2 + 26_800
    assert m.loc["2026-12", "workers"] == 3 and m.loc["2026-12", "total"] == 16_800 * 3
    assert int(m["total"].sum()) == r.total
    v = r.by_village().set_index(["district", "village"])
    assert v.loc[("Cibinong", "Sukamaju"), "workers"] == 2
    assert v.loc[("Cibinong", "Sukamaju"), "worker_months"] == 21
    assert v.loc[("Cibinong", "Sukamaju"), "total"] == 21 * 16_800
    d = r.by_district().set_index("district")
    assert int(d["total"].sum()) == r.total


def test_burn_down_and_the_month_it_runs_out() -> None:
    r = run(budget=500_000)
    burn = r.burn_down().set_index("month")
    spent_q1 = 3 * (16_800 * 2 + 26_800)
    assert burn.loc["2026-03", "left"] == 500_000 - spent_q1
    s = r.summary()
    # Jan-Mar 3 × 60.400 = 181.200; Apr-Jun 3 × 77.200 → 412.800; Jul 50.400 → 463.200;
    # Aug 50.400 → 513.600 > 500.000
    assert s["runs_out"] == "2026-08"
    assert s["left"] == 500_000 - r.total
    assert run().summary()["runs_out"] is None


def test_inputs_pandas_pyarrow_records_give_one_answer_and_are_not_modified() -> None:
    frame = pd.DataFrame(ROWS)
    before = frame.copy()
    a = programmes.roster(frame, first_month="2026-01", last_month="2026-12")
    pd.testing.assert_frame_equal(frame, before)
    pa = pytest.importorskip("pyarrow")
    b = programmes.roster(pa.Table.from_pandas(frame), first_month="2026-01", last_month="2026-12")
    c = programmes.roster(ROWS, first_month="2026-01", last_month="2026-12")
    assert a.total == b.total == c.total
    pd.testing.assert_frame_equal(a.invoice(), c.invoice())


def test_english_headers() -> None:
    rows = [
        {
            "nik": "3201014108900001",
            "name": "Siti",
            "village": "Sukamaju",
            "district": "Cibinong",
            "occupation": "trader",
            "income": 1_500_000,
            "first_month": "2026-02",
            "last_month": "2026-03",
        }
    ]
    r = programmes.roster(rows, first_month="2026-01", last_month="2026-12")
    assert r.total == 2 * (15_000 + 6_800)


def test_errors_raise_lists_every_rejected_row() -> None:
    with pytest.raises(BatchError) as exc:
        run(errors="raise")
    assert [row for row, _ in exc.value.errors] == [2, 6, 7, 8, 9]


@pytest.mark.parametrize(
    ("kw", "error", "match"),
    [
        ({"errors": "ignore"}, InvalidInputError, "collect"),
        ({"last_month": "2025-12"}, InvalidDateError, "before"),
        ({"min_age": 18.0}, MoneyTypeError, "whole number"),
        ({"min_age": 40, "max_age": 30}, InvalidInputError, "below min_age"),
        ({"budget": -1}, InvalidInputError, "negative"),
        ({"budget_funded": "ya"}, InvalidInputError, "True or False"),
    ],
)
def test_bad_options(kw: dict[str, object], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        run(**kw)


def test_bad_tables() -> None:
    with pytest.raises(InvalidInputError, match="no NIK column"):
        programmes.roster([{"nama": "x"}], first_month="2026-01", last_month="2026-12")
    with pytest.raises(InvalidInputError, match="two columns"):
        programmes.roster([{"NIK": "1", "no_ktp": "2"}], first_month="2026-01", last_month="2026-12")
    with pytest.raises(InvalidInputError, match="iterable of mappings"):
        programmes.roster("daftar.csv", first_month="2026-01", last_month="2026-12")


def test_empty_roster() -> None:
    r = programmes.roster(pd.DataFrame({"NIK": []}), first_month="2026-01", last_month="2026-12")
    assert (r.rows_read, r.total, len(r.invoice())) == (0, 0, 0)


def test_income_above_the_highest_band_is_capped_with_a_note() -> None:
    # PP 44/2015 Lampiran II (law data bpu.income_band): highest band Rp20.700.000, JKK Rp207.000
    rows = [{"NIK": "3201014108900001", "Penghasilan": "50.000.000"}]
    r = programmes.roster(rows, first_month="2026-01", last_month="2026-01")
    inv = r.invoice().set_index("program")
    assert inv.loc["JKK", "income"] == 20_700_000
    assert inv.loc["JKK", "amount"] == 207_000
    assert r.notes("en")["note"].tolist() == [
        "the declared income Rp50.000.000 is above the highest band; contributions capped at it, Rp20.700.000"
    ]
    assert r.total == int(contributions.non_wage_earner(50_000_000, "2026-01", budget_funded=True).total)
