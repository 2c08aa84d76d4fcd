"""One enum base with one normaliser (issue 17): every code a caller types parses the same way,
every spelling accepted before still works, and a code that names nothing is one error class
with a catalog message."""

from __future__ import annotations

import enum
import importlib
import pkgutil

import pytest

import jamsos
from jamsos.enums import CodedEnum
from jamsos.errors import InvalidInputError, UnknownValueError
from jamsos.heirs import Relative
from jamsos.jht.kinds import Crediting, PartialPurpose, WithdrawalReason
from jamsos.jkk.injury import DisabilityKind, Side
from jamsos.jkp.reasons import TerminationReason
from jamsos.money import Rounding
from jamsos.placement import Phase
from jamsos.scholarship import EducationLevel

#: Enums whose ``parse`` reads the law-data files, not a caller's input: a mistake there is a
#: ParameterDataError of the data (citation instruments, source kinds).
DATA_ENUMS = {"jamsos.legal.Instrument", "jamsos.parameters._sources.SourceKind"}


def _library_enums() -> dict[str, type[enum.Enum]]:
    found: dict[str, type[enum.Enum]] = {}
    for info in pkgutil.walk_packages(jamsos.__path__, "jamsos."):
        if info.name.startswith(("jamsos.server", "jamsos.cli", "jamsos._cli")):
            continue
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__module__.startswith("jamsos."):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return found


def test_every_enum_a_caller_types_is_a_coded_enum() -> None:
    parsed = {
        name: cls
        for name, cls in _library_enums().items()
        if "parse" in vars(cls) or issubclass(cls, CodedEnum)
    }
    assert len(parsed) >= 15
    hand_written = sorted(
        n for n, c in parsed.items() if not issubclass(c, CodedEnum) and n not in DATA_ENUMS
    )
    assert hand_written == []


# the spellings each enum accepted before it moved to CodedEnum (0.2), all still accepted
OLD_SPELLINGS = [
    (Crediting, "yearly_pro_rata", Crediting.YEARLY_PRO_RATA),
    (Crediting, "Yearly-Pro-Rata", Crediting.YEARLY_PRO_RATA),
    (Crediting, " tahunan ", Crediting.YEARLY_PRO_RATA),
    (Crediting, "BULANAN", Crediting.MONTHLY_COMPOUND),
    (Crediting, "monthly", Crediting.MONTHLY_COMPOUND),
    (WithdrawalReason, "phk", WithdrawalReason.DISMISSAL),
    (WithdrawalReason, "mengundurkan diri", WithdrawalReason.RESIGNATION),
    (WithdrawalReason, "Gagal_Berangkat", WithdrawalReason.FAILED_DEPARTURE),
    (WithdrawalReason, "leaving-indonesia", WithdrawalReason.LEAVING_INDONESIA),
    (WithdrawalReason, "pensiun", WithdrawalReason.AGE),
    (PartialPurpose, "rumah", PartialPurpose.HOUSING),
    (PartialPurpose, "persiapan pensiun", PartialPurpose.RETIREMENT_PREPARATION),
    (PartialPurpose, "other", PartialPurpose.RETIREMENT_PREPARATION),
    (TerminationReason, "efisiensi", TerminationReason.DISMISSAL),
    (TerminationReason, "Kontrak-Habis", TerminationReason.CONTRACT_EXPIRED),
    (TerminationReason, "contract_ended_early", TerminationReason.CONTRACT_ENDED_EARLY),
    (TerminationReason, "CTT", TerminationReason.TOTAL_DISABILITY),
    (DisabilityKind, "anatomical", DisabilityKind.ANATOMICAL),
    (DisabilityKind, "FUNGSI", DisabilityKind.FUNCTIONAL),
    (DisabilityKind, "total_tetap", DisabilityKind.TOTAL),
    (DisabilityKind, "ctt", DisabilityKind.TOTAL),
    (Side, "kiri", Side.LEFT),
    (Side, " R ", Side.RIGHT),
    (Side, "Kanan", Side.RIGHT),
    (Relative, "janda", Relative.SPOUSE),
    (Relative, "orang tua", Relative.PARENT),
    (Relative, "parent-in-law", Relative.PARENT_IN_LAW),
    (Relative, "NAMED_IN_WILL", Relative.NAMED_IN_WILL),
    (EducationLevel, "smk", EducationLevel.SMA),
    (EducationLevel, "kuliah", EducationLevel.PT),
    (EducationLevel, "belum sekolah", EducationLevel.NOT_YET),
    (EducationLevel, "S1", EducationLevel.PT),
    (Phase, "sebelum bekerja", Phase.BEFORE),
    (Phase, "selama_bekerja", Phase.DURING),
    (Phase, "AFTER", Phase.AFTER),
    (Rounding, "half_up", Rounding.HALF_UP),
    (Rounding, "HALF_EVEN", Rounding.HALF_EVEN),
]


@pytest.mark.parametrize(("kind", "text", "member"), OLD_SPELLINGS)
def test_every_old_spelling_still_parses(kind: type[CodedEnum], text: str, member: CodedEnum) -> None:
    assert kind.parse(text) is member
    assert kind.parse(member) is member


CONVERTED = [
    Crediting,
    WithdrawalReason,
    PartialPurpose,
    TerminationReason,
    DisabilityKind,
    Side,
    Relative,
    EducationLevel,
    Phase,
    Rounding,
]


@pytest.mark.parametrize("kind", CONVERTED, ids=lambda k: k.__name__)
@pytest.mark.parametrize("value", ["nothing", "²", "5" * 5000, "", True, 1.5, None, [1]])
def test_a_code_that_names_nothing_is_one_error(kind: type[CodedEnum], value: object) -> None:
    with pytest.raises(UnknownValueError) as caught:
        kind.parse(value)
    exc = caught.value
    assert isinstance(exc, InvalidInputError)  # every except written for 0.2 still catches
    assert str(exc).startswith(f"unknown {kind.what()} ") and f"; accepted: {kind.accepted()}" in str(exc)
    assert len(str(exc)) < 400  # a 5,000-digit value is shown cut
    indonesian = exc.message("id")
    assert "tidak dikenal" in indonesian and kind.what() not in indonesian.split(" tidak dikenal")[0]
