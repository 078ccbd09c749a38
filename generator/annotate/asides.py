"""Relative clauses that tell another meeting of a sentence's subject ('X, who met Y in January,
held talks with Z'): the people they name took part in that one, not in this."""

from __future__ import annotations

import re

from generator.annotate import cues

EARLIER_ASIDE = re.compile(
    r",\s*(?:who|whom)\s+(?:had\s+)?(?:also\s+|earlier\s+|previously\s+|last\s+)?(?:met|visited|hosted|"
    r"received|held\s+talks\s+with|spoke\s+(?:with|to)|talked\s+(?:with|to))\b[^,;]*", re.I)
ASIDE_TIME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"last|previously|earlier|ago|(?:19|20)\d\d)\b", re.I)
ASIDE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the\s+day\s+before)\b",
    re.I)
"""'X, who also met Y on Tuesday, held talks with Z on Friday': a day of the clause's own. It
tells another meeting only when the sentence reports one outside the clause; 'X, who met Y on
Friday, said ...' has no other, and the clause is the news."""


def earlier_asides(s: str, sl: str | None) -> list[tuple[int, int]]:
    """Spans of relative clauses telling another, earlier meeting ('X, who met Y in January,
    held talks with Z'): the people they name took part in that one, not in this."""
    if "who" not in (sl if sl is not None else s.lower()):
        return []
    out = []
    for m in EARLIER_ASIDE.finditer(s):
        if ASIDE_TIME.search(m[0]) or (ASIDE_DAY.search(m[0]) and _meeting_outside(s, *m.span())):
            out.append(m.span())
    return out


def _meeting_outside(s: str, start: int, end: int) -> bool:
    """Whether the sentence tells a meeting outside `s[start:end]` (read on rare sentences only:
    those with a dated 'who met' clause)."""
    rest = s[:start] + " " + s[end:]
    return bool(cues.search_text(cues.MEETING, rest) or cues.search_text(cues.MEETING_MORE, rest)
                or cues.search_text(cues.MEETING_RARE, rest))
