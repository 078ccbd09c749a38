"""The whole pipeline, top to bottom: ingest, annotate, write once, load, group, render, write.

Each stage takes its input and returns its output; nothing is shared but what is passed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from generator.build.cache import Deferred, Store, files_digest
from generator.build.incremental import (
    Loaded,
    cached_registry,
    changed_seeds,
    load_corpus,
    render_epoch,
)
from generator.build.memory import frozen_heap, paused_gc
from generator.build.render_job import PANEL_KEY, PageJob, compile_templates, compiled_templates, panel_stem
from generator.build.workers import fork_map
from generator.config import PACKAGE_DIR, Settings
from generator.corpus import articles as article_files
from generator.corpus.ingest import find_seeds
from generator.corpus.load import load_articles
from generator.corpus.registry import Registry, load_registry
from generator.knowledge.catalog import Catalog, build_catalog
from generator.knowledge.grouping import Grouping, group, splits_of
from generator.knowledge.review import Review, build_review
from generator.model import Problem
from generator.site import search_index
from generator.site.scope import Before, Scope, edit_scope, shape
from generator.writer import Manifest, remove_stale_temporaries

if TYPE_CHECKING:  # the rules compile hundreds of patterns on import: a render never needs them
    from generator.annotate import Annotator

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): the CLI draws it; the library only reports."""


def annotator_key() -> str:
    """The annotator's version plus its source and its confidence model: a rule edited without a
    version bump, or a retrained model, still counts."""
    from generator.annotate import ANNOTATOR_VERSION  # importing the rules compiles them: not for render
    from generator.annotate.confidence import MODEL_FILE

    files = [*sorted((PACKAGE_DIR / "annotate").glob("*.py")), MODEL_FILE]
    return f"{ANNOTATOR_VERSION}+{files_digest(files)[:12]}"


@dataclass
class Result:
    """What a run did, for the CLI to print and for tests to check."""

    problems: list[Problem] = field(default_factory=list)
    annotated: dict[str, int] = field(default_factory=dict)
    """created / updated / unchanged / kept / adopted / skipped -> count."""
    written: int = 0
    rendered: int = 0
    """Files produced this run (templates and data); unchanged pages are skipped, not counted."""
    removed: list[str] = field(default_factory=list)
    articles: int = 0
    meetings: int = 0
    partial: bool = False
    """Only the pages that edits reached were looked at (the rest kept as they were)."""
    annotation: Result | None = None
    """What `build`'s annotation step found (its own result), for a caller that may reuse it."""
    registry: str = ""
    """The fingerprint of the registry an annotation step used."""
    loaded: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    """stem -> the load step's entry of each article an annotation step created, handed over so
    the render need not read and parse it again (`load_corpus`)."""

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def unique_problems(self) -> list[Problem]:
        """Each problem once, in the order found: annotate and render may find the same one, and
        the command line and the MkDocs plugin must report the same lines."""
        return list(dict.fromkeys(self.problems))


def build(settings: Settings, progress: Progress | None = None, annotated: Result | None = None) -> Result:
    """Annotate, then render.

    `annotated`: the annotation step's result of an earlier build (its `annotation`), which the
    caller knows is still current: no seed and not the registry changed since, and no run was cut
    short (`mkdocs serve --dirty`, whose watch sees every change to `seeds/`). Its problems are
    reported again and the seeds are not looked at: ten thousand of them took half a second to
    list and check, on every rebuild after an edit to an article's front matter.
    """
    registry, problems = cached_registry(settings, Store(settings.cache_dir))
    if annotated is not None and (annotated.registry != registry.fingerprint
                                  or article_files.pending_path(settings.state_dir).exists()):
        annotated = None
    result = annotated if annotated is not None else annotate(settings, registry, progress)
    rendered = render(settings, registry, progress, handed=result.loaded if annotated is None else None)
    result.loaded = {}  # a caller may keep the annotation's result: not the articles
    rendered.problems[:0] = problems + result.problems
    rendered.annotated = result.annotated if annotated is None \
        else {"skipped": sum(result.annotated.values())}
    rendered.annotation = result
    return rendered


def seeds_to_annotate(settings: Settings) -> bool:
    """Whether an annotation step would have anything to do: a seed new or changed since its last
    annotation, the registry or the annotator changed, or a run was cut short."""
    store = Store(settings.cache_dir)
    registry, _ = cached_registry(settings, store)
    seeds, _ = find_seeds(settings.seeds_dir)
    return bool(changed_seeds(settings, seeds, annotator_key(), registry.fingerprint, store)) \
        or article_files.pending_path(settings.state_dir).exists()


def annotate(settings: Settings, registry: Registry | None = None,
             progress: Progress | None = None) -> Result:
    """seeds/* -> docs/articles/<stem>.md, skipping seeds whose cached annotation is current."""
    from generator.build.workers import SeedJob, annotate_seeds

    result = Result()
    store = Store(settings.cache_dir)
    if registry is None:
        registry, result.problems = cached_registry(settings, store)
    remove_stale_temporaries(settings.articles_dir)
    remove_stale_temporaries(settings.state_dir / "annotations", recursive=False)  # records of a killed run
    result.registry = registry.fingerprint
    seeds, found = find_seeds(settings.seeds_dir)
    result.problems += found
    annotator = annotator_key()
    todo = changed_seeds(settings, seeds, annotator, registry.fingerprint, store)
    if len(todo) < len(seeds):
        result.annotated["skipped"] = len(seeds) - len(todo)
    job = SeedJob(None, settings.articles_dir, settings.state_dir, annotator, registry.fingerprint,
                  make_annotator=partial(_make_annotator, registry), registry=registry)
    read_problems: list[Problem] = []
    later: list[Problem] = []  # every read problem comes first, as when the parent read all seeds
    done = 0
    # The outcomes received here stay alive (the articles handed to the render among them): at
    # 10,000 articles the collector walked them 700 times, 0.26 CPU-s, and found nothing. The
    # workers collect as usual (workers._install).
    with paused_gc():
        for done, outcome in enumerate(annotate_seeds(todo, job, settings.workers), 1):
            if progress:
                progress("annotate", done, len(todo))
            read_problems += outcome.read_problems
            later += outcome.problems
            if outcome.loaded is not None:
                result.loaded[outcome.loaded[0]] = outcome.loaded[1]
            if outcome.outcome is not None:
                result.annotated[outcome.outcome] = result.annotated.get(outcome.outcome, 0) + 1
    # After a stopped run, seeds it may have been writing are done again (SeedJob.journal):
    # they were counted as skipped above.
    redone = min(max(done - len(todo), 0), result.annotated.get("skipped", 0))
    if redone:
        result.annotated["skipped"] -= redone
        if not result.annotated["skipped"]:
            del result.annotated["skipped"]
    result.problems += read_problems + later
    return result


def _make_annotator(registry: Registry) -> Annotator:
    """The annotator, built only when a seed is to be annotated (SeedJob.ready)."""
    from generator.annotate import Annotator  # the rules compile hundreds of patterns: only here

    return Annotator(registry)


def render(settings: Settings, registry: Registry | None = None,
           progress: Progress | None = None, handed: dict[str, tuple[Any, ...]] | None = None
           ) -> Result:
    """docs/articles/*.md -> generated pages, data files and article panels.

    Unchanged input renders nothing. After a few edits, the last build's grouping is replayed
    (grouping.group) and only the pages the edits reach are looked at (scope); otherwise every
    page is, and only those whose signature changed are written (render_cache). `handed`: the
    articles an annotation step just created, as loaded (`Result.loaded`).
    """
    store = Store(settings.cache_dir)
    deferred = Deferred(store)  # caches written by forked children while the render goes on
    try:
        result = _render(settings, registry, progress, store, deferred, handed)
    finally:
        deferred.wait()
    if settings.search_index:
        search_index.update(settings.docs_dir, settings.cache_dir, settings.search_listings,
                            settings.search_paragraphs)
    return result


def _render(settings: Settings, registry: Registry | None, progress: Progress | None, store: Store,
            deferred: Deferred, handed: dict[str, tuple[Any, ...]] | None = None) -> Result:
    result = Result()
    # First: after an interrupted run it clears the state folder's temporaries, and the
    # deferred cache writers' must not be among them.
    manifest = Manifest(settings.state_dir / "manifest.json", settings.root)
    with paused_gc():  # everything built here stays alive until the pages are written
        if registry is None:
            registry, result.problems = cached_registry(settings, store)
        corpus = load_corpus(settings, registry, store, settings.workers, deferred, handed)
        result.problems += corpus.problems
        name = site_name(settings)
        epoch = render_epoch(settings, registry, name)
        last = store.get("render", epoch)
        last = last if isinstance(last, dict) else {}
        present = _all_present(settings, manifest)
        if last.get("inputs") == corpus.key and present \
                and not any(p.severity == "error" for p in last.get("problems", [])):
            # Nothing changed and the last run wrote everything; after a failed run (e.g. a page
            # refused because a researcher's file stood in its place) look again, so it can recover.
            result.problems += last["problems"]
            result.articles, result.meetings = last["articles"], last["meetings"]
            return result
        # Templates are compiled once into the cache; on a first render that takes a few tenths
        # of a second, done by a child on the core the grouping leaves idle.
        compiling = None if compiled_templates(settings, epoch).is_dir() \
            else deferred.start(lambda: compile_templates(settings, epoch))
        plan = _plan(settings, store, epoch, corpus, registry, last if present else {}, result.problems)
        # The next edit replays this grouping. Its key is this render's inputs, so it is used only
        # with a render saved with the same inputs (below): a render that fails never pairs with it.
        deferred.put(lambda: [("grouping", epoch, (corpus.key, plan.grouping.trace, shape(plan.catalog)))])
        # Still paused: the objects made so far are frozen (below) before any collection could
        # walk them; the first one after the pause walked a million of them (a quarter second of an edit).
        job = PageJob(settings, plan.catalog, plan.review, name, epoch, last.get("signatures", {}),
                      corpus.records, manifest, plan.scope,  # type: ignore[arg-type]
                      broken=unreadable(corpus.problems, plan.catalog.articles))
        parts = settings.workers if len(corpus.articles) >= PARALLEL_RENDER else 1
        if compiling is not None:
            deferred.wait(compiling)
        compile_templates(settings, epoch)  # all there: a check (or what a failed child left)
        own_problems = len(result.problems)
        signatures: dict[str, str] = {}
        groups: dict[str, str] = {}
        with frozen_heap():
            for done in fork_map(job.run, parts, here=True):
                signatures.update(done.signatures)
                groups.update(done.groups)
                manifest.current |= done.files
                result.written += done.written
                result.rendered += done.rendered
                result.problems += done.problems
    if plan.scope is not None:
        result.partial = True
        signatures, groups = _carry_over(plan, last, manifest, signatures, groups)
    if progress:
        progress("render", result.rendered, result.rendered)
    result.removed = manifest.remove_stale()
    manifest.save()
    result.articles = len(corpus.articles)
    result.meetings = sum(1 for m in plan.grouping.meetings if m.sources)
    with paused_gc():
        store.put("render", epoch, {"inputs": corpus.key, "signatures": signatures, "groups": groups,
                                    "problems": result.problems[own_problems:],
                                    "articles": result.articles, "meetings": result.meetings})
    return result


EDIT_SHARE = 10
"""Edits to more than one article in this many are rendered as a whole: the scope would be most
of the site anyway."""


@dataclass
class _Plan:
    """What a render will show and, after an edit, which part of it to look at."""

    grouping: Grouping
    catalog: Catalog
    review: Review
    scope: Scope | None


def _plan(settings: Settings, store: Store, epoch: str, corpus: Loaded, registry: Registry,
          last: dict[str, Any], problems: list[Problem]) -> _Plan:
    """Group, index and review the corpus, replaying the last build's grouping when it can."""
    articles = corpus.articles
    kept = store.get("grouping", epoch) if last else None
    few = len(corpus.before) <= max(50, len(articles) // EDIT_SHARE)
    trace, was = None, None
    if isinstance(kept, tuple) and len(kept) == 3 and kept[0] == last.get("inputs") and few:
        _, trace, was = kept
    old = {m.id: m for m in trace.meetings.values()} if trace is not None else {}
    changed = {stem: article.reports if article else [] for stem, (article, _) in corpus.before.items()}
    grouping = group([r for a in articles for r in a.reports], splits_of(articles), trace, changed)
    catalog = build_catalog(grouping.meetings, articles, registry, corpus.facts)
    review = build_review(catalog, corpus.facts, problems)
    scope = None
    if grouping.replayed and was is not None:
        before = Before({i: old[i] for i in grouping.gone if i in old}, corpus.before, was)
        scope = edit_scope(catalog, grouping.fresh, before, corpus.facts)
    return _Plan(grouping, catalog, review, scope)


def _carry_over(plan: _Plan, last: dict[str, Any], manifest: Manifest, signatures: dict[str, str],
                groups: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """After an edit, keep every page (file, signature, group) outside the groups it reached."""
    scope = plan.scope
    assert scope is not None
    old_groups: dict[str, str] = last.get("groups", {})
    reached = {path for path, group in old_groups.items() if group in scope}
    manifest.current |= {rel for rel in manifest.previous
                         if not (rel.startswith("docs/") and rel[5:] in reached)}
    articles = plan.catalog.articles
    kept = {key: sig for key, sig in last.get("signatures", {}).items()
            if key not in reached and (not key.startswith(PANEL_KEY) or panel_stem(key) in articles)}
    kept.update(signatures)
    old_groups = {path: group for path, group in old_groups.items() if path not in reached}
    old_groups.update(groups)
    return kept, old_groups


def unreadable(problems: list[Problem], loaded: Iterable[str]) -> dict[str, list[str]]:
    """stem -> errors of each article file that is there but could not be read (the site leaves
    it out, and its page must say so rather than show the panel of its last good build)."""
    prefix, known = "docs/articles/", set(loaded)
    broken: dict[str, list[str]] = {}
    for problem in problems:
        stem = problem.path[len(prefix):-3]
        if problem.severity == "error" and problem.path.startswith(prefix) \
                and problem.path.endswith(".md") and "/" not in stem and stem not in known:
            broken.setdefault(stem, []).append(str(problem))
    return broken


PARALLEL_RENDER = 300
"""Below this many articles, forking a second renderer costs more than it saves."""


def _all_present(settings: Settings, manifest: Manifest) -> bool:
    """A deleted generated file must be written again even when no input changed."""
    root = f"{settings.root}/"
    return bool(manifest.previous) and all(os.path.isfile(root + rel) for rel in manifest.previous)


def site_name(settings: Settings) -> str:
    import yaml

    try:
        text = (settings.root / "mkdocs.yml").read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith("site_name:"):
                return str(yaml.safe_load(line.split(":", 1)[1]) or "Diplomatic meetings")
    except OSError:
        pass
    return "Diplomatic meetings"


def check(settings: Settings) -> Result:
    """Validate front matter and registry without writing anything."""
    registry, problems = load_registry(settings.registry_file)
    _, found = load_articles(settings.articles_dir, registry)
    return Result(problems=problems + found)


