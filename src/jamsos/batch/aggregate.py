"""Aggregations of a contributions table for budgeting: totals by month, program, party or any column."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from jamsos import optional
from jamsos.batch.tables import PROGRAM_PARTIES, kind_of_table
from jamsos.domain import Program
from jamsos.errors import InvalidInputError
from jamsos.periods import Month

# ---------------------------------------------------------------------------------------
# aggregations for budgeting
# ---------------------------------------------------------------------------------------
_PARTIES: Final = ("employer", "worker", "government")


def aggregate(result: Any, *, by: Sequence[str] = ("month",)) -> Any:
    """Sum an output of :func:`contributions` by ``by`` columns, program and party.

    Returns the same kind of table in long form: the ``by`` columns, ``program``
    (jkk, jkm, jht, jp, jkp), ``party`` (employer, worker, government) and ``amount``
    (int). Only non-zero sums are listed. ``by=()`` gives the grand totals.

    >>> from jamsos.batch import contributions
    >>> out = contributions([{"month": "2025-06", "wage": 8_000_000, "risk_class": 1},
    ...                      {"month": "2025-06", "wage": 5_000_000, "risk_class": 1}])
    >>> [(r["program"], r["party"], r["amount"]) for r in aggregate(out)][:3]
    [('jkk', 'employer', 31200), ('jkm', 'employer', 39000), ('jht', 'employer', 481000)]
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
        pd = optional.pandas_or_none()
        missing = [c for c in (*by, *_program_columns()) if c not in result.columns]
        if missing:
            raise InvalidInputError(
                f"columns {missing} are not in the table; pass an output of contributions()"
            )
        cols = list(_program_columns())
        bad = [c for c in cols if result[c].dtype.kind not in "iu"]
        if bad:
            raise InvalidInputError(f"columns {bad} must hold whole rupiah as integers")
        sums = result.groupby(list(by), sort=True)[cols].sum() if by else result[cols].sum().to_frame().T
        frames = []
        for col, prog, party in PROGRAM_PARTIES:
            part = sums[[col]].rename(columns={col: "amount"})
            part = part.assign(program=prog.code, party=party)
            frames.append(part)
        long = pd.concat(frames)
        if by:
            long = long.reset_index()
        long = long[long["amount"] != 0]
        order = {p.code: i for i, p in enumerate(Program)}
        long = long.assign(
            _o=long["program"].map(order), _q=long["party"].map({p: i for i, p in enumerate(_PARTIES)})
        )
        long = long.sort_values([*by, "_o", "_q"], kind="stable").drop(columns=["_o", "_q"])
        long["amount"] = long["amount"].astype("int64")
        return long[[*by, "program", "party", "amount"]].reset_index(drop=True)
    totals: dict[tuple[object, ...], int] = {}
    for row in result:
        if not isinstance(row, Mapping):
            raise InvalidInputError(f"aggregate() needs mappings, got {type(row).__name__}")
        try:
            key = tuple(str(row[b]) if isinstance(row[b], Month) else row[b] for b in by)
            for col, prog, party in PROGRAM_PARTIES:
                amount = row[col]
                if isinstance(amount, bool) or not isinstance(amount, int):
                    raise InvalidInputError(f"{col} must hold whole rupiah as int, got {amount!r}")
                if amount:
                    k = (*key, prog.code, party)
                    totals[k] = totals.get(k, 0) + amount
        except KeyError as exc:
            raise InvalidInputError(
                f"column {exc.args[0]!r} is not in a row; pass an output of contributions()"
            ) from None
        except TypeError as exc:
            raise InvalidInputError(f"cannot group by {by}: {exc}") from None
    order = {p.code: i for i, p in enumerate(Program)}

    def sort_key(item: tuple[tuple[object, ...], int]) -> tuple[object, ...]:
        k = item[0]
        return (*(str(x) for x in k[: len(by)]), order[str(k[-2])], _PARTIES.index(str(k[-1])))

    return [
        {**dict(zip(by, k[: len(by)], strict=True)), "program": k[-2], "party": k[-1], "amount": v}
        for k, v in sorted(totals.items(), key=sort_key)
    ]


def _program_columns() -> tuple[str, ...]:
    return tuple(col for col, _p, _q in PROGRAM_PARTIES)
