"""A build in which no seed changed does not build the annotator (0.3-0.4 s of every rebuild of
`mkdocs serve` after a front-matter edit); one with a seed to annotate, even a torn one, does."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline as site
from generator.annotate import Annotator
from generator.config import Settings
from generator.corpus import articles
from generator.corpus.registry import Registry
from tests.conftest import make_site

TEXT = ("Talks in Oslo on {what}\n\nOSLO, May 4 (Reuters) - Norway's Foreign Minister Anniken "
        "Huitfeldt met Sweden's Foreign Minister Ann Linde in Oslo on Tuesday to discuss {what}.\n")


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    built: list[int] = []
    real = Annotator.__init__

    def init(self: Annotator, *args: object, **kwargs: object) -> None:
        built.append(1)
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Annotator, "__init__", init)
    return built


def test_no_changed_seed_builds_no_annotator(tmp_path: Path, registry: Registry,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path, {"a.txt": TEXT.format(what="fishing"), "b.txt": TEXT.format(what="gas")})
    settings = Settings.for_root(tmp_path, jobs=1)
    built = _counting(monkeypatch)
    assert site.annotate(settings, registry).annotated == {"created": 2}
    assert built == [1]
    # An edit to an article's front matter: the seeds are as they were.
    page = settings.articles_dir / "a.md"
    page.write_text(page.read_text().replace("venue: Oslo", "venue: Bergen"))
    assert site.annotate(settings, registry).annotated == {"skipped": 2}
    assert built == [1]
    (settings.seeds_dir / "b.txt").write_text(TEXT.format(what="fisheries"))
    assert site.annotate(settings, registry).annotated.get("updated") == 1
    assert built == [1, 1]


def test_a_torn_article_still_builds_the_annotator(tmp_path: Path, registry: Registry,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path, {"a.txt": TEXT.format(what="fishing")})
    settings = Settings.for_root(tmp_path, jobs=1)
    site.annotate(settings, registry)
    whole = (settings.articles_dir / "a.md").read_bytes()
    # A power cut after the run that created it, before its one flush: the journal names it.
    articles.write_pending(settings.state_dir, {"a": settings.seeds_dir / "a.txt"})
    (settings.articles_dir / "a.md").write_bytes(b"")
    built = _counting(monkeypatch)
    site.annotate(settings, registry)
    assert built == [1]
    assert (settings.articles_dir / "a.md").read_bytes() == whole


def test_a_build_told_no_seed_changed_reuses_the_last_annotation(tmp_path: Path, registry: Registry,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    make_site(tmp_path, {"a.txt": TEXT.format(what="fishing"), "b.pdf": b"%PDF-1.4"})
    settings = Settings.for_root(tmp_path, jobs=1)
    first = site.build(settings)
    assert first.annotation is not None and first.annotation.annotated.get("created") == 1
    seen = [str(p) for p in first.annotation.problems]
    assert seen  # the seed that is not text
    assert not site.seeds_to_annotate(settings)

    def refuse(*args: object, **kwargs: object) -> site.Result:
        raise AssertionError("annotated although the caller said no seed changed")

    monkeypatch.setattr(site, "annotate", refuse)
    page = settings.articles_dir / "a.md"
    page.write_text(page.read_text().replace("venue: Oslo", "venue: Bergen"))
    again = site.build(settings, annotated=first.annotation)
    assert [str(p) for p in again.problems[:len(seen)]] == seen  # reported as before
    assert "bergen" in (settings.docs_dir / "data/meetings.json").read_text().lower()
    # A run cut short, or another registry, is annotated whatever the caller says.
    articles.write_pending(settings.state_dir, {"a": settings.seeds_dir / "a.txt"})
    with pytest.raises(AssertionError):
        site.build(settings, annotated=first.annotation)
    articles.clear_pending(settings.state_dir)
    first.annotation.registry = "another"
    with pytest.raises(AssertionError):
        site.build(settings, annotated=first.annotation)


def test_seeds_to_annotate_sees_a_new_or_changed_seed(tmp_path: Path, registry: Registry) -> None:
    make_site(tmp_path, {"a.txt": TEXT.format(what="fishing")})
    settings = Settings.for_root(tmp_path, jobs=1)
    site.annotate(settings, registry)
    assert not site.seeds_to_annotate(settings)
    (settings.seeds_dir / "b.txt").write_text(TEXT.format(what="gas"))
    assert site.seeds_to_annotate(settings)
    site.annotate(settings, registry)
    assert not site.seeds_to_annotate(settings)
    (settings.seeds_dir / "a.txt").write_text(TEXT.format(what="fisheries"))
    assert site.seeds_to_annotate(settings)
