"""'X said ahead of the talks with Y': a statement made as the talks began, not a plan.

'Ahead of' puts a meeting in the future ('ahead of next week's talks'), so PLANNED holds it.
Copy that tells a statement made on the way into talks ('said on Wednesday ahead of the talks
with Y and Z', 'told reporters ahead of his meeting with Y') reports those talks and the people
in them: the rest of the sentence then says nothing of a later day or an intention (a quote
before 'X said' plans in the speaker's words, not the sentence's).
"""

from __future__ import annotations

import re

from generator.annotate import cues
from generator.annotate.guard import scanned

AHEAD_OF = scanned(re.compile(r"\bahead\s+of\s+(?:(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?)?$", re.I))
"""Right before a meeting noun ('talks with'): 'ahead of the', 'ahead of his bilateral', or
right before a cue that holds its own determiner ('ahead of | their talks')."""
SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+press|the\s+media|media)|stated|"
    r"remarked|noted|stressed|declared|speaking|spoke)\b(?:\s+[\w,]+){0,4}\s+$", re.I)
QUOTE_ENDS = ('"', "”")
"""Closing quotation marks: what a quote before 'X said' plans is not the sentence's own."""
REACH = 40
GREETED_BEFORE = re.compile(
    r"\b(?:shak(?:e|es|ing)\s+hands|greet(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|pos(?:e|es|ed|ing)\s+for)"
    r"\b[^.;]*$", re.I)
"""'X shakes hands with Y ahead of their talks in Z on Monday': a caption of the talks' own
occasion, the greeting on the way in; the talks are reported, with their day and place."""
GREETING_REACH = 160


def said_ahead(text: str, start: int, end: int) -> bool:
    """Whether the meeting noun at text[start:end] ('talks with') follows 'said ahead of the',
    with no other cue of a plan in the sentence outside quotes."""
    ahead = AHEAD_OF.search(text, max(0, start - REACH), start)
    if ahead is None or not (
            SAID_JUST_BEFORE.search(text, max(0, ahead.start() - 60), ahead.start())
            or GREETED_BEFORE.search(text, max(0, ahead.start() - GREETING_REACH), ahead.start())):
        return False
    said = max(text.rfind(q, 0, ahead.start()) for q in QUOTE_ENDS) + 1
    return (cues.search_text(cues.PLANNED, text[said:ahead.start()]) is None
            and cues.search_text(cues.PLANNED, text[end:]) is None)
