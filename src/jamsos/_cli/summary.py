"""The short default text of the benefit commands (``jkp``, ``jkm``, ``jkk``, ``jp manfaat``).

Issue 15, readable by default: the answer first (what is paid, or why not), then the
components with their articles, the payment schedule with its days written out and the
notes, in whole rupiah; the step-by-step explanation and exact amounts are one ``--rinci``
away (and always in ``--json``).
"""

from __future__ import annotations

from typing import Final

from jamsos.i18n import N_, translate
from jamsos.render import award_headline
from jamsos.results import Award

__all__ = ["award_summary", "detail_hint"]

_HINT: Final = N_("Every step with its article and the exact amounts: add --rinci")


def detail_hint(lang: str) -> str:
    """The closing line that says where the full explanation is."""
    return translate(_HINT, lang)


def award_summary(award: Award, lang: str) -> str:
    """The award's answer line, its table (components, schedule, notes) and the hint."""
    return "\n\n".join([award_headline(award, lang), award.table(lang), detail_hint(lang)])
