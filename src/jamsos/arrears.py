"""The arrears rule shared by JKK and JKM (PP 44/2015 Pasal 38, 39, 41, 42).

Both programs read the same way: a wage earner's employer up to N consecutive months in
arrears, BPJS pays; more, the employer pays first and is reimbursed after settling arrears and
fines. A BPU member up to N months in arrears keeps the right, partly deferred until the arrears
are paid; more, no right. Only the parameter names and the wording differ, so they are passed in.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

import attrs

from jamsos.domain import Segment
from jamsos.explain import Explanation, Tracer
from jamsos.parameters import ParameterSet
from jamsos.results import Decision, Reason

__all__ = ["ArrearsWording", "arrears_decision"]


@attrs.frozen
class ArrearsWording:
    """Program-specific parameter prefix, messages (``{months}``, ``{limit}``) and titles."""

    prefix: str
    bpu_ok: str
    bpu_fail: str
    employer_ok: str
    employer_fail: str
    title: str
    title_id: str
    date_label: str


def arrears_decision(
    words: ArrearsWording, *, day: dt.date, months: int, seg: Segment, params: ParameterSet
) -> Decision:
    """Decide who pays, given ``months`` of arrears on ``day`` (the event date)."""
    t = Tracer(params)
    if seg is Segment.NON_WAGE_EARNER:
        dv = t.dated(f"{words.prefix}.arrears.bpu_max_months", day)
        ok = months <= dv.value
        text = words.bpu_ok if ok else words.bpu_fail
        code, payer = "bpu_arrears", ("bpjs" if ok else "none")
    else:
        dv = t.dated(f"{words.prefix}.arrears.bpjs_pays_max_months", day)
        ok = months <= dv.value
        text = words.employer_ok if ok else words.employer_fail
        code, payer = "employer_arrears", ("bpjs" if ok else "employer")
    reason = Reason(code, ok, text.format(months=months, limit=dv.value), (dv.cite(),))
    uses = t.take()

    def explain() -> Explanation:
        return Explanation(
            words.title,
            words.title_id,
            value=payer,
            inputs=(("months in arrears", months), ("segment", seg.code), (words.date_label, day)),
            parameters=uses,
        )

    return Decision(
        ok, (reason,), details=MappingProxyType({"payer": payer, "segment": seg.code}), explainer=explain
    )
