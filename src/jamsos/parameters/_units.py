"""Typed structured units of the law data: ``scale``, ``schedule`` and ``ladder``.

A plain ``table`` value is an untyped nest of strings; the three units below give a table a
shape that is checked when the data loads, and typed accessors so that program code never
parses strings:

``scale``
    Dated brackets over an amount (a contract value, a declared income). Each row names its
    lower bound (``over`` or ``from``, a rupiah string; the first is ``"0"``, the bounds
    strictly increase) and its fields. :meth:`Scale.find` gives the bracket an amount falls
    in. Used by the BPU income bands (``bpu.income_band``) and the construction tiers.
``schedule``
    Steps over a count of months, in order (``months`` = the step's length, or a package's
    length; only the last step may leave ``months`` out, meaning "until it ends"). Used by
    the STMB steps and the PMI packages.
``ladder``
    Named levels in order (``level`` is unique text), each with its fields. Used by the
    scholarship amounts per school level.

Field types follow the field's name, so a typing mistake in the data fails at import:
``rate``, ``percent`` and names ending in ``_rate`` or ``_percent`` are percentages
(``"0.21"`` = 0.21%); ``months``, ``years`` and names ending in ``_months`` or ``_years`` are
whole numbers; ``level``, ``label``, ``note``, ``source``, ``article``, ``members``,
``cash_to``, ``funeral_to`` and ``mode`` are text; every other field is a rupiah amount
written as a string of digits.

Each value still iterates as the rows it was written as (read-only mappings of the raw
TOML), so code written against ``unit = "table"`` keeps working unchanged.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Final, final

import attrs

from jamsos.errors import InvalidInputError, MoneyTypeError, ParameterDataError
from jamsos.frozen import FrozenMap
from jamsos.i18n import N_, type_name
from jamsos.money import Rate, Rupiah

__all__ = [
    "STRUCTURED_UNITS",
    "Bracket",
    "Ladder",
    "Rung",
    "Scale",
    "Schedule",
    "Step",
    "parse_structured",
]

_TEXT_FIELDS: Final = frozenset(
    {"level", "label", "note", "source", "article", "members", "cash_to", "funeral_to", "mode"}
)
_INT_FIELDS: Final = frozenset({"months", "years"})
_RATE_FIELDS: Final = frozenset({"rate", "percent"})
_BOUND_KEYS: Final = ("over", "from")

FieldValue = Rupiah | Rate | int | str


def _field(key: str, raw: object, where: str) -> FieldValue:
    """Type one field by its name (see the module docstring)."""
    if key in _TEXT_FIELDS:
        if not isinstance(raw, str):
            raise ParameterDataError(N_("{where}: field {key!r} must be text"), where=where, key=key)
        return raw
    if key in _INT_FIELDS or key.endswith(("_months", "_years")):
        if not isinstance(raw, int) or isinstance(raw, bool) or raw <= 0:
            raise ParameterDataError(
                N_("{where}: field {key!r} must be a whole number > 0"), where=where, key=key
            )
        return raw
    if not isinstance(raw, str):
        raise ParameterDataError(
            N_("{where}: field {key!r} must be a string ('1000000' for rupiah, '0.24' for a %)"),
            where=where,
            key=key,
        )
    try:
        if key in _RATE_FIELDS or key.endswith(("_rate", "_percent")):
            rate = Rate.percent(raw)
            if not Decimal(0) <= rate.value <= Decimal(1):
                raise ParameterDataError(
                    N_("{where}: field {key!r} must be within 0..100%"), where=where, key=key
                )
            return rate
        amount = Rupiah.of(raw)
    except (InvalidInputError, MoneyTypeError) as exc:
        raise ParameterDataError(N_("{where}: field {key!r}: {exc}"), where=where, key=key, exc=exc) from None
    if amount < 0:
        raise ParameterDataError(N_("{where}: field {key!r} cannot be negative"), where=where, key=key)
    return amount


def _fields(row: Mapping[str, object], skip: frozenset[str], where: str) -> Mapping[str, FieldValue]:
    return FrozenMap({k: _field(k, v, where) for k, v in row.items() if k not in skip})


class _Fields:
    """Typed access to a row's fields, shared by brackets, steps and rungs."""

    fields: Mapping[str, FieldValue]

    def has(self, key: str) -> bool:
        """True when the row has field ``key``."""
        return key in self.fields

    def _get(self, key: str) -> FieldValue:
        try:
            return self.fields[key]
        except KeyError:
            raise ParameterDataError(
                N_("no field {key!r} in this row (fields: {fields})"),
                key=key,
                fields=", ".join(self.fields) or "none",
            ) from None

    def rupiah(self, key: str) -> Rupiah:
        """Field ``key`` as a rupiah amount."""
        value = self._get(key)
        if not isinstance(value, Rupiah):
            raise ParameterDataError(N_("field {key!r} is not a rupiah amount"), key=key)
        return value

    def rate(self, key: str) -> Rate:
        """Field ``key`` as a percentage."""
        value = self._get(key)
        if not isinstance(value, Rate):
            raise ParameterDataError(N_("field {key!r} is not a percentage"), key=key)
        return value

    def integer(self, key: str) -> int:
        """Field ``key`` as a whole number."""
        value = self._get(key)
        if not isinstance(value, int):
            raise ParameterDataError(N_("field {key!r} is not a whole number"), key=key)
        return value

    def text(self, key: str) -> str:
        """Field ``key`` as text."""
        value = self._get(key)
        if not isinstance(value, str):
            raise ParameterDataError(N_("field {key!r} is not text"), key=key)
        return value


class _Rows:
    """Iterates as the raw rows (the ``table`` protocol older code reads)."""

    rows: tuple[Mapping[str, object], ...]

    def __iter__(self) -> Iterator[Mapping[str, object]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> Mapping[str, object]:
        return self.rows[index]

    def __str__(self) -> str:
        return ", ".join(f"{k}: {v}" for row in self.rows for k, v in row.items())

    def to_dict(self) -> list[dict[str, object]]:
        """The rows as written in the data (JSON-ready)."""
        return [dict(row) for row in self.rows]


@final
@attrs.frozen
class Bracket(_Fields):
    """One bracket of a :class:`Scale`: ``[lower, upper)`` (``upper`` None for the top one)."""

    index: int
    lower: Rupiah
    upper: Rupiah | None
    fields: Mapping[str, FieldValue] = attrs.field(eq=False)

    @property
    def is_lowest(self) -> bool:
        """True for the first bracket."""
        return self.index == 0

    @property
    def is_highest(self) -> bool:
        """True for the last bracket (it has no upper bound)."""
        return self.upper is None


@final
@attrs.frozen
class Scale(_Rows):
    """Brackets over an amount, lowest first (unit ``scale``). Equal when the rows are."""

    rows: tuple[Mapping[str, object], ...]
    brackets: tuple[Bracket, ...] = attrs.field(eq=False, repr=False)

    def find(self, amount: Rupiah) -> Bracket:
        """The bracket holding ``amount`` (the lowest bracket for an amount below it)."""
        if not isinstance(amount, Rupiah):
            raise InvalidInputError(
                N_("a scale is looked up with Rupiah, got {kind}"), kind=type_name(amount)
            )
        found = self.brackets[0]
        for bracket in self.brackets:
            if bracket.lower <= amount:
                found = bracket
        return found

    @property
    def lowest(self) -> Bracket:
        """The first bracket."""
        return self.brackets[0]

    @property
    def highest(self) -> Bracket:
        """The last bracket."""
        return self.brackets[-1]


@final
@attrs.frozen
class Step(_Fields):
    """One step of a :class:`Schedule`; ``months`` is None for an open-ended last step."""

    index: int
    months: int | None
    fields: Mapping[str, FieldValue] = attrs.field(eq=False)


@final
@attrs.frozen
class Schedule(_Rows):
    """Steps over months, in order (unit ``schedule``). Equal when the rows are."""

    rows: tuple[Mapping[str, object], ...]
    steps: tuple[Step, ...] = attrs.field(eq=False, repr=False)


@final
@attrs.frozen
class Rung(_Fields):
    """One level of a :class:`Ladder`."""

    index: int
    level: str
    fields: Mapping[str, FieldValue] = attrs.field(eq=False)


@final
@attrs.frozen
class Ladder(_Rows):
    """Named levels in order (unit ``ladder``). Equal when the rows are."""

    rows: tuple[Mapping[str, object], ...]
    rungs: tuple[Rung, ...] = attrs.field(eq=False, repr=False)

    def rung(self, level: str) -> Rung:
        """The rung called ``level``."""
        for r in self.rungs:
            if r.level == level:
                return r
        names = ", ".join(r.level for r in self.rungs)
        raise InvalidInputError(N_("unknown level {level!r}; accepted: {names}"), level=level, names=names)

    @property
    def levels(self) -> tuple[str, ...]:
        """The level names, in order."""
        return tuple(r.level for r in self.rungs)


def _rows(raw: object, unit: str, where: str) -> tuple[Mapping[str, object], ...]:
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        raise ParameterDataError(
            N_("{where}: a {unit} value must be a non-empty array of tables"), where=where, unit=unit
        )
    rows = []
    for i, row in enumerate(raw):
        if not isinstance(row, Mapping):
            raise ParameterDataError(
                N_("{where}: {unit} row #{row} must be a table"), where=where, unit=unit, row=i + 1
            )
        rows.append(FrozenMap(dict(row)))
    return tuple(rows)


def _scale(raw: object, where: str) -> Scale:
    rows = _rows(raw, "scale", where)
    bounds: list[Rupiah] = []
    bound_key = next((k for k in _BOUND_KEYS if k in rows[0]), None)
    if bound_key is None:
        raise ParameterDataError(
            N_("{where}: every scale row needs a lower bound 'over' or 'from'"), where=where
        )
    for i, row in enumerate(rows):
        if bound_key not in row:
            raise ParameterDataError(
                N_("{where}: scale row #{row} lacks its lower bound {bound_key!r}"),
                where=where,
                row=i + 1,
                bound_key=bound_key,
            )
        bound = _field(bound_key, row[bound_key], f"{where} row #{i + 1}")
        assert isinstance(bound, Rupiah)
        bounds.append(bound)
    if bounds[0] != Rupiah.of(0):
        raise ParameterDataError(N_("{where}: the first scale bracket must start at '0'"), where=where)
    if any(b <= a for a, b in itertools.pairwise(bounds)):
        raise ParameterDataError(N_("{where}: scale lower bounds must strictly increase"), where=where)
    skip = frozenset({bound_key})
    brackets = tuple(
        Bracket(
            index=i,
            lower=bounds[i],
            upper=bounds[i + 1] if i + 1 < len(bounds) else None,
            fields=_fields(row, skip, f"{where} row #{i + 1}"),
        )
        for i, row in enumerate(rows)
    )
    return Scale(rows=rows, brackets=brackets)


def _schedule(raw: object, where: str) -> Schedule:
    rows = _rows(raw, "schedule", where)
    steps = []
    for i, row in enumerate(rows):
        months = row.get("months")
        if months is None and i + 1 < len(rows):
            raise ParameterDataError(
                N_("{where}: only the last schedule step may leave out 'months'"), where=where
            )
        if months is not None:
            months = _field("months", months, f"{where} row #{i + 1}")
            assert isinstance(months, int)
        fields = _fields(row, frozenset({"months"}), f"{where} row #{i + 1}")
        if not fields:
            raise ParameterDataError(
                N_("{where}: schedule step #{row} has no field besides months"), where=where, row=i + 1
            )
        steps.append(Step(index=i, months=months, fields=fields))
    return Schedule(rows=rows, steps=tuple(steps))


def _ladder(raw: object, where: str) -> Ladder:
    rows = _rows(raw, "ladder", where)
    rungs = []
    seen: set[str] = set()
    for i, row in enumerate(rows):
        level = row.get("level")
        if not isinstance(level, str) or not level.strip():
            raise ParameterDataError(
                N_("{where}: ladder row #{row} needs a text 'level'"), where=where, row=i + 1
            )
        if level in seen:
            raise ParameterDataError(
                N_("{where}: ladder level {level!r} appears twice"), where=where, level=level
            )
        seen.add(level)
        fields = _fields(row, frozenset({"level"}), f"{where} row #{i + 1}")
        rungs.append(Rung(index=i, level=level, fields=fields))
    return Ladder(rows=rows, rungs=tuple(rungs))


#: The structured units and their parsers.
STRUCTURED_UNITS: Final = MappingProxyType(
    {
        "scale": "Scale (brackets over an amount: rows with 'over' or 'from' and typed fields)",
        "schedule": "Schedule (steps over months: rows with 'months' and typed fields)",
        "ladder": "Ladder (named levels: rows with 'level' and typed fields)",
    }
)


def parse_structured(unit: str, raw: object, where: str) -> Scale | Schedule | Ladder:
    """Validate and type a ``scale``/``schedule``/``ladder`` value, or raise."""
    if unit == "scale":
        return _scale(raw, where)
    if unit == "schedule":
        return _schedule(raw, where)
    if unit == "ladder":
        return _ladder(raw, where)
    raise ParameterDataError(N_("{where}: {unit!r} is not a structured unit"), where=where, unit=unit)
