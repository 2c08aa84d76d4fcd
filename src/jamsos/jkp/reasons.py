"""Why a job ended (TerminationReason), with its Indonesian aliases and titles, and the constants
shared by the JKP modules.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from jamsos.enums import CodedEnum, coded
from jamsos.money import Rounding

#: Each monthly payment is rounded to whole rupiah, half up. No regulation states a rounding
#: rule for the JKP cash benefit; BPJS pays whole rupiah (administrative convention, listed as
#: unconfirmed in the known gaps). Only the final monthly amount is rounded.
BENEFIT_ROUNDING: Final = Rounding.HALF_UP


YEARS_MONTHS: Final = 12  # calendar fact, not law: months in a year


class TerminationReason(CodedEnum):
    """Why the employment ended (alasan PHK), as PP 37/2021 Pasal 20 sorts them.

    ``parse`` accepts the member, its value (``"dismissal"``), or common Indonesian words:

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
coded(
    "termination reason",
    aliases={alias: reason.value for alias, reason in _REASON_ALIASES.items()},
    accepted=(
        "dismissal (phk, efisiensi, pailit, tutup), resignation (mengundurkan-diri), "
        "contract_ended_early (kontrak-diakhiri), contract_expired (kontrak-habis), "
        "retirement (pensiun), total_disability (cacat-total-tetap), death (meninggal)"
    ),
)(TerminationReason)


FIXED_TERM: Final = frozenset({TerminationReason.CONTRACT_ENDED_EARLY, TerminationReason.CONTRACT_EXPIRED})


#: Reason codes, with a title in English and Bahasa Indonesia for the explanation.
TITLES: Final = MappingProxyType(
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
