"""The four life events: :func:`dismissal`, :func:`death`, :func:`retirement`, :func:`disability`.

All take the same keyword-only names: ``on`` (the event date, which selects the law),
``birth_date``, ``wage`` with ``member_since`` (the date the member joined) or ``history``
(a :class:`~jamsos.ContributionHistory`), ``family`` (:class:`~jamsos.events.Family`:
spouse and children with school level and year), ``opening`` (the JHT balance from the
member's statement: an amount on the event date, or ``(date, amount)``), ``params`` and
``as_of`` (today, by default: events in the future are refused).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from jamsos.errors import InvalidInputError, UnknownValueError
from jamsos.events import programs
from jamsos.events.family import WorkHistory, as_family, work_history
from jamsos.events.result import Entitlement, LifeEvent
from jamsos.events.text import Text, text
from jamsos.i18n import N_
from jamsos.jht import WithdrawalReason
from jamsos.money import Rupiah
from jamsos.parameters import ParameterSet, current_law_option
from jamsos.periods import as_date
from jamsos.scholarship import event_date

__all__ = ["CAUSES", "death", "disability", "dismissal", "retirement"]

#: ``cause`` values of :func:`death` and :func:`disability`, with Indonesian aliases.
CAUSES: Final = {
    "work_accident": "work_accident",
    "kecelakaan_kerja": "work_accident",
    "kecelakaan-kerja": "work_accident",
    "kerja": "work_accident",
    "occupational_disease": "work_accident",
    "penyakit_akibat_kerja": "work_accident",
    "other": "other",
    "lainnya": "other",
    "lain": "other",
    "biasa": "other",
}


def _cause(value: object) -> str:
    if isinstance(value, str) and value.strip().lower().replace(" ", "_") in CAUSES:
        return CAUSES[value.strip().lower().replace(" ", "_")]
    raise UnknownValueError(
        N_(
            "unknown cause {value!r}; accepted: 'work_accident' ('kecelakaan-kerja', also an "
            "occupational disease) or 'other' ('lainnya')"
        ),
        field="cause",
        value=value,
    )


def _opening(value: object, on: dt.date) -> tuple[dt.date, Rupiah] | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        if len(value) != 2:
            raise InvalidInputError(N_("opening must be an amount or a (date, amount) pair"))
        day = as_date(value[0], "opening date")
        if day > on:
            raise InvalidInputError(
                N_("the JHT statement date {day} is after the event on {on}"), day=day, on=on
            )
        return day, _balance(value[1])
    return on, _balance(value)


def _balance(value: object) -> Rupiah:
    amount = Rupiah.of(value, "opening balance")
    if amount.amount < 0:
        raise InvalidInputError(
            N_("the JHT balance (opening) cannot be negative, got {amount}"), amount=amount
        )
    return amount


_NEXT_CLAIM: Final = N_(
    "claim at a BPJS Ketenagakerjaan branch or online (JMO app) with the KTP, the membership card "
    "and the documents listed for each benefit"
)


def _event(
    kind: str,
    on: dt.date,
    title: Text,
    entitlements: list[Entitlement],
    assumptions: tuple[Text, ...],
    steps: tuple[Text, ...],
) -> LifeEvent:
    return LifeEvent(kind, on, title, tuple(entitlements), assumptions, (*steps, text(_NEXT_CLAIM)))


def _jht(
    wh: WorkHistory,
    day: dt.date,
    birth: dt.date,
    reason: WithdrawalReason,
    opening: object,
    params: ParameterSet | None,
    *,
    pension_age: int | None = None,
    to_heirs: bool = False,
) -> Entitlement:
    """The event's JHT entitlement: the whole balance claimed for ``reason`` (see programs.jht_claim)."""
    return programs.jht_claim(
        wh=wh,
        on=day,
        birth=birth,
        reason=reason,
        opening=_opening(opening, day),
        params=params,
        pension_age=pension_age,
        to_heirs=to_heirs,
    )


@current_law_option
def dismissal(
    *,
    on: dt.date,
    birth_date: dt.date,
    wage: object = None,
    member_since: dt.date | None = None,
    history: object = None,
    opening: object = None,
    employer_scale: str = "large",
    claim_on: dt.date | None = None,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> LifeEvent:
    """A dismissal (PHK) on ``on``: JKP's cash benefit, the JHT balance, and JP at pension age.

    >>> import datetime as dt
    >>> r = dismissal(on=dt.date(2025, 3, 10), birth_date=dt.date(1990, 5, 1), wage=6_000_000,
    ...               member_since=dt.date(2022, 3, 1), opening=25_000_000, as_of=dt.date(2025, 4, 1))
    >>> [e.program.code for e in r], str(r["jkp"].schedule[0].amount), r["jht"].earliest_on
    (['jkp', 'jht', 'jp'], 'Rp3.000.000', datetime.date(2025, 4, 10))
    """
    day = event_date(on, "on", as_of)
    birth = as_date(birth_date, "birth_date")
    wh = work_history(on=day, wage=wage, member_since=member_since, history=history, params=params)
    claim = None if claim_on is None else as_date(claim_on, "claim_on")
    ents = [
        programs.jkp_dismissal(
            wh=wh,
            on=day,
            birth=birth,
            reason="dismissal",
            employer_scale=employer_scale,
            claim_on=claim,
            params=params,
        ),
        _jht(wh, day, birth, WithdrawalReason.DISMISSAL, opening, params),
        programs.jp_at_pension_age(birth=birth, params=params),
    ]
    steps = (text(N_("claim JKP within its deadline; report to the job-placement service (Pasker)")),)
    return _event(
        "dismissal", day, text(N_("Dismissal (PHK) on {day}"), day=day), ents, wh.assumptions, steps
    )


@current_law_option
def death(
    *,
    on: dt.date,
    cause: str,
    birth_date: dt.date,
    wage: object = None,
    member_since: dt.date | None = None,
    history: object = None,
    family: object = None,
    opening: object = None,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> LifeEvent:
    """A member's death on ``on``: JKK (``cause="work_accident"``) or JKM (``"other"``), JHT and JP.

    >>> import datetime as dt
    >>> from jamsos.events import Family
    >>> r = death(on=dt.date(2025, 3, 10), cause="work_accident", birth_date=dt.date(1990, 5, 1),
    ...           wage=6_000_000, member_since=dt.date(2022, 3, 1),
    ...           family=Family(spouse=True, children=["SD3:2016-01-05"]), as_of=dt.date(2025, 4, 1))
    >>> str(r["jkk"].paid_now), str(r["jp"].monthly), r["jkk"].claim_by
    ('Rp310.000.000', 'Rp471.141', datetime.date(2030, 3, 9))
    """
    day = event_date(on, "on", as_of)
    why = _cause(cause)
    birth = as_date(birth_date, "birth_date")
    fam = as_family(family)
    wh = work_history(on=day, wage=wage, member_since=member_since, history=history, params=params)
    first = (
        programs.jkk_death(wh=wh, on=day, family=fam, params=params, as_of=as_of)
        if why == "work_accident"
        else programs.jkm_death(wh=wh, on=day, family=fam, params=params, as_of=as_of)
    )
    ents = [
        first,
        _jht(wh, day, birth, WithdrawalReason.DEATH, opening, params, to_heirs=True),
        programs.jp_survivor(wh=wh, on=day, birth=birth, family=fam, params=params),
    ]
    title = (
        text(N_("Death from a work accident on {day}"), day=day)
        if why == "work_accident"
        else text(N_("Death on {day}"), day=day)
    )
    steps = (text(N_("the heirs claim with the death certificate and the family card (KK)")),)
    return _event("death", day, title, ents, wh.assumptions, steps)


@current_law_option
def retirement(
    *,
    on: dt.date,
    birth_date: dt.date,
    wage: object = None,
    member_since: dt.date | None = None,
    history: object = None,
    opening: object = None,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> LifeEvent:
    """Retirement on ``on`` (the last day of work): the JHT balance and the JP old-age benefit.

    >>> import datetime as dt
    >>> r = retirement(on=dt.date(2025, 6, 30), birth_date=dt.date(1966, 6, 1), wage=8_000_000,
    ...                member_since=dt.date(2015, 7, 1), opening=150_000_000, as_of=dt.date(2025, 7, 1))
    >>> r["jht"].earliest_on, r["jp"].status.value, str(r["jp"].paid_now)
    (datetime.date(2025, 6, 30), 'payable', 'Rp33.827.657')
    """
    day = event_date(on, "on", as_of)
    birth = as_date(birth_date, "birth_date")
    wh = work_history(on=day, wage=wage, member_since=member_since, history=history, params=params)
    years = programs.age(birth, day)
    ents = [
        _jht(
            wh,
            day,
            birth,
            WithdrawalReason.AGE,
            opening,
            params,
            pension_age=years if 15 <= years <= 100 else None,
        ),
        programs.jp_old_age(wh=wh, on=day, birth=birth, params=params),
    ]
    return _event("retirement", day, text(N_("Retirement on {day}"), day=day), ents, wh.assumptions, ())


@current_law_option
def disability(
    *,
    on: dt.date,
    birth_date: dt.date,
    cause: str = "work_accident",
    wage: object = None,
    member_since: dt.date | None = None,
    history: object = None,
    family: object = None,
    opening: object = None,
    as_of: dt.date | None = None,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> LifeEvent:
    """Total permanent disability (*cacat total tetap*) on ``on``: JKK (work accident), JHT, JP.

    Partial disability from a work accident is a JKK matter only: see
    :func:`jamsos.jkk.disability_benefit` (anatomical or functional, by body part).
    """
    day = event_date(on, "on", as_of)
    why = _cause(cause)
    birth = as_date(birth_date, "birth_date")
    fam = as_family(family)
    wh = work_history(on=day, wage=wage, member_since=member_since, history=history, params=params)
    ents = []
    if why == "work_accident":
        ents.append(programs.jkk_disability(wh=wh, on=day, family=fam, params=params, as_of=as_of))
    ents += [
        _jht(wh, day, birth, WithdrawalReason.DISABILITY, opening, params),
        programs.jp_disability(wh=wh, on=day, birth=birth, params=params),
    ]
    steps = (text(N_("bring the doctor's statement of total permanent disability")),)
    return _event(
        "disability",
        day,
        text(N_("Total permanent disability on {day}"), day=day),
        ents,
        wh.assumptions,
        steps,
    )
