"""JKP (Jaminan Kehilangan Pekerjaan): who qualifies after a dismissal, and what they receive.

*Jaminan Kehilangan Pekerjaan* is the job-loss insurance of wage earners, created by PP 37/2021
(in force 2021-02-02; first claims 2022-02-22) and amended by PP 6/2025 (in force 2025-02-07).
Terms used here:

* *PHK* (Pemutusan Hubungan Kerja): the end of the employment relationship by the employer;
  ``terminated_on`` is its date.
* *PKWT* / *PKWTT*: fixed-term / open-ended employment contract.
* *Masa iur*: contribution period, in months paid. Only months from February 2021, when JKP
  contributions began, count as JKP masa iur.
* *Manfaat uang tunai*: the monthly cash benefit. *Akses informasi pasar kerja* (job-market
  information) and *Pelatihan Kerja* (job training) are the non-cash benefits.
* *Tunggakan iuran*: contribution arrears of the employer; *pailit*: bankrupt.

**Which date selects the law.** Every eligibility condition is tested under the law in force
on the *claim date* (``claim_on``; when it is not given, the first day a claim can be filed).
PP 6/2025's General Penjelasan pays every JKP benefit under the new rules from its
promulgation, "both new claims and the remaining benefit months" of running benefits, and its
Pasal 19 ayat (3) is worded as a condition of the claim ("dapat diajukan setelah"). So a claim
filed on or after 2025-02-07 for a PHK before that date is tested under the new Pasal 19 ayat
(3) (12 months in 24, no consecutive months). Two exceptions follow the PHK date: whether JKP
existed at all (PP 37/2021, 2021-02-02), and the claim window (see :func:`claim_deadline`).
Each cash payment uses the rate in force on its own payment date.

**Qualifying window.** The 24 calendar months end with the month before the PHK month (the PHK
month itself is not counted: PP 6/2025 Penjelasan Pasal 19 ayat (3), Simulasi 2 counts 14 months
for a PHK in June 2022 only that way). This is the parameter
``jkp.eligibility.count_phk_month`` (``unconfirmed``); override it to count the PHK month.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from types import MappingProxyType
from typing import Final

import attrs

from jamsos.domain import ContributionHistory, EmployerScale, Program, Segment, parse_programs
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.explain import Explanation, Tracer
from jamsos.jp import pension_date
from jamsos.money import Rate, Rounding, Rupiah, total
from jamsos.parameters import DatedValue, ParameterSet, resolve
from jamsos.periods import Month, add_months, age_on, as_date
from jamsos.results import Award, Component, Decision, Reason

__all__ = [
    "BENEFIT_ROUNDING",
    "TerminationReason",
    "cash_benefit",
    "claim_deadline",
    "eligibility",
]

#: Each monthly payment is rounded to whole rupiah, half up. No regulation states a rounding
#: rule for the JKP cash benefit; BPJS pays whole rupiah (administrative convention, listed as
#: unconfirmed in the known gaps). Only the final monthly amount is rounded.
BENEFIT_ROUNDING: Final = Rounding.HALF_UP

_YEARS_MONTHS: Final = 12  # calendar fact, not law: months in a year


class TerminationReason(enum.Enum):
    """Why the employment ended (alasan PHK), as PP 37/2021 Pasal 20 sorts them.

    ``parse`` accepts the member, its value, or common Indonesian words:

    >>> TerminationReason.parse("efisiensi"), TerminationReason.parse("mengundurkan diri")
    (<TerminationReason.DISMISSAL: 'dismissal'>, <TerminationReason.RESIGNATION: 'resignation'>)
    """

    DISMISSAL = "dismissal"
    RESIGNATION = "resignation"
    CONTRACT_ENDED_EARLY = "contract_ended_early"
    CONTRACT_EXPIRED = "contract_expired"
    RETIREMENT = "retirement"
    TOTAL_DISABILITY = "total_disability"
    DEATH = "death"

    @classmethod
    def parse(cls, value: TerminationReason | str) -> TerminationReason:
        """Accept a member, its value (``"dismissal"``) or an Indonesian alias (``"phk"``)."""
        if isinstance(value, TerminationReason):
            return value
        if isinstance(value, str):
            key = value.strip().lower().replace("-", "_").replace(" ", "_")
            for member in cls:
                if key in (member.value, member.name.lower()):
                    return member
            if key in _REASON_ALIASES:
                return _REASON_ALIASES[key]
        raise UnknownValueError(
            f"unknown termination reason {value!r}; accepted: dismissal (phk, efisiensi, pailit, "
            "tutup), resignation (mengundurkan-diri), contract_ended_early (kontrak-diakhiri), "
            "contract_expired (kontrak-habis), retirement (pensiun), total_disability "
            "(cacat-total-tetap), death (meninggal)"
        )


_REASON_ALIASES: Final = MappingProxyType(
    {
        "phk": TerminationReason.DISMISSAL,
        "pemutusan_hubungan_kerja": TerminationReason.DISMISSAL,
        "efisiensi": TerminationReason.DISMISSAL,
        "pailit": TerminationReason.DISMISSAL,
        "tutup": TerminationReason.DISMISSAL,
        "perusahaan_tutup": TerminationReason.DISMISSAL,
        "kerugian": TerminationReason.DISMISSAL,
        "penggabungan": TerminationReason.DISMISSAL,
        "keadaan_memaksa": TerminationReason.DISMISSAL,
        "dipecat": TerminationReason.DISMISSAL,
        "resign": TerminationReason.RESIGNATION,
        "mengundurkan_diri": TerminationReason.RESIGNATION,
        "pengunduran_diri": TerminationReason.RESIGNATION,
        "kontrak_diakhiri": TerminationReason.CONTRACT_ENDED_EARLY,
        "pkwt_diakhiri": TerminationReason.CONTRACT_ENDED_EARLY,
        "kontrak_diputus": TerminationReason.CONTRACT_ENDED_EARLY,
        "kontrak_habis": TerminationReason.CONTRACT_EXPIRED,
        "pkwt_berakhir": TerminationReason.CONTRACT_EXPIRED,
        "kontrak_berakhir": TerminationReason.CONTRACT_EXPIRED,
        "pensiun": TerminationReason.RETIREMENT,
        "cacat_total_tetap": TerminationReason.TOTAL_DISABILITY,
        "ctt": TerminationReason.TOTAL_DISABILITY,
        "meninggal": TerminationReason.DEATH,
        "meninggal_dunia": TerminationReason.DEATH,
    }
)

_FIXED_TERM: Final = frozenset({TerminationReason.CONTRACT_ENDED_EARLY, TerminationReason.CONTRACT_EXPIRED})

#: Reason codes, with a title in English and Bahasa Indonesia for the explanation.
_TITLES: Final = MappingProxyType(
    {
        "claims_open": ("JKP claims open", "Klaim JKP sudah dibuka"),
        "citizen": ("Indonesian citizen", "Warga negara Indonesia"),
        "registration_age": ("Age at registration", "Usia saat mendaftar"),
        "employment_relationship": ("Employment relationship", "Hubungan kerja"),
        "programs": ("Programs enrolled in", "Program yang diikuti"),
        "jkn": ("JKN registration", "Terdaftar JKN"),
        "willing_to_work": ("Willing to work again", "Bersedia bekerja kembali"),
        "masa_iur": ("Qualifying contribution months", "Masa iur"),
        "consecutive_months": ("Consecutive paid months before the PHK", "Iuran berturut-turut"),
        "termination_reason": ("Reason for the end of employment", "Alasan PHK"),
        "fixed_term": ("Fixed-term contract ended before its term", "PKWT diakhiri sebelum waktunya"),
        "claim_window": ("Claim filed in time", "Klaim diajukan tepat waktu"),
        "no_new_job": ("No new job yet", "Belum mendapat pekerjaan"),
        "alive": ("Worker alive", "Pekerja masih hidup"),
        "working_life": ("PHK within working life", "PHK dalam masa usia kerja"),
        "claim_limit": ("Number of JKP claims", "Jumlah klaim JKP"),
        "repeat_masa_iur": ("Contributions since the previous benefit", "Masa iur sejak manfaat sebelumnya"),
        "benefit_payer": ("Who pays the cash benefit", "Pembayar manfaat uang tunai"),
    }
)


# ---------------------------------------------------------------------------------------
# input checks
# ---------------------------------------------------------------------------------------
def _date(value: object, what: str) -> dt.date:
    day = as_date(value, what)
    if not 1900 <= day.year <= 2200:
        raise InvalidDateError(f"{what} {day.isoformat()} is out of range; accepted years: 1900..2200")
    return day


def _opt_date(value: object, what: str) -> dt.date | None:
    return None if value is None else _date(value, what)


def _flag(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInputError(f"{what} must be True or False, got {value!r}")
    return value


def _whole(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise MoneyTypeError(f"{what} must be a whole number, got {value!r}")
    if value < 0:
        raise InvalidInputError(f"{what} must not be negative, got {value}")
    return value


def _dates(value: object, what: str) -> tuple[dt.date, ...]:
    if isinstance(value, str | bytes | dt.date) or not isinstance(value, Iterable):
        raise InvalidInputError(f"{what} must be a sequence of dates (YYYY-MM-DD), got {value!r}")
    return tuple(sorted(_date(v, what) for v in value))


def _program_start(p: ParameterSet) -> dt.date:
    """The day JKP began: the first value of the benefit schedule (PP 37/2021, 2021-02-02)."""
    first: dt.date = p.history("jkp.benefit.rate_schedule")[0].since
    return first


def _require_program(p: ParameterSet, phk: dt.date) -> dt.date:
    start = _program_start(p)
    if phk < start:
        first = p.history("jkp.benefit.rate_schedule")[0]
        raise NotCoveredError(
            f"JKP did not exist on {phk.isoformat()}: the programme starts with {first.cite()} "
            f"on {start.isoformat()}; a PHK before that day gives no JKP right"
        )
    return start


def _default_claim(p: ParameterSet, phk: dt.date) -> dt.date:
    first_claim: dt.date = p.value("jkp.eligibility.first_claim_date", phk).value
    return max(phk, first_claim)


# ---------------------------------------------------------------------------------------
# claim window
# ---------------------------------------------------------------------------------------
def claim_deadline(terminated_on: dt.date, *, params: ParameterSet | None = None) -> dt.date:
    """The last day a JKP claim can be filed for a PHK on ``terminated_on`` (Pasal 40 huruf a).

    The window is counted in calendar months from the PHK date, and the same calendar day
    ``n`` months later is still in time (31st clamped to the month's end, see
    :func:`jamsos.periods.add_months`). Which law: the window in force on the PHK date; when a
    later regulation lengthens the window while it is still open (PP 6/2025 on 2025-02-07: 3 → 6
    months), the longer window applies. A window already closed before that day is not revived
    (the right was lost under Pasal 40 as then in force). This transition reading is not
    settled by the text (see the known gaps).

    >>> claim_deadline(dt.date(2024, 10, 1))   # closed on 2025-01-01, before PP 6/2025
    datetime.date(2025, 1, 1)
    >>> claim_deadline(dt.date(2024, 11, 10))  # still open on 2025-02-07: 6 months
    datetime.date(2025, 5, 10)
    >>> claim_deadline(dt.date(2025, 3, 1))
    datetime.date(2025, 9, 1)
    """
    deadline, _ = _claim_deadline(resolve(params), _date(terminated_on, "terminated_on"))
    return deadline


def _claim_deadline(p: ParameterSet, phk: dt.date) -> tuple[dt.date, DatedValue]:
    _require_program(p, phk)
    series = p.history("jkp.eligibility.claim_window")
    current = p.value("jkp.eligibility.claim_window", phk)
    index = next(i for i, dv in enumerate(series) if dv.since == current.since)
    while True:
        dv = series[index]
        deadline = add_months(phk, dv.value)
        following = series[index + 1] if index + 1 < len(series) else None
        if following is None or following.repealed or deadline < following.since:
            return deadline, dv
        index += 1


# ---------------------------------------------------------------------------------------
# eligibility
# ---------------------------------------------------------------------------------------
class _Checks:
    """Collects one Reason and one explanation step per condition."""

    def __init__(self, tracer: Tracer) -> None:
        self.t = tracer
        self.reasons: list[Reason] = []
        self.steps: list[Explanation] = []
        self.notes: list[str] = []
        self.details: dict[str, object] = {}

    def add(self, code: str, met: bool, message: str) -> None:
        uses = self.t.take()
        basis = tuple(dict.fromkeys(u.cite for u in uses))
        self.reasons.append(Reason(code, met, message, basis))
        en, id_ = _TITLES[code]
        self.steps.append(Explanation(en, id_, value=met, parameters=uses, note=message))


@attrs.frozen
class _Case:
    """The normalized inputs of one eligibility question."""

    history: ContributionHistory
    phk: dt.date
    why: TerminationReason
    birth: dt.date
    registered: dt.date
    scale: EmployerScale
    segment: Segment
    citizen: bool
    jkn: bool
    jkn_employer: bool
    willing: bool
    enrolled: frozenset[Program] | None
    contract_end: dt.date | None
    claim: dt.date  # given, or the first day a claim can be filed
    new_job: dt.date | None
    died: dt.date | None
    earlier: tuple[dt.date, ...]
    arrears: int
    bankrupt: bool
    jkp_first: Month  # the first JKP contribution month

    @property
    def on(self) -> dt.date:
        """The date whose law tests the conditions: the claim date."""
        return self.claim


def eligibility(
    *,
    history: ContributionHistory,
    terminated_on: dt.date,
    reason: TerminationReason | str,
    birth_date: dt.date,
    registered_on: dt.date,
    employer_scale: EmployerScale | str = EmployerScale.LARGE,
    params: ParameterSet | None = None,
    citizen: bool = True,
    jkn_registered: bool = True,
    jkn_through_employer: bool = True,
    programs: Iterable[Program | str] | None = None,
    segment: Segment | str = Segment.WAGE_EARNER,
    willing_to_work: bool = True,
    contract_end: dt.date | None = None,
    claim_on: dt.date | None = None,
    new_job_on: dt.date | None = None,
    died_on: dt.date | None = None,
    previous_claims: Iterable[dt.date] = (),
    employer_arrears_months: int = 0,
    employer_bankrupt: bool = False,
) -> Decision:
    """Decide whether a worker dismissed on ``terminated_on`` has a right to JKP benefits.

    Every condition is a separate :class:`~jamsos.results.Reason` with its article:
    claims open (programme launch), citizenship, age under 54 at registration, employment
    relationship (wage earners only), programs for the employer's scale, JKN registration,
    willingness to work, the qualifying contribution months (and, under PP 37/2021, the 6
    consecutive months), the termination reason, the fixed-term rule, the claim window, no
    new job, alive, within working life (before JP pension age), the 3-claim limit and the
    5 years of masa iur since an earlier benefit. Employer arrears never take the right away;
    they decide who pays first (reason ``benefit_payer``, ``details["payer"]``).

    Which date selects the law: the claim date (``claim_on``, default: the first day a claim
    can be filed = the PHK date, or 2022-02-22 for earlier PHKs); the claim window follows the
    PHK date (see :func:`claim_deadline`). See the module docstring.

    Args:
        history: the worker's contribution months (across employers). Months count for JKP
            from February 2021; records whose ``programs`` omit JKP do not count.
        terminated_on: the PHK date. Before 2021-02-02: :class:`NotCoveredError`.
        reason: a :class:`TerminationReason` or its name (``"efisiensi"`` = dismissal).
        birth_date: for the working-life test (JP pension date) and the age at registration.
        registered_on: the day the employer registered the worker with BPJS
            Ketenagakerjaan (Pasal 4 ayat (1) huruf a: workers enrolled before 2021 keep
            their original registration). History months before it are an error.
        employer_scale: sets the programs required (Pasal 4 ayat (3)).
        programs: programs the worker is enrolled in; ``None`` = the required ones.
        jkn_through_employer: JKN membership as a wage earner of a business entity, required
            by PP 37/2021 Pasal 4 ayat (4) only.
        contract_end: the agreed end date of a PKWT; a PHK on or after it is an expiry.
        claim_on: the claim date; ``new_job_on`` / ``died_on``: the right is lost if either
            falls on or before the claim date (Pasal 40).
        previous_claims: dates of earlier JKP benefits (Pasal 35).
        employer_arrears_months: consecutive months of employer arrears at the PHK;
            ``employer_bankrupt``: declared bankrupt or closed (Pasal 39, 39A).

    >>> from jamsos import ContributionHistory, Month
    >>> h = ContributionHistory.constant(6_000_000, Month(2023, 1), Month(2025, 2))
    >>> d = eligibility(history=h, terminated_on=dt.date(2025, 3, 1), reason="efisiensi",
    ...                 birth_date=dt.date(1990, 5, 17), registered_on=dt.date(2023, 1, 2))
    >>> d.eligible, d.details["masa_iur"], str(d.details["claim_deadline"])
    (True, 24, '2025-09-01')
    >>> [r.code for r in d.failed]
    []
    """
    p = resolve(params)
    if not isinstance(history, ContributionHistory):
        raise InvalidHistoryError(
            f"history must be a jamsos.ContributionHistory, got {type(history).__name__}; build one "
            "with ContributionHistory(records) or ContributionHistory.from_csv(path)"
        )
    phk = _date(terminated_on, "terminated_on")
    why = TerminationReason.parse(reason)
    birth = _date(birth_date, "birth_date")
    registered = _date(registered_on, "registered_on")
    scale = EmployerScale.parse(employer_scale)
    seg = Segment.parse(segment)
    flags = {
        name: _flag(value, name)
        for name, value in (
            ("citizen", citizen),
            ("jkn_registered", jkn_registered),
            ("jkn_through_employer", jkn_through_employer),
            ("willing_to_work", willing_to_work),
            ("employer_bankrupt", employer_bankrupt),
        )
    }
    arrears = _whole(employer_arrears_months, "employer_arrears_months")
    enrolled = parse_programs(programs)
    contract_end_day = _opt_date(contract_end, "contract_end")
    claim_given = _opt_date(claim_on, "claim_on")
    new_job = _opt_date(new_job_on, "new_job_on")
    died = _opt_date(died_on, "died_on")
    earlier = _dates(previous_claims, "previous_claims")

    start = _require_program(p, phk)
    _check_dates(history, phk, birth, registered, claim_given, new_job, died, earlier)
    earliest = _default_claim(p, phk)
    case = _Case(
        history=history,
        phk=phk,
        why=why,
        birth=birth,
        registered=registered,
        scale=scale,
        segment=seg,
        citizen=flags["citizen"],
        jkn=flags["jkn_registered"],
        jkn_employer=flags["jkn_through_employer"],
        willing=flags["willing_to_work"],
        enrolled=enrolled,
        contract_end=contract_end_day,
        claim=claim_given if claim_given is not None else earliest,
        new_job=new_job,
        died=died,
        earlier=earlier,
        arrears=arrears,
        bankrupt=flags["employer_bankrupt"],
        jkp_first=Month.of(start),
    )
    c = _Checks(Tracer(p))
    if claim_given is None:
        c.notes.append(
            f"no claim date given: the claim is taken as filed on {case.claim.isoformat()}, the first "
            "day a claim can be filed"
        )
    _check_membership(c, case)
    _check_contributions(c, case)
    _check_termination(c, case)
    _check_loss(c, p, case)
    _check_repeat(c, case)
    _check_payer(c, case)
    c.notes.append(
        "the PHK must be proven with documents (PP 37/2021 Pasal 20 ayat (3) as amended); jamsos does "
        "not check them"
    )

    eligible = all(r.met for r in c.reasons)
    regime = p.value("jkp.eligibility.qualifying_months", case.on).basis
    details = {"regime": regime.regulation if regime else "override", "claim_on": case.claim, **c.details}
    steps = tuple(c.steps)
    inputs = (
        ("terminated_on", phk),
        ("reason", why.value),
        ("claim_on", case.claim),
        ("birth_date", birth),
        ("registered_on", registered),
        ("employer_scale", scale.value),
        ("segment", seg.code),
        ("history_months", len(history)),
    )
    claim_text = case.claim.isoformat()

    def explain() -> Explanation:
        return Explanation(
            "JKP eligibility",
            "Kelayakan JKP",
            value=eligible,
            inputs=inputs,
            children=steps,
            note=f"conditions tested under the law in force on the claim date {claim_text}",
            note_id=f"syarat diuji menurut aturan yang berlaku pada tanggal klaim {claim_text}",
        )

    return Decision(
        eligible=eligible,
        reasons=tuple(c.reasons),
        earliest_on=earliest,
        notes=tuple(c.notes),
        details=MappingProxyType(details),
        explainer=explain,
    )


def _check_membership(c: _Checks, x: _Case) -> None:
    """Programme launch; Pasal 4 (participants); Pasal 19 ayat (2) (willing to work)."""
    t, on = c.t, x.on
    first_claim: dt.date = t.dated("jkp.eligibility.first_claim_date", x.phk).value
    c.add(
        "claims_open",
        x.claim >= first_claim,
        f"JKP claims can be filed from {first_claim.isoformat()}; claim date {x.claim.isoformat()}",
    )
    if t.value("jkp.eligibility.citizenship_required", on):
        c.add(
            "citizen",
            x.citizen,
            "Indonesian citizen (WNI)" if x.citizen else "not an Indonesian citizen: only WNI can join JKP",
        )
    max_age = t.integer("jkp.eligibility.max_registration_age", on)
    age = age_on(x.birth, x.registered)
    c.add(
        "registration_age",
        age < max_age,
        f"aged {age} when registered on {x.registered.isoformat()}; must be under {max_age}",
    )
    segments = t.dated("jkp.eligibility.segments", on).value
    inside = x.segment.code in segments
    c.add(
        "employment_relationship",
        inside,
        f"segment {x.segment.code}: "
        + (
            "a wage earner with an employment relationship"
            if inside
            else "no employment relationship with an employer, outside JKP (only wage earners, PU)"
        ),
    )
    required_dv = t.dated(f"membership.jkp_required_programs.{x.scale.value}", on)
    required = frozenset(Program.parse(v) for v in required_dv.value)
    have = required if x.enrolled is None else x.enrolled
    missing = sorted(v.code.upper() for v in required - have)
    c.add(
        "programs",
        not missing,
        f"a {x.scale.value} employer's worker must be in "
        + ", ".join(sorted(v.code.upper() for v in required))
        + (f"; missing: {', '.join(missing)}" if missing else "; all enrolled"),
    )
    t.dated(f"membership.jkp_required_programs.{x.scale.value}", on)  # JKN is in the same ayat
    employer_jkn_needed = bool(t.value("jkp.eligibility.jkn_through_employer_required", on))
    if not x.jkn:
        jkn_msg = "not registered in JKN (national health insurance)"
    elif employer_jkn_needed and not x.jkn_employer:
        jkn_msg = "registered in JKN, but not as a wage earner of a business entity, as then required"
    else:
        jkn_msg = "registered in JKN"
    c.add("jkn", x.jkn and (x.jkn_employer or not employer_jkn_needed), jkn_msg)
    if t.value("jkp.eligibility.willing_to_work_required", on):
        c.add(
            "willing_to_work",
            x.willing,
            "willing to work again"
            if x.willing
            else "not willing to work again (as an employee or self-employed)",
        )


def _check_contributions(c: _Checks, x: _Case) -> None:
    """Pasal 19 ayat (3): the qualifying months (and, under PP 37/2021, the consecutive run)."""
    t, on = c.t, x.on
    needed = t.integer("jkp.eligibility.qualifying_months", on)
    window = t.integer("jkp.eligibility.qualifying_window", on)
    count_phk = bool(t.value("jkp.eligibility.count_phk_month", on))
    last = Month.of(x.phk) if count_phk else Month.of(x.phk).minus(1)
    first = last.minus(window - 1)
    paid = _jkp_months(x.history, max(first, x.jkp_first), last)
    c.add(
        "masa_iur",
        paid >= needed,
        f"{paid} JKP contribution months in the {window} calendar months {first}..{last}; at least "
        f"{needed} needed",
    )
    consecutive = t.integer("jkp.eligibility.consecutive_months", on)
    run = 0
    if consecutive:
        run = _run_ending(x.history, last, x.jkp_first)
        c.add(
            "consecutive_months",
            run >= consecutive,
            f"{run} consecutive paid months ending {last}; at least {consecutive} needed",
        )
    else:
        t.take()  # no such condition in this regime
    c.details.update(
        {"window_first": first, "window_last": last, "masa_iur": paid, "consecutive_months": run}
    )


def _check_termination(c: _Checks, x: _Case) -> None:
    """Pasal 20 ayat (1) (excluded reasons) and ayat (2) (fixed-term contracts)."""
    t, on = c.t, x.on
    excluded = t.dated("jkp.eligibility.excluded_reasons", on).value
    out = x.why.value in excluded
    c.add(
        "termination_reason",
        not out,
        f"reason {x.why.value.replace('_', ' ')}: "
        + ("excluded from JKP" if out else "not an excluded reason"),
    )
    if x.why in _FIXED_TERM or x.contract_end is not None:
        early_only = bool(t.value("jkp.eligibility.fixed_term_only_if_early", on))
        early = x.why is not TerminationReason.CONTRACT_EXPIRED and (
            x.contract_end is None or x.phk < x.contract_end
        )
        if early:
            msg = "the fixed-term contract (PKWT) was ended by the employer before its term"
        else:
            end = f" on {x.contract_end.isoformat()}" if x.contract_end else ""
            msg = f"the fixed-term contract (PKWT) ran to its term{end}: no JKP"
        c.add("fixed_term", early or not early_only, msg)


def _check_loss(c: _Checks, p: ParameterSet, x: _Case) -> None:
    """Pasal 40: claim window, new job, death; Penjelasan Pasal 35: working life."""
    t, on = c.t, x.on
    deadline, window_dv = _claim_deadline(p, x.phk)
    t.dated("jkp.eligibility.claim_window", window_dv.since)
    c.add(
        "claim_window",
        x.claim <= deadline,
        f"claim by {deadline.isoformat()} ({window_dv.value} months from the PHK); claim date "
        f"{x.claim.isoformat()}",
    )
    c.details["claim_deadline"] = deadline
    if t.value("jkp.eligibility.lost_on_new_job", on):
        lost = x.new_job is not None and x.new_job <= x.claim
        if x.new_job is None:
            msg = "no new job reported"
        elif lost:
            msg = f"found a new job on {x.new_job.isoformat()}, before the claim: the right is lost"
        else:
            msg = f"new job on {x.new_job.isoformat()}, after the claim: payments from then on are not due"
            c.notes.append(msg)
        c.add("no_new_job", not lost, msg)
    if t.value("jkp.eligibility.lost_on_death", on):
        dead = x.died is not None and x.died <= x.claim
        c.add(
            "alive", not dead, f"died on {x.died}: the right is lost" if dead else "alive on the claim date"
        )
    pension_day = _pension_day(x.birth, p)
    c.details["pension_date"] = pension_day
    if t.value("jkp.eligibility.working_life_ends_at_pension_age", on):
        if pension_day is not None:
            t.dated("jp.pension_age", pension_day)
        reached = pension_day.isoformat() if pension_day else "before JP began"
        c.add(
            "working_life",
            pension_day is not None and x.phk < pension_day,
            f"JP pension age reached on {reached}; PHK on {x.phk.isoformat()}",
        )


def _check_repeat(c: _Checks, x: _Case) -> None:
    """Pasal 35: at most 3 claims; 5 years of masa iur since the previous benefit."""
    t, on = c.t, x.on
    max_claims = t.integer("jkp.eligibility.max_claims", on)
    c.add(
        "claim_limit",
        len(x.earlier) < max_claims,
        f"{len(x.earlier)} earlier JKP benefit(s); at most {max_claims} in a working life",
    )
    since_last = 0
    if x.earlier:
        years = t.integer("jkp.eligibility.repeat_claim_years", on)
        last = c.details["window_last"]
        assert isinstance(last, Month)  # set by _check_contributions, same counting convention
        since_last = _jkp_months(x.history, max(Month.of(x.earlier[-1]) + 1, x.jkp_first), last)
        c.add(
            "repeat_masa_iur",
            since_last >= years * _YEARS_MONTHS,
            f"{since_last} contribution months since the benefit of {x.earlier[-1].isoformat()}; at "
            f"least {years} years ({years * _YEARS_MONTHS} months) needed",
        )
    c.details.update({"earlier_claims": len(x.earlier), "months_since_last_claim": since_last})


def _check_payer(c: _Checks, x: _Case) -> None:
    """Pasal 39 and 39A: who pays the cash benefit first. Never a condition of the right."""
    t, on = c.t, x.on
    limit = t.integer("jkp.arrears.bpjs_pays_up_to_months", on)
    bankrupt_limit = t.integer("jkp.arrears.bankrupt_bpjs_pays_up_to_months", on)
    if x.arrears <= limit:
        payer = "bpjs"
        msg = f"{x.arrears} month(s) of employer arrears (at most {limit}): BPJS Ketenagakerjaan pays"
    elif x.bankrupt and bankrupt_limit and x.arrears <= bankrupt_limit:
        payer = "bpjs"
        msg = (
            f"employer bankrupt or closed with {x.arrears} months of arrears (at most {bankrupt_limit}): "
            "BPJS Ketenagakerjaan still pays; the employer still owes the arrears"
        )
    else:
        payer = "employer"
        msg = (
            f"{x.arrears} months of employer arrears (more than {limit}): the employer must pay the cash "
            "benefit first and may ask BPJS for reimbursement after settling arrears and fines"
        )
    c.add("benefit_payer", met=True, message=msg)
    c.details["payer"] = payer


def _check_dates(
    history: ContributionHistory,
    phk: dt.date,
    birth: dt.date,
    registered: dt.date,
    claim: dt.date | None,
    new_job: dt.date | None,
    died: dt.date | None,
    earlier: tuple[dt.date, ...],
) -> None:
    if birth >= registered:
        raise InvalidDateError(
            f"birth date {birth.isoformat()} is not before the registration date {registered.isoformat()}"
        )
    if registered > phk:
        raise InvalidDateError(
            f"registered_on {registered.isoformat()} is after the PHK on {phk.isoformat()}; a worker is "
            "registered before the employment ends"
        )
    if claim is not None and claim < phk:
        raise InvalidDateError(
            f"claim_on {claim.isoformat()} is before the PHK on {phk.isoformat()}; a claim follows the PHK"
        )
    if died is not None and died < phk:
        raise InvalidDateError(
            f"died_on {died.isoformat()} is before the PHK on {phk.isoformat()}; use reason='death'"
        )
    if new_job is not None and new_job < phk:
        raise InvalidDateError(
            f"new_job_on {new_job.isoformat()} is before the PHK on {phk.isoformat()}; a job held "
            "before the PHK is not a new job"
        )
    if earlier and earlier[-1] >= phk:
        raise InvalidDateError(
            f"previous_claims must be before this PHK ({phk.isoformat()}); got {earlier[-1].isoformat()}"
        )
    if history and history.first_month < Month.of(registered):
        raise InvalidHistoryError(
            f"the history has contributions from {history.first_month}, before the registration on "
            f"{registered.isoformat()}; fix the registration date or the history"
        )


def _jkp_months(history: ContributionHistory, first: Month, last: Month) -> int:
    """Months paid for JKP in ``[first, last]``."""
    if last < first:
        return 0
    return sum(1 for r in history if first <= r.month <= last and r.covers(Program.JKP))


def _run_ending(history: ContributionHistory, last: Month, jkp_first: Month) -> int:
    """Consecutive JKP months paid ending with ``last`` (none before JKP began)."""
    if last < jkp_first:
        return 0
    run = history.run_ending(last, Program.JKP)
    return min(run, last.months_since(jkp_first) + 1)


def _pension_day(birth: dt.date, p: ParameterSet) -> dt.date | None:
    try:
        return pension_date(birth, params=p)
    except NotCoveredError:
        return None  # pension age reached before JP began (2015): long past working life


# ---------------------------------------------------------------------------------------
# cash benefit
# ---------------------------------------------------------------------------------------
def cash_benefit(
    *,
    wage: Rupiah | int | str,
    terminated_on: dt.date,
    params: ParameterSet | None = None,
    claim_on: dt.date | None = None,
    months: int = 6,
) -> Award:
    """The JKP cash benefit (manfaat uang tunai) month by month, with the non-cash benefits.

    Each month: the rate in force on the payment date for that benefit month × the last
    reported wage capped at Rp5,000,000 (Pasal 21 ayat (2)-(4)). PP 37/2021 Pasal 21 ayat (1):
    45% for months 1-3, 25% for months 4-6; PP 6/2025: 60% for at most 6 months. PP 6/2025's
    General Penjelasan pays every benefit from 2025-02-07 under the new PP, including the
    remaining months of running benefits, so each payment's rate follows its own date.

    Payment dates (a convention; the PP sets none): benefit month ``k`` is paid ``k`` calendar
    months after the claim date, on the same day of the month (clamped to the month's end).
    Each payment is rounded to whole rupiah, half up (:data:`BENEFIT_ROUNDING`).

    Which date selects the law: each payment's date (rate and wage cap); the claim date for the
    training unit-cost cap. This function does not test eligibility: see :func:`eligibility`.

    Args:
        wage: the last wage the employer reported to BPJS Ketenagakerjaan.
        terminated_on: the PHK date (before 2021-02-02: :class:`NotCoveredError`).
        claim_on: the claim date; default: the first day a claim can be filed.
        months: benefit months to schedule (fewer when the worker found a job); 1..6.

    >>> a = cash_benefit(wage=6_000_000, terminated_on=dt.date(2025, 3, 1))
    >>> [(d.isoformat(), str(x)) for d, x in a.payments][:2]
    [('2025-04-01', 'Rp3.000.000'), ('2025-05-01', 'Rp3.000.000')]
    >>> str(a.total)
    'Rp18.000.000'
    >>> b = cash_benefit(wage=5_000_000, terminated_on=dt.date(2023, 5, 2))
    >>> [str(x) for _, x in b.payments]
    ['Rp2.250.000', 'Rp2.250.000', 'Rp2.250.000', 'Rp1.250.000', 'Rp1.250.000', 'Rp1.250.000']
    >>> str(b.total)
    'Rp10.500.000'
    """
    p = resolve(params)
    reported = Rupiah.of(wage, "wage")
    if reported <= 0:
        raise InvalidInputError(f"wage must be positive (the last reported wage), got {reported}")
    phk = _date(terminated_on, "terminated_on")
    n = _whole(months, "months")
    _require_program(p, phk)
    claim_given = _opt_date(claim_on, "claim_on")
    if claim_given is not None and claim_given < phk:
        raise InvalidDateError(
            f"claim_on {claim_given.isoformat()} is before the PHK on {phk.isoformat()}; "
            "a claim follows the PHK"
        )
    claim = claim_given if claim_given is not None else _default_claim(p, phk)
    schedule_at_claim = p.value("jkp.benefit.rate_schedule", claim)
    if not 1 <= n <= len(schedule_at_claim.value):
        raise InvalidInputError(
            f"months must be 1..{len(schedule_at_claim.value)} ({schedule_at_claim.cite()}), got {n}"
        )

    payments: list[tuple[dt.date, Rupiah]] = []
    steps: list[Explanation] = []
    rates: list[str] = []
    cites: dict[str, None] = {}
    for k in range(1, n + 1):
        day = add_months(claim, k)
        t = Tracer(p)
        table = t.value("jkp.benefit.rate_schedule", day)
        assert isinstance(table, tuple)
        if k > len(table):  # a later regulation shortened the benefit: this month is not due
            break
        rate = Rate.percent(table[k - 1])
        cap = t.rupiah("jkp.benefit.wage_cap", day)
        base = reported if reported < cap else cap
        amount = (base * rate).rounded(BENEFIT_ROUNDING)
        payments.append((day, amount))
        rates.append(str(rate))
        uses = t.uses()
        for u in uses:
            cites.setdefault(u.cite, None)
        steps.append(
            Explanation(
                f"Benefit month {k}, paid {day.isoformat()}",
                f"Bulan manfaat ke-{k}, dibayar {day.isoformat()}",
                value=amount,
                inputs=(("wage used", base), ("rate", rate)),
                parameters=uses,
            )
        )

    t = Tracer(p)
    info = t.value("jkp.job_market_information", claim)
    training_cap = t.rupiah("jkp.training.unit_cost_cap", claim)
    non_cash = t.uses()
    info_dv = p.value("jkp.job_market_information", claim)
    training_dv = p.value("jkp.training.unit_cost_cap", claim)
    cash = total(a for _, a in payments)
    components = (
        Component("cash benefit (manfaat uang tunai)", cash, tuple(cites)),
        Component(
            "job-market information (informasi pasar kerja), non-cash",
            Rupiah.zero(),
            (info_dv.cite(),),
            note="job-vacancy information and job guidance: a service, no cash value",
        ),
        Component(
            f"job training (pelatihan kerja), non-cash: paid to the provider, up to {training_cap}",
            Rupiah.zero(),
            (training_dv.cite(),),
            note=f"BPJS pays the training provider at most {training_cap} per participant",
        ),
    )
    notes = (
        "payment k is dated k calendar months after the claim (convention); each payment uses the "
        "rate in force on its date (PP 6/2025 Penjelasan Umum)",
        f"training unit-cost cap {training_cap} (not paid to the worker)",
    )
    details: dict[str, object] = {
        "wage": reported,
        "wage_cap_at_claim": p.rupiah("jkp.benefit.wage_cap", claim),
        "claim_on": claim,
        "months": len(payments),
        "rates": tuple(rates),
        "training_unit_cost_cap": training_cap,
        "job_market_information": info,
    }
    children = tuple(steps)

    def explain() -> Explanation:
        return Explanation(
            "JKP cash benefit",
            "Manfaat uang tunai JKP",
            value=cash,
            inputs=(("wage", reported), ("terminated_on", phk), ("claim_on", claim), ("months", n)),
            children=(
                *children,
                Explanation(
                    "Non-cash benefits",
                    "Manfaat non-tunai",
                    value=training_cap,
                    parameters=non_cash,
                    note="job-market information and training; the amount is the training unit-cost cap "
                    "paid to the provider",
                    note_id="informasi pasar kerja dan pelatihan kerja; nilainya batas biaya satuan "
                    "pelatihan yang dibayar ke lembaga pelatihan",
                ),
            ),
            note="each payment rounded to whole rupiah, half up (administrative convention)",
            note_id="setiap pembayaran dibulatkan ke rupiah penuh, setengah ke atas (konvensi administrasi)",
        )

    return Award(
        kind="jkp.cash_benefit",
        components=components,
        payments=tuple(payments),
        notes=notes,
        details=MappingProxyType(details),
        explainer=explain,
    )
