"""Hypothesis strategies for jamsos inputs, shipped for users' own property tests.

``pip install hypothesis`` (or ``jamsos[test]``). The strategies draw valid inputs by
default and lean toward the cases that break code: rounding ties (a wage whose contribution
ends in exactly half a rupiah), wages exactly at and around the JP and JKP wage caps, the
first and last months of relief windows.

>>> from hypothesis import given
>>> from jamsos import contributions, testing
>>> @given(testing.wages(), testing.months(), testing.risk_classes())
... def test_total_is_sum(wage, month, rc):
...     c = contributions.wage_earner(wage, month, risk_class=rc)
...     assert c.total == c.employer + c.worker + c.government
>>> test_total_is_sum()
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from jamsos.domain import ContributionHistory, ContributionRecord, EmployerScale, RiskClass
from jamsos.errors import JamsosError, MissingDependencyError
from jamsos.i18n import N_
from jamsos.money import Rate, Rupiah
from jamsos.optional import import_extra
from jamsos.parameters import official
from jamsos.periods import Month

try:
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - exercised only without hypothesis
    raise MissingDependencyError(
        N_("jamsos.testing needs hypothesis; install it with `pip install jamsos[test]`")
    ) from None

__all__ = [
    "FIRST_MONTH",
    "LAST_MONTH",
    "birth_dates",
    "employer_scales",
    "histories",
    "months",
    "risk_classes",
    "tie_wages",
    "wages",
    "worker_month_rows",
    "worker_month_tables",
]

#: The first month with contribution rules (PP 44, 45, 46/2015).
FIRST_MONTH = Month(2015, 7)
#: The last month the shipped JP wage cap covers (the cap of March 2026 to February 2027).
LAST_MONTH = Month(2027, 2)

_RATE_NAMES = (
    "jkk.rate.very_low",
    "jkk.rate.low",
    "jkk.rate.medium",
    "jkk.rate.high",
    "jkk.rate.very_high",
    "jkm.rate",
    "jht.rate.employer",
    "jht.rate.worker",
    "jp.rate.employer",
    "jp.rate.worker",
    "jkp.rate.government",
)


@lru_cache(maxsize=1)
def _rates() -> tuple[Decimal, ...]:
    """Every rate value in the official data (and with the 99% COVID and 50% discounts)."""
    p = official()
    found: set[Decimal] = set()
    for name in _RATE_NAMES:
        if name not in p:
            continue
        for dv in p.history(name):
            if isinstance(dv.value, Rate) and dv.value.value:
                found.update({dv.value.value, dv.value.value * Decimal("0.01"), dv.value.value / 2})
    for dv in p.history("bpu.income_band"):  # the band table's percentage brackets
        for bracket in dv.scale().brackets:
            for key in ("jkk_rate", "jht_rate"):
                if bracket.has(key):
                    value = bracket.rate(key).value
                    found.update({value, value * Decimal("0.01"), value / 2})
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def _caps() -> tuple[int, ...]:
    """Every JP and JKP wage cap in the official data."""
    p = official()
    caps: set[int] = set()
    for name in ("jp.wage_cap", "jkp.wage_cap"):
        if name in p:
            caps.update(int(dv.value) for dv in p.history(name) if isinstance(dv.value, Rupiah))
    return tuple(sorted(caps))


def _tie(rate: Decimal, k: int) -> int | None:
    """The ``k``-th positive wage whose contribution at ``rate`` ends in exactly .5 rupiah."""
    f = Fraction(rate)
    num, den = f.numerator, f.denominator
    if den % 2:
        return None
    w0 = (den // 2) * pow(num, -1, den) % den
    return w0 + k * den


def tie_wages(max_value: int = 100_000_000) -> st.SearchStrategy[int]:
    """Wages whose contribution at one of the official rates is an exact half rupiah.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(tie_wages())
    ... def check(w):
    ...     assert isinstance(w, int) and 0 < w <= 100_000_000
    >>> check()
    """

    def build(rate: Decimal) -> st.SearchStrategy[int]:
        w0 = _tie(rate, 0)
        if w0 is None:
            return st.nothing()
        step = Fraction(rate).denominator
        top = max(0, (max_value - w0) // step)
        return st.integers(0, top).map(lambda k: w0 + k * step)

    return st.sampled_from(_rates()).flatmap(build).filter(lambda w: 0 < w <= max_value)


def wages(min_value: int = 1, max_value: int = 100_000_000) -> st.SearchStrategy[int]:
    """Whole-rupiah wages: any value, rounding ties, and the wage caps and their neighbours.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(wages())
    ... def check(w):
    ...     assert 1 <= w <= 100_000_000
    >>> check()
    """
    near_caps = [c + d for c in _caps() for d in (-1, 0, 1) if min_value <= c + d <= max_value]
    parts = [st.integers(min_value, max_value), tie_wages(max_value).filter(lambda w: w >= min_value)]
    if near_caps:
        parts.append(st.sampled_from(near_caps))
    return st.one_of(*parts)


def months(first: Month | str = FIRST_MONTH, last: Month | str = LAST_MONTH) -> st.SearchStrategy[Month]:
    """Contribution months in ``[first, last]``, with the relief-window edges drawn often.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20)
    ... @given(months("2020-01", "2020-12"))
    ... def check(m):
    ...     assert Month(2020, 1) <= m <= Month(2020, 12)
    >>> check()
    """
    lo, hi = Month.parse(first), Month.parse(last)
    edges = [
        Month.parse(x)
        for x in (
            "2015-07",
            "2020-07",
            "2020-08",
            "2021-01",
            "2021-02",
            "2025-01",
            "2025-02",
            "2025-12",
            "2026-01",
            "2026-03",
            "2026-04",
            "2026-12",
            "2027-01",
            "2027-02",
        )
    ]
    edges = [m for m in edges if lo <= m <= hi]
    any_month = st.integers(lo.index, hi.index).map(Month.from_index)
    return st.one_of(any_month, st.sampled_from(edges)) if edges else any_month


def risk_classes() -> st.SearchStrategy[RiskClass]:
    """JKK risk classes 1-5."""
    return st.sampled_from(tuple(RiskClass))


def employer_scales() -> st.SearchStrategy[EmployerScale]:
    """Employer scales micro/small/medium/large."""
    return st.sampled_from(tuple(EmployerScale))


def birth_dates(
    first: dt.date = dt.date(1955, 1, 1), last: dt.date = dt.date(2008, 12, 31)
) -> st.SearchStrategy[dt.date]:
    """Birth dates, with 29 February drawn often (the anniversary policy is tested there)."""
    leap = [
        dt.date(y, 2, 29)
        for y in range(first.year, last.year + 1)
        if y % 4 == 0 and first <= dt.date(y, 2, 29) <= last
    ]
    plain = st.dates(min_value=first, max_value=last)
    return st.one_of(plain, st.sampled_from(leap)) if leap else plain


def histories(
    *,
    first: Month | str = FIRST_MONTH,
    last: Month | str = LAST_MONTH,
    max_months: int = 60,
    gaps: bool = True,
) -> st.SearchStrategy[ContributionHistory]:
    """Contribution histories: a run of months in ``[first, last]``, wages from :func:`wages`.

    With ``gaps=True`` some months are left out (a history with gaps).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10)
    ... @given(histories(max_months=6))
    ... def check(h):
    ...     assert 1 <= len(h.records) <= 6
    >>> check()
    """
    lo, hi = Month.parse(first), Month.parse(last)

    @st.composite
    def build(draw: Any) -> ContributionHistory:
        start = draw(st.integers(lo.index, hi.index))
        length = draw(st.integers(1, min(max_months, hi.index - start + 1)))
        keep = draw(st.lists(st.booleans(), min_size=length, max_size=length)) if gaps else [True] * length
        keep[0] = True
        wage = draw(wages(max_value=50_000_000))
        records = []
        for k in range(length):
            if keep[k]:
                if draw(st.integers(0, 5)) == 0:
                    wage = draw(wages(max_value=50_000_000))
                records.append(ContributionRecord(month=Month.from_index(start + k), wage=wage))
        return ContributionHistory(records)

    return build()


def worker_month_rows(
    *,
    first: Month | str = FIRST_MONTH,
    last: Month | str = LAST_MONTH,
    segments: tuple[str, ...] = ("PU", "BPU"),
) -> st.SearchStrategy[dict[str, object]]:
    """One valid row of the :func:`jamsos.batch.contributions` input (as a dict).

    PU rows have a risk class, an employer scale and sometimes a birth date; BPU rows a
    declared income of at least Rp1.000.000 and the jht / transport_worker /
    budget_funded flags.
    """

    lo, hi = Month.parse(first), Month.parse(last)

    @st.composite
    def build(draw: Any) -> dict[str, object]:
        segment = draw(st.sampled_from(segments))
        month = draw(months(first, last))
        birth: dt.date | None = None
        if segment == "PU" and draw(st.integers(0, 3)) == 0:
            # a worker around the JP pension date: the month before, of, or after it
            from jamsos import jp

            birth = draw(birth_dates(dt.date(1958, 1, 1), dt.date(1968, 12, 31)))
            try:
                near = Month.of(jp.pension_date(birth)) + draw(st.integers(-1, 1))
            except JamsosError:  # reached pension age before JP began: the scalar API refuses
                near = month
            if lo <= near <= hi:
                month = near
        row: dict[str, object] = {
            "worker_id": draw(st.integers(1, 10**6)),
            "month": str(month),
            "segment": segment,
        }
        if segment == "PU":
            row["wage"] = draw(wages(max_value=60_000_000))
            row["risk_class"] = draw(risk_classes()).value
            row["employer_scale"] = draw(employer_scales()).value
            row["birth_date"] = birth or draw(st.none() | birth_dates(dt.date(1955, 1, 1), month.first_day))
        else:
            row["wage"] = draw(wages(min_value=1_000_000, max_value=20_000_000))
            row["jht"] = draw(st.booleans())
            row["transport_worker"] = draw(st.booleans())
            row["budget_funded"] = draw(st.booleans())
        return row

    return build()


def worker_month_tables(
    kind: str = "records",
    *,
    min_rows: int = 0,
    max_rows: int = 40,
    first: Month | str = FIRST_MONTH,
    last: Month | str = LAST_MONTH,
) -> st.SearchStrategy[Any]:
    """Tables of worker-months: ``kind`` is ``"records"``, ``"pandas"`` or ``"arrow"``.

    Every row has every column (``None`` where a value does not apply), so the pandas and
    arrow tables have one type per column.
    """
    if kind not in ("records", "pandas", "arrow"):
        raise ValueError(f"kind must be 'records', 'pandas' or 'arrow', got {kind!r}")
    columns = (
        "worker_id",
        "month",
        "segment",
        "wage",
        "risk_class",
        "employer_scale",
        "birth_date",
        "jht",
        "transport_worker",
        "budget_funded",
    )

    def to_table(rows: list[dict[str, object]]) -> Any:
        full = [{c: r.get(c) for c in columns} for r in rows]
        if kind == "records":
            return full
        if kind == "pandas":
            pd = import_extra("pandas", "pandas")
            frame = pd.DataFrame(full, columns=list(columns))
            for c in ("risk_class",):
                frame[c] = frame[c].astype("Int64")
            for c in ("jht", "transport_worker", "budget_funded"):
                frame[c] = frame[c].astype("boolean")
            return frame
        pa = import_extra("pyarrow", "arrow")
        return pa.Table.from_pylist(full)

    return st.lists(worker_month_rows(first=first, last=last), min_size=min_rows, max_size=max_rows).map(
        to_table
    )
