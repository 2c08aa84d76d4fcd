"""A district roster of vulnerable workers, validated row by row and turned into invoices.

:func:`roster` reads the list of names a regency covers (NIK, name, village, district,
occupation, declared income, the months covered), checks every row, and computes the
contributions of every accepted worker for every month through the batch path
(:func:`jamsos.batch.contributions`), so each amount equals the scalar API's
(:func:`jamsos.contributions.non_wage_earner`) exactly.

No row is lost: each is either accepted (possibly with notes) or rejected with its
reasons (:class:`~jamsos.programmes.findings.Finding`). Checks:

* the NIK (:mod:`jamsos.programmes.nik`): 16 digits, a province in force, a real date of
  birth (century rule stated there), a serial other than 0000; a NIK already on an
  earlier row is rejected as a duplicate of that row;
* the declared income: an amount in whole rupiah (Indonesian notation ``1.000.000``
  accepted); an income below the lowest band, or none, is placed in the lowest band in
  force (the lowest income a BPU member can declare), with a note;
* the row's own months (optional columns) must lie within the programme period; they
  may narrow it;
* ages: the law sets no age limit for BPU membership in the data jamsos holds (the fact
  sheet lists the registration age limit as unconfirmed, ``docs/known-gaps.md``), so
  only the programme's own limits apply, ``min_age`` and ``max_age``, on the first day of
  the row's first month. A date of birth after that day is always rejected.

Which date selects the law: each contribution month (its last day), as in the scalar API.
The reference date of the NIK checks (provinces in force, century rule) is the first day
of the programme's first month.

Personal data: results keep the NIKs as given; every table meant for people
(:meth:`Roster.invoice`, :meth:`Roster.rejected_rows`, :meth:`Roster.notes`) masks them
unless ``show_nik=True`` (UU 27/2022 on personal data protection).

Tables need pandas (``pip install jamsos[pandas]``). Input: a pandas DataFrame, a
pyarrow Table or an iterable of mappings; the input is never modified.

>>> r = roster([{"NIK": "3201014108900001", "Nama": "Siti", "Desa": "Sukamaju",
...              "Kecamatan": "Cibinong", "Penghasilan": "1.000.000"}],
...            first_month="2026-01", last_month="2026-03")
>>> r.total, r.workers_accepted, len(r.rejected)
(50400, 1, 0)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

import attrs

from jamsos import batch
from jamsos.errors import BatchError, InvalidInputError, JamsosError, UnknownValueError
from jamsos.i18n import N_, type_name
from jamsos.parameters import ParameterSet, current_law_option, law_version, resolve
from jamsos.periods import Month
from jamsos.programmes import nik as nik_mod
from jamsos.programmes.bands import band_edges
from jamsos.programmes.budget import as_month
from jamsos.programmes.columns import match_columns
from jamsos.programmes.findings import Finding
from jamsos.programmes.optional import optional
from jamsos.programmes.result import Roster, RosterOptions

__all__ = ["roster"]

_PROGRAMS: Final = ("jkk", "jkm", "jht")
#: Incomes from here up cannot be billed in int64 rupiah (a technical limit, far above any income).
_INT_LIMIT: Final = 2**62


def _frame(table: object) -> Any:
    pd = optional("pandas", "pandas")
    mod = type(table).__module__.split(".")[0]
    if mod == "pandas" and type(table).__name__ == "DataFrame":
        return pd, table
    if mod == "pyarrow" and type(table).__name__ == "Table":
        return pd, table.to_pandas()  # type: ignore[attr-defined]
    if isinstance(table, str | bytes | Mapping) or not hasattr(table, "__iter__"):
        raise InvalidInputError(
            N_(
                "a roster must be a pandas DataFrame, a pyarrow Table or an iterable of "
                "mappings (one per worker), got {kind}"
            ),
            kind=type_name(table),
        )
    rows = list(table)
    if any(not isinstance(r, Mapping) for r in rows):
        raise InvalidInputError(N_("a roster given as records needs one mapping (dict) per worker"))
    return pd, pd.DataFrame.from_records(rows) if rows else pd.DataFrame({"nik": []})


def _missing(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and v != v:
        return True
    if isinstance(v, str) and not v.strip():
        return True
    return type(v).__name__ in ("NAType", "NaTType")


def _text(v: object) -> str:
    return "" if _missing(v) else str(v).strip()


def _income(v: object) -> Decimal | Finding | None:
    """Declared income: an amount, ``None`` when blank, or a finding."""
    from jamsos.notation import parse_number

    if _missing(v):
        return None
    if isinstance(v, float):
        if v == v and abs(v) < _INT_LIMIT and v == int(v):
            v = int(v)  # a spreadsheet number cell holding whole rupiah
        else:
            return Finding.reject(
                "income_fraction", N_("the declared income {value} is not whole rupiah"), value=v
            )
    try:
        value = parse_number(v if not isinstance(v, str) else v.strip(), what="income")
    except JamsosError:
        return Finding.reject(
            "income_invalid",
            N_("the declared income {value!r} is not an amount; write e.g. 1.000.000"),
            value=str(v),
        )
    if value <= 0:
        return Finding.reject(
            "income_not_positive", N_("the declared income must be more than Rp0, got {value}"), value=str(v)
        )
    if value != value.to_integral_value():
        return Finding.reject(
            "income_fraction", N_("the declared income {value} is not whole rupiah"), value=v
        )
    if value >= _INT_LIMIT:
        return Finding.reject(
            "income_too_large",
            N_("the declared income {value} is too large to be a monthly income"),
            value=str(v),
        )
    return value


def _factorize(pd: Any, values: Any) -> tuple[Any, list[object]]:
    """Codes and distinct cells; ``True`` is kept apart from ``1``, unhashable cells by identity."""
    import numpy as np

    kinds = set(map(type, values))
    if bool not in kinds and all(k in (str, int, float, Decimal, type(None)) for k in kinds):
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
        return codes, list(uniques)
    keys: dict[object, int] = {}
    firsts: list[object] = []
    out = []
    for v in values:
        if _missing(v):
            out.append(-1)
            continue
        key: object = (type(v), v)
        try:
            hash(key)
        except TypeError:
            key = ("id", id(v))
        code = keys.get(key)
        if code is None:
            code = keys[key] = len(firsts)
            firsts.append(v)
        out.append(code)
    return np.asarray(out, dtype=np.intp), firsts


def _month_cell(v: object) -> Month | Finding | None:
    if _missing(v):
        return None
    try:
        if isinstance(v, dt.datetime):
            v = v.date()
        if type(v).__name__ == "Timestamp":
            v = v.date()  # type: ignore[attr-defined]
        return as_month(v.strip() if isinstance(v, str) else v)
    except JamsosError:
        return Finding.reject("month_invalid", N_("{value!r} is not a month; write YYYY-MM"), value=str(v))


def _age(born: dt.date, on: dt.date) -> int:
    from jamsos.periods import age_on

    return age_on(born, on)


@current_law_option
def roster(
    table: Any,
    *,
    first_month: Month | str,
    last_month: Month | str,
    budget_funded: bool = True,
    errors: str = "collect",
    jht: bool = False,
    transport_worker: bool = False,
    min_age: int | None = None,
    max_age: int | None = None,
    budget: object = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> Roster:
    """Validate a roster and compute its monthly invoice (see the module docstring).

    ``errors="collect"`` keeps rejected rows in :attr:`Roster.rejected`; ``"raise"``
    raises one :class:`~jamsos.errors.BatchError` listing every rejected row. ``budget``:
    the allocated budget, for :meth:`Roster.burn_down`. ``min_age``/``max_age``: the
    programme's own age limits (completed years on the first day of the row's first month).
    """
    if errors not in ("collect", "raise"):
        raise UnknownValueError(
            N_("errors must be 'collect' or 'raise', got {errors!r}"), field="errors", errors=errors
        )
    options = RosterOptions.make(
        first_month=first_month,
        last_month=last_month,
        budget_funded=budget_funded,
        jht=jht,
        transport_worker=transport_worker,
        min_age=min_age,
        max_age=max_age,
        budget=budget,
    )
    p = resolve(params)
    pd, frame = _frame(table)
    import numpy as np

    cols = match_columns(frame.columns) if len(frame.columns) else {"nik": None}
    n = len(frame)
    first, last = options.first_month, options.last_month
    on = first.first_day
    findings: dict[int, list[Finding]] = {}

    def add(i: int, f: Finding) -> None:
        findings.setdefault(i, []).append(f)

    def series(name: str) -> Any:
        header = cols.get(name)
        if header is None or header not in frame.columns:
            return pd.Series([None] * n, dtype=object)
        return frame[header].reset_index(drop=True)

    def texts(name: str) -> Any:
        return series(name).astype("string").fillna("").str.strip().astype(object).to_numpy()

    niks = _check_niks(pd, np, series("nik"), on, add)
    incomes = _incomes(pd, np, series("income"), add)
    row_first, row_last = _row_months(pd, np, series("first_month"), series("last_month"), first, last, add)
    ages = _ages(np, niks, row_first, options, add)

    rejected = np.zeros(n, dtype=bool)
    for i, fs in findings.items():
        rejected[i] = any(f.rejects for f in fs)

    # the band table of each month: an income below the lowest band is placed in it, one
    # above the highest band is capped at it (PP 44/2015 Lampiran II), each with a note
    months_all = list(Month.range(first, last))
    edges = [band_edges(m, params=p) for m in months_all]
    lowest = np.array([int(lo) for lo, _ in edges], dtype=np.int64)
    highest = np.array([int(hi) if hi is not None else _INT_LIMIT for _, hi in edges], dtype=np.int64)
    at = np.clip(row_first - first.index, 0, len(lowest) - 1)
    noted: dict[tuple[str, int, int], Finding] = {}
    below = ~rejected & (incomes < lowest[at])
    above = ~rejected & (incomes > highest[at])
    for i in np.flatnonzero(below | above).tolist():
        kind = (
            "income_missing" if incomes[i] < 0 else ("income_below_band" if below[i] else "income_above_band")
        )
        key = (kind, int(incomes[i]), int(lowest[at[i]] if below[i] else highest[at[i]]))
        f = noted.get(key)
        if f is None:
            f = noted[key] = _band_note(*key)
        add(i, f)

    accepted = np.flatnonzero(~rejected)
    if errors == "raise" and rejected.any():
        # the first rows and a count of all: memory stays flat whatever the number of bad rows
        bad = np.flatnonzero(rejected)
        items = tuple(
            (int(i) + 1, "; ".join(f.message("en") for f in findings[int(i)] if f.rejects))
            for i in bad[: batch.RAISE_KEEPS]
        )
        raise BatchError(
            N_(
                "{n} of {total} roster rows were rejected; first: row {row}: {reason}. The "
                "error's .errors lists the first {kept} (row, reason); pass errors='collect' to "
                "keep the good rows and every rejected one"
            ),
            errors=items,
            rejected=len(bad),
            n=len(bad),
            total=n,
            row=items[0][0],
            reason=items[0][1],
            kept=len(items),
        )

    names = texts("name")
    workers = pd.DataFrame(
        {
            "row": (accepted + 1).astype(np.int64),
            "nik": niks.text[accepted],
            "name": names[accepted],
            "village": texts("village")[accepted],
            "district": texts("district")[accepted],
            "occupation": texts("occupation")[accepted],
            "declared_income": np.maximum(incomes[accepted], 0),
            "first_month": row_first[accepted],
            "last_month": row_last[accepted],
            "birth_date": niks.birth_dates(pd, accepted),
            "female": niks.female[accepted],
            "age": ages[accepted],
        }
    )
    invoice = _invoice(pd, np, workers, options, (lowest, highest), first, p)
    labels = {j: str(Month.from_index(j)) for j in range(first.index, last.index + 1)}
    workers["first_month"] = workers["first_month"].map(labels)
    workers["last_month"] = workers["last_month"].map(labels)
    rej_rows = [
        (int(i) + 1, str(niks.text[i]), str(names[i]), tuple(f for f in findings[int(i)] if f.rejects))
        for i in np.flatnonzero(rejected)
    ]
    note_rows = [
        (i + 1, str(niks.text[i]), str(names[i]), tuple(f for f in fs if not f.rejects))
        for i, fs in sorted(findings.items())
        if not rejected[i] and any(not f.rejects for f in fs)
    ]
    return Roster(
        options=options,
        rows_read=n,
        workers=workers,
        wide=invoice,
        rejected=tuple(rej_rows),
        noted=tuple(note_rows),
        law_version=law_version(params=p),
    )


@attrs.frozen
class _Niks:
    text: Any  # object array of the NIK as read (cleaned where valid)
    year: Any
    month: Any
    day: Any
    female: Any
    valid: Any

    def birth_dates(self, pd: Any, rows: Any) -> Any:
        """The dates of birth of ``rows`` as a datetime64 column (built without Python objects)."""
        parts = pd.DataFrame({"year": self.year[rows], "month": self.month[rows], "day": self.day[rows]})
        return pd.to_datetime(parts).to_numpy(dtype="datetime64[D]") if len(parts) else parts["year"]


def _check_niks(pd: Any, np: Any, raw: Any, on: dt.date, add: Any) -> _Niks:
    """Every NIK checked: a vectorized pass for the common case, :func:`nik.check` for the
    rest (which also words the reason)."""
    n = len(raw)
    txt = raw.astype("string").str.strip()
    fast = txt.str.fullmatch(r"[0-9]{16}").fillna(value=False).to_numpy(dtype=bool)
    # only text and integers take the fast path: a float NIK has lost digits already
    if raw.dtype.kind == "f":
        fast[:] = False
    elif raw.dtype.kind == "O":
        fast &= raw.map(lambda v: type(v) is str or type(v) is int).to_numpy(dtype=bool)
    in_force = [c for c, prov in nik_mod.provinces(on).items()]
    fast &= txt.str.slice(0, 2).isin(in_force).to_numpy(dtype=bool)
    fast &= (txt.str.slice(2, 4) != "00").fillna(value=False).to_numpy(dtype=bool)
    fast &= (txt.str.slice(4, 6) != "00").fillna(value=False).to_numpy(dtype=bool)
    fast &= (txt.str.slice(12, 16) != "0000").fillna(value=False).to_numpy(dtype=bool)
    codes, uniques = pd.factorize(txt.str.slice(6, 12))
    table = np.zeros((len(uniques) + 1, 5), dtype=np.int64)  # year, month, day, female, ok
    for j, digits in enumerate(uniques):
        got = nik_mod.birth(str(digits), on) if len(str(digits)) == 6 and str(digits).isdigit() else None
        if isinstance(got, tuple):
            table[j] = (got[0].year, got[0].month, got[0].day, got[1], 1)
    rows = table[codes]  # code -1 (missing) takes the last, all-zero row
    fast &= rows[:, 4] == 1
    text = np.array(txt.fillna("").astype(object).to_numpy(), dtype=object)
    year, month, day, female = rows[:, 0].copy(), rows[:, 1].copy(), rows[:, 2].copy(), rows[:, 3] == 1
    valid = fast.copy()
    values = raw.to_numpy(dtype=object)
    for i in np.flatnonzero(~fast).tolist():
        info = nik_mod.check(values[i], on=on)
        if isinstance(info, Finding):
            add(i, info)
            text[i] = "" if _missing(values[i]) else str(values[i]).strip()
            continue
        text[i] = info.nik
        year[i], month[i], day[i], female[i] = (
            info.birth_date.year,
            info.birth_date.month,
            info.birth_date.day,
            info.female,
        )
        valid[i] = True
    # duplicates among valid NIKs: the first row keeps the NIK
    keyed = pd.Series(np.where(valid, text, None), dtype=object)
    dup_any = (keyed.duplicated(keep=False) & valid).to_numpy(dtype=bool)
    first_seen: dict[str, int] = {}
    for i in np.flatnonzero(dup_any).tolist():
        seen = first_seen.setdefault(text[i], i)
        if seen != i:
            add(i, Finding.reject("nik_duplicate", N_("the NIK is already on row {row}"), row=seen + 1))
    del n
    return _Niks(text, year, month, day, female, valid)


def _incomes(pd: Any, np: Any, raw: Any, add: Any) -> Any:
    """Declared incomes as int64 (-1: none declared), each distinct cell parsed once."""
    codes, uniques = _factorize(pd, raw.to_numpy(dtype=object))
    values = np.full(len(uniques) + 1, -1, dtype=np.int64)
    problems: dict[int, Finding] = {}
    for j, v in enumerate(uniques):
        got = _income(v)
        if isinstance(got, Finding):
            problems[j] = got
        elif got is not None:
            values[j] = int(got)
    for j, f in problems.items():
        for i in np.flatnonzero(codes == j).tolist():
            add(i, f)
    return values[codes]


def _row_months(
    pd: Any, np: Any, first_col: Any, last_col: Any, first: Month, last: Month, add: Any
) -> tuple[Any, Any]:
    """Each row's first and last month (the programme's when blank), checked."""
    out = []
    for col, default in ((first_col, first), (last_col, last)):
        codes, uniques = _factorize(pd, col.to_numpy(dtype=object))
        idx = np.full(len(uniques) + 1, default.index, dtype=np.int64)
        for j, v in enumerate(uniques):
            got = _month_cell(v)
            if isinstance(got, Finding):
                for i in np.flatnonzero(codes == j).tolist():
                    add(i, got)
            elif got is not None:
                idx[j] = got.index
        out.append(idx[codes])
    row_first, row_last = out
    for i in np.flatnonzero(
        (row_first < first.index) | (row_last > last.index) | (row_last < row_first)
    ).tolist():
        a, b = Month.from_index(int(row_first[i])), Month.from_index(int(row_last[i]))
        if b < a:
            add(
                i,
                Finding.reject(
                    "months_order",
                    N_("the last month {last} is before the first {first}"),
                    first=str(a),
                    last=str(b),
                ),
            )
        else:
            add(
                i,
                Finding.reject(
                    "months_outside",
                    N_("the months {first} to {last} are not within the programme period {start} to {end}"),
                    first=str(a),
                    last=str(b),
                    start=str(first),
                    end=str(last),
                ),
            )
    return row_first, row_last


def _ages(np: Any, niks: _Niks, row_first: Any, options: RosterOptions, add: Any) -> Any:
    """Completed years on the first day of each row's first month (-1 without a valid NIK)."""
    year, month0 = np.divmod(row_first, 12)
    month = month0 + 1
    # on the 1st of a month the birthday has passed unless it falls later in the year
    ages = year - niks.year - ((month < niks.month) | ((month == niks.month) & (niks.day > 1)))
    ages = np.where(niks.valid, ages, -1)
    for i in np.flatnonzero(niks.valid & (ages < 0)).tolist():
        born = dt.date(int(niks.year[i]), int(niks.month[i]), int(niks.day[i]))
        day = Month.from_index(int(row_first[i])).first_day
        add(
            i,
            Finding.reject(
                "born_later",
                N_("the NIK's date of birth {born} is after {day}"),
                born=str(born),
                day=str(day),
            ),
        )
    checks = (
        (
            options.min_age,
            ages < (options.min_age or 0),
            "age_below",
            N_("age {age} is below the programme's minimum age {limit}"),
        ),
        (
            options.max_age,
            ages > (options.max_age or 0),
            "age_above",
            N_("age {age} is above the programme's maximum age {limit}"),
        ),
    )
    for limit, hit, code, msg in checks:
        if limit is None:
            continue
        for i in np.flatnonzero(niks.valid & (ages >= 0) & hit).tolist():
            add(i, Finding.reject(code, msg, age=int(ages[i]), limit=limit))
    return ages


def _band_note(kind: str, income: int, band: int) -> Finding:
    if kind == "income_missing":
        return Finding.note(
            kind, N_("no declared income: contributions on the lowest band, {band}"), band=_rp(band)
        )
    if kind == "income_below_band":
        return Finding.note(
            kind,
            N_("the declared income {income} is below the lowest band; placed in it, {band}"),
            income=_rp(income),
            band=_rp(band),
        )
    return Finding.note(
        kind,
        N_("the declared income {income} is above the highest band; contributions capped at it, {band}"),
        income=_rp(income),
        band=_rp(band),
    )


def _rp(amount: int) -> str:
    from jamsos.money import Rupiah

    return str(Rupiah(amount))


def _invoice(
    pd: Any,
    np: Any,
    workers: Any,
    options: RosterOptions,
    bands: tuple[Any, Any],
    first: Month,
    p: ParameterSet,
) -> Any:
    """Worker × month amounts (one column per program) through the batch path."""
    f = workers["first_month"].to_numpy(dtype=np.int64)
    last = workers["last_month"].to_numpy(dtype=np.int64)
    counts = last - f + 1
    k = len(workers)
    total = int(counts.sum())
    worker = np.repeat(np.arange(k, dtype=np.int64), counts)
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    month_idx = np.repeat(f, counts) + (np.arange(total, dtype=np.int64) - starts)
    offset = month_idx - first.index
    lowest, highest = bands
    declared = np.repeat(workers["declared_income"].to_numpy(dtype=np.int64), counts)
    wage = np.minimum(np.maximum(declared, lowest[offset]), highest[offset])
    labels = np.array([str(Month.from_index(first.index + j)) for j in range(len(lowest))], dtype=object)
    month = pd.Categorical.from_codes(offset, categories=list(labels))
    table = pd.DataFrame(
        {
            "month": month,
            "wage": wage,
            "segment": pd.Categorical.from_codes(np.zeros(total, dtype=np.int8), categories=["BPU"]),
            "jht": np.full(total, options.jht),
            "transport_worker": np.full(total, options.transport_worker),
            "budget_funded": np.full(total, options.budget_funded),
        }
    )
    out = batch.contributions(table, params=p)
    wide = pd.DataFrame({"worker": worker, "month": month, "income": wage})
    for prog in _PROGRAMS:
        wide[prog] = (
            out[f"{prog}_employer"].to_numpy()
            + out[f"{prog}_worker"].to_numpy()
            + out[f"{prog}_government"].to_numpy()
        )
    wide["total"] = out["total"].to_numpy()
    return wide
