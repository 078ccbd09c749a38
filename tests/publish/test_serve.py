"""`mkdocs serve` rebuilds on every input, including a registry.yaml created while it runs."""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.config import Settings
from generator.publish.mkdocs_plugin import GeneratorPlugin
from tests.conftest import make_site, write_article

REGISTRY = "people:\n  - name: Ada Quill\n    country: Norway\n"


class Server:
    """Records what the plugin asks `mkdocs serve` to watch."""

    def __init__(self) -> None:
        self.watched: list[tuple[str, bool]] = []

    def watch(self, path: str, func: None = None, *, recursive: bool = True) -> None:
        self.watched.append((path, recursive))


def test_the_site_folder_is_watched_so_a_new_registry_is_seen(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    plugin = GeneratorPlugin()
    plugin.settings = Settings.for_root(root)
    server = Server()
    assert plugin.on_serve(server, None, None) is server
    assert (str(root.resolve()), False) in server.watched  # registry.yaml need not exist yet
    assert (str(root.resolve() / "seeds"), True) in server.watched
    (root / "templates").mkdir()
    (root / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
    again = Server()
    plugin.on_serve(again, None, None)
    site = root.resolve()
    assert sorted(again.watched) == sorted([(str(site), False), (str(site / "seeds"), True),
                                            (str(site / "templates"), True)])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def mkdocs_serve(root: Path, address: str, *flags: str) -> Iterator[tuple[queue.Queue[str], list[str]]]:
    """A real `mkdocs serve` of the site: (its output lines as they come, the lines read so far)."""
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin",
           "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", *flags, "-a", address], cwd=root,
                            env=env, stderr=subprocess.STDOUT, stdout=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout or []], daemon=True).start()
    try:
        yield lines, []
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def wait_for(lines: queue.Queue[str], seen: list[str], text: str, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        seen.append(line)
        if text in line:
            return True
    return False


def unknown(root: Path) -> list[str]:
    """Names the review queue lists as not in the registry."""
    review = json.loads((root / "docs/data/review.json").read_text(encoding="utf-8"))
    return [u["name"] for u in review["unknown"]]


def test_mkdocs_serve_rebuilds_when_registry_yaml_is_created(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "a", {"title": "Talks", "date": "2031-03-01", "venue": "Oslo", "country": "Norway",
                              "participants": ["Ada Quill", "Sergey Lavrov"]})
    with mkdocs_serve(root, f"127.0.0.1:{free_port()}") as (lines, seen):
        assert wait_for(lines, seen, "Serving on", 120), "".join(seen)
        assert unknown(root) == ["Ada Quill"]
        time.sleep(1)  # let the watcher settle before the change
        (root / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
        assert wait_for(lines, seen, "generator: 1 articles", 60), "".join(seen)
        assert unknown(root) == []


def test_serve_dirty_shows_an_edited_venue_after_one_rebuild(tmp_path: Path) -> None:
    """A venue edited by hand is on its venue page after the rebuild; the pages the generator
    rewrote in that rebuild do not make `mkdocs serve` build a second time."""
    from generator.bench import venue_page_shows

    root = make_site(tmp_path / "s")
    # The theme's search: the Pagefind index, re-made in the background after an edit, is copied
    # by a rebuild of its own (README, Search); here only the generator's pages are in question.
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - diplomacy\n" in config
    theme_search = "  - search\n  - diplomacy:\n      search: theme\n"
    (root / "mkdocs.yml").write_text(config.replace("  - diplomacy\n", theme_search), encoding="utf-8")
    front = {"title": "Talks", "date": "2031-03-01", "venue": "Oslo", "country": "Norway",
             "participants": ["Wang Yi", "Sergey Lavrov"]}
    article = write_article(root, "a", front)
    write_article(root, "b", {**front, "title": "Other talks", "date": "2031-05-02"})
    address = f"127.0.0.1:{free_port()}"
    with mkdocs_serve(root, address, "--dirty") as (lines, seen):
        assert wait_for(lines, seen, "Serving on", 120), "".join(seen)
        time.sleep(1.1)  # coarse file-system clocks: the edit must be newer than the built pages
        text = article.read_text(encoding="utf-8")
        article.write_text(text.replace("venue: Oslo", "venue: Samarkand")
                           .replace("country: Norway", "country: Uzbekistan"), encoding="utf-8")
        assert wait_for(lines, seen, "Documentation built", 60), "".join(seen)
        assert venue_page_shows(root, address, "a", timeout=20) is not None, "".join(seen)
        assert "samarkand" in (root / "docs/data/meetings.json").read_text(encoding="utf-8").lower()
        assert not wait_for(lines, seen, "Building documentation", 3), "".join(seen)


def test_serve_puts_the_search_index_in_the_served_site_and_never_copies_it(tmp_path: Path) -> None:
    """Under `mkdocs serve` the background indexer, not MkDocs, puts docs/pagefind/ into the served
    site: a rebuild that listed the index's files while the indexer replaced them stopped on a
    file gone ("An error happened during the rebuild")."""
    from generator.bench import _get

    root = make_site(tmp_path / "s")
    front = {"title": "Talks", "date": "2031-03-01", "venue": "Oslo", "country": "Norway",
             "participants": ["Wang Yi", "Sergey Lavrov"]}
    article = write_article(root, "a", front)
    address = f"127.0.0.1:{free_port()}"
    with mkdocs_serve(root, address, "--dirty") as (lines, seen):
        assert wait_for(lines, seen, "Serving on", 120), "".join(seen)
        deadline = time.monotonic() + 60
        while _get(f"http://{address}/pagefind/pagefind.js") is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _get(f"http://{address}/pagefind/pagefind.js") is not None, "".join(seen)
        time.sleep(1.1)
        article.write_text(article.read_text(encoding="utf-8").replace("venue: Oslo", "venue: Bergen"),
                           encoding="utf-8")
        assert wait_for(lines, seen, "Documentation built", 60), "".join(seen)
        assert not any("error happened" in line for line in seen), "".join(seen)


SEED = ("Talks in Oslo on {what}\n\nOSLO, May 4 (Reuters) - Norway's Foreign Minister Anniken Huitfeldt "
        "met Sweden's Foreign Minister Ann Linde in Oslo on Tuesday to discuss {what}.\n")


def test_serve_dirty_annotates_a_seed_added_while_it_runs(tmp_path: Path) -> None:
    """A rebuild after an edit to an article keeps the last annotation (no seed changed), and one
    after a seed is added or changed annotates it."""
    root = make_site(tmp_path / "s")
    (root / "seeds" / "a.txt").write_text(SEED.format(what="fishing"), encoding="utf-8")
    with mkdocs_serve(root, f"127.0.0.1:{free_port()}", "--dirty") as (lines, seen):
        assert wait_for(lines, seen, "Serving on", 120), "".join(seen)
        time.sleep(1.1)  # coarse file-system clocks: the edit must be newer than the built pages
        article = root / "docs" / "articles" / "a.md"
        article.write_text(article.read_text(encoding="utf-8").replace("venue: Oslo", "venue: Bergen"),
                           encoding="utf-8")
        assert wait_for(lines, seen, "generator: 1 articles", 60), "".join(seen)
        assert "venue: Bergen" in article.read_text(encoding="utf-8")
        (root / "seeds" / "b.txt").write_text(SEED.format(what="gas"), encoding="utf-8")
        assert wait_for(lines, seen, "generator: 2 articles", 60), "".join(seen)
        assert (root / "docs" / "articles" / "b.md").is_file()
        (root / "seeds" / "b.txt").write_text(SEED.format(what="gas").replace("Oslo", "Bergen"),
                                              encoding="utf-8")
        assert wait_for(lines, seen, "Documentation built", 60), "".join(seen)
        deadline = time.monotonic() + 30
        while "venue: Bergen" not in (root / "docs" / "articles" / "b.md").read_text(encoding="utf-8"):
            assert time.monotonic() < deadline, "".join(seen)
            time.sleep(0.2)


def test_serve_can_import_the_network_layout_before_the_first_edit() -> None:
    """The plugin does not import networkx (a render that finds its layout kept never needs it);
    `mkdocs serve --dirty` imports it when it starts, so the first edit does not wait for it."""
    code = ("import sys; from generator.publish import mkdocs_plugin as p; "
            "before = 'networkx' in sys.modules; "
            "p.network.prepare_layout(); print(before, 'networkx' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True"]
