"""jamsos.results is a package (one module per concern) that behaves as 0.2's single module.

Pickles made by jamsos 0.2.0 load (they name ``jamsos.results._rebuild`` and
``jamsos.results.Award``); pickles made now name the same globals (so 0.2 reads them); every public name
of 0.2's module resolves; the classes say they live in ``jamsos.results``.
"""

from __future__ import annotations

import base64
import datetime as dt
import pickle
import pickletools
import typing

import pytest

import jamsos.results
from jamsos.domain import Program, Segment
from jamsos.money import Rupiah
from jamsos.parameters import LawVersion
from jamsos.periods import Month
from jamsos.results import (
    Allocation,
    Award,
    Component,
    Contributions,
    Decision,
    FixedExplanation,
    Note,
    Reason,
    Share,
)

#: ``pickle.dumps((contributions(), award(), decision()), protocol=4)`` made by jamsos 0.2.0
#: (main at ec480fc, before the split: the three functions below made it).
PICKLE_0_2_0 = base64.b64decode(
    "gASVmQcAAAAAAACMDmphbXNvcy5yZXN1bHRzlIwIX3JlYnVpbGSUk5RoAIwNQ29udHJpYnV0aW9uc5STlH2UKIwFbW9udGiUjA5q"
    "YW1zb3MucGVyaW9kc5SMBU1vbnRolJOUKYGUfZQojAR5ZWFylE3pB2gGSwZ1YowHc2VnbWVudJSMDWphbXNvcy5kb21haW6UjAdT"
    "ZWdtZW50lJOUjAJQVZSFlFKUjAZzaGFyZXOUjA1qYW1zb3MuZnJvemVulIwJRnJvemVuTWFwlJOUfZQoaA6MB1Byb2dyYW2Uk5SM"
    "A2pra5SFlFKUaACMBVNoYXJllJOUKYGUfZQojAhlbXBsb3llcpSMDGphbXNvcy5tb25leZSMBlJ1cGlhaJSTlCmBlH2UjAZhbW91"
    "bnSUjAdkZWNpbWFslIwHRGVjaW1hbJSTlIwFMTkyMDCUhZRSlHNijAZ3b3JrZXKUaCUpgZR9lGgoaCuMATCUhZRSlHNijApnb3Zl"
    "cm5tZW50lGglKYGUfZRoKGgrjAEwlIWUUpRzYnViaBqMA2podJSFlFKUaB8pgZR9lChoImglKYGUfZRoKGgrjAYyOTYwMDCUhZRS"
    "lHNiaC9oJSmBlH2UaChoK4wGMTYwMDAwlIWUUpRzYmg1aDZ1YnWFlFKUjAthbGxvY2F0aW9uc5RoAIwKQWxsb2NhdGlvbpSTlCmB"
    "lH2UKIwEbmFtZZSMA2prcJSMBnNvdXJjZZRoHWgoaCUpgZR9lGgoaCuMBDcwMDCUhZRSlHNidWKFlIwIZGVmZXJyZWSUaBd9lIWU"
    "UpSMBW5vdGVzlGgAjAROb3RllJOUjAZuLmNvZGWUjA1jYXBwZWQgYXQgUnAxlIwNY2FwcGVkIGF0IFJwMZSHlFKUaGCMBG5vdGWU"
    "jAVwbGFpbpSMBXBsYWlulIeUUpSGlIwGaW5wdXRzlGgXfZQojAR3YWdllGglKYGUfZRoKGgrjAc4MDAwMDAwlIWUUpRzYmgGjAcy"
    "MDI1LTA2lHWFlFKUjAtsYXdfdmVyc2lvbpSMGmphbXNvcy5wYXJhbWV0ZXJzLl92ZXJzaW9ulIwKTGF3VmVyc2lvbpSTlCmBlH2U"
    "KIwEaGFzaJSMBmFiYzEyM5SMBWxhYmVslIwHMjAyNS4wNpSMCG9mZmljaWFslIh1YnVoAIwQRml4ZWRFeHBsYW5hdGlvbpSTlCmB"
    "lH2UjAtleHBsYW5hdGlvbpSMDmphbXNvcy5leHBsYWlulIwLRXhwbGFuYXRpb26Uk5QpgZR9lCiMBXRpdGxllIwXTm8gZXhwbGFu"
    "YXRpb24gcmVjb3JkZWSUjAh0aXRsZV9pZJSMFFRpZGFrIGFkYSBwZW5qZWxhc2FulIwFdmFsdWWUTmhsKYwKcGFyYW1ldGVyc5Qp"
    "jAhjaGlsZHJlbpQpaGZOjAdub3RlX2lklE51YnNih5RSlGgCaACMBUF3YXJklJOUfZQojARraW5klIwJamttLmRlYXRolIwKY29t"
    "cG9uZW50c5RoAIwJQ29tcG9uZW50lJOUKYGUfZQoaFGMB2Z1bmVyYWyUaChoJSmBlH2UaChoK4wIMTAwMDAwMDCUhZRSlHNijAVi"
    "YXNpc5SME1BQIDgyLzIwMTkgUGFzYWwgMzSUhZRoZowGYSBub3RllHVihZSMCHBheW1lbnRzlIwIZGF0ZXRpbWWUjARkYXRllJOU"
    "QwQH6QYPlIWUUpRoJSmBlH2UaChoK4wIMTAwMDAwMDCUhZRSlHNihpRoCSmBlH2UKGgMTekHaAZLB3ViaCUpgZR9lGgoaCuMATWU"
    "hZRSlHNihpSGlIwHbW9udGhseZRoJSmBlH2UaChoK4wBNZSFlFKUc2JoXmhgjAN4LnmUjAdFbmdsaXNolIwJSW5kb25lc2lhlIeU"
    "UpSFlIwHZGV0YWlsc5RoF32UKIwBa5RLAUsChpSMAW2UaBd9lIwBYZRoJSmBlH2UaChoK4wBM5SFlFKUc2JzhZRSlHWFlFKUaGxo"
    "F32UjARkYXRllGiuQwQH6QYBlIWUUpRzhZRSlGh3aHopgZR9lChofWh+aH9ogGiBiHVidWiDKYGUfZRohmiJKYGUfZQoaIxojWiO"
    "aI9okE5obClokSlokiloZk5ok051YnNih5RSlGgCaACMCERlY2lzaW9ulJOUfZQojAhlbGlnaWJsZZSJjAdyZWFzb25zlGgAjAZS"
    "ZWFzb26Uk5QpgZR9lCiMBGNvZGWUjAVyLm9uZZSMA21ldJSIjAdtZXNzYWdllGj3aKaME1BQIDM3LzIwMjEgUGFzYWwgMTmUhZSM"
    "Cm1lc3NhZ2VfaWSUjAl0ZXJwZW51aGmUdWJo8imBlH2UKGj1jAVyLnR3b5Ro94lo+IwHbm90IG1ldJRopilo+2oAAQAAdWKGlIwL"
    "ZWFybGllc3Rfb26UaK5DBAfpCAGUhZRSlGheaGBoZowFaGVsbG+UjAVoZWxsb5SHlFKUhZRozWgXfZSFlFKUaJmMD2prcC5lbGln"
    "aWJpbGl0eZRobGgXfZRo00sBc4WUUpRod051aIMpgZR9lGiGaIkpgZR9lChojGiNaI5oj2iQTmhsKWiRKWiSKWhmTmiTTnVic2KH"
    "lFKUh5Qu"
)


def contributions() -> Contributions:
    return Contributions(
        month=Month(2025, 6),
        segment=Segment.parse("pu"),
        shares={
            Program.JKK: Share(Rupiah(19_200), Rupiah(0)),
            Program.JHT: Share(Rupiah(296_000), Rupiah(160_000)),
        },
        allocations=(Allocation("jkp", Program.JKK, Rupiah(7_000)),),
        notes=(Note.of("n.code", "capped at {cap}", cap="Rp1"), "plain"),
        inputs={"wage": Rupiah(8_000_000), "month": "2025-06"},
        law_version=LawVersion("abc123", "2025.06", True),
    )


def award() -> Award:
    return Award(
        kind="jkm.death",
        components=(Component("funeral", Rupiah(10_000_000), ("PP 82/2019 Pasal 34",), "a note"),),
        payments=((dt.date(2025, 6, 15), Rupiah(10_000_000)), (Month(2025, 7), Rupiah(5))),
        monthly=Rupiah(5),
        notes=(Note("x.y", "English", "Indonesia"),),
        details={"k": [1, 2], "m": {"a": Rupiah(3)}},
        inputs={"date": dt.date(2025, 6, 1)},
        law_version=LawVersion("abc123", "2025.06", True),
    )


def decision() -> Decision:
    return Decision(
        eligible=False,
        reasons=(
            Reason("r.one", True, "met", ("PP 37/2021 Pasal 19",), "terpenuhi"),
            Reason("r.two", False, "not met"),
        ),
        earliest_on=dt.date(2025, 8, 1),
        notes=("hello",),
        kind="jkp.eligibility",
        inputs={"a": 1},
    )


def test_a_0_2_0_pickle_loads_as_the_same_values() -> None:
    c, a, d = pickle.loads(PICKLE_0_2_0)
    assert (c, a, d) == (contributions(), award(), decision())
    assert c.jht.total == Rupiah(456_000)
    assert c.allocation("jkp") == Rupiah(7_000)
    assert a.component("funeral").basis == ("PP 82/2019 Pasal 34",)
    assert [r.code for r in d.failed] == ["r.two"]
    assert a.explain().title == "No explanation recorded"


def test_new_pickles_name_what_0_2_names() -> None:
    """A pickle made now loads in 0.2: it names jamsos.results, never a module of the package."""
    strings = {
        arg
        for op, arg, _ in pickletools.genops(pickle.dumps((contributions(), award(), decision())))
        if isinstance(arg, str)
    }
    assert {"jamsos.results", "_rebuild", "Contributions", "Award", "Decision", "Note"} <= strings
    assert not [s for s in strings if s.startswith("jamsos.results.")]


def test_the_rebuild_function_keeps_its_0_2_name() -> None:
    assert jamsos.results._rebuild.__module__ == "jamsos.results"
    assert jamsos.results._rebuild.__qualname__ == "_rebuild"
    assert pickle.loads(pickle.dumps(jamsos.results._rebuild)) is jamsos.results._rebuild


PUBLIC_0_2 = [
    "Allocation",
    "AllocationDict",
    "Any",
    "Award",
    "AwardDict",
    "Basis",
    "Callable",
    "Component",
    "ComponentDict",
    "Contributions",
    "ContributionsDict",
    "Decimal",
    "Decision",
    "DecisionDict",
    "Explanation",
    "ExplanationDict",
    "ExplanationMissingError",
    "Final",
    "FixedExplanation",
    "FrozenMap",
    "InvalidInputError",
    "Iterable",
    "Iterator",
    "LawVersion",
    "LawVersionDict",
    "Literal",
    "Mapping",
    "Month",
    "Note",
    "NoteDict",
    "Payment",
    "PaymentDict",
    "Program",
    "RESULT_SCHEMA",
    "Reason",
    "ReasonDict",
    "Rupiah",
    "Segment",
    "Share",
    "ShareDict",
    "TYPE_CHECKING",
    "TypeVar",
    "TypedDict",
    "UnknownValueError",
    "attrs",
    "award_html",
    "award_text",
    "cite",
    "contributions_html",
    "contributions_text",
    "converter",
    "decision_html",
    "decision_text",
    "decode_value",
    "deep_freeze",
    "dt",
    "dumps",
    "encode_value",
    "final",
    "money_from_json",
    "money_json",
    "register_result",
    "thaw_json",
    "total",
    "translate",
    "version_from_json",
    "version_json",
    "when_from_json",
    "when_json",
]


@pytest.mark.parametrize("name", PUBLIC_0_2)
def test_every_public_name_of_0_2_resolves(name: str) -> None:
    assert hasattr(jamsos.results, name)


def test_all_is_0_2s() -> None:
    assert sorted(jamsos.results.__all__) == sorted(
        [
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
    )


CLASSES = (Note, Reason, Share, Allocation, Component, FixedExplanation, Contributions, Award, Decision)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_classes_live_in_jamsos_results(cls: type) -> None:
    assert cls.__module__ == "jamsos.results"
    assert getattr(jamsos.results, cls.__name__) is cls
    assert repr(cls) == f"<class 'jamsos.results.{cls.__name__}'>"


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_type_hints_of_the_classes_resolve(cls: type) -> None:
    # typing.get_type_hints (cattrs, attrs.resolve_types) reads the namespace of __module__
    assert isinstance(typing.get_type_hints(cls), dict)


def test_the_reprs_are_0_2s() -> None:
    assert repr(Share(Rupiah(1), Rupiah(2))) == (
        "Share(employer=Rupiah('1'), worker=Rupiah('2'), government=Rupiah('0'))"
    )
    assert repr(decision()).startswith("Decision(eligible=False, reasons=(Reason(code='r.one', met=True, ")
