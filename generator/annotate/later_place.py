"""Places that belong to a later event, not to the meeting told beside them.

'X met Y on Tuesday ahead of next month's summit in Kazan': the sentence reports a meeting, and
its only cued place is where a gathering will be; taking it as the venue puts the meeting where
nobody has been yet. 'X met Y on Tuesday. Z will travel to Beijing in May.': a sentence of the
meeting's paragraph that speaks of the future names where someone is going. Both are read from
words right before the place (the clause it stands in) or the tense of the other sentence, so
no sentence is scanned twice.

When the later event is said to be later in words ('next month's', 'later this year'), the
place is dropped; a merely 'upcoming' gathering may be where the ministers met the day before,
so that place is kept and only marked (`signals`: `venue_later_event`) for the confidence model.
"""

from __future__ import annotations

import re

from generator.annotate.guard import scanned

LATER_EVENT = scanned(re.compile(
    r"\b(?:next\s+(?:week|month|year)['’]s|(?:the\s+)?(?:following|coming)\s+(?:week|month|year)['’]s|"
    r"(?:later|early|end)\s+(?:this|next)\s+(?:week|month|year)|"
    r"(?:to\s+be|will\s+be|due\s+to\s+be|set\s+to\s+be|scheduled\s+to\s+be)\s+(?:held|hosted|convened)|"
    r"(?:the|a)\s+next\s+(?:round|meeting|session)\b)"
    r"[^,;()]{0,60}?\b(?:in|at)\s+(?:the\s+)?$", re.I))
"""'ahead of next month's summit in', 'a summit to be held in', 'the next round of talks in': a
gathering told as later."""
UPCOMING_EVENT = scanned(re.compile(
    r"\b(?:upcoming|forthcoming|planned|scheduled|future|coming|next)\s+[^,;()]{0,50}?"
    r"\b(?:in|at)\s+(?:the\s+)?$", re.I))
"""'ahead of the upcoming SCO summit in': later, but the ministers may already be there."""
OTHER_DAY_EVENT = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)\s+"
    r"(?:after|before)\s+(?:(?!arriv|land|reach|fl[eyo]w|travel|came|come|go)[^,;()\s]+\s+){0,8}?"
    r"(?:in|at)\s+(?:the\s+)?$", re.I)
"""'met Y on Tuesday, a day after talks in Athens': another day's event (an arrival there, 'a day
after arriving in X', is the trip to the meeting, and stays)."""
FUTURE = re.compile(
    r"\b(?:will|shall|is\s+(?:due|set|scheduled|expected|slated)\s+to|are\s+(?:due|set|scheduled|"
    r"expected|slated)\s+to|next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|"
    r"to\s+be\s+held|plans?\s+to|intends?\s+to)\b", re.I)
"""A sentence about what is still to come ('Z will travel to Beijing in May')."""


LATER_TRIP = scanned(re.compile(
    r"\b(?:then|later|afterwards|subsequently|from\s+there|after\s+(?:that|the\s+(?:talks|meeting)))"
    r"\s*,?\s+(?:[^,;.\s]+\s+){0,3}?(?:travel+(?:ed|s)|fl(?:ew|ies)|head(?:ed|s)|left|leaves|depart(?:ed|s)|"
    r"went|goes|proceed(?:ed|s)|mov(?:ed|es)\s+on|continu(?:ed|es))\s+(?:on\s+)?(?:to|for)\s+(?:the\s+)?$",
    re.I))
"""'He then travelled to Minsk', 'afterwards she flew on to Seoul': where someone went after the
meeting, told in the past, which `FUTURE` does not see."""
DAY_THEN_TRIP = scanned(re.compile(
    r"\b(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tomorrow|the\s+(?:next|following)\s+day)"
    r"\s*,?\s+(?:[^,;.\s]+\s+){0,2}?(?:heads?|travels?|flies|fly|goes|leaves?|departs?|moves?\s+on|"
    r"continues?|will\s+(?:travel|fly|head|go|leave|depart|move\s+on|continue))\s+(?:on\s+)?(?:to|for)\s+"
    r"(?:the\s+)?$", re.I))
"""'and on Wednesday he heads to Ottawa': a trip told in the present or future with its own day,
inside the meeting's sentence (a past 'on Tuesday he travelled to X' may be the meeting's trip)."""


def later_trip(before: str) -> bool:
    """Whether the words before a place make it where someone went after the meeting."""
    return bool(LATER_TRIP.search(before) or DAY_THEN_TRIP.search(before))


def later_event(before: str) -> bool:
    """Whether the words before a place make it the site of a gathering told as later."""
    return bool(LATER_EVENT.search(before))


def other_day_event(before: str) -> bool:
    """Whether the words before a place tie it to an event days before or after the meeting."""
    return bool(OTHER_DAY_EVENT.search(before))


def upcoming_event(before: str) -> bool:
    """Whether the words before a place make it the site of an upcoming gathering."""
    return bool(UPCOMING_EVENT.search(before))


def future_sentence(text: str) -> bool:
    """Whether another sentence of the meeting's paragraph tells of the future."""
    return bool(FUTURE.search(text))
