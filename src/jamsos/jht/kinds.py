"""The JHT enums: how returns are credited (Crediting), the grounds of a withdrawal (WithdrawalReason)
and the purposes of a partial withdrawal (PartialPurpose), with their Indonesian aliases.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from jamsos.errors import (
    UnknownValueError,
)
from jamsos.i18n import N_


def normalise_key(text: str) -> str:
    return text.strip().lower().replace("_", "-").replace(" ", "-")


# ---------------------------------------------------------------------------------------
# enums
# ---------------------------------------------------------------------------------------
class Crediting(enum.Enum):
    """How development returns are credited (see the module docstring)."""

    YEARLY_PRO_RATA = "yearly_pro_rata"
    MONTHLY_COMPOUND = "monthly_compound"

    @classmethod
    def parse(cls, value: Crediting | str) -> Crediting:
        """Accept a member or a name (``"yearly"``, ``"tahunan"``, ``"monthly"``, ``"bulanan"``)."""
        if isinstance(value, Crediting):
            return value
        if isinstance(value, str):
            key = normalise_key(value)
            aliases = {
                "yearly-pro-rata": cls.YEARLY_PRO_RATA,
                "yearly": cls.YEARLY_PRO_RATA,
                "tahunan": cls.YEARLY_PRO_RATA,
                "monthly-compound": cls.MONTHLY_COMPOUND,
                "monthly": cls.MONTHLY_COMPOUND,
                "bulanan": cls.MONTHLY_COMPOUND,
            }
            if key in aliases:
                return aliases[key]
        raise UnknownValueError(
            N_(
                "unknown crediting convention {value!r}; accepted: yearly_pro_rata (tahunan), "
                "monthly_compound (bulanan)"
            ),
            value=value,
        )


class WithdrawalReason(enum.Enum):
    """Grounds for claiming the whole JHT balance."""

    AGE = "age"
    RESIGNATION = "resignation"
    DISMISSAL = "dismissal"
    CONTRACT_END = "contract_end"
    STOPPED_WORKING = "stopped_working"
    DISABILITY = "disability"
    DEATH = "death"
    LEAVING_INDONESIA = "leaving_indonesia"
    #: A migrant worker (PMI) whose departure failed (*gagal berangkat*), Permenaker 4/2023.
    FAILED_DEPARTURE = "failed_departure"

    @classmethod
    def parse(cls, value: WithdrawalReason | str) -> WithdrawalReason:
        """Accept a member, its name, or an Indonesian word (``resign``, ``phk``, ``usia``...).

        >>> WithdrawalReason.parse("phk"), WithdrawalReason.parse("mengundurkan diri")
        (<WithdrawalReason.DISMISSAL: 'dismissal'>, <WithdrawalReason.RESIGNATION: 'resignation'>)
        """
        if isinstance(value, WithdrawalReason):
            return value
        if isinstance(value, str):
            key = normalise_key(value)
            for member in cls:
                if key == normalise_key(member.value):
                    return member
            if key in _REASON_ALIASES:
                return _REASON_ALIASES[key]
        raise UnknownValueError(
            N_(
                "unknown withdrawal reason {value!r}; accepted: age (usia), resignation "
                "(resign), dismissal (phk), contract_end (pkwt), stopped_working "
                "(berhenti-bekerja), disability (cacat), death (meninggal), leaving_indonesia "
                "(meninggalkan-indonesia), failed_departure (gagal-berangkat)"
            ),
            value=value,
        )


_REASON_ALIASES: Final[Mapping[str, WithdrawalReason]] = MappingProxyType(
    {
        "usia": WithdrawalReason.AGE,
        "usia-pensiun": WithdrawalReason.AGE,
        "pensiun": WithdrawalReason.AGE,
        "retirement": WithdrawalReason.AGE,
        "resign": WithdrawalReason.RESIGNATION,
        "mengundurkan-diri": WithdrawalReason.RESIGNATION,
        "pengunduran-diri": WithdrawalReason.RESIGNATION,
        "phk": WithdrawalReason.DISMISSAL,
        "pemutusan-hubungan-kerja": WithdrawalReason.DISMISSAL,
        "pkwt": WithdrawalReason.CONTRACT_END,
        "kontrak": WithdrawalReason.CONTRACT_END,
        "kontrak-berakhir": WithdrawalReason.CONTRACT_END,
        "berhenti-bekerja": WithdrawalReason.STOPPED_WORKING,
        "berhenti": WithdrawalReason.STOPPED_WORKING,
        "cacat": WithdrawalReason.DISABILITY,
        "cacat-total-tetap": WithdrawalReason.DISABILITY,
        "meninggal": WithdrawalReason.DEATH,
        "meninggal-dunia": WithdrawalReason.DEATH,
        "meninggalkan-indonesia": WithdrawalReason.LEAVING_INDONESIA,
        "gagal-berangkat": WithdrawalReason.FAILED_DEPARTURE,
    }
)


class PartialPurpose(enum.Enum):
    """Purposes of a partial withdrawal (PP 46/2015 Pasal 22 ayat (5))."""

    HOUSING = "housing"
    RETIREMENT_PREPARATION = "retirement_preparation"

    @classmethod
    def parse(cls, value: PartialPurpose | str) -> PartialPurpose:
        """Accept a member, its name, or ``rumah`` / ``lainnya`` / ``persiapan-pensiun``."""
        if isinstance(value, PartialPurpose):
            return value
        if isinstance(value, str):
            key = normalise_key(value)
            aliases = {
                "housing": cls.HOUSING,
                "rumah": cls.HOUSING,
                "perumahan": cls.HOUSING,
                "retirement-preparation": cls.RETIREMENT_PREPARATION,
                "other": cls.RETIREMENT_PREPARATION,
                "lainnya": cls.RETIREMENT_PREPARATION,
                "persiapan-pensiun": cls.RETIREMENT_PREPARATION,
            }
            if key in aliases:
                return aliases[key]
        raise UnknownValueError(
            N_(
                "unknown partial-withdrawal purpose {value!r}; accepted: housing (rumah), "
                "retirement_preparation (lainnya)"
            ),
            value=value,
        )
