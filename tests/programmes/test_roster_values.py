"""A roster is a value (issue 12 applied to issue 14's result): ==, hash, pickle, deepcopy."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest

from jamsos import parameters, programmes

pd = pytest.importorskip("pandas")

ROWS = [
    {"NIK": "3201014108900001", "Nama": "Siti", "Desa/Kelurahan": "Sukamaju", "Kecamatan": "Cibinong",
     "Pekerjaan": "pedagang", "Penghasilan": "1.000.000"},
    {"NIK": "3201011203850002", "Nama": "Budi", "Desa/Kelurahan": "Sukamaju", "Kecamatan": "Cibinong",
     "Pekerjaan": "petani", "Penghasilan": "750.000", "Bulan Mulai": "2026-04"},
    {"NIK": "12345", "Nama": "Salah", "Desa/Kelurahan": "Sukamaju", "Kecamatan": "Cibinong",
     "Pekerjaan": "petani", "Penghasilan": "1.000.000"},
]  # fmt: skip


def run(rows: list[dict[str, str]] = ROWS, **kw: object) -> programmes.Roster:
    args: dict[str, object] = {"first_month": "2026-01", "last_month": "2026-06"}
    args.update(kw)
    return programmes.roster(rows, **args)  # type: ignore[arg-type]


def test_equal_inputs_give_equal_rosters() -> None:
    a, b = run(), run()
    assert a is not b and a == b and hash(a) == hash(b)
    assert len(a.rejected) == 1 and a.workers_accepted == 2
    assert a.law_version == parameters.law_version()


def test_pickle_and_deepcopy_keep_the_value() -> None:
    a = run()
    for other in (pickle.loads(pickle.dumps(a)), copy.deepcopy(a)):
        assert other == a and hash(other) == hash(a)
        assert other.total == a.total


def test_other_values_inputs_or_law_data_are_not_equal() -> None:
    a = run()
    assert a != run(rows=[{**ROWS[0], "Penghasilan": "1.100.000"}, *ROWS[1:]])  # another income
    assert a != run(rows=[{**ROWS[0], "Nama": "Sita"}, *ROWS[1:]])  # same invoice, another worker
    assert a != run(last_month="2026-05")  # another period
    assert a != run(jht=True)
    # the same numbers from other law data are another result (an override changes the version)
    what_if = parameters.official().override("jkm.rate", dt.date(2030, 1, 1), "0.3")
    b = run(params=what_if)
    assert b.total == a.total and b != a
    assert a != "roster" and a.__eq__(object()) is NotImplemented
