"""Files are never damaged: atomic outputs, path checks, signals, stale temporary files.

A payroll engineer may run ``jamsos`` on the only copy of a file. Every command that
writes a file goes through this module:

- :func:`check_paths` refuses, *before anything is read*, an output that is the input
  (after resolving links, including hard links), two outputs on one path, an input that is
  not a regular file, and an output whose folder is missing or that is a directory, a
  device or anything else than a regular file;
- :class:`OutputSet` writes every output to a temporary file *in the target's folder*
  (same file system, so the final rename is atomic) and renames them over their targets
  only when the whole run succeeded (:meth:`OutputSet.commit`). On any failure, Ctrl-C or
  SIGTERM, :meth:`OutputSet.discard` removes the temporary files: a file that existed
  before the run keeps its content, and nothing half-written is left behind;
- a run killed with SIGKILL (or a power cut) cannot clean up; its temporary files are
  named after the target and the process id, and the next run on the same target removes
  those whose process is gone (:func:`clean_stale`);
- :func:`signals_as_exceptions` turns SIGTERM (and SIGHUP) into :class:`Interrupted`, a
  :class:`BaseException` like :class:`KeyboardInterrupt`, so ``finally`` blocks run and
  the command line can end with one line and exit status 128 + the signal number.

Usage from a subcommand::

    check_paths(inputs=[args.input], outputs=[args.output])
    with OutputSet([args.output]) as outs:
        write_to(outs.temp(args.output))
        outs.commit()            # not reached on an error: the targets stay untouched

A temporary file is ``.<target name>.<pid>.<random>.jamsos-tmp`` next to the target.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType, TracebackType

from jamsos.errors import InvalidInputError
from jamsos.i18n import N_

__all__ = [
    "TEMP_SUFFIX",
    "Interrupted",
    "OutputSet",
    "check_paths",
    "clean_stale",
    "pause_for_tests",
    "signals_as_exceptions",
]

#: Every temporary file this module creates ends with this suffix.
TEMP_SUFFIX = ".jamsos-tmp"


class Interrupted(BaseException):
    """The process received SIGTERM or SIGHUP; raised so that cleanup code runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _key(path: Path) -> str:
    return os.path.realpath(path)


def _same(a: Path, b: Path) -> bool:
    """The same file: one real path, or (both existing) one inode, as with hard links."""
    if _key(a) == _key(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_paths(
    *, inputs: Iterable[str | os.PathLike[str]], outputs: Iterable[str | os.PathLike[str]]
) -> None:
    """Refuse unsafe paths before anything is read or written (:class:`InvalidInputError`).

    Inputs must be existing regular files. Outputs must differ from every input and from
    each other, must be in an existing folder, and must not be an existing directory,
    device, pipe or socket (renaming over them would replace them).
    """
    ins = [Path(p) for p in inputs]
    outs = [Path(p) for p in outputs]
    for p in ins:
        if not p.exists():
            raise InvalidInputError(N_("input file {path!r} does not exist"), path=str(p))
        if p.is_dir():
            raise InvalidInputError(
                N_("input {path!r} is a folder, not a file; give a .csv or .parquet file"), path=str(p)
            )
        if not p.is_file():
            raise InvalidInputError(N_("input {path!r} is not a regular file"), path=str(p))
    for k, out in enumerate(outs):
        for p in ins:
            if _same(out, p):
                raise InvalidInputError(
                    N_(
                        "output {output!r} is the input file {path!r}; jamsos never writes over "
                        "its input: choose another output path"
                    ),
                    output=str(out),
                    path=str(p),
                )
        for other in outs[:k]:
            if _same(out, other):
                raise InvalidInputError(
                    N_("two outputs go to the same file {output!r}; give each output its own path"),
                    output=str(out),
                )
        folder = out.parent
        if not folder.is_dir():
            raise InvalidInputError(
                N_("cannot write {output!r}: folder {folder!r} does not exist"),
                output=str(out),
                folder=str(folder),
            )
        if out.exists() or out.is_symlink():
            try:
                mode = out.stat().st_mode
            except OSError:
                mode = 0
            if not stat.S_ISREG(mode):
                if stat.S_ISDIR(mode):
                    raise InvalidInputError(N_("cannot write {output!r}: it is a folder"), output=str(out))
                raise InvalidInputError(
                    N_("cannot write {output!r}: it is not a regular file"), output=str(out)
                )


def _pid_of(temp: Path, target_name: str) -> int | None:
    middle = temp.name[len(target_name) + 2 : -len(TEMP_SUFFIX)]
    pid, _, _ = middle.partition(".")
    return int(pid) if pid.isdigit() else None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(target: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files left next to ``target`` by runs whose process has ended.

    Returns the removed paths. A temporary file of a process still running (perhaps another
    ``jamsos`` writing the same target) is left alone.
    """
    path = Path(target)
    removed = []
    prefix = f".{path.name}."
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)):
            continue
        pid = _pid_of(entry, path.name)
        if pid is None or _alive(pid):
            continue
        with contextlib.suppress(FileNotFoundError):
            entry.unlink()
            removed.append(entry)
    return removed


def _create_temp(target: Path) -> Path:
    """Create (exclusively) an empty temporary file next to ``target``; umask applies."""
    for _ in range(100):
        temp = target.parent / f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise InvalidInputError(
                N_("cannot write to the folder of {output!r}: {reason}"),
                output=str(target),
                reason=exc.strerror,
            ) from None
        os.close(fd)
        if target.exists():
            # a replaced file keeps its permissions
            with contextlib.suppress(OSError):
                os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
        return temp
    raise InvalidInputError(
        N_("cannot create a temporary file next to {output!r}"), output=str(target)
    )  # pragma: no cover


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_DEFERRED = (signal.SIGINT, signal.SIGTERM)


class OutputSet:
    """Temporary files for a set of outputs, renamed over their targets together on success.

    Use as a context manager: leaving the block without :meth:`commit` (an exception,
    Ctrl-C, SIGTERM turned into :class:`Interrupted`) removes every temporary file.
    Creating the set cleans stale temporary files of earlier killed runs and proves that
    every target folder is writable, before the caller reads its input.
    """

    def __init__(self, targets: Iterable[str | os.PathLike[str]]) -> None:
        self.targets = [Path(t) for t in targets]
        self.cleaned: list[Path] = []
        self._temps: dict[str, Path] = {}
        self.committed = False
        try:
            for target in self.targets:
                self.cleaned.extend(clean_stale(target))
                self._temps[str(target)] = _create_temp(target)
        except BaseException:
            self.discard()
            raise

    def temp(self, target: str | os.PathLike[str]) -> Path:
        """The temporary path to write ``target``'s content to."""
        return self._temps[str(Path(target))]

    def commit(self) -> None:
        """Flush every temporary file to disk and rename each over its target.

        Ctrl-C and SIGTERM are held back while renaming so that the outputs are replaced
        together; a signal that arrived meanwhile is delivered right after.
        """
        for temp in self._temps.values():
            _fsync(temp)
        blocked = hasattr(signal, "pthread_sigmask")
        if blocked:
            signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
        try:
            for target in self.targets:
                os.replace(self._temps[str(target)], target)
            self.committed = True
            self._temps.clear()
            for folder in {t.parent for t in self.targets}:
                with contextlib.suppress(OSError):
                    _fsync(folder)
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, _DEFERRED)

    def discard(self) -> None:
        """Remove every temporary file not yet renamed (idempotent)."""
        for temp in list(self._temps.values()):
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        self._temps.clear()

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.discard()


@contextlib.contextmanager
def signals_as_exceptions() -> Iterator[None]:
    """While active, SIGTERM and SIGHUP raise :class:`Interrupted` in the main thread.

    SIGINT already raises :class:`KeyboardInterrupt`. Outside the main thread (an embedding
    application) nothing is installed.
    """
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Interrupted(signum)

    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    old = {s: signal.signal(s, handler) for s in wanted}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def pause_for_tests(stage: str) -> None:
    """A deterministic pause for the reliability tests (no effect unless asked).

    With ``JAMSOS_TEST_PAUSE=<path>`` set, the first call creates ``<path>`` holding
    ``stage`` and then sleeps up to 30 s, so that a test can signal the process at a known
    point (between chunks, with a temporary output half written).
    """
    marker = os.environ.get("JAMSOS_TEST_PAUSE")
    if not marker or os.path.exists(marker):
        return
    import time

    # written whole, then renamed: a test that sees the marker also sees its content
    partial = f"{marker}.partial"
    Path(partial).write_text(stage, encoding="utf-8")
    os.replace(partial, marker)
    print(f"jamsos: test pause at {stage}", file=sys.stderr, flush=True)
    for _ in range(300):
        time.sleep(0.1)
