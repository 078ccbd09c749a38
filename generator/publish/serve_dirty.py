"""`mkdocs serve --dirty` after an edit: MkDocs handles the pages the build changed, not the site.

An edit to one article's front matter makes the generator rewrite a few dozen pages; MkDocs then
spent most of the rebuild on the other eighteen thousand (at 10,000 articles): a Page object
each, two file dates each, the sitemap of all of them, and the theme's templates compiled again.
And `mkdocs serve` polled every file of `docs/` and `seeds/` twice a second, then saw the
generator's own writes as a second change and built the site a second time.

Here, for the rebuilds of `mkdocs serve --dirty` only (its first build and `mkdocs build` are
untouched):

- `ChangedPages`: the site's files, all of them (every link still resolves), of which only the
  pages changed since the last build are pages to read and build;
- `TemplateCache`: the theme's templates compiled once per `mkdocs serve`;
- `InputWatch`: `docs/` and `seeds/` watched by the system's own notifications (polling where
  there are none), and a change to a file the generator made, which the build that made it
  has already shown, not taken for a new edit.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.structure.files import File, Files, InclusionLevel
from watchdog.events import FileSystemEvent, FileSystemEventHandler

from generator.config import Settings
from generator.writer import TEMPORARY, journal_path, read_listed

log = logging.getLogger("mkdocs.plugins.diplomacy")

SKIPPED_TEMPLATES = ("sitemap.xml",)
"""Site-wide templates a dirty rebuild leaves as the first build wrote them: the sitemap lists
every page, and a page added while serving is missing from it until the next start (the sitemap
is for search engines, not for the researcher's browser)."""


class ChangedPages(Files):
    """The site's files; only pages whose source is newer than their built page are pages to build.

    Every file stays in the collection, so links to unchanged pages resolve as in a full build;
    MkDocs asks `documentation_pages` which pages to make Page objects for, read and write.
    """

    def __init__(self, files: Iterable[File], unchanged: set[str]) -> None:
        super().__init__(files)
        self.unchanged = unchanged
        """src_uri of each page whose built HTML is newer than its source."""
        self._candidates = [f for f in self if f.src_uri not in unchanged]
        """Every other file (MkDocs asks for the pages four times: the list is made once)."""

    def append(self, file: File) -> None:
        super().append(file)
        self._candidates.append(file)

    def documentation_pages(self, *, inclusion: Callable[[InclusionLevel], bool] = InclusionLevel.is_included
                            ) -> Sequence[File]:
        present = self.src_uris
        return [f for f in dict.fromkeys(self._candidates)
                if present.get(f.src_uri) is f and f.is_documentation_page() and inclusion(f.inclusion)]


def unchanged_pages(files: Files, keep: Iterable[str]) -> set[str]:
    """src_uri of every Markdown page whose built page is newer than its source, except `keep`."""
    kept = set(keep)
    unchanged = set()
    for file in files:
        if file.src_uri.endswith(".md") and file.src_uri not in kept and file.abs_src_path is not None \
                and not file.is_modified():
            unchanged.add(file.src_uri)
    return unchanged


def nav_sources(nav: Any) -> set[str]:
    """The Markdown files the `nav:` setting names (their pages are made with the navigation)."""
    found: set[str] = set()
    stack = [nav]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory between rebuilds (MkDocs makes a new environment each time).

    Jinja checks each template's source against the checksum stored with it, and the key holds
    the environment's syntax settings, so an edited template or another setting compiles afresh.
    """

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}
        self.settings = ""

    def attach(self, env: jinja2.Environment) -> None:
        self.settings = repr((env.block_start_string, env.variable_start_string, env.comment_start_string,
                              env.line_statement_prefix, env.trim_blocks, env.lstrip_blocks,
                              env.newline_sequence, env.keep_trailing_newline, env.optimized,
                              env.autoescape, sorted(env.extensions)))
        env.bytecode_cache = self

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.store.get(self.settings + bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[self.settings + bucket.key] = bucket.bytecode_to_string()


class InputWatch(FileSystemEventHandler):
    """Asks `mkdocs serve` for a rebuild when an input changes, not when a build's output does.

    The generator writes its pages into `docs/` during the build; MkDocs, watching `docs/`,
    took those writes for an edit and built everything again once the first build was done
    (at 10,000 articles: 1-2 s more before the page could be served). A file listed in the
    generator's manifest is its own output, rewritten from the inputs on every build: a change
    to it is no reason to build.
    """

    def __init__(self, root: Path, manifest: Path, request: Callable[[], None],
                 seeds: Path | None = None, ignored: Path | None = None) -> None:
        super().__init__()
        self.root = os.fspath(root)
        self.ignored = os.path.join(os.fspath(ignored), "") if ignored is not None else None
        """A folder of output that is not in the manifest (the search index, put in the served
        site by its own writer), with a trailing separator."""
        self.manifest = manifest
        self.journal = journal_path(manifest)
        """The files a render is about to create, listed before it creates them (writer.Manifest)."""
        self.request = request
        self.generated: set[str] = set()
        """Every file the manifest or its journal has listed while serving, relative to the root."""
        self._read: tuple[float, float] = (-1.0, -1.0)
        self.seeds = os.path.join(os.fspath(seeds), "") if seeds is not None else None
        """The seeds folder (with a trailing separator), when this watch covers it."""
        self._seed_changed = True
        """A seed changed since `take_seed_change` last asked (so far: unknown, hence True)."""
        self._lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type in ("opened", "closed", "closed_no_write"):
            if event.is_directory and self._in_seeds(os.fsdecode(event.src_path)) \
                    and event.event_type not in ("opened", "closed", "closed_no_write"):
                self._note_seed()
            return
        paths = [os.fsdecode(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if all(self._output(path) for path in paths):
            return
        if any(self._in_seeds(path) for path in paths):
            self._note_seed()  # before the request: the build it starts must see it
        log.debug("input changed: %s", event)
        self.request()

    def _in_seeds(self, path: str) -> bool:
        return self.seeds is not None and os.path.join(path, "").startswith(self.seeds)

    def _note_seed(self) -> None:
        with self._lock:
            self._seed_changed = True

    def take_seed_change(self) -> bool:
        """Whether a seed may have changed since the last call (then the next build annotates).

        Asked once at the start of each build, before it reads the seeds: a seed changed while
        that build runs is noted again, for the next one."""
        with self._lock:
            changed, self._seed_changed = self._seed_changed, False
        return changed

    def _output(self, path: str) -> bool:
        """A file the generator wrote or removed (or its temporary, renamed over the page next).

        A generated file deleted by hand is written again by the next build that has a reason
        to run; until then the served site keeps the page."""
        if TEMPORARY.fullmatch(os.path.basename(path)):
            return True
        if self.ignored is not None and os.path.join(path, "").startswith(self.ignored):
            return True
        rel = os.path.relpath(path, self.root).replace(os.sep, "/")
        if rel in self.generated:
            return True
        self._refresh()  # a page this build is creating is in the journal; one it made, in the manifest
        return rel in self.generated

    def _refresh(self) -> None:
        dates = []
        for path in (self.manifest, self.journal):
            try:
                dates.append(path.stat().st_mtime)
            except OSError:
                dates.append(-1.0)
        if tuple(dates) == self._read:
            return
        self._read = (dates[0], dates[1])
        listed, journaled = read_listed(self.manifest)
        self.generated.update(listed or ())
        self.generated.update(journaled or ())


def rebuild_request(server: Any) -> Callable[[], None] | None:
    """What MkDocs' own watch callback does (livereload.LiveReloadServer.watch), or None when this
    MkDocs has no such state: then MkDocs' own watching is left as it is."""
    cond = getattr(server, "_rebuild_cond", None)
    if cond is None or not hasattr(server, "_want_rebuild"):
        return None

    def request() -> None:
        with cond:
            server._want_rebuild = True
            cond.notify_all()

    return request


def start_observer(watch: InputWatch, folders: Sequence[Path], polling: bool) -> Any:
    """Watch `folders` (recursively) with the system's notifications, or by polling if asked or
    if the system has none (MkDocs polls: it also works on network shares and in containers
    whose files are edited from outside, where notifications may never come; set
    `serve_polling: true` there)."""
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    observer = PollingObserver(timeout=0.5) if polling else Observer()
    try:
        for folder in folders:
            observer.schedule(watch, str(folder), recursive=True)
        observer.start()
    except OSError as exc:  # e.g. the system's limit on watches reached
        if polling:
            raise
        log.info("watching by polling (%s)", exc)
        return start_observer(watch, folders, polling=True)
    return observer


def stop_observer(observer: Any) -> None:
    observer.stop()
    if observer.is_alive() and threading.current_thread() is not observer:
        observer.join(timeout=5)

def watched(settings: Settings) -> list[tuple[Path, bool]]:
    """(path, recursive) of every input `mkdocs serve` must rebuild on, besides docs/ and mkdocs.yml."""
    folders = [(folder, True) for folder in (settings.seeds_dir, settings.root / "templates")
               if folder.is_dir()]
    return [*folders, (settings.registry_file.parent, False)]
