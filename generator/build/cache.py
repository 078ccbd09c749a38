"""Build caches: values the generator can recompute, kept so an unchanged input costs nothing.

Each entry is stored with the key it was computed from (a digest of its inputs and of the code
that computed it); a different key is a miss, so a stale entry is never used. Entries are pickles
under `.generator/cache/`, which carries its own `.gitignore`: they are machine-local, never
committed, and safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path

from generator.build.memory import paused_gc
from generator.writer import atomic_write

log = logging.getLogger(__name__)


def digest(*parts: object) -> str:
    """A short stable digest of strings, bytes and reprs of anything else."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """Digest of the bytes of these files (a missing file counts as empty), in the given order."""
    h = hashlib.blake2b(digest_size=16)
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        h.update(str(path.name).encode())
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def stat_key(path: Path) -> tuple[int, int] | None:
    """(mtime in ns, size): changes whenever an editor or a build writes the file."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class Store:
    """Named cache entries in one folder; `get` returns None unless the stored key matches."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, name: str, key: str) -> object | None:
        try:
            with (self.folder / f"{name}.pickle").open("rb") as handle, paused_gc():
                stored_key, value = pickle.load(handle)  # noqa: S301 - our own machine-local file
        except FileNotFoundError:
            return None
        except Exception as exc:  # noqa: BLE001 - a broken cache is a miss, never a failure
            log.info("cache %s unreadable (%s): rebuilding it", name, exc)
            return None
        return value if stored_key == key else None

    def put(self, name: str, key: str, value: object) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            atomic_write(ignore, "# machine-local build caches: never commit them\n*\n")
        with paused_gc():
            data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
        # Not flushed: a cache cut short by a power cut fails to unpickle, which `get` treats as
        # a miss, so its flush would only make every build wait for the disk.
        atomic_write(self.folder / f"{name}.pickle", data, durable=False)

    def put_all(self, entries: Iterable[tuple[str, str, object]]) -> None:
        for name, key, value in entries:
            self.put(name, key, value)


class Deferred:
    """Cache entries (and other machine-local caches) written by forked children while the build
    goes on.

    Pickling a 10,000-article corpus or grouping takes a few tenths of a second of one core while
    the other waits; a child forked with the values in memory writes them beside the build
    instead. The build calls `wait` before it returns, so no process outlives it; a child that
    fails only leaves the old entry (a miss, never a stale value: every entry carries its key).

    A bare `os.fork`, not a `ProcessPoolExecutor`: the child runs while the render forks its
    shares, and an executor keeps a management thread in this process, which a later fork would
    copy mid-lock (the hang `registry.in_background` was changed for). The child leaves with
    `os._exit`, as every forked child must: the parent's atexit handlers and buffers are not its own.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.children: list[int] = []

    def put(self, entries: Callable[[], list[tuple[str, str, object]]]) -> int | None:
        """Make the (name, key, value) entries with `entries()` and write them, all in one child
        (here, where there is no fork): values derived only to be cached are made there too."""
        return self.start(lambda: self.store.put_all(entries()))

    def start(self, task: Callable[[], object]) -> int | None:
        """Run `task` in a forked child (here, and at once, where there is no fork); its pid."""
        if not hasattr(os, "fork"):
            task()
            return None
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child's coverage is not collected
            status = 0
            try:
                task()
            except BaseException:  # noqa: BLE001 - a cache not written is a miss next time
                status = 1
            finally:
                os._exit(status)  # no atexit handlers, no flushing of the parent's buffers
        self.children.append(pid)
        return pid

    def wait(self, pid: int | None = None) -> None:
        """Wait for one child (`pid`), or for all."""
        for child in [c for c in self.children if pid is None or c == pid]:
            _, status = os.waitpid(child, 0)
            self.children.remove(child)
            if status:
                log.info("a cache could not be written in the background: it is made again when needed")
