"""What a work accident did to the body: the kinds of disability (DisabilityKind), the side (Side), and
one injury (Injury) with its table percentage or lost function.
"""

from __future__ import annotations

from decimal import Decimal
from typing import final

import attrs

from jamsos.enums import CodedEnum, coded
from jamsos.errors import InvalidInputError
from jamsos.i18n import N_
from jamsos.jkk.inputs import percent_arg


@coded(
    "disability kind",
    aliases={"total-tetap": "total", "ctt": "total"},
    accepted="total (CTT), anatomis (anatomical), fungsi (functional)",
)
class DisabilityKind(CodedEnum):
    """Kind of disability (*cacat*) after a work accident.

    Accepts the member, ``"total"``, ``"anatomis"``/``"anatomical"``, ``"fungsi"``/``"functional"``:

    >>> DisabilityKind.parse("anatomical")
    <DisabilityKind.ANATOMICAL: 'anatomis'>
    """

    TOTAL = "total"  # cacat total tetap
    ANATOMICAL = "anatomis"  # cacat sebagian anatomis
    FUNCTIONAL = "fungsi"  # cacat sebagian fungsi


@coded(
    "side",
    aliases={"kanan": "right", "r": "right", "kiri": "left", "l": "left"},
    accepted="right (kanan), left (kiri)",
)
class Side(CodedEnum):
    """Side of the body, where the table distinguishes right and left.

    Accepts ``"right"``/``"kanan"`` and ``"left"``/``"kiri"``:

    >>> Side.parse("kiri")
    <Side.LEFT: 'left'>
    """

    RIGHT = "right"
    LEFT = "left"

    def swapped(self) -> Side:
        """The other side (a left-handed worker's table sides are swapped)."""
        return Side.LEFT if self is Side.RIGHT else Side.RIGHT


def _opt_percent(value: object) -> Decimal | None:
    return None if value is None else percent_arg(value, "percent")


def _opt_function_lost(value: object) -> Decimal | None:
    return None if value is None else percent_arg(value, "function_lost")


def _opt_side(value: object) -> Side | None:
    return None if value is None else Side.parse(value)


def _opt_part(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(
            N_("body_part must be a name from the disability table, got {value!r}"), value=value
        )
    return value.strip().lower().replace(" ", "_").replace("-", "_")


@final
@attrs.frozen
class Injury:
    """One partial disability: a table row (``body_part``, ``side``) or a ``percent``.

    ``percent`` overrides the table (the doctor's assessment). ``function_lost`` is the
    percentage of the member's function lost (*cacat sebagian fungsi*).

    >>> Injury("arm_from_shoulder", side="kanan").side
    <Side.RIGHT: 'right'>
    """

    body_part: str | None = attrs.field(default=None, converter=_opt_part)
    side: Side | None = attrs.field(default=None, converter=_opt_side)
    percent: Decimal | None = attrs.field(default=None, converter=_opt_percent)
    function_lost: Decimal | None = attrs.field(
        default=None,
        converter=_opt_function_lost,
    )

    def __attrs_post_init__(self) -> None:
        if self.body_part is None and self.percent is None:
            raise InvalidInputError(N_("an injury needs a body_part from the table or a percent"))
