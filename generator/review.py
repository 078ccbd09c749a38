"""The review queue: what a researcher should look at first, each with its evidence and a link."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.catalog import Catalog
from generator.model import Problem

LOW_CONFIDENCE = 0.6


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


def build_review(catalog: Catalog, records: dict[str, dict[str, Any]], problems: list[Problem]) -> Review:
    """Every doubt, with the evidence sentence and the article (or meeting) to open."""
    review = Review()
    for p in problems:
        where = f"{p.path}:{p.line}" if p.line else p.path
        stem = p.path.removeprefix("docs/articles/").removesuffix(".md")
        review.problems.append({"where": where, "text": str(p)[len(where) + 2:],
                                "stem": stem if stem in catalog.articles else None})
    for stem, record in sorted(records.items()):
        if stem not in catalog.articles:
            continue
        details = record.get("details") or {}
        article = catalog.articles[stem]
        for u in details.get("unknown") or []:
            if isinstance(u, dict) and u.get("name") in article.participants:
                review.unknown.append({**u, "stem": stem})
        for name, ev in (details.get("evidence") or {}).items():
            if isinstance(ev, dict) and _confidence(ev) < LOW_CONFIDENCE:
                review.low.append({"stem": stem, "field": name, "value": ev.get("value"),
                                   "confidence": ev.get("confidence"), "sentence": ev.get("sentence", "")})
        for n, mention in enumerate(details.get("meetings") or []):
            if isinstance(mention, dict) and _confidence(mention) < LOW_CONFIDENCE:
                review.low.append({"stem": stem, "field": f"meeting {n + 1} ({mention.get('status', '?')})",
                                   "value": ", ".join(mention.get("participants") or []),
                                   "confidence": mention.get("confidence"),
                                   "sentence": mention.get("sentence", "")})
        for c in record.get("conflicts") or []:
            review.conflicts.append({"stem": stem, "meeting": None, "field": c["field"],
                                     "values": f"yours: {c['researcher']}; annotator: {c['machine']}"})
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


def _confidence(entry: dict[str, Any]) -> float:
    try:
        return float(entry.get("confidence", 1))
    except (TypeError, ValueError):
        return 1.0


def _plain(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
