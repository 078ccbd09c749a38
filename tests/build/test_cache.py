"""Caches: unchanged inputs are skipped, an edit re-renders only what depends on it, and the
result is always what a build from scratch would give."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from generator import pipeline as site
from generator.build import incremental, render_cache, workers
from generator.build.cache import Deferred, Store
from generator.config import Settings
from generator.corpus.registry import Registry
from generator.site import urls
from tests.conftest import make_site, write_article

ARTICLES = {
    "a1": ("Talks in Oslo", dt.date(2022, 3, 1), "Oslo", "Norway", ["Sergey Lavrov", "Wang Yi"]),
    "a2": ("Ministers meet in Oslo", dt.date(2022, 3, 1), "Oslo", "Norway", ["Sergey Lavrov", "Wang Yi"]),
    "b1": ("Visit to Delhi", dt.date(2022, 5, 9), "New Delhi", "India", ["Antony Blinken", "S. Jaishankar"]),
    "c1": ("Call on Ukraine", dt.date(2021, 7, 2), None, None, ["Antony Blinken", "Dmytro Kuleba"]),
}


def corpus(root: Path) -> Path:
    make_site(root)
    for stem, (title, day, venue, country, people) in ARTICLES.items():
        write_article(root, stem, {"title": title, "date": day, "venue": venue, "country": country,
                                   "participants": people})
    return root


def generated(root: Path) -> dict[str, bytes]:
    """Every generated page and panel, by path: what a build leaves on disk."""
    files = {}
    for folder in (root / "docs", root / ".generator" / "panels"):
        for path in folder.rglob("*"):
            if path.is_file() and "articles" not in path.relative_to(root).parts[:2]:
                files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns
            for p in root.rglob("*") if p.is_file() and "cache" not in p.parts}


def test_unchanged_corpus_renders_and_rewrites_nothing(tmp_path: Path) -> None:
    root = corpus(tmp_path / "site")
    settings = Settings.for_root(root)
    first = site.render(settings)
    assert first.written > 0 and first.meetings == 3
    before = mtimes(root)
    second = site.render(settings)
    assert second.written == 0 and second.rendered == 0 and second.removed == []
    assert (second.articles, second.meetings) == (first.articles, first.meetings)
    assert mtimes(root) == before


def test_deleted_generated_page_comes_back_without_input_change(tmp_path: Path) -> None:
    root = corpus(tmp_path / "site")
    settings = Settings.for_root(root)
    site.render(settings)
    meeting = next((root / "docs" / "meetings").glob("2022-05-09*.md"))
    meeting.unlink()
    site.render(settings)
    assert meeting.is_file()


def test_edit_rerenders_only_dependent_pages_and_matches_a_full_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = corpus(tmp_path / "site")
    settings = Settings.for_root(root)
    full = site.render(settings)
    before = generated(root)
    text = (root / "docs/articles/b1.md").read_text(encoding="utf-8")
    (root / "docs/articles/b1.md").write_text(text.replace("title: Visit to Delhi", "title: Talks in Delhi"),
                                             encoding="utf-8")
    rendered: list[str] = []
    real = render_cache._SelectiveTemplate.render

    def spy(self: render_cache._SelectiveTemplate, *args: object, **context: object) -> str:
        out = real(self, *args, **context)
        if out is not render_cache.SKIPPED:
            rendered.append(context["L"].page)  # type: ignore[attr-defined]
        return out

    monkeypatch.setattr(render_cache._SelectiveTemplate, "render", spy)
    incremental = site.render(settings)
    assert len(rendered) <= incremental.rendered < full.rendered  # data files are not templates
    untouched = ("meetings/2022-03-01", "ministers/sergey-lavrov.md", "ministers/wang-yi.md",
                 "venues/oslo.md", "articles/a1.md", "articles/c1.md")
    assert not [p for p in rendered if p.startswith(untouched)], rendered
    assert "articles/b1.md" in rendered
    after = generated(root)
    changed = {p for p in after if before.get(p) != after[p]}
    assert any(p.startswith("docs/meetings/2022-05-09") for p in changed)  # shows the new title
    assert not any("2022-03-01" in p for p in changed)  # the Oslo meeting does not cite b1
    fresh = tmp_path / "fresh"
    shutil.copytree(root, fresh, ignore=shutil.ignore_patterns("cache", "panels", "manifest.json"))
    for path in (fresh / "docs").rglob("*.md"):
        if "articles" not in path.relative_to(fresh / "docs").parts[:1] and path.parent.name != "assets":
            path.unlink()
    site.render(Settings.for_root(fresh))
    assert generated(fresh) == after


def test_registry_change_invalidates_registry_and_render_caches(tmp_path: Path) -> None:
    root = corpus(tmp_path / "site")
    settings = Settings.for_root(root)
    site.render(settings)
    assert (settings.shared_cache_dir / "registry.pickle").is_file()
    assert (root / ".generator/cache/.gitignore").read_text().strip().endswith("*")
    (root / "registry.yaml").write_text(
        "people:\n  - name: Dmytro Kuleba\n    country: Ukraine\n    aliases: [Kuleba D.]\n"
        "    roles:\n      - {role: foreign_minister, start: 2020-03-04}\n"
        "  - name: Ada Testperson\n    country: Norway\n", encoding="utf-8")
    result = site.render(settings)
    assert result.written > 0  # a new registry means a new epoch: every page is signed anew
    registry, _ = site.cached_registry(settings, Store(settings.cache_dir))
    assert registry.person("Ada Testperson") is not None


def test_seed_is_annotated_once_until_annotator_or_registry_changes(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_site(tmp_path / "site", {"s1.txt": " date 2022-03-02\nLavrov meets Wang Yi\n\n"
                                         "MOSCOW, March 1 - Russian Foreign Minister Sergey Lavrov met his "
                                         "Chinese counterpart Wang Yi in Moscow on Tuesday.\n"})
    settings = Settings.for_root(root)
    assert site.annotate(settings).annotated == {"created": 1}
    assert site.annotate(settings).annotated == {"skipped": 1}
    seed = root / "seeds/s1.txt"
    seed.touch()  # a new mtime with the same bytes is still the same seed
    assert site.annotate(settings).annotated == {"skipped": 1}
    seed.write_text(seed.read_text(encoding="utf-8") + "\nThey met again later.\n", encoding="utf-8")
    assert "skipped" not in site.annotate(settings).annotated
    monkeypatch.setattr(site, "annotator_key", lambda: "another-annotator")
    assert "skipped" not in site.annotate(settings).annotated
    monkeypatch.undo()
    site.annotate(settings)  # back to the real annotator: annotated again, then cached
    assert site.annotate(settings).annotated == {"skipped": 1}
    (root / "registry.yaml").write_text("people:\n  - name: Ada Testperson\n    country: Norway\n",
                                        encoding="utf-8")
    assert "skipped" not in site.annotate(settings).annotated


def test_broken_cache_file_is_a_miss_not_a_failure(tmp_path: Path) -> None:
    root = corpus(tmp_path / "site")
    settings = Settings.for_root(root)
    site.render(settings)
    for path in (root / ".generator/cache").glob("*.pickle"):
        path.write_bytes(b"not a pickle")
    result = site.render(settings)
    assert result.meetings == 3 and not result.failed


def test_render_split_over_two_processes_gives_the_same_site(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    one = corpus(tmp_path / "one")
    two = corpus(tmp_path / "two")
    site.render(Settings.for_root(one, jobs=1))
    monkeypatch.setattr(site, "PARALLEL_RENDER", 1)
    monkeypatch.setattr(incremental, "PARALLEL_LOAD", 1)
    result = site.render(Settings.for_root(two, jobs=2))
    assert not result.failed and result.meetings == 3
    assert generated(two) == generated(one)
    manifest = (two / ".generator/manifest.json").read_text(encoding="utf-8")
    assert manifest == (one / ".generator/manifest.json").read_text(encoding="utf-8")
    again = site.render(Settings.for_root(two, jobs=2))
    assert again.rendered == 0 and again.written == 0
    path = two / "docs/articles/c1.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Call on Ukraine", "Kuleba call"),
                    encoding="utf-8")
    edited = site.render(Settings.for_root(two, jobs=2))  # both shares' signatures were kept
    # The views (network, timeline, map) picture the whole corpus: drawn on every build.
    assert 0 < edited.rendered < result.rendered / 2 + len(urls.VIEWS)


def test_refused_page_comes_back_once_the_blocking_file_is_gone(tmp_path: Path) -> None:
    root = make_site(tmp_path / "blocked")
    write_article(root, "one", {"title": "T", "date": "2022-03-01", "venue": "Oslo", "country": "Norway",
                                "participants": ["Sergey Lavrov", "Wang Yi"]})
    blocker = root / "docs/data/meetings.json"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("my own notes", encoding="utf-8")
    first = site.render(Settings.for_root(root))
    assert first.failed and blocker.read_text(encoding="utf-8") == "my own notes"
    blocker.unlink()
    second = site.render(Settings.for_root(root))
    assert not second.failed and blocker.read_text(encoding="utf-8").startswith("[")


def test_corpus_parsed_in_two_processes_is_the_corpus_parsed_in_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, registry: Registry) -> None:
    root = corpus(tmp_path / "site")
    for i in range(5):  # unknown names: warnings with "did you mean", asked once per name
        write_article(root, f"u{i}", {"title": f"Unknown {i}", "date": dt.date(2020, 1, 1 + i),
                                      "venue": "Oslo", "country": "Norway",
                                      "participants": ["Sergey Lavrov", "Wang Yii"]})
    monkeypatch.setattr(incremental, "PARALLEL_LOAD", 1)
    one = incremental.load_corpus(Settings.for_root(root), registry, Store(tmp_path / "c1"), 1)
    two = incremental.load_corpus(Settings.for_root(root), registry, Store(tmp_path / "c2"), 2)
    assert [a.stem for a in two.articles] == [a.stem for a in one.articles] == sorted(ARTICLES) + [
        f"u{i}" for i in range(5)]
    assert two.articles == one.articles and two.facts == one.facts
    assert two.problems == one.problems and len(one.problems) == 5 and two.key == one.key
    assert sorted(two.changed) == sorted(one.changed)


def test_fork_map_here_runs_the_first_share_in_this_process() -> None:
    import os

    seen = workers.fork_map(lambda part, parts: (part, parts, os.getpid()), 3, here=True)
    assert [(p, n) for p, n, _ in seen] == [(0, 3), (1, 3), (2, 3)]
    assert seen[0][2] == os.getpid() and os.getpid() not in {pid for _, _, pid in seen[1:]}


def test_deferred_entries_are_written_by_the_time_wait_returns(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache")
    deferred = Deferred(store)
    made: list[int] = []
    deferred.put(lambda: [("a", "k1", {"x": 1}), ("b", "k2", made.append(1) or [2])])
    deferred.wait()
    assert store.get("a", "k1") == {"x": 1} and store.get("b", "k2") == [2]
    assert made == [] or not hasattr(os, "fork")  # the values were made in the child


def test_a_deferred_entry_that_fails_is_a_miss_not_an_error(tmp_path: Path) -> None:
    store = Store(tmp_path / "cache")
    store.put("a", "old", 1)
    deferred = Deferred(store)

    def broken() -> list[tuple[str, str, object]]:
        raise RuntimeError("cannot make the value")

    if hasattr(os, "fork"):
        deferred.put(broken)
        deferred.wait()
    assert store.get("a", "old") == 1 and store.get("a", "new") is None


def test_a_new_site_takes_the_registry_from_the_users_cache(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    first = Settings.for_root(corpus(tmp_path / "first"))
    registry, _ = site.cached_registry(first, Store(first.cache_dir))

    def parse_again(*_: object) -> None:
        raise AssertionError("the shipped registry was read again")

    monkeypatch.setattr(incremental, "load_registry", parse_again)
    second = Settings.for_root(corpus(tmp_path / "second"))
    again, _ = site.cached_registry(second, Store(second.cache_dir))
    assert again.fingerprint == registry.fingerprint and again.person("Wang Yi") is not None


def test_without_a_writable_users_cache_the_site_keeps_the_registry(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    settings = Settings.for_root(corpus(tmp_path / "site"))
    registry, _ = site.cached_registry(settings, Store(settings.cache_dir))
    assert (settings.cache_dir / "registry.pickle").is_file()
    monkeypatch.setattr(incremental, "load_registry", lambda *_: (_ for _ in ()).throw(AssertionError))
    again, _ = site.cached_registry(settings, Store(settings.cache_dir))
    assert again.fingerprint == registry.fingerprint
