"""Unit tests for jamsos.domain: enums, records, histories and the CSV reader refuse bad input loudly."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest

from jamsos.domain import (
    ContributionHistory,
    ContributionRecord,
    EmployerScale,
    Program,
    RiskClass,
    Segment,
    parse_programs,
)
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    MoneyTypeError,
    UnknownValueError,
)
from jamsos.money import CONTEXT, Rupiah
from jamsos.periods import Month

M = Month


# -- enums -------------------------------------------------------------------------------------------
def test_program_parse() -> None:
    assert Program.parse(" JKP ") is Program.JKP
    assert Program.parse(Program.JHT) is Program.JHT
    assert Program.JKK.code == "jkk"
    with pytest.raises(UnknownValueError, match=r"unknown program 'jkn'; accepted: jkk, jkm, jht, jp, jkp"):
        Program.parse("jkn")
    with pytest.raises(UnknownValueError, match="unknown program 3"):
        Program.parse(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        ("PU", Segment.WAGE_EARNER),
        ("penerima upah", Segment.WAGE_EARNER),
        ("PBPU", Segment.NON_WAGE_EARNER),
        ("bukan_penerima_upah", Segment.NON_WAGE_EARNER),
        ("migrant worker", Segment.MIGRANT_WORKER),
        ("jasa konstruksi", Segment.CONSTRUCTION),
    ],
)
def test_segment_parse_aliases(text: str, segment: Segment) -> None:
    assert Segment.parse(text) is segment
    assert Segment.parse(segment) is segment
    assert segment.code == segment.value


def test_segment_parse_refuses() -> None:
    with pytest.raises(UnknownValueError, match=r"unknown segment 'PNS'; accepted: PU \(wage earner\)"):
        Segment.parse("PNS")
    with pytest.raises(UnknownValueError, match="unknown segment None"):
        Segment.parse(None)  # type: ignore[arg-type]


def test_risk_class_parse() -> None:
    assert RiskClass.parse(" 4 ") is RiskClass.HIGH
    assert RiskClass.parse("Sangat Tinggi") is RiskClass.VERY_HIGH
    assert RiskClass.parse(RiskClass.LOW) is RiskClass.LOW
    assert RiskClass.VERY_LOW.key == "very_low"
    for bad in (0, 6, True, "6", "extreme", 1.0):
        with pytest.raises(UnknownValueError, match="unknown risk class"):
            RiskClass.parse(bad)  # type: ignore[arg-type]


def test_employer_scale_parse() -> None:
    assert EmployerScale.parse("Besar") is EmployerScale.LARGE
    assert EmployerScale.parse("micro") is EmployerScale.MICRO
    assert EmployerScale.parse(EmployerScale.SMALL) is EmployerScale.SMALL
    for bad in ("huge", 2):
        with pytest.raises(UnknownValueError, match=r"unknown employer scale .*; accepted: micro, small"):
            EmployerScale.parse(bad)  # type: ignore[arg-type]


def test_parse_programs() -> None:
    assert parse_programs(None) is None
    assert parse_programs("jht") == frozenset({Program.JHT})
    assert parse_programs(Program.JP) == frozenset({Program.JP})
    assert parse_programs(["jkk", Program.JKM]) == frozenset({Program.JKK, Program.JKM})
    with pytest.raises(UnknownValueError, match="programs must be an iterable of programs, got 5"):
        parse_programs(5)
    with pytest.raises(UnknownValueError, match="unknown program 'x'"):
        parse_programs(["jkk", "x"])


# -- records -----------------------------------------------------------------------------------------
def test_record_converts_and_covers() -> None:
    r = ContributionRecord("2025-01", "5000000", paid_on="2025-02-10", programs=["jht"], amount=300_000)
    assert r.month == M(2025, 1) and r.wage == Rupiah(5_000_000) and r.amount == Rupiah(300_000)
    assert r.paid_on == dt.date(2025, 2, 10)
    assert r.covers(Program.JHT) and not r.covers(Program.JP) and r.covers(None)
    assert ContributionRecord(dt.date(2025, 3, 9), 0).month == M(2025, 3)
    assert ContributionRecord(M(2025, 1), 1).covers(Program.JP)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"wage": -1}, InvalidInputError, "wage must not be negative, got -Rp1"),
        ({"wage": 1.5}, MoneyTypeError, "float"),
        ({"month": 202501}, InvalidHistoryError, r"month must be a Month or 'YYYY-MM', got 202501"),
        ({"month": "2025-13"}, InvalidDateError, "month 13"),
        ({"amount": -5}, InvalidInputError, "amount must not be negative, got -Rp5"),
        ({"paid_on": "yesterday"}, InvalidDateError, "paid_on"),
        ({"programs": 7}, UnknownValueError, "programs must be an iterable"),
    ],
)
def test_record_refuses(kwargs: dict[str, object], error: type[Exception], message: str) -> None:
    fields: dict[str, object] = {"month": "2025-01", "wage": 1}
    fields.update(kwargs)
    with pytest.raises(error, match=message):
        ContributionRecord(**fields)  # type: ignore[arg-type]


# -- histories ---------------------------------------------------------------------------------------
def test_history_refuses_bad_records() -> None:
    with pytest.raises(InvalidHistoryError, match="records must be an iterable of ContributionRecord"):
        ContributionHistory("2025-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidHistoryError, match="records must be an iterable"):
        ContributionHistory(5)  # type: ignore[arg-type]
    with pytest.raises(InvalidHistoryError, match="a history holds ContributionRecord values, got tuple"):
        ContributionHistory([("2025-01", 1)])  # type: ignore[list-item]
    a, b = ContributionRecord("2025-01", 1), ContributionRecord("2025-02", 1)
    with pytest.raises(InvalidHistoryError, match="month 2025-01 appears twice"):
        ContributionHistory([a, a])
    with pytest.raises(InvalidHistoryError, match="months are not in order: 2025-02 comes before 2025-01"):
        ContributionHistory([b, a])
    assert ContributionHistory.sorted_from([b, a]).months() == (M(2025, 1), M(2025, 2))


def test_constant_and_its_refusal() -> None:
    h = ContributionHistory.constant("1000", "2024-11", "2025-02")
    assert h.months() == (M(2024, 11), M(2024, 12), M(2025, 1), M(2025, 2))
    with pytest.raises(InvalidHistoryError, match="last month 2024-01 is before first month 2024-02"):
        ContributionHistory.constant(1, "2024-02", "2024-01")
    with pytest.raises(InvalidInputError, match="wage must not be negative"):
        ContributionHistory.constant(-1, "2024-01", "2024-02")


def test_queries() -> None:
    records = [
        ContributionRecord("2024-01", 100),
        ContributionRecord("2024-02", 200, programs=["jht"]),
        ContributionRecord("2024-04", 400),
        ContributionRecord("2024-05", 500),
        ContributionRecord("2024-06", 600),
    ]
    h = ContributionHistory(records)
    assert len(h) == 5 and bool(h) and list(h) == records
    assert h.count() == 5 and h.count(Program.JP) == 4
    assert h.for_program(Program.JP) == (records[0], records[2], records[3], records[4])
    assert h.first_month == M(2024, 1) and h.last_month == M(2024, 6)
    assert h.membership_months() == 6
    assert h.membership_months(M(2024, 3), M(2024, 2)) == 0
    assert h.count_within(M(2024, 5), 3) == 2
    assert h.runs() == ((M(2024, 1), M(2024, 2)), (M(2024, 4), M(2024, 6)))
    assert h.runs(Program.JP) == ((M(2024, 1), M(2024, 1)), (M(2024, 4), M(2024, 6)))
    assert h.longest_run() == 3 and h.longest_run(Program.JP) == 3
    assert h.run_ending(M(2024, 5)) == 2 and h.run_ending(M(2024, 3)) == 0
    assert h.density() == CONTEXT.divide(Decimal(5), Decimal(6))  # 60 significant digits
    assert str(h.density())[:8] == "0.833333"
    assert h.density(M(2024, 1), M(2024, 2), Program.JP) == Decimal("0.5")
    assert h.wages(Program.JP)[0] == (M(2024, 1), Rupiah(100))
    assert h.until(M(2024, 2)).months() == (M(2024, 1), M(2024, 2))
    assert h.between(M(2024, 2), M(2024, 4)).months() == (M(2024, 2), M(2024, 4))
    with pytest.raises(InvalidHistoryError, match="empty membership span 2024-06..2024-01"):
        h.density(M(2024, 6), M(2024, 1))


def test_empty_history() -> None:
    h = ContributionHistory(())
    assert not h and len(h) == 0 and h.longest_run() == 0 and h.count() == 0
    with pytest.raises(InvalidHistoryError, match="the contribution history is empty"):
        _ = h.first_month
    with pytest.raises(InvalidHistoryError, match="the contribution history is empty"):
        _ = h.last_month


# -- CSV ---------------------------------------------------------------------------------------------
def test_from_csv_path_stream_and_text(tmp_path: Path) -> None:
    text = "bulan,upah,iuran,tanggal_bayar\n2025-01,5000000,,\n2025-02,5000000,100000,2025-03-10\n"
    path = tmp_path / "h.csv"
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    for h in (
        ContributionHistory.from_csv(path),
        ContributionHistory.from_csv(str(path)),
        ContributionHistory.from_csv(io.StringIO(text)),
        ContributionHistory.from_text(text),
    ):
        assert h.months() == (M(2025, 1), M(2025, 2))
        assert h.records[1].amount == Rupiah(100_000)
        assert h.records[1].paid_on == dt.date(2025, 3, 10)
        assert h.records[0].amount is None and h.records[0].paid_on is None
    assert path.read_bytes() == before  # the input is never written
    only_amount = ContributionHistory.from_text("month,amount\n2025-01,300000\n")
    assert only_amount.records[0].wage == Rupiah(0) and only_amount.records[0].amount == Rupiah(300_000)


def test_from_csv_reads_a_file_excel_saved_in_windows_1252(tmp_path: Path) -> None:
    """Indonesian Excel on Windows saves cp1252: 'é' is byte 0xE9, not UTF-8 (a traceback before)."""
    path = tmp_path / "riwayat.csv"
    path.write_bytes("bulan;upah;catatan\r\n2024-01;5.500.000;café\r\n".encode("cp1252"))
    h = ContributionHistory.from_csv(path)
    assert h.months() == (M(2024, 1),) and h.records[0].wage == Rupiah(5_500_000)
    # and with a BOM in UTF-8, as before
    path.write_bytes(b"\xef\xbb\xbf" + b"bulan;upah\n2024-01;5.500.000\n")
    assert ContributionHistory.from_csv(path).records[0].wage == Rupiah(5_500_000)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", r"<text>: empty file; expected a header month,wage"),
        (
            "name,wage\nA,1\n",
            r"<text>: header must name month \(or bulan\) and wage \(or upah\); found name, wage",
        ),
        ("month,wage\n2025-01,abc\n", r"<text> line 2: wage 'abc' is not a number"),
        ("month,wage\n2025-01,1\n2025-01,2\n", r"month 2025-01 appears twice"),
        ("month,wage\n2025-01,-4\n", r"<text> line 2: wage must not be negative"),
        ("month,wage\n2025-14,4\n", r"<text> line 2: "),
        ("month,wage\n,4\n", r"<text> line 2: "),
        ("month,wage,paid_on\n2025-01,4,2025-02-31\n", r"<text> line 2: "),
        # a cut line or an empty wage cell is not a month at Rp0 (it would count for JKP and JP)
        (
            "bulan;upah\n2024-01;5.500.000\n2024-02\n",
            r"^<text> line 3: the wage is empty; write the month's wage$",
        ),
        ("month,wage\n2025-01,\n", r"^<text> line 2: the wage is empty"),
        ("month,wage\n2025-01,4,5\n", r"^<text> line 2: 3 cells, but the header names 2 columns$"),
    ],
)
def test_from_text_refuses_with_the_line(text: str, message: str) -> None:
    with pytest.raises(InvalidHistoryError, match=message):
        ContributionHistory.from_text(text)
