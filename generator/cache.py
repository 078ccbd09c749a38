"""Build caches: values the generator can recompute, kept so an unchanged input costs nothing.

Each entry is stored with the key it was computed from (a digest of its inputs and of the code
that computed it); a different key is a miss, so a stale entry is never used. Entries are pickles
under `.generator/cache/`, which carries its own `.gitignore`: they are machine-local, never
committed, and safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Iterable
from pathlib import Path

from generator.memory import paused_gc
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
        atomic_write(self.folder / f"{name}.pickle", data)
