"""``Explanation.later``: an explanation whose tree is built on first use (issue 10).

Its text comes from the given function; every other use (fields, equality, hashing,
pickling, JSON, walking, HTML) builds the tree once and sees exactly that tree.
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable

import pytest

from jamsos.errors import UnknownValueError
from jamsos.explain import Explanation
from jamsos.money import Rupiah


def _tree() -> Explanation:
    return Explanation(
        "Total",
        "Jumlah",
        Rupiah(7),
        (("wage", Rupiah(100)),),
        children=(Explanation("part", "bagian", Rupiah(7), (("wage", Rupiah(100)),)),),
        note="rounded",
        note_id="dibulatkan",
    )


class _Source:
    """A tree to build later and its text now, counting what was asked."""

    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    def tree(self) -> Explanation:
        self.calls.append("build")
        return _tree()

    def text(self, lang: str) -> str:
        self.calls.append(f"text {lang}")
        return _tree().render(lang)


def _later(calls: list[str]) -> Explanation:
    return Explanation.later(_Source(calls))


def test_the_text_is_read_without_building_the_tree() -> None:
    calls: list[str] = []
    e = _later(calls)
    assert e.render("id") == "Jumlah: Rp7\n  · upah = Rp100\n  ! dibulatkan\n  bagian: Rp7"
    assert e.render("en") == _tree().render("en")
    assert calls == ["text id", "text en"]


def test_an_unknown_language_is_refused_before_the_text_is_asked() -> None:
    calls: list[str] = []
    with pytest.raises(UnknownValueError, match="unknown language 'fr'; accepted: en, id"):
        _later(calls).render("fr")
    assert calls == []


@pytest.mark.parametrize(
    "use",
    [
        lambda e: e.title,
        lambda e: e.children[0].title_id,
        lambda e: e.to_dict(),
        lambda e: list(e.walk()),
        lambda e: e.citations(),
        lambda e: e._repr_html_(),
        hash,
        repr,
        lambda e: pickle.loads(pickle.dumps(e)),
        copy.deepcopy,
    ],
)
def test_every_other_use_builds_the_same_tree_once(use: Callable[[Explanation], object]) -> None:
    calls: list[str] = []
    e = _later(calls)
    assert use(e) == use(_tree())
    assert e == _tree()
    assert hash(e) == hash(_tree())
    assert e.to_dict() == _tree().to_dict()
    assert calls == ["build"]


def test_a_pickled_tree_is_a_plain_tree_with_the_layout_of_earlier_versions() -> None:
    e = _later([])
    state = e.__getstate__()
    assert sorted(state) == [
        "children",
        "inputs",
        "note",
        "note_id",
        "parameters",
        "title",
        "title_id",
        "value",
    ]
    restored = pickle.loads(pickle.dumps(e))
    assert restored == _tree()
    assert restored.render("id") == _tree().render("id")
    # a state written by jamsos 0.2 (the same keys) reads back the same
    old = Explanation.__new__(Explanation)
    old.__setstate__(_tree().__getstate__())
    assert old == _tree()
    assert str(old.render("en")) == _tree().render("en")


def test_a_missing_attribute_is_still_an_attribute_error() -> None:
    e = _later([])
    assert not hasattr(e, "nothing")
    assert not hasattr(_tree(), "nothing")


def test_the_html_writes_months_and_days_out_as_the_text_does() -> None:
    """Notebook HTML said "bulan iuran 2025-06" where render("id") says "Juni 2025"."""
    tree = Explanation(
        "Contributions, contribution month 2025-06",
        "Iuran, bulan iuran 2025-06",
        Rupiah(7),
        note="paid by 2025-07-15",
        note_id="dibayar paling lambat 2025-07-15",
    )
    html_id = tree._html("id", 0)
    assert "Iuran, bulan iuran Juni 2025" in html_id and "dibayar paling lambat 15 Juli 2025" in html_id
    assert "2025-06" not in html_id and "2025-07-15" not in html_id
    html_en = tree._html("en", 0)
    assert "contribution month June 2025" in html_en and "paid by 15 July 2025" in html_en
    assert tree.render("id").splitlines()[0].startswith("Iuran, bulan iuran Juni 2025")
