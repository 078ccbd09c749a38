"""Places where a participant had been for another event, told beside the meeting.

'X met Y on Tuesday. Y had earlier attended a business forum in Milan.': the second sentence
names a participant, so it joins the meeting's sentences, and its city was taken as the venue
with full trust. A place is another event's when the words before it in its clause put someone
at an event there before ('had attended', 'earlier visited', 'had toured'): the verbs of being
somewhere for something else, in the pluperfect or marked earlier. Arriving, landing or being
in a city stay out of the list: 'had arrived in X' is where the meeting then took place, and a
meeting verb in the pluperfect ('said they had held talks in X') is the meeting itself.
"""

from __future__ import annotations

import re

OTHER_EVENT_VERB = (r"(?:attended|visited|toured|addressed|opened|inaugurated|chaired|co-chaired|"
                    r"taken\s+part|took\s+part|participated|spoken\s+at|spoke\s+at|stopped\s+(?:over\s+)?"
                    r"|laid\s+a\s+wreath|delivered\s+a\s+(?:speech|lecture|keynote))")
ELSEWHERE_BEFORE = re.compile(
    rf"\b(?:had\s+(?:(?:earlier|already|previously|also|just|first)\s+)?(?:been\s+)?|"
    rf"(?:earlier|previously|before\s+that)\s*,?\s+(?:(?:he|she|they|\w+)\s+)?)"
    rf"{OTHER_EVENT_VERB}\b[^,;.]{{0,60}}?\b(?:in|at)\s+(?:the\s+)?$"
    rf"|\bsince\s+(?:[\w.'’-]+\s+){{1,5}}?(?:visited|was\s+in|were\s+in|met\s+[^,;.]{{0,40}}?\s+in|"
    rf"{OTHER_EVENT_VERB}\s+[^,;.]{{0,40}}?\s+in)\s+(?:the\s+)?$", re.I)
"""'had earlier attended a forum in', 'earlier visited a factory in', 'had taken part in a
conference in': a clause that ends at a place and puts someone at another event there; also a
'since' clause ('their first meeting since Blinken visited Beijing in April'): an earlier time."""


def attended_elsewhere(before: str) -> bool:
    """Whether the words before a place make it where someone had been for another event."""
    return bool(ELSEWHERE_BEFORE.search(before))
