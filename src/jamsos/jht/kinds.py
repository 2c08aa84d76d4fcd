"""The JHT enums: how returns are credited (Crediting), the grounds of a withdrawal (WithdrawalReason)
and the purposes of a partial withdrawal (PartialPurpose), with their Indonesian aliases.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from jamsos.enums import CodedEnum, coded


def normalise_key(text: str) -> str:
    return text.strip().lower().replace("_", "-").replace(" ", "-")


# ---------------------------------------------------------------------------------------
# enums
# ---------------------------------------------------------------------------------------
@coded(
    "crediting convention",
    aliases={
        "yearly": "yearly_pro_rata",
        "tahunan": "yearly_pro_rata",
        "monthly": "monthly_compound",
        "bulanan": "monthly_compound",
    },
    accepted="yearly_pro_rata (tahunan), monthly_compound (bulanan)",
)
class Crediting(CodedEnum):
    """How development returns are credited (see the module docstring).

    Accepts a member, its value or ``"yearly"``/``"tahunan"``, ``"monthly"``/``"bulanan"``.
    """

    YEARLY_PRO_RATA = "yearly_pro_rata"
    MONTHLY_COMPOUND = "monthly_compound"


class WithdrawalReason(CodedEnum):
    """Grounds for claiming the whole JHT balance.

    Accepts a member, its value, or an Indonesian word (``resign``, ``phk``, ``usia``...):

    >>> WithdrawalReason.parse("phk"), WithdrawalReason.parse("mengundurkan diri")
    (<WithdrawalReason.DISMISSAL: 'dismissal'>, <WithdrawalReason.RESIGNATION: 'resignation'>)
    """

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
coded(
    "withdrawal reason",
    aliases={alias: reason.value for alias, reason in _REASON_ALIASES.items()},
    accepted=(
        "age (usia), resignation (resign), dismissal (phk), contract_end (pkwt), "
        "stopped_working (berhenti-bekerja), disability (cacat), death (meninggal), "
        "leaving_indonesia (meninggalkan-indonesia), failed_departure (gagal-berangkat)"
    ),
)(WithdrawalReason)


@coded(
    "partial-withdrawal purpose",
    aliases={
        "rumah": "housing",
        "perumahan": "housing",
        "other": "retirement_preparation",
        "lainnya": "retirement_preparation",
        "persiapan-pensiun": "retirement_preparation",
    },
    accepted="housing (rumah), retirement_preparation (lainnya)",
)
class PartialPurpose(CodedEnum):
    """Purposes of a partial withdrawal (PP 46/2015 Pasal 22 ayat (5)).

    Accepts a member, its value, or ``rumah`` / ``lainnya`` / ``persiapan-pensiun``.
    """

    HOUSING = "housing"
    RETIREMENT_PREPARATION = "retirement_preparation"
