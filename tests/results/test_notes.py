"""jamsos.results.notes: notes and reasons, their codes and their two languages."""

from __future__ import annotations

import pytest

from jamsos.errors import InvalidInputError
from jamsos.results import Note, Reason
from jamsos.results.notes import as_notes, translate


def test_english_is_the_msgid_itself() -> None:
    assert translate("a text no catalog holds", "en") == "a text no catalog holds"
    assert translate("a text no catalog holds", "id") == "a text no catalog holds"


def test_a_note_is_its_english_text_with_a_code() -> None:
    n = Note("jp.capped", "capped", "dibatasi")
    assert (n, n.code, n.text, n.message("id"), n.message("en")) == (
        "capped",
        "jp.capped",
        "capped",
        "dibatasi",
        "capped",
    )
    assert n == Note("jp.capped", "capped", "dibatasi") and n != Note("jp.other", "capped", "dibatasi")
    assert Note.from_dict(n.to_dict()) == n and n.to_dict() == {
        "code": "jp.capped",
        "en": "capped",
        "id": "dibatasi",
    }


def test_coerce_and_the_notes_converter() -> None:
    assert as_notes("one remark") == (Note("note", "one remark", "one remark"),)
    assert as_notes(()) == ()
    n = Note("x", "y", "z")
    assert Note.coerce(n) is n and as_notes([n, "plain"])[1].code == "note"
    with pytest.raises(InvalidInputError, match="a note is a Note or a str, got int"):
        Note.coerce(3)  # type: ignore[arg-type]


def test_a_reason_in_both_languages() -> None:
    r = Reason("age", False, "too young", ("PP 45/2015 Pasal 15",), "terlalu muda")
    assert (r.text("en"), r.text("id"), r.basis) == ("too young", "terlalu muda", ("PP 45/2015 Pasal 15",))
    assert Reason.of("k", True, "month {m}", m=3, basis=["PP 1/2015 Pasal 1"]).message == "month 3"
