"""The review queue: what a researcher should look at first, each with its evidence and a link."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.catalog import Catalog
from generator.facts import ArticleFacts
from generator.model import Problem


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
    for stem, known in sorted(facts.items()):
        if stem not in catalog.articles:
            continue
        review.unknown += known.unknown
        review.low += known.low
        review.conflicts += known.conflicts
    flagged = {u.get("name") for u in review.unknown}
    for view in sorted(catalog.people.values(), key=lambda v: v.name):
        if view.known or view.name in flagged or not view.meetings:
            continue
        first = view.meetings[0]
        stem = (first.sources or first.recalled_in)[0]
        review.unknown.append({"name": view.name, "title": "named in front matter", "stem": stem,
                               "sentence": "", "slug": view.slug})
    for m in catalog.meetings:
        for name, values in m.conflicts.items():
            shown = "; ".join(f"{s}: {_plain(v)}" for s, v in values.items())
            review.conflicts.append({"stem": None, "meeting": m, "field": name, "values": shown})
    review.no_meeting = [s for s, ms in sorted(catalog.by_article.items())
                         if not any(s in m.sources for m in ms)]
    return review


def _plain(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
