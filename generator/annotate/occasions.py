"""Which of an article's other meetings belong with its headline meeting's participants.

A trip's meetings on the day of the headline one are the day's news, told together ('X met Y,
then called on Z'); a meeting its own sentence dates to another day ('X also met Z on Friday',
'On Friday, X met Z') is a separate occasion: it stays in the article's list of meetings, but its
people are not the headline meeting's.
"""

from __future__ import annotations

from generator.model import Evidence, MeetingMention

OWN_DAY = 0.75
"""Evidence confidence of a date read in the meeting's own sentence (not borrowed)."""


def another_day(head: MeetingMention, other: MeetingMention, evidence: dict[str, Evidence]) -> bool:
    """Whether `other` is told, in its own sentence, as held on another day than `head`."""
    if other is head or head.date is None or other.date is None or other.date == head.date:
        return False
    own = evidence["date"]
    return (own.confidence >= OWN_DAY and own.sentence == other.sentence
            and other.sentence != head.sentence)
