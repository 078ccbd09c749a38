"""Datelines in the shapes `places.dateline` does not read: scraped pages and ministry sites set
the filing city apart with a bullet or a bar ('DUSHANBE •', 'Dushanbe | July 14, 2021'), write it
alone in capitals on its own line, put the date first ('July 14, 2021, Dushanbe —'), name a
town the gazetteer lacks with its country ('VARZOB, Tajikistan, July 14 (Wire) -'), or sign a
byline with the city ('By Staff Reporter, Dushanbe').
"""

from __future__ import annotations

import re

from generator.annotate.places import WORD, PlaceIndex
from generator.annotate.text import country_of
from generator.corpus.textnorm import slugify
from generator.model import Place

CITY = rf"(?P<city>{WORD}(?:[ \u00a0]{WORD}){{0,2}})"
SET_APART = re.compile(rf"^\s*{CITY}\s*(?:,\s*(?P<region>{WORD}(?:\s{WORD}){{0,2}})\s*)?[•·|]")
"""'DUSHANBE •', 'Dushanbe · July 14, 2021 ·', 'Dushanbe | July 14, 2021'."""
ALONE = re.compile(r"^\s*(?P<city>[A-Z][A-Z .'-]{2,30}?)\s*(?:\n|$)")
"""'DUSHANBE' in capitals alone on the line before the text."""
DATE_FIRST = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]+\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d|[0-3]?\d\s+[A-Z][A-Za-z]+\.?,?\s+(?:19|20)\d\d)"
    rf"\s*[,|•·]?\s+{CITY}\s*(?:—|–|--|-\s|:)")
"""'July 14, 2021, Dushanbe —', '14 July 2021, Dushanbe:', 'JULY 14, 2021 | DUSHANBE -'."""
TOWN_COUNTRY = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z'-]{2,20}(?: [A-Z][A-Z'-]{2,20})?),"
    r"\s*(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}),\s*[A-Z][a-z]{2,8}\.?\s+[0-3]?\d\b")
"""'VARZOB, Tajikistan, July 14': a town in capitals, its country, the day."""
BYLINE = re.compile(rf"^[^,\n]{{3,50}},\s*{CITY}\s*(?:\n|$)")


def other_dateline(index: PlaceIndex, paragraph: str) -> tuple[Place | None, int]:
    """The place of a dateline `places.dateline` does not read, and where the dateline ends."""
    for pattern in (SET_APART, DATE_FIRST, ALONE, BYLINE):
        m = pattern.match(paragraph)
        if m is None:
            continue
        name = m["city"].strip()
        if pattern is ALONE and not name.isupper():
            continue
        name = name.title() if name.isupper() else name
        region = m.groupdict().get("region")
        country = country_of(index.registry, region) if region else None
        place = index.lookup(name, country.name if country else None)
        if place is not None and not country_of(index.registry, name):
            return index.city_of(place) or place, m.end()
    m = TOWN_COUNTRY.match(paragraph)
    country = country_of(index.registry, m["region"]) if m else None
    if m is not None and country is not None and not country_of(index.registry, m["city"]):
        name = m["city"].title()
        if index.lookup(name, country.name) is None:  # a listed city here is a dated dateline's
            return Place(name, country.name, slugify(name), kind="city"), m.end("region")
    return None, 0
