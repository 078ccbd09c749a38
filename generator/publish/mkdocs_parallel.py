"""MkDocs' per-page work on every core, in one pass: each worker reads, converts, themes and
writes its share of pages.

MkDocs converts every page, then themes every page, one after another in a single process; on a
corpus of ten thousand articles that is most of the build. Once every page is known, a page's
conversion and theming depend on no other page but the navigation's (whose titles every page
prints), so the plugin takes the pages out of MkDocs' loops at `on_nav` (reading the
navigation's pages there), and at `on_env` forked workers do the rest: all `on_page_*`,
`on_page_context` and `on_post_page` events of all plugins run there. A page's HTML never comes
back to this process (at 10,000 articles that was 120 MB to send back, and this process then
held every page at once); what does come back is what the build needs afterwards: the search
plugin's new entries, in page order, so the index is the one a serial build writes, and each
page's anchors and links to anchors, checked here at the end, as MkDocs does.

Messages logged in a worker are sent back and logged again here, in page order, so `--strict`
counts them. The static templates (sitemap, 404) still see every page through
`on_template_context`, and the pages return to `files` in `on_post_build`.

Workers are forked only from a process with one thread: `mkdocs build`, and the first build of
`mkdocs serve` (its later rebuilds run beside the server's threads and keep MkDocs' own loop).
A plugin that gathers state in a page event other than search's would see only its own share;
such a site sets `workers: 1`.
"""

from __future__ import annotations

import logging
import os
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from mkdocs.commands import build as mkdocs_build
from mkdocs.exceptions import BuildError, PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.build.memory import rare_collections
from generator.build.workers import fork_map
from generator.publish.page_meta import FrontMatter
from generator.publish.page_shells import Shells, build_page, log_page_error

log = logging.getLogger("mkdocs.plugins.diplomacy")
PAGES_LOG = logging.getLogger("mkdocs.structure.pages")
"""The loggers MkDocs' own page reading uses (the second decides whether anchors are kept)."""

LogLine = tuple[str, int, str]
"""(logger name, level, message) of a message logged in a worker."""


@dataclass
class PageResult:
    """One page's outcome in a worker: its state, or the error that stopped it, and its messages."""

    index: int
    present: set[str] | None = None
    """The page's anchors (present_anchor_ids), for the links of other pages to be checked."""
    anchors: dict[str, dict[str, str]] | None = None
    """links_to_anchors with each linked file as its src_uri (File objects stay in the parent)."""
    entries: list[Any] = field(default_factory=list)
    filled: bool = False
    """Themed from its kind's shell (page_shells) rather than by the theme's templates."""
    compacted: bool = False
    """Filled into its kind's compacted shell."""
    error: str = ""
    logs: list[LogLine] = field(default_factory=list)


class _Collect(logging.Handler):
    def __init__(self, lines: list[LogLine]) -> None:
        super().__init__(logging.DEBUG)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, record.levelno, record.getMessage()))


@contextmanager
def _captured(lines: list[LogLine]) -> Iterator[None]:
    """Route this worker's messages into `lines` instead of the terminal."""
    handler = _Collect(lines)
    loggers = [logging.getLogger("mkdocs"), logging.getLogger()]
    saved = [(logger, logger.handlers[:]) for logger in loggers]
    for logger in loggers:
        logger.handlers = [handler]
    try:
        yield
    finally:
        for logger, handlers in saved:
            logger.handlers = handlers


def search_index_entries(config: Any) -> list[Any] | None:
    """The list the search plugin (MkDocs' or Material's) appends a page's sections to."""
    for plugin in config.plugins.values():
        index = getattr(plugin, "search_index", None)
        for name in ("entries", "_entries"):
            entries = getattr(index, name, None)
            if isinstance(entries, list):
                return entries
    return None


PAGE_GC_YOUNG = 20_000
"""Allocations between collections of the youngest objects in a page worker (CPython: 700).
Measured at 10,000 articles, each of the two page workers spent 0.24-0.25 CPU-s in 420
collections that found little, and 0.10-0.11 s in 14 at this threshold, with the same peak
memory (270 MB)."""


def _run_pages(pages: Sequence[Page], part: int, parts: int,
               work: Callable[[Page, PageResult], None]) -> list[PageResult]:
    """Run `work` on this worker's share of pages, one result per page, errors kept per page."""
    with rare_collections(PAGE_GC_YOUNG):
        return _run_share(pages, part, parts, work)


def _run_share(pages: Sequence[Page], part: int, parts: int,
               work: Callable[[Page, PageResult], None]) -> list[PageResult]:
    results = []
    for index in range(part, len(pages), parts):
        result = PageResult(index)
        with _captured(result.logs):
            try:
                work(pages[index], result)
            except Exception as exc:  # noqa: BLE001 - re-raised in the parent, as MkDocs would
                result.error = f"{type(exc).__name__}: {exc}" if not isinstance(exc, BuildError) \
                    else str(exc)
                result.logs.append((log.name, logging.DEBUG, traceback.format_exc()))
        results.append(result)
        if result.error:
            break
    return results


def _populate(page: Page, config: Any, files: Files, reader: FrontMatter | None = None) -> None:
    """MkDocs' `_populate_page`, except that an empty Markdown document (an HTML page, whose body
    the plugin holds until `on_page_content`) gets no converter of its own: it converts to nothing,
    and building a converter is a millisecond a page; and that `reader` reads the front matter
    the generator writes without YAML (page_meta)."""
    config._current_page = page
    try:
        page = config.plugins.on_pre_page(page, config=config, files=files)
        if reader is not None:
            reader.read_source(page, config)
        else:
            page.read_source(config)
        assert page.markdown is not None
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config,
                                                        files=files)
        if page.markdown.strip():
            page.render(config, files)
        else:  # what Page.render leaves on a page with no Markdown
            page.content, page.toc, page._title_from_render = "", get_toc([]), None
            page.present_anchor_ids = set()
            if PAGES_LOG.getEffectiveLevel() > logging.DEBUG:
                page.links_to_anchors = {}
        page.content = config.plugins.on_page_content(page.content, page=page, config=config,
                                                      files=files)
    except Exception as exc:
        log_page_error("reading", page, exc)
        raise
    finally:
        config._current_page = None


class ParallelPages:
    """Converts and themes a build's pages in forked workers; see the module docstring."""

    def __init__(self, workers: int, threshold: int, dirty: bool = False) -> None:
        self.workers = workers
        self.threshold = threshold
        self.dirty = dirty
        """With --dirty only pages changed since the last build are done here (MkDocs skips the
        rest itself): the first build of `mkdocs serve --dirty` is a whole site, later ones few."""
        self.all_docs: list[File] = []
        self.files: Files | None = None
        self.nav: Any = None
        self.doc_files: list[File] = []
        self.whole: Files | None = None
        """Every file of the build, the pages included (`files` lacks them while they are built)."""
        self.read: set[str] = set()
        """Pages read in this process (the navigation's), not by the workers."""
        self.active = False

    def wanted(self, files: Files) -> bool:
        docs = files.documentation_pages(inclusion=InclusionLevel.is_included)
        count = sum(1 for f in docs if f.is_modified()) if self.dirty else len(docs)
        return self.workers > 1 and count >= self.threshold and hasattr(os, "fork")

    def populate(self, config: Any, files: Files, nav: Any) -> None:
        """Take the pages out of MkDocs' own loops (at `on_nav`); the navigation's pages are read
        here, since every page's theming prints their titles: the rest are read by the workers
        that theme them (`build`)."""
        self.files, self.nav = files, nav
        self.all_docs = files.documentation_pages(inclusion=InclusionLevel.is_included)
        self.doc_files = [f for f in self.all_docs if not self.dirty or f.is_modified()]
        in_nav = {id(p) for p in nav.pages}
        for file in self.doc_files:
            page = file.page if file.page is not None else Page(None, file, config)
            if id(page) in in_nav:
                _populate(page, config, files)
                self.read.add(file.src_uri)
        self.whole = Files(list(files))  # every page, for links to be resolved against
        for file in self.doc_files:
            files.remove(file)  # MkDocs' own reading loop now has nothing left to do
        self.active = True

    def build(self, config: Any, env: Any, shells: Shells | None = None) -> tuple[int, int]:
        """Read, convert, theme and write every page in workers (at `on_env`), in one pass: a
        page's HTML never travels back to this process, which keeps only what the build needs
        after the pages (search entries, anchors). With `shells`, pages of a kind are filled into
        their kind's themed shell. Returns how many pages were, and how many of them into its
        compacted shell. Anchor links are checked here at the end, as MkDocs does."""
        assert self.files is not None
        files, entries = self.files, search_index_entries(config)
        pages = [f.page for f in self.doc_files]
        reader = FrontMatter()  # each worker fills its own copy

        def work(page: Page, result: PageResult) -> None:
            if page.file.src_uri not in self.read:
                _populate(page, config, self.whole, reader)
            result.present = page.present_anchor_ids
            links = getattr(page, "links_to_anchors", None)
            if links:
                result.anchors = {f.src_uri: dict(v) for f, v in links.items()}
            before = len(entries) if entries is not None else 0
            excluded = page.file.inclusion.is_excluded()
            if shells is not None and not excluded:
                filled = shells.filled
                build_page(page, config, self.all_docs, self.nav, env, shells)
                result.filled = shells.filled > filled
                result.compacted = page.file.src_uri in shells.compacted
            else:
                mkdocs_build._build_page(page, config, self.all_docs, self.nav, env, excluded=excluded)
            if entries is not None:
                result.entries = entries[before:]
            if page.file.src_uri not in self.read:
                page.content = page.markdown = None  # the share's other pages need not keep it

        filled = compacted = 0
        for page, result in self._results(pages, work):
            filled += result.filled
            compacted += result.compacted
            if entries is not None:
                entries.extend(result.entries)
            page.present_anchor_ids = result.present
            page.links_to_anchors = {files.src_uris[uri]: v for uri, v in (result.anchors or {}).items()
                                     if uri in files.src_uris}
        level = config.validation.links.anchors
        for page in pages:
            page.validate_anchor_links(files=files, log_level=level)
        return filled, compacted

    def restore(self) -> None:
        """Give the pages back to `files` for whatever runs after the build (at `on_post_build`)."""
        if self.active and self.files is not None:
            for file in self.doc_files:
                self.files.append(file)
        self.active = False

    def _results(self, pages: list[Any], work: Callable[[Page, PageResult], None]
                 ) -> Iterator[tuple[Page, PageResult]]:
        """Every page's result in page order; messages logged again here; a failure raised here."""
        shares = fork_map(lambda part, parts: _run_pages(pages, part, parts, work), self.workers)
        results = sorted((r for share in shares for r in share), key=lambda r: r.index)
        for result in results:
            page = pages[result.index]
            for name, level, message in result.logs:
                logging.getLogger(name).log(level, message)
            if result.error:
                # The worker logged MkDocs' own "Error ... page" line; this stops the build.
                raise PluginError(f"{page.file.src_uri}: {result.error}")
            yield page, result
