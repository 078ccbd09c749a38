"""New articles skip their own flush; a power cut before the run's one flush costs nothing.

A power cut can leave a file that was renamed into place but never flushed empty or cut short.
These tests make such files by hand after a run that stopped before its final flush, and check
that the next run regenerates them, while a researcher's edit is still kept.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline as site
from generator import writer
from generator.build import workers
from generator.config import Settings
from generator.corpus import articles
from generator.corpus.registry import Registry
from tests.conftest import make_site

TEXT = ("{who} meets counterpart in Oslo\n\nOSLO, May 4 (Reuters) - Norway's Foreign Minister "
        "Anniken Huitfeldt met Sweden's Foreign Minister Ann Linde in Oslo on Tuesday to discuss "
        "{who}.\n")
STEMS = ["a_empty", "b_cut", "c_no_record", "d_intact", "e_edited", "f_zeros"]


class PowerCut(Exception):
    """Stands in for the machine stopping before the run's final flush."""


def _site(tmp_path: Path) -> Settings:
    make_site(tmp_path, {f"{stem}.txt": TEXT.format(who=stem.split("_")[1]) for stem in STEMS})
    return Settings.for_root(tmp_path, jobs=1)


def _annotated_then_wiped(tmp_path: Path, registry: Registry) -> tuple[Settings, dict[str, bytes]]:
    """A site annotated once (its files as `reference`), then with every article and record gone."""
    settings = _site(tmp_path)
    site.annotate(settings, registry)
    reference = _snapshot(settings)
    for path in [*settings.articles_dir.glob("*.md"), *(settings.state_dir / "annotations").glob("*")]:
        path.unlink()
    return settings, reference


def _snapshot(settings: Settings) -> dict[str, bytes]:
    files = [*settings.articles_dir.glob("*.md"), *(settings.state_dir / "annotations").glob("*")]
    return {str(p.relative_to(settings.root)): p.read_bytes() for p in files}


def test_new_articles_are_flushed_once_per_run_not_once_per_file(
        tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _site(tmp_path)
    writes: list[tuple[str, bool]] = []
    syncs: list[int] = []
    real = writer.atomic_write

    def record(path: Path, data: str | bytes, durable: bool = True) -> None:
        writes.append((path.name, durable))
        real(path, data, durable)

    real_create = articles.create_new

    def create(path: Path, data: str) -> bool:
        writes.append((path.name, False))  # written in place, never flushed on its own
        return real_create(path, data)

    monkeypatch.setattr(writer, "atomic_write", record)
    monkeypatch.setattr(articles, "atomic_write", record)
    monkeypatch.setattr(articles, "create_new", create)
    monkeypatch.setattr(workers, "flush_everything", lambda: syncs.append(1))
    assert site.annotate(settings, registry).annotated == {"created": len(STEMS)}
    assert sorted(writes) == sorted([(articles.PENDING, True)] + [
        (f"{stem}.{ext}", False) for stem in STEMS for ext in ("md", "json")])
    assert syncs == [1] and not articles.pending_path(settings.state_dir).exists()
    path = settings.articles_dir / "d_intact.md"
    path.write_text(path.read_text().replace("venue: Oslo", "venue: Bergen"))
    writes.clear()
    (settings.seeds_dir / "d_intact.txt").write_text(TEXT.format(who="more"))
    assert site.annotate(settings, registry).annotated == {"updated": 1, "skipped": len(STEMS) - 1}
    assert writes == [("d_intact.md", True), ("d_intact.json", True)]  # a researcher's file
    assert syncs == [1]


def test_articles_torn_by_a_power_cut_are_regenerated_and_edits_kept(
        tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    settings, reference = _annotated_then_wiped(tmp_path, registry)

    def cut() -> None:
        raise PowerCut

    monkeypatch.setattr(workers, "flush_everything", cut)
    with pytest.raises(PowerCut):
        site.annotate(settings, registry)
    assert set(articles.read_pending(settings.state_dir)) == set(STEMS)
    monkeypatch.undo()
    art = settings.articles_dir
    (art / "a_empty.md").write_bytes(b"")
    whole = (art / "b_cut.md").read_bytes()
    (art / "b_cut.md").write_bytes(whole[:len(whole) // 2])
    (art / "c_no_record.md").write_bytes(b"")
    articles.record_path(settings.state_dir, "c_no_record").unlink()
    (art / "f_zeros.md").write_bytes(b"---\ntitle: " + b"\0" * 300)
    edited = (art / "e_edited.md").read_text().replace("venue: Oslo", "venue: Bergen")
    (art / "e_edited.md").write_text(edited)

    result = site.annotate(settings, registry)
    assert result.annotated.get("created") == 4  # a, b, c and f; d and e are left as they are
    assert not articles.pending_path(settings.state_dir).exists()
    after = _snapshot(settings)
    changed = {k for k in reference if after.get(k) != reference[k]}
    # the edit is kept; its record now notes the conflict, as after any re-annotation
    assert changed == {"docs/articles/e_edited.md", ".generator/annotations/e_edited.json"}
    assert (art / "e_edited.md").read_text() == edited


def test_a_cut_short_article_is_a_researchers_once_the_run_completed(
        tmp_path: Path, registry: Registry) -> None:
    settings = _site(tmp_path)
    site.annotate(settings, registry)
    path = settings.articles_dir / "b_cut.md"
    whole = path.read_bytes()
    path.write_bytes(whole[:whole.index(b"<div")])  # the researcher cut the text on purpose
    settings = Settings.for_root(tmp_path, jobs=1, refresh=True)
    site.annotate(settings, registry)
    assert path.read_bytes() == whole[:whole.index(b"<div")]


def test_a_run_stopped_midway_flushes_and_leaves_no_journal(
        tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.annotate import Annotator
    from generator.corpus.ingest import find_seeds

    settings = _site(tmp_path)
    syncs: list[int] = []
    monkeypatch.setattr(workers, "flush_everything", lambda: syncs.append(1))
    seeds, _ = find_seeds(settings.seeds_dir)
    job = workers.SeedJob(Annotator(registry), settings.articles_dir, settings.state_dir, "a", "r")
    run = workers.annotate_seeds(seeds, job, workers=1)
    assert next(run).outcome == "created"
    assert articles.pending_path(settings.state_dir).exists()
    run.close()  # a caller that stops reading (Ctrl-C, a failure) after the first article
    assert syncs == [1] and not articles.pending_path(settings.state_dir).exists()


class Killed(BaseException):
    """Stands in for a worker killed outright: nothing of the code it ran cleans up after it."""


def test_an_article_cut_short_by_a_killed_run_is_regenerated(
        tmp_path: Path, registry: Registry, monkeypatch: pytest.MonkeyPatch) -> None:
    settings, reference = _annotated_then_wiped(tmp_path, registry)
    real = articles.create_new

    def killed_midway(path: Path, data: str) -> bool:
        if path.name == "c_no_record.md":
            path.write_text(data[:len(data) // 3], encoding="utf-8")  # half a page, then gone
            raise Killed
        return real(path, data)

    monkeypatch.setattr(articles, "create_new", killed_midway)
    with pytest.raises(Killed):
        site.annotate(settings, registry)
    # the articles before it are whole, but only the outcomes that came back say so
    assert set(articles.read_pending(settings.state_dir)) == set(STEMS)
    monkeypatch.undo()
    again = site.annotate(settings, registry).annotated
    assert sum(again.values()) == len(STEMS)  # each seed counted once, re-checked or skipped
    assert not articles.pending_path(settings.state_dir).exists()
    assert _snapshot(settings) == reference


def test_a_new_file_is_created_whole_and_only_where_none_is(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "made" / "here.md"
    assert articles.create_new(path, "first") and path.read_text() == "first"
    assert not articles.create_new(path, "second") and path.read_text() == "first"
    assert sorted(p.name for p in path.parent.iterdir()) == ["here.md"]  # no temporary left

    real_write = writer.os.write

    def interrupted(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data)[:3])  # part of the bytes reach the temporary, then a stop
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.os, "write", interrupted)
    with pytest.raises(KeyboardInterrupt):
        articles.create_new(tmp_path / "made" / "other.md", "text of the article")
    assert sorted(p.name for p in path.parent.iterdir()) == ["here.md"]  # absent, never cut short


def test_without_hard_links_a_new_file_still_never_replaces_one(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_: object) -> None:
        raise PermissionError("this file system has no hard links")

    monkeypatch.setattr(writer.os, "link", no_links)
    path = tmp_path / "here.md"
    assert articles.create_new(path, "first") and path.read_text() == "first"
    assert not articles.create_new(path, "second") and path.read_text() == "first"
    assert [p.name for p in tmp_path.iterdir()] == ["here.md"]


def test_a_stopped_parallel_run_journals_the_seeds_whose_outcome_did_not_come_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.corpus.ingest import Seed

    class Stamps(workers.SeedJob):
        def run(self, seeds: list[Seed]) -> list[workers.SeedOutcome]:
            if any(s.stem == "199" for s in seeds):
                raise RuntimeError("a worker stopped in the middle of its last share")
            return [workers.SeedOutcome(outcome="created") for _ in seeds]

    monkeypatch.setattr(workers, "flush_everything", lambda: None)
    (tmp_path / "state").mkdir()
    seeds = [Seed(f"{i:03d}", tmp_path / f"{i:03d}.txt") for i in range(200)]
    job = Stamps(None, tmp_path / "articles", tmp_path / "state", "a", "r")  # type: ignore[arg-type]
    run = workers.annotate_seeds(seeds, job, workers=2)
    with pytest.raises(RuntimeError):
        list(run)
    left = set(articles.read_pending(tmp_path / "state"))
    last = next(chunk for chunk in workers._chunks(seeds, 2) if "199" in {s.stem for s in chunk})
    assert left == {s.stem for s in last}  # every share but the one that failed came back
