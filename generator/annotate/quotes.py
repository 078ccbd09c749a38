"""People named inside a direct quote are what the speaker talked about, not whom they met:
'"We discussed the ideas of President X," Lavrov said' does not put X at the talks.

A quote that tells a meeting outright before the name ('"I held talks with X today," Y said':
met, talks with, received, hosted...) still names a participant. Quotes are read within one
sentence: straight quotation marks pair up in order, curly ones by their direction, and a curly
mark left open or closed alone runs to the sentence's end or from its start.
"""

from __future__ import annotations

import re

from generator.annotate import cues

QUOTE_MARKS = re.compile(r"[\"“”]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` (a sentence) inside quotation marks."""
    spans: list[tuple[int, int]] = []
    straight: int | None = None
    curly: int | None = None
    for mark in QUOTE_MARKS.finditer(text):
        at, char = mark.start(), mark[0]
        if char == '"':
            if straight is None:
                straight = at
            else:
                spans.append((straight, at))
                straight = None
        elif char == "“":
            curly = at
        else:  # a closing curly mark
            spans.append((curly if curly is not None else 0, at))
            curly = None
    if curly is not None:
        spans.append((curly, len(text)))
    return spans


def only_quoted(text: str, spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether the name at `offset` in the sentence `text` sits in a quote that tells no meeting
    before it."""
    for a, b in spans:
        if a <= offset < b:
            return cues.search_text(cues.STRONG_MEETING, text[a:offset]) is None
    return False
