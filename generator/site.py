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
from generator import urls
from generator.annotate import ANNOTATOR_VERSION, Annotator
from generator.catalog import build_catalog
from generator.config import Settings
from generator.grouping import group_reports, splits_of
from generator.ingest import Seed, find_seeds, read_seed
from generator.load import load_articles
from generator.model import Problem, SourceDoc
from generator.registry import Registry, load_registry
from generator.render import environment, render_panel, render_site
from generator.review import build_review
from generator.workers import annotate_all
from generator.writer import Manifest, remove_stale_temporaries, write_if_changed

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
    removed: list[str] = field(default_factory=list)
    articles: int = 0
    meetings: int = 0

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


def build(settings: Settings, progress: Progress | None = None) -> Result:
    registry, problems = load_registry(settings.registry_file)
    result = annotate(settings, registry, progress)
    rendered = render(settings, registry, progress)
    rendered.problems[:0] = problems + result.problems
    rendered.annotated = result.annotated
    return rendered


def annotate(settings: Settings, registry: Registry | None = None,
             progress: Progress | None = None) -> Result:
    """seeds/* -> docs/articles/<stem>.md, skipping seeds whose cached annotation is current."""
    result = Result()
    if registry is None:
        registry, result.problems = load_registry(settings.registry_file)
    remove_stale_temporaries(settings.articles_dir)
    seeds, found = find_seeds(settings.seeds_dir)
    result.problems += found
    todo = _changed_seeds(settings, seeds, registry, result)
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
            target, settings.state_dir, doc, ann, ANNOTATOR_VERSION, registry.fingerprint)
        result.problems += issues
        result.annotated[outcome] = result.annotated.get(outcome, 0) + 1
    return result


def _changed_seeds(settings: Settings, seeds: list[Seed], registry: Registry, result: Result) -> list[Seed]:
    """Seeds whose bytes, annotator version or registry changed since their last annotation."""
    todo = []
    for seed in seeds:
        record = article_files.load_record(settings.state_dir, seed.stem)
        article = settings.articles_dir / f"{seed.stem}.md"
        if record is not None and article.exists() and not settings.refresh:
            try:
                digest = hashlib.sha256(seed.path.read_bytes()).hexdigest()
            except OSError:
                digest = ""
            if record.current(digest, ANNOTATOR_VERSION, registry.fingerprint):
                result.annotated["skipped"] = result.annotated.get("skipped", 0) + 1
                continue
        todo.append(seed)
    return todo


def render(settings: Settings, registry: Registry | None = None,
           progress: Progress | None = None) -> Result:
    """docs/articles/*.md -> generated pages, data files and article panels."""
    result = Result()
    if registry is None:
        registry, result.problems = load_registry(settings.registry_file)
    articles, problems = load_articles(settings.articles_dir, registry)
    result.problems += problems
    reports = [r for a in articles for r in a.reports]
    meetings = group_reports(reports, splits_of(articles))
    records = {a.stem: (article_files.load_record(settings.state_dir, a.stem) or None) for a in articles}
    details = {s: (r.__dict__ if r else {}) for s, r in records.items()}
    mentions = {s: d.get("details", {}).get("mentioned", []) for s, d in details.items()}
    catalog = build_catalog(meetings, articles, registry, mentions, details)
    review = build_review(catalog, details, result.problems)
    env = environment(settings.template_dirs)
    manifest = Manifest(settings.state_dir / "manifest.json", settings.root)
    pages = list(render_site(catalog, review, env, site_name(settings)))
    for n, page in enumerate(pages, 1):
        try:
            result.written += manifest.write(settings.docs_dir / page.path, page.content)
        except FileExistsError as exc:
            result.problems.append(Problem(f"docs/{page.path}", str(exc).split(": ", 1)[1]))
        if progress and n % 500 == 0:
            progress("render", n, len(pages))
    for a in articles:
        panel = render_panel(catalog, a.stem, details.get(a.stem), env)
        result.written += manifest.write(panel_path(settings, a.stem), panel)
    result.removed = manifest.remove_stale()
    manifest.save()
    result.articles, result.meetings = len(articles), sum(1 for m in meetings if m.sources)
    return result


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


