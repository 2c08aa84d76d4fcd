"""Errors a program can act on: codes, fields, both languages, JSON form (issue 12)."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import re
from pathlib import Path

import jsonschema
import pytest

import jamsos
from jamsos import i18n
from jamsos.errors import (
    BatchError,
    InvalidDateError,
    InvalidInputError,
    JamsosError,
    UnknownValueError,
    error_classes,
)
from jamsos.i18n import N_

ROOT = Path(__file__).resolve().parents[2]
ERROR = jsonschema.Draft202012Validator(jamsos.schema("error"))


def _documented() -> dict[str, str]:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\| `([a-z_.]+)` \| `(\w+)` \|", text, flags=re.MULTILINE))


def test_every_class_has_its_own_documented_code() -> None:
    """docs/errors.md lists exactly the classes, each with a code of its own."""
    classes = error_classes()
    for cls in classes:
        assert "code" in vars(cls), f"{cls.__name__} inherits its code; give it one"
    codes = [cls.code for cls in classes]
    assert len(set(codes)) == len(codes)
    assert _documented() == {cls.code: cls.__name__ for cls in classes}


def test_template_form_renders_english_and_keeps_field_and_params() -> None:
    exc = InvalidInputError("wage must be positive, got {wage}", field="wage", wage=-5)
    assert str(exc) == "wage must be positive, got -5"
    assert (exc.code, exc.field, exc.params) == ("invalid_input", "wage", {"wage": -5})
    assert isinstance(exc, ValueError)


def test_plain_messages_keep_working() -> None:
    exc = InvalidInputError(f"{'{not a placeholder}'} stays as written")
    assert str(exc) == "{not a placeholder} stays as written" and exc.field is None


def test_indonesian_message_comes_from_the_catalog() -> None:
    """A template the catalog knows is rendered in Indonesian; unknown text stays English."""
    known = next((m for m in i18n_catalog_ids() if "{" in m and i18n.translate(m, "id") != m), None)
    if known is not None:
        names = re.findall(r"\{(\w+)[^}]*\}", known)
        exc = JamsosError(known, **dict.fromkeys(names, "X"))
        assert exc.message("id") == i18n.translate(known, "id").format(**dict.fromkeys(names, "X"))
        assert exc.message("en") == str(exc)
    plain = JamsosError("no such text in the catalog")
    assert plain.message("id") == "no such text in the catalog"
    with i18n.use_lang("en"):
        assert plain.message() == str(plain)


def i18n_catalog_ids() -> list[str]:
    from babel.messages.pofile import read_po

    po = ROOT / "src" / "jamsos" / "locale" / "id" / "LC_MESSAGES" / "jamsos.po"
    with po.open("rb") as handle:
        return [str(m.id) for m in read_po(handle) if isinstance(m.id, str) and m.id]


def _raised() -> list[JamsosError]:
    """Real errors from public functions, one per common mistake."""
    calls = [
        lambda: jamsos.Rupiah(0.1),
        lambda: jamsos.Month.parse("2025-13"),
        lambda: jamsos.contributions.wage_earner(-1, jamsos.Month(2025, 6), risk_class=1),
        lambda: jamsos.contributions.wage_earner(1_000_000, jamsos.Month(2025, 6), risk_class=9),
        lambda: jamsos.contributions.wage_earner(1_000_000, jamsos.Month(2010, 6), risk_class=1),
        lambda: jamsos.parameters.value("no.such", dt.date(2025, 1, 1)),
        lambda: jamsos.from_json("[]"),
        lambda: jamsos.schema("nope"),
    ]
    out = []
    for call in calls:
        with pytest.raises(JamsosError) as info:
            call()
        out.append(info.value)
    return out


def test_to_dict_matches_the_schema_in_both_languages() -> None:
    for exc in [*_raised(), BatchError("2 rows failed", ((1, "bad"), (3, "worse")))]:
        data = exc.to_dict()
        ERROR.validate(data)
        assert data["code"] == exc.code and data["message"]["en"] == str(exc)
        assert data["message"]["id"] == exc.message("id")


def test_fields_name_the_argument() -> None:
    money, month, *_ = _raised()
    assert money.field == "amount"
    assert month.field == "month"


def test_errors_pickle_with_code_field_and_params() -> None:
    for exc in [*_raised(), BatchError("2 rows failed", ((1, "bad"),), field="wage")]:
        back = pickle.loads(pickle.dumps(exc))
        assert type(back) is type(exc)
        assert (str(back), back.code, back.field, back.params) == (str(exc), exc.code, exc.field, exc.params)
    batch = pickle.loads(pickle.dumps(BatchError("x", ((1, "bad"),))))
    assert batch.errors == ((1, "bad"),)


def test_i18n_module_is_the_catalog_used() -> None:
    assert i18n.translate("no such text", "id") == "no such text"


def test_to_dict_of_hostile_text_is_utf8_encodable() -> None:
    """A lone surrogate from a request body cannot break the error's JSON."""
    with pytest.raises(JamsosError) as info:
        jamsos.Rupiah("\ud800")
    data = info.value.to_dict()
    ERROR.validate(data)
    json.dumps(data, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("cls", [UnknownValueError, InvalidDateError])
def test_unknown_codes_and_bad_dates_are_kinds_of_invalid_input(cls: type[JamsosError]) -> None:
    """Issue 17: one class per kind of mistake. Every ``except`` written against 0.1/0.2 still
    catches (JamsosError, ValueError, the class itself), and InvalidInputError now does too."""
    exc = cls(
        N_("{what} must be from {minimum} to {maximum}, got {value}"),
        field="x",
        what="x",
        minimum=1,
        maximum=2,
        value=3,
    )
    for base in (cls, InvalidInputError, JamsosError, ValueError):
        with pytest.raises(base):
            raise exc
    assert exc.code == {UnknownValueError: "unknown_value", InvalidDateError: "invalid_date"}[cls]
    assert exc.to_dict()["type"] == cls.__name__
    again = pickle.loads(pickle.dumps(exc))
    assert type(again) is cls and str(again) == str(exc) and again.field == "x"
