"""Whether an answer is right against a gold file: the devset's judging, in the project's own code.

`evaluate` and `train` must judge exactly as the devset's scorer does (an exact ISO date, a
lenient city name, lenient person names), or a probability fitted here would mean something
else there. Gold entries are the devset's: `id`, `date`, `venue`, `participants`,
`participants_optional`, `mentioned_only`; a gold value may list accepted spellings as 'A | B'.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

JUDGED = ("date", "venue", "participants")
"""The fields a gold file judges (the country follows the venue and is not judged apart)."""
NOT_WORD = re.compile(r"[^a-z0-9 ]+")


def folded(text: object) -> str:
    """Lower case, no accents, letters and digits only, single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(NOT_WORD.sub(" ", plain.casefold()).split())


def similar(a: str, b: str, cutoff: float) -> bool:
    return SequenceMatcher(None, a, b).ratio() >= cutoff


def alternatives(gold: object) -> list[str]:
    """A gold value's accepted spellings ('Kyiv | Kiev')."""
    return [part for part in str(gold).split("|")]


def same_person(pred: str, gold: str) -> bool:
    """Lenient name match: spelling variants, initials, a given name left out."""
    if "|" in gold:
        return any(same_person(pred, alt) for alt in alternatives(gold))
    p, g = folded(pred).split(), folded(gold).split()
    if not p or not g:
        return False
    if p == g or similar(" ".join(p), " ".join(g), 0.9):
        return True
    if len(set(p)) >= 2 and len(set(g)) >= 2 and (set(p) <= set(g) or set(g) <= set(p)):
        return True  # 'S Jaishankar' within 'Subrahmanyam Jaishankar'
    if len(p[-1]) > 2 and similar(p[-1], g[-1], 0.8) and p[0][0] == g[0][0]:
        return True  # same surname, same first initial
    # surname first (Chinese, Korean names): same first token, close last one
    return len(p) > 1 and len(g) > 1 and similar(p[0], g[0], 0.9) and similar(p[-1], g[-1], 0.8)


def same_place(pred: object, gold: object) -> bool:
    """Lenient city match; a null is right only against a null."""
    if pred is None or gold is None:
        return pred is None and gold is None
    if "|" in str(gold):
        return any(same_place(pred, alt) for alt in alternatives(gold))
    p, g = folded(pred), folded(gold)
    if not p or not g:
        return p == g
    ps, gs = set(p.split()), set(g.split())
    return p == g or similar(p, g, 0.84) or ps <= gs or gs <= ps


def iso_day(value: object) -> str | None:
    """A date value as 'YYYY-MM-DD' (or its first ten characters), None for empty."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip()[:10]


def names(value: object) -> list[str]:
    """A participants value as a list of names (a string, a list, or {name: ...} records)."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    out = []
    for item in value if isinstance(value, (list, tuple)) else [value]:
        if isinstance(item, dict):
            item = item.get("name") or item.get("id") or ""
        if item:
            out.append(str(item))
    return out


@dataclass
class Verdict:
    """One article's answers judged: each field right or wrong, and each predicted name."""

    fields: dict[str, bool]
    people: dict[str, bool] = field(default_factory=dict)
    """Predicted name -> right (a participant, or an optional one) or wrong (anyone else)."""
    missed: list[str] = field(default_factory=list)
    tp: int = 0
    fp: int = 0


def judge(entry: dict[str, Any], answer: dict[str, Any]) -> Verdict:
    """An article's answer (front-matter keys) against its gold entry.

    The participant list is right when it names every certain participant and nobody who took
    no part; an optional person counts neither way.
    """
    gold = names(entry.get("participants"))
    optional = names(entry.get("participants_optional"))
    hit: set[str] = set()
    people: dict[str, bool] = {}
    for name in names(answer.get("participants")):
        match = next((g for g in gold if same_person(name, g)), None)
        if match is not None:
            hit.add(match)
        people[name] = match is not None or any(same_person(name, o) for o in optional)
    missed = [g for g in gold if g not in hit]
    fp = sum(not ok for ok in people.values())
    return Verdict(fields={"date": iso_day(answer.get("date")) == iso_day(entry.get("date")),
                           "venue": same_place(answer.get("venue") or None, entry.get("venue") or None),
                           "participants": not missed and not fp},
                   people=people, missed=missed, tp=len(hit), fp=fp)


def load_gold(path: Path) -> list[dict[str, Any]]:
    """A gold file's entries (a YAML list of mappings with an `id`)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, list) or not all(isinstance(e, dict) and "id" in e for e in data):
        raise ValueError(f"{path}: expected a YAML list of entries, each with an 'id'")
    return data
