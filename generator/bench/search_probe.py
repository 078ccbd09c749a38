"""What a reader's first search costs: the bytes Chromium downloads from a key press to the results.

The built site is served from a sub-path (as GitHub Pages serves a project site), a page is
opened and left to load, then a name is typed into the header's search box; every response the
browser receives from then until the results are drawn is counted (body and headers, as sent:
the server does not compress), including what the search loads in workers.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

SUB_PATH = "/research-site/"
CHROMIUM = "/usr/bin/chromium"
SEARCH_INPUT = "input[data-md-component=search-query]"
RESULT_META = ".md-search-result__meta"
RESULT_LINKS = "li.md-search-result__item a.md-search-result__link"


@dataclass
class Probe:
    """One first search, measured."""

    query: str
    bytes: int
    """Downloaded from the first key press to the results shown."""
    requests: list[tuple[str, int]] = field(default_factory=list)
    """(path, bytes) of each of those downloads."""
    results: list[str] = field(default_factory=list)
    """The results' addresses, in the order shown."""
    seconds: float = 0.0
    page_bytes: int = 0
    """Downloaded by the page itself before the search (HTML, CSS, scripts)."""


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site only under SUB_PATH, as GitHub Pages does for a project site, silently
    (the browser tests serve with it too)."""

    def translate_path(self, path: str) -> str:
        route = urlsplit(path).path
        if not route.startswith(SUB_PATH):
            return str(Path(self.directory) / "__outside_the_sub_path__")
        return super().translate_path("/" + route[len(SUB_PATH):])

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        pass


@contextmanager
def served(site_dir: Path) -> Iterator[str]:
    """The built site at http://127.0.0.1:<port>/research-site/ while the block runs."""
    handler = functools.partial(SubPathHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"
    finally:
        server.shutdown()
        server.server_close()


def first_search(site_dir: Path, query: str = "Lavrov", page: str = "",
                 executable: str = CHROMIUM, timeout_ms: float = 60_000) -> Probe:
    """Open `page` (relative to the site's root) in a fresh Chromium, type `query`, count the bytes."""
    from playwright.sync_api import sync_playwright  # a test dependency: only the bench needs it

    counted: list[tuple[str, int]] = []
    before: list[int] = []
    state = {"typing": False}

    def finished(request: object) -> None:
        sizes = request.sizes()  # type: ignore[attr-defined]
        size = max(sizes["responseBodySize"], 0) + max(sizes["responseHeadersSize"], 0)
        if state["typing"]:
            counted.append((urlsplit(request.url).path, size))  # type: ignore[attr-defined]
        else:
            before.append(size)

    with served(site_dir) as root, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            context = browser.new_context()
            context.on("requestfinished", finished)
            tab = context.new_page()
            tab.goto(root + page, wait_until="networkidle")
            tab.click(SEARCH_INPUT)
            started = time.perf_counter()
            state["typing"] = True
            tab.keyboard.type(query)
            tab.wait_for_function(
                "([s, q]) => /matching/i.test(document.querySelector(s)?.textContent || '')"
                " && document.querySelector('[data-site-search-result]')?.dataset.query === q",
                arg=[RESULT_META, query], timeout=timeout_ms)
            seconds = time.perf_counter() - started
            tab.wait_for_load_state("networkidle")
            results = tab.eval_on_selector_all(RESULT_LINKS, "links => links.map(a => a.href)")
        finally:
            browser.close()
    return Probe(query, sum(size for _, size in counted), counted, results, seconds, sum(before))


def busiest_minister(site_dir: Path) -> str:
    """The name of the person in most meetings (data/meetings.json): what a reader looks up first."""
    import collections
    import json

    meetings = json.loads((site_dir / "data" / "meetings.json").read_text(encoding="utf-8"))
    counts = collections.Counter(p for m in meetings for p in m.get("participants", []))
    return counts.most_common(1)[0][0] if counts else "Lavrov"


def index_size(site_dir: Path) -> tuple[float, int]:
    """(MB, files) of the built site's search index: Pagefind's folder, or the theme's one file."""
    folder = site_dir / "pagefind"
    files = [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else \
        [p for p in [site_dir / "search" / "search_index.json"] if p.is_file()]
    return sum(p.stat().st_size for p in files) / 2**20, len(files)


def bench_probe(site_dir: Path) -> float:
    """KB a first search for the busiest minister downloads in Chromium (NaN without Chromium or
    Playwright: the site's own install has neither, and a long bench must still print its table)."""
    if not Path(CHROMIUM).is_file() or importlib.util.find_spec("playwright") is None:
        log.warning("search probe skipped: it needs Chromium (%s) and Playwright (.venv/bin/pip "
                    "install -c constraints.txt -e '.[test]')", CHROMIUM)
        return float("nan")
    return first_search(site_dir, busiest_minister(site_dir)).bytes / 1024
