"""Participants' facts: programs, segments, risk classes, employer scales, histories.

Glossary (see ``docs/glossary.md``):

* *Program*: JKK (Jaminan Kecelakaan Kerja, work-accident insurance), JKM (Jaminan
  Kematian, death insurance), JHT (Jaminan Hari Tua, old-age savings), JP (Jaminan Pensiun,
  pension), JKP (Jaminan Kehilangan Pekerjaan, job-loss insurance).
* *Segment*: PU (Penerima Upah, wage earners), BPU (Bukan Penerima Upah, non-wage
  earners), PMI (Pekerja Migran Indonesia, migrant workers), Jakon (Jasa Konstruksi,
  construction projects).
* *Masa iur*: the contribution period, counted in months paid.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TextIO, final

import attrs

from jamsos.enums import CodedEnum, coded
from jamsos.errors import InvalidHistoryError, InvalidInputError, JamsosError, UnknownValueError
from jamsos.i18n import N_, type_name
from jamsos.money import CONTEXT, Money, Rupiah
from jamsos.periods import Month, as_date

__all__ = [
    "ContributionHistory",
    "ContributionRecord",
    "EmployerScale",
    "Program",
    "RiskClass",
    "Segment",
]


@coded(
    "program",
    accepted="jkk, jkm, jht, jp, jkp",
)
class Program(CodedEnum):
    """The five BPJS Ketenagakerjaan programs."""

    JKK = "jkk"
    JKM = "jkm"
    JHT = "jht"
    JP = "jp"
    JKP = "jkp"

    @property
    def code(self) -> str:
        """Lower-case code used in tables and JSON (``"jkk"``)."""
        return str(self.value)


@coded(
    "segment",
    aliases={
        "ppu": "PU",
        "penerima-upah": "PU",
        "pbpu": "BPU",
        "bukan-penerima-upah": "BPU",
        "migrant-worker": "PMI",
        "construction": "JAKON",
        "jasa-konstruksi": "JAKON",
    },
    accepted="PU (wage earner), BPU (non-wage earner), PMI (migrant worker), JAKON (construction)",
)
class Segment(CodedEnum):
    """Membership segments (kepesertaan)."""

    WAGE_EARNER = "PU"
    NON_WAGE_EARNER = "BPU"
    MIGRANT_WORKER = "PMI"
    CONSTRUCTION = "JAKON"

    @property
    def code(self) -> str:
        """``PU``, ``BPU``, ``PMI`` or ``JAKON``."""
        return str(self.value)


@coded(
    "risk class",
    aliases={"sangat-rendah": 1, "rendah": 2, "sedang": 3, "tinggi": 4, "sangat-tinggi": 5},
    accepted=("1-5, very-low/low/medium/high/very-high, or sangat-rendah/rendah/sedang/tinggi/sangat-tinggi"),
)
class RiskClass(CodedEnum):
    """JKK risk class of the work environment (tingkat risiko lingkungan kerja), 1..5.

    >>> RiskClass.parse("sangat-rendah"), RiskClass.parse(5), RiskClass.parse("medium")
    (<RiskClass.VERY_LOW: 1>, <RiskClass.VERY_HIGH: 5>, <RiskClass.MEDIUM: 3>)
    """

    VERY_LOW = 1
    LOW = 2
    MEDIUM = 3
    HIGH = 4
    VERY_HIGH = 5

    @property
    def key(self) -> str:
        """Parameter key (``very_low``) used in ``jkk.rate.<key>``."""
        return self.name.lower()


@coded(
    "employer scale",
    aliases={"mikro": "micro", "kecil": "small", "menengah": "medium", "besar": "large"},
    accepted="micro, small, medium, large (mikro, kecil, menengah, besar)",
)
class EmployerScale(CodedEnum):
    """Employer size (skala usaha), which sets the mandatory programs (Perpres 109/2013)."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


def _wage(value: object) -> Rupiah:
    amount = Rupiah.of(value, "wage")
    if amount < 0:
        raise InvalidInputError(N_("wage must not be negative, got {amount}"), amount=amount)
    return amount


def _month(value: object) -> Month:
    if isinstance(value, Month):
        return value
    if isinstance(value, str | dt.date):
        return Month.parse(value)  # type: ignore[arg-type]
    raise InvalidHistoryError(N_("month must be a Month or 'YYYY-MM', got {value!r}"), value=value)


def _opt_date(value: object) -> dt.date | None:
    return None if value is None else as_date(value, "paid_on")


def _opt_amount(value: object) -> Rupiah | None:
    if value is None:
        return None
    amount = Rupiah.of(value, "amount")
    if amount < 0:
        raise InvalidInputError(N_("amount must not be negative, got {amount}"), amount=amount)
    return amount


def parse_programs(value: object) -> frozenset[Program] | None:
    """A set of programs from codes or members (``None`` stays ``None``)."""
    if value is None:
        return None
    if isinstance(value, str | Program):
        return frozenset({Program.parse(value)})
    if isinstance(value, Iterable):
        return frozenset(Program.parse(v) for v in value)
    raise UnknownValueError(N_("programs must be an iterable of programs, got {value!r}"), value=value)


@final
@attrs.frozen
class ContributionRecord:
    """One month of reported wage (PU) or declared income (BPU), and what was paid.

    ``programs`` is the set of programs contributed to that month (``None``: all the
    programs the question is about). ``amount`` is the contribution actually paid when it
    is known directly (for example a JHT statement line). ``employer`` names the employer
    when a history spans several.
    """

    month: Month = attrs.field(converter=_month)
    wage: Rupiah = attrs.field(converter=_wage)
    paid_on: dt.date | None = attrs.field(default=None, converter=_opt_date)
    programs: frozenset[Program] | None = attrs.field(default=None, converter=parse_programs)
    amount: Rupiah | None = attrs.field(default=None, converter=_opt_amount)
    employer: str | None = None

    def covers(self, program: Program | None) -> bool:
        """True when this month counts for ``program``."""
        return program is None or self.programs is None or program in self.programs


def _records(value: Iterable[ContributionRecord]) -> tuple[ContributionRecord, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidHistoryError(N_("records must be an iterable of ContributionRecord"))
    return tuple(value)


@final
@attrs.frozen
class ContributionHistory:
    """A participant's contribution months, strictly increasing (no duplicates).

    >>> h = ContributionHistory.constant(5_000_000, Month(2024, 1), Month(2024, 12))
    >>> h.count(), h.first_month, h.last_month
    (12, Month(2024, 1), Month(2024, 12))
    >>> h.count_within(Month(2025, 6), 24)
    12
    """

    records: tuple[ContributionRecord, ...] = attrs.field(converter=_records)

    def __attrs_post_init__(self) -> None:
        for r in self.records:
            if not isinstance(r, ContributionRecord):
                raise InvalidHistoryError(
                    N_("a history holds ContributionRecord values, got {kind}"), kind=type_name(r)
                )
        for a, b in itertools.pairwise(self.records):
            if b.month == a.month:
                raise InvalidHistoryError(
                    N_(
                        "month {month} appears twice; a history has one record per month (add "
                        "wages from several employers into one record)"
                    ),
                    month=a.month,
                )
            if b.month < a.month:
                raise InvalidHistoryError(
                    N_(
                        "months are not in order: {month} comes before {month2}; sort the "
                        "records or use ContributionHistory.sorted_from(records)"
                    ),
                    month=a.month,
                    month2=b.month,
                )

    @classmethod
    def sorted_from(cls, records: Iterable[ContributionRecord]) -> ContributionHistory:
        """Sort records by month first (duplicates still raise)."""
        return cls(tuple(sorted(records, key=lambda r: r.month)))

    @classmethod
    def constant(cls, wage: Money, first_month: Month | str, last_month: Month | str) -> ContributionHistory:
        """Every month from ``first_month`` to ``last_month`` at the same wage."""
        first, last = Month.parse(first_month), Month.parse(last_month)
        if last < first:
            raise InvalidHistoryError(
                N_("last month {last} is before first month {first}"), last=last, first=first
            )
        w = _wage(wage)
        return cls(tuple(ContributionRecord(m, w) for m in Month.range(first, last)))

    @classmethod
    def from_csv(cls, source: str | Path | TextIO) -> ContributionHistory:
        """Read ``month,wage[,amount,paid_on]`` rows (Indonesian headers ``bulan,upah`` too).

        Months are ``YYYY-MM``. Amounts are in Indonesian notation, as a spreadsheet saved
        in Indonesia writes them (:func:`jamsos.notation.parse_number`): ``6000000``,
        ``6.000.000``, ``6 juta``; a form English reads differently (``6,000``) is refused.
        The separator is ``,`` or ``;`` (Indonesian Excel), read from the header line; a
        UTF-8 byte-order mark is skipped, and a file that is not UTF-8 is read as Windows-1252
        (what Excel on Windows saves; Latin-1 for its few undefined bytes), as ``jamsos batch``
        detects it. A row with more cells than the header, or without a wage (and no amount),
        is refused with its line number.
        """
        if isinstance(source, str | Path):
            with open(source, "rb") as raw:
                data = raw.read()
            return cls._read_csv(io.StringIO(_decode_csv(data), newline=""), str(source))
        return cls._read_csv(source, "<stream>")

    @classmethod
    def _read_csv(cls, fh: TextIO, name: str) -> ContributionHistory:
        from jamsos.notation import parse_number  # notation imports errors only; keep domain light

        content = fh.read()
        header = content.split("\n", 1)[0]
        reader = csv.DictReader(
            io.StringIO(content), delimiter=";" if header.count(";") > header.count(",") else ","
        )
        if reader.fieldnames is None:
            raise InvalidHistoryError(N_("{name}: empty file; expected a header month,wage"), name=name)
        fields = {f.strip().lower(): f for f in reader.fieldnames}
        month_col = fields.get("month") or fields.get("bulan")
        wage_col = fields.get("wage") or fields.get("upah") or fields.get("income")
        amount_col = fields.get("amount") or fields.get("iuran")
        paid_col = fields.get("paid_on") or fields.get("tanggal_bayar")
        if month_col is None or (wage_col is None and amount_col is None):
            raise InvalidHistoryError(
                N_("{name}: header must name month (or bulan) and wage (or upah); found {found}"),
                name=name,
                found=", ".join(reader.fieldnames),
            )
        records = []
        width = len(reader.fieldnames)
        for line, row in enumerate(reader, start=2):
            extra = row.get(None)  # DictReader keeps surplus cells under the key None
            if extra:
                raise InvalidHistoryError(
                    N_("{name} line {line}: {count} cells, but the header names {width} columns"),
                    name=name,
                    line=line,
                    count=width + len(extra),
                    width=width,
                )
            amount_text = row.get(amount_col) if amount_col else None
            if wage_col and not (row.get(wage_col) or "").strip() and not (amount_text or "").strip():
                # an empty wage cell is not a month at Rp0: that would count towards JKP and JP
                raise InvalidHistoryError(
                    N_("{name} line {line}: the wage is empty; write the month's wage"), name=name, line=line
                )
            try:
                wage_text = (row.get(wage_col) or "0") if wage_col else "0"
                paid_text = row.get(paid_col) if paid_col else None
                records.append(
                    ContributionRecord(
                        month=Month.parse((row.get(month_col) or "").strip()),
                        wage=parse_number(wage_text, what=wage_col or "wage"),
                        amount=parse_number(amount_text, what=amount_col)
                        if amount_text and amount_col
                        else None,
                        paid_on=paid_text.strip() if paid_text else None,
                    )
                )
            except JamsosError as exc:
                # every refusal of a cell is a JamsosError; anything else is a bug and surfaces
                raise InvalidHistoryError(
                    N_("{name} line {line}: {exc}"), name=name, line=line, exc=exc
                ) from None
        return cls(tuple(records))

    @classmethod
    def from_text(cls, text: str) -> ContributionHistory:
        """Parse CSV text (see :meth:`from_csv`)."""
        return cls._read_csv(io.StringIO(text), "<text>")

    # -- queries ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[ContributionRecord]:
        return iter(self.records)

    def __bool__(self) -> bool:
        return bool(self.records)

    def for_program(self, program: Program | None) -> tuple[ContributionRecord, ...]:
        """Records that count for ``program``."""
        return tuple(r for r in self.records if r.covers(program))

    def months(self, program: Program | None = None) -> tuple[Month, ...]:
        """Months paid (for ``program``)."""
        return tuple(r.month for r in self.records if r.covers(program))

    def count(self, program: Program | None = None) -> int:
        """Number of months paid: the *masa iur* in months."""
        return sum(1 for r in self.records if r.covers(program))

    @property
    def first_month(self) -> Month:
        """The first month of the history."""
        self._require()
        return self.records[0].month

    @property
    def last_month(self) -> Month:
        """The last month of the history."""
        self._require()
        return self.records[-1].month

    def _require(self) -> None:
        if not self.records:
            raise InvalidHistoryError(N_("the contribution history is empty"))

    def membership_months(self, start: Month | None = None, end: Month | None = None) -> int:
        """Months of membership from ``start`` (default: first month) to ``end``, inclusive."""
        first = start if start is not None else self.first_month
        last = end if end is not None else self.last_month
        return max(0, last.months_since(first) + 1)

    def count_within(self, end: Month, window: int, program: Program | None = None) -> int:
        """Months paid in the ``window`` months ending with ``end`` (inclusive)."""
        start = end + (1 - window)
        return sum(1 for r in self.records if start <= r.month <= end and r.covers(program))

    def runs(self, program: Program | None = None) -> tuple[tuple[Month, Month], ...]:
        """Runs of consecutive paid months as ``(first, last)`` pairs."""
        months = self.months(program)
        out: list[tuple[Month, Month]] = []
        for m in months:
            if out and m.months_since(out[-1][1]) == 1:
                out[-1] = (out[-1][0], m)
            else:
                out.append((m, m))
        return tuple(out)

    def longest_run(self, program: Program | None = None) -> int:
        """Length of the longest run of consecutive paid months."""
        return max((b.months_since(a) + 1 for a, b in self.runs(program)), default=0)

    def run_ending(self, end: Month, program: Program | None = None) -> int:
        """Consecutive paid months ending exactly with ``end`` (0 if ``end`` is unpaid)."""
        for a, b in self.runs(program):
            if a <= end <= b:
                return end.months_since(a) + 1
        return 0

    def density(
        self,
        start: Month | None = None,
        end: Month | None = None,
        program: Program | None = None,
    ) -> Decimal:
        """Months paid ÷ months of membership in ``[start, end]`` (*tingkat kepadatan*)."""
        first = start if start is not None else self.first_month
        last = end if end is not None else self.last_month
        span = last.months_since(first) + 1
        if span <= 0:
            raise InvalidHistoryError(N_("empty membership span {first}..{last}"), first=first, last=last)
        paid = sum(1 for r in self.records if first <= r.month <= last and r.covers(program))
        return CONTEXT.divide(Decimal(paid), Decimal(span))

    def wages(self, program: Program | None = None) -> tuple[tuple[Month, Rupiah], ...]:
        """``(month, wage)`` for every month counted for ``program``."""
        return tuple((r.month, r.wage) for r in self.records if r.covers(program))

    def until(self, last: Month) -> ContributionHistory:
        """The records up to and including ``last``."""
        return ContributionHistory(tuple(r for r in self.records if r.month <= last))

    def between(self, first: Month, last: Month) -> ContributionHistory:
        """The records from ``first`` to ``last``, inclusive."""
        return ContributionHistory(tuple(r for r in self.records if first <= r.month <= last))


def _decode_csv(data: bytes) -> str:
    """A CSV file's text: UTF-8 (a BOM skipped), else Windows-1252, else Latin-1."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # every byte is a character: never fails
