"""'X was received by Y on Monday, on his first trip abroad since taking office on Jan. 1':
a day in a 'since' clause dates when something began, not the meeting.

A sentence dated well before the article recalls an earlier meeting (`fields.settle_statuses`);
the clause's day made the whole lead an old story, and its meeting and people were dropped.
When the sentence has a day outside such a clause, the clause's days are left out of that test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

SINCE = re.compile(r"\bsince\b[^,;()]{0,40}$", re.I)
REACH = 50


class Dated(Protocol):
    start: int


D = TypeVar("D", bound=Dated)


def outside_since(text: str, start: int, own: Sequence[D]) -> list[D]:
    """The sentence's days (`text` begins at article offset `start`) but those after 'since',
    when there are others."""
    if len(own) < 2 or "since" not in text:
        return list(own)
    kept = [d for d in own
            if not SINCE.search(text, max(0, d.start - start - REACH), max(0, d.start - start))]
    return kept or list(own)
