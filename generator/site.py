"""The whole pipeline, top to bottom: ingest, annotate, write once, load, group, render, write.

Each stage takes its input and returns its output; nothing is shared but what is passed.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import urls
from generator.annotate import Annotator
from generator.cache import Store
from generator.catalog import Catalog, build_catalog
from generator.config import Settings
from generator.grouping import group_reports, splits_of
from generator.incremental import annotator_key, cached_registry, changed_seeds, load_corpus, render_epoch
from generator.ingest import find_seeds
from generator.load import load_articles
from generator.model import Problem
from generator.registry import Registry, load_registry
from generator.render import environment, render_panel, render_site
from generator.render_cache import SKIPPED, Selective, Signer
from generator.review import Review, build_review
from generator.workers import SeedJob, annotate_seeds, fork_map
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
    job = _PageJob(settings, catalog, review, name, epoch, last.get("signatures", {}), details, manifest)
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


@dataclass
class _Produced:
    """What one renderer process did with its share of the pages."""

    signatures: dict[str, str] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)
    """Generated files (relative to the site root) this share owns, written or kept."""
    written: int = 0
    rendered: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _PageJob:
    """Render and write one share of the pages: those whose path hashes to `part` of `parts`.

    Each page is rendered only when its signature differs from the last build's (or its file is
    gone); otherwise the file on disk is kept. Shares run in forked processes that see the same
    catalog, so splitting the pages costs nothing but the fork.
    """

    settings: Settings
    catalog: Catalog
    review: Review
    site_name: str
    epoch: str
    old: dict[str, str]
    """Page signatures of the last build."""
    details: dict[str, dict[str, Any]]
    """stem -> annotation record, for the article panels."""
    manifest: Manifest
    """The build's manifest (each forked share writes to its own copy and reports its files).
    Shared rather than read again per share: opening a manifest clears leftover temporaries,
    which must never happen while another share is writing."""

    def run(self, part: int, parts: int) -> _Produced:
        out = _Produced()
        signer = Signer(self.catalog, self.epoch)
        manifest = self.manifest

        def mine(key: str) -> bool:
            return parts == 1 or zlib.crc32(key.encode("utf-8")) % parts == part

        def wanted(key: str, target: Path, context: dict[str, Any]) -> bool:
            if not mine(key):
                return False
            signature = signer.page(context)
            if signature is not None:
                out.signatures[key] = signature
            return signature is None or self.old.get(key) != signature or not target.exists()

        env = environment(self.settings.template_dirs)
        docs = self.settings.docs_dir
        pages = Selective(env, lambda path, ctx: wanted(path, docs / path, ctx))
        for page in render_site(self.catalog, self.review, pages, self.site_name):  # type: ignore[arg-type]
            if mine(page.path):
                _write(manifest, docs / page.path, page.content, out)
        panels = Selective(env, lambda path, ctx: wanted(
            "panel:" + path, panel_path(self.settings, Path(path).stem), ctx))
        for stem in self.catalog.articles:
            if mine("panel:" + urls.article(stem)):
                panel = render_panel(self.catalog, stem, self.details.get(stem), panels)  # type: ignore[arg-type]
                _write(manifest, panel_path(self.settings, stem), panel, out)
        out.files |= manifest.current
        return out


def _write(manifest: Manifest, target: Path, content: str | bytes, out: _Produced) -> None:
    """Write a rendered file, or keep the one on disk when its render was skipped as unchanged."""
    if content is SKIPPED:
        # Paths under the (resolved) site root: cheaper than Manifest.claim's resolve() per file.
        out.files.add(target.relative_to(manifest.root).as_posix())
        return
    out.rendered += 1
    try:
        out.written += manifest.write(target, content)
    except FileExistsError as exc:
        rel, _, message = str(exc).partition(": ")
        out.problems.append(Problem(rel, message))


def _all_present(settings: Settings, manifest: Manifest) -> bool:
    """A deleted generated file must be written again even when no input changed."""
    return bool(manifest.previous) and all((settings.root / rel).is_file() for rel in manifest.previous)


def panel_path(settings: Settings, stem: str) -> Path:
    """Article panels live with the generator's state: the article file itself is the researcher's."""
    return settings.state_dir / "panels" / f"{stem}.html"


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


