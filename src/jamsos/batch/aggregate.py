"""Aggregations of a contributions table for budgeting: totals by month, program, party or any column.

:func:`aggregate` reduces; it also re-reduces its own output, so an engine can aggregate each
partition where the partition lives and combine the partial sums afterwards (``docs/scale.md``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from jamsos import optional
from jamsos.batch.tables import PROGRAM_PARTIES, kind_of_table
from jamsos.domain import Program
from jamsos.errors import InvalidInputError
from jamsos.i18n import N_, type_name
from jamsos.periods import Month

# ---------------------------------------------------------------------------------------
# aggregations for budgeting
# ---------------------------------------------------------------------------------------
_PARTIES: Final = ("employer", "worker", "government")
#: The columns of :func:`aggregate`'s own (long) output, besides the ``by`` columns.
LONG_COLUMNS: Final = ("program", "party", "amount")


def aggregate(result: Any, *, by: Sequence[str] = ("month",)) -> Any:
    """Sum an output of :func:`contributions` by ``by`` columns, program and party.

    Returns the same kind of table in long form: the ``by`` columns, ``program``
    (jkk, jkm, jht, jp, jkp), ``party`` (employer, worker, government) and ``amount``
    (int). Only non-zero sums are listed. ``by=()`` gives the grand totals.

    The input may hold only some of the amount columns (``contributions(..., columns=...)``):
    those present are summed. It may also be :func:`aggregate`'s own output, or several of
    them concatenated: the partial sums of partitions are summed again, so
    ``aggregate(concat(aggregate(part) for part in parts))`` equals ``aggregate(whole)``.

    >>> from jamsos.batch import contributions
    >>> out = contributions([{"month": "2025-06", "wage": 8_000_000, "risk_class": 1},
    ...                      {"month": "2025-06", "wage": 5_000_000, "risk_class": 1}])
    >>> [(r["program"], r["party"], r["amount"]) for r in aggregate(out)][:3]
    [('jkk', 'employer', 31200), ('jkm', 'employer', 39000), ('jht', 'employer', 481000)]
    >>> again = aggregate(aggregate(out[:1]) + aggregate(out[1:]))
    >>> again == aggregate(out)
    True
    """
    if isinstance(by, str):
        by = (by,)
    by = tuple(by)
    kind = kind_of_table(result)
    if kind == "arrow":
        pd = optional.pandas_or_none()
        pa = optional.import_extra("pyarrow", "arrow")
        if pd is None:
            return pa.Table.from_pylist(aggregate(result.to_pylist(), by=by))
        frame = aggregate(result.to_pandas(), by=by)
        return pa.Table.from_pandas(frame, preserve_index=False)
    if kind == "pandas":
        return _aggregate_frame(result, by)
    return _aggregate_records(result, by)


def _aggregate_frame(result: Any, by: tuple[str, ...]) -> Any:
    pd = optional.pandas_or_none()
    columns = set(result.columns)
    missing = [c for c in by if c not in columns]
    if missing:
        raise InvalidInputError(
            N_("columns {missing} are not in the table; pass an output of contributions()"), missing=missing
        )
    present = [(col, prog, party) for col, prog, party in PROGRAM_PARTIES if col in columns]
    if present:
        cols = [col for col, _p, _q in present]
        bad = [c for c in cols if result[c].dtype.kind not in "iu"]
        if bad:
            raise InvalidInputError(N_("columns {bad} must hold whole rupiah as integers"), bad=bad)
        sums = result.groupby(list(by), sort=True)[cols].sum() if by else result[cols].sum().to_frame().T
        frames = []
        for col, prog, party in present:
            part = sums[[col]].rename(columns={col: "amount"})
            frames.append(part.assign(program=prog.code, party=party))
        long = pd.concat(frames)
        if by:
            long = long.reset_index()
    elif set(LONG_COLUMNS) <= columns:  # partial sums: aggregate()'s own output, concatenated
        if result["amount"].dtype.kind not in "iu":
            raise InvalidInputError(N_("column 'amount' must hold whole rupiah as integers"))
        long = result.groupby([*by, "program", "party"], sort=False)["amount"].sum().reset_index()
    else:
        raise InvalidInputError(
            N_(
                "the table has no amount columns (jkk_employer, ..., jkp_government) and is "
                "not an output of aggregate() (program, party, amount); pass an output of "
                "contributions()"
            )
        )
    long = long[long["amount"] != 0]
    order = {p.code: i for i, p in enumerate(Program)}
    long = long.assign(
        _o=long["program"].map(order), _q=long["party"].map({p: i for i, p in enumerate(_PARTIES)})
    )
    long = long.sort_values([*by, "_o", "_q"], kind="stable").drop(columns=["_o", "_q"])
    long["amount"] = long["amount"].astype("int64")
    return long[[*by, "program", "party", "amount"]].reset_index(drop=True)


def _aggregate_records(result: Any, by: tuple[str, ...]) -> list[dict[str, object]]:
    totals: dict[tuple[object, ...], int] = {}
    for row in result:
        if not isinstance(row, Mapping):
            raise InvalidInputError(N_("aggregate() needs mappings, got {kind}"), kind=type_name(row))
        try:
            key = tuple(str(row[b]) if isinstance(row[b], Month) else row[b] for b in by)
            present = [(col, prog.code, party) for col, prog, party in PROGRAM_PARTIES if col in row]
            if not present and all(c in row for c in LONG_COLUMNS):
                present = [("amount", row["program"], row["party"])]
            if not present:
                raise KeyError("jkk_employer")
            for col, prog, party in present:
                amount = row[col]
                if isinstance(amount, bool) or not isinstance(amount, int):
                    raise InvalidInputError(
                        N_("{col} must hold whole rupiah as int, got {amount!r}"), col=col, amount=amount
                    )
                if amount:
                    k = (*key, prog, party)
                    totals[k] = totals.get(k, 0) + amount
        except KeyError as exc:
            raise InvalidInputError(
                N_("column {name!r} is not in a row; pass an output of contributions()"), name=exc.args[0]
            ) from None
        except TypeError as exc:
            raise InvalidInputError(N_("cannot group by {by}: {exc}"), by=by, exc=exc) from None
    order = {p.code: i for i, p in enumerate(Program)}

    def sort_key(item: tuple[tuple[object, ...], int]) -> tuple[object, ...]:
        k = item[0]
        prog, party = str(k[-2]), str(k[-1])
        return (
            *(str(x) for x in k[: len(by)]),
            order.get(prog, len(order)),
            _PARTIES.index(party) if party in _PARTIES else len(_PARTIES),
            prog,
            party,
        )

    return [
        {**dict(zip(by, k[: len(by)], strict=True)), "program": k[-2], "party": k[-1], "amount": v}
        for k, v in sorted(totals.items(), key=sort_key)
    ]


def _program_columns() -> tuple[str, ...]:
    return tuple(col for col, _p, _q in PROGRAM_PARTIES)
