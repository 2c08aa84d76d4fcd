"""The permanent equality proof of the contribution kernel (issue 10).

Every contribution month from 2015-07 to the last month the law data covers × 5 risk
classes × 4 employer scales × boundary wages (each cap −1/0/+1, a rounding tie of every
rate of the month, Rp1, a wage with a fraction of a rupiah, wages beyond int64's fast
range), plus every BPU flag combination, through three independent roads:

* the scalar API (:func:`jamsos.contributions.wage_earner`, ``non_wage_earner``);
* the batch path (:func:`jamsos.batch.contributions`, one pandas table);
* an oracle written here, in ``Decimal``, straight from the parameter data: rate ×
  wage, half up per program and party, the JP cap, the PP 49/2020 double rounding.

They must agree on every amount. The kernel's integer rows are checked against the
oracle as well, and the hypothesis properties at the end roam beyond the grid.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos import EmployerScale, Month, NotCoveredError, Program, RiskClass, batch, contributions, jp
from jamsos.contributions import kernel
from jamsos.parameters import ParameterSet, official

pd = pytest.importorskip("pandas")

P = official()
FIRST = Month(2015, 7)
PU_COLUMNS = (
    "jkk_employer",
    "jkm_employer",
    "jht_employer",
    "jht_worker",
    "jp_employer",
    "jp_worker",
    "jp_employer_deferred",
    "jp_worker_deferred",
    "jkp_government",
)
BPU_COLUMNS = ("jkk_worker", "jkm_worker", "jht_worker", "jkk_government", "jkm_government", "jht_government")


def _last_covered() -> Month:
    """The last month whose wage-earner and BPU rules are all in the law data."""
    m = FIRST
    while True:
        try:
            contributions.wage_earner(1_000_000, m + 1, risk_class=1)
            contributions.non_wage_earner(1_000_000, m + 1)
        except NotCoveredError:
            return m
        m = m + 1


LAST = _last_covered()
MONTHS = tuple(Month.range(FIRST, LAST))


def test_the_grid_reaches_the_present() -> None:
    assert len(MONTHS) >= 12 * 10 + 7  # 2015-07 .. at least 2026-01
    assert Month(2026, 1) <= LAST


# ---------------------------------------------------------------------------------------
# the oracle: Decimal, from the parameter data, no jamsos arithmetic
# ---------------------------------------------------------------------------------------
def _hu(x: Decimal) -> int:
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _val(name: str, m: Month, p: ParameterSet = P) -> object:
    return p.value(name, m.last_day).value


def _rate(name: str, m: Month) -> Decimal:
    return _val(name, m).value  # type: ignore[attr-defined, no-any-return]


def _opt_rate(name: str, m: Month) -> Decimal | None:
    try:
        return _rate(name, m)
    except NotCoveredError:
        return None


def _programs(name: str, m: Month) -> frozenset[str]:
    return frozenset(str(x) for x in _val(name, m))  # type: ignore[attr-defined]


@cache
def _pension_month(birth: dt.date) -> Month:
    return Month.of(jp.pension_date(birth))


@cache
def _facts(m: Month) -> dict[str, object]:
    """The parameter values of month ``m`` the oracle reads, looked up once."""
    f: dict[str, object] = {
        name: _rate(name, m)
        for name in (
            "relief.covid.jkk_jkm_discount",
            "relief.covid.jp_deferral",
            "jkm.rate",
            "jht.rate.employer",
            "jht.rate.worker",
            "jp.rate.employer",
            "jp.rate.worker",
            *(f"jkk.rate.{rc.key}" for rc in RiskClass),
        )
    }
    f["jp.wage_cap"] = _val("jp.wage_cap", m).amount  # type: ignore[attr-defined]
    f["jkp.rate.government"] = _opt_rate("jkp.rate.government", m)
    if f["jkp.rate.government"] is not None:
        f["jkp.wage_cap"] = _val("jkp.wage_cap", m).amount  # type: ignore[attr-defined]
    for scale in EmployerScale:
        f[f"mandatory.{scale.value}"] = _programs(f"membership.mandatory_programs.{scale.value}", m)
        if f["jkp.rate.government"] is not None:
            f[f"jkp_required.{scale.value}"] = _programs(f"membership.jkp_required_programs.{scale.value}", m)
    return f


@cache
def oracle_pu(
    wage: Decimal, m: Month, risk: RiskClass, scale: EmployerScale, birth: dt.date | None = None
) -> dict[str, int]:
    """PP 44/2015 Pasal 16, 18; PP 46/2015 Pasal 16; PP 45/2015 Pasal 28, 29; PP 37/2021
    Pasal 11 as amended; PP 49/2020 Pasal 9 and 17."""
    f: dict[str, Any] = _facts(m)
    enrolled = set(f[f"mandatory.{scale.value}"])
    if birth is not None and "jp" in enrolled and m >= _pension_month(birth):
        enrolled.discard("jp")
    covid = f["relief.covid.jkk_jkm_discount"]
    out = dict.fromkeys(PU_COLUMNS, 0)
    if "jkk" in enrolled:
        out["jkk_employer"] = _hu(wage * f[f"jkk.rate.{risk.key}"] * (1 - covid))
    if "jkm" in enrolled:
        out["jkm_employer"] = _hu(wage * f["jkm.rate"] * (1 - covid))
    if "jht" in enrolled:
        out["jht_employer"] = _hu(wage * f["jht.rate.employer"])
        out["jht_worker"] = _hu(wage * f["jht.rate.worker"])
    if "jp" in enrolled:
        base = min(wage, f["jp.wage_cap"])
        keep = 1 - f["relief.covid.jp_deferral"]
        for party in ("employer", "worker"):
            full = _hu(base * f[f"jp.rate.{party}"])
            due = _hu(full * keep)  # PP 49/2020: the rounded contribution, rounded again
            out[f"jp_{party}"] = due
            out[f"jp_{party}_deferred"] = full - due
    gov = f["jkp.rate.government"]
    if gov is not None and f[f"jkp_required.{scale.value}"] <= enrolled:
        out["jkp_government"] = _hu(min(wage, f["jkp.wage_cap"]) * gov)
    return out


def oracle_bpu(income: Decimal, m: Month, jht: bool, transport: bool, budget: bool) -> dict[str, int]:
    """PP 44/2015 Pasal 20 and Lampiran II (the income bands); PP 46/2015 Pasal 18; PP 49/2020;
    PP 50/2025. A band gives a nominal amount (× the relief factor for JKK) or a rate of the
    declared income; an income below the lowest band is placed in it."""
    covid = _rate("relief.covid.jkk_jkm_discount", m)
    discount = Decimal(0)
    if not budget:
        name = "relief.bpu_transport.discount" if transport else "relief.bpu_other.discount"
        discount = _rate(name, m)
    factor = (1 - covid) * (1 - discount)
    rows = list(_val("bpu.income_band", m))  # type: ignore[call-overload]
    band = rows[0]
    for row in rows:
        if income >= Decimal(row["from"]):
            band = row
    jkk = (
        Decimal(band["jkk"]) * factor if "jkk" in band else income * Decimal(band["jkk_rate"]) / 100 * factor
    )
    jht_amount = Decimal(band["jht"]) if "jht" in band else income * Decimal(band["jht_rate"]) / 100
    amounts = {
        "jkk": _hu(jkk),
        "jkm": _hu(_val("bpu.jkm.amount", m).amount * factor),  # type: ignore[attr-defined]
        "jht": _hu(jht_amount) if jht else 0,
    }
    payer, other = ("government", "worker") if budget else ("worker", "government")
    out = {f"{k}_{payer}": v for k, v in amounts.items()}
    out.update({f"{k}_{other}": 0 for k in amounts})
    return out


# ---------------------------------------------------------------------------------------
# boundary wages
# ---------------------------------------------------------------------------------------
def _tie(num: int, den: int, lowest: int) -> int | None:
    """The smallest wage >= ``lowest`` whose ``wage × num / den`` ends in exactly ½."""
    from math import gcd

    g = gcd(num, den)
    n, d = num // g, den // g
    if d % 2:
        return None  # no exact half exists
    target = (d // 2) % d
    w0 = target * pow(n, -1, d) % d  # w × n ≡ d/2 (mod d)
    return w0 + ((lowest - w0 + d - 1) // d) * d if lowest > w0 else w0


def _rate_fractions(m: Month) -> list[Decimal]:
    names = [f"jkk.rate.{rc.key}" for rc in RiskClass] + [
        "jkm.rate",
        "jht.rate.employer",
        "jht.rate.worker",
        "jp.rate.employer",
        "jp.rate.worker",
    ]
    covid = _rate("relief.covid.jkk_jkm_discount", m)
    fracs = [_rate(n, m) for n in names]
    fracs += [f * (1 - covid) for f in fracs[:6]]
    gov = _opt_rate("jkp.rate.government", m)
    if gov is not None:
        fracs.append(gov)
    return fracs


@cache
def boundary_wages(m: Month) -> tuple[int, ...]:
    cap = int(_val("jp.wage_cap", m).amount)  # type: ignore[attr-defined]
    wages = {1, 999_999, 1_000_000, 4_500_001, cap - 1, cap, cap + 1, 10**11, 10**13 + 7}
    try:
        jcap = int(_val("jkp.wage_cap", m).amount)  # type: ignore[attr-defined]
        wages |= {jcap - 1, jcap, jcap + 1}
    except NotCoveredError:
        pass
    for f in _rate_fractions(m):
        num, den = f.as_integer_ratio()
        tie = _tie(num, den, 1_000_000)
        if tie is not None and tie < 10**12:
            wages.add(tie)
    return tuple(sorted(wages))


FRACTIONAL = (Decimal("4500000.50"), Decimal("1234567.005"))
BIRTHS = (dt.date(1960, 6, 30), dt.date(1964, 2, 29), dt.date(1966, 12, 1))


# ---------------------------------------------------------------------------------------
# the grid
# ---------------------------------------------------------------------------------------
def _pu_cases() -> list[tuple[object, Month, RiskClass, EmployerScale, dt.date | None]]:
    cases: list[tuple[object, Month, RiskClass, EmployerScale, dt.date | None]] = []
    for m in MONTHS:
        for wage in boundary_wages(m):
            for rc in RiskClass:
                for scale in EmployerScale:
                    cases.append((wage, m, rc, scale, None))
        for k, birth in enumerate(BIRTHS):
            for scale in (EmployerScale.LARGE, EmployerScale.MEDIUM):
                cases.append((7_654_321 + k, m, RiskClass(k + 1), scale, birth))
        for frac in FRACTIONAL:
            cases.append((frac, m, RiskClass.HIGH, EmployerScale.LARGE, None))
    return cases


PU_CASES = _pu_cases()


def _scalar_pu(c: contributions.Contributions) -> dict[str, int]:  # type: ignore[name-defined]
    d = c.deferred.get(Program.JP)
    return {
        "jkk_employer": int(c.jkk.employer),
        "jkm_employer": int(c.jkm.employer),
        "jht_employer": int(c.jht.employer),
        "jht_worker": int(c.jht.worker),
        "jp_employer": int(c.jp.employer),
        "jp_worker": int(c.jp.worker),
        "jp_employer_deferred": int(d.employer) if d else 0,
        "jp_worker_deferred": int(d.worker) if d else 0,
        "jkp_government": int(c.jkp.government),
    }


def test_wage_earner_grid_scalar_batch_and_oracle_agree() -> None:
    rows = []
    expected = []
    for wage, m, rc, scale, birth in PU_CASES:
        want = oracle_pu(Decimal(wage), m, rc, scale, birth)  # type: ignore[arg-type]
        got = _scalar_pu(
            contributions.wage_earner(
                wage,  # type: ignore[arg-type]
                m,
                risk_class=rc,
                employer_scale=scale,
                birth_date=birth,
            )
        )
        assert got == want, (wage, m, rc, scale, birth)
        expected.append(want)
        rows.append(
            {
                "month": str(m),
                "wage": str(wage),
                "segment": "PU",
                "risk_class": str(rc.value),
                "employer_scale": scale.value,
                "birth_date": birth,
            }
        )
    out = batch.contributions(pd.DataFrame(rows))
    got_batch = out[list(PU_COLUMNS)].to_numpy().tolist()
    for i, want in enumerate(expected):
        assert got_batch[i] == [want[c] for c in PU_COLUMNS], PU_CASES[i]
    totals = out["employer"] + out["worker"] + out["government"]
    assert (totals == out["total"]).all()


def test_non_wage_earner_grid_scalar_batch_and_oracle_agree() -> None:
    rows = []
    expected = []
    cases = []
    for m in MONTHS:
        for income in (
            1,
            999_999,
            1_000_000,
            1_000_001,
            2_345_678,
            1_050,
            20_699_999,
            20_700_000,
            20_700_001,
            10**13 + 3,
            Decimal("1500000.5"),
        ):
            for jht in (False, True):
                for transport in (False, True):
                    for budget in (False, True):
                        cases.append((income, m, jht, transport, budget))
    for income, m, jht, transport, budget in cases:
        want = oracle_bpu(Decimal(income), m, jht, transport, budget)
        c = contributions.non_wage_earner(
            income, m, jht=jht, transport_worker=transport, budget_funded=budget
        )
        got = {
            f"{p}_{party}": int(getattr(c[Program(p)], party))
            for p in ("jkk", "jkm", "jht")
            for party in ("worker", "government")
        }
        assert got == want, (income, m, jht, transport, budget)
        expected.append(want)
        rows.append(
            {
                "month": str(m),
                "wage": str(income),
                "segment": "BPU",
                "jht": jht,
                "transport_worker": transport,
                "budget_funded": budget,
            }
        )
    out = batch.contributions(rows)
    for i, want in enumerate(expected):
        assert {c: out[i][c] for c in BPU_COLUMNS} == want, rows[i]


def test_kernel_rows_agree_with_the_oracle_on_ints() -> None:
    """The kernel alone, on Python ints, for every month, risk class and scale."""
    for m in MONTHS:
        table = kernel.pu_table(P, m)
        for scale in EmployerScale:
            enrolled = table.mandatory[scale]
            in_jkp = table.jkp_qualifies(scale, enrolled)
            for rc in RiskClass:
                row = table.row(rc.value, kernel.programs_mask(enrolled), in_jkp, labour=False)
                for wage in boundary_wages(m):
                    got = kernel.pu_kernel(row, wage, 1, min)
                    want = oracle_pu(Decimal(wage), m, rc, scale)
                    assert [got[k] for k in (0, 1, 2, 3, 4, 5, 6, 7, 8)] == [want[c] for c in PU_COLUMNS]


def test_kernel_runs_unchanged_on_int64_arrays() -> None:
    """The same function on numpy int64 arrays gives the Python-int answers, row by row."""
    np = pytest.importorskip("numpy")
    for m in MONTHS[::7]:
        table = kernel.pu_table(P, m)
        row = table.row(
            1, kernel.programs_mask(table.mandatory[EmployerScale.LARGE]), table.has_jkp, labour=False
        )
        wages = [w for w in boundary_wages(m) if w < 10**11]
        vec = kernel.pu_kernel(row, np.array(wages, dtype=np.int64), 1, np.minimum)
        for j, w in enumerate(wages):
            assert [int(v[j]) for v in vec] == list(kernel.pu_kernel(row, w, 1, min))


# ---------------------------------------------------------------------------------------
# the pension date: once per distinct birth date, from jp.pension_date
# ---------------------------------------------------------------------------------------
def test_pension_month_is_jp_pension_date_for_every_day_of_a_decade() -> None:
    day = dt.date(1958, 1, 1)
    while day < dt.date(1968, 1, 1):
        try:
            when = jp.pension_date(day)
        except NotCoveredError as exc:  # reached 56 before JP began: both refuse alike
            with pytest.raises(NotCoveredError, match=str(exc)[:40]):
                kernel.pension_month(P, day)
        else:
            assert kernel.pension_month(P, day) == when.year * 12 + when.month - 1
        day += dt.timedelta(days=3)


# ---------------------------------------------------------------------------------------
# properties beyond the grid
# ---------------------------------------------------------------------------------------
_months = st.sampled_from(MONTHS)
_wages = st.one_of(
    st.integers(min_value=1, max_value=10**15),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e12"), places=2),
)


@settings(max_examples=80)
@given(_wages, _months, st.sampled_from(list(RiskClass)), st.sampled_from(list(EmployerScale)))
def test_scalar_equals_the_oracle_anywhere(
    wage: int | Decimal, m: Month, rc: RiskClass, scale: EmployerScale
) -> None:
    got = _scalar_pu(contributions.wage_earner(wage, m, risk_class=rc, employer_scale=scale))
    assert got == oracle_pu(Decimal(wage), m, rc, scale)


@settings(max_examples=40)
@given(st.lists(st.tuples(st.integers(min_value=1, max_value=10**12), _months), min_size=1, max_size=30))
def test_batch_equals_the_oracle_anywhere(rows: list[tuple[int, Month]]) -> None:
    table = pd.DataFrame({"month": [str(m) for _, m in rows], "wage": [w for w, _ in rows], "risk_class": 3})
    out = batch.contributions(table)
    for i, (w, m) in enumerate(rows):
        want = oracle_pu(Decimal(w), m, RiskClass.MEDIUM, EmployerScale.LARGE)
        assert out[list(PU_COLUMNS)].iloc[i].tolist() == [want[c] for c in PU_COLUMNS]


def test_covid_relief_refused_gives_full_jkk_and_jkm_in_every_road() -> None:
    """PP 49/2020 Pasal 13 not met (``covid_relief_eligible=False``): full JKK and JKM; the JP
    deferral (Pasal 17) still applies. Scalar, batch and the oracle agree."""
    rows, expected = [], []
    for m in MONTHS:
        if not _facts(m)["relief.covid.jkk_jkm_discount"]:
            continue
        for wage in (4_999_999, 9_000_000):
            c = contributions.wage_earner(wage, m, risk_class=5, covid_relief_eligible=False)
            want = oracle_pu(Decimal(wage), m, RiskClass.VERY_HIGH, EmployerScale.LARGE)
            full_jkk = _hu(wage * _facts(m)["jkk.rate.very_high"])  # type: ignore[operator]
            full_jkm = _hu(wage * _facts(m)["jkm.rate"])  # type: ignore[operator]
            want = {**want, "jkk_employer": full_jkk, "jkm_employer": full_jkm}
            assert _scalar_pu(c) == want, (m, wage)
            expected.append(want)
            rows.append({"month": str(m), "wage": wage, "risk_class": 5, "covid_relief_eligible": "no"})
            bpu = contributions.non_wage_earner(wage, m, covid_relief_eligible=False)
            assert (bpu.jkk.worker, bpu.jkm.worker) == (_hu(Decimal(wage) / 100), 6_800)  # 1% band, flat JKM
    assert rows, "the relief window is in the grid"
    out = batch.contributions(pd.DataFrame(rows))
    for i, want in enumerate(expected):
        assert out[list(PU_COLUMNS)].iloc[i].tolist() == [want[c] for c in PU_COLUMNS]
