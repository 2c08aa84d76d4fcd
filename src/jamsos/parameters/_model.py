"""The parameter model: dated values with citations, and immutable parameter sets."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final, final

import attrs

from jamsos.errors import (
    InvalidInputError,
    MoneyTypeError,
    NotCoveredError,
    ParameterDataError,
    UnknownParameterError,
)
from jamsos.frozen import FrozenMap
from jamsos.legal import Basis, Status
from jamsos.money import Rate, Rupiah, to_decimal
from jamsos.parameters._units import (
    STRUCTURED_UNITS,
    Ladder,
    Scale,
    Schedule,
    parse_structured,
)
from jamsos.parameters._version import LawVersion, derived_version

__all__ = ["UNITS", "DatedValue", "Parameter", "ParameterSet"]

#: The units a parameter may declare, and what its values become.
UNITS: Final = MappingProxyType(
    {
        "rupiah": "Rupiah (written as a string of digits)",
        "percent": "Rate (written as a percentage string, '0.24' = 0.24%)",
        "decimal": "Decimal (a multiplier or a plain number, written as a string)",
        "months": "int (a number of months)",
        "years": "int (a number of years)",
        "days": "int (a number of days)",
        "count": "int (a count)",
        "day_of_month": "int (1..31)",
        "date": "datetime.date",
        "bool": "bool",
        "text": "str",
        "table": "a structured value (arrays and tables of strings, ints and dates)",
        **STRUCTURED_UNITS,
    }
)


@final
@attrs.frozen
class DatedValue:
    """One value of a parameter and the day it comes into force.

    The value holds on ``[since, until)``; ``until`` is ``None`` while no later value is
    known. A value whose ``until`` is written in the data (``explicit_until``) may end
    before the next one starts: the days between are not covered (a series with gaps,
    such as the yearly declared JHT returns). ``basis`` is ``None`` only for a caller's
    override (``override`` is then True).

    Read the value through a typed accessor (:meth:`rupiah`, :meth:`rate`, :meth:`scale`...)
    rather than ``.value``: each checks the unit and says what was expected.
    """

    value: Any
    since: dt.date
    basis: Basis | None
    status: Status
    until: dt.date | None = None
    note: str | None = None
    repealed: bool = False
    override: bool = False
    explicit_until: bool = attrs.field(default=False, repr=False)
    #: Where the value was read, when the data says so (see ``jamsos.parameters._sources``).
    source: str | None = attrs.field(default=None, repr=False)

    def _typed(self, kind: type, what: str) -> Any:
        value = self.value
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise ParameterDataError(f"the value from {self.since.isoformat()} ({self.cite()}) is not {what}")
        return self.value

    def rupiah(self) -> Rupiah:
        """The value as a rupiah amount (unit ``rupiah``)."""
        value: Rupiah = self._typed(Rupiah, "a rupiah amount")
        return value

    def rate(self) -> Rate:
        """The value as a percentage (unit ``percent``)."""
        value: Rate = self._typed(Rate, "a percentage")
        return value

    def integer(self) -> int:
        """The value as a whole number (units ``months``, ``years``, ``days``, ``count``...)."""
        value: int = self._typed(int, "a whole number")
        return value

    def decimal(self) -> Decimal:
        """The value as a plain decimal (unit ``decimal``)."""
        value: Decimal = self._typed(Decimal, "a decimal number")
        return value

    def flag(self) -> bool:
        """The value as true/false (unit ``bool``)."""
        value: bool = self._typed(bool, "true or false")
        return value

    def text(self) -> str:
        """The value as text (unit ``text``)."""
        value: str = self._typed(str, "text")
        return value

    def date(self) -> dt.date:
        """The value as a date (unit ``date``)."""
        value: dt.date = self._typed(dt.date, "a date")
        return value

    def scale(self) -> Scale:
        """The value as brackets over an amount (unit ``scale``)."""
        value: Scale = self._typed(Scale, "a scale")
        return value

    def schedule(self) -> Schedule:
        """The value as steps over months (unit ``schedule``)."""
        value: Schedule = self._typed(Schedule, "a schedule")
        return value

    def ladder(self) -> Ladder:
        """The value as named levels (unit ``ladder``)."""
        value: Ladder = self._typed(Ladder, "a ladder")
        return value

    @property
    def confirmed(self) -> bool:
        """True when the value was read in the regulation itself."""
        return self.status is Status.CONFIRMED

    def cite(self) -> str:
        """The rendered citation (or ``"override"`` for a caller-supplied value)."""
        if self.basis is None:
            return "override (caller-supplied, unofficial)"
        return self.basis.cite()

    def to_dict(self) -> dict[str, object]:
        """JSON-ready mapping."""
        return {
            "value": _json_value(self.value),
            "since": self.since.isoformat(),
            "until": self.until.isoformat() if self.until else None,
            "basis": self.basis.to_dict() if self.basis else None,
            "status": self.status.value,
            "note": self.note,
            "repealed": self.repealed,
            "override": self.override,
            "source": self.source,
        }


def _json_value(value: object) -> object:
    if isinstance(value, Scale | Schedule | Ladder):
        return [_json_value(dict(row)) for row in value.rows]
    if isinstance(value, Rupiah | Rate):
        return value.to_json()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    return value


@final
@attrs.frozen
class Parameter:
    """A named legal quantity and its dated values, oldest first."""

    name: str
    description: str
    unit: str
    values: tuple[DatedValue, ...]
    covered_until: dt.date | None = None
    note: str | None = None
    _starts: tuple[dt.date, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.values:
            raise ParameterDataError(f"{self.name}: a parameter needs at least one value")
        starts = tuple(v.since for v in self.values)
        if any(b <= a for a, b in itertools.pairwise(starts)):
            raise ParameterDataError(f"{self.name}: 'since' dates must strictly increase")
        object.__setattr__(self, "_starts", starts)

    @property
    def first_since(self) -> dt.date:
        """The day the first value comes into force."""
        return self.values[0].since

    def at(self, on: dt.date) -> DatedValue:
        """The value in force on ``on``; :class:`NotCoveredError` where there is none."""
        i = bisect.bisect_right(self._starts, on) - 1
        if i < 0:
            first = self.values[0]
            raise NotCoveredError(
                f"{self.name} has no value before {first.since.isoformat()} "
                f"(its first value comes from {first.cite()}); asked for {on.isoformat()}"
            )
        dv = self.values[i]
        if dv.until is not None and on >= dv.until:
            nxt = self.values[i + 1].since.isoformat() if i + 1 < len(self.values) else None
            later = f"; the next value starts on {nxt}" if nxt else ""
            raise NotCoveredError(
                f"{self.name} has no value for {on.isoformat()}: the value from "
                f"{dv.since.isoformat()} ({dv.cite()}) ends on "
                f"{(dv.until - dt.timedelta(days=1)).isoformat()}{later}"
            )
        if dv.repealed:
            raise NotCoveredError(
                f"{self.name} was repealed on {dv.since.isoformat()} by {dv.cite()}; "
                f"asked for {on.isoformat()}"
            )
        if self.covered_until is not None and on > self.covered_until:
            raise NotCoveredError(
                f"{self.name} is known only up to {self.covered_until.isoformat()}; the value "
                f"for {on.isoformat()} is not in jamsos's law data yet (it is published "
                "later). Pass an explicit value with "
                f"params=jamsos.parameters.official().override({self.name!r}, since=..., "
                "value=...)"
            )
        return dv


def freeze(value: object) -> object:
    """Make a parsed TOML structure immutable (tables become read-only mappings)."""
    if isinstance(value, dict):
        # FrozenMap, not MappingProxyType: law-data values must pickle (issue 12).
        return FrozenMap({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def convert_value(unit: str, raw: object, where: str) -> object:
    """Turn a raw TOML value into the Python type of ``unit``, or raise."""
    try:
        if unit == "rupiah":
            if not isinstance(raw, str | int) or isinstance(raw, bool):
                raise ParameterDataError(f"{where}: a rupiah value must be a string of digits")
            amount = Rupiah.of(raw)
            if amount < 0:
                raise ParameterDataError(f"{where}: a rupiah value cannot be negative")
            return amount
        if unit == "percent":
            if not isinstance(raw, str):
                raise ParameterDataError(f"{where}: a percent value must be a string ('0.24')")
            rate = Rate.percent(raw)
            if not Decimal(0) <= rate.value <= Decimal(1):
                raise ParameterDataError(f"{where}: a percentage must be within 0..100")
            return rate
        if unit == "decimal":
            if not isinstance(raw, str):
                raise ParameterDataError(f"{where}: a decimal value must be a string")
            return to_decimal(raw, where)
        if unit in {"months", "years", "days", "count", "day_of_month"}:
            if not isinstance(raw, int) or isinstance(raw, bool) or raw < 0:
                raise ParameterDataError(f"{where}: a {unit} value must be a whole number >= 0")
            return raw
        if unit == "date":
            if not isinstance(raw, dt.date):
                raise ParameterDataError(f"{where}: a date value must be a TOML date")
            return raw
        if unit == "bool":
            if not isinstance(raw, bool):
                raise ParameterDataError(f"{where}: a bool value must be true or false")
            return raw
        if unit == "text":
            if not isinstance(raw, str):
                raise ParameterDataError(f"{where}: a text value must be a string")
            return raw
        if unit == "table":
            return freeze(raw)
        if unit in STRUCTURED_UNITS:
            return parse_structured(unit, raw, where)
    except (InvalidInputError, MoneyTypeError) as exc:
        raise ParameterDataError(f"{where}: {exc}") from None
    raise ParameterDataError(f"{where}: unknown unit {unit!r}; accepted: {', '.join(UNITS)}")


@final
class ParameterSet:
    """An immutable set of parameters: the official law data, or a what-if built from it.

    Lookups are cached. A what-if is a *new* set from :meth:`override`; the official set
    never changes.
    """

    __slots__ = ("_cache", "_params", "law_version", "official", "overrides")

    def __init__(
        self,
        params: Mapping[str, Parameter],
        *,
        official: bool = True,
        overrides: tuple[str, ...] = (),
        law_version: LawVersion | None = None,
    ) -> None:
        self._params: Mapping[str, Parameter] = MappingProxyType(dict(params))
        self.official = official
        self.overrides = overrides
        #: Which law data answered: a stable hash of the data plus a human release label.
        self.law_version: LawVersion = law_version or LawVersion.unlabelled(self._params)
        self._cache: dict[tuple[str, dt.date], DatedValue] = {}

    def __repr__(self) -> str:
        kind = "official" if self.official else f"unofficial, overrides={list(self.overrides)}"
        return f"<ParameterSet {len(self._params)} parameters, {kind}>"

    def names(self) -> tuple[str, ...]:
        """Every parameter name, sorted."""
        return tuple(sorted(self._params))

    def __contains__(self, name: object) -> bool:
        return name in self._params

    def __iter__(self) -> Iterator[Parameter]:
        return iter(self._params[n] for n in sorted(self._params))

    def parameter(self, name: str) -> Parameter:
        """The :class:`Parameter` called ``name``."""
        if not isinstance(name, str):
            raise UnknownParameterError(
                f"a parameter name is text (e.g. 'jp.wage_cap'), got {type(name).__name__}"
            )
        try:
            return self._params[name]
        except KeyError:
            prefix = name.split(".")[0]
            near = [n for n in self._params if n.startswith(prefix)][:8]
            hint = f"; parameters under {prefix!r}: {', '.join(near)}" if near else ""
            raise UnknownParameterError(f"unknown parameter {name!r}{hint}") from None

    def value(self, name: str, on: dt.date) -> DatedValue:
        """The :class:`DatedValue` of ``name`` in force on ``on``."""
        key = (name, on)
        try:
            return self._cache[key]
        except (KeyError, TypeError):  # TypeError: an unhashable argument, refused below
            pass
        if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
            # a datetime would silently select by its date part: refuse it like any other type
            raise InvalidInputError(f"'on' must be a datetime.date, got {type(on).__name__}")
        dv = self.parameter(name).at(on)
        self._cache[key] = dv
        return dv

    def history(self, name: str) -> tuple[DatedValue, ...]:
        """Every dated value of ``name``, oldest first."""
        return self.parameter(name).values

    # typed accessors -------------------------------------------------------------------
    def rupiah(self, name: str, on: dt.date) -> Rupiah:
        """The value of a ``rupiah`` parameter."""
        value = self.value(name, on).value
        if not isinstance(value, Rupiah):
            raise ParameterDataError(f"{name} is not a rupiah parameter")
        return value

    def rate(self, name: str, on: dt.date) -> Rate:
        """The value of a ``percent`` parameter."""
        value = self.value(name, on).value
        if not isinstance(value, Rate):
            raise ParameterDataError(f"{name} is not a percent parameter")
        return value

    def integer(self, name: str, on: dt.date) -> int:
        """The value of a ``months``/``years``/``days``/``count`` parameter."""
        value = self.value(name, on).value
        if not isinstance(value, int) or isinstance(value, bool):
            raise ParameterDataError(f"{name} is not a whole-number parameter")
        return value

    def decimal(self, name: str, on: dt.date) -> Decimal:
        """The value of a ``decimal`` parameter."""
        value = self.value(name, on).value
        if not isinstance(value, Decimal):
            raise ParameterDataError(f"{name} is not a decimal parameter")
        return value

    def flag(self, name: str, on: dt.date) -> bool:
        """The value of a ``bool`` parameter."""
        return self._checked(name, on).flag()

    def text(self, name: str, on: dt.date) -> str:
        """The value of a ``text`` parameter."""
        return self._checked(name, on).text()

    def date(self, name: str, on: dt.date) -> dt.date:
        """The value of a ``date`` parameter."""
        return self._checked(name, on).date()

    def scale(self, name: str, on: dt.date) -> Scale:
        """The value of a ``scale`` parameter (brackets over an amount)."""
        return self._checked(name, on).scale()

    def schedule(self, name: str, on: dt.date) -> Schedule:
        """The value of a ``schedule`` parameter (steps over months)."""
        return self._checked(name, on).schedule()

    def ladder(self, name: str, on: dt.date) -> Ladder:
        """The value of a ``ladder`` parameter (named levels)."""
        return self._checked(name, on).ladder()

    def _checked(self, name: str, on: dt.date) -> _Named:
        return _Named(name, self.value(name, on))

    def override(
        self,
        name: str,
        since: dt.date,
        value: object,
        *,
        until: dt.date | None = None,
        basis: Basis | None = None,
        note: str | None = None,
    ) -> ParameterSet:
        """A new, unofficial set in which ``name`` takes ``value`` from ``since``.

        With ``until``, the official series resumes on that day; without it the value holds
        from ``since`` on, replacing later official values. The original set is unchanged.

        >>> import datetime as dt
        >>> from jamsos import parameters
        >>> what_if = parameters.official().override(
        ...     "jp.wage_cap", dt.date(2027, 3, 1), "11650000")
        >>> str(what_if.rupiah("jp.wage_cap", dt.date(2027, 3, 1)))
        'Rp11.650.000'
        >>> what_if.official
        False
        """
        param = self.parameter(name)
        if isinstance(since, dt.datetime) or not isinstance(since, dt.date):
            raise InvalidInputError("override 'since' must be a datetime.date")
        if until is not None and (isinstance(until, dt.datetime) or not isinstance(until, dt.date)):
            raise InvalidInputError(
                f"override 'until' must be a datetime.date or None, got {type(until).__name__}"
            )
        if until is not None and until <= since:
            raise InvalidInputError("override 'until' must be after 'since'")
        converted = _convert_override(param.unit, value, name)
        new = DatedValue(
            value=converted,
            since=since,
            basis=basis,
            status=Status.UNCONFIRMED,
            note=note,
            override=True,
            until=until,
            explicit_until=until is not None,
        )
        kept = [v for v in param.values if v.since < since]
        tail: list[DatedValue] = []
        if until is not None:
            resumed: DatedValue | None = None
            for v in param.values:
                if v.since <= until:
                    resumed = v
            ended = resumed is not None and resumed.explicit_until and resumed.until is not None
            if ended and resumed is not None and resumed.until is not None and resumed.until <= until:
                resumed = None  # the official series has a gap on ``until``: nothing resumes
            if resumed is not None and resumed.since != until:
                tail.append(attrs.evolve(resumed, since=until))
            tail.extend(v for v in param.values if v.since > until)
            if resumed is not None and resumed.since == until:
                tail.insert(0, resumed)
        values = link_values([*kept, new, *tail])
        covered_until = param.covered_until
        if covered_until is not None and (until is None or until > covered_until):
            covered_until = None if until is None else until - dt.timedelta(days=1)
        new_param = Parameter(
            name=param.name,
            description=param.description,
            unit=param.unit,
            values=values,
            covered_until=covered_until,
            note=param.note,
        )
        params = dict(self._params)
        params[name] = new_param
        version = derived_version(
            self.law_version, name, since, until, _json_value(converted), basis.cite() if basis else None
        )
        return ParameterSet(params, official=False, overrides=(*self.overrides, name), law_version=version)


@final
class _Named:
    """A dated value whose typed accessors name the parameter when the unit is wrong."""

    __slots__ = ("dv", "name")

    def __init__(self, name: str, dv: DatedValue) -> None:
        self.name = name
        self.dv = dv

    def _wrap(self, method: str) -> Any:
        try:
            return getattr(self.dv, method)()
        except ParameterDataError as exc:
            raise ParameterDataError(f"{self.name}: {exc}") from None

    def flag(self) -> bool:
        value: bool = self._wrap("flag")
        return value

    def text(self) -> str:
        value: str = self._wrap("text")
        return value

    def date(self) -> dt.date:
        value: dt.date = self._wrap("date")
        return value

    def scale(self) -> Scale:
        value: Scale = self._wrap("scale")
        return value

    def schedule(self) -> Schedule:
        value: Schedule = self._wrap("schedule")
        return value

    def ladder(self) -> Ladder:
        value: Ladder = self._wrap("ladder")
        return value


def _convert_override(unit: str, value: object, name: str) -> object:
    if unit == "rupiah":
        amount = Rupiah.of(value, f"override value for {name}")
        if amount < 0:
            raise InvalidInputError(f"override value for {name} cannot be negative")
        return amount
    if unit == "percent":
        # the same range as the loader's: a rate from 0 to 100% (issue 11: -0.5 passed)
        rate = value if isinstance(value, Rate) else Rate.percent(value)
        if not Decimal(0) <= rate.value <= Decimal(1):
            raise InvalidInputError(
                f"override value for {name} must be a percentage within 0..100, got {rate}"
            )
        return rate
    if unit == "decimal":
        return to_decimal(value, f"override value for {name}")
    if isinstance(value, float):
        raise MoneyTypeError(f"override value for {name} cannot be a float")
    if isinstance(value, Scale | Schedule | Ladder):
        if unit != type(value).__name__.lower():
            raise InvalidInputError(
                f"override value for {name} must be a {unit}, got a {type(value).__name__}"
            )
        return value
    try:
        return convert_value(unit, value, f"override of {name}")
    except ParameterDataError as exc:
        raise InvalidInputError(str(exc)) from None


def link_values(values: list[DatedValue]) -> tuple[DatedValue, ...]:
    """Set each value's ``until`` to the next value's ``since``.

    A value whose ``until`` was written in the data keeps it (the series then has a gap),
    but it may not run past the next value's start.
    """
    out = []
    for i, v in enumerate(values):
        nxt = values[i + 1].since if i + 1 < len(values) else None
        if v.explicit_until and v.until is not None:
            if v.until <= v.since:
                raise ParameterDataError(f"a value from {v.since.isoformat()} must end after it starts")
            if nxt is not None and v.until > nxt:
                raise ParameterDataError(
                    f"the value from {v.since.isoformat()} runs to {v.until.isoformat()}, past the "
                    f"next value's start {nxt.isoformat()}"
                )
            out.append(v)
        else:
            out.append(attrs.evolve(v, until=nxt, explicit_until=False))
    return tuple(out)
