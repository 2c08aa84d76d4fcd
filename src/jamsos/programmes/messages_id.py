"""Indonesian texts of :mod:`jamsos.programmes` and its commands, by English msgid.

Kept beside the code until they join the project's shared message catalog; a test checks
that every ``N_()`` message of the package has its Indonesian text here.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = ["MESSAGES"]

MESSAGES: Final = MappingProxyType(
    {
        # budget and coverage
        "--dari/--sampai cost the gap: give --target too": (
            "--dari/--sampai menghitung biaya menutup kesenjangan: berikan juga --target"
        ),
        "All workers": "Semua pekerja",
        "Budget": "Anggaran",
        "Cost": "Biaya",
        "Cost of closing the gap": "Biaya menutup kesenjangan",
        "Cost of paying JKK+JKM (and optionally JHT) for non-wage earners from a regional budget, "
        "or how many workers a budget covers. Examples: jamsos anggaran --pekerja 1000 --dari "
        "2026-01 --sampai 2026-12; jamsos anggaran --dana 500.000.000 --dari 2026-01 --sampai "
        "2026-12": (
            "Biaya membayar iuran JKK+JKM (dan JHT bila dipilih) pekerja bukan penerima upah dari "
            "APBD, atau berapa pekerja yang tercakup oleh suatu anggaran. Contoh: jamsos anggaran "
            "--pekerja 1000 --dari 2026-01 --sampai 2026-12; jamsos anggaran --dana 500.000.000 "
            "--dari 2026-01 --sampai 2026-12"
        ),
        "Cost per worker for the period": "Biaya per pekerja selama periode",
        "Cost per worker per month": "Biaya per pekerja per bulan",
        "Coverage": "Cakupan",
        "Coverage = participants / workforce. With --target, the participants the target implies "
        "and the workers still to enrol; with --dari/--sampai also what covering them costs. "
        "Example: jamsos cakupan --peserta 144.070 --angkatan-kerja 528.873 --target 57,17 --dari "
        "2026-01 --sampai 2026-12": (
            "Cakupan = peserta / angkatan kerja. Dengan --target: jumlah peserta sesuai target dan "
            "pekerja yang masih harus didaftarkan; dengan --dari/--sampai juga biaya melindungi "
            "mereka. Contoh: jamsos cakupan --peserta 144.070 --angkatan-kerja 528.873 --target "
            "57,17 --dari 2026-01 --sampai 2026-12"
        ),
        "Gap (workers still to enrol)": "Kesenjangan (pekerja yang belum terdaftar)",
        "Left over": "Sisa anggaran",
        "Month": "Bulan",
        "Participants": "Peserta",
        "Participants at the target": "Peserta sesuai target",
        "Per worker": "Per pekerja",
        "Period": "Periode",
        "Short of one more worker": "Kurang untuk satu pekerja lagi",
        "Target": "Target",
        "Workers covered": "Pekerja tercakup",
        "Workforce": "Angkatan kerja",
        "also pay the optional JHT": "ikut bayar JHT (pilihan)",
        "budget for covering BPU workers (pekerja rentan): workers → cost, or budget → workers": (
            "anggaran perlindungan pekerja rentan (BPU): pekerja → biaya, atau dana → pekerja"
        ),
        "coverage rate, the gap to a target and the cost of closing it": (
            "tingkat cakupan, kesenjangan terhadap target dan biaya menutupnya"
        ),
        "declared monthly income per worker (default: the lowest income band in force)": (
            "penghasilan bulanan per pekerja (bawaan: golongan penghasilan terendah yang berlaku)"
        ),
        "each month's contribution per worker is rounded per program to whole rupiah, half up "
        "(as jamsos.contributions.non_wage_earner)": (
            "iuran per pekerja setiap bulan dibulatkan per program ke rupiah penuh, setengah ke atas "
            "(seperti jamsos.contributions.non_wage_earner)"
        ),
        "exact fraction participants / workforce; shown to 0.01 percentage point, half up": (
            "pecahan tepat peserta / angkatan kerja; ditampilkan sampai 0,01 poin persen, "
            "dibulatkan setengah ke atas"
        ),
        "exact: target participants minus participants, never below 0": (
            "tepat: peserta sesuai target dikurangi peserta, tidak pernah di bawah 0"
        ),
        "exact: the budget minus the cost": "tepat: anggaran dikurangi biaya",
        "first month YYYY-MM": "bulan pertama YYYY-MM",
        "give both --dari and --sampai, or neither": (
            "berikan --dari dan --sampai sekaligus, atau tidak sama sekali"
        ),
        "last month YYYY-MM": "bulan terakhir YYYY-MM",
        "number of workers covered": "jumlah pekerja yang dilindungi",
        "rounded down: a budget covers a worker only for the whole period": (
            "dibulatkan ke bawah: anggaran hanya mencakup pekerja untuk seluruh periode"
        ),
        "rounded up: the fewest whole workers whose share of the workforce reaches the target": (
            "dibulatkan ke atas: jumlah pekerja utuh paling sedikit yang bagiannya mencapai target"
        ),
        "target coverage in percent, e.g. 57,17": "target cakupan dalam persen, mis. 57,17",
        "the budget (e.g. 500.000.000): how many workers it covers for the whole period": (
            "dana yang tersedia (mis. 500.000.000): berapa pekerja yang tercakup selama seluruh periode"
        ),
        "the workers are transport-sector workers": "pekerja sektor transportasi",
        "with --dana: the payer is not a state or regional budget (e.g. a company's CSR fund), so "
        "the PP 50/2025 discount applies in its window": (
            "pembayar bukan APBN/APBD (mis. dana CSR perusahaan), sehingga diskon PP 50/2025 "
            "berlaku dalam masanya"
        ),
        "{first} to {last} ({n} months)": "{first} s.d. {last} ({n} bulan)",
        "{low} to {high} (see the months)": "{low} s.d. {high} (lihat per bulan)",
        "{text!r} is not a number of workers; write digits, e.g. 144.070": (
            "{text!r} bukan jumlah pekerja; tulis angka, mis. 144.070"
        ),
    }
)
