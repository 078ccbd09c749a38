"""People the subject met one by one at a session: 'in my bilateral discussions with X', 'she also
held talks with Y' told after a council or summit. They were at the session, so they take part
in it; a noun phrase about others ('negotiations between the Palestinians and the Israelis')
is not such a meeting."""

from __future__ import annotations

import re

MET_WITH = re.compile(
    r"\b(?:(?:bilateral|separate|side|private)\s+)?(?:meetings?|talks|discussions?|consultations|"
    r"conversations?|exchanges?)\s+with\b|\bmet\s+(?:separately\s+|also\s+|privately\s+)?(?:with\s+)?|"
    r"\bmeets?\s+with\b|\bheld\s+(?:\w+\s+){0,3}?(?:talks|meetings?|discussions?)\s+with\b", re.I)


def met_one_at_session(text: str) -> bool:
    """Whether a sentence tells the subject meeting someone ('met X', 'talks with X')."""
    return MET_WITH.search(text) is not None
