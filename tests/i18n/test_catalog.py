"""The Indonesian catalog is complete, consistent and compiled (the shipped .mo matches the .po)."""

from __future__ import annotations

import ast
import io
import re
from importlib import resources
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "src" / "jamsos" / "locale" / "id" / "LC_MESSAGES"


def _catalog():  # type: ignore[no-untyped-def]
    with (LOCALE / "jamsos.po").open("rb") as handle:
        return read_po(handle, locale="id")


def test_shipped_mo_is_compiled_from_the_po() -> None:
    """The shipped .mo holds exactly the .po's translations: run `pybabel compile` after editing.

    Compared message by message (the header carries dates and the Babel version).
    """
    shipped = resources.files("jamsos").joinpath("locale/id/LC_MESSAGES/jamsos.mo").read_bytes()
    compiled = read_mo(io.BytesIO(shipped))
    expected = {str(m.id): str(m.string) for m in _catalog() if m.id and m.string and not m.fuzzy}
    actual = {str(m.id): str(m.string) for m in compiled if m.id}
    assert actual == expected


def test_every_marked_message_has_an_indonesian_translation() -> None:
    """Each N_("...") in the source is in the catalog, translated and not fuzzy."""
    catalog = _catalog()
    marked = {
        found[2]
        for found in extract_from_dir(
            str(ROOT / "src" / "jamsos"), method_map=[("**.py", "python")], keywords={"N_": None}
        )
        if isinstance(found[2], str)
    }
    assert len(marked) >= 10
    missing = sorted(m for m in marked if not (catalog.get(m) and catalog.get(m).string))
    assert missing == []
    fuzzy = sorted(str(m.id) for m in catalog if m.id and m.fuzzy)
    assert fuzzy == []


_BRACE = re.compile(r"\{(\w+)[^}]*\}")
_PERCENT = re.compile(r"%\((\w+)\)[sr]|%[sr]")


def test_translations_keep_every_placeholder() -> None:
    """A translation uses the same {name} and %(name)s placeholders as its English msgid."""
    catalog = _catalog()
    bad = []
    for message in catalog:
        if not message.id:
            continue
        source, target = str(message.id), str(message.string)
        for pattern in (_BRACE, _PERCENT):
            if sorted(pattern.findall(source)) != sorted(pattern.findall(target)):
                bad.append(source)
    assert bad == []


_LITERAL = re.compile(r"""N_\(\s*(["'])((?:(?!\1)[^\\]|\\.)*)\1\s*\)""")


def test_messages_babel_cannot_see_are_translated_too() -> None:
    """N_("...") inside f-strings escapes Babel's extractor; a plain scan still checks them."""
    catalog = _catalog()
    found = {
        ast.literal_eval(m.group(1) + m.group(2) + m.group(1))
        for path in (ROOT / "src" / "jamsos").rglob("*.py")
        for m in _LITERAL.finditer(path.read_text(encoding="utf-8"))
    }
    assert len(found) >= 10
    missing = sorted(m for m in found if not (catalog.get(m) and catalog.get(m).string))
    assert missing == []


def test_no_message_is_defined_twice() -> None:
    """Helpers append to one catalog; a msgid defined twice would silently keep one translation."""
    text = (LOCALE / "jamsos.po").read_text(encoding="utf-8")
    blocks = [b for b in re.split(r"\n\s*\n", text) if "msgid" in b and not b.lstrip().startswith("#~")]
    ids = []
    for block in blocks:
        m = re.search(r'^msgid ((?:".*"\n?)+)', block + "\n", re.M)
        assert m is not None
        ids.append("".join(re.findall(r'"(.*)"', m.group(1))))
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == []
