"""Progress of long calls (whole tables of benefits): a callback, or a ``tqdm`` bar.

Functions that take ``progress=`` accept:

* ``None`` (default): silent;
* a callable ``progress(done, total)``, called at most about 100 times and once at the end
  (``done == total``), from the calling thread;
* ``"tqdm"`` (or ``True``): a ``tqdm`` progress bar (the ``progress`` extra:
  ``pip install 'jamsos[progress]'``); in a notebook ``tqdm.auto`` shows a widget.

>>> from jamsos.progress import reporter
>>> seen = []
>>> tick = reporter(lambda done, total: seen.append((done, total)), 1050)
>>> for i in range(1050):
...     tick(i + 1)
>>> tick.close()
>>> seen[0], seen[-1], len(seen)
((11, 1050), (1050, 1050), 96)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from jamsos.errors import InvalidInputError
from jamsos.i18n import N_, translate
from jamsos.optional import import_extra

__all__ = ["Progress", "Reporter", "reporter"]

#: ``progress(done, total)``.
Progress = Callable[[int, int], None]

#: Updates per run, at most (plus the final one): cheap even for a slow callback.
STEPS: Final = 100
_DESC: Final = N_("rows")


class Reporter:
    """Calls the callback every ``ceil(total / STEPS)`` rows; ``close()`` reports the end."""

    def __init__(self, callback: Progress | None, total: int, bar: Any = None) -> None:
        self._callback = callback
        self._total = total
        self._every = max(1, -(-total // STEPS))  # ceiling: at most STEPS updates
        self._next = self._every
        self._done = 0
        self._bar = bar

    def __call__(self, done: int) -> None:
        """``done`` rows are finished."""
        if done < self._next:
            return
        self._next = done + self._every
        self._emit(done)

    def _emit(self, done: int) -> None:
        if self._bar is not None:
            self._bar.update(done - self._done)
        elif self._callback is not None:
            self._callback(done, self._total)
        self._done = done

    def close(self) -> None:
        """Report the last rows (once) and close a bar."""
        if self._done != self._total:
            self._emit(self._total)
        if self._bar is not None:
            self._bar.close()


def reporter(progress: object, total: int, *, desc: str | None = None) -> Reporter:
    """A :class:`Reporter` for ``progress`` (see the module docstring) over ``total`` rows."""
    if progress is None or progress is False:
        return Reporter(None, total)
    if progress is True or progress == "tqdm":
        auto = import_extra("tqdm.auto", "progress")
        return Reporter(None, total, auto.tqdm(total=total, desc=desc or translate(_DESC)))
    if callable(progress):
        return Reporter(progress, total)
    raise InvalidInputError(
        N_("progress must be None, a callable progress(done, total) or 'tqdm', got {progress!r}"),
        progress=progress,
    )
