"""'X arrived in Moscow on Monday and went on to Kazan, where he held talks with Y': the place a
', where' clause puts the meeting in is the venue, whatever place the sentence named first.

The sentence's first cued place is the venue in most copy; a trip told in one sentence names its
stops in order and the meeting's own clause last. Only sentences that hold ', where' look on.
"""

from __future__ import annotations

import re

WHERE_MET = re.compile(
    r"\s*,\s*where\s+(?:(?!(?:will|would|shall|is|are|to|plans?)\b)[\w.'’-]+\s+){0,6}?(?:met|held|"
    r"talked|received|hosted|signed|conferred|discussed|welcomed|sat\s+down)\b", re.I)
"""Right after a place: ', where he held talks', ', where the two ministers met' (told as done:
', where he will meet' is a plan, and the trip's destination stays one)."""


def has_where(text: str) -> bool:
    """Whether a sentence can hold a ', where' meeting clause at all (the cheap test first)."""
    return ", where" in text


def met_there(after: str) -> bool:
    """Whether the words right after a place are a ', where' clause telling the meeting."""
    return bool(WHERE_MET.match(after))
