"""Days told from another day: 'arrived on Monday; the following day he met Y', 'a day later'.

The meeting's sentence names no day of its own, only its distance from a day told just before
(earlier in the sentence, or in the two sentences before it), which is where the count starts.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.annotate.dates import DateMention
from generator.annotate.text import Sentence

NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "2": 2, "3": 3}
FOLLOWING = re.compile(
    r"\b(?:(?:on\s+)?the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)|"
    r"the\s+day\s+after(?!\s+(?:tomorrow|the|a|an|his|her|their)\b)|"
    r"(?P<n>a|one|two|three|2|3)\s+days?\s+later)\b", re.I)
"""'the following day', 'the next morning', 'the day after', 'a day later', 'two days later'."""
BEFORE_REACH = 2
"""Sentences before the meeting's where the day counted from may stand."""


def following_day(s: Sentence, sentences: list[Sentence], dates: dict[int, list[DateMention]],
                  cut: int, resolve_in) -> tuple[dt.date, str] | None:
    """The day of a meeting told as 'the following day' after a day given just before, with the
    sentence that gave it; `resolve_in(mention, sentence)` counts a mention as the caller does."""
    if "day" not in s.text and "morning" not in s.text and "noon" not in s.text and \
            "evening" not in s.text:
        return None  # every match holds one of these words
    m = FOLLOWING.search(s.text, 0, cut)
    if m is None:
        return None
    n = NUMBERS.get((m["n"] or "a").lower(), 1)
    at = s.start + m.start()
    pool = [(s, [d for d in dates.get(s.index, []) if d.end <= at])]
    pool += [(p, dates.get(p.index, [])) for p in reversed(sentences[max(0, s.index - BEFORE_REACH):s.index])]
    for sentence, mentions in pool:
        for mention in reversed(mentions):
            day = resolve_in(mention, sentence)
            if day is not None:
                return day + dt.timedelta(days=n), sentence.text
    return None
