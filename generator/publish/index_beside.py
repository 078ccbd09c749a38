"""Pagefind's index made in a child process while `mkdocs build` converts and themes the pages.

Indexing 10,000 articles (17,000 records) takes about 17 s, most of it in Pagefind's binary and in
writing 17,000 small files, and nothing in it needs MkDocs: the records are read from the Markdown
the generator wrote. Done before the pages, as the command line's render does it, it is 17 s on
the build's critical path; done in a child beside them it mostly hides in time the pages leave.

The child writes into a folder of its own: MkDocs lists docs/ once the build starts, and must
never find a half-written index there. Once the pages are built the index is moved into
docs/pagefind/ (so any other publisher finds it) and linked into the built site; the files of
docs/pagefind/ are taken out of MkDocs' list meanwhile, so it does not copy an old index first.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path
from typing import Any

from generator.build.cache import Deferred, Store
from generator.config import Settings
from generator.site import search_index
from generator.site.pagefind_writer import sync

log = logging.getLogger("mkdocs.plugins.diplomacy")

WORK_DIR = "pagefind-next"
"""Folder of the cache where the child makes the index."""


class IndexBeside:
    """One build's index child: started after the generator's render, finished after the pages."""

    def __init__(self, settings: Settings, listings: bool, paragraphs: int) -> None:
        self.settings = settings
        self.listings = listings
        self.paragraphs = paragraphs
        self.work = settings.cache_dir / WORK_DIR
        self.children = Deferred(Store(settings.cache_dir))
        self.pid: int | None = None
        self.started = 0.0

    def start(self) -> None:
        """Fork the child (from a process with one thread: MkDocs has not forked its pages yet)."""
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        self.started = time.perf_counter()
        s = self.settings
        self.pid = self.children.start(lambda: search_index.index_into(
            self.work, s.docs_dir, s.cache_dir, self.listings, self.paragraphs))

    def withhold(self, files: Any) -> None:
        """Take docs/pagefind/ out of MkDocs' files: `finish` puts the current index in the site."""
        prefix = search_index.INDEX_DIR + "/"
        for file in [f for f in files if f.src_uri.startswith(prefix)]:
            files.remove(file)

    def finish(self, site_dir: Path) -> None:
        """Wait for the child, move its index into docs/ and link docs/pagefind/ into the site."""
        if self.pid is None:
            return
        self.children.wait(self.pid)
        self.pid = None
        waited = time.perf_counter() - self.started
        docs_index = self.settings.docs_dir / search_index.INDEX_DIR
        try:
            written = search_index.install(self.work, self.settings.docs_dir)
        finally:
            shutil.rmtree(self.work, ignore_errors=True)
        if not (docs_index / search_index.STAMP).is_file():
            raise RuntimeError("the search index could not be made (run `.venv/bin/python -m "
                               "generator render` to see why)")
        published = sync(docs_index, site_dir / search_index.INDEX_DIR, link=True)
        log.info("search index: made beside the pages (%.1f s from the start), %s, %d files into "
                 "the site", waited, "current" if written is None else f"{written} files new",
                 published)

    def abandon(self) -> None:
        """A build that failed: stop the child and leave docs/pagefind/ as it was."""
        if self.pid is None:
            return
        try:
            os.kill(self.pid, 15)
        except OSError:
            pass
        self.children.wait(self.pid)
        self.pid = None
        shutil.rmtree(self.work, ignore_errors=True)
