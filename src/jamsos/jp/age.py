"""JP pension age, pension date, the last month of registration, the wage cap and the pension timing
(PP 45/2015 Pasal 15, 29).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, final

import attrs

from jamsos import validate
from jamsos.errors import (
    ExplanationMissingError,
    InvalidDateError,
    NotCoveredError,
)
from jamsos.explain import Explanation, ParamUse
from jamsos.frozen import FrozenMap, deep_freeze
from jamsos.i18n import N_, current_lang, format_date, format_month, normalize_lang
from jamsos.jp.inputs import date_arg, plausible
from jamsos.jsonform import dumps, register_result, thaw_json
from jamsos.money import Rupiah
from jamsos.parameters import LawVersion, ParameterSet, current_law_option, resolve
from jamsos.periods import Month, anniversary, as_date
from jamsos.provenance import recorded
from jamsos.results import RESULT_SCHEMA, version_from_json, version_json


# --------------------------------------------------------------------------------------
# Pension age and dates (written by the lead; behaviour and doctests kept)
# --------------------------------------------------------------------------------------
@current_law_option
def pension_age(on: dt.date, *, params: ParameterSet | None = None, assume_current_law: bool = False) -> int:
    """The pension age in force on ``on`` (PP 45/2015 Pasal 15).

    56 until 2018, 57 from 2019-01-01, then one more year every 3 years up to 65 in 2043.

    >>> pension_age(dt.date(2018, 12, 31)), pension_age(dt.date(2019, 1, 1))
    (56, 57)
    >>> pension_age(dt.date(2043, 1, 1))
    65
    """
    return resolve(params).integer("jp.pension_age", validate.date(on, "on"))


@current_law_option
def pension_date(
    birth_date: dt.date, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> dt.date:
    """The first day on which the person's age reaches the pension age then in force.

    The pension age rises over time, so the answer is the first day ``d`` with
    ``age(d) >= pension_age(d)``. A 29 February birthday is completed on 1 March in
    non-leap years (see :func:`jamsos.periods.anniversary`).

    >>> pension_date(dt.date(1965, 7, 16))
    datetime.date(2023, 7, 16)
    >>> pension_date(dt.date(1963, 3, 1))  # 56 on 2019-03-01, when 57 is in force
    datetime.date(2020, 3, 1)
    """
    birth = plausible(as_date(birth_date, "birth_date"), "birth_date")
    p = resolve(params)
    series = p.history("jp.pension_age")
    first = series[0]
    if anniversary(birth, first.value) < first.since:
        raise NotCoveredError(
            N_(
                "a person born {birth} reached {first} before JP began on {first_since} "
                "({basis}); JP pension age does not apply"
            ),
            birth=birth,
            first=first.value,
            first_since=first.since,
            basis=first.cite(),
        )
    for dv in series:
        if dv.repealed:
            break
        candidate = max(anniversary(birth, dv.value), dv.since)
        if dv.until is None or candidate < dv.until:
            return candidate
    raise NotCoveredError(N_("no pension date found for {birth} in the pension-age data"), birth=birth)


@current_law_option
def last_registration_month(
    birth_date: dt.date, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> Month:
    """The last month in which the person can still be registered in JP.

    The month before the month in which pension age is reached: membership ends at pension
    age, so a registration in that month would start no contribution period.

    >>> last_registration_month(dt.date(1965, 7, 16))
    Month(2023, 6)
    """
    return Month.of(pension_date(birth_date, params=params)).minus(1)


@current_law_option
def wage_cap(
    month: Month | str, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> Rupiah:
    """The JP wage cap for a contribution month (PP 45/2015 Pasal 29).

    >>> str(wage_cap(Month(2025, 2))), str(wage_cap(Month(2025, 3)))
    ('Rp10.042.300', 'Rp10.547.400')
    """
    m = validate.month(month)
    return resolve(params).rupiah("jp.wage_cap", m.last_day)


def check_birth(birth: dt.date, on: dt.date) -> None:
    if birth > on:
        raise InvalidDateError(N_("birth date {birth} is after {on}; check the date"), birth=birth, on=on)


@final
@attrs.frozen
class PensionTiming:
    """Pension age, pension date and last registration month of one person.

    ``pension_age`` is the age in force on the pension date; ``first_pension_month`` is
    the first month of the old-age right (Pasal 19 ayat (3)).
    """

    birth_date: dt.date
    pension_age: int
    pension_date: dt.date
    last_registration_month: Month
    first_pension_month: Month
    uses: tuple[ParamUse, ...] = attrs.field(default=(), eq=False)
    inputs: Mapping[str, Any] = attrs.field(factory=FrozenMap, converter=deep_freeze)
    law_version: LawVersion | None = None
    # Read from JSON written with explanation=False: explain() says so instead of guessing.
    _no_explanation: bool = attrs.field(default=False, eq=False, repr=False, alias="no_explanation")

    def to_dict(self, *, explanation: bool = True) -> dict[str, Any]:
        """The JSON form (``jamsos.schema("result")``, type ``pension_timing``)."""
        return {
            "schema": RESULT_SCHEMA,
            "type": "pension_timing",
            "kind": "jp.pension_timing",
            "law_version": version_json(self.law_version),
            "inputs": thaw_json(self.inputs),
            "notes": [],
            "explanation": self.explain().to_dict() if explanation and not self._no_explanation else None,
            "birth_date": self.birth_date.isoformat(),
            "pension_age": self.pension_age,
            "pension_date": self.pension_date.isoformat(),
            "last_registration_month": str(self.last_registration_month),
            "first_pension_month": str(self.first_pension_month),
        }

    def to_json(self, *, explanation: bool = True, indent: int | None = None) -> str:
        """:meth:`to_dict` as JSON text; ``jamsos.from_json`` reads it back."""
        return dumps(self.to_dict(explanation=explanation), indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PensionTiming:
        """Inverse of :meth:`to_dict` (the parameters used come back from the explanation)."""
        tree = data.get("explanation")
        return cls(
            birth_date=dt.date.fromisoformat(data["birth_date"]),
            pension_age=int(data["pension_age"]),
            pension_date=dt.date.fromisoformat(data["pension_date"]),
            last_registration_month=Month.parse(data["last_registration_month"]),
            first_pension_month=Month.parse(data["first_pension_month"]),
            uses=Explanation.from_dict(tree).parameters if tree is not None else (),
            inputs=data["inputs"],
            law_version=version_from_json(data["law_version"]),
            no_explanation=tree is None,
        )

    def table(self, lang: str | None = None) -> str:
        """Readable lines in ``lang`` (default: the language setting, :func:`jamsos.i18n.current_lang`)."""
        code = current_lang() if lang is None else normalize_lang(lang)
        birth, day = format_date(self.birth_date, code), format_date(self.pension_date, code)
        last = format_month(self.last_registration_month, code)
        first = format_month(self.first_pension_month, code)
        if code == "id":
            rows = (
                ("Tanggal lahir", birth),
                ("Usia pensiun", f"{self.pension_age} tahun"),
                ("Tanggal mencapai usia pensiun", day),
                ("Bulan terakhir dapat didaftarkan", last),
                ("Hak manfaat pensiun hari tua mulai", first),
            )
        else:
            rows = (
                ("Birth date", birth),
                ("Pension age", f"{self.pension_age} years"),
                ("Pension date", day),
                ("Last registration month", last),
                ("Old-age pension right starts", first),
            )
        width = max(len(k) for k, _ in rows)
        return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)

    def __str__(self) -> str:
        return self.table()

    def explain(self) -> Explanation:
        """How the pension date follows from the pension-age schedule."""
        if self._no_explanation:
            raise ExplanationMissingError(
                N_(
                    "this result was serialised without its explanation; call to_json() with "
                    "explanation=True (the default) to keep it"
                )
            )
        return Explanation(
            "JP pension date",
            "Tanggal usia pensiun JP",
            self.pension_date,
            inputs=(("birth date", self.birth_date), ("pension age in force", self.pension_age)),
            parameters=self.uses,
            note=(
                "First day on which the person's age reaches the pension age then in force; a 29 "
                "February birthday is completed on 1 March in non-leap years. Registration is "
                "possible up to the month before the pension month; the old-age right starts on "
                "the 1st of the month after (PP 45/2015 Pasal 15, 19 ayat (3))."
            ),
            note_id=(
                "Hari pertama usia peserta mencapai usia pensiun yang berlaku saat itu; lahir 29 "
                "Februari genap usianya pada 1 Maret di tahun bukan kabisat. Pendaftaran paling "
                "lambat bulan sebelum bulan usia pensiun; hak mulai tanggal 1 bulan berikutnya."
            ),
        )


register_result("pension_timing", PensionTiming.from_dict)


@current_law_option
@recorded()
def pension_timing(
    birth_date: dt.date, *, params: ParameterSet | None = None, assume_current_law: bool = False
) -> PensionTiming:
    """Pension age, date, last registration month and first pension month, as one result.

    Which date selects the law: the pension date found (PP 45/2015 Pasal 15).

    >>> t = pension_timing(dt.date(1965, 7, 16))
    >>> t.pension_age, t.pension_date, t.last_registration_month, t.first_pension_month
    (58, datetime.date(2023, 7, 16), Month(2023, 6), Month(2023, 8))
    """
    p = resolve(params)
    birth = date_arg(birth_date, "birth_date")
    pdate = pension_date(birth, params=p)
    dv = p.value("jp.pension_age", pdate)
    return PensionTiming(
        birth_date=birth,
        pension_age=int(dv.value),
        pension_date=pdate,
        last_registration_month=Month.of(pdate).minus(1),
        first_pension_month=Month.of(pdate) + 1,
        uses=(ParamUse.of("jp.pension_age", dv),),
    )
