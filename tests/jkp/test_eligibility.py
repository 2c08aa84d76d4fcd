"""jamsos.jkp.eligibility: worked examples, regime boundaries and one flip per condition (PP 37/2021, PP 6/2025)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from jkp_cases import base, months

from jamsos import ContributionHistory, ContributionRecord, Month, parameters
from jamsos.errors import (
    InvalidDateError,
    InvalidHistoryError,
    InvalidInputError,
    NotCoveredError,
    UnknownValueError,
)
from jamsos.jkp import cash_benefit, eligibility

D = dt.date


def failed(decision: Any) -> set[str]:
    return {r.code for r in decision.failed}


# --------------------------------------------------------------------------------------
# eligibility: worked examples
# --------------------------------------------------------------------------------------
def test_baseline_is_eligible_under_pp6() -> None:
    d = eligibility(**base())
    assert d.eligible, d.table()
    assert d.details["regime"] == "PP 6/2025"
    assert d.details["masa_iur"] == 24
    assert d.details["payer"] == "bpjs"
    assert "consecutive_months" not in {r.code for r in d.reasons}
    assert d.earliest_on == D(2025, 3, 1)


def test_penjelasan_simulasi_2_counts_14_months() -> None:
    """PP 6/2025 Penjelasan Pasal 19 ayat (3) Simulasi 2: PT B Feb-Jul 2021 + PT C Oct 2021 to the PHK in
    June 2022 = 14 months (the PHK month not counted)."""
    h = months(("2021-02", "2021-07"), ("2021-10", "2022-06"))
    d = eligibility(
        history=h,
        terminated_on=D(2022, 6, 15),
        reason="efisiensi",
        birth_date=D(1995, 1, 1),
        registered_on=D(2021, 2, 3),
        claim_on=D(2022, 6, 20),
    )
    assert d.details["masa_iur"] == 14
    assert d.details["consecutive_months"] == 8  # Oct 2021-May 2022 (PP 37/2021 Pasal 19 ayat (3))
    assert d.eligible, d.table()


def test_penjelasan_simulasi_3_old_regime_needs_six_consecutive() -> None:
    """PP 6/2025 Simulasi 3 (four employers, PHK 5 March 2023): 18 months in 24 qualify under the new
    Pasal 19 ayat (3), but a claim in 2023 is tested under PP 37/2021 Pasal 19 ayat (3), whose 6
    consecutive months (only Nov 2022-Feb 2023 = 4) fail."""
    h = months(("2021-03", "2021-05"), ("2021-09", "2022-02"), ("2022-05", "2022-09"), ("2022-11", "2023-03"))
    d = eligibility(
        history=h,
        terminated_on=D(2023, 3, 5),
        reason="kerugian",
        birth_date=D(1995, 1, 1),
        registered_on=D(2021, 3, 1),
        claim_on=D(2023, 3, 10),
    )
    assert d.details["masa_iur"] == 18
    assert failed(d) == {"consecutive_months"}


def test_phk_before_feb_2025_claimed_after_uses_new_qualifying_rule() -> None:
    """primary_texts 4.10(b): a claim filed from 2025-02-07 is tested under PP 6/2025 Pasal 19 ayat (3)."""
    h = months(("2023-01", "2024-06"), ("2024-09", "2024-12"))  # run ending Dec 2024 = 4 months
    kw = base(history=h, terminated_on=D(2025, 1, 20))
    assert failed(eligibility(**kw, claim_on=D(2025, 2, 6))) == {"consecutive_months"}
    on_day = eligibility(**kw, claim_on=D(2025, 2, 7))
    assert on_day.eligible and on_day.details["regime"] == "PP 6/2025"


def test_months_before_jkp_began_do_not_count() -> None:
    """JKP contributions began with PP 37/2021 (February 2021): earlier months are not JKP masa iur."""
    h = months(("2019-01", "2021-12"))
    d = eligibility(**base(history=h, terminated_on=D(2022, 1, 3), registered_on=D(2019, 1, 2)))
    assert d.details["masa_iur"] == 11
    assert failed(d) == {"masa_iur"}


def test_records_without_jkp_do_not_count() -> None:
    recs = [
        ContributionRecord(m, 6_000_000, programs=["jkk", "jkm"])
        for m in Month.range(Month(2023, 1), Month(2025, 2))
    ]
    d = eligibility(**base(history=ContributionHistory(recs)))
    assert d.details["masa_iur"] == 0 and "masa_iur" in failed(d)


def test_count_phk_month_override() -> None:
    """The unconfirmed counting convention is a parameter: counting the PHK month changes the window."""
    h = months(("2024-03", "2025-03"))  # 12 months before March 2025, 13 with March
    p = parameters.official().override("jkp.eligibility.count_phk_month", since=D(2025, 2, 7), value=True)
    assert eligibility(**base(history=h, registered_on=D(2024, 3, 1))).details["masa_iur"] == 12
    assert eligibility(**base(history=h, registered_on=D(2024, 3, 1)), params=p).details["masa_iur"] == 13


def test_programme_start_boundary() -> None:
    """PP 37/2021 is in force from 2021-02-02: a PHK the day before is not covered."""
    h = months(("2020-01", "2021-01"))
    with pytest.raises(NotCoveredError, match="2021-02-02"):
        eligibility(**base(history=h, terminated_on=D(2021, 2, 1), registered_on=D(2020, 1, 1)))
    d = eligibility(**base(history=h, terminated_on=D(2021, 2, 2), registered_on=D(2020, 1, 1)))
    assert "masa_iur" in failed(d)
    with pytest.raises(NotCoveredError):
        cash_benefit(wage=5_000_000, terminated_on=D(2021, 2, 1))


def test_first_claim_date_boundary() -> None:
    """Claims open on 2022-02-22 (launch; unconfirmed): 2022-02-21 fails claims_open."""
    h = months(("2021-02", "2022-01"))
    kw = base(history=h, terminated_on=D(2022, 2, 1), registered_on=D(2021, 2, 1))
    assert failed(eligibility(**kw, claim_on=D(2022, 2, 21))) == {"claims_open"}
    d = eligibility(**kw, claim_on=D(2022, 2, 22))
    assert d.eligible, d.table()
    assert eligibility(**kw).earliest_on == D(2022, 2, 22)


def test_jkn_through_employer_boundary() -> None:
    """PP 37/2021 Pasal 4 ayat (4) required JKN as a wage earner of a business entity; PP 6/2025 deleted it."""
    kw = base(terminated_on=D(2025, 1, 20), jkn_through_employer=False)
    assert failed(eligibility(**kw, claim_on=D(2025, 2, 6))) == {"jkn"}
    assert eligibility(**kw, claim_on=D(2025, 2, 7)).eligible


# --------------------------------------------------------------------------------------
# one test per condition that flips the decision
# --------------------------------------------------------------------------------------
_LONG = months(("2021-02", "2034-02"))


FLIPS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "citizen": (base(), {"citizen": False}),
    "registration_age": (base(), {"birth_date": D(1968, 1, 1)}),
    "employment_relationship": (base(), {"segment": "BPU"}),
    "programs": (base(), {"programs": ["jkk", "jkm", "jht"]}),
    "jkn": (base(), {"jkn_registered": False}),
    "willing_to_work": (base(), {"willing_to_work": False}),
    "masa_iur": (base(), {"history": months(("2024-04", "2025-02"))}),
    "consecutive_months": (
        base(
            history=months(("2022-06", "2024-05")), terminated_on=D(2024, 6, 1), registered_on=D(2022, 6, 1)
        ),
        {"history": months(("2022-06", "2023-11"), ("2024-01", "2024-05"))},
    ),
    "termination_reason": (base(), {"reason": "mengundurkan-diri"}),
    "fixed_term": (
        base(reason="contract_ended_early", contract_end=D(2025, 12, 31)),
        {"reason": "contract_expired"},
    ),
    "claim_window": (base(claim_on=D(2025, 9, 1)), {"claim_on": D(2025, 9, 2)}),
    "no_new_job": (base(claim_on=D(2025, 3, 10), new_job_on=D(2025, 3, 11)), {"new_job_on": D(2025, 3, 10)}),
    "alive": (base(claim_on=D(2025, 3, 10)), {"died_on": D(2025, 3, 5)}),
    "working_life": (
        base(birth_date=D(1967, 3, 1), registered_on=D(2015, 1, 5)),
        {"birth_date": D(1966, 3, 1)},
    ),
    "claims_open": (
        base(
            history=months(("2021-02", "2022-01")),
            terminated_on=D(2022, 2, 1),
            registered_on=D(2021, 2, 1),
            claim_on=D(2022, 2, 22),
        ),
        {"claim_on": D(2022, 2, 21)},
    ),
    "claim_limit": (
        base(
            history=_LONG,
            terminated_on=D(2034, 3, 1),
            registered_on=D(2021, 1, 4),
            previous_claims=[D(2022, 3, 1), D(2028, 1, 1)],
        ),
        {"previous_claims": [D(2022, 3, 1), D(2025, 1, 1), D(2028, 1, 1)]},
    ),
    "repeat_masa_iur": (
        base(
            history=_LONG,
            terminated_on=D(2034, 3, 1),
            registered_on=D(2021, 1, 4),
            previous_claims=[D(2029, 1, 1)],
        ),
        {"previous_claims": [D(2030, 1, 1)]},
    ),
}


@pytest.mark.usefixtures("current_law")  # claims up to 2034: past the release horizon
@pytest.mark.parametrize("code", sorted(FLIPS))
def test_each_condition_flips_the_decision(code: str) -> None:
    """Each condition alone turns an eligible case into an ineligible one, citing its article."""
    kw, change = FLIPS[code]
    good = eligibility(**kw)
    assert good.eligible, good.table()
    bad = eligibility(**{**kw, **change})
    assert not bad.eligible
    assert failed(bad) == {code}, bad.table()
    (reason,) = bad.failed
    assert reason.basis and all(("Pasal" in b or "Penjelasan" in b) for b in reason.basis)


def test_fixed_term_dismissal_on_contract_end_is_expiry() -> None:
    """PP 37/2021 Pasal 20 ayat (2): a PKWT ending on its agreed date gives no JKP."""
    d = eligibility(**base(contract_end=D(2025, 3, 1)))
    assert failed(d) == {"fixed_term"}
    assert eligibility(**base(contract_end=D(2025, 3, 2))).eligible


@pytest.mark.parametrize("why", ["resignation", "retirement", "total_disability", "death"])
def test_excluded_reasons(why: str) -> None:
    """PP 37/2021 Pasal 20 ayat (1) huruf a-d."""
    assert failed(eligibility(**base(reason=why))) == {"termination_reason"}


def test_registration_age_boundary() -> None:
    """Pasal 4 ayat (2) huruf b: 53 on the registration day qualifies, 54 does not."""
    assert eligibility(**base(birth_date=D(1969, 1, 3))).eligible  # 53 on 2023-01-02
    assert failed(eligibility(**base(birth_date=D(1969, 1, 2)))) == {"registration_age"}


@pytest.mark.parametrize(
    ("claim_on", "arrears", "bankrupt", "payer"),
    [
        (D(2025, 3, 10), 3, False, "bpjs"),
        (D(2025, 3, 10), 4, False, "employer"),
        (D(2025, 3, 10), 6, True, "bpjs"),
        (D(2025, 3, 10), 7, True, "employer"),
    ],
)
def test_arrears_decide_who_pays(claim_on: dt.date, arrears: int, bankrupt: bool, payer: str) -> None:
    """PP 6/2025 Pasal 39 ayat (1), (3) and Pasal 39A ayat (1): arrears change the payer, not the right."""
    d = eligibility(**base(claim_on=claim_on, employer_arrears_months=arrears, employer_bankrupt=bankrupt))
    assert d.eligible
    assert d.details["payer"] == payer


def test_bankruptcy_rule_only_from_pp6() -> None:
    """Pasal 39A exists only from 2025-02-07: before it a bankrupt employer with 5 months pays first."""
    kw = base(terminated_on=D(2025, 1, 20), employer_arrears_months=5, employer_bankrupt=True)
    assert eligibility(**kw, claim_on=D(2025, 2, 6)).details["payer"] == "employer"
    assert eligibility(**kw, claim_on=D(2025, 2, 7)).details["payer"] == "bpjs"


def test_new_job_after_claim_keeps_right_with_note() -> None:
    d = eligibility(**base(claim_on=D(2025, 3, 10), new_job_on=D(2025, 6, 1)))
    assert d.eligible and any("2025-06-01" in n for n in d.notes)


def test_decision_explains_in_both_languages() -> None:
    d = eligibility(**base())
    assert "Masa iur" in d.explain().render("id")
    assert "Qualifying contribution months" in d.explain().render("en")
    assert d.to_dict()["eligible"] is True


# --------------------------------------------------------------------------------------
# bad input (issue item 5)
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"claim_on": D(2025, 2, 28)}, InvalidDateError),
        ({"reason": "bosan"}, UnknownValueError),
        ({"registered_on": D(2023, 6, 1)}, InvalidHistoryError),
        ({"registered_on": D(2025, 3, 2)}, InvalidDateError),
        ({"birth_date": D(2024, 1, 1)}, InvalidDateError),
        ({"died_on": D(2025, 2, 1)}, InvalidDateError),
        ({"new_job_on": D(2025, 2, 1)}, InvalidDateError),
        ({"previous_claims": [D(2025, 3, 1)]}, InvalidDateError),
        ({"previous_claims": D(2020, 1, 1)}, InvalidInputError),
        ({"history": [1, 2]}, InvalidHistoryError),
        ({"citizen": "ya"}, InvalidInputError),
        ({"employer_arrears_months": -1}, InvalidInputError),
        ({"employer_scale": "huge"}, UnknownValueError),
        ({"terminated_on": "2025-13-01"}, InvalidDateError),
    ],
)
def test_bad_eligibility_input(change: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        eligibility(**base(**change))


@pytest.mark.usefixtures("current_law")  # a 2034 termination: past the release horizon
def test_inputs_not_mutated() -> None:
    claims = [D(2029, 1, 1)]
    kw = base(history=_LONG, terminated_on=D(2034, 3, 1), registered_on=D(2021, 1, 4), previous_claims=claims)
    eligibility(**kw)
    assert claims == [D(2029, 1, 1)]
