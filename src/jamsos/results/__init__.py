"""Results: what the rules return.

* :class:`Contributions`: what the employer, the worker and the government owe for one
  month (or one package), per program, as :class:`Share` values.
* :class:`Award`: a benefit, as :class:`Component` values, with a dated payment schedule
  and a monthly amount where the benefit is a pension.
* :class:`Decision`: whether a condition-based right exists, with a :class:`Reason` for
  every condition checked, and the earliest date where a waiting period applies.

Every result is an immutable value: two results are equal when their computed values,
their inputs and the law-data version they were computed under are equal (never on the
explanation, which is built lazily on the first ``explain()``); equal results hash
equally; results survive ``pickle``, ``copy.deepcopy`` and a process boundary (the
explanation travels with them). ``to_json()`` / :func:`jamsos.from_json` round-trip
exactly; the layout is ``jamsos.schema("result")`` (see :mod:`jamsos.jsonform`).

The package's modules, one concern each: ``notes`` (:class:`Note`, :class:`Reason`, the
catalog lookup), ``parts`` (:class:`Share`, :class:`Allocation`, :class:`Component`,
:data:`Payment`, :func:`cite`), ``layout`` (the schema tag and the law-data version's JSON
form), ``base`` (what every result shares: lazy explanation, pickling, JSON text),
``contributions``, ``award`` and ``decision``. Import the names from ``jamsos.results``:
the classes say they live here (``Award.__module__ == "jamsos.results"``), so reprs and
pickles do not depend on which module defines them, and pickles made by jamsos 0.2 load.
"""

from __future__ import annotations

# Every public name 0.2's single module had, also those it only imported: code reached them
# here, and typing.get_type_hints on the result classes reads this namespace. ``X as X``
# marks a re-export for type checkers.
import datetime as dt  # noqa: F401  (0.2 had jamsos.results.dt)
from collections.abc import Callable as Callable
from collections.abc import Iterable as Iterable
from collections.abc import Iterator as Iterator
from collections.abc import Mapping as Mapping
from decimal import Decimal as Decimal
from typing import TYPE_CHECKING as TYPE_CHECKING
from typing import Any as Any
from typing import Final as Final
from typing import Literal as Literal
from typing import TypedDict as TypedDict
from typing import TypeVar as TypeVar
from typing import final as final

import attrs as attrs

from jamsos.domain import Program as Program
from jamsos.domain import Segment as Segment
from jamsos.errors import ExplanationMissingError as ExplanationMissingError
from jamsos.errors import InvalidInputError as InvalidInputError
from jamsos.errors import UnknownValueError as UnknownValueError
from jamsos.explain import Explanation as Explanation
from jamsos.explain import ExplanationDict as ExplanationDict
from jamsos.frozen import FrozenMap as FrozenMap
from jamsos.frozen import deep_freeze as deep_freeze
from jamsos.jsonform import converter as converter
from jamsos.jsonform import decode_value as decode_value
from jamsos.jsonform import dumps as dumps
from jamsos.jsonform import encode_value as encode_value
from jamsos.jsonform import money_from_json as money_from_json
from jamsos.jsonform import money_json as money_json
from jamsos.jsonform import register_result
from jamsos.jsonform import thaw_json as thaw_json
from jamsos.jsonform import when_from_json as when_from_json
from jamsos.jsonform import when_json as when_json
from jamsos.legal import Basis as Basis
from jamsos.money import Rupiah as Rupiah
from jamsos.money import total as total
from jamsos.parameters import LawVersion as LawVersion
from jamsos.periods import Month as Month
from jamsos.render import award_html as award_html
from jamsos.render import award_text as award_text
from jamsos.render import contributions_html as contributions_html
from jamsos.render import contributions_text as contributions_text
from jamsos.render import decision_html as decision_html
from jamsos.render import decision_text as decision_text
from jamsos.results.award import Award as Award
from jamsos.results.award import AwardDict as AwardDict
from jamsos.results.base import FixedExplanation as FixedExplanation
from jamsos.results.base import ResultBase
from jamsos.results.base import rebuild as _rebuild
from jamsos.results.contributions import Contributions as Contributions
from jamsos.results.contributions import ContributionsDict as ContributionsDict
from jamsos.results.decision import Decision as Decision
from jamsos.results.decision import DecisionDict as DecisionDict
from jamsos.results.layout import RESULT_SCHEMA as RESULT_SCHEMA
from jamsos.results.layout import LawVersionDict as LawVersionDict
from jamsos.results.layout import version_from_json as version_from_json
from jamsos.results.layout import version_json as version_json
from jamsos.results.notes import Note as Note
from jamsos.results.notes import NoteDict as NoteDict
from jamsos.results.notes import Reason as Reason
from jamsos.results.notes import ReasonDict as ReasonDict
from jamsos.results.notes import translate as translate
from jamsos.results.parts import Allocation as Allocation
from jamsos.results.parts import AllocationDict as AllocationDict
from jamsos.results.parts import Component as Component
from jamsos.results.parts import ComponentDict as ComponentDict
from jamsos.results.parts import Payment as Payment
from jamsos.results.parts import PaymentDict as PaymentDict
from jamsos.results.parts import Share as Share
from jamsos.results.parts import ShareDict as ShareDict
from jamsos.results.parts import cite as cite
from jamsos.results.parts import register_leaf_hooks

__all__ = [
    "RESULT_SCHEMA",
    "Allocation",
    "AllocationDict",
    "Award",
    "AwardDict",
    "Component",
    "ComponentDict",
    "Contributions",
    "ContributionsDict",
    "Decision",
    "DecisionDict",
    "LawVersionDict",
    "Note",
    "NoteDict",
    "Payment",
    "PaymentDict",
    "Reason",
    "ReasonDict",
    "Share",
    "ShareDict",
    "cite",
    "version_from_json",
    "version_json",
]

#: The base class of the results (0.2's private name; kept for subclasses written against it).
_ResultBase = ResultBase


register_leaf_hooks()
register_result("contributions", Contributions.from_dict)
register_result("award", Award.from_dict)
register_result("decision", Decision.from_dict)

# The classes say they live here, as in 0.2: reprs, pickles (``jamsos.results.Award``) and
# doctests do not depend on which module of the package defines them.
for _cls in (
    Note,
    Reason,
    Share,
    Allocation,
    Component,
    FixedExplanation,
    ResultBase,
    Contributions,
    Award,
    Decision,
):
    _cls.__module__ = __name__
del _cls
# A pickle names the function that rebuilds a result: keep 0.2's name, so pickles made by 0.2
# load here and pickles made here load in 0.2.
_rebuild.__module__ = __name__
_rebuild.__name__ = _rebuild.__qualname__ = "_rebuild"
