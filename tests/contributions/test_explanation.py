"""A wage earner's explanation: its text (a compiled template filled with the kernel's amounts)
equals the rendering of its tree, everywhere (issue 10).

``str(c.explain())`` and ``c.explain().render(lang)`` write the text without building the
tree; every other use of the explanation builds the tree. The two are compared here across
every contribution month from 2015-07 to the last month the data covers, every risk class
and employer scale, the PP 49/2020 and PP 7/2025 reliefs, JKP before and after 2021-02 and
2025-02, programme subsets, wages at the caps, with a fraction of a rupiah or very large,
what-if parameter sets and projections under current law, in both languages.
"""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jamsos import Contributions, EmployerScale, Month, NotCoveredError, RiskClass, Rupiah, contributions
from jamsos.contributions.explanation import PuFacts
from jamsos.explain import Explanation
from jamsos.parameters import assume_current_law, official

P = official()
FIRST = Month(2015, 7)
LANGS = ("id", "en")


def _last_covered() -> Month:
    m = FIRST
    while True:
        try:
            contributions.wage_earner(1_000_000, m + 1, risk_class=1)
        except NotCoveredError:
            return m
        m = m + 1


LAST = _last_covered()
MONTHS = tuple(Month.range(FIRST, LAST))


def _cap(name: str, m: Month) -> int:
    try:
        return int(P.value(name, m.last_day).value.amount)  # type: ignore[attr-defined]
    except NotCoveredError:
        return 5_000_000


def _wages(m: Month) -> tuple[object, ...]:
    """Boundary wages of the month: each cap -1/0/+1, Rp1, fractions of a rupiah, very large."""
    jp, jkp = _cap("jp.wage_cap", m), _cap("jkp.wage_cap", m)
    return (
        1,
        jp - 1,
        jp,
        jp + 1,
        jkp - 1,
        jkp,
        jkp + 1,
        4_500_500,
        Decimal("4500000.5"),
        Decimal("1234567.89"),
        10**13 + 7,
    )


def _same(c: Contributions) -> str:
    """Assert the text equals the tree's rendering in both languages; return the Indonesian text."""
    e = c.explain()
    texts = {lang: e.render(lang) for lang in LANGS}  # from the template: the tree is not built
    tree = attrs.evolve(e)  # a plain Explanation holding the built tree, rendered step by step
    assert attrs.fields_dict(Explanation)["_later"].eq is False
    for lang in LANGS:
        assert texts[lang] == tree.render(lang), (c.month, lang)
    assert e == tree
    return texts["id"]


#: Months where the rules change: the start, JP cap years, PP 49/2020, JKP (PP 37/2021 from
#: 2021-02, PP 6/2025 from 2025-02), PP 7/2025, the last month covered.
REGIMES = (FIRST, Month(2020, 8), Month(2021, 1), Month(2021, 2), Month(2025, 2), Month(2026, 2), LAST)


def test_every_month_and_risk_class_at_boundary_wages() -> None:
    """Each month × risk class, the scale and the wage cycling through the scales and the
    month's boundary wages; every scale × risk class in the months where the rules change."""
    scales = itertools.cycle(EmployerScale)
    count = 0
    for m in MONTHS:
        wages = itertools.cycle(_wages(m))
        pairs = (
            itertools.product(RiskClass, EmployerScale)
            if m in REGIMES
            else zip(RiskClass, scales, strict=False)
        )
        for rc, scale in pairs:
            _same(contributions.wage_earner(next(wages), m, risk_class=rc, employer_scale=scale))
            count += 1
    assert count == len(MONTHS) * 5 + len(set(REGIMES)) * 15


@pytest.mark.parametrize("m", [Month(2020, 8), Month(2020, 12), Month(2021, 1), Month(2021, 2)])
@pytest.mark.parametrize("eligible", [None, True, False])
def test_pp_49_2020_relief_months(m: Month, eligible: bool | None) -> None:
    """JKK/JKM discount with its note, the JP deferral's double rounding and its 'deferred' step."""
    for wage, rc in zip(_wages(m), itertools.cycle(RiskClass), strict=False):
        c = contributions.wage_earner(wage, m, risk_class=rc, covid_relief_eligible=eligible)
        text = _same(c)
        if m <= Month(2021, 1):
            assert "relief.covid.jp_deferral" in text


@pytest.mark.parametrize(
    "m", [Month(2024, 12), Month(2025, 2), Month(2025, 9), Month(2026, 1), Month(2026, 2)]
)
@pytest.mark.parametrize("participants", [10, 50])
def test_pp_7_2025_labour_intensive_relief(m: Month, participants: int) -> None:
    """Applied, too few participants, outside its months: each with its note and parameters."""
    for rc in RiskClass:
        for wage in (3_000_000, 5_000_000, Decimal("7000000.25")):
            c = contributions.wage_earner(
                wage,
                m,
                risk_class=rc,
                labour_intensive_relief=True,
                industry="textile_apparel",
                active_participants=participants,
            )
            _same(c)


def test_programme_subsets_jkp_membership_and_pension_age() -> None:
    programmes = ("jkk", "jkm", "jht", "jp")
    subsets = [s for n in range(1, 5) for s in itertools.combinations(programmes, n)]
    for m in (Month(2016, 3), Month(2021, 1), Month(2021, 2), Month(2025, 1), Month(2025, 2), LAST):
        for subset, scale in zip(subsets, itertools.cycle(EmployerScale), strict=False):
            _same(
                contributions.wage_earner(6_000_000, m, risk_class=3, employer_scale=scale, programs=subset)
            )
        if m >= Month(2021, 2):
            _same(contributions.wage_earner(6_000_000, m, risk_class=2, jkp_member=False))
            _same(contributions.wage_earner(6_000_000, m, risk_class=2, jkp_member=True))
        born = dt.date(1960, 1, 1)  # JP pension age (56) reached in January 2016
        _same(contributions.wage_earner(6_000_000, m, risk_class=5, birth_date=born))


def test_projections_under_current_law_and_what_if_sets() -> None:
    """Values past the data's horizon carry the projection label; a what-if set its own values."""
    # the JP cap changes every March (no projection): a what-if value for the months after LAST
    after = P.override("jp.wage_cap", (LAST + 1).first_day, "11650000")
    horizon = Month.of(P.horizon)  # the data's release horizon: projections start after it
    with assume_current_law():
        for i, m in enumerate(Month.range(horizon, horizon + 3)):
            text = _same(contributions.wage_earner(12_000_000, m, risk_class=i % 5 + 1, params=after))
            assert ("[proyeksi menurut hukum yang berlaku]" in text) is (m > horizon)
    what_if = P.override("jp.wage_cap", LAST.first_day, "11650000")
    official_text = _same(contributions.wage_earner(12_000_000, LAST, risk_class=1))
    other_text = _same(contributions.wage_earner(12_000_000, LAST, risk_class=1, params=what_if))
    assert "Rp11.650.000" in other_text
    assert "Rp11.650.000" not in official_text


@settings(max_examples=80, deadline=None, derandomize=True)
@given(
    month=st.sampled_from(MONTHS),
    rc=st.sampled_from(list(RiskClass)),
    scale=st.sampled_from(list(EmployerScale)),
    wage=st.one_of(
        st.integers(1, 10**12),
        st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**9), places=2),
    ),
    eligible=st.sampled_from([None, True, False]),
)
def test_text_equals_tree_property(
    month: Month, rc: RiskClass, scale: EmployerScale, wage: object, eligible: bool | None
) -> None:
    _same(
        contributions.wage_earner(
            wage, month, risk_class=rc, employer_scale=scale, covid_relief_eligible=eligible
        )
    )


def test_the_text_is_written_without_building_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """``str()`` reads the template; the tree is built only when a field is read."""
    built: list[PuFacts] = []
    tree = PuFacts.tree

    def counted(self: PuFacts) -> Explanation:
        built.append(self)
        return tree(self)

    monkeypatch.setattr(PuFacts, "tree", counted)
    e = contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1).explain()
    text = e.render("id")
    assert text.splitlines()[0] == "Iuran peserta penerima upah (PU), bulan iuran Juni 2025: Rp750.200"
    assert "  · upah = Rp8.000.000" in text.splitlines()
    assert built == []
    assert e.value == contributions.wage_earner(8_000_000, Month(2025, 6), risk_class=1).total
    assert len(built) == 1
    assert e.render("id") == text
    assert pickle.loads(pickle.dumps(e)) == e
    assert len(built) == 1  # built once


def test_a_fraction_of_a_rupiah_is_written_exactly() -> None:
    c = contributions.wage_earner(Decimal("10547400.5"), Month(2025, 6), risk_class=1)
    lines = c.explain().render("en").splitlines()
    assert "  · wage = Rp10.547.400,5" in lines
    assert "    · wage used = Rp10.547.400" in lines  # the JP cap of March 2025
    assert "    · wage used = Rp5.000.000" in lines  # the JKP cap of PP 6/2025


def test_explaining_a_result_builds_none_of_its_other_fields() -> None:
    """``c.explain()`` on a result not read yet makes the explanation alone; reading the shares
    afterwards keeps that explanation, and the result equals one read in the other order."""
    c = contributions.wage_earner(8_000_000, Month(2020, 9), risk_class=2)
    e = c.explain()
    assert c._pending is not None  # shares, notes, allocations: not built
    assert str(e) == e.render("id")
    assert c.explain() is e
    assert c.jp.employer == Rupiah(1_600)  # builds the other fields
    assert c._pending is None
    assert c.explain() is e
    other = contributions.wage_earner(8_000_000, Month(2020, 9), risk_class=2)
    assert other.jp.employer == Rupiah(1_600)
    assert other.explain() == e
    assert other == c
    assert hash(other) == hash(c)
    assert pickle.loads(pickle.dumps(c)).explain() == e
    assert e.note == "; ".join(c.notes)  # the PP 49/2020 note of a common call, in both
    assert "PP 49/2020 relief applied without checking its conditions" in e.note
