"""No English word leaks into Indonesian output, and no Indonesian word into English output.

Covers every subcommand's ``--help``, the result text of every subcommand (``iuran`` for every
segment, ``jkk``, ``jkm``, ``jht`` incl. ``jht saldo``, ``jp``, ``jkp``, ``peristiwa``, ``anggaran``,
``program``, ``cakupan``, ``params``, the ``batch`` summary), CLI errors, and the library reprs
(``str``, explanation text, HTML) of the result of every program and of life events. Option names (``--upah``), keyword names
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
        # result texts (notes, component names, explanation steps and inputs)
        "at",
        "to",
        "on",
        "in",
        "by",
        "or",
        "if",
        "day",
        "days",
        "first",
        "last",
        "amount",
        "accident",
        "disability",
        "heir",
        "heirs",
        "lump",
        "sum",
        "periodic",
        "earliest",
        "event",
        "waiting",
        "period",
        "membership",
        "withdrawal",
        "partial",
        "housing",
        "reached",
        "least",
        "most",
        "allowed",
        "earlier",
        "average",
        "density",
        "factor",
        "used",
        "above",
        "below",
        "limits",
        "cap",
        "capped",
        "share",
        "side",
        "right",
        "left",
        "table",
        "injury",
        "percent",
        "steps",
        "income",
        "band",
        "contract",
        "value",
        "construction",
        "tiers",
        "worker",
        "workers",
        "employer",
        "government",
        "relief",
        "discount",
        "other",
        "deemed",
        "revalued",
        "inflation",
        "accrual",
        "projection",
        "growth",
        "wages",
        "contribution",
        "contributions",
        "rate",
        "rates",
        "return",
        "opening",
        "yearly",
        "credited",
        "rounded",
        "whole",
        "half",
        "statement",
        "resignation",
        "age",
        "reaching",
        "widower",
        "start",
        "times",
        "during",
        "dismissal",
        "coverage",
        "budget",
        "gap",
        "participants",
        "workforce",
        "covered",
        "cost",
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
        # result texts
        "hari",
        "pertama",
        "sejak",
        "berlaku",
        "kecelakaan",
        "kematian",
        "santunan",
        "janda",
        "duda",
        "kepesertaan",
        "pekerja",
        "pemberi",
        "penghasilan",
        "sebagian",
        "pencairan",
        "paling",
        "cepat",
        "lambat",
        "dibulatkan",
        "setengah",
        "penuh",
        "sekaligus",
        "berkala",
        "pemakaman",
        "biaya",
        "tingkat",
        "tarif",
        "batas",
        "usia",
        "kali",
        "sebelum",
        "terkonfirmasi",
        "dikonfirmasi",
        "dari",
        "ya",
        "bukan",
        "kurang",
        "lebih",
        "selama",
        "setiap",
        "bagian",
        "periode",
        "anggaran",
        "cakupan",
        "kesenjangan",
        "sasaran",
        "tercakup",
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
# File names, CSV headers, identifiers, paths, a citation's "y-on-y", and the legal term quoted
# as a gloss in English ("BPU workers (pekerja rentan)").
_FILES = re.compile(
    r"\S+\.(?:csv|parquet)\b|\by-on-y\b|\(pekerja rentan\)|\[,\w+\]|\((?:kolom|columns): [^)]*\)"
    r"|\w+(?:[._]\w+)+|(?<!\w)/\S+"
)


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


HISTORY = str(Path(__file__).parents[2] / "docs" / "examples" / "riwayat.csv")
ROSTER = str(Path(__file__).parents[2] / "docs" / "examples" / "daftar.csv")


def _result_cases() -> dict[str, list[str]]:
    """One command per result kind a person reads (every program, segment and subcommand)."""
    jkk = "jkk --kejadian 2025-03-10 --upah 6000000"
    arm = "--bagian arm_from_shoulder --sisi kanan"
    jp = f"jp manfaat --lahir 1990-01-01 --riwayat {HISTORY}"
    saldo = f"jht saldo --riwayat {HISTORY} --sampai 2025-12-31 --imbal 2024=5,5 --imbal 2025=5,5"
    jkp = f"jkp --phk 2025-03-01 --riwayat {HISTORY} --lahir 1990-05-17 --terdaftar 2023-01-02"
    year = "--dari 2026-01 --sampai 2026-12"
    cases = {
        "iuran jakon": "iuran --segmen jakon --nilai 1000000000 --bulan 2025-06",
        "iuran pmi": "iuran --segmen pmi --tanggal 2024-05-01 --kontrak 24",
        "iuran pmi jht": "iuran --segmen pmi --tanggal 2024-05-01 --kontrak 9 --jht-pmi 100000",
        "iuran bpu transport": "iuran --segmen bpu --upah 2000000 --bulan 2025-06 --transportasi --apbd",
        "jkk death": f"{jkk} --meninggal --anak SD,SMA",
        "jkk total": f"{jkk} --cacat total --anak SD",
        "jkk anatomical": f"{jkk} --cacat anatomis {arm}",
        "jkk functional": f"{jkk} --cacat fungsi {arm} --fungsi-hilang 50",
        "jkk percent": f"{jkk} --cacat anatomis --persen 30",
        "jkk stmb": f"{jkk} --stmb-hari 400",
        "jkk bpu": f"{jkk} --stmb-hari 40 --segmen bpu",
        "jkm short": "jkm --meninggal 2025-03-10 --masa-iur 2 --anak SD",
        "jht saldo": f"{saldo} --tarik 2025-06-01=1000000",
        "jht saldo monthly": f"{saldo} --cara bulanan --saldo-awal 2023-12-31=1000000",
        "jht cair": "jht cair --alasan resign --tanggal 2025-03-01 --klaim 2025-04-01",
        "jht cair early": "jht cair --alasan resign --tanggal 2025-03-01 --klaim 2025-03-05",
        "jht cair usia": "jht cair --alasan usia --tanggal 2025-03-01 --lahir 1969-01-01",
        "jht sebagian": "jht sebagian --tujuan rumah --saldo 100000000 --mulai 2014-03-01 --tanggal 2025-03-01",
        "jht sebagian no": "jht sebagian --tujuan lainnya --saldo 100000000 --mulai 2023-03-01 --tanggal 2025-03-01",
        "jp usia": "jp usia --lahir 1990-05-05",
        "jp disability": f"{jp} --jenis cacat --tanggal 2025-06-01",
        "jp death": f"{jp} --jenis kematian --tanggal 2025-06-01 --pasangan --anak 2015-01-01",
        "jp projection": f"{jp} --jenis proyeksi --bulan 3",
        "jkp": f"{jkp} --alasan efisiensi --upah 6000000",
        "jkp resign": f"{jkp} --alasan mengundurkan-diri",
        "anggaran": f"anggaran --pekerja 1000 {year}",
        "anggaran dana": f"anggaran --dana 500.000.000 {year} --jht",
        "cakupan": f"cakupan --peserta 144.070 --angkatan-kerja 528.873 --target 57,17 {year}",
        "params": "params jp.wage_cap",
        "params jkk": "params jkk",
        "params changes": "params --berubah 2025-01 2025-06",
    }
    return {name: argv.split() for name, argv in cases.items()}


RESULTS = _result_cases()

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
    *RESULTS.values(),
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
    text = _run(capsys, ["--lang", "en", *argv])
    if (
        argv[0] == "params"
    ):  # English descriptions gloss the legal term: "risk class 4 (tingkat risiko tinggi)"
        text = re.sub(r"\([^()]*\)", " ", text)
    assert _leaks(text, INDONESIAN) == []


README_COMMAND = ["iuran", "--upah", "8000000", "--risiko", "sangat-rendah", "--bulan", "2025-06"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_readme_first_command_fits_a_terminal(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    lines = _run(capsys, ["--lang", lang, *README_COMMAND]).splitlines()
    assert max(len(line) for line in lines) <= 100
    assert len(lines) <= 40
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


def _captured_results(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[object]:
    """The result object of every case in RESULTS, as the CLI computed it (``emit`` captured)."""
    import importlib
    import pkgutil

    import jamsos._cli

    seen: list[object] = []

    def capture(args: object, result: object, *, compact: bool = False, summary: object = None) -> int:
        if hasattr(result, "_repr_html_"):
            seen.append(result)
        else:  # the CLI's wrapper of library results (jht saldo's statement, jkp's report)
            parts = [getattr(result, name, None) for name in ("award", "decision")]
            seen.extend(v for v in parts if hasattr(v, "_repr_html_"))
        return 0

    for info in pkgutil.iter_modules(jamsos._cli.__path__):
        module = importlib.import_module(f"jamsos._cli.{info.name}")
        if hasattr(module, "emit"):
            monkeypatch.setattr(module, "emit", capture)
    cases = [argv for argv in RESULTS.values() if argv[0] != "params"]  # params prints data, no result
    for argv in cases:
        _run(capsys, argv)
    assert len(seen) >= len(cases) - 3  # anggaran (both) and cakupan print their programmes results
    from jamsos import contributions, jkk, jkm, programmes

    year = {"first_month": "2026-01", "last_month": "2026-12"}
    died = dt.date(2025, 3, 10)
    seen += [jkm.death_benefit(died_on=died, segment="PMI", phase=phase) for phase in ("before", "during")]
    seen.append(jkk.death_benefit(wage=5_000_000, on=died, segment="PMI", phase="after"))
    seen.append(contributions.programme_budget(workers=10, income=2_000_000, jht=True, **year))
    coverage = programmes.coverage(participants=144_070, workforce=528_873, target="57.17")
    return [
        *seen,
        programmes.cost(workers=1000, income=1_000_000, **year),
        programmes.workers_covered(500_000_000, **year),
        coverage,
        coverage.closing_cost(**year),
    ]


def test_library_reprs_speak_one_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """str(), the explanation and the HTML view of every program's result, in both languages."""
    for result in _captured_results(monkeypatch, capsys):
        for lang, forbidden in (("id", ENGLISH), ("en", INDONESIAN)):
            with use_lang(lang):
                texts = {
                    # programmes' results are attrs values: their text is table()
                    "str": str(result) if hasattr(result, "_repr_html_") else result.table(lang),  # type: ignore[attr-defined]
                    "explain": result.explain().render(lang),  # type: ignore[attr-defined]
                    "explain html": result.explain()._repr_html_(),  # type: ignore[attr-defined]
                }
                if hasattr(result, "_repr_html_"):  # programmes' results have no HTML view of their own
                    texts["html"] = result._repr_html_()
            for kind, text in texts.items():
                assert _leaks(text, forbidden) == [], (type(result).__name__, lang, kind, text)


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
