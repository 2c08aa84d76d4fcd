"""Read the shipped TOML law data into a :class:`ParameterSet`.

Each file under ``data/`` holds nested tables whose dotted path is the parameter name
(``[jp.wage_cap]``). A table with a ``values`` array is a parameter::

    [jp.wage_cap]
    description = "Upper limit of the monthly wage on which JP contributions are due"
    unit = "rupiah"
    covered_until = 2027-02-28          # optional: the data is known up to this day

    [[jp.wage_cap.values]]
    since = 2015-07-01
    value = "7000000"
    status = "confirmed"
    basis = { instrument = "PP", number = "45", year = 2015, article = "Pasal 29 ayat (2)" }

A value entry may instead say ``repealed = true`` (with its basis) to end a series, or
``until = <date>`` (the first day it no longer holds) to leave a gap before the next value:
the days in a gap raise ``NotCoveredError`` (the yearly JHT returns are such a series).
Everything is validated here, so a bad file fails at import, not on a payslip.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

from jamsos.errors import ParameterDataError
from jamsos.i18n import N_
from jamsos.legal import Basis, Status
from jamsos.parameters._convert import convert_value
from jamsos.parameters._coverage import link_values
from jamsos.parameters._model import (
    UNITS,
    DatedValue,
    Parameter,
    ParameterSet,
)
from jamsos.parameters._names import RESERVED, Alias, Retired, check_names, parse_names
from jamsos.parameters._version import UNLABELLED, LawVersion, hash_files

__all__ = [
    "HORIZON_FILE",
    "RELEASE_FILE",
    "load_directory",
    "load_official",
    "official_files",
    "official_horizon",
    "parse_document",
    "read_label",
]

_PARAM_KEYS = {"description", "description_id", "unit", "values", "covered_until", "note", "fixed_by_law"}
_VALUE_KEYS = {"since", "until", "value", "status", "basis", "note", "repealed", "source"}
_SOURCE_KINDS = (
    "regulation",
    "letter",
    "statistics",
    "secondary",
    "derived",
    "proxy",
    "policy",
)
#: The file holding the human release label of the law data (first non-comment line).
RELEASE_FILE = "RELEASE"
#: The file holding the release horizon (first non-comment line, YYYY-MM-DD): the last day the
#: data vouches for values that have no known change schedule.
HORIZON_FILE = "HORIZON"


def _parse_value(name: str, unit: str, entry: Mapping[str, Any], index: int) -> DatedValue:
    where = f"{name} value #{index + 1}"
    extra = set(entry) - _VALUE_KEYS
    if extra:
        raise ParameterDataError(N_("{where}: unknown keys {keys}"), where=where, keys=sorted(extra))
    since = entry.get("since")
    if not isinstance(since, dt.date) or isinstance(since, dt.datetime):
        raise ParameterDataError(N_("{where}: 'since' must be a TOML date (YYYY-MM-DD)"), where=where)
    basis_raw = entry.get("basis")
    if not isinstance(basis_raw, Mapping):
        raise ParameterDataError(N_("{where}: every value needs a 'basis' citation table"), where=where)
    basis = Basis.from_mapping(basis_raw, where)
    status_raw = entry.get("status")
    try:
        status = Status(status_raw)
    except ValueError:
        raise ParameterDataError(
            N_("{where}: status must be 'confirmed' or 'unconfirmed', got {status_raw!r}"),
            where=where,
            status_raw=status_raw,
        ) from None
    note = entry.get("note")
    if note is not None and not isinstance(note, str):
        raise ParameterDataError(N_("{where}: note must be text"), where=where)
    source = entry.get("source")
    if source is not None and source not in _SOURCE_KINDS:
        raise ParameterDataError(
            N_("{where}: source must be one of {accepted}, got {source!r}"),
            where=where,
            accepted=", ".join(_SOURCE_KINDS),
            source=source,
        )
    repealed = entry.get("repealed", False)
    if not isinstance(repealed, bool):
        raise ParameterDataError(N_("{where}: repealed must be true or false"), where=where)
    if repealed:
        if "value" in entry:
            raise ParameterDataError(N_("{where}: a repeal entry has no value"), where=where)
        return DatedValue(None, since, basis, status, note=note, repealed=True, source=source)
    if "value" not in entry:
        raise ParameterDataError(N_("{where}: missing 'value'"), where=where)
    value = convert_value(unit, entry["value"], where)
    until = entry.get("until")
    if until is not None:
        if not isinstance(until, dt.date) or isinstance(until, dt.datetime):
            raise ParameterDataError(N_("{where}: 'until' must be a TOML date (YYYY-MM-DD)"), where=where)
        if until <= since:
            raise ParameterDataError(N_("{where}: 'until' must be after 'since'"), where=where)
        return DatedValue(
            value, since, basis, status, until=until, note=note, explicit_until=True, source=source
        )
    return DatedValue(value, since, basis, status, note=note, source=source)


def _parse_parameter(name: str, table: Mapping[str, Any]) -> Parameter:
    extra = set(table) - _PARAM_KEYS
    if extra:
        raise ParameterDataError(N_("{name}: unknown keys {keys}"), name=name, keys=sorted(extra))
    description = table.get("description")
    if not isinstance(description, str) or not description.strip():
        raise ParameterDataError(N_("{name}: needs a description"), name=name)
    # the description in Bahasa Indonesia, shown by `jamsos params` (issue 15); every shipped
    # parameter has one (tests/parameters/test_descriptions.py)
    description_id = table.get("description_id")
    if description_id is not None and (not isinstance(description_id, str) or not description_id.strip()):
        raise ParameterDataError(
            N_("{name}: description_id must be a non-empty text (the description in Indonesian)"), name=name
        )
    unit = table.get("unit")
    if not isinstance(unit, str) or unit not in UNITS:
        raise ParameterDataError(
            N_("{name}: unit {unit!r} is not one of {accepted}"),
            name=name,
            unit=unit,
            accepted=", ".join(UNITS),
        )
    raw_values = table["values"]
    if not isinstance(raw_values, list) or not raw_values:
        raise ParameterDataError(N_("{name}: 'values' must be a non-empty array of tables"), name=name)
    values = [_parse_value(name, unit, v, i) for i, v in enumerate(raw_values)]
    covered_until = table.get("covered_until")
    if covered_until is not None and not isinstance(covered_until, dt.date):
        raise ParameterDataError(N_("{name}: covered_until must be a TOML date"), name=name)
    note = table.get("note")
    fixed_by_law = table.get("fixed_by_law", False)
    if not isinstance(fixed_by_law, bool):
        raise ParameterDataError(N_("{name}: fixed_by_law must be true or false"), name=name)
    if values[0].repealed:
        raise ParameterDataError(N_("{name}: a series cannot start with a repeal"), name=name)
    try:
        linked = link_values(values)
    except ParameterDataError as exc:
        raise ParameterDataError(N_("{name}: {exc}"), name=name, exc=exc) from None
    return Parameter(
        name=name,
        description=description,
        unit=unit,
        values=linked,
        covered_until=covered_until,
        note=note if isinstance(note, str) else None,
        fixed_by_law=fixed_by_law,
        description_id=description_id,
    )


def _walk(prefix: str, table: Mapping[str, Any], out: dict[str, Parameter], source: str) -> None:
    if "values" in table:
        if prefix in out:
            raise ParameterDataError(
                N_("{prefix}: defined twice (again in {source})"), prefix=prefix, source=source
            )
        out[prefix] = _parse_parameter(prefix, table)
        return
    for key, sub in table.items():
        name = f"{prefix}.{key}" if prefix else key
        if not isinstance(sub, Mapping):
            raise ParameterDataError(
                N_("{name} in {source}: a node holds only tables; did you forget 'values'?"),
                name=name,
                source=source,
            )
        _walk(name, sub, out, source)


def parse_document(
    text: str, source: str, out: dict[str, Parameter], old: dict[str, Alias | Retired] | None = None
) -> None:
    """Parse one TOML document into ``out`` (name → Parameter).

    The top-level tables ``aliases`` and ``retired`` hold old names (see
    ``jamsos.parameters._names``); they go into ``old``.
    """
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ParameterDataError(N_("{source}: {exc}"), source=source, exc=exc) from None
    parse_names(doc, source, old if old is not None else {})
    _walk("", {k: v for k, v in doc.items() if k not in RESERVED}, out, source)


def load_directory(
    files: Mapping[str, str], *, label: str | None = None, horizon: dt.date | None = None
) -> ParameterSet:
    """Build a set from ``{source_name: toml_text}``; ``label`` names the release, ``horizon``
    is its release horizon (see ``data/HORIZON``)."""
    out: dict[str, Parameter] = {}
    old: dict[str, Alias | Retired] = {}
    for source in sorted(files):
        parse_document(files[source], source, out, old)
    check_names(old, out)
    version = LawVersion(hash_files(files), label or UNLABELLED, official=True)
    return ParameterSet(out, official=True, law_version=version, old_names=old, horizon=horizon)


def read_label(text: str) -> str:
    """The release label: the first line of ``RELEASE`` that is neither blank nor a comment."""
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    raise ParameterDataError(N_("{file} holds no release label"), file=RELEASE_FILE)


def official_files() -> tuple[dict[str, str], str]:
    """The shipped parameter files ``{name: text}`` and the release label."""
    data = resources.files("jamsos.parameters") / "data"
    files = {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in data.iterdir()
        if entry.name.endswith(".toml")
    }
    if not files:
        raise ParameterDataError(N_("no parameter files found in jamsos/parameters/data"))
    release = data / RELEASE_FILE
    if not release.is_file():
        raise ParameterDataError(
            N_("jamsos/parameters/data/{file} (the release label) is missing"), file=RELEASE_FILE
        )
    return files, read_label(release.read_text(encoding="utf-8"))


def read_horizon(text: str) -> dt.date:
    """The release horizon: the first line of ``HORIZON`` that is neither blank nor a comment."""
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            try:
                return dt.date.fromisoformat(line)
            except ValueError:
                raise ParameterDataError(
                    N_("{file}: {line!r} is not a date (YYYY-MM-DD)"), file=HORIZON_FILE, line=line
                ) from None
    raise ParameterDataError(N_("{file} holds no date"), file=HORIZON_FILE)


def official_horizon() -> dt.date:
    """The release horizon of the shipped data (``data/HORIZON``)."""
    horizon = resources.files("jamsos.parameters") / "data" / HORIZON_FILE
    if not horizon.is_file():
        raise ParameterDataError(
            N_("jamsos/parameters/data/{file} (the release horizon) is missing"), file=HORIZON_FILE
        )
    return read_horizon(horizon.read_text(encoding="utf-8"))


def load_official() -> ParameterSet:
    """Load the law data shipped inside the package, with its release horizon."""
    files, label = official_files()
    return load_directory(files, label=label, horizon=official_horizon())
