"""Whether the PP 49/2020 COVID-19 relief (99% off JKK and JKM, contribution months August 2020
to January 2021) applies to a contribution, given what the caller knows.

PP 49/2020 Pasal 13 sets conditions a payroll row cannot show: JKK and JKM paid up to July
2020, and members registered after July 2020 paying their first months in full. The caller
says ``covid_relief_eligible=True`` (conditions met: relief applied), ``False`` (not met: full
contribution) or ``None`` (not checked: the relief is applied, as jamsos 0.1 did, with a note
naming the conditions). Outside the relief window the flag changes nothing.
"""

from __future__ import annotations

from jamsos.contributions.rules import rate_value
from jamsos.errors import InvalidInputError
from jamsos.i18n import N_
from jamsos.parameters import DatedValue, ParameterSet
from jamsos.periods import Month
from jamsos.results import Note

__all__ = ["covid_factor"]


def check_flag(value: object) -> bool | None:
    """``covid_relief_eligible`` must be True, False or None."""
    if value is not None and not isinstance(value, bool):
        raise InvalidInputError(
            N_("covid_relief_eligible must be True, False or None, got {value!r}"), value=value
        )
    return value


def covid_factor(
    discount: DatedValue, eligible: object, params: ParameterSet, month: Month
) -> tuple[bool, str | None]:
    """(whether the relief applies, a note or None) for one contribution month."""
    flag = check_flag(eligible)
    if not rate_value(discount):
        return False, None
    if flag is True:
        return True, None
    on = month.last_day
    paid = params.value("relief.covid.condition.paid_through", on)
    first = params.value("relief.covid.condition.new_member_full_months", on)
    values = {"paid_to": Month.of(paid.date()), "cite": paid.cite(), "months": first.integer()}
    if flag is False:
        return (
            False,
            Note.of(
                "pu.covid_relief_not_applied",
                N_(
                    "PP 49/2020 relief not applied: the caller says its conditions are not met "
                    "(JKK and JKM paid up to {paid_to} ({cite}); a member registered later pays "
                    "the first {months} months in full)"
                ),
                **values,
            ),
        )
    return True, Note.of(
        "pu.covid_relief_unchecked",
        N_(
            "PP 49/2020 relief applied without checking its conditions (JKK and JKM paid up to "
            "{paid_to} ({cite}); a member registered later pays the first {months} months in "
            "full); pass covid_relief_eligible=True or False to decide"
        ),
        **values,
    )
