"""Every error a person can meet reads in one language: Indonesian by default, English on request.

Two sources of errors, neither chosen by the messages' author:

* every :class:`jamsos.errors.JamsosError` the shared fuzz harness (``tests/fuzz``) provokes,
  one hostile value at a time, over every public function it knows (new entries join here
  without editing this file);
* a list of the mistakes a person makes at the command line, per subcommand (a month 13, a
  period given backwards, an unknown risk class, a negative wage, a date past the law-data
  horizon, a missing JHT return...), run as ``jamsos ...`` in both languages.

``exc.message("id")`` (and the CLI's Indonesian line) may hold no word of the English leak list
of ``test_leaks.py`` and no Python name: no keyword of a public function written bare
(``last_month``; ``assume_current_law=True`` as an instruction to type is fine), no
``NoneType``. ``exc.message("en")`` may hold no word of the Indonesian list. Typed values,
quoted text, option names and dotted names (``jp.wage_cap``) are the same in both languages and
are left out, as in ``test_leaks.py``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from jamsos.cli import main
from jamsos.errors import JamsosError

HERE = Path(__file__).parent


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


registry = _load("_fuzz_registry", HERE.parent / "fuzz" / "registry.py")
words = _load("_i18n_leak_words", HERE / "test_leaks.py")
ENTRIES = registry.entries()


def _keywords() -> frozenset[str]:
    """The keyword names of every public function the harness calls (``first_month``...)."""
    out: set[str] = set()
    for entry in ENTRIES:
        with contextlib.suppress(TypeError, ValueError):
            out.update(n for n in inspect.signature(entry.func).parameters if "_" in n.strip("_"))
    return frozenset(out)


#: Python names a person must not read in Indonesian: keywords written bare, and type names.
PYTHON_NAMES = _keywords() | {"NoneType", "parse_date", "parse_month", "parse_money", "parse_count"}
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_WORD = re.compile(r"(?<![\w.-])([A-Za-z_]\w*)(?![\w.(=])")


def python_names(text: str) -> list[str]:
    """Python names written bare in ``text`` (quoted values and ``name=`` instructions aside).

    A keyword of a public function, a type name, or any private name (``_count``: argparse
    names a ``type=`` function it cannot use).
    """
    found = _WORD.findall(_QUOTED.sub(" ", text))
    return sorted({w for w in found if w in PYTHON_NAMES or (w.startswith("_") and len(w) > 1)})


#: Dotted names (``jamsos.Month``, ``jp.wage_cap``, ``value.date()``) read the same in both languages.
_DOTTED = re.compile(r"\b\w+(?:\.\w+)+")


def problems(id_text: str, en_text: str) -> list[str]:
    """What is wrong with a message pair: English in Indonesian, Indonesian in English, Python."""
    found = []
    id_text, en_text = _DOTTED.sub(" ", id_text), _DOTTED.sub(" ", en_text)
    if leaked := words._leaks(id_text, words.ENGLISH):
        found.append(f"English words in Indonesian {leaked}: {id_text!r}")
    if names := python_names(id_text):
        found.append(f"Python names in Indonesian {names}: {id_text!r}")
    if leaked := words._leaks(en_text, words.INDONESIAN):
        found.append(f"Indonesian words in English {leaked}: {en_text!r}")
    return found


def test_the_checks_find_what_they_look_for() -> None:
    """The checker is not blind: each kind of leak is found, and a clean pair passes."""
    assert problems("upah harus lebih dari Rp0", "wage must be more than Rp0") == []
    assert len(problems("wage harus lebih dari Rp0", "wage must be more than Rp0")) == 1
    assert python_names("last_month Januari 2026, bukan NoneType") == ["NoneType", "last_month"]
    assert python_names("berikan assume_current_law=True; kolom 'first_month'") == []
    assert python_names("argumen --peserta: nilai _count tidak sah") == ["_count"]
    assert len(problems("upah harus", "the wage dan the month")) == 1


# ------------------------------------------------------------------ the fuzz harness' errors
def _is_cli(entry: registry.Entry) -> bool:
    return getattr(entry.func, "__name__", "") == "cli_call"


def _provoked() -> Iterator[tuple[str, str, str]]:
    """``(where, Indonesian, English)`` for every distinct error the harness provokes."""
    seen: set[tuple[str, str]] = set()
    for entry in ENTRIES:
        for key in entry.kinds:
            for label, value in registry.HOSTILE.items():
                try:
                    entry.call(key, value)
                except JamsosError as exc:
                    if _is_cli(entry):
                        # the command line's own line, in Indonesian; again with --lang en
                        id_text = str(exc)
                        try:
                            entry.func(*entry.args, **{**entry.kwargs, key: value, "lang": "en"})
                        except JamsosError as again:
                            en_text = str(again)
                        else:  # pragma: no cover - a refusal in one language only
                            raise AssertionError(f"{entry.name} {key}={label}: refused in id only") from None
                    else:
                        id_text, en_text = exc.message("id"), exc.message("en")
                    # one check per template and shape of value is enough; keep the run short
                    shape = (str(getattr(exc, "template", "")) or id_text, type(value).__name__)
                    if shape not in seen:
                        seen.add(shape)
                        yield f"{entry.name} {key}={label}", id_text, en_text
                except Exception:
                    continue


@pytest.fixture(scope="module")
def provoked() -> list[tuple[str, str, str]]:
    return list(_provoked())


def test_the_harness_provokes_many_kinds_of_error(provoked: list[tuple[str, str, str]]) -> None:
    # a harness that provoked nothing would make the next test pass for nothing
    assert len(provoked) > 200


def test_every_provoked_error_speaks_one_language(provoked: list[tuple[str, str, str]]) -> None:
    bad = [f"{where}: {p}" for where, id_text, en_text in provoked for p in problems(id_text, en_text)]
    assert not bad, f"{len(bad)} messages leak:\n" + "\n".join(bad)


# ------------------------------------------------------------------ a person's CLI mistakes
@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("mistakes")
    history = folder / "riwayat.csv"
    history.write_text(
        "bulan;upah\n" + "".join(f"2016-{m:02d};5.000.000\n" for m in range(1, 13)), encoding="utf-8"
    )
    recent = folder / "baru.csv"
    recent.write_text(
        "bulan;upah\n" + "".join(f"{y}-{m:02d};6.000.000\n" for y in (2023, 2024) for m in range(1, 13)),
        encoding="utf-8",
    )
    backwards = folder / "terbalik.csv"
    backwards.write_text("bulan;upah\n2024-02;6.000.000\n2024-01;6.000.000\n", encoding="utf-8")
    return {"history": history, "recent": recent, "backwards": backwards, "missing": folder / "tidak-ada.csv"}


def _mistakes(f: dict[str, Path]) -> dict[str, list[str]]:
    iuran = ["iuran", "--upah", "8000000", "--risiko", "1"]
    jkp = ["jkp", "--phk", "2025-01-10", "--alasan", "phk", "--riwayat", str(f["recent"]), "--lahir"]
    jkp += ["1990-05-01", "--terdaftar", "2022-12-01"]
    event = ["peristiwa", "phk", "--tanggal", "2025-03-10", "--lahir", "1990-05-01"]
    return {
        "month 13": [*iuran, "--bulan", "2025-13"],
        "month as words": [*iuran, "--bulan", "Juni 2025"],
        "unknown risk class": ["iuran", "--upah", "8000000", "--risiko", "9", "--bulan", "2025-06"],
        "negative wage": ["iuran", "--upah", "-5", "--risiko", "1", "--bulan", "2025-06"],
        "beyond the horizon": [*iuran, "--bulan", "2030-06"],
        "before the programs": [*iuran, "--bulan", "2010-06"],
        "unknown scale": [*iuran, "--bulan", "2025-06", "--skala", "raksasa"],
        "unknown program": [*iuran, "--bulan", "2025-06", "--program", "jkn"],
        "bpu without income": ["iuran", "--segmen", "bpu", "--bulan", "2025-06"],
        "pmi without contract": ["iuran", "--segmen", "pmi", "--bulan", "2025-06"],
        "budget backwards": ["anggaran", "--pekerja", "10", "--dari", "2026-12", "--sampai", "2026-01"],
        "budget bad workers": ["anggaran", "--pekerja", "banyak", "--dari", "2026-01", "--sampai", "2026-12"],
        "coverage over 100": ["cakupan", "--peserta", "200", "--angkatan-kerja", "100"],
        "coverage bad count": ["cakupan", "--peserta", "banyak", "--angkatan-kerja", "100"],
        "coverage half period": [
            "cakupan",
            "--peserta",
            "50",
            "--angkatan-kerja",
            "100",
            "--dari",
            "2026-01",
        ],
        "death in the future": ["jkm", "--meninggal", "2200-01-01", "--masa-iur", "40"],
        "death on 30 February": ["jkm", "--meninggal", "2025-02-30", "--masa-iur", "40"],
        "unknown school level": ["jkm", "--meninggal", "2025-03-10", "--masa-iur", "40", "--anak", "XY"],
        "jkk two outcomes": [
            "jkk",
            "--upah",
            "6000000",
            "--kejadian",
            "2025-01-05",
            "--meninggal",
            "--stmb-hari",
            "10",
        ],
        "jkk unknown disability": ["jkk", "--upah", "6000000", "--kejadian", "2025-01-05", "--cacat", "x"],
        "jkk percent over 100": [
            "jkk",
            "--upah",
            "6000000",
            "--kejadian",
            "2025-01-05",
            "--cacat",
            "anatomis",
            "--persen",
            "150",
        ],
        "jkp unknown reason": [*jkp[:3], "--alasan", "bosan", *jkp[5:]],
        "jkp claim before dismissal": [*jkp, "--klaim", "2025-01-01"],
        "jkp missing history file": [*jkp[:5], "--riwayat", str(f["missing"]), *jkp[7:]],
        "jkp history backwards": [*jkp[:5], "--riwayat", str(f["backwards"]), *jkp[7:]],
        "missing --imbal": ["jht", "saldo", "--riwayat", str(f["history"]), "--sampai", "2017-06-30"],
        "bad --imbal": [
            "jht",
            "saldo",
            "--riwayat",
            str(f["history"]),
            "--sampai",
            "2016-12-31",
            "--imbal",
            "abc=5",
        ],
        "jht unknown reason": ["jht", "cair", "--alasan", "bosan", "--tanggal", "2025-01-10"],
        "jht claim before event": [
            "jht",
            "cair",
            "--alasan",
            "phk",
            "--tanggal",
            "2025-01-10",
            "--klaim",
            "2025-01-01",
        ],
        "pension age born in the future": ["jp", "usia", "--lahir", "2200-01-01"],
        "jp death without date": [
            "jp",
            "manfaat",
            "--lahir",
            "1980-01-01",
            "--riwayat",
            str(f["recent"]),
            "--jenis",
            "kematian",
        ],
        "event unknown cause": [
            "peristiwa",
            "meninggal",
            "--tanggal",
            "2025-03-10",
            "--lahir",
            "1990-05-01",
            "--upah",
            "6 juta",
            "--sejak",
            "2022-03-01",
            "--sebab",
            "petir",
        ],
        "event unknown child": [
            "peristiwa",
            "meninggal",
            "--tanggal",
            "2025-03-10",
            "--lahir",
            "1990-05-01",
            "--upah",
            "6 juta",
            "--sejak",
            "2022-03-01",
            "--anak",
            "SD9",
        ],
        "event English thousands": [*event, "--upah", "6,000,000", "--sejak", "2022-03-01"],
        "event joined after": [*event, "--upah", "6 juta", "--sejak", "2025-03-20"],
        "unknown parameter": ["params", "jp.batas_upah"],
        "check on a bad day": ["params", "--periksa", "--pada", "2025-13-40"],
        "roster file missing": [
            "program",
            str(f["missing"]),
            "--dari",
            "2026-01",
            "--sampai",
            "2026-12",
            "-o",
            str(f["missing"].with_name("out.csv")),
        ],
    }


def _run(argv: list[str]) -> tuple[int, str]:
    err, out = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


def test_cli_mistakes_are_refused_in_the_readers_language(files: dict[str, Path]) -> None:
    bad = []
    for name, argv in _mistakes(files).items():
        code, id_text = _run(argv)
        code_en, en_text = _run([*argv, "--lang", "en"])
        if (code, code_en) != (2, 2) or "Traceback" in id_text + en_text or not id_text.strip():
            bad.append(f"{name}: not refused with one error line (exit {code}/{code_en}): {id_text!r}")
            continue
        # the error line (argparse puts its usage lines first)
        id_line, en_line = id_text.strip().splitlines()[-1], en_text.strip().splitlines()[-1]
        bad += [f"{name}: {p}" for p in problems(id_line, en_line)]
    assert not bad, "\n".join(bad)
