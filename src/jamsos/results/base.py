"""What every result shares: the lazy explanation, value semantics, pickling and JSON text.

:class:`ResultBase` is the base of :class:`~jamsos.results.Contributions`,
:class:`~jamsos.results.Award` and :class:`~jamsos.results.Decision`: ``explain()`` builds
the explanation on first use, a pickle carries the explanation already built
(:class:`FixedExplanation`), ``to_json()`` writes the ``jamsos.schema("result")`` layout.
The converters here are the ones the result classes give their ``attrs`` fields.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar, final

import attrs

from jamsos.errors import ExplanationMissingError, UnknownValueError
from jamsos.explain import Explanation, ExplanationDict
from jamsos.frozen import FrozenMap, deep_freeze
from jamsos.i18n import N_
from jamsos.jsonform import dumps

_NO_INPUTS: Final[FrozenMap[str, Any]] = FrozenMap()


# -- value semantics: pickling carries the explanation -----------------------------------------
@final
@attrs.frozen
class FixedExplanation:
    """An explainer that returns an explanation already built (after pickle or JSON)."""

    explanation: Explanation | None

    def __call__(self) -> Explanation:
        if self.explanation is None:
            raise ExplanationMissingError(
                N_(
                    "this result was serialised without its explanation; call to_json() with "
                    "explanation=True (the default) to keep it"
                )
            )
        return self.explanation


def no_explanation() -> Explanation:
    """The explainer of a result built without one."""
    return Explanation("No explanation recorded", "Tidak ada penjelasan")


_T = TypeVar("_T", bound="ResultBase")


class ResultBase:
    """Shared behaviour of results: lazy explanation, pickling, JSON text."""

    __slots__ = ()
    _explainer: Callable[[], Explanation]
    _explanation: list[Explanation]

    def explain(self) -> Explanation:
        """The computation, step by step, with every parameter and its citation."""
        if not self._explanation:
            self._explanation.append(self._explainer())
        return self._explanation[0]

    def unconfirmed(self) -> tuple[str, ...]:
        """Names of the *unconfirmed* law values the result used, in order of first use.

        Read from the explanation (:meth:`Explanation.unconfirmed` gives each value with
        its citation); ``law_version`` says which law data they came from.
        """
        return tuple(dict.fromkeys(u.name for u in self.explain().unconfirmed()))

    def _explanation_dict(self, explanation: bool) -> ExplanationDict | None:
        if not explanation:
            return None
        try:
            return self.explain().to_dict()
        except ExplanationMissingError:
            return None

    def __reduce__(self) -> tuple[Any, ...]:
        # The explainer is a closure over the computation; pickle the explanation it builds.
        fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(type(self))  # type: ignore[arg-type]
        state = {
            (f.alias or f.name): getattr(self, f.name) for f in fields if f.init and f.name != "_explainer"
        }
        try:
            fixed = FixedExplanation(self.explain())
        except ExplanationMissingError:
            fixed = FixedExplanation(None)
        return (rebuild, (type(self), state, fixed))

    def __deepcopy__(self: _T, memo: dict[int, Any]) -> _T:
        return self  # immutable: a copy is the same value

    def __copy__(self: _T) -> _T:
        return self

    def to_dict(self, *, explanation: bool = True) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    @classmethod
    def from_json(cls: type[_T], text: str | bytes) -> _T:
        """Read this kind of result back from :meth:`to_json` text (typed; see ``jamsos.from_json``)."""
        from jamsos.jsonform import from_json

        result = from_json(text)
        if not isinstance(result, cls):
            raise UnknownValueError(
                N_("expected a {expected} result, got {got}"),
                field="type",
                expected=cls.__name__,
                got=type(result).__name__,
            )
        return result

    def to_json(self, *, explanation: bool = True, indent: int | None = None) -> str:
        """The JSON form (``jamsos.schema("result")``); ``jamsos.from_json`` inverts it.

        ``explanation=False`` leaves the explanation out (smaller, faster); the result read
        back then raises :class:`~jamsos.errors.ExplanationMissingError` on ``explain()``.
        """
        return dumps(self.to_dict(explanation=explanation), indent=indent)


def rebuild(cls: type[_T], state: dict[str, Any], explainer: FixedExplanation) -> _T:
    """Unpickle a result from its constructor arguments and the explanation it had.

    Pickles name this function ``jamsos.results._rebuild``, as 0.2's did (see the package).
    """
    make: Callable[..., _T] = cls
    return make(**state, explainer=explainer)


def explainer_from(data: Mapping[str, Any]) -> FixedExplanation:
    """The explainer of a result read from JSON: the explanation it carried, if any."""
    tree = data.get("explanation")
    return FixedExplanation(Explanation.from_dict(tree) if tree is not None else None)


def as_inputs(value: Mapping[str, Any] | None) -> FrozenMap[str, Any]:
    """Converter of ``inputs``: a deeply frozen mapping with string keys."""
    if not value:
        return _NO_INPUTS
    return deep_freeze({str(k): v for k, v in value.items()})  # type: ignore[no-any-return]


def as_details(value: Mapping[str, object] | None) -> FrozenMap[str, Any]:
    """Converter of ``details``: a deeply frozen mapping."""
    if not value:
        return FrozenMap()
    return deep_freeze(dict(value))  # type: ignore[no-any-return]


def resolve_lang(lang: str | None) -> str:
    """``lang``, or the documented language setting (:func:`jamsos.i18n.current_lang`)."""
    from jamsos.i18n import current_lang, normalize_lang

    return current_lang() if lang is None else normalize_lang(lang)
