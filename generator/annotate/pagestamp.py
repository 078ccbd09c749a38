"""Page dates written in figures alone on their own line ('19/03/2024', '2024-03-19 10:15').

Scraped pages print their date so above the story; the sentence splitter drops such lines as
clutter (they hold no words), so `refday.reference_day` never saw them and counted 'on Monday'
from the collector's ` date` line, which may be weeks later. Only the opening lines are read.
"""

from __future__ import annotations

import datetime as dt
import re

STAMP = re.compile(
    r"\s*(?:(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)|"
    r"(?P<d2>[0-3]?\d)(?P<s2>[-/.])(?P<m2>[01]?\d)(?P=s2)(?P<y2>(?:19|20)\d\d))"
    r"(?:[\sT,|]+[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?|Z|[+-]\d\d:?\d\d)?)?\s*$")
"""A line that is only a date in figures, with a time of day perhaps: '19/03/2024',
'2024-03-19 10:15', '19.03.2024, 10:15', '2024-03-19T10:15:00Z'."""
STAMP_LINES = 6
"""Opening lines where a page prints its date."""
STAMP_REACH = 1500
"""Characters those lines are looked for in: the rest of a long article is never split."""


def numeric_stamp(text: str) -> dt.date | None:
    """The date of the first opening line that is only a date in figures, if any; a day-first
    reading, unless the day cannot be a month ('03/19/2024')."""
    if "\n" not in text:
        return None
    for line in text[:STAMP_REACH].split("\n", STAMP_LINES)[:STAMP_LINES]:
        if not line or not line.lstrip()[:1].isdigit():
            continue
        m = STAMP.match(line)
        if m is None:
            continue
        if m["y"]:
            year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        else:
            year, day, month = int(m["y2"]), int(m["d2"]), int(m["m2"])
            if month > 12 >= day:
                day, month = month, day
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None
