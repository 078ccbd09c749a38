"""Days a meeting's sentence gives to another event of the trip: 'X on Tuesday concluded a visit
to Moscow, where he held talks with Y on Monday', 'X left Moscow on Tuesday after talks with Y on
Monday'. The arrival, departure or end of a visit is told with its own verb; when the sentence
gives the talks a day of their own, that day beats the trip's.
"""

from __future__ import annotations

import re

from generator.annotate.guard import scanned

TRIP_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:concluded|wrapped\s+up|ended|left|departed|arrived|returned|flew|began|started|"
    r"kicked\s+off|embarked|set\s+off|landed|completed|opened)\b", re.I)
"""'on Tuesday concluded ...': the weekday is the subject's, told of the verb after it."""
TRIP_BEFORE = scanned(re.compile(
    r"\b(?:concluded|wrapped\s+up|ended|left|departed|arrived|returned|flew|landed|completed)\b"
    r"(?:(?!\band\s)[^,;:]){0,40}?\s+(?:on\s+|late\s+|early\s+)?$", re.I))
"""'left Moscow on Tuesday': the weekday closes the trip verb's own clause (which 'and' ends:
'arrived in X on Monday and travelled on Tuesday to Y, where...': Tuesday is not the arrival's)."""


def trip_day(text: str, start: int, end: int) -> bool:
    """Whether the day at `text[start:end]` dates a trip's arrival, departure or end."""
    return bool(TRIP_AFTER.match(text, end) or TRIP_BEFORE.search(text, max(0, start - 60), start))
