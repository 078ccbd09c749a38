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
LINKED = "linked-into-site"
"""File the child leaves in its folder once it has linked the index into the built site."""


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
        self.go: int | None = None
        """Write end of the pipe on which the child waits to link the index into the site."""

    def start(self, site_dir: Path) -> None:
        """Fork the child (from a process with one thread: MkDocs has not forked its pages yet).

        Once its index is made, the child also links it into the built site, so that the 17,000
        links (a second at 10,000 articles) are not left for the end of the build; it waits for
        `withhold`, which MkDocs calls after it has emptied the site's folder."""
        shutil.rmtree(self.work, ignore_errors=True)
        self.work.mkdir(parents=True)
        self.started = time.perf_counter()
        wait, self.go = os.pipe()
        go = self.go
        self.pid = self.children.start(lambda: self._child(wait, go, site_dir))
        os.close(wait)

    def _child(self, wait: int, go: int, site_dir: Path) -> None:
        os.close(go)
        s = self.settings
        search_index.index_into(self.work, s.docs_dir, s.cache_dir, self.listings, self.paragraphs)
        if os.read(wait, 1) != b"1":
            return  # the build stopped before its pages: the parent abandons this child
        made = self.work / "out" if (self.work / search_index.STAMP).is_file() \
            else s.docs_dir / search_index.INDEX_DIR
        linked = sync(made, site_dir / search_index.INDEX_DIR, link=True)
        (self.work / LINKED).write_text(f"{linked}\n", encoding="utf-8")

    def withhold(self, files: Any) -> None:
        """Take docs/pagefind/ out of MkDocs' files (`finish` makes docs/pagefind/ the new index)
        and let the child put the index into the site, which MkDocs has emptied by now."""
        withhold(files)
        self._release(b"1")

    def _release(self, word: bytes) -> None:
        if self.go is not None:
            try:
                os.write(self.go, word)
            finally:
                os.close(self.go)
                self.go = None

    def finish(self, site_dir: Path) -> None:
        """Wait for the child, move its index into docs/ and link docs/pagefind/ into the site."""
        if self.pid is None:
            return
        self._release(b"1")
        self.children.wait(self.pid)
        self.pid = None
        waited = time.perf_counter() - self.started
        docs_index = self.settings.docs_dir / search_index.INDEX_DIR
        try:
            linked: int | None = int((self.work / LINKED).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            linked = None  # the child did not get that far: linked here
        try:
            written = search_index.install(self.work, self.settings.docs_dir)
        finally:
            shutil.rmtree(self.work, ignore_errors=True)
        if not (docs_index / search_index.STAMP).is_file():
            raise RuntimeError("the search index could not be made (run `.venv/bin/python -m "
                               "generator render` to see why)")
        published = linked if linked is not None else sync(docs_index, site_dir / search_index.INDEX_DIR,
                                                               link=True)
        log.info("search index: made beside the pages (%.1f s from the start), %s, %d files into "
                 "the site", waited, "current" if written is None else f"{written} files new",
                 published)

    def abandon(self) -> None:
        """A build that failed: stop the child and leave docs/pagefind/ as it was."""
        self._release(b"0")
        if self.pid is None:
            return
        try:
            os.kill(self.pid, 15)
        except OSError:
            pass
        self.children.wait(self.pid)
        self.pid = None
        shutil.rmtree(self.work, ignore_errors=True)


def withhold(files: Any) -> None:
    """Take docs/pagefind/ out of MkDocs' files: the plugin puts the index into the site itself
    (the index child under `mkdocs build`, the background indexer under `mkdocs serve`)."""
    prefix = search_index.INDEX_DIR + "/"
    for file in [f for f in files if f.src_uri.startswith(prefix)]:
        files.remove(file)
