"""Browser tests: a built site served from a sub-path and read in Debian's Chromium by Playwright.

Playwright's own browser download cannot run here (no network but the package registries), so
the tests drive the system Chromium. CI (`.ci/run`) installs it; on a machine without it the tests
are skipped with a message saying how to install it, except under CI, where a missing browser is a
failure: a green CI must mean the browser tests ran.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from generator.bench.search_probe import SUB_PATH, SubPathHandler
from tests.conftest import REPO, make_site

CHROMIUM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_ARGS = [
    # As root in a container, and with no network: the background fetches would be refused.
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
]


def chromium_path() -> str:
    """The system Chromium, or skip (fail under CI) with how to get it."""
    for name in (os.environ.get("CHROMIUM", ""), *CHROMIUM_CANDIDATES):
        found = shutil.which(name) if name else None
        if found:
            return found
    message = "Debian's Chromium is needed for browser tests: apt-get install chromium"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def build_site(root: Path, strict: bool = True) -> Path:
    """`mkdocs build` (which runs the generator) in `root`; returns the built `site/` folder."""
    args = [sys.executable, "-m", "mkdocs", "build", *(["--strict"] if strict else [])]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run(args, cwd=root, capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    return root / "site"


def seeds_site(tmp: Path) -> Path:
    """The project's own seeds as a fresh site folder (not yet built)."""
    root = make_site(tmp / "site")
    shutil.copytree(REPO / "seeds", root / "seeds", dirs_exist_ok=True)
    return root


@pytest.fixture(scope="module")
def serve() -> Iterator[object]:
    """serve(site_dir) -> base URL ending in SUB_PATH; servers stop with the module."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(site_dir: Path) -> str:
        handler = functools.partial(SubPathHandler, directory=str(site_dir))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the whole run (starting it costs about a second)."""
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watched:
    """What a page did that a reader must never suffer: dialogs, errors, requests elsewhere."""

    dialogs: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert not self.dialogs, f"a script from content ran: {self.dialogs}"
        assert not self.page_errors, f"uncaught script errors: {self.page_errors}"
        assert not self.console_errors, f"console errors: {self.console_errors}"
        assert not self.outside_requests, f"requests left the site: {self.outside_requests}"


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh page whose dialogs, errors and outside requests are recorded in `page.watched`.

    Requests to any host but the local server are recorded and aborted, so a test never waits
    on the closed network and still sees every attempt.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    tab = context.new_page()
    watched = Watched()

    def on_dialog(dialog: object) -> None:
        watched.dialogs.append(f"{dialog.type}: {dialog.message}")  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    def route(r: object) -> None:
        url = r.request.url  # type: ignore[attr-defined]
        host = urlsplit(url).hostname
        if url.startswith(("data:", "blob:", "about:")) or host in ("127.0.0.1", "localhost"):
            r.continue_()  # type: ignore[attr-defined]
        else:
            watched.outside_requests.append(url)
            r.abort()  # type: ignore[attr-defined]

    tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda exc: watched.page_errors.append(str(exc)))
    tab.on("console", lambda msg: msg.type == "error" and watched.console_errors.append(msg.text))
    tab.route("**/*", route)
    tab.watched = watched  # type: ignore[attr-defined]
    yield tab
    context.close()
