"""Photo captions that list who was there without a verb: '(L-R) A, B, C and D at the BRICS
foreign ministers' meeting in Cape Town, June 1, 2023', 'From left: A, B and C in New Delhi on
March 3'. The people listed were together where and when the caption says: a meeting, however
the article's own sentences then tell it ('The ministers met in Cape Town on Thursday').
"""

from __future__ import annotations

import re

from generator.annotate.events import Event
from generator.annotate.people import PersonMention
from generator.annotate.text import Sentence

OPENING = re.compile(
    r"\s*(?:(?:Photo|Picture|Pictured|Caption)\s*:\s*|\(?(?:L-R|R-L|L to R|left to right|from left|"
    r"from right)\)?\s*[:,]?\s*)?(?:[A-Z][\w.'’-]*\s+){0,5}$", re.I)
"""What may come before the first name: a caption's marker and the first person's title."""
BETWEEN = re.compile(
    r"(?:\s*\([^()\n]{1,14}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:[A-Z][\w.'’-]*\s+){0,5}$")
"""Between two names: a position in brackets ('(2nd L)'), a separator, the next one's title."""
CLOSING = re.compile(r"(?:\s*\([^()\n]{1,14}\))?,?\s+(?:at|in|during|before|after|on)\s")
"""After the last name: its position, then where or when they were ('at the meeting', 'in X')."""
NOT_NEWS = re.compile(r"\b(?:file|archive)\b", re.I)
"""'FILE PHOTO: A and B at talks in 2019': another day's picture."""


def caption_event(sentence: Sentence, text: str, mentions: list[PersonMention]) -> Event | None:
    """A verbless caption listing two or more people, as the meeting it shows; None otherwise.

    Asked only of a sentence without a meeting verb that names two or more people."""
    names = list(dict.fromkeys(m.name for m in mentions))
    if len(names) < 2 or NOT_NEWS.search(sentence.text):
        return None
    first, last = mentions[0], mentions[-1]
    if not OPENING.fullmatch(text, sentence.start, first.start):
        return None
    for before, after in zip(mentions, mentions[1:], strict=False):
        if not BETWEEN.fullmatch(text, before.end, after.start):
            return None
    if not CLOSING.match(text, last.end, sentence.end):
        return None
    return Event(sentence, "reported", names, [])
