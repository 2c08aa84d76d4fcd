"""The one line a command prints first when ``--anggap-hukum-tetap`` takes it past the horizon.

With the opt-in (issue 11 §3) a result past the law data's release horizon is a projection
under current law. The result's JSON says so (``law_version.projection``); a person reading the
text output is told once, at the top, in their language, which day the law data is known until.
The command's own dates (``--bulan``, ``--tanggal``, ``--dari``/``--sampai``, ...) decide
whether it went past the horizon: a month counts from its first day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import textwrap
from typing import Final

from jamsos import parameters
from jamsos.i18n import N_, format_date, translate

__all__ = ["PROJECTION_LINE", "projection_line"]

PROJECTION_LINE: Final = N_(
    "Projection under current law: law data known until {horizon}; later values assumed unchanged."
)

_ISO: Final = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def _days(value: object) -> list[dt.date]:
    """The ISO dates and months (as their first day) written in one argument's value."""
    values = value if isinstance(value, list | tuple) else [value]
    days = []
    for v in values:
        if isinstance(v, dt.date):
            days.append(v)
        elif isinstance(v, str) and (m := _ISO.match(v.strip())):
            try:
                days.append(dt.date(int(m[1]), int(m[2]), int(m[3] or 1)))
            except ValueError:  # not a day: the command itself refuses it
                continue
    return days


def projection_line(args: argparse.Namespace, lang: str) -> str | None:
    """The projection line for a text output past the horizon with the opt-in, else None."""
    if not getattr(args, "assume_current_law", False) or getattr(args, "json", False):
        return None
    horizon = parameters.horizon()
    if horizon is None:
        return None
    if not any(day > horizon for value in vars(args).values() for day in _days(value)):
        return None
    text = translate(PROJECTION_LINE, lang).format(horizon=format_date(horizon, lang))
    return textwrap.fill(text, width=100)  # the width every text output keeps
