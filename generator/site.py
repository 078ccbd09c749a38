"""The whole pipeline, top to bottom: ingest, annotate, write once, load, group, render, write.

Each stage takes its input and returns its output; nothing is shared but what is passed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator import articles as article_files
from generator.annotate import Annotator
from generator.cache import Store
from generator.catalog import build_catalog
from generator.config import Settings
from generator.grouping import group_reports, splits_of
from generator.incremental import annotator_key, cached_registry, load_corpus, render_epoch
from generator.ingest import Seed, find_seeds, read_seed
from generator.load import load_articles
from generator.model import Problem, SourceDoc
from generator.registry import Registry, load_registry
from generator.render import environment, render_panel, render_site
from generator.render_cache import SKIPPED, Selective, Signer
from generator.review import build_review
from generator.workers import annotate_all
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
    todo = _changed_seeds(settings, seeds, registry, annotator, result)
    docs: list[SourceDoc] = []
    for seed in todo:
        doc, issues = read_seed(seed)
        result.problems += issues
        if doc is not None:
            docs.append(doc)
    done = 0
    for doc, ann, error in annotate_all(docs, Annotator(registry), settings.workers):
        done += 1
        if progress:
            progress("annotate", done, len(docs))
        if ann is None:
            result.problems.append(Problem(f"seeds/{doc.path.name}", error, hint="please report this"))
            continue
        target = settings.articles_dir / f"{doc.stem}.md"
        outcome, issues, _ = article_files.write_article(
            target, settings.state_dir, doc, ann, annotator, registry.fingerprint)
        result.problems += issues
        result.annotated[outcome] = result.annotated.get(outcome, 0) + 1
    return result


def _changed_seeds(settings: Settings, seeds: list[Seed], registry: Registry, annotator: str,
                   result: Result) -> list[Seed]:
    """Seeds whose bytes, annotator (version or code) or registry changed since their last annotation."""
    todo = []
    for seed in seeds:
        record = article_files.load_record(settings.state_dir, seed.stem)
        article = settings.articles_dir / f"{seed.stem}.md"
        if record is not None and article.exists() and not settings.refresh:
            try:
                digest = hashlib.sha256(seed.path.read_bytes()).hexdigest()
            except OSError:
                digest = ""
            if record.current(digest, annotator, registry.fingerprint):
                result.annotated["skipped"] = result.annotated.get("skipped", 0) + 1
                continue
        todo.append(seed)
    return todo


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
    corpus = load_corpus(settings, registry, store)
    result.problems += corpus.problems
    name = site_name(settings)
    epoch = render_epoch(settings, registry, name)
    manifest = Manifest(settings.state_dir / "manifest.json", settings.root)
    last = store.get("render", epoch)
    last = last if isinstance(last, dict) else {}
    if last.get("inputs") == corpus.key and _all_present(settings, manifest):
        result.problems += last["problems"]
        result.articles, result.meetings = last["articles"], last["meetings"]
        return result
    articles, details = corpus.articles, corpus.details
    meetings = group_reports([r for a in articles for r in a.reports], splits_of(articles))
    mentions = {s: d.get("details", {}).get("mentioned", []) for s, d in details.items()}
    catalog = build_catalog(meetings, articles, registry, mentions, details)
    review = build_review(catalog, details, result.problems)
    signer, signatures = Signer(catalog, epoch), {}
    old: dict[str, str] = last.get("signatures", {})

    def wanted(key: str, target: Path, context: dict) -> bool:
        signature = signer.page(context)
        if signature is not None:
            signatures[key] = signature
        return signature is None or old.get(key) != signature or not target.exists()

    env = environment(settings.template_dirs)
    pages = Selective(env, lambda path, ctx: wanted(path, settings.docs_dir / path, ctx))
    own_problems = len(result.problems)
    for n, page in enumerate(render_site(catalog, review, pages, name), 1):  # type: ignore[arg-type]
        _write(manifest, settings.docs_dir / page.path, page.content, result)
        if progress and n % 500 == 0:
            progress("render", n, 0)
    panels = Selective(env, lambda path, ctx: wanted("panel:" + path, panel_path(settings, Path(path).stem),
                                                        ctx))
    for a in articles:
        panel = render_panel(catalog, a.stem, details.get(a.stem), panels)  # type: ignore[arg-type]
        _write(manifest, panel_path(settings, a.stem), panel, result)
    result.removed = manifest.remove_stale()
    manifest.save()
    result.articles, result.meetings = len(articles), sum(1 for m in meetings if m.sources)
    store.put("render", epoch, {"inputs": corpus.key, "signatures": signatures,
                                "problems": result.problems[own_problems:],
                                "articles": result.articles, "meetings": result.meetings})
    return result


def _write(manifest: Manifest, target: Path, content: str | bytes, result: Result) -> None:
    """Write a rendered file, or keep the one on disk when its render was skipped as unchanged."""
    if content is SKIPPED:
        manifest.claim(target)
        return
    result.rendered += 1
    try:
        result.written += manifest.write(target, content)
    except FileExistsError as exc:
        rel, _, message = str(exc).partition(": ")
        result.problems.append(Problem(rel, message))


def _all_present(settings: Settings, manifest: Manifest) -> bool:
    """A deleted generated file must be written again even when no input changed."""
    return bool(manifest.previous) and all((settings.root / rel).is_file() for rel in manifest.previous)


def panel_path(settings: Settings, stem: str) -> Path:
    """Article panels live with the generator's state: the article file itself is the researcher's."""
    return settings.state_dir / "panels" / f"{stem}.md"


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


