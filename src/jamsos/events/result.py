"""What a life event gives: one :class:`Entitlement` per program, gathered in a :class:`LifeEvent`.

An entitlement separates what is **paid once the claim is complete** (``lines``) from
**future payments that depend on a condition** (``schedule``: a child still at school, a
widow not remarried), and gives a pension as its first monthly payments plus the rule for
the rest (``monthly`` and ``rule``). It is never folded into one headline total.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from typing import Final, final

import attrs

from jamsos.domain import Program
from jamsos.events.text import Text, json_value
from jamsos.explain import Explanation
from jamsos.i18n import N_, current_lang, normalize_lang
from jamsos.money import Rupiah, total
from jamsos.periods import Month
from jamsos.results import Award, Decision

__all__ = ["Entitlement", "EntitlementStatus", "LifeEvent", "Line", "ScheduledPayment"]

RESULT_SCHEMA: Final = "jamsos.result/1"


class EntitlementStatus(enum.Enum):
    """Where a program stands for this event."""

    #: A benefit is due once the claim is complete (possibly with future payments too).
    PAYABLE = "payable"
    #: The right exists but starts later (for example a pension at pension age).
    LATER = "later"
    #: A condition is not met; ``conditions`` say which.
    NOT_ELIGIBLE = "not_eligible"
    #: jamsos could not compute it from what was given; ``notes`` say what to add.
    NOT_ASSESSED = "not_assessed"

    @property
    def label(self) -> str:
        """English msgid of the status, for the catalog."""
        return _STATUS_LABELS[self]


_STATUS_LABELS: Final = {
    EntitlementStatus.PAYABLE: N_("payable"),
    EntitlementStatus.LATER: N_("later"),
    EntitlementStatus.NOT_ELIGIBLE: N_("not eligible"),
    EntitlementStatus.NOT_ASSESSED: N_("not assessed"),
}


@final
@attrs.frozen
class Line:
    """One amount paid once the claim is complete: what it is, how much, and its basis."""

    label: Text
    amount: Rupiah
    basis: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping (the amount exact)."""
        return {"label": self.label.to_dict(), "amount": self.amount.to_json(), "basis": list(self.basis)}


@final
@attrs.frozen
class ScheduledPayment:
    """A future payment on a date (or in a month), with what it is for."""

    when: dt.date | Month
    amount: Rupiah
    label: Text

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {"when": json_value(self.when), "amount": self.amount.to_json(), "label": self.label.to_dict()}


@final
@attrs.frozen
class Entitlement:
    """One program's answer for the event.

    * ``lines``: amounts paid once the claim is complete (their sum is :attr:`paid_now`);
    * ``schedule``: dated future payments, each subject to the conditions in ``rule``;
    * ``monthly``: the first monthly amount of a pension; ``rule`` says how it continues;
    * ``earliest_on`` / ``claim_by``: the first and last day to claim, where the law sets them;
    * ``conditions``: what was checked (met or not), ``notes``: what to know or do;
    * ``sources``: the program results this was built from (their ``explain()`` and JSON).
    """

    program: Program
    title: Text
    status: EntitlementStatus
    lines: tuple[Line, ...] = ()
    schedule: tuple[ScheduledPayment, ...] = ()
    monthly: Rupiah | None = None
    rule: Text | None = None
    earliest_on: dt.date | None = None
    claim_by: dt.date | None = None
    conditions: tuple[tuple[bool, Text], ...] = ()
    notes: tuple[Text, ...] = ()
    basis: tuple[str, ...] = ()
    sources: tuple[Award | Decision, ...] = ()

    @property
    def paid_now(self) -> Rupiah:
        """Sum of the amounts paid once the claim is complete (not the future schedule)."""
        return total(line.amount for line in self.lines)

    def explain(self) -> Explanation:
        """The program computations this entitlement rests on."""
        return Explanation(
            self.title.render("en"),
            self.title.render("id"),
            children=tuple(s.explain() for s in self.sources),
        )

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping; amounts exact."""
        return {
            "program": self.program.code,
            "title": self.title.to_dict(),
            "status": self.status.value,
            "paid_now": self.paid_now.to_json(),
            "lines": [line.to_dict() for line in self.lines],
            "schedule": [p.to_dict() for p in self.schedule],
            "monthly": self.monthly.to_json() if self.monthly is not None else None,
            "rule": self.rule.to_dict() if self.rule else None,
            "earliest_on": json_value(self.earliest_on),
            "claim_by": json_value(self.claim_by),
            "conditions": [{"met": met, "text": t.to_dict()} for met, t in self.conditions],
            "notes": [n.to_dict() for n in self.notes],
            "basis": list(self.basis),
            "sources": [s.to_dict() for s in self.sources],
        }


@final
@attrs.frozen
class LifeEvent:
    """Every program's entitlement for one life event (dismissal, death, retirement, disability).

    ``str(result)`` is a short text in the current language (:func:`jamsos.i18n.current_lang`);
    ``table(lang)`` picks one; ``to_dict()`` is JSON with exact amounts.
    """

    kind: str
    on: dt.date
    title: Text
    entitlements: tuple[Entitlement, ...]
    assumptions: tuple[Text, ...] = ()
    next_steps: tuple[Text, ...] = ()

    def __iter__(self) -> Iterator[Entitlement]:
        return iter(self.entitlements)

    def __getitem__(self, program: Program | str) -> Entitlement:
        prog = Program.parse(program)
        for e in self.entitlements:
            if e.program is prog:
                return e
        from jamsos.errors import UnknownValueError

        have = ", ".join(e.program.code for e in self.entitlements)
        raise UnknownValueError(f"no {prog.code} entitlement for this event; it has: {have}")

    @property
    def programs(self) -> tuple[Program, ...]:
        """The programs that answer for this event, in display order."""
        return tuple(e.program for e in self.entitlements)

    @property
    def paid_now(self) -> Rupiah:
        """What every program pays once the claims are complete (future payments not included)."""
        return total(e.paid_now for e in self.entitlements)

    def explain(self) -> Explanation:
        """Each program's computation, with every parameter and its citation."""
        return Explanation(
            self.title.render("en"),
            self.title.render("id"),
            children=tuple(e.explain() for e in self.entitlements),
        )

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping (schema ``jamsos.result/1``, kind ``event.<kind>``)."""
        return {
            "schema": RESULT_SCHEMA,
            "kind": f"event.{self.kind}",
            "on": self.on.isoformat(),
            "title": self.title.to_dict(),
            "paid_now": self.paid_now.to_json(),
            "entitlements": [e.to_dict() for e in self.entitlements],
            "assumptions": [a.to_dict() for a in self.assumptions],
            "next_steps": [s.to_dict() for s in self.next_steps],
        }

    def table(self, lang: str | None = None, *, exact: bool = False, width: int = 100) -> str:
        """The answer as text: the headline first, then each program, schedules and notes."""
        from jamsos.events.render import render_text

        return render_text(self, current_lang() if lang is None else normalize_lang(lang), exact, width)

    def __str__(self) -> str:
        return self.table()

    def __repr__(self) -> str:
        return f"<LifeEvent {self.kind} {self.on.isoformat()}: {', '.join(p.code for p in self.programs)}>"

    def _repr_html_(self) -> str:
        from jamsos.events.render import render_html

        return render_html(self, current_lang())
