"""The columns of a district roster, and the Indonesian and English headers that name them.

Headers are matched after lower-casing and turning every run of spaces and punctuation
into ``_``: ``"Desa/Kelurahan"``, ``"desa_kelurahan"`` and ``"DESA KELURAHAN"`` are one
header. Only ``nik`` is required; a missing name, village or district column leaves the
cells blank, a missing income column puts everyone on the lowest income band, missing
month columns cover the whole programme period.

>>> canonical("Desa/Kelurahan"), canonical("Penghasilan per Bulan"), canonical("NIK")
('village', 'income', 'nik')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from jamsos.errors import InvalidInputError
from jamsos.i18n import N_

__all__ = ["ALIASES", "COLUMNS", "canonical", "match_columns"]

#: Canonical column → the headers (normalized) that name it, Indonesian first.
ALIASES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "nik": ("nik", "no_nik", "nomor_nik", "no_ktp", "nomor_ktp", "ktp", "nomor_induk_kependudukan"),
        "name": ("nama", "nama_lengkap", "nama_peserta", "nama_pekerja", "name", "full_name"),
        "village": (
            "desa_kelurahan",
            "desa",
            "kelurahan",
            "desa_kel",
            "kel_desa",
            "kelurahan_desa",
            "village",
        ),
        "district": ("kecamatan", "kec", "district", "subdistrict"),
        "occupation": ("pekerjaan", "jenis_pekerjaan", "profesi", "occupation", "job"),
        "income": (
            "penghasilan",
            "penghasilan_bulanan",
            "penghasilan_per_bulan",
            "penghasilan_sebulan",
            "income",
            "declared_income",
            "monthly_income",
        ),
        "first_month": ("bulan_mulai", "mulai", "dari", "dari_bulan", "first_month", "start_month", "from"),
        "last_month": (
            "bulan_akhir",
            "bulan_selesai",
            "selesai",
            "sampai",
            "sampai_bulan",
            "last_month",
            "end_month",
            "to",
        ),
    }
)

#: The canonical columns, in the order reports show them.
COLUMNS: Final = tuple(ALIASES)

_BY_HEADER: Final = MappingProxyType({h: c for c, hs in ALIASES.items() for h in hs})
_PUNCT: Final = re.compile(r"[^0-9a-z]+")


def canonical(header: object) -> str | None:
    """The canonical column a header names, or ``None`` for a column the roster ignores."""
    key = _PUNCT.sub("_", str(header).strip().lower()).strip("_")
    return _BY_HEADER.get(key)


def match_columns(headers: Iterable[object]) -> dict[str, object]:
    """Canonical column → the table's header, refusing a roster without a NIK column or
    with two headers for one column."""
    found: dict[str, object] = {}
    for header in headers:
        col = canonical(header)
        if col is None:
            continue
        if col in found:
            raise InvalidInputError(
                N_("the roster has two columns for {col}: {first_header!r} and {header!r}; keep one"),
                col=col,
                first_header=found[col],
                header=header,
            )
        found[col] = header
    if "nik" not in found:
        raise InvalidInputError(
            N_("the roster has no NIK column; name it NIK (accepted: {names})"),
            field="nik",
            names=", ".join(ALIASES["nik"]),
        )
    return found
