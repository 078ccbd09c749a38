"""The parts of a `mkdocs serve --dirty` rebuild: which pages it makes, what it watches."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
from mkdocs.structure.files import File, InclusionLevel
from watchdog.events import FileModifiedEvent, FileMovedEvent

from generator.publish.serve_dirty import ChangedPages, InputWatch, TemplateCache, nav_sources


def test_changed_pages_lists_only_changed_pages_but_keeps_every_file(tmp_path: Path) -> None:
    files = [File(name, str(tmp_path), str(tmp_path / "site"), True, inclusion=InclusionLevel.NOT_IN_NAV)
             for name in ("a.md", "b.md", "c.css")]
    changed = ChangedPages(files, unchanged={"b.md"})
    assert [f.src_uri for f in changed.documentation_pages()] == ["a.md"]
    assert [f.src_uri for f in changed.documentation_pages(inclusion=InclusionLevel.is_in_serve)] == ["a.md"]
    assert changed.get_file_from_path("b.md") is not None  # links to it still resolve
    assert len(changed) == 3


def test_nav_sources_are_every_file_the_nav_names() -> None:
    nav = [{"Home": "index.md"}, {"Views": [{"Map": "map.md"}, "timeline.md"]}]
    assert nav_sources(nav) == {"index.md", "map.md", "timeline.md"}
    assert nav_sources(None) == set()


def test_only_a_change_to_an_input_asks_for_a_rebuild(tmp_path: Path) -> None:
    (tmp_path / ".generator").mkdir()
    (tmp_path / "docs/meetings").mkdir(parents=True)
    (tmp_path / ".generator/manifest.json").write_text(json.dumps(["docs/meetings/m1.md"]), encoding="utf-8")
    (tmp_path / "docs/meetings/m1.md").write_text("x", encoding="utf-8")
    requests: list[int] = []
    watch = InputWatch(tmp_path, tmp_path / ".generator/manifest.json", lambda: requests.append(1))
    docs = tmp_path / "docs"
    watch.on_any_event(FileModifiedEvent(str(docs / "meetings/m1.md")))
    temporary = str(docs / "meetings/.m2.md.0000abcd.tmp")
    watch.on_any_event(FileMovedEvent(temporary, str(docs / "meetings/m1.md")))
    assert requests == []  # the generator's own pages
    # A page this render is creating is journalled before it is written.
    (tmp_path / ".generator/manifest.json.pending").write_text("docs/meetings/m2.md\n", encoding="utf-8")
    watch.on_any_event(FileModifiedEvent(str(docs / "meetings/m2.md")))
    assert requests == []
    watch.on_any_event(FileModifiedEvent(str(docs / "articles/a.md")))  # the researcher's
    assert requests == [1]


def test_the_search_index_writes_ask_for_no_rebuild(tmp_path: Path) -> None:
    requests: list[int] = []
    docs = tmp_path / "docs"
    watch = InputWatch(tmp_path, tmp_path / ".generator/manifest.json", lambda: requests.append(1),
                       ignored=docs / "pagefind")
    watch.on_any_event(FileModifiedEvent(str(docs / "pagefind/fragment/en_1.pf_fragment")))
    assert requests == []
    watch.on_any_event(FileModifiedEvent(str(docs / "pagefind-notes.md")))  # not inside the folder
    assert requests == [1]


def test_templates_compile_once_and_again_when_their_source_changes() -> None:
    cache = TemplateCache()
    sources = {"t.html": "{{ 1 + 1 }}"}
    compiled: list[str] = []

    def env() -> jinja2.Environment:
        made = jinja2.Environment(loader=jinja2.DictLoader(sources))
        cache.attach(made)
        original = made._compile  # type: ignore[attr-defined]
        made._compile = lambda source, filename: compiled.append(filename) or original(source, filename)  # type: ignore[attr-defined]
        return made

    assert env().get_template("t.html").render() == "2"
    assert env().get_template("t.html").render() == "2"
    assert len(compiled) == 1
    sources["t.html"] = "{{ 2 + 2 }}"
    assert env().get_template("t.html").render() == "4"
    assert len(compiled) == 2


def test_the_watch_notes_a_change_to_a_seed_until_a_build_takes_it(tmp_path: Path) -> None:
    (tmp_path / ".generator").mkdir()
    (tmp_path / ".generator/manifest.json").write_text(json.dumps([]), encoding="utf-8")
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    requests: list[int] = []
    watch = InputWatch(tmp_path, tmp_path / ".generator/manifest.json", lambda: requests.append(1), seeds)
    assert watch.take_seed_change()  # nothing known yet: a seed may have changed
    assert not watch.take_seed_change()
    watch.on_any_event(FileModifiedEvent(str(docs / "articles/a.md")))  # an edited article is no seed
    assert requests == [1] and not watch.take_seed_change()
    watch.on_any_event(FileModifiedEvent(str(seeds / "a.txt")))
    assert requests == [1, 1] and watch.take_seed_change() and not watch.take_seed_change()
    watch.on_any_event(FileMovedEvent(str(tmp_path / "elsewhere.txt"), str(seeds / "b.txt")))
    assert watch.take_seed_change()
    watch.on_any_event(FileModifiedEvent(str(tmp_path / "seeds-old/c.txt")))  # not inside seeds/
    assert not watch.take_seed_change()
