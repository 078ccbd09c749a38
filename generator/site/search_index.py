"""The site's search index, written by the generator into docs/pagefind/ as Pagefind's chunked index.

A reader's first search must not download the corpus: Pagefind splits the index into chunks by
word and keeps each page's text in a fragment of its own, so a search fetches the chunk of its
words and the fragments of the results it shows. The records are the entries search_entries.py
defines (an article's title and lead, an entity page's title and facts, listings left out), read
from the Markdown the generator wrote, not from built HTML: the index is in docs/ before any
publisher runs, and MkDocs and Zensical both copy it as it is.

Indexing is skipped when no record changed (a digest of them is kept beside the index), and the
files of a new index replace the old ones only where their bytes differ, so `mkdocs serve` sees
only what changed. Each record's text reaches the index HTML-escaped (see `page`): Pagefind puts
`<mark>` around the words found and nothing else, so the browser side (assets/site-search.js) can
tell its marks from the page's text and show the text as text.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import pickle
import re
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
import yaml

from generator.corpus import frontmatter
from generator.site import pagefind_writer, search_entries
from generator.site.pagefind_writer import STAMP, sync, write_index

log = logging.getLogger(__name__)

INDEX_DIR = "pagefind"
"""Folder of docs/ (and so of the built site) that holds the index and Pagefind's own script."""
CACHE_FILE = "search-records.pickle"
TITLE_LINE = re.compile(r"^title:[ \t]*(.*)$", re.M)
HEADING_1 = re.compile(r"<h1[ >](.*?)</h1>", re.S)
MARKDOWN_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)
BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Record:
    """One search result: a page's address, title and the text a search looks in (plain text)."""

    url: str
    """Relative to the site's root, as published (`ministers/sergey-lavrov/`)."""
    title: str
    content: str


def page_url(uri: str, directory_urls: bool = True) -> str:
    """The published address of docs/`uri`, relative to the site's root, as MkDocs makes it."""
    stem = uri[:-3]
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[:-5]
    return stem + "/"


def _load(text: str) -> Any:
    """YAML parsed by libyaml, as MkDocs and the generator's stages read front matter: PyYAML's
    own parser took 1.5 of the 2.7 s that reading 17,000 records' titles took at 10,000 articles."""
    return yaml.load(text, Loader=frontmatter.BaseLoader)  # noqa: S506 - a safe loader


def _title(front: str) -> str:
    """The front matter's title, read from its line alone: parsing all of an article's front matter
    (meetings, evidence) for one key would cost most of the indexing."""
    found = TITLE_LINE.search(front)
    if not found:
        return ""
    value = found.group(1).strip()
    try:
        parsed = _load("title: " + value) if value and value[0] not in "|>" else None
    except yaml.YAMLError:
        parsed = None
    if parsed is None:  # a block or broken scalar: the whole front matter says what it is
        try:
            parsed = _load(front)
        except yaml.YAMLError:
            return value
    title = parsed.get("title") if isinstance(parsed, dict) else None
    return str(title).strip() if title is not None else ""


def _excluded(front: str) -> bool:
    """A page whose front matter says `search: {exclude: true}` (the theme's own switch)."""
    if "search" not in front or "exclude" not in front:
        return False
    try:
        meta = _load(front)
    except yaml.YAMLError:
        return False
    flag = meta.get("search") if isinstance(meta, dict) else None
    return isinstance(flag, dict) and flag.get("exclude") is True


def _markdown_lead(body: str, paragraphs: int) -> str:
    """The first paragraphs of a Markdown body (an article a researcher rewrote, a hand-written page)."""
    blocks = [b for b in BLANK_LINE.split(body.strip()) if b.strip() and not b.lstrip().startswith("#")]
    chosen = "\n\n".join(blocks if paragraphs < 0 else blocks[:max(paragraphs, 1)])
    text = search_entries.plain(markdown.markdown(chosen))
    return text[:search_entries.MAX_TEXT * 2]


def record(uri: str, text: str, listings: bool = False,
           paragraphs: int = search_entries.LEAD_PARAGRAPHS) -> Record | None:
    """The search record of docs/`uri` (its Markdown source `text`), or None for a page left out."""
    if search_entries.is_listing(uri) and not listings:
        return None
    found, body, _ = frontmatter.split(text)  # as every stage reads a page's front matter
    front = found or ""
    if _excluded(front):
        return None
    title = _title(front)
    if not title:
        heading = HEADING_1.search(body) or MARKDOWN_H1.search(body)
        title = search_entries.plain(heading.group(1)) if heading else uri.rsplit("/", 1)[-1][:-3]
    if search_entries.is_own(uri) or search_entries.is_listing(uri):
        content = search_entries.lead_text(uri, body, paragraphs)
    else:
        content = ""
    if not content:
        content = _markdown_lead(body, paragraphs if uri.startswith("articles/") else -1)
    return Record(page_url(uri), title, content)


def _markdown_files(docs_dir: Path) -> Iterator[tuple[str, os.stat_result]]:
    """(path relative to docs/, stat) of every Markdown page, the index's own folder skipped.

    Paths stay strings: a path object for each of 18,700 pages and each of their reads took
    0.2 CPU-s of the index child at 10,000 articles."""
    stack = [""]  # folders relative to docs/, each ending in '/' but the top
    top = os.fspath(docs_dir)
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(os.path.join(top, folder)))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if not (folder == "" and entry.name == INDEX_DIR) and not entry.name.startswith("."):
                    stack.append(f"{folder}{entry.name}/")
            elif entry.name.endswith(".md"):
                yield folder + entry.name, entry.stat()


@functools.lru_cache(maxsize=1)
def _code_version() -> str:
    """The code that makes records: a cache from other code is read again."""
    h = hashlib.sha256()
    for module in (__file__, search_entries.__file__, pagefind_writer.__file__):
        h.update(Path(module).read_bytes())
    return h.hexdigest()


def collect(docs_dir: Path, cache_file: Path | None = None, listings: bool = False,
            paragraphs: int = search_entries.LEAD_PARAGRAPHS) -> list[Record]:
    """Every page's record, sorted by URL; a file unchanged since the last call (same size and
    modification time) is not read again when `cache_file` keeps the last call's records."""
    options = (listings, paragraphs, _code_version())
    cached: dict[str, tuple[int, int, Record | None]] = {}
    if cache_file is not None and cache_file.is_file():
        try:
            kept = pickle.loads(cache_file.read_bytes())
            if kept[0] == options:
                cached = kept[1]
        except Exception:  # a cache from another version: read everything again
            cached = {}
    fresh: dict[str, tuple[int, int, Record | None]] = {}
    top = os.fspath(docs_dir)
    for uri, stat in _markdown_files(docs_dir):
        key = (stat.st_mtime_ns, stat.st_size)
        old = cached.get(uri)
        if old is not None and old[:2] == key:
            fresh[uri] = old
            continue
        try:
            with open(os.path.join(top, uri), encoding="utf-8") as file:  # as Path.read_text
                text = file.read()
        except (OSError, UnicodeDecodeError):  # reported by the generator with its path
            continue
        fresh[uri] = (*key, record(uri, text, listings, paragraphs))
    if cache_file is not None and fresh != cached:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache_file.with_name(cache_file.name + ".tmp")
        temporary.write_bytes(pickle.dumps((options, fresh), protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, cache_file)
    return sorted((r for _, _, r in fresh.values() if r is not None), key=lambda r: r.url)


def digest(records: Iterable[Record]) -> str:
    """What the index is made from, in one value: equal digests, equal indexes."""
    h = hashlib.sha256(_code_version().encode("ascii"))  # the same records indexed another way
    for r in records:
        h.update(json.dumps([r.url, r.title, r.content], ensure_ascii=False).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@dataclass
class Outcome:
    """What an update did, for the log."""

    records: int
    written: int
    seconds: float
    indexed: bool


def update(docs_dir: Path, cache_dir: Path, listings: bool = False,
           paragraphs: int = search_entries.LEAD_PARAGRAPHS) -> Outcome:
    """Bring docs/pagefind/ up to date with the pages in docs/: nothing is indexed when no record
    changed since the index was made."""
    started = time.perf_counter()
    cache_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pagefind-", dir=cache_dir) as work:
        records = index_into(Path(work), docs_dir, cache_dir, listings, paragraphs)
        written = install(Path(work), docs_dir)
    seconds = time.perf_counter() - started
    if written is not None:
        log.info("search index: %d records, %d files written in %.1f s", records, written, seconds)
    return Outcome(records, written or 0, seconds, written is not None)


def index_into(work: Path, docs_dir: Path, cache_dir: Path, listings: bool = False,
               paragraphs: int = search_entries.LEAD_PARAGRAPHS) -> int:
    """Pagefind's index of the pages in docs/ made in the empty folder `work` (for `install`), or
    nothing when docs/pagefind/ is current; returns the records.

    Apart from `install` so that a build can index in a child process while it does other work,
    and move the index into docs/ once that work no longer reads docs/."""
    records = collect(docs_dir, cache_dir / CACHE_FILE, listings, paragraphs)
    target = docs_dir / INDEX_DIR
    value = digest(records)
    try:
        current = (target / STAMP).read_text(encoding="utf-8").strip() == value
        if current and (target / "pagefind.js").is_file():
            return len(records)
    except OSError:
        pass
    write_index(records, work / "out")
    (work / STAMP).write_text(value + "\n", encoding="utf-8")  # written last: the index is whole
    return len(records)


def install(work: Path, docs_dir: Path) -> int | None:
    """Move an index `index_into` made in `work` into docs/pagefind/; the files written, or None
    when `work` holds no index (docs/pagefind/ was current)."""
    if not (work / STAMP).is_file():
        return None
    target = docs_dir / INDEX_DIR
    if target.is_dir() and any(target.iterdir()) and not (target / "pagefind.js").is_file():
        # Not an index this generator wrote: the researcher's files are never replaced.
        raise RuntimeError(f"{target}: this folder holds files the generator did not write; move "
                           f"them elsewhere, the site's search index is written there")
    target.mkdir(parents=True, exist_ok=True)
    (target / STAMP).unlink(missing_ok=True)  # an index half replaced is never taken for a current one
    written = sync(work / "out", target, move=True)
    os.replace(work / STAMP, target / STAMP)
    return written


class Background:
    """Keeps the index current for `mkdocs serve` without holding up the page a researcher edited:
    the first build waits for the index (there is none yet), later ones re-index in a thread, and
    a change made meanwhile is indexed when the thread is done.

    With `publish_to` (the served site's folder) the thread also puts the index there itself, new
    or current: `serve --dirty` then need not take the index's writes into docs/ for an edit and
    build again (at 10,000 articles those rebuilds came 10-20 s after each edit and held up the
    next one), and MkDocs need not copy docs/pagefind/, which the thread may be replacing
    meanwhile (a rebuild listed a file the thread then removed, and stopped on it)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None
        self.wanted: tuple[Path, Path, bool, int, Path | None] | None = None

    @staticmethod
    def ready(docs_dir: Path) -> bool:
        """An index is there (perhaps an edit behind)."""
        return (docs_dir / INDEX_DIR / STAMP).is_file()

    def update(self, docs_dir: Path, cache_dir: Path, listings: bool = False,
               paragraphs: int = search_entries.LEAD_PARAGRAPHS,
               publish_to: Path | None = None) -> Outcome | None:
        """The outcome when indexed here and now; None when left to the thread."""
        with self.lock:
            busy = self.thread is not None  # its index is half replaced (no stamp): never two at once
            if busy or self.ready(docs_dir):
                self.wanted = (docs_dir, cache_dir, listings, paragraphs, publish_to)
                if not busy:
                    self.thread = threading.Thread(target=self._run, name="search-index", daemon=True)
                    self.thread.start()
                return None
        return update(docs_dir, cache_dir, listings, paragraphs)

    def _run(self) -> None:
        while True:
            with self.lock:
                wanted, self.wanted = self.wanted, None
                if wanted is None:
                    self.thread = None
                    return
            docs_dir, cache_dir, listings, paragraphs, publish_to = wanted
            try:
                update(docs_dir, cache_dir, listings, paragraphs)
                if publish_to is not None and self.ready(docs_dir):
                    # Also when the index was current: MkDocs does not copy docs/pagefind/ under
                    # serve (the plugin withholds it), so the served site has it from here alone.
                    sync(docs_dir / INDEX_DIR, publish_to / INDEX_DIR, link=True)
            except Exception as exc:  # the site is served on; the next build tries again
                log.warning("search index not updated: %s", exc)

    def join(self, timeout: float | None = None) -> None:
        thread = self.thread
        if thread is not None:
            thread.join(timeout)
