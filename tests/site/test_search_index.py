"""The search index: one record per article and entity page, from docs/, written as Pagefind's
chunked index into docs/pagefind/, only when a record changed, with the text escaped."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from generator.site import pagefind_writer, search_index
from generator.site.pagefind_writer import page
from generator.site.search_index import Record, collect, page_url, record, update

ARTICLE = """---
title: "Lavrov <script>alert(1)</script> meets Qin Gang"
date: 2023-04-13
participants:
- Sergey Lavrov
---

<div class="article-text">
<p>Lavrov meets Qin Gang</p>
<p>SAMARKAND, April 13 - Sergey Lavrov held talks with &lt;img src=x onerror=alert(2)&gt; Qin Gang.</p>
<p>Background nobody searches for: fisheries quotas.</p>
</div>
"""

PERSON = """---
format: html
---
<h1>Sergey Lavrov</h1>
<p><small class="generated-note">Generated page: it is rewritten on every build.</small></p>
<p><strong>Country:</strong> <a href="../countries/russia.md">Russia</a></p>
<h2 id="meetings">Meetings</h2>
<ul><li>A long list</li></ul>
"""


def site(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    for rel, text in {"articles/a.md": ARTICLE, "ministers/sergey-lavrov.md": PERSON,
                      "ministers/letter-s.md": "<h1>S</h1><p>Sergey Lavrov</p>",
                      "index.md": "# Home\n\nSergey Lavrov",
                      "notes.md": "# My notes\n\nLavrov in *Samarkand*.\n\nMore.",
                      "private.md": "---\nsearch:\n  exclude: true\n---\n# Private\n\nLavrov"}.items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(text, encoding="utf-8")
    return docs


def test_urls_are_the_published_directory_urls() -> None:
    assert page_url("ministers/sergey-lavrov.md") == "ministers/sergey-lavrov/"
    assert page_url("meetings/index.md") == "meetings/"
    assert page_url("index.md") == ""
    assert page_url("notes.md", directory_urls=False) == "notes.html"


def test_an_article_is_its_title_and_lead() -> None:
    made = record("articles/a.md", ARTICLE)
    assert made == Record("articles/a/", "Lavrov <script>alert(1)</script> meets Qin Gang",
                          "Lavrov meets Qin Gang SAMARKAND, April 13 - Sergey Lavrov held talks with "
                          "<img src=x onerror=alert(2)> Qin Gang.")


def test_an_entity_page_is_its_heading_and_facts_and_listings_are_left_out() -> None:
    made = record("ministers/sergey-lavrov.md", PERSON)
    assert made is not None and made.title == "Sergey Lavrov"
    assert made.content == "Country: Russia"
    assert record("ministers/letter-s.md", "<h1>S</h1>") is None
    assert record("ministers/letter-s.md", "<h1>S</h1><p>x</p>", listings=True) is not None


def test_a_hand_written_page_is_found_unless_it_says_so() -> None:
    made = record("notes.md", "# My notes\n\nLavrov in *Samarkand*.\n\nMore.")
    assert made == Record("notes/", "My notes", "Lavrov in Samarkand. More.")
    assert record("private.md", "---\nsearch:\n  exclude: true\n---\n# Private\n") is None


def test_a_title_the_yaml_line_cannot_hold_is_read_from_the_whole_front_matter() -> None:
    text = "---\ntitle: >\n  Lavrov and\n  Qin Gang\n---\n<p>x</p>"
    made = record("articles/b.md", text)
    assert made is not None and made.title == "Lavrov and Qin Gang"


def test_the_indexed_page_reaches_pagefind_escaped_once() -> None:
    """Pagefind decodes a page's text as it reads it: what it keeps must still be escaped."""
    html = page(Record("a/", "<b>&", "<img src=x onerror=alert(1)>"))
    assert "<b>" not in html and "<img" not in html
    assert "&amp;lt;b&amp;gt;&amp;amp;</h1>" in html
    assert "<p>&amp;lt;img src=x onerror=alert(1)&amp;gt;</p>" in html


def test_collect_reads_every_page_once_and_again_only_when_it_changed(tmp_path: Path) -> None:
    docs = site(tmp_path)
    cache = tmp_path / "cache" / "records.pickle"
    urls = [r.url for r in collect(docs, cache)]
    assert urls == ["articles/a/", "ministers/sergey-lavrov/", "notes/"]
    notes = docs / "notes.md"
    notes.write_text("# Changed\n\nWang Yi", encoding="utf-8")
    os.utime(notes, ns=(1, 1))  # a new size is enough; an old time makes sure it is the size
    assert [r.title for r in collect(docs, cache) if r.url == "notes/"] == ["Changed"]


def _fragments(index: Path) -> list[dict[str, object]]:
    found = []
    for path in (index / "fragment").iterdir():
        data = gzip.decompress(path.read_bytes())
        found.append(json.loads(data[data.index(b"{"):]))
    return found


def test_the_index_is_written_once_and_after_an_edit_only_in_part(tmp_path: Path) -> None:
    docs = site(tmp_path)
    first = update(docs, tmp_path / "cache")
    index = docs / search_index.INDEX_DIR
    assert first.indexed and first.records == 3
    assert (index / "pagefind.js").is_file() and (index / "pagefind-entry.json").is_file()
    assert not list(index.glob("pagefind-ui*")) and not (index / "playground").exists()
    fragments = _fragments(index)
    assert sorted(f["url"] for f in fragments) == ["articles/a/", "ministers/sergey-lavrov/", "notes/"]
    article = next(f for f in fragments if f["url"] == "articles/a/")
    # The index holds the text escaped: a "<" in what Pagefind returns is only ever its own <mark>.
    assert article["meta"] == {"title": "Lavrov &lt;script&gt;alert(1)&lt;/script&gt; meets Qin Gang"}
    assert "&lt;img src=x onerror=alert(2)&gt;" in article["content"]
    assert "<" not in article["content"]

    again = update(docs, tmp_path / "cache")
    assert not again.indexed and again.written == 0
    files = len(list(index.rglob("*")))
    (docs / "notes.md").write_text("# My notes\n\nWang Yi in Beijing.", encoding="utf-8")
    edited = update(docs, tmp_path / "cache")
    assert edited.indexed and 0 < edited.written < files
    assert "Wang Yi in Beijing." in json.dumps(_fragments(index))
    assert len(list((index / "fragment").iterdir())) == 3  # the old fragment is gone


def test_an_index_half_replaced_is_not_taken_for_a_current_one(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    docs = site(tmp_path)
    update(docs, tmp_path / "cache")
    (docs / "notes.md").write_text("# Other", encoding="utf-8")

    def broken(new: Path, target: Path, **_: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(search_index, "sync", broken)
    with pytest.raises(OSError):
        update(docs, tmp_path / "cache")
    monkeypatch.undo()
    assert update(docs, tmp_path / "cache").indexed


def test_a_folder_the_generator_did_not_write_is_left_alone(tmp_path: Path) -> None:
    docs = site(tmp_path)
    mine = docs / search_index.INDEX_DIR / "mine.txt"
    mine.parent.mkdir()
    mine.write_text("a researcher's file", encoding="utf-8")
    with pytest.raises(RuntimeError, match="did not write"):
        update(docs, tmp_path / "cache")
    assert mine.read_text(encoding="utf-8") == "a researcher's file"


def test_under_serve_the_first_index_is_waited_for_and_later_ones_are_not(tmp_path: Path) -> None:
    docs = site(tmp_path)
    indexer = search_index.Background()
    first = indexer.update(docs, tmp_path / "cache")
    assert first is not None and first.indexed
    (docs / "notes.md").write_text("# My notes\n\nWang Yi in Beijing.", encoding="utf-8")
    assert indexer.update(docs, tmp_path / "cache") is None  # left to a thread
    indexer.join(timeout=120)
    assert indexer.thread is None
    assert "Wang Yi in Beijing." in json.dumps(_fragments(docs / search_index.INDEX_DIR))


def test_under_serve_the_thread_puts_a_new_index_in_the_served_site(tmp_path: Path) -> None:
    docs, served = site(tmp_path), tmp_path / "served"
    indexer = search_index.Background()
    indexer.update(docs, tmp_path / "cache", publish_to=served)  # the first: here, into docs/ only
    (docs / "notes.md").write_text("# My notes\n\nWang Yi in Beijing.", encoding="utf-8")
    assert indexer.update(docs, tmp_path / "cache", publish_to=served) is None
    indexer.join(timeout=120)
    assert "Wang Yi in Beijing." in json.dumps(_fragments(served / search_index.INDEX_DIR))
    assert _index_files(served / search_index.INDEX_DIR) == {
        k: v for k, v in _index_files(docs / search_index.INDEX_DIR).items() if k != search_index.STAMP}


def test_under_serve_a_current_index_is_put_in_the_served_site_too(tmp_path: Path) -> None:
    """MkDocs does not copy docs/pagefind/ under serve (the thread may be replacing it): a new
    served site (the first build of `mkdocs serve`) gets the index from the thread even when
    there is nothing to index again."""
    docs, served = site(tmp_path), tmp_path / "served"
    indexer = search_index.Background()
    assert indexer.update(docs, tmp_path / "cache") is not None  # made here, no site yet
    assert indexer.update(docs, tmp_path / "cache", publish_to=served) is None  # current: thread
    indexer.join(timeout=120)
    assert _index_files(served / search_index.INDEX_DIR) == {
        k: v for k, v in _index_files(docs / search_index.INDEX_DIR).items() if k != search_index.STAMP}


def test_the_index_is_written_from_inside_a_running_event_loop(tmp_path: Path) -> None:
    """A caller with its own loop running (a browser driven from the same process) can index."""
    import asyncio
    import threading

    async def inside() -> search_index.Outcome:
        return update(site(tmp_path), tmp_path / "cache")

    done: list[search_index.Outcome] = []
    # In a thread of its own: the test's process may be running a loop already (Playwright's).
    thread = threading.Thread(target=lambda: done.append(asyncio.run(inside())))
    thread.start()
    thread.join()
    assert done and done[0].indexed


def _index_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _made(where: Path) -> Path:
    """A small index as Pagefind writes it, with one file the site does not use."""
    (where / "fragment").mkdir(parents=True)
    (where / "fragment" / "en_1.pf_fragment").write_bytes(b"one")
    (where / "pagefind-entry.json").write_bytes(b"{}")
    (where / "pagefind-ui.js").write_bytes(b"not used by the site")
    return where


def test_sync_moves_or_links_instead_of_copying_and_the_result_is_the_same(tmp_path: Path) -> None:
    from generator.site.pagefind_writer import sync

    copied, moved, linked = tmp_path / "copied", tmp_path / "moved", tmp_path / "linked"
    assert sync(_made(tmp_path / "a"), copied) == 2
    source = _made(tmp_path / "b")
    assert sync(source, moved, move=True) == 2
    assert not (source / "fragment" / "en_1.pf_fragment").exists()  # moved, not copied
    assert sync(copied, linked, link=True) == 2
    assert os.stat(linked / "pagefind-entry.json").st_ino == os.stat(copied / "pagefind-entry.json").st_ino
    assert _index_files(copied) == _index_files(moved) == _index_files(linked)
    assert "pagefind-ui.js" not in _index_files(copied)


def test_an_index_made_apart_is_installed_only_when_it_was_made(tmp_path: Path) -> None:
    docs = site(tmp_path)
    cache = tmp_path / "cache"
    first, second = tmp_path / "w1", tmp_path / "w2"
    first.mkdir(), second.mkdir()
    records = search_index.index_into(first, docs, cache)
    assert records > 0 and not (docs / search_index.INDEX_DIR).exists()  # docs/ untouched meanwhile
    assert search_index.install(first, docs)
    assert (docs / search_index.INDEX_DIR / search_index.STAMP).is_file()
    search_index.index_into(second, docs, cache)  # nothing changed: nothing made
    assert search_index.install(second, docs) is None


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="needs a system that sets affinity, with two cores or more")
def test_pagefind_is_started_on_one_core_and_the_rest_of_the_process_keeps_them_all() -> None:
    before = os.sched_getaffinity(0)
    seen: list[str] = []

    def run() -> None:
        pagefind_writer.one_core()
        probe = [sys.executable, "-c", "import os; print(sorted(os.sched_getaffinity(0)))"]
        seen.append(subprocess.run(probe, capture_output=True, text=True, check=True).stdout.strip())

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert seen == [str([max(before)])]  # a process started there has the one core
    assert os.sched_getaffinity(0) == before  # this thread, and so the build's others, keep every core


def test_an_index_with_a_file_cut_short_or_empty_is_not_whole(tmp_path: Path) -> None:
    """The check that keeps the last good index when Pagefind leaves a file unfinished."""
    out = tmp_path / "index"
    (out / "fragment").mkdir(parents=True)
    (out / pagefind_writer.ENTRY).write_text(json.dumps({"languages": {"en": {"hash": "en_1"}}}),
                                            encoding="utf-8")
    (out / "pagefind.en_1.pf_meta").write_bytes(gzip.compress(b"meta"))
    fragment = gzip.compress(b"a fragment's text " * 50)
    (out / "fragment" / "en_2.pf_fragment").write_bytes(fragment)
    sizes = pagefind_writer.whole(out)
    assert sizes == {pagefind_writer.ENTRY: (out / pagefind_writer.ENTRY).stat().st_size,
                     "pagefind.en_1.pf_meta": (out / "pagefind.en_1.pf_meta").stat().st_size,
                     "fragment/en_2.pf_fragment": len(fragment)}
    (out / "fragment" / "en_2.pf_fragment").write_bytes(fragment + fragment)  # two members: whole
    assert pagefind_writer.whole(out) is not None
    (out / "fragment" / "en_2.pf_fragment").write_bytes(fragment[:-4])
    assert pagefind_writer.whole(out) is None
    (out / "fragment" / "en_2.pf_fragment").write_bytes(b"")
    assert pagefind_writer.whole(out) is None


def test_a_first_index_is_moved_as_one_folder_and_otherwise_file_by_file(tmp_path: Path) -> None:
    from generator.site.pagefind_writer import sync

    empty = tmp_path / "empty"
    empty.mkdir()
    inode = os.stat(_made(tmp_path / "a")).st_ino
    assert sync(tmp_path / "a", empty, move=True) == 2
    assert os.stat(empty).st_ino == inode  # the folder itself, moved at once
    assert set(_index_files(empty)) == {"fragment/en_1.pf_fragment", "pagefind-entry.json"}
    assert not (empty / "pagefind-ui.js").exists()
    holding = tmp_path / "holding"
    (holding / "filter").mkdir(parents=True)  # an empty folder: not replaced, files moved one by one
    assert sync(_made(tmp_path / "b"), holding, move=True) == 2
    assert _index_files(holding) == _index_files(empty) and (holding / "filter").is_dir()
