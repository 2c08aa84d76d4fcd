"""jamsos.results.parts: shares add up by party; citations render."""

from __future__ import annotations

from jamsos import Basis, Instrument, Rupiah
from jamsos.results import Share, cite


def test_shares_add_by_party() -> None:
    a = Share(Rupiah(1), Rupiah(2), Rupiah(3))
    b = Share(Rupiah(10), Rupiah(20), Rupiah(30))
    assert a + b == Share(Rupiah(11), Rupiah(22), Rupiah(33))
    assert (a + b).total == Rupiah(66)
    assert Share.from_dict(a.to_dict(enrolled=False)) == a
    assert a.to_dict(enrolled=False) == {
        "enrolled": False,
        "employer": "1",
        "worker": "2",
        "government": "3",
        "total": "6",
    }


def test_cite_renders_bases_and_passes_text_through() -> None:
    basis = Basis(Instrument.PP, "45", 2015, "Pasal 17 ayat (2)")
    assert cite(basis, "Permenaker 5/2021 (reported)") == (
        "PP 45/2015 Pasal 17 ayat (2)",
        "Permenaker 5/2021 (reported)",
    )
