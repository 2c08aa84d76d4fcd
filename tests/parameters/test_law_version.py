"""The law-data version: a stable hash of the parameter files plus a release label."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest

from jamsos import ParameterDataError, parameters
from jamsos.parameters._loader import load_directory, official_files, read_label


def test_official_version_is_the_hash_of_the_shipped_files_and_the_release_label() -> None:
    files, label = official_files()
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(name.encode() + b"\0" + files[name].encode() + b"\0")
    version = parameters.law_version()
    assert version.hash == h.hexdigest()
    assert version.label == label and version.official
    assert re.fullmatch(r"\d{4}\.\d{2} .+", label)
    assert str(version) == f"{label} ({version.hash[:12]})"


def test_version_is_stable_across_loads() -> None:
    files, label = official_files()
    assert load_directory(files, label=label).law_version == parameters.law_version()


def test_one_changed_byte_changes_the_hash() -> None:
    files, label = official_files()
    changed = dict(files)
    changed["jkm.toml"] = changed["jkm.toml"] + "\n"
    assert load_directory(changed, label=label).law_version.hash != parameters.law_version().hash


def test_an_override_has_a_different_version_and_says_so() -> None:
    official = parameters.official()
    what_if = official.override("jp.wage_cap", dt.date(2027, 3, 1), "11650000")
    v = parameters.law_version(params=what_if)
    assert v.hash != official.law_version.hash
    assert not v.official and v.label.endswith("+ override")
    again = official.override("jp.wage_cap", dt.date(2027, 3, 1), "11650000")
    assert again.law_version == v  # the same what-if gives the same version
    other = official.override("jp.wage_cap", dt.date(2027, 3, 1), "11650100")
    assert other.law_version.hash != v.hash
    twice = what_if.override("jkm.rate", dt.date(2030, 1, 1), "0.5")
    assert twice.law_version.label.count("+ override") == 1
    assert official.law_version.official  # the official set is unchanged


@pytest.mark.parametrize(
    ("text", "label"),
    [("# comment\n\n2026.12 (x)\n", "2026.12 (x)"), ("2027.03\n# later\n", "2027.03")],
)
def test_release_label_is_the_first_non_comment_line(text: str, label: str) -> None:
    assert read_label(text) == label


def test_an_empty_release_file_is_refused() -> None:
    with pytest.raises(ParameterDataError, match="no release label"):
        read_label("# nothing\n\n")
