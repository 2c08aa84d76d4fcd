"""``jamsos program``: roster files in, invoice, rejected rows, totals and report out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsos.cli import main

pd = pytest.importorskip("pandas")

ROSTER = (
    "NIK;Nama;Desa/Kelurahan;Kecamatan;Pekerjaan;Penghasilan;Bulan Mulai\n"
    "3201014108900001;Siti Aminah;Sukamaju;Cibinong;pedagang;1.000.000;\n"
    "3201014108900001;Siti Dobel;Sukamaju;Cibinong;pedagang;1.000.000;\n"
    "3201011203850002;Budi;Sukamaju;Cibinong;petani;750.000;2026-04\n"
    "3201021505700003;Joko;Karangasem;Citeureup;nelayan;2.000.000;\n"
    "32010112;Salah;Karangasem;Citeureup;petani;1.000.000;\n"
)


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    path = tmp_path / "daftar.csv"
    path.write_bytes(ROSTER.encode("cp1252"))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_indonesian_csv_to_invoice_rejected_totals_and_report(
    capsys: pytest.CaptureFixture[str], roster: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tagihan.csv"
    status, text, _ = run(
        capsys,
        "program",
        str(roster),
        "--dari",
        "2026-01",
        "--sampai",
        "2026-12",
        "-o",
        str(out),
        "--anggaran",
        "500.000",
        "--laporan",
        str(tmp_path / "laporan.html"),
        "--rekap",
        str(tmp_path / "rekap.csv"),
    )
    assert status == 0
    # Siti 12 × 16.800 + Budi 9 × 16.800 (from April) + Joko 12 × 26.800 = 674.400
    assert "Total tagihan (Rp)     674.400" in text
    # 3 × 43.600 = 130.800 to March, then 60.400 a month: 553.600 > 500.000 in October
    assert "Anggaran habis pada    Oktober 2026" in text
    invoice = pd.read_csv(out, sep=";", dtype={"nik": str})
    assert list(invoice.columns) == [
        "baris",
        "nik",
        "nama",
        "desa_kelurahan",
        "kecamatan",
        "bulan",
        "program",
        "penghasilan",
        "iuran",
    ]
    assert int(invoice["iuran"].sum()) == 674_400
    assert set(invoice["nik"]) == {"320101******0001", "320101******0002", "320102******0003"}
    rejected = pd.read_csv(tmp_path / "tagihan.csv.ditolak.csv", sep=";")
    assert list(rejected["baris"]) == [2, 5]
    assert list(rejected["alasan"]) == ["NIK sudah ada pada baris 1", "NIK harus 16 angka, tertulis 8"]
    totals = pd.read_csv(tmp_path / "rekap.csv", sep=";")
    assert int(totals[totals["tingkat"] == "bulan"]["jumlah"].sum()) == 674_400
    assert "<svg" in (tmp_path / "laporan.html").read_text(encoding="utf-8")


def test_show_nik_and_json(capsys: pytest.CaptureFixture[str], roster: Path, tmp_path: Path) -> None:
    out = tmp_path / "tagihan.parquet"
    pytest.importorskip("pyarrow")
    status, text, _ = run(
        capsys,
        "program",
        str(roster),
        "--dari",
        "2026-01",
        "--sampai",
        "2026-03",
        "-o",
        str(out),
        "--tampilkan-nik",
        "--ditolak",
        str(tmp_path / "tolak.csv"),
        "--json",
    )
    assert status == 0
    summary = json.loads(text)
    assert (summary["workers"], summary["rejected"], summary["total"]) == (2, 3, 3 * 16_800 + 3 * 26_800)
    invoice = pd.read_parquet(out)
    assert "3201014108900001" in set(invoice["nik"])
    assert "3201014108900001" in (tmp_path / "tolak.csv").read_text(encoding="utf-8-sig")


def test_excel_in_and_out(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["NIK", "Nama", "Desa", "Kecamatan", "Penghasilan"])
    ws.append(["3201014108900001", "Siti", "Sukamaju", "Cibinong", 1_000_000])
    ws.append([3201021505700003, "Joko", "Karangasem", "Citeureup", 2_000_000])
    ws.append(["3,20101E+15", "Angka", "Karangasem", "Citeureup", 1_000_000])
    src = tmp_path / "daftar.xlsx"
    book.save(src)
    out = tmp_path / "tagihan.xlsx"
    status, _, _ = run(
        capsys,
        "program",
        str(src),
        "--dari",
        "2026-01",
        "--sampai",
        "2026-02",
        "-o",
        str(out),
        "--anggaran",
        "100000",
    )
    assert status == 0
    result = openpyxl.load_workbook(out)
    assert result.sheetnames == [
        "Ringkasan",
        "Per bulan",
        "Per desa",
        "Per kecamatan",
        "Penyerapan anggaran",
        "Ditolak",
        "Catatan",
        "Pekerja x bulan",
    ]
    grid = [[c.value for c in row] for row in result["Pekerja x bulan"].iter_rows()]
    assert grid[0] == ["baris", "nik", "nama", "desa_kelurahan", "kecamatan", "2026-01", "2026-02", "jumlah"]
    assert grid[1] == [1, "320101******0001", "Siti", "Sukamaju", "Cibinong", 16_800, 16_800, 33_600]
    assert grid[2][5:] == [26_800, 26_800, 53_600]
    rejected = [[c.value for c in row] for row in result["Ditolak"].iter_rows()]
    assert rejected[1][3] == "nik_number"


def test_excel_row_limit_is_refused_not_truncated(
    capsys: pytest.CaptureFixture[str], roster: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("openpyxl")
    from jamsos.programmes import export

    monkeypatch.setattr(export, "EXCEL_MAX_ROWS", 3)
    out = tmp_path / "tagihan.xlsx"
    out.write_bytes(b"old")
    status, _, err = run(
        capsys, "program", str(roster), "--dari", "2026-01", "--sampai", "2026-12", "-o", str(out)
    )
    assert status == 2
    assert "tidak muat dalam satu lembar Excel" in err
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["daftar.csv", "tagihan.xlsx"]


def test_never_writes_over_the_input(capsys: pytest.CaptureFixture[str], roster: Path) -> None:
    before = roster.read_bytes()
    status, _, err = run(
        capsys, "program", str(roster), "--dari", "2026-01", "--sampai", "2026-12", "-o", str(roster)
    )
    assert status == 2
    assert "tidak pernah menimpa masukannya" in err
    assert roster.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (("-o", "x.json"), ".json"),
        (("-o", "x.csv", "--laporan", "x.pdf"), ".html"),
        (("-o", "x.csv", "--rekap", "x.xlsx"), "--rekap"),
    ],
)
def test_mistakes_are_one_line(
    capsys: pytest.CaptureFixture[str], roster: Path, tmp_path: Path, argv: tuple[str, ...], needle: str
) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in argv]
    status, _, err = run(capsys, "program", str(roster), "--dari", "2026-01", "--sampai", "2026-12", *args)
    assert status == 2
    assert needle in err and "Traceback" not in err


def test_excel_without_openpyxl_names_the_extra(
    capsys: pytest.CaptureFixture[str], roster: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "openpyxl", None)
    status, _, err = run(
        capsys,
        "program",
        str(roster),
        "--dari",
        "2026-01",
        "--sampai",
        "2026-02",
        "-o",
        str(tmp_path / "t.xlsx"),
    )
    assert status == 2
    assert "jamsos[excel]" in err
    assert not (tmp_path / "t.xlsx").exists()


def test_transport_workers_not_budget_funded_get_the_pp50_discount(
    capsys: pytest.CaptureFixture[str], roster: Path, tmp_path: Path
) -> None:
    # PP 50/2025: transport BPU 50% off JKK and JKM from January 2026 (Rp16.800 → Rp8.400)
    status, text, _ = run(
        capsys,
        "program",
        str(roster),
        "--dari",
        "2026-01",
        "--sampai",
        "2026-01",
        "-o",
        str(tmp_path / "t.csv"),
        "--transportasi",
        "--bukan-apbd",
        "--json",
    )
    assert status == 0
    # Siti 8.400 + Joko (2.000.000: JKK 20.000 + JKM 6.800, halved) 13.400; Budi starts in April
    assert json.loads(text)["total"] == 8_400 + 13_400
