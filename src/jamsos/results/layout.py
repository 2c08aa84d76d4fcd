"""The JSON layout every result shares: the schema tag and the law-data version.

``RESULT_SCHEMA`` names the layout (``jamsos.schema("result")``); :func:`version_json` /
:func:`version_from_json` write and read the law-data version a result was computed under;
:func:`check_schema` refuses a document of another layout or result type.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, TypedDict

from jamsos.errors import UnknownValueError
from jamsos.i18n import N_
from jamsos.parameters import LawVersion

#: Version of the JSON layout of results (``jamsos.schema("result")``).
RESULT_SCHEMA: Final = "jamsos.result/2"


class LawVersionDict(TypedDict):
    """The law-data version a result was computed under (``jamsos.parameters.law_version``)."""

    hash: str
    label: str
    official: bool
    projection: bool


def version_json(value: LawVersion | None) -> LawVersionDict | None:
    """The JSON form of a law-data version (``None`` stays ``None``)."""
    if value is None:
        return None
    return {
        "hash": value.hash,
        "label": value.label,
        "official": value.official,
        "projection": value.projection,
    }


def version_from_json(data: Mapping[str, Any] | None) -> LawVersion | None:
    """Inverse of :func:`version_json`."""
    if data is None:
        return None
    # "projection" is new in 0.3: a 0.2 document has none (it was never a projection then)
    return LawVersion(
        str(data["hash"]),
        str(data["label"]),
        bool(data["official"]),
        projection=bool(data.get("projection", False)),
    )


def check_schema(data: Mapping[str, Any], type_name: str) -> None:
    """Refuse a document of another result layout or of another result type."""
    if data.get("schema") != RESULT_SCHEMA:
        raise UnknownValueError(
            N_("unsupported result schema {got!r}; this version of jamsos reads {expected}"),
            field="schema",
            got=data.get("schema"),
            expected=RESULT_SCHEMA,
        )
    if data.get("type") != type_name:
        raise UnknownValueError(N_("expected a {expected} result"), field="type", expected=type_name)
