"""Findings about a roster row: a reason to reject it, or a note on how it was read.

A finding is data, not an exception: a code (stable, for machines), an English message
template from the catalog and its fields. :meth:`Finding.message` renders it in either
language.

>>> f = Finding.reject("nik_length", "the NIK must have 16 digits, got {count}", count=15)
>>> f.message("en"), f.rejects
('the NIK must have 16 digits, got 15', True)
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from jamsos.frozen import FrozenMap
from jamsos.programmes.text import tr

__all__ = ["Finding"]


def _frozen(fields: Mapping[str, object]) -> Mapping[str, object]:
    return FrozenMap(fields)


@attrs.frozen
class Finding:
    """A reason a row is rejected (``rejects``) or a note about a row that is kept."""

    code: str
    template: str
    fields: Mapping[str, object] = attrs.field(factory=dict, converter=_frozen)
    rejects: bool = True

    @classmethod
    def reject(cls, code: str, template: str, /, **fields: object) -> Finding:
        """A reason to reject the row."""
        return cls(code, template, fields, rejects=True)

    @classmethod
    def note(cls, code: str, template: str, /, **fields: object) -> Finding:
        """A note on a row that is kept."""
        return cls(code, template, fields, rejects=False)

    def message(self, lang: str | None = None) -> str:
        """The message in ``lang`` (``None``: the current language)."""
        return tr(self.template, lang, **self.fields)
