"""The law data: citations, temporal coverage, boundaries and what-if overrides."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from jamsos import NotCoveredError, ParameterDataError, UnknownParameterError, parameters
from jamsos.legal import Status
from jamsos.parameters._loader import load_directory
from jamsos.periods import Month

OFFICIAL = parameters.official()
ALL = [OFFICIAL.parameter(n) for n in OFFICIAL.names()]
CITE = re.compile(
    r"^(UU|PP|Perpres|Inpres|Permenaker|PMK|Peraturan BPJS|Perdir BPJS|SE BPJS|BPS) "
    r".+?/\d{4} (Pasal|Lampiran|Penjelasan|Diktum|Angka|Tabel|Bagian|Halaman)\b"
)
FIRST = Month(2015, 7)


@pytest.mark.parametrize("param", ALL, ids=lambda p: p.name)
def test_every_value_has_a_valid_citation_and_status(param: parameters.Parameter) -> None:
    """Every dated value cites instrument, number/year and article, and has a status."""
    assert param.description.strip()
    for dv in param.values:
        assert dv.basis is not None, f"{param.name} {dv.since} has no basis"
        assert CITE.match(dv.basis.cite()), dv.basis.cite()
        assert dv.status in (Status.CONFIRMED, Status.UNCONFIRMED)


@pytest.mark.parametrize("param", ALL, ids=lambda p: p.name)
def test_day_before_a_change_gives_the_old_value(param: parameters.Parameter) -> None:
    """At each boundary the day before gives the previous value and the day itself the new one."""
    for prev, nxt in zip(param.values, param.values[1:], strict=False):
        before = nxt.since - dt.timedelta(days=1)
        if param.covered_until is not None and nxt.since > param.covered_until:
            continue
        if prev.explicit_until and prev.until is not None and prev.until < nxt.since:
            with pytest.raises(NotCoveredError):  # a declared gap before the next value
                param.at(before)
        else:
            assert param.at(before) is prev
        if not nxt.repealed:
            assert param.at(nxt.since) is nxt


def test_before_the_first_value_is_not_covered() -> None:
    """Asking for a day before the programs began raises, naming the first date."""
    with pytest.raises(NotCoveredError, match="2015-07-01"):
        OFFICIAL.value("jkm.rate", dt.date(2015, 6, 30))
    with pytest.raises(NotCoveredError, match="2021-02-02"):
        OFFICIAL.value("jkp.rate.government", dt.date(2021, 2, 1))


def test_an_unpublished_jp_cap_is_not_guessed() -> None:
    """The JP cap of March 2027 is not published: an error, not the stale 2026 value."""
    assert str(OFFICIAL.rupiah("jp.wage_cap", dt.date(2027, 2, 28))) == "Rp11.086.300"
    with pytest.raises(NotCoveredError, match=r"override\('jp.wage_cap'"):
        OFFICIAL.value("jp.wage_cap", dt.date(2027, 3, 1))


def test_jp_wage_cap_history_matches_published_letters() -> None:
    """Caps as announced each March (PP 45/2015 Pasal 29; BPJS letters)."""
    expected = {
        Month(2015, 7): 7_000_000,
        Month(2016, 2): 7_000_000,
        Month(2016, 3): 7_335_300,
        Month(2019, 3): 8_512_400,
        Month(2020, 3): 8_939_700,
        Month(2021, 3): 8_754_600,
        Month(2022, 3): 9_077_600,
        Month(2023, 3): 9_559_600,
        Month(2024, 3): 10_042_300,
        Month(2025, 2): 10_042_300,
        Month(2025, 3): 10_547_400,
        Month(2026, 3): 11_086_300,
    }
    for m, cap in expected.items():
        assert OFFICIAL.rupiah("jp.wage_cap", m.last_day) == cap, m


def test_jkp_total_rate_is_the_sum_of_its_sources() -> None:
    """0.46% = 0.22 + 0.14 + 0.10 (PP 37/2021 Pasal 11); 0.36% = 0.22 + 0.14 (PP 6/2025)."""
    for day in (dt.date(2021, 2, 2), dt.date(2023, 10, 6), dt.date(2025, 2, 6), dt.date(2025, 2, 7)):
        total = OFFICIAL.rate("jkp.rate.total", day)
        parts = (
            OFFICIAL.rate("jkp.rate.government", day)
            + OFFICIAL.rate("jkk.recomposition_to_jkp", day)
            + OFFICIAL.rate("jkm.recomposition_to_jkp", day)
        )
        assert total == parts, day


def test_override_builds_a_new_unofficial_set() -> None:
    """A what-if never changes the official set, and resumes the official series with until."""
    what_if = OFFICIAL.override("jkm.rate", dt.date(2030, 1, 1), "0.5")
    assert not what_if.official and OFFICIAL.official
    assert str(what_if.rate("jkm.rate", dt.date(2030, 1, 1))) == "0,5%"
    with pytest.raises(NotCoveredError, match="jkm.rate is known only up to 2027-12-31"):
        OFFICIAL.rate("jkm.rate", dt.date(2030, 1, 1))  # past the release horizon (issue 11)
    assert str(OFFICIAL.assuming_current_law().rate("jkm.rate", dt.date(2030, 1, 1))) == "0,3%"
    window = OFFICIAL.override("jkm.rate", dt.date(2024, 1, 1), "0.5", until=dt.date(2024, 7, 1))
    assert str(window.rate("jkm.rate", dt.date(2024, 6, 30))) == "0,5%"
    assert str(window.rate("jkm.rate", dt.date(2024, 7, 1))) == "0,3%"
    cap = OFFICIAL.override("jp.wage_cap", dt.date(2027, 3, 1), 11_650_000)
    assert cap.rupiah("jp.wage_cap", dt.date(2027, 3, 1)) == 11_650_000
    assert cap.value("jp.wage_cap", dt.date(2027, 3, 1)).override


def test_unknown_parameter_names_its_neighbours() -> None:
    """An unknown name is an UnknownParameterError listing names with the same prefix."""
    with pytest.raises(UnknownParameterError, match="jp.wage_cap"):
        OFFICIAL.value("jp.wagecap", dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[a]\ndescription="d"\nunit="percent"\n[[a.values]]\nsince=2015-07-01\nvalue="1"\nstatus="confirmed"\n',
            "basis",
        ),
        (
            '[a]\ndescription="d"\nunit="percent"\n[[a.values]]\nsince=2015-07-01\nvalue=1.5\nstatus="confirmed"\n'
            'basis={instrument="PP",number="1",year=2015,article="Pasal 1"}\n',
            "percent",
        ),
        (
            '[a]\ndescription="d"\nunit="rupiah"\n[[a.values]]\nsince=2015-07-01\nvalue="1"\nstatus="maybe"\n'
            'basis={instrument="PP",number="1",year=2015,article="Pasal 1"}\n',
            "status",
        ),
        (
            '[a]\ndescription="d"\nunit="rupiah"\n[[a.values]]\nsince=2015-07-01\nvalue="1"\nstatus="confirmed"\n'
            'basis={instrument="Blog",number="1",year=2015,article="Pasal 1"}\n',
            "instrument",
        ),
        (
            '[a]\ndescription="d"\nunit="rupiah"\n[[a.values]]\nsince=2015-07-01\nvalue="1"\nstatus="confirmed"\n'
            'basis={instrument="PP",number="1",year=2015,article="somewhere"}\n',
            "article",
        ),
        (
            '[a]\ndescription="d"\nunit="rupiah"\n[[a.values]]\nsince=2016-07-01\nvalue="1"\nstatus="confirmed"\n'
            'basis={instrument="PP",number="1",year=2015,article="Pasal 1"}\n'
            '[[a.values]]\nsince=2015-07-01\nvalue="2"\nstatus="confirmed"\n'
            'basis={instrument="PP",number="1",year=2015,article="Pasal 1"}\n',
            "increase",
        ),
        (
            '[a]\ndescription="d"\nunit="rupiah"\n[[a.values]]\nsince=2015-07-01\nvalue="-1"\nstatus="confirmed"\n'
            'basis={instrument="PP",number="1",year=2015,article="Pasal 1"}\n',
            "negative",
        ),
    ],
)
def test_bad_data_fails_at_load(toml: str, message: str) -> None:
    """A value without a valid citation, a float, a bad status or disordered dates fails at load."""
    with pytest.raises(ParameterDataError, match=message):
        load_directory({"bad.toml": toml})


def test_repeal_ends_a_series() -> None:
    """After a repeal entry, lookups raise and name the repealing instrument."""
    toml = (
        '[a]\ndescription="d"\nunit="rupiah"\n'
        '[[a.values]]\nsince=2015-07-01\nvalue="1"\nstatus="confirmed"\n'
        'basis={instrument="PP",number="1",year=2015,article="Pasal 1"}\n'
        '[[a.values]]\nsince=2020-01-01\nrepealed=true\nstatus="confirmed"\n'
        'basis={instrument="PP",number="2",year=2019,article="Pasal 9"}\n'
    )
    pset = load_directory({"x.toml": toml})
    assert pset.rupiah("a", dt.date(2019, 12, 31)) == 1
    with pytest.raises(NotCoveredError, match="repealed on 2020-01-01 by PP 2/2019 Pasal 9"):
        pset.value("a", dt.date(2020, 1, 1))
