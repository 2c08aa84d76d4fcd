"""The parameter model: dated values with citations, and immutable parameter sets."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, final

import attrs

from jamsos.errors import (
    InvalidDateError,
    InvalidInputError,
    ParameterDataError,
    UnknownParameterError,
)
from jamsos.i18n import N_, type_name
from jamsos.legal import Basis, Status
from jamsos.money import Rate, Rupiah
from jamsos.parameters._convert import UNITS, convert_override
from jamsos.parameters._convert import convert_value as convert_value  # re-exported (0.2 callers)
from jamsos.parameters._convert import freeze as freeze
from jamsos.parameters._coverage import beyond_horizon, gap, link_values, not_yet, repealed, unpublished
from jamsos.parameters._names import (
    Alias,
    Retired,
    alias_values,
    refuse_alias_override,
    retired_error,
    warn_alias,
)
from jamsos.parameters._units import (
    Ladder,
    Scale,
    Schedule,
)
from jamsos.parameters._version import LawVersion, derived_version

__all__ = ["UNITS", "DatedValue", "Parameter", "ParameterSet"]


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
            raise ParameterDataError(
                N_("the value from {since} ({basis}) is not {what}"),
                since=self.since,
                basis=self.cite(),
                what=what,
            )
        return self.value

    def rupiah(self) -> Rupiah:
        """The value as a rupiah amount (unit ``rupiah``)."""
        value: Rupiah = self._typed(Rupiah, N_("a rupiah amount"))
        return value

    def rate(self) -> Rate:
        """The value as a percentage (unit ``percent``)."""
        value: Rate = self._typed(Rate, N_("a percentage"))
        return value

    def integer(self) -> int:
        """The value as a whole number (units ``months``, ``years``, ``days``, ``count``...)."""
        value: int = self._typed(int, N_("a whole number"))
        return value

    def decimal(self) -> Decimal:
        """The value as a plain decimal (unit ``decimal``)."""
        value: Decimal = self._typed(Decimal, N_("a decimal number"))
        return value

    def flag(self) -> bool:
        """The value as true/false (unit ``bool``)."""
        value: bool = self._typed(bool, N_("true or false"))
        return value

    def text(self) -> str:
        """The value as text (unit ``text``)."""
        value: str = self._typed(str, N_("text"))
        return value

    def date(self) -> dt.date:
        """The value as a date (unit ``date``)."""
        value: dt.date = self._typed(dt.date, N_("a date"))
        return value

    def scale(self) -> Scale:
        """The value as brackets over an amount (unit ``scale``)."""
        value: Scale = self._typed(Scale, N_("a scale"))
        return value

    def schedule(self) -> Schedule:
        """The value as steps over months (unit ``schedule``)."""
        value: Schedule = self._typed(Schedule, N_("a schedule"))
        return value

    def ladder(self) -> Ladder:
        """The value as named levels (unit ``ladder``)."""
        value: Ladder = self._typed(Ladder, N_("a ladder"))
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
    #: True when the law itself fixes the series for every later date (the JP pension-age
    #: schedule reaches 65 in 2043 and stays there): the release horizon does not apply.
    fixed_by_law: bool = False
    #: The description in Bahasa Indonesia (``description_id`` in the data).
    description_id: str | None = None
    _starts: tuple[dt.date, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.values:
            raise ParameterDataError(N_("{name}: a parameter needs at least one value"), name=self.name)
        starts = tuple(v.since for v in self.values)
        if any(b <= a for a, b in itertools.pairwise(starts)):
            raise ParameterDataError(N_("{name}: 'since' dates must strictly increase"), name=self.name)
        object.__setattr__(self, "_starts", starts)

    def describe(self, lang: str | None = None) -> str:
        """The description in ``lang`` (``None``: the language setting); English without an Indonesian one."""
        from jamsos.i18n import current_lang, normalize_lang

        code = current_lang() if lang is None else normalize_lang(lang)
        return self.description_id if code == "id" and self.description_id else self.description

    @property
    def first_since(self) -> dt.date:
        """The day the first value comes into force."""
        return self.values[0].since

    def at(self, on: dt.date) -> DatedValue:
        """The value in force on ``on``; :class:`NotCoveredError` where there is none."""
        i = bisect.bisect_right(self._starts, on) - 1
        if i < 0:
            first = self.values[0]
            raise not_yet(self.name, first.since, first.cite(), on)
        dv = self.values[i]
        if dv.until is not None and on >= dv.until:
            nxt = self.values[i + 1].since if i + 1 < len(self.values) else None
            raise gap(self.name, on, dv.since, dv.cite(), dv.until, nxt)
        if dv.repealed:
            raise repealed(self.name, dv.since, dv.cite(), on)
        if self.covered_until is not None and on > self.covered_until:
            raise unpublished(self.name, self.covered_until, on)
        return dv


@final
class ParameterSet:
    """An immutable set of parameters: the official law data, or a what-if built from it.

    Lookups are cached. A what-if is a *new* set from :meth:`override`; the official set
    never changes.
    """

    __slots__ = (
        "_cache",
        "_old",
        "_params",
        "_projected",
        "assume_current_law",
        "horizon",
        "law_version",
        "official",
        "overrides",
    )

    def __init__(
        self,
        params: Mapping[str, Parameter],
        *,
        official: bool = True,
        overrides: tuple[str, ...] = (),
        law_version: LawVersion | None = None,
        old_names: Mapping[str, Alias | Retired] | None = None,
        horizon: dt.date | None = None,
        assume_current_law: bool = False,
    ) -> None:
        self._params: Mapping[str, Parameter] = MappingProxyType(dict(params))
        #: Old names (``data/names.toml``): aliases still answer, retired ones explain.
        self._old: Mapping[str, Alias | Retired] = MappingProxyType(dict(old_names or {}))
        self.official = official
        self.overrides = overrides
        #: The release horizon: the last day the data vouches for values without a known
        #: change schedule (``None``: no horizon). Later dates raise NotCoveredError unless
        #: :attr:`assume_current_law`.
        self.horizon = horizon
        #: True for a set that projects under current law past the horizon (labelled).
        self.assume_current_law = assume_current_law
        self._projected: ParameterSet | None = None
        #: Which law data answered: a stable hash of the data plus a human release label.
        self.law_version: LawVersion = law_version or LawVersion.unlabelled(self._params)
        self._cache: dict[tuple[str, dt.date], DatedValue] = {}

    def __repr__(self) -> str:
        kind = "official" if self.official else f"unofficial, overrides={list(self.overrides)}"
        return f"<ParameterSet {len(self._params)} parameters, {kind}>"

    def names(self) -> tuple[str, ...]:
        """Every parameter name, sorted (old names kept as aliases are not listed)."""
        return tuple(sorted(self._params))

    def __contains__(self, name: object) -> bool:
        return name in self._params

    def __iter__(self) -> Iterator[Parameter]:
        return iter(self._params[n] for n in sorted(self._params))

    def parameter(self, name: str) -> Parameter:
        """The :class:`Parameter` called ``name``."""
        if not isinstance(name, str):
            raise UnknownParameterError(
                N_("a parameter name is text (e.g. 'jp.wage_cap'), got {kind}"), kind=type_name(name)
            )
        try:
            return self._params[name]
        except KeyError:
            old = self._old.get(name)
            if isinstance(old, Alias):
                warn_alias(old)
                return self._alias_parameter(old)
            if isinstance(old, Retired):
                raise retired_error(old) from None
            prefix = name.split(".")[0]
            near = [n for n in self._params if n.startswith(prefix)][:8]
            if near:
                raise UnknownParameterError(
                    N_("unknown parameter {name!r}; parameters under {prefix!r}: {names}"),
                    name=name,
                    prefix=prefix,
                    names=", ".join(near),
                ) from None
            raise UnknownParameterError(N_("unknown parameter {name!r}"), name=name) from None

    def _alias_parameter(self, alias: Alias) -> Parameter:
        target = self._params[alias.target]
        return Parameter(
            name=alias.name,
            description=f"{target.description} (old name of {alias.target}, "
            f"renamed in jamsos {alias.release})",
            description_id=f"{target.description_id} (nama lama {alias.target}, "
            f"diganti di jamsos {alias.release})"
            if target.description_id
            else None,
            unit=target.unit,
            values=alias_values(alias, target.values),
            covered_until=alias.until - dt.timedelta(days=1),
            note=alias.note,
        )

    def value(self, name: str, on: dt.date) -> DatedValue:
        """The :class:`DatedValue` of ``name`` in force on ``on``."""
        key = (name, on)
        try:
            return self._cache[key]
        except (KeyError, TypeError):  # TypeError: an unhashable argument, refused below
            pass
        if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
            # a datetime would silently select by its date part: refuse it like any other type
            raise InvalidDateError(N_("'on' must be a datetime.date, got {kind}"), kind=type_name(on))
        param = self.parameter(name)
        dv = param.at(on)
        horizon = self.horizon
        # a value the caller set (override) is theirs, not a guess: no horizon for it
        if (
            horizon is not None
            and on > horizon
            and not param.fixed_by_law
            and param.covered_until is None
            and not dv.override
        ):
            dv = self._beyond_horizon(param, dv, on, horizon)
        if name in self._params:  # an alias is not cached: each use warns
            self._cache[key] = dv
        return dv

    def _beyond_horizon(self, param: Parameter, dv: DatedValue, on: dt.date, horizon: dt.date) -> DatedValue:
        """Past the release horizon: refuse, or label the value a projection under current law."""
        if not self.assume_current_law:
            raise beyond_horizon(param.name, horizon, on)
        label = f"projection under current law: the value in force on {horizon.isoformat()} assumed to hold"
        # (the words "projection under current law" start the note: jamsos.explain labels it)
        note = f"{label}; {dv.note}" if dv.note else label
        return attrs.evolve(dv, note=note)

    def assuming_current_law(self) -> ParameterSet:
        """This set, projecting under current law past its release horizon (labelled).

        Values without a known change schedule hold beyond the horizon, each labelled "projection
        under current law"; values known to change on a schedule (the JP wage cap each March,
        yearly inflation, declared returns) still end at their ``covered_until``.
        """
        if self.assume_current_law:
            return self
        if self._projected is None:
            version = attrs.evolve(
                self.law_version,
                label=f"{self.law_version.label} + projection under current law",
                projection=True,
            )
            self._projected = ParameterSet(
                self._params,
                official=self.official,
                overrides=self.overrides,
                law_version=version,
                old_names=self._old,
                horizon=self.horizon,
                assume_current_law=True,
            )
        return self._projected

    def history(self, name: str) -> tuple[DatedValue, ...]:
        """Every dated value of ``name``, oldest first."""
        return self.parameter(name).values

    # typed accessors -------------------------------------------------------------------
    def rupiah(self, name: str, on: dt.date) -> Rupiah:
        """The value of a ``rupiah`` parameter."""
        value = self.value(name, on).value
        if not isinstance(value, Rupiah):
            raise ParameterDataError(N_("{name} is not a rupiah parameter"), name=name)
        return value

    def rate(self, name: str, on: dt.date) -> Rate:
        """The value of a ``percent`` parameter."""
        value = self.value(name, on).value
        if not isinstance(value, Rate):
            raise ParameterDataError(N_("{name} is not a percent parameter"), name=name)
        return value

    def integer(self, name: str, on: dt.date) -> int:
        """The value of a ``months``/``years``/``days``/``count`` parameter."""
        value = self.value(name, on).value
        if not isinstance(value, int) or isinstance(value, bool):
            raise ParameterDataError(N_("{name} is not a whole-number parameter"), name=name)
        return value

    def decimal(self, name: str, on: dt.date) -> Decimal:
        """The value of a ``decimal`` parameter."""
        value = self.value(name, on).value
        if not isinstance(value, Decimal):
            raise ParameterDataError(N_("{name} is not a decimal parameter"), name=name)
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

        An old name kept as an alias (``jht.return.2016``) overrides its target
        (``jht.declared_return``) within the alias's days only; ``since`` outside them is refused.
        """
        old = self._old.get(name) if isinstance(name, str) else None
        if isinstance(old, Alias) and name not in self._params:
            if isinstance(since, dt.date) and not isinstance(since, dt.datetime):
                if not old.since <= since < old.until:
                    raise refuse_alias_override(old, since)
                if until is None or (isinstance(until, dt.date) and until > old.until):
                    until = old.until
            warn_alias(old)
            return self.override(old.target, since, value, until=until, basis=basis, note=note)
        param = self.parameter(name)
        if isinstance(since, dt.datetime) or not isinstance(since, dt.date):
            raise InvalidInputError(N_("override 'since' must be a datetime.date"))
        if until is not None and (isinstance(until, dt.datetime) or not isinstance(until, dt.date)):
            raise InvalidInputError(
                N_("override 'until' must be a datetime.date or None, got {kind}"), kind=type_name(until)
            )
        if until is not None and until <= since:
            raise InvalidInputError(N_("override 'until' must be after 'since'"))
        converted = convert_override(param.unit, value, name)
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
            fixed_by_law=param.fixed_by_law,
            description_id=param.description_id,
        )
        params = dict(self._params)
        params[name] = new_param
        version = derived_version(
            self.law_version, name, since, until, _json_value(converted), basis.cite() if basis else None
        )
        return ParameterSet(
            params,
            official=False,
            overrides=(*self.overrides, name),
            law_version=version,
            old_names=self._old,
            horizon=self.horizon,
            assume_current_law=self.assume_current_law,
        )


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
            raise ParameterDataError(N_("{name}: {exc}"), name=self.name, exc=exc) from None

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
