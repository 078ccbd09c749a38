"""Safe file output: atomic writes, no rewrite of unchanged files, and a record of what we made.

A researcher's files share `docs/` with generated ones, so the generator keeps a manifest of
every file it created and only ever deletes files listed there.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path


def atomic_write(path: Path | str, data: str | bytes, durable: bool = True) -> None:
    """Write via a temporary file and rename, so a killed build leaves old or new, never half.

    `durable` also flushes the bytes to disk before the rename, so a power cut cannot lose a
    researcher's file either; regenerable pages skip it (one fsync per page dominated render time).
    The bytes go straight to the descriptor: a buffered file object per page cost more than the
    write itself at ten thousand pages.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = _temporary(os.fspath(path))
    try:
        try:
            _write_all(fd, payload)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def create_atomic(path: Path | str, data: str | bytes) -> bool:
    """Create a file that does not exist yet, as `atomic_write` would (whole or absent, even if
    the build is killed), or return False and write nothing when one is there.

    The temporary is linked to its name rather than renamed over it: the link fails if a file
    took the name meanwhile, so nothing is ever replaced. Not flushed: for files the caller
    journals (articles.write_pending). Where the file system has no hard links, a rename into a
    name found free serves.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = _temporary(os.fspath(path))
    try:
        try:
            _write_all(fd, payload)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return False
        except OSError:  # no hard links here (FAT, some network shares)
            if os.path.lexists(path):
                return False
            os.replace(tmp, path)
        return True
    finally:
        try:  # the temporary's name, linked or not: os.unlink, not a Path made for it (2 per article)
            os.unlink(tmp)
        except FileNotFoundError:
            pass


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(fd, view):]


def _temporary(path: str) -> tuple[int, str]:
    """Open a new temporary beside `path`, making its folder when it is missing.

    The name carries this process's id in the eight characters `TEMPORARY` expects, so no other
    process picks it; mkstemp's random names are the fallback when one is taken (a killed run's
    leftover). A render writes tens of thousands of files: the folder is made only when the first
    open says it is missing, not checked before every file.
    """
    folder, name = os.path.split(path)
    folder = folder or "."
    tmp = f"{folder}/.{name}.{os.getpid() & 0xFFFFFFFF:08x}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(tmp, flags, 0o600), tmp
    except (FileNotFoundError, NotADirectoryError):
        os.makedirs(folder, exist_ok=True)  # a file in the folder's place fails here
    except FileExistsError:
        pass
    return tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)


def write_if_changed(path: Path, data: str | bytes, durable: bool = True) -> bool:
    """Skip identical content so `mkdocs serve` does not see changes and reload in a loop."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            return False
    except OSError:
        pass
    atomic_write(path, payload, durable)
    return True


TEMPORARY = re.compile(r"\..+\.[A-Za-z0-9_]{8}\.tmp")
"""Names `atomic_write` gives its temporaries (mkstemp's eight random characters)."""


def remove_stale_temporaries(folder: Path, recursive: bool = True) -> int:
    """Clear temporaries a killed build left behind; only names `atomic_write` makes."""
    removed = 0
    if not folder.is_dir():
        return 0
    for tmp in folder.rglob(".*.tmp") if recursive else folder.glob(".*.tmp"):
        if TEMPORARY.fullmatch(tmp.name) and tmp.is_file():
            tmp.unlink(missing_ok=True)
            removed += 1
    return removed


GENERATED_MARK = b'class="generated-note">Generated page:'
"""The note every generated page carries (templates/_macros.html.j2); a researcher's page lacks it."""


def journal_path(manifest: Path) -> Path:
    """Where a run journals the files it is about to write, beside its manifest."""
    return manifest.with_name(manifest.name + ".pending")


def read_listed(manifest: Path) -> tuple[set[str] | None, set[str] | None]:
    """(files the manifest lists, files its journal lists), None for either that cannot be read:
    the build reads them to know its own files, `mkdocs serve` to ignore their changes."""
    try:
        listed: set[str] | None = set(json.loads(manifest.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        listed = None
    try:
        journaled: set[str] | None = {line for line in journal_path(manifest).read_text(
            encoding="utf-8").splitlines() if line}
    except OSError:
        journaled = None
    return listed, journaled


class Manifest:
    """The set of files (relative to the site root) that the generator created."""

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.root = root
        self.previous: set[str] = set()
        self.current: set[str] = set()
        self.journal = journal_path(path)
        """Files this run is about to write, one a line, so a killed run's files stay ours."""
        self._journal: int | None = None
        self._root = os.fspath(root)
        self._new_folders: dict[str, bool] = {}
        listed, journaled = read_listed(path)
        self.previous = (listed or set()) | (journaled or set())
        interrupted = listed is None or journaled is not None
        if interrupted:
            # A killed build (its journal is still there; every writing run opens one) leaves at
            # most one temporary per folder it was writing to: those of generated pages, and
            # anywhere in the generator's own state folder (records, panels). A finished one
            # leaves none, and looking through every folder cost a tenth of a second.
            for folder in {(root / rel).parent for rel in self.previous}:
                remove_stale_temporaries(folder, recursive=False)
            remove_stale_temporaries(path.parent)

    def owns(self, target: Path) -> bool:
        rel = self._rel(target)
        return rel in self.previous or rel in self.current or self._in_state(target)

    def _in_state(self, target: Path) -> bool:
        """Everything in the generator's state folder is its own, even with the manifest lost."""
        return self.path.parent.resolve() in target.resolve().parents

    def write(self, target: Path, data: str | bytes) -> bool:
        """Write a generated file unless a file we did not create is already there."""
        return self.write_rel(self._rel(target), data)

    def write_rel(self, rel: str, data: str | bytes) -> bool:
        """`write`, for a file named by its path under the root (`docs/meetings/x.md`): a render's
        ten thousand pages need not each go through pathlib."""
        known = rel in self.previous or rel in self.current
        path = f"{self._root}/{rel}"
        present = None if known else not self._in_new_folder(path) and os.path.exists(path)
        if present and not self._in_state(Path(path)) and not self._adoptable(Path(path), data):
            raise FileExistsError(
                f"{rel}: exists but was not generated; move it away or rename it "
                "(the generator never overwrites a file it did not create)"
            )
        if self._journal is None:
            self._open_journal()  # before the first write of any kind: see __init__
        if not known:
            self._note(rel)
        self.current.add(rel)
        if present is False:  # a new file: nothing to compare with (one stat per file, not two)
            atomic_write(path, data, durable=False)
            return True
        return write_if_changed(Path(path), data, durable=False)

    def _in_new_folder(self, path: str) -> bool:
        """Whether `path` is in a folder that did not exist when this run first wrote into it: no
        file there can be a researcher's, so a first render's pages need no look before each write
        (one stat per folder, not per page)."""
        folder = path.rpartition("/")[0]
        new = self._new_folders.get(folder)
        if new is None:
            new = self._new_folders[folder] = not os.path.isdir(folder)
        return new

    def _open_journal(self) -> None:
        self.journal.parent.mkdir(parents=True, exist_ok=True)
        # Unbuffered: each line reaches the file (one write) before the file it names is made.
        self._journal = os.open(self.journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND
                                | getattr(os, "O_CLOEXEC", 0), 0o666)

    def _note(self, rel: str) -> None:
        """Journal a new file before it exists: a build killed next still knows it made it."""
        if self._journal is None:
            self._open_journal()
        _write_all(self._journal, (rel + "\n").encode("utf-8"))  # type: ignore[arg-type]

    def _adoptable(self, target: Path, data: str | bytes) -> bool:
        """A file we evidently made, though the manifest lost it (a fresh clone without
        `.generator/`): byte-identical to what we would write, or a page carrying our mark."""
        payload = data.encode("utf-8") if isinstance(data, str) else data
        try:
            if target.stat().st_size > 20_000_000:
                return False
            existing = target.read_bytes()
        except OSError:
            return False
        return existing == payload or GENERATED_MARK in existing

    def claim(self, target: Path) -> None:
        """Record a file written by other means (e.g. an article written once) as ours."""
        self.current.add(self._rel(target))

    def keep_previous(self, prefix: str) -> None:
        """Carry over earlier entries under `prefix` that this run did not regenerate."""
        self.current |= {rel for rel in self.previous if rel.startswith(prefix)}

    def remove_stale(self) -> list[str]:
        """Delete files we generated before but not this time; never anything else."""
        removed = []
        for rel in sorted(self.previous - self.current):
            target = self.root / rel
            if target.is_file():
                target.unlink()
                removed.append(rel)
        return removed

    def save(self) -> None:
        write_if_changed(self.path, json.dumps(sorted(self.current), indent=0))
        if self._journal is not None:
            os.close(self._journal)
            self._journal = None
        self.journal.unlink(missing_ok=True)

    def relative(self, target: Path) -> str:
        """A path under the root as the manifest names it (`docs/meetings/x.md`)."""
        return self._rel(target)

    def _rel(self, target: Path) -> str:
        # Targets are built from the (resolved) root, so most are already under it as written:
        # resolve() costs a system call per path component, which showed at 20,000 pages.
        if target.is_absolute() and ".." not in target.parts:
            try:
                return target.relative_to(self.root).as_posix()
            except ValueError:
                pass
        return target.resolve().relative_to(self.root.resolve()).as_posix()
