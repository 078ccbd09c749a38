"""A town the gazetteer lacks, named where the meeting sentence puts the talks.

'Lavrov and Qureshi held talks in Varzob on Wednesday', 'met in the village of Jasionka, Poland':
the places index only knows listed names, so the venue came out empty (or fell back to the
dateline). A capitalised name right after 'in' in the meeting's own sentence, closed by a
country, a day, or the sentence's end, and neither a known place, country, person nor a month, is
taken as the venue with its country when one is written beside it. The gazetteer cannot confirm
it, so the answer is always queued for a reader (`UNLISTED_CONFIDENCE`).
"""

from __future__ import annotations

import re

from generator.annotate.confidence import queue_rule
from generator.annotate.dates import MONTHS, WEEKDAYS
from generator.annotate.places import PlaceIndex
from generator.annotate.text import Sentence, country_of, person_of
from generator.corpus.textnorm import slugify
from generator.model import Evidence, Place

TOWN_IN = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|talked|conferred|held\s+(?:a\s+)?(?:meeting|talks))\b"
    r"(?:\s+(?!in\b)[\w.'’-]+){0,6}?\s+in\s+(?:the\s+(?:[a-z]+\s+)?(?:town|village|city|resort|port)"
    r"\s+of\s+)?(?P<town>[A-Z][a-zà-ÿ'’-]{2,}(?:[ -][A-Z][a-zà-ÿ'’-]{2,})?)"
    r"(?:,\s*(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
    r"(?=\s*(?:,|\.|;|$|\s+on\b|\s+last\b|\s+this\b|\s+earlier\b|\s+late\b))")
"""'held talks in Varzob on', 'met in the village of Jasionka, Poland,': the talks' own town."""
NOT_TOWN = {"parliament", "person", "private", "camera", "public", "secret", "depth", "detail",
            "person-to-person", "english", "french", "russian", "arabic", "spanish", "chinese"}
UNLISTED_CONFIDENCE = 0.6
"""Trust in a town the gazetteer lacks: below the review threshold, so a reader checks it."""
UNLISTED_RULE = "unlisted town"
FALLBACK_BELOW = 0.6
"""A venue found with less trust came from a fallback (the dateline, the only city named): a town
the meeting sentence names, though the gazetteer lacks it, beats it."""


def town_instead(sents: list[Sentence], index: PlaceIndex, place_conf: float, remote: bool
                 ) -> Place | None:
    """The unlisted town of a meeting's first sentence, when its venue is only a fallback."""
    if remote or place_conf >= FALLBACK_BELOW or not sents:
        return None
    return unlisted_town(sents[0], index)


def unlisted_town(s: Sentence, index: PlaceIndex) -> Place | None:
    """The town the meeting sentence puts the talks in, if the gazetteer lacks it."""
    if " in " not in s.text:
        return None
    m = TOWN_IN.search(s.text)
    if m is None:
        return None
    town = m["town"]
    folded = town.lower()
    if (folded in NOT_TOWN or folded in MONTHS or folded in WEEKDAYS
            or index.lookup(town) is not None or country_of(index.registry, town)
            or person_of(index.registry, town)):
        return None
    country = country_of(index.registry, m["country"]) if m["country"] else None
    if m["country"] and country is None:
        return None  # 'in Marlow, Smith said': not a country after the comma
    return Place(town, country.name if country else None, slugify(town), kind="city")


def queue_unlisted(evidence: dict[str, Evidence]) -> None:
    """Lower an unlisted town's venue and country below the review threshold."""
    for key in ("venue", "country"):
        queue_rule(evidence, key, UNLISTED_RULE, UNLISTED_CONFIDENCE)
