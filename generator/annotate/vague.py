"""Times a meeting sentence gives without a day ('earlier this week', 'last week').

A reader cannot date such a meeting, so neither may the annotator: the ` date` line or the
dateline is the day the copy was filed, not the day the talks took place. And when the only
meeting an article tells is 'last week's', it is still the article's news, undated.
"""

from __future__ import annotations

import re

from generator.annotate import cues
from generator.annotate.dates import DateMention
from generator.annotate.text import Sentence

VAGUE_TIME = cues.prepare(re.compile(
    r"\b(?:(?:earlier|late|later)\s+)?(?:this|last|past)\s+(?:week(?:end)?|month)\b|"
    r"\b(?:over|at|during)\s+the\s+(?:past\s+)?weekend\b|\brecently\b|"
    r"\b(?:a\s+few|several)\s+days\s+ago\b|"
    r"\b(?:(?:in|during)\s+(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?|at\s+the\s+(?:start|beginning|end|turn)\s+"
    r"of\s+|(?:early|mid|late)[-\s])(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december)\b(?!\s*[0-3]?\d(?:st|nd|rd|th)?\b)", re.I))
"""'met in Moscow earlier this week', 'held talks last week', 'spoke over the weekend', 'in
mid-March', 'at the start of March', 'in March 2024' (a month alone, or with its year only).
Written in lower case (re.I reads it as before) so that `cues` gives it a case-sensitive twin
for the lower-cased sentence."""
RECENT_RECALL = re.compile(r"last\s+week|earlier\s+this\s+(?:week|month)|days\s+ago|(?:a|one)\s+day\s+ago",
                           re.I)
"""Recall cues that still leave a meeting recent enough to be an article's news."""
LEAD_SENTENCES = 4
"""Sentences (title included) where a lone 'last week' meeting is the story's news."""


def vague_time(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """A time without a day in `text[start:end]` (a meeting sentence up to its cut), if any."""
    if "week" not in text and "month" not in text and "recent" not in text and "ago" not in text \
            and "in " not in text and "during " not in text and "of " not in text \
            and "early" not in text and "mid" not in text and "late" not in text:
        return None  # every match holds one of these words
    # on the lower-cased sentence, without re.I (`cues.search`): the matches are at the same
    # places; callers ask only whether there is one
    return cues.search(VAGUE_TIME, text, cues.lowered(text), start, len(text) if end is None else end)


def recent_only(recalls: list[re.Match[str]], index: int) -> bool:
    """Whether a lead sentence is marked earlier only by 'last week' or 'earlier this week'."""
    return index < LEAD_SENTENCES and bool(recalls) and all(
        RECENT_RECALL.fullmatch(" ".join(r[0].split())) for r in recalls)


def vague_only(s: Sentence, dates: list[DateMention], cut: int | None, said_on: re.Pattern[str]) -> bool:
    """Whether a meeting's sentence gives it only a time without a day ('met in Moscow last
    week, the ministry said on Tuesday'): the days it names (`dates`) are when words were said
    (`said_on` matches the words before each)."""
    if not vague_time(s.text, 0, (s.end if cut is None else cut) - s.start):
        return False
    return all(said_on.search(s.text, 0, d.start - s.start) for d in dates)
