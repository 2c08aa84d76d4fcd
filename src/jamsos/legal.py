"""Structured citations of Indonesian regulations.

Every legal number in jamsos carries a :class:`Basis`: the instrument (*UU*, *PP*,
*Perpres*, *Permenaker*...), its number and year, and the article (*Pasal* and *ayat*, or
a *Lampiran*). It renders the way Indonesian lawyers write it:

>>> Basis(Instrument.PP, "45", 2015, "Pasal 29 ayat (2)").cite()
'PP 45/2015 Pasal 29 ayat (2)'

Glossary: *UU* (Undang-Undang) is a statute; *PP* (Peraturan Pemerintah) a government
regulation; *Perpres* a presidential regulation; *Permenaker* a regulation of the Minister
of Manpower; *PMK* a regulation of the Minister of Finance; *Peraturan BPJS* and *SE BPJS*
(Surat Edaran, a circular letter) are issued by BPJS Ketenagakerjaan itself.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Final, final

import attrs

from jamsos.errors import ParameterDataError
from jamsos.i18n import N_

__all__ = ["Basis", "Instrument", "Status"]


class Instrument(enum.Enum):
    """Kinds of legal instrument, by the abbreviation used in citations."""

    UU = "UU"
    PP = "PP"
    PERPRES = "Perpres"
    INPRES = "Inpres"
    PERMENAKER = "Permenaker"
    PMK = "PMK"
    PERATURAN_BPJS = "Peraturan BPJS"
    PERDIR_BPJS = "Perdir BPJS"
    SE_BPJS = "SE BPJS"
    BPS = "BPS"  # statistics releases (inflation, GDP growth) that laws index on

    @classmethod
    def parse(cls, text: str) -> Instrument:
        """Accept the citation abbreviation (``"PP"``, ``"Permenaker"``...)."""
        for member in cls:
            if member.value == text or member.name == text:
                return member
        accepted = ", ".join(m.value for m in cls)
        raise ParameterDataError(
            N_("unknown instrument {text!r}; accepted: {accepted}"), text=text, accepted=accepted
        )


class Status(enum.Enum):
    """How well a value is established.

    ``CONFIRMED``: read in the regulation text (or an official letter). ``UNCONFIRMED``:
    the best-supported value from secondary sources, listed in ``docs/known-gaps.md``.
    """

    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"


_ARTICLE_RE: Final = re.compile(r"^(Pasal|Lampiran|Penjelasan|Diktum|Angka|Tabel|Bagian|Halaman)\b")


@final
@attrs.frozen
class Basis:
    """The legal basis of a value: instrument, number, year and article.

    ``article`` starts with *Pasal*, *Lampiran*, *Penjelasan*, *Diktum*, *Angka*, *Tabel*,
    *Bagian* or *Halaman*. ``note`` adds a short gloss (for example "as amended by PP
    82/2019"); ``url`` optionally points at a public copy of the text.
    """

    instrument: Instrument
    number: str
    year: int
    article: str
    note: str | None = None
    url: str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.instrument, Instrument):
            raise ParameterDataError(
                N_("instrument must be an Instrument, got {instrument!r}"), instrument=self.instrument
            )
        if not self.number or not isinstance(self.number, str):
            raise ParameterDataError(
                N_("citation number must be a non-empty string: {citation!r}"), citation=self
            )
        if not isinstance(self.year, int) or not 1945 <= self.year <= 2100:
            raise ParameterDataError(N_("citation year must be 1945..2100: {citation!r}"), citation=self)
        if not isinstance(self.article, str) or not _ARTICLE_RE.match(self.article):
            raise ParameterDataError(
                N_(
                    "citation article {article!r} must start with Pasal, Lampiran, Penjelasan, "
                    "Diktum, Angka, Tabel, Bagian or Halaman"
                ),
                article=self.article,
            )

    @classmethod
    def from_mapping(cls, data: Mapping[str, object], where: str = "") -> Basis:
        """Build from a TOML table ``{instrument, number, year, article, note?, url?}``."""
        known = {"instrument", "number", "year", "article", "note", "url"}
        extra = set(data) - known
        if extra:
            raise ParameterDataError(
                N_("{where}: unknown basis keys {keys}"), where=where, keys=sorted(extra)
            )
        missing = {"instrument", "number", "year", "article"} - set(data)
        if missing:
            raise ParameterDataError(N_("{where}: basis lacks {keys}"), where=where, keys=sorted(missing))
        instrument = data["instrument"]
        number = data["number"]
        year = data["year"]
        article = data["article"]
        note = data.get("note")
        url = data.get("url")
        if not isinstance(instrument, str):
            raise ParameterDataError(N_("{where}: basis instrument must be a string"), where=where)
        if isinstance(number, int):
            number = str(number)
        if not isinstance(number, str) or not isinstance(year, int):
            raise ParameterDataError(N_("{where}: basis number must be text and year an int"), where=where)
        if not isinstance(article, str):
            raise ParameterDataError(N_("{where}: basis article must be text"), where=where)
        if note is not None and not isinstance(note, str):
            raise ParameterDataError(N_("{where}: basis note must be text"), where=where)
        if url is not None and not isinstance(url, str):
            raise ParameterDataError(N_("{where}: basis url must be text"), where=where)
        try:
            return cls(Instrument.parse(instrument), number, year, article, note, url)
        except ParameterDataError as exc:
            raise ParameterDataError(N_("{where}: {exc}"), where=where, exc=exc) from None

    def cite(self) -> str:
        """``PP 45/2015 Pasal 29 ayat (2)``."""
        return f"{self.instrument.value} {self.number}/{self.year} {self.article}"

    @property
    def regulation(self) -> str:
        """The instrument without the article: ``PP 45/2015``."""
        return f"{self.instrument.value} {self.number}/{self.year}"

    def __str__(self) -> str:
        return self.cite() + (f" ({self.note})" if self.note else "")

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping, with the rendered citation under ``"cite"``."""
        out: dict[str, object] = {
            "instrument": self.instrument.value,
            "number": self.number,
            "year": self.year,
            "article": self.article,
            "cite": self.cite(),
        }
        if self.note:
            out["note"] = self.note
        if self.url:
            out["url"] = self.url
        return out
