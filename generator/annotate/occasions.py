"""Which of an article's other meetings belong with its headline meeting's participants.

A trip's meetings on the day of the headline one are the day's news, told together ('X met Y,
then called on Z'); a meeting its own sentence dates to another day ('X also met Z on Friday',
'On Friday, X met Z') is a separate occasion: it stays in the article's list of meetings, but its
people are not the headline meeting's.
"""

from __future__ import annotations

import re

from generator.model import Evidence, MeetingMention

APART = re.compile(r"\b(?:(?:earlier|later)\s+(?:today|tonight|in\s+the\s+day|that\s+day|on)|"
                   r"separately|in\s+a\s+separate)\b", re.I)
"""Words that set a meeting apart from the headline one within the same day."""
OWN_DAY = 0.75
"""Evidence confidence of a date read in the meeting's own sentence (not borrowed)."""


def another_day(head: MeetingMention, other: MeetingMention, evidence: dict[str, Evidence]) -> bool:
    """Whether `other` is told, in its own sentence, as held on another day than `head`."""
    if other is head or head.date is None or other.date is None or other.date == head.date:
        return False
    own = evidence["date"]
    return (own.confidence >= OWN_DAY and own.sentence == other.sentence
            and other.sentence != head.sentence)


def another_guest(head: MeetingMention, other: MeetingMention, countries: dict[str, str | None]
                  ) -> bool:
    """Whether `other` is the host's meeting with another guest, told apart: it shares with
    `head` only people of the country both take place in, brings in someone from elsewhere, and
    its sentence sets it apart in time ('Earlier today, President X had talks with President Z',
    told beside X's talks with Y). A visitor's day of meetings with the hosts shares the visitor,
    and stays the headline meeting's; so does a host's day of guests told as one round ('Besides
    them, X talked to Z'), whose guests the article's news is."""
    if other is head or head.country is None or other.country != head.country or not (
            APART.search(other.sentence)):
        return False
    shared = set(head.participants) & set(other.participants)
    new = set(other.participants) - set(head.participants)
    return bool(shared) and bool(new) and all(countries.get(p) == head.country for p in shared) and all(
        countries.get(p) not in {None, head.country} for p in new)
