"""Where talks took place when the article names only the host country.

A ministry's release often tells a visit without a city or a dateline: 'the Minister received
his Togolese counterpart, who is in the country on a two-day working visit', 'X, who is on an
official visit to Ghana, held talks with Y'. The talks were then, most of the time, in the host
country's capital; the guess is queued (its confidence is under the review threshold), so a
researcher sees it, and it is made only when nothing in the text names a city.
"""

from __future__ import annotations

import re

from generator.annotate.places import PlaceIndex
from generator.annotate.text import Sentence, country_of
from generator.corpus.registry import Registry
from generator.model import Place

VISIT_TO = re.compile(r"\b(?:visit|trip|tour)\s+to\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
"""'on a working visit to Ghana': the country visited."""
IN_THE_COUNTRY = re.compile(r"\b(?:is|was|are|were)\s+(?:currently\s+)?in\s+the\s+country\b|"
                            r"\bvisit\s+to\s+the\s+country\b")
"""'who is in the country on a working visit': the host's country, named by who hosts."""
HOST_CONFIDENCE = 0.45
RULE = "host country"


def host_capital(sentences: list[Sentence], people: list[str], homes: dict[str, str | None],
                 registry: Registry, places: PlaceIndex) -> tuple[Place, str] | None:
    """The capital of the country the meeting's sentences say was visited, and the sentence."""
    for s in sentences:
        country = None
        named = VISIT_TO.search(s.text)
        if named is not None:
            found = country_of(registry, named[1])
            country = found.name if found is not None else None
        elif (there := IN_THE_COUNTRY.search(s.text)) is not None:
            country = _host(s.text[:there.start()], people, homes)
        if country is None:
            continue
        capital = registry.countries[country].capital if country in registry.countries else None
        place = places.lookup(capital, country) if capital else None
        if place is not None:
            return place, s.text
    return None


def _host(before: str, people: list[str], homes: dict[str, str | None]) -> str | None:
    """The host's country: of the two people, not the one named last before 'who is in the
    country' (the guest)."""
    at = {p: before.rfind(p.split()[-1]) for p in people}
    named = [p for p in people if at[p] >= 0]
    if len(people) != 2 or not named:
        return None
    guest = max(named, key=lambda p: at[p])
    host = next(p for p in people if p != guest)
    country = homes.get(host)
    return country if country and country != homes.get(guest) else None
