"""A dateline abroad may be the wire's bureau, not where the meeting was; an office's statement
is given out where the office sits.

'NEW DELHI (PTI) - The Chinese and Russian foreign ministers met on Tuesday': when the text puts
the meeting nowhere, the dateline is the last guess for its venue, and a fair one when the city
is at home for one of the ministers (they met in the capital of one of them, where the copy was
filed). A dateline in a country none of the participants comes from may be where an agency files
its region's news (Reuters' Dubai, Xinhua's Nairobi), or where a correspondent travelled with
them: the guess is kept but told apart ('dateline abroad'), so that the confidence model weighs
it on its own record rather than the home dateline's. A meeting at a gathering is filed from the
gathering's city ('ASTANA - ... on the sidelines of the summit') and is not told apart.
"""

from __future__ import annotations

import re

from generator.annotate import cues
from generator.annotate.guard import scanned
from generator.annotate.signals import GATHERING
from generator.annotate.text import Sentence
from generator.model import Place


def foreign_bureau(place: Place, homes: set[str], own: list[Sentence], low: str | None) -> bool:
    """Whether a dateline city is neither participant's country nor a gathering's seat.

    Only talks between two countries are judged so: a council of many (the EU's foreign
    ministers in Brussels) meets where its copy is filed, whoever chairs it."""
    if not homes or len(homes) > 2 or place.country in homes:
        return False
    return not any(cues.search(GATHERING, s.text, low[s.start:s.end] if low is not None else None)
                   for s in own)


OFFICE_SAID_IN = scanned(re.compile(
    r"\b(?:ministry|department|office|embassy|spokes(?:man|woman|person)|secretariat|government|"
    r"presidency|kremlin|white\s+house)\s+(?:said|announced|stated|reported|confirmed)\s+"
    r"(?:\w+\s+)?in\s+(?:the\s+)?$", re.I))
"""'..., the State Department said in Washington': where an office gave out its account."""


def office_said_in(before: str) -> bool:
    """Whether the words before a place say an office spoke there, not that anyone met there."""
    return bool(OFFICE_SAID_IN.search(before))


OFFICE_IN = re.compile(
    r"\b(?:ministry|department|office|embassy|spokes(?:man|woman|person)|secretariat|government|"
    r"presidency|chancellery|foreign\s+service)\s+in\s+(?:the\s+)?$", re.I)
SAID_AFTER = re.compile(r"\s*,?\s*(?:said|says|announced|stated|reported|confirmed|added)\b", re.I)
"""'The Foreign Office in London said X met Y': the office's seat, then the verb of its account."""


def office_in_said(before: str, after: str) -> bool:
    """Whether a place is the seat of an office that gave the account ('The Foreign Office in
    London said ...'), not where anyone met (a building the meeting was in, 'at the President's
    office in X', has no 'said' after it)."""
    return bool(SAID_AFTER.match(after)) and bool(OFFICE_IN.search(before))
