"""The argument checks shared by every segment (and by jamsos.batch's vectorized path): the first
month covered, the rounding convention, the mandatory programs. The rules of a contribution month are
compiled once, for the scalar API and the batch alike, by :mod:`jamsos.contributions.kernel`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from jamsos import validate
from jamsos.domain import EmployerScale, Program
from jamsos.explain import ParamUse
from jamsos.money import Rate, Rounding, Rupiah, whole
from jamsos.parameters import DatedValue, ParameterSet, current_law_option, resolve
from jamsos.periods import Month

ONE: Final = Decimal(1)

ZERO: Final = Decimal(0)

RP0: Final = Rupiah.zero()

#: The first contribution month of the BPJS Ketenagakerjaan programs (PP 44, 45, 46/2015).
FIRST_MONTH: Final = Month(2015, 7)

ROUNDING: Final = Rounding.HALF_UP


# ---------------------------------------------------------------------------------------
# argument conversion at the boundary
# ---------------------------------------------------------------------------------------
def positive_amount(value: object, what: str) -> Rupiah:
    """An amount more than Rp0 (:func:`jamsos.validate.money`)."""
    return validate.money(value, what)


def contribution_month(value: object) -> Month:
    """A contribution month from 2015-07 (:func:`jamsos.validate.month`)."""
    return validate.month(value)


def boolean_arg(value: object, what: str) -> bool:
    """A real ``bool`` (:func:`jamsos.validate.flag`)."""
    return validate.flag(value, what)


# ---------------------------------------------------------------------------------------
# helpers shared by the segments; the rules of a contribution month themselves are compiled
# once, for the scalar API and the batch alike, by jamsos.contributions.kernel.
# ---------------------------------------------------------------------------------------
def rate_value(dv: DatedValue) -> Decimal:
    value = dv.value
    assert isinstance(value, Rate)
    return value.value


@current_law_option
def mandatory_programs(
    employer_scale: EmployerScale | str,
    month: Month | str,
    *,
    params: ParameterSet | None = None,
    assume_current_law: bool = False,
) -> frozenset[Program]:
    """Programs an employer of this scale must enrol wage earners in (Perpres 109/2013).

    Micro: JKK and JKM. Small: also JHT. Medium and large: also JP. JKP follows
    automatically once JKP is in force (PP 37/2021 Pasal 4).
    """
    from jamsos.contributions import kernel  # local: the kernel's module imports nothing from here

    scale = EmployerScale.parse(employer_scale)
    return kernel.pu_table(resolve(params), contribution_month(month)).mandatory[scale]


def round_rupiah(value: Decimal) -> Rupiah:
    return Rupiah.unchecked(whole(value, ROUNDING))


def param_use(name: str, dv: DatedValue) -> ParamUse:
    return ParamUse.of(name, dv)
