"""The whole pipeline, top to bottom: ingest, annotate, write once, load, group, render, write.

Each stage takes its input and returns its output; nothing is shared but what is passed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.cache import Store
from generator.catalog import build_catalog
from generator.config import Settings
from generator.grouping import group_reports, splits_of
from generator.incremental import annotator_key, cached_registry, changed_seeds, load_corpus, render_epoch
from generator.ingest import find_seeds
from generator.load import load_articles
from generator.model import Problem
from generator.registry import Registry, load_registry
from generator.render_job import PageJob
from generator.review import build_review
from generator.workers import fork_map
from generator.writer import Manifest, remove_stale_temporaries

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): the CLI draws it; the library only reports."""


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

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def build(settings: Settings, progress: Progress | None = None) -> Result:
    registry, problems = cached_registry(settings, Store(settings.cache_dir))
    result = annotate(settings, registry, progress)
    rendered = render(settings, registry, progress)
    rendered.problems[:0] = problems + result.problems
    rendered.annotated = result.annotated
    return rendered


def annotate(settings: Settings, registry: Registry | None = None,
             progress: Progress | None = None) -> Result:
    """seeds/* -> docs/articles/<stem>.md, skipping seeds whose cached annotation is current."""
    from generator.annotate import Annotator  # the rules compile hundreds of patterns: only here
    from generator.workers import SeedJob, annotate_seeds

    result = Result()
    store = Store(settings.cache_dir)
    if registry is None:
        registry, result.problems = cached_registry(settings, store)
    remove_stale_temporaries(settings.articles_dir)
    seeds, found = find_seeds(settings.seeds_dir)
    result.problems += found
    annotator = annotator_key()
    todo = changed_seeds(settings, seeds, annotator, registry.fingerprint, store)
    if len(todo) < len(seeds):
        result.annotated["skipped"] = len(seeds) - len(todo)
    job = SeedJob(Annotator(registry), settings.articles_dir, settings.state_dir, annotator,
                  registry.fingerprint)
    read_problems: list[Problem] = []
    later: list[Problem] = []  # every read problem comes first, as when the parent read all seeds
    for done, outcome in enumerate(annotate_seeds(todo, job, settings.workers), 1):
        if progress:
            progress("annotate", done, len(todo))
        read_problems += outcome.read_problems
        later += outcome.problems
        if outcome.outcome is not None:
            result.annotated[outcome.outcome] = result.annotated.get(outcome.outcome, 0) + 1
    result.problems += read_problems + later
    return result


def render(settings: Settings, registry: Registry | None = None,
           progress: Progress | None = None) -> Result:
    """docs/articles/*.md -> generated pages, data files and article panels.

    Unchanged input renders nothing; otherwise only pages whose signature changed are rendered
    (see render_cache), so one edited article costs its own pages, not the whole site.
    """
    result = Result()
    store = Store(settings.cache_dir)
    if registry is None:
        registry, result.problems = cached_registry(settings, store)
    corpus = load_corpus(settings, registry, store, settings.workers)
    result.problems += corpus.problems
    name = site_name(settings)
    epoch = render_epoch(settings, registry, name)
    manifest = Manifest(settings.state_dir / "manifest.json", settings.root)
    last = store.get("render", epoch)
    last = last if isinstance(last, dict) else {}
    if last.get("inputs") == corpus.key and _all_present(settings, manifest) \
            and not any(p.severity == "error" for p in last.get("problems", [])):
        # Nothing changed and the last run wrote everything; after a failed run (e.g. a page
        # refused because a researcher's file stood in its place) look again, so it can recover.
        result.problems += last["problems"]
        result.articles, result.meetings = last["articles"], last["meetings"]
        return result
    articles, details = corpus.articles, corpus.details
    meetings = group_reports([r for a in articles for r in a.reports], splits_of(articles))
    mentions = {s: d.get("details", {}).get("mentioned", []) for s, d in details.items()}
    catalog = build_catalog(meetings, articles, registry, mentions, details)
    review = build_review(catalog, details, result.problems)
    job = PageJob(settings, catalog, review, name, epoch, last.get("signatures", {}), details, manifest)
    parts = settings.workers if len(articles) >= PARALLEL_RENDER else 1
    own_problems = len(result.problems)
    signatures: dict[str, str] = {}
    for done in fork_map(job.run, parts, here=True):
        signatures.update(done.signatures)
        manifest.current |= done.files
        result.written += done.written
        result.rendered += done.rendered
        result.problems += done.problems
    if progress:
        progress("render", result.rendered, result.rendered)
    result.removed = manifest.remove_stale()
    manifest.save()
    result.articles, result.meetings = len(articles), sum(1 for m in meetings if m.sources)
    store.put("render", epoch, {"inputs": corpus.key, "signatures": signatures,
                                "problems": result.problems[own_problems:],
                                "articles": result.articles, "meetings": result.meetings})
    return result


PARALLEL_RENDER = 300
"""Below this many articles, forking a second renderer costs more than it saves."""


def _all_present(settings: Settings, manifest: Manifest) -> bool:
    """A deleted generated file must be written again even when no input changed."""
    return bool(manifest.previous) and all((settings.root / rel).is_file() for rel in manifest.previous)


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


