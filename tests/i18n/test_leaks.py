"""No English word leaks into Indonesian output, and no Indonesian word into English output.

Covers the text, help and errors of ``jamsos peristiwa`` and every subcommand's ``--help``
and the reprs (str, HTML) of life-event results. Option names (``--upah``), keyword names
(``opening=``), CSV headers (``bulan;upah``) and the values a user types (``kerja``,
``6 juta``) are the same in both languages and are left out of the check.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from jamsos import events
from jamsos.cli import main
from jamsos.i18n import use_lang

ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "is",
        "are",
        "paid",
        "pay",
        "benefit",
        "benefits",
        "balance",
        "month",
        "months",
        "claim",
        "from",
        "until",
        "usage",
        "options",
        "error",
        "show",
        "help",
        "required",
        "arguments",
        "argument",
        "pension",
        "death",
        "funeral",
        "scholarship",
        "child",
        "children",
        "widow",
        "wage",
        "payment",
        "payments",
        "schedule",
        "rule",
        "next",
        "assumed",
        "not",
        "eligible",
        "with",
        "for",
        "every",
        "each",
        "date",
        "yes",
        "no",
        "monthly",
        "years",
        "after",
        "before",
        "print",
        "language",
        "exact",
        "default",
        "file",
    ]
)
INDONESIAN = frozenset(
    [
        "dan",
        "atau",
        "dibayar",
        "bulan",
        "sampai",
        "mulai",
        "setelah",
        "tidak",
        "yang",
        "untuk",
        "klaim",
        "saldo",
        "upah",
        "tanggal",
        "penggunaan",
        "opsi",
        "kesalahan",
        "pada",
        "dengan",
        "anak",
        "jumlah",
        "berkas",
        "bawaan",
        "lahir",
        "peserta",
        "manfaat",
        "iuran",
        "meninggal",
        "tahun",
        "aturan",
        "jadwal",
        "berhak",
        "pembayaran",
        "catatan",
        "asumsi",
        "langkah",
        "beasiswa",
        "ahli",
        "waris",
    ]
)
#: Typed values and proper names that both languages share.
SHARED = frozenset(
    [
        "kerja",
        "lainnya",
        "mikro",
        "kecil",
        "menengah",
        "besar",
        "juta",
        "jt",
        "rb",
        "ribu",
        "belum",
        "phk",
        "pensiun",
        "cacat",
    ]
)

# Option and keyword names, CSV headers, HTML tags, choices, quoted values, the command path
# ("jamsos peristiwa meninggal") and the subcommand list's "name (alias)" heads: the same in
# both languages.
_STRIP = re.compile(
    r"--[\w-]+|\b\w+=|\w+[;,]\w+|<[^>]+>|\{[^}]*\}|'[^']*'|jamsos(?: (?:peristiwa|event)(?: [a-z]+)?)?"
    r"|^\s+[\w-]+ \([\w, -]+\)",
    re.M,
)


def _command_names() -> frozenset[str]:
    import argparse

    from jamsos.cli import build_parser

    names: set[str] = set()

    def walk(parser: argparse.ArgumentParser) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    names.update(name.split("-"))
                    walk(sub)

    walk(build_parser())
    return frozenset(names)


#: Command names and aliases (``iuran``, ``saldo``, ``meninggal``...) are typed, not translated.
COMMANDS = _command_names()
_FILES = re.compile(r"\S+\.(?:csv|parquet)\b|\((?:kolom|columns): [^)]*\)|\w+(?:[._]\w+)+|(?<!\w)/\S+")


def _leaks(text: str, forbidden: frozenset[str]) -> list[str]:
    # Upper-case words are metavars (placeholders such as TANGGAL or DATE).
    text = _FILES.sub(" ", _STRIP.sub(" ", text))
    words = [w for w in re.findall(r"[A-Za-z]+", text) if not (w.isupper() and len(w) > 1)]
    # Indonesian command names (iuran, saldo) appear in English usage lines and examples.
    exempt = SHARED | COMMANDS if forbidden is INDONESIAN else SHARED
    return sorted({w for w in words if w.lower() in forbidden and w.lower() not in exempt})


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    try:
        main(argv)
    except SystemExit:
        pass
    out, err = capsys.readouterr()
    return out + err


EVENT_ARGS = {
    "phk": ["--upah", "6 juta", "--sejak", "2022-03-01", "--saldo-jht", "25 juta"],
    "meninggal": [
        "--sebab",
        "kerja",
        "--upah",
        "6 juta",
        "--sejak",
        "2022-03-01",
        "--pasangan",
        "--anak",
        "SD3:2016-01-05",
    ],
    "pensiun": ["--upah", "8 juta", "--sejak", "2015-07-01"],
    "cacat": ["--upah", "6 juta", "--sejak", "2022-03-01"],
}
CASES = [
    *(
        ["peristiwa", name, "--tanggal", "2025-03-10", "--lahir", "1990-05-01", *args]
        for name, args in EVENT_ARGS.items()
    ),
    *(["peristiwa", name, "--help"] for name in EVENT_ARGS),
    *(
        ["peristiwa", name, "--tanggal", "2025-03-10", "--lahir", "1990-05-01", *args, "--rinci"]
        for name, args in EVENT_ARGS.items()
        if name in ("phk", "pensiun")
    ),
    ["peristiwa", "--help"],
    ["peristiwa", "phk", "--tanggal", "2025-03-10"],
    [
        "peristiwa",
        "phk",
        "--tanggal",
        "2025-03-10",
        "--lahir",
        "1990-05-01",
        "--upah",
        "6,000",
        "--sejak",
        "2022-03-01",
    ],
    [
        "peristiwa",
        "phk",
        "--tanggal",
        "2025-03-10",
        "--lahir",
        "1990-05-01",
        "--upah",
        "6 kg",
        "--sejak",
        "2022-03-01",
    ],
    ["peristiwa", "bogus"],
    *(
        ["iuran", *args]
        for args in (
            ["--upah", "8000000", "--risiko", "sangat-rendah", "--bulan", "2025-06"],
            ["--upah", "8000000", "--risiko", "2", "--bulan", "2020-09", "--skala", "kecil"],
            ["--upah", "8000000", "--risiko", "1", "--bulan", "2025-06", "--program", "jkk,jkm"],
            ["--segmen", "bpu", "--upah", "1000000", "--bulan", "2026-05"],
            ["--segmen", "bpu", "--upah", "500000", "--bulan", "2026-05", "--jht"],
            ["--segmen", "bpu", "--upah", "30000000", "--bulan", "2025-06"],
        )
    ),
    ["jkm", "--meninggal", "2025-03-10", "--masa-iur", "24", "--anak", "SD3"],
]


def _command_paths() -> list[list[str]]:
    """Every subcommand path of the parser (``["jht", "saldo"]``...), aliases left out."""
    import argparse

    from jamsos.cli import build_parser

    paths: list[list[str]] = [[]]

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                seen: set[int] = set()
                for name, sub in action.choices.items():
                    if id(sub) not in seen:
                        seen.add(id(sub))
                        paths.append([*path, name])
                        walk(sub, [*path, name])

    walk(build_parser(), [])
    return paths


HELP = [[*path, "--help"] for path in _command_paths()]
#: Subcommands whose help the programmes helper wrote with Indonesian msgids (no English text yet).
_INDONESIAN_ONLY: set[str] = set()


@pytest.mark.parametrize("argv", HELP, ids=lambda a: " ".join(a))
def test_every_help_in_indonesian_has_no_english(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert _leaks(_run(capsys, argv), ENGLISH) == []


@pytest.mark.parametrize(
    "argv", [a for a in HELP if not _INDONESIAN_ONLY & set(a)], ids=lambda a: " ".join(a)
)
def test_every_help_in_english_has_no_indonesian(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    text = _run(capsys, ["--lang", "en", *argv])
    if not argv[:-1]:  # the top-level list shows the Indonesian-only subcommands' one-line help
        text = "\n".join(line for line in text.splitlines() if not _INDONESIAN_ONLY & set(line.split()))
    assert _leaks(text, INDONESIAN) == []


@pytest.mark.parametrize("argv", CASES, ids=lambda a: " ".join(a[:3]))
def test_cli_indonesian_has_no_english(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert _leaks(_run(capsys, argv), ENGLISH) == []


@pytest.mark.parametrize("argv", CASES, ids=lambda a: " ".join(a[:3]))
def test_cli_english_has_no_indonesian(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert _leaks(_run(capsys, ["--lang", "en", *argv]), INDONESIAN) == []


README_COMMAND = ["iuran", "--upah", "8000000", "--risiko", "sangat-rendah", "--bulan", "2025-06"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_readme_first_command_fits_a_terminal(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    lines = _run(capsys, ["--lang", lang, *README_COMMAND]).splitlines()
    assert max(len(line) for line in lines) <= 100
    assert len(lines) <= 43
    # the answer first: the total is in the table at the top
    assert any("Rp750.200" in line for line in lines[:10])


def _results() -> list[events.LifeEvent]:
    common = {"birth_date": dt.date(1990, 5, 1), "wage": 6_000_000, "member_since": dt.date(2022, 3, 1)}
    on = dt.date(2025, 3, 10)
    family = events.Family(spouse=True, children=["SD3:2016-01-05", "TK"])
    return [
        events.dismissal(on=on, opening=25_000_000, **common),  # type: ignore[arg-type]
        events.death(on=on, cause="work_accident", family=family, **common),  # type: ignore[arg-type]
        events.death(on=on, cause="other", family=family, **common),  # type: ignore[arg-type]
        events.retirement(on=on, **common),  # type: ignore[arg-type]
        events.disability(on=on, family=family, **common),  # type: ignore[arg-type]
    ]


def test_reprs_follow_the_language_setting() -> None:
    for result in _results():
        with use_lang("id"):
            assert _leaks(str(result), ENGLISH) == []
            assert _leaks(result._repr_html_(), ENGLISH) == []
        with use_lang("en"):
            assert _leaks(str(result), INDONESIAN) == []
            assert _leaks(result._repr_html_(), INDONESIAN) == []


def test_the_checker_itself_finds_a_leak() -> None:
    assert _leaks("Dibayar the benefit --upah", ENGLISH) == ["benefit", "the"]
    assert _leaks("paid dan", INDONESIAN) == ["dan"]


def _error_files(folder: Path) -> dict[str, Path]:
    """Input files that make ``jamsos batch`` refuse: each user mistake the CLI reports."""
    header = "worker_id,month,wage,segment,risk_class\n"
    files = {
        "bad_rows": header + "1,2025-01,abc,PU,1\n2,2025-01,-5,PU,1\n3,2025-01,5000000,PU,1\n",
        "ragged": header + "1,2025-01,5000000,PU,1\n2,2025-01,5000000,PU,1,x\n",
        "empty": "",
    }
    out = {}
    for name, text in files.items():
        out[name] = folder / f"{name}.csv"
        out[name].write_text(text, encoding="utf-8")
    out["latin"] = folder / "latin.csv"
    out["latin"].write_bytes(b"\xef\xbb\xbfworker_id,wage\n1,2\n\xe9,3\n")
    return out


def _error_cases(folder: Path) -> list[list[str]]:
    f = _error_files(folder)
    out = str(folder / "out.csv")
    return [
        ["batch", str(f["bad_rows"]), "-o", str(f["bad_rows"])],
        ["batch", str(f["ragged"]), "-o", out],
        ["batch", str(f["empty"]), "-o", out],
        ["batch", str(f["latin"]), "-o", out],
        ["batch", str(f["bad_rows"]), "-o", out],
        ["batch", str(folder / "missing.csv"), "-o", out],
        ["batch", str(f["bad_rows"]), "-o", str(folder / "out.xlsx")],
        ["batch", str(f["bad_rows"]), "-o", out, "--pemisah", "x"],
        ["iuran", "--upah", "8000000", "--risiko", "9", "--bulan", "2025-06"],
        ["iuran", "--upah", "-5", "--risiko", "1", "--bulan", "2025-06"],
        ["iuran", "--upah", "8000000", "--risiko", "1", "--bulan", "2010-06"],
        ["iuran", "--upah", "8000000", "--risiko", "1", "--bulan", "2025-06", "--skala", "raksasa"],
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cli_errors_speak_one_language(tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> None:
    """File, batch and input errors: Indonesian by default, English with --lang en."""
    forbidden = ENGLISH if lang == "id" else INDONESIAN
    for argv in _error_cases(tmp_path):
        text = _run(capsys, [*argv, "--lang", lang])
        assert text.startswith("jamsos: "), argv
        assert _leaks(text, forbidden) == [], (argv, text)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_rejected_rows_file_speaks_the_cli_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    src = _error_files(tmp_path)["bad_rows"]
    out = tmp_path / "out.csv"
    _run(capsys, ["batch", str(src), "-o", str(out), "--errors", "collect", "--lang", lang])
    reasons = (tmp_path / "out.csv.rejected.csv").read_text(encoding="utf-8")
    assert ("upah harus lebih dari Rp0" in reasons) is (lang == "id")
    assert ("wage must be more than Rp0" in reasons) is (lang == "en")
    assert _leaks(reasons, ENGLISH if lang == "id" else INDONESIAN) == []
