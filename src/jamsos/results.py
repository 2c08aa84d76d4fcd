"""Results: what the rules return.

* :class:`Contributions`: what the employer, the worker and the government owe for one
  month (or one package), per program, as :class:`Share` values.
* :class:`Award`: a benefit, as :class:`Component` values, with a dated payment schedule
  and a monthly amount where the benefit is a pension.
* :class:`Decision`: whether a condition-based right exists, with a :class:`Reason` for
  every condition checked, and the earliest date where a waiting period applies.

Every result is immutable, JSON-ready (``to_dict()``) and explains itself (``explain()``);
explanations are built lazily, on the first call.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Final, final

import attrs

from jamsos.domain import Program, Segment
from jamsos.explain import Explanation
from jamsos.legal import Basis
from jamsos.money import Rupiah, total
from jamsos.periods import Month

__all__ = [
    "Allocation",
    "Award",
    "Component",
    "Contributions",
    "Decision",
    "Payment",
    "Reason",
    "Share",
]

RESULT_SCHEMA: Final = "jamsos.result/1"

_ZERO: Final = Rupiah.zero()


def _no_explanation() -> Explanation:
    return Explanation("No explanation recorded", "Tidak ada penjelasan")


@final
@attrs.frozen
class Share:
    """Who pays what of one program's contribution.

    >>> Share(Rupiah(296_000), Rupiah(160_000)).total
    Rupiah('456000')
    """

    employer: Rupiah = _ZERO
    worker: Rupiah = _ZERO
    government: Rupiah = _ZERO

    @property
    def total(self) -> Rupiah:
        """Employer + worker + government."""
        return total((self.employer, self.worker, self.government))

    def __add__(self, other: Share) -> Share:
        return Share(
            self.employer + other.employer,
            self.worker + other.worker,
            self.government + other.government,
        )

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {
            "employer": self.employer.to_json(),
            "worker": self.worker.to_json(),
            "government": self.government.to_json(),
            "total": self.total.to_json(),
        }


_ZERO_SHARE: Final = Share()


@final
@attrs.frozen
class Allocation:
    """A part of a contribution already counted in a program, re-allocated to another.

    JKP's recomposed funds: ``Allocation("jkp", Program.JKK, Rp7.000)`` says that Rp7.000 of
    the employer's JKK contribution funds JKP. It is never added to the bill twice.
    """

    name: str
    source: Program
    amount: Rupiah


@final
@attrs.frozen(eq=False)
class Contributions:
    """Contributions for one month (or one package), per program and per party.

    Programs not due are zero. ``deferred`` holds amounts whose payment a relief postpones
    (not included in the shares). ``allocations`` shows recomposed funds inside a share.

    Access a program's share with ``c[Program.JKK]`` or ``c.jkk``.
    """

    month: Month | None
    segment: Segment
    shares: Mapping[Program, Share]
    allocations: tuple[Allocation, ...] = ()
    deferred: Mapping[Program, Share] = attrs.field(factory=lambda: MappingProxyType({}))
    notes: tuple[str, ...] = ()
    _explainer: Callable[[], Explanation] = attrs.field(
        default=_no_explanation, repr=False, alias="explainer"
    )
    _explanation: list[Explanation] = attrs.field(factory=list, init=False, repr=False)

    def __getitem__(self, program: Program) -> Share:
        return self.shares.get(program, _ZERO_SHARE)

    @property
    def programs(self) -> tuple[Program, ...]:
        """Programs with a contribution in this result, in the canonical order."""
        return tuple(p for p in Program if p in self.shares)

    @property
    def jkk(self) -> Share:
        """JKK share."""
        return self[Program.JKK]

    @property
    def jkm(self) -> Share:
        """JKM share."""
        return self[Program.JKM]

    @property
    def jht(self) -> Share:
        """JHT share."""
        return self[Program.JHT]

    @property
    def jp(self) -> Share:
        """JP share."""
        return self[Program.JP]

    @property
    def jkp(self) -> Share:
        """JKP share (the government's part; recomposed funds are in ``allocations``)."""
        return self[Program.JKP]

    @property
    def employer(self) -> Rupiah:
        """Everything the employer pays this month."""
        return total(s.employer for s in self.shares.values())

    @property
    def worker(self) -> Rupiah:
        """Everything deducted from the worker (or paid by a BPU member)."""
        return total(s.worker for s in self.shares.values())

    @property
    def government(self) -> Rupiah:
        """Everything the government pays (JKP share, budget-funded BPU contributions)."""
        return total(s.government for s in self.shares.values())

    @property
    def total(self) -> Rupiah:
        """Employer + worker + government."""
        return total(s.total for s in self.shares.values())

    def allocation(self, name: str) -> Rupiah:
        """Sum of the allocations called ``name`` (e.g. ``"jkp"``)."""
        return total(a.amount for a in self.allocations if a.name == name)

    def explain(self) -> Explanation:
        """The computation, step by step, with every parameter and its citation."""
        if not self._explanation:
            self._explanation.append(self._explainer())
        return self._explanation[0]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping (schema ``jamsos.result/1``)."""
        return {
            "schema": RESULT_SCHEMA,
            "kind": "contributions",
            "month": str(self.month) if self.month else None,
            "segment": self.segment.code,
            "programs": {p.code: self[p].to_dict() for p in self.programs},
            "allocations": [
                {"name": a.name, "source": a.source.code, "amount": a.amount.to_json()}
                for a in self.allocations
            ],
            "deferred": {p.code: s.to_dict() for p, s in self.deferred.items()},
            "employer": self.employer.to_json(),
            "worker": self.worker.to_json(),
            "government": self.government.to_json(),
            "total": self.total.to_json(),
            "notes": list(self.notes),
        }

    def rows(self) -> Iterator[tuple[str, Rupiah, Rupiah, Rupiah, Rupiah]]:
        """``(program, employer, worker, government, total)`` per program."""
        for p in self.programs:
            s = self[p]
            yield (p.code, s.employer, s.worker, s.government, s.total)

    def table(self, lang: str = "en") -> str:
        """A plain-text table of the shares."""
        heads = (
            ("Program", "Pemberi kerja", "Pekerja", "Pemerintah", "Jumlah")
            if lang == "id"
            else ("Program", "Employer", "Worker", "Government", "Total")
        )
        body = [(c, str(e), str(w), str(g), str(t)) for c, e, w, g, t in self.rows()]
        total_label = "Jumlah" if lang == "id" else "Total"
        body.append(
            (total_label, str(self.employer), str(self.worker), str(self.government), str(self.total))
        )
        return _format_table(heads, body)

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(c)}</td><td>{e}</td><td>{w}</td><td>{g}</td><td>{t}</td></tr>"
            for c, e, w, g, t in self.rows()
        )
        month = html.escape(str(self.month)) if self.month else ""
        return (
            f"<table><caption>Contributions {month} ({self.segment.code})</caption>"
            "<tr><th>Program</th><th>Employer</th><th>Worker</th><th>Government</th>"
            f"<th>Total</th></tr>{rows}<tr><th>Total</th><th>{self.employer}</th>"
            f"<th>{self.worker}</th><th>{self.government}</th><th>{self.total}</th></tr>"
            "</table>"
        )


def _format_table(heads: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(heads)]

    def line(cells: Sequence[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = "  ".join(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))
        return f"{first}  {rest}"

    sep = "-" * (sum(widths) + 2 * (len(widths) - 1))
    return "\n".join([line(heads), sep, *(line(r) for r in body[:-1]), sep, line(body[-1])])


@final
@attrs.frozen
class Component:
    """One part of a benefit: its name, amount and legal basis."""

    name: str
    amount: Rupiah
    basis: tuple[str, ...] = ()
    note: str | None = None

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {
            "name": self.name,
            "amount": self.amount.to_json(),
            "basis": list(self.basis),
            "note": self.note,
        }


Payment = tuple[dt.date | Month, Rupiah]


@final
@attrs.frozen(eq=False)
class Award:
    """A benefit: components, total, payment schedule and (for pensions) the monthly amount.

    ``payments`` is a tuple of ``(date or Month, Rupiah)``; for a lump sum it holds one
    payment. ``monthly`` is the first monthly amount of a pension, ``None`` otherwise.
    """

    kind: str
    components: tuple[Component, ...]
    payments: tuple[Payment, ...] = ()
    monthly: Rupiah | None = None
    notes: tuple[str, ...] = ()
    details: Mapping[str, object] = attrs.field(factory=lambda: MappingProxyType({}))
    _explainer: Callable[[], Explanation] = attrs.field(
        default=_no_explanation, repr=False, alias="explainer"
    )
    _explanation: list[Explanation] = attrs.field(factory=list, init=False, repr=False)

    @property
    def total(self) -> Rupiah:
        """Sum of the components."""
        return total(c.amount for c in self.components)

    def component(self, name: str) -> Component:
        """The component called ``name``."""
        for c in self.components:
            if c.name == name:
                return c
        from jamsos.errors import UnknownValueError

        names = ", ".join(c.name for c in self.components)
        raise UnknownValueError(f"no component {name!r}; this award has: {names}")

    def explain(self) -> Explanation:
        """The computation, step by step, with every parameter and its citation."""
        if not self._explanation:
            self._explanation.append(self._explainer())
        return self._explanation[0]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping (schema ``jamsos.result/1``)."""
        return {
            "schema": RESULT_SCHEMA,
            "kind": self.kind,
            "total": self.total.to_json(),
            "monthly": self.monthly.to_json() if self.monthly is not None else None,
            "components": [c.to_dict() for c in self.components],
            "payments": [
                {"when": str(w) if isinstance(w, Month) else w.isoformat(), "amount": a.to_json()}
                for w, a in self.payments
            ],
            "notes": list(self.notes),
            "details": {k: _detail(v) for k, v in self.details.items()},
        }

    def to_frame(self) -> object:
        """The payment schedule as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            from jamsos.errors import JamsosError

            raise JamsosError("to_frame() needs pandas: pip install 'jamsos[pandas]'") from exc
        return pd.DataFrame(
            {
                "when": [str(w) if isinstance(w, Month) else w for w, _ in self.payments],
                "amount": [int(a.rounded()) for _, a in self.payments],
            }
        )

    def table(self, lang: str = "en") -> str:
        """A plain-text table of the components."""
        heads = ("Komponen", "Jumlah", "Dasar hukum") if lang == "id" else ("Component", "Amount", "Basis")
        body = [(c.name, str(c.amount), "; ".join(c.basis)) for c in self.components]
        body.append(("Jumlah" if lang == "id" else "Total", str(self.total), ""))
        return _format_table(heads, body)

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{c.amount}</td>"
            f"<td>{html.escape('; '.join(c.basis))}</td></tr>"
            for c in self.components
        )
        return (
            f"<table><caption>{html.escape(self.kind)}</caption><tr><th>Component</th>"
            f"<th>Amount</th><th>Basis</th></tr>{rows}<tr><th>Total</th>"
            f"<th>{self.total}</th><th></th></tr></table>"
        )


def _detail(value: object) -> object:
    if isinstance(value, Rupiah):
        return value.to_json()
    if isinstance(value, Month):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_detail(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _detail(v) for k, v in value.items()}
    if isinstance(value, bool | int | str) or value is None:
        return value
    return str(value)


@final
@attrs.frozen
class Reason:
    """One condition checked for a decision: whether it is met, why, and its basis."""

    code: str
    met: bool
    message: str
    basis: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {"code": self.code, "met": self.met, "message": self.message, "basis": list(self.basis)}


@final
@attrs.frozen(eq=False)
class Decision:
    """Whether a right exists, with every condition checked.

    ``eligible`` is True when every reason is met. ``earliest_on`` is the first day the
    right can be exercised where a waiting period applies. ``reasons`` lists every
    condition, met or not; ``failed`` only the unmet ones.
    """

    eligible: bool
    reasons: tuple[Reason, ...]
    earliest_on: dt.date | None = None
    notes: tuple[str, ...] = ()
    details: Mapping[str, object] = attrs.field(factory=lambda: MappingProxyType({}))
    _explainer: Callable[[], Explanation] = attrs.field(
        default=_no_explanation, repr=False, alias="explainer"
    )
    _explanation: list[Explanation] = attrs.field(factory=list, init=False, repr=False)

    @property
    def failed(self) -> tuple[Reason, ...]:
        """The conditions not met."""
        return tuple(r for r in self.reasons if not r.met)

    def __bool__(self) -> bool:
        return self.eligible

    def explain(self) -> Explanation:
        """The conditions, each with its basis."""
        if not self._explanation:
            self._explanation.append(self._explainer())
        return self._explanation[0]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping (schema ``jamsos.result/1``)."""
        return {
            "schema": RESULT_SCHEMA,
            "kind": "decision",
            "eligible": self.eligible,
            "earliest_on": self.earliest_on.isoformat() if self.earliest_on else None,
            "reasons": [r.to_dict() for r in self.reasons],
            "notes": list(self.notes),
            "details": {k: _detail(v) for k, v in self.details.items()},
        }

    def table(self, lang: str = "en") -> str:
        """Each condition on a line: met or not, message, basis."""
        ok, no = ("✓", "✗")
        lines = []
        verdict = (
            ("BERHAK" if self.eligible else "TIDAK BERHAK")
            if lang == "id"
            else ("ELIGIBLE" if self.eligible else "NOT ELIGIBLE")
        )
        lines.append(verdict)
        if self.earliest_on:
            label = "Paling cepat" if lang == "id" else "Earliest on"
            lines.append(f"{label}: {self.earliest_on.isoformat()}")
        for r in self.reasons:
            basis = f" [{'; '.join(r.basis)}]" if r.basis else ""
            lines.append(f"  {ok if r.met else no} {r.message}{basis}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.table()

    def _repr_html_(self) -> str:
        items = "".join(
            f"<li>{'✓' if r.met else '✗'} {html.escape(r.message)} "
            f"<small>{html.escape('; '.join(r.basis))}</small></li>"
            for r in self.reasons
        )
        head = "Eligible" if self.eligible else "Not eligible"
        return f"<div><b>{head}</b><ul>{items}</ul></div>"


def cite(*bases: Basis | str) -> tuple[str, ...]:
    """Render bases (or pass strings through) for a :class:`Component` or :class:`Reason`."""
    return tuple(b if isinstance(b, str) else b.cite() for b in bases)
