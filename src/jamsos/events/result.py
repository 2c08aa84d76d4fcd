"""What a life event gives: one :class:`Entitlement` per program, gathered in a :class:`LifeEvent`.

An entitlement separates what is **paid once the claim is complete** (``lines``) from
**future payments that depend on a condition** (``schedule``: a child still at school, a
widow not remarried), and gives a pension as its first monthly payments plus the rule for
the rest (``monthly`` and ``rule``). It is never folded into one headline total.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from typing import Any, Final, final

import attrs

from jamsos.domain import Program
from jamsos.events.text import Text
from jamsos.explain import Explanation
from jamsos.i18n import N_, current_lang, normalize_lang
from jamsos.jsonform import (
    date_from_json,
    money_from_json,
    money_json,
    register_result,
    when_from_json,
    when_json,
)
from jamsos.money import Rupiah, total
from jamsos.periods import Month
from jamsos.results import Award, Decision

__all__ = ["Entitlement", "EntitlementStatus", "LifeEvent", "Line", "ScheduledPayment"]

#: The JSON form every result shares (docs/json.md); a life event's ``type`` is ``life_event``.
RESULT_SCHEMA: Final = "jamsos.result/2"
RESULT_TYPE: Final = "life_event"


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
        """JSON-ready mapping (the amount an exact string)."""
        return {"label": self.label.to_dict(), "amount": money_json(self.amount), "basis": list(self.basis)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Line:
        """Inverse of :meth:`to_dict`."""
        return cls(Text.from_dict(data["label"]), money_from_json(data["amount"]), tuple(data["basis"]))


@final
@attrs.frozen
class ScheduledPayment:
    """A future payment on a date (or in a month), with what it is for."""

    when: dt.date | Month
    amount: Rupiah
    label: Text

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping: ``when`` an ISO date or ``YYYY-MM``, the amount an exact string."""
        return {
            "when": when_json(self.when),
            "amount": money_json(self.amount),
            "label": self.label.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScheduledPayment:
        """Inverse of :meth:`to_dict`."""
        return cls(
            when_from_json(data["when"]), money_from_json(data["amount"]), Text.from_dict(data["label"])
        )


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

    def to_dict(self, *, explanation: bool = True) -> dict[str, object]:
        """JSON-ready mapping; amounts exact strings, dates ISO, sources in the result form."""
        return {
            "program": self.program.code,
            "title": self.title.to_dict(),
            "status": self.status.value,
            "paid_now": money_json(self.paid_now),
            "lines": [line.to_dict() for line in self.lines],
            "schedule": [p.to_dict() for p in self.schedule],
            "monthly": money_json(self.monthly) if self.monthly is not None else None,
            "rule": self.rule.to_dict() if self.rule else None,
            "earliest_on": self.earliest_on.isoformat() if self.earliest_on else None,
            "claim_by": self.claim_by.isoformat() if self.claim_by else None,
            "conditions": [{"met": met, "text": t.to_dict()} for met, t in self.conditions],
            "notes": [n.to_dict() for n in self.notes],
            "basis": list(self.basis),
            "sources": [s.to_dict(explanation=explanation) for s in self.sources],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entitlement:
        """Inverse of :meth:`to_dict` (``paid_now`` is derived, so it is not read)."""
        from jamsos.jsonform import from_dict

        def day(value: object, where: str) -> dt.date | None:
            return None if value is None else date_from_json(value, where)

        return cls(
            program=Program.parse(data["program"]),
            title=Text.from_dict(data["title"]),
            status=EntitlementStatus(data["status"]),
            lines=tuple(Line.from_dict(x) for x in data["lines"]),
            schedule=tuple(ScheduledPayment.from_dict(x) for x in data["schedule"]),
            monthly=None if data["monthly"] is None else money_from_json(data["monthly"], "monthly"),
            rule=None if data["rule"] is None else Text.from_dict(data["rule"]),
            earliest_on=day(data["earliest_on"], "earliest_on"),
            claim_by=day(data["claim_by"], "claim_by"),
            conditions=tuple((bool(c["met"]), Text.from_dict(c["text"])) for c in data["conditions"]),
            notes=tuple(Text.from_dict(n) for n in data["notes"]),
            basis=tuple(str(b) for b in data["basis"]),
            sources=tuple(from_dict(s) for s in data["sources"]),
        )


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
        raise UnknownValueError(
            N_("no {prog} entitlement for this event; it has: {have}"), prog=prog.code, have=have
        )

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

    def to_dict(self, *, explanation: bool = True) -> dict[str, Any]:
        """The result form (``docs/json.md``): ``type`` ``life_event``, ``kind`` ``event.<kind>``.

        Exactly ``json.loads(self.to_json())``. Each entitlement's ``sources`` are the program
        results in their own result form (with their ``inputs`` and ``law_version``); the
        envelope's ``law_version`` is theirs (``null`` when no program was computed), its
        ``inputs`` the event date, its ``notes`` every entitlement's notes with a code
        ``event.<program>.note`` and the text in English and Indonesian.
        """
        from jamsos.errors import ExplanationMissingError

        entitlements = [e.to_dict(explanation=explanation) for e in self.entitlements]
        versions = [s["law_version"] for e in entitlements for s in e["sources"]]  # type: ignore[attr-defined]
        tree = None
        if explanation:
            try:
                tree = self.explain().to_dict()
            except ExplanationMissingError:  # read back from a form without its explanation
                tree = None
        return {
            "schema": RESULT_SCHEMA,
            "type": RESULT_TYPE,
            "kind": f"event.{self.kind}",
            "law_version": next((v for v in versions if v is not None), None),
            "inputs": {"on": {"date": self.on.isoformat()}},
            "notes": [
                {"code": f"event.{e.program.code}.note", "en": n.render("en"), "id": n.render("id")}
                for e in self.entitlements
                for n in e.notes
            ],
            "on": self.on.isoformat(),
            "title": self.title.to_dict(),
            "paid_now": money_json(self.paid_now),
            "entitlements": entitlements,
            "assumptions": [a.to_dict() for a in self.assumptions],
            "next_steps": [s.to_dict() for s in self.next_steps],
            "explanation": tree,
        }

    def to_json(self, *, explanation: bool = True, indent: int | None = None) -> str:
        """JSON text; ``jamsos.from_json(text) == self``."""
        from jamsos.jsonform import dumps

        return dumps(self.to_dict(explanation=explanation), indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LifeEvent:
        """Inverse of :meth:`to_dict`."""
        kind = str(data["kind"])
        if not kind.startswith("event."):
            from jamsos.errors import InvalidInputError

            raise InvalidInputError(
                N_("a life event's kind starts with 'event.', got {kind!r}"), field="kind", kind=kind
            )
        return cls(
            kind=kind.removeprefix("event."),
            on=date_from_json(data["on"], "on"),
            title=Text.from_dict(data["title"]),
            entitlements=tuple(Entitlement.from_dict(e) for e in data["entitlements"]),
            assumptions=tuple(Text.from_dict(a) for a in data["assumptions"]),
            next_steps=tuple(Text.from_dict(s) for s in data["next_steps"]),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> LifeEvent:
        """Typed reader: :func:`jamsos.from_json` for a life event."""
        from jamsos.errors import InvalidInputError
        from jamsos.jsonform import from_json

        result = from_json(text)
        if not isinstance(result, cls):
            raise InvalidInputError(N_("not a life event: {type}"), field="type", type=type(result).__name__)
        return result

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


register_result(RESULT_TYPE, LifeEvent.from_dict)
