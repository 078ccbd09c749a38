"""What the site needs from an article's annotation record, taken once when the article is parsed.

A record holds the annotator's evidence (sentences, confidences, mentions): tens of kilobytes an
article, needed whole only by the article's own panel. The catalog and the review queue need a
few facts from it; taking them when the article file is parsed lets a build keep (and cache)
these instead of ten thousand records, and lets an edit recompute them for that article alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.config import REVIEW_THRESHOLD
from generator.knowledge.conferences import find_organisations
from generator.model import Article

FIELDS = ("date", "venue", "country", "participants")
"""The front-matter fields the annotator gives a confidence for."""
LOW_MEETING = 0.6
"""A meeting the article tells besides the headline one is listed below this (its confidence is
the annotator's rule score, not a probability: it counts the sentences that tell it)."""


@dataclass
class ArticleFacts:
    """An article's share of the catalog and of the review queue."""

    mentioned: list[str] = field(default_factory=list)
    """People named in the article who took no part in its meetings."""
    headline_organisations: list[str] = field(default_factory=list)
    """Organisations named in the title and the evidence sentences of the headline meeting."""
    mention_organisations: list[tuple[bool, frozenset[str], list[str]]] = field(default_factory=list)
    """(recalled?, participants, organisations) of each meeting sentence that names one."""
    unknown: list[dict[str, Any]] = field(default_factory=list)
    low: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def article_facts(article: Article, record: dict[str, Any]) -> ArticleFacts:
    details = record.get("details") or {}
    facts = ArticleFacts(mentioned=list(details.get("mentioned") or []))
    evidence = details.get("evidence") or {}
    texts = [article.title, *(e.get("sentence", "") for e in evidence.values() if isinstance(e, dict))]
    facts.headline_organisations = _organisations(texts)
    mentions = [m for m in details.get("meetings") or [] if isinstance(m, dict)]
    for m in mentions:
        found = _organisations([str(m.get("sentence") or "")])
        if found:
            facts.mention_organisations.append((m.get("status") == "recalled",
                                                frozenset(m.get("participants") or []), found))
    stem = article.stem
    facts.unknown = [{**u, "stem": stem} for u in details.get("unknown") or []
                     if isinstance(u, dict) and u.get("name") in article.participants]
    people = details.get("people")
    if isinstance(people, dict):  # a name the researcher has taken out of the list is reviewed
        people = {name: ev for name, ev in people.items() if name in article.participants}
    facts.low = doubtful(stem, evidence, people)
    for n, mention in enumerate(details.get("meetings") or []):
        if isinstance(mention, dict) and confidence(mention) < LOW_MEETING:
            facts.low.append({"stem": stem, "field": f"meeting {n + 1} ({mention.get('status', '?')})",
                              "value": ", ".join(mention.get("participants") or []),
                              "confidence": mention.get("confidence"),
                              "sentence": mention.get("sentence", "")})
    facts.conflicts = [{"stem": stem, "meeting": None, "field": c["field"],
                        "values": f"yours: {c['researcher']}; annotator: {c['machine']}"}
                       for c in record.get("conflicts") or []]
    return facts


def _organisations(texts: list[str]) -> list[str]:
    found: list[str] = []
    for text in texts:
        found += [org for org in find_organisations(text) if org not in found]
    return found


def doubtful(stem: str, evidence: dict[str, Any], people: object,
             threshold: float = REVIEW_THRESHOLD) -> list[dict[str, Any]]:
    """Every field, and every participant, whose confidence is below the review threshold.

    A field the record gives no confidence for (or none that reads as a number) is doubtful,
    not sure: when a record has evidence at all, a missing field must not escape the queue.
    """
    out = []
    if evidence:
        for name in [*FIELDS, *(k for k in evidence if k not in FIELDS)]:
            ev = evidence.get(name)
            ev = ev if isinstance(ev, dict) else {}
            if confidence(ev, 0.0) < threshold:
                out.append({"stem": stem, "field": name, "value": ev.get("value"),
                            "confidence": ev.get("confidence"), "sentence": ev.get("sentence", "")})
    for name, ev in (people or {}).items() if isinstance(people, dict) else ():
        ev = ev if isinstance(ev, dict) else {}
        if confidence(ev, 0.0) < threshold:
            out.append({"stem": stem, "field": "participant", "value": name,
                        "confidence": ev.get("confidence"), "sentence": ev.get("sentence", "")})
    return out


def confidence(entry: dict[str, Any], missing: float = 1.0) -> float:
    """An entry's confidence as a number; `missing` when it has none or it is not a number."""
    try:
        value = float(entry["confidence"])
    except (KeyError, TypeError, ValueError):
        return missing
    return value if value == value else missing  # NaN is no confidence at all
