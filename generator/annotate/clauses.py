"""Two small readings of a meeting sentence's clauses, for `events`.

`same_clause`: 'paves the way for X to meet Y on the sidelines of the summit next week' - a
meeting word that follows a planned one in the same clause ('to meet ... on the sidelines')
belongs to that plan; read alone it was taken as a reported meeting and its people as
participants.

`hosts`: 'X, who is hosting the meeting, said ...' - a sentence telling who hosts or chairs the
gathering; when the people around the table are listed after it, the host is one of them.
"""

from __future__ import annotations

import re

CLAUSE_BREAK = re.compile(r"[,;:.!?]|\s(?:and|but|while|after|before|then)\s")
HOSTING = re.compile(r"\b(?:host(?:s|ed|ing)|chair(?:s|ed|ing)|co-?chair(?:s|ed|ing)|presid(?:es|ed|ing))\b",
                     re.I)


def same_clause(text: str, start: int, end: int) -> bool:
    """Whether nothing between two offsets of a sentence starts a new clause."""
    return CLAUSE_BREAK.search(text, start, end) is None


def hosts(sentence: str) -> bool:
    """Whether a sentence says someone hosts or chairs the gathering."""
    return HOSTING.search(sentence) is not None
