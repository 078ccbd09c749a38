"""People a meeting sentence names as context, by the words right around the name: the time an
earlier event marks ('the first such meeting since Z visited Istanbul'), an office changing hands
('since X replaced Z', 'Z's successor'), a future act told inside a report ('a summit that Z will
host', 'preparations for Z's visit'), an appeal ('both called on Z to return to the deal'), a
backer ('a plan backed by Z') and a letter's writer ('a letter Z had written').

Each reads only a few words either side of one name, in sentences that report a meeting, so
the cost grows with the names in them, not with the text.
"""

from __future__ import annotations

import re

BEFORE = re.compile(
    r"(?:\bsince\s+(?!then\b|when\b|that\b)(?:[\w.'’-]+\s+){0,3}|"
    r"\b(?:replaced|replacing|succeeded|succeeding|predecessor|successor\s+(?:to|of))\s+(?:[\w.'’-]+\s+){0,3}|"
    r"\b(?:backed|supported|endorsed|sponsored|championed)\s+by\s+(?:[\w.'’-]+\s+){0,3}|"
    r"\b(?:letter|message|note)\s+(?:that\s+)?(?:[\w.'’-]+\s+){0,2})$", re.I)
"""Just before a name: an earlier time, an office handed over, a backer, a letter's writer."""
AFTER = re.compile(
    r"(?:['’]s?\s+(?:successor|predecessor)\b|\s+(?:will|would|is\s+(?:due|set|expected|scheduled)\s+to|"
    r"plans\s+to)\s+(?:host|chair|visit|attend|travel|hold|meet|lead|address)\b)", re.I)
"""Just after a name: whose office someone took, a future act of the person."""
APPEAL_BEFORE = re.compile(
    r"\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|pressed|pressing|appealed\s+to|"
    r"asked)\s+(?:[\w.'’-]+\s+){0,3}$", re.I)
APPEAL_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b)[a-z]+\b")
"""'called on Z to return': an appeal to Z, unlike a courtesy call ('called on President Z')."""
COMING_BEFORE = re.compile(
    r"\b(?:prepar\w*\s+for|ahead\s+of|upcoming|planned|expected|forthcoming|possible)\s+(?:the\s+)?"
    r"(?:[\w.'’-]+\s+){0,2}$", re.I)
COMING_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:visit|trip|tour|arrival)\b", re.I)
"""'discussed preparations for Z's visit': a visit to come, which Z is not yet at."""


WORDS = ("since", "replac", "succe", "predecessor", "by ", "letter", "message", "note", "will",
         "would", "due", "set", "expected", "scheduled", "plans", "call", "urg", "press", "appeal",
         "asked", "visit", "trip", "tour", "arrival")
"""Every cue above holds one of these: a sentence with none of them names no one as context."""


def may_name_context(low: str) -> bool:
    """Whether a lower-cased sentence holds a word of the cues (asked once per sentence, so that
    most sentences skip the searches around each of their names)."""
    return any(word in low for word in WORDS)


def context_only(text: str, start: int, end: int, lead: int, tail: int) -> bool:
    """Whether the name at text[start:end] is context, not a side of the meeting reported;
    `lead`/`tail` bound the words read around it."""
    if BEFORE.search(text, lead, start) or AFTER.match(text, end, tail):
        return True
    if APPEAL_AFTER.match(text, end, tail) and APPEAL_BEFORE.search(text, lead, start):
        return True
    return bool(COMING_AFTER.match(text, end, tail) and COMING_BEFORE.search(text, lead, start))
