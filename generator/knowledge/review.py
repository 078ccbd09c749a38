"""The review queue: what a researcher should look at first, each with its evidence and a link."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.knowledge.catalog import Catalog
from generator.model import Problem
from generator.site.facts import ArticleFacts


@dataclass
class Review:
    """Rows for the review page, grouped by kind of doubt."""

    problems: list[dict[str, str]] = field(default_factory=list)
    unknown: list[dict[str, Any]] = field(default_factory=list)
    low: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    no_meeting: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(x) for x in (self.problems, self.unknown, self.low, self.conflicts,
                                    self.no_meeting))


def build_review(catalog: Catalog, facts: dict[str, ArticleFacts], problems: list[Problem]) -> Review:
    """Every doubt, with the evidence sentence and the article (or meeting) to open."""
    review = Review()
    for p in problems:
        where = f"{p.path}:{p.line}" if p.line else p.path
        stem = p.path.removeprefix("docs/articles/").removesuffix(".md")
        review.problems.append({"where": where, "text": str(p)[len(where) + 2:],
                                "stem": stem if stem in catalog.articles else None})
    found: list[dict[str, Any]] = []
    for stem, known in sorted(facts.items()):
        if stem not in catalog.articles:
            continue
        found += known.unknown
        review.low += known.low
        review.conflicts += known.conflicts
    review.unknown = _unknown_people(catalog, found)
    for m in catalog.meetings:
        for name, values in m.conflicts.items():
            shown = "; ".join(f"{s}: {_plain(v)}" for s, v in values.items())
            review.conflicts.append({"stem": None, "meeting": m, "field": name, "values": shown})
    review.no_meeting = [s for s, ms in sorted(catalog.by_article.items())
                         if not any(s in m.sources for m in ms)]
    return review


def _unknown_people(catalog: Catalog, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per person the site shows as not in the registry, so that the review's count is
    the site's: the annotator's finding (title, sentence) where it has one, else the first article
    that names them (in its front matter, or only in its text)."""
    first_found: dict[object, dict[str, Any]] = {}
    for row in found:
        first_found.setdefault(row.get("name"), row)
    rows = []
    for view in sorted(catalog.people.values(), key=lambda v: v.name):
        if view.known:
            continue
        row = first_found.get(view.name)
        if row is None:
            first = view.meetings[0] if view.meetings else None
            stems = (first.sources or first.recalled_in) if first else view.mentioned_in
            if not stems:
                continue
            row = {"name": view.name, "title": "named in front matter" if first else "named in the text",
                   "stem": stems[0], "sentence": ""}
        rows.append({**row, "slug": view.slug})
    return rows


def _plain(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
