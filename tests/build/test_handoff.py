"""The annotation step hands the articles it creates to the load step: the same corpus as
reading them back, and a file changed in between is still read from disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator import pipeline as site
from generator.bench.corpus import write_corpus
from generator.build import incremental
from generator.build.cache import Store
from generator.config import Settings
from generator.corpus import compose, frontmatter
from generator.corpus.registry import Registry
from tests.conftest import make_site

SEEDS = 60
"""Enough for the annotation to fork its workers (workers.PARALLEL_THRESHOLD)."""


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory, registry: Registry) -> tuple[Path, site.Result]:
    """A site whose seeds one annotation step has just turned into articles, in two workers."""
    root = make_site(tmp_path_factory.mktemp("handoff") / "site")
    write_corpus(registry, root / "seeds", SEEDS)
    result = site.annotate(Settings.for_root(root, jobs=2), registry)
    assert result.annotated == {"created": SEEDS}
    return root, result


def _counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []
    real = incremental.load_article

    def counted(path: Path, *args: object, **kwargs: object) -> object:
        parsed.append(path.stem)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(incremental, "load_article", counted)
    return parsed


def test_handed_articles_are_the_articles_read_back(
        annotated: tuple[Path, site.Result], registry: Registry, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root, result = annotated
    settings = Settings.for_root(root)
    assert len(result.loaded) == SEEDS
    parsed = _counting_parses(monkeypatch)
    handed = incremental.load_corpus(settings, registry, Store(tmp_path / "c1"), 1, handed=result.loaded)
    assert parsed == []  # nothing read back
    read = incremental.load_corpus(settings, registry, Store(tmp_path / "c2"), 1)
    assert len(parsed) == SEEDS
    assert handed.articles == read.articles and len(read.articles) == SEEDS
    assert handed.facts == read.facts and handed.problems == read.problems
    assert handed.key == read.key and handed.changed == read.changed
    assert handed.before == read.before


def test_a_file_changed_after_it_was_written_is_read_from_disk(
        annotated: tuple[Path, site.Result], registry: Registry, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    root, result = annotated
    copy = tmp_path / "site"
    import shutil

    shutil.copytree(root, copy)  # same stats: copy2 keeps the times, and sizes are equal
    articles = sorted((copy / "docs" / "articles").glob("*.md"))
    edited, broken = articles[3], articles[7]
    text = edited.read_text(encoding="utf-8")
    front, _, _ = frontmatter.split(text)
    assert front is not None and "\nvenue:" in f"\n{front}"
    edited.write_text(text.replace("\nvenue: ", "\nvenue: Reykjavik # my correction\n_was: ", 1),
                      encoding="utf-8")
    broken.write_text(broken.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: [unclosed ", 1),
                      encoding="utf-8")
    parsed = _counting_parses(monkeypatch)
    loaded = incremental.load_corpus(Settings.for_root(copy), registry, Store(tmp_path / "c"), 1,
                                     handed=result.loaded)
    assert sorted(parsed) == [edited.stem, broken.stem]
    by_stem = {a.stem: a for a in loaded.articles}
    assert by_stem[edited.stem].venue == "Reykjavik"  # the researcher's edit wins
    assert broken.stem not in by_stem and len(by_stem) == SEEDS - 1  # the others are built
    located = [p for p in loaded.problems if p.path == f"docs/articles/{broken.name}"]
    assert located and located[0].severity == "error" and located[0].line == 2
    assert "YAML" in located[0].message


@pytest.mark.parametrize("fields", [
    {"title": "Talks in Oslo", "date": dt.date(2022, 3, 1), "venue": "Oslo", "country": "Norway",
     "participants": ["Ann Example", "Bo Sample"], "kind": "bilateral"},
    {"title": "yes", "date": None, "venue": "2023-01-01", "country": "a: b", "participants": [],
     "meetings": [{"date": dt.date(2022, 3, 1), "venue": "#Oslo", "participants": ["Ann", "Bo"]},
                  {"date": None, "venue": None, "participants": ["Cy 'Q' Dee", "Émile Ünder"]}],
     "recalled": [{"date": "2021", "participants": ["Ann"], "kind": "visit"}]},
    {"title": "Null", "notes": {"inner": ["a", "b"], "deep": {"x": 1}}, "listed": ["a", {"k": True}]},
])
def test_composed_front_matter_reads_back_as_its_fields_and_lines(fields: dict) -> None:
    text, lines = compose.compose_new(fields, "Body\n")
    parsed = frontmatter.parse(text, "docs/articles/x.md")
    assert lines is not None and parsed.data == fields and lines == parsed.lines
    assert text == compose.dump_new(fields, "Body\n")


def test_front_matter_left_to_pyyaml_is_not_handed_over() -> None:
    text, lines = compose.compose_new({"title": "Two\nlines", "date": None}, "Body\n")
    assert lines is None and frontmatter.parse(text, "x.md").data == {"title": "Two\nlines", "date": None}


def test_a_worker_collects_even_while_its_parent_holds_the_collector_off() -> None:
    import gc

    from generator.build import workers

    enabled = gc.isenabled()
    gc.disable()
    try:
        workers._install(workers.SeedJob(None, Path("."), Path("."), "a", "r"))
        assert gc.isenabled()
    finally:
        workers._worker_job = None
        if not enabled:
            gc.disable()
