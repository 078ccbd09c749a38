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
    review = Review()
    for p in problems:
        where = f"{p.path}:{p.line}" if p.line else p.path
        review.problems.append({"where": where, "text": str(p)[len(where) + 2:]})
    for stem, record in sorted(records.items()):
        if stem not in catalog.articles:
            continue
        details = record.get("details", {})
        article = catalog.articles[stem]
        for u in details.get("unknown", []):
            if u.get("name") in article.participants:
                review.unknown.append({**u, "stem": stem})
        for name, ev in details.get("evidence", {}).items():
            if isinstance(ev, dict) and float(ev.get("confidence", 1)) < LOW_CONFIDENCE:
                review.low.append({"stem": stem, "field": name, "value": ev.get("value"),
                                   "confidence": ev.get("confidence"), "sentence": ev.get("sentence", "")})
        for c in record.get("conflicts", []):
            review.conflicts.append({"stem": stem, "meeting": None, "field": c["field"],
                                     "values": f"yours: {c['researcher']}; annotator: {c['machine']}"})
    for m in catalog.meetings:
        for name, values in m.conflicts.items():
            shown = "; ".join(f"{s}: {v}" for s, v in values.items())
            review.conflicts.append({"stem": None, "meeting": m, "field": name, "values": shown})
    review.no_meeting = [s for s, ms in sorted(catalog.by_article.items())
                         if not any(s in m.sources for m in ms)]
    return review
