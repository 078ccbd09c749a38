"""'The meeting took place in Antalya': a sentence that states where the meeting was.

Real copy often tells the meeting in the lead without a city and says where it was a sentence
or a paragraph later; the sentences in between (what was discussed, who said what) name other
cities: where a sanction was announced, where the next round will be. The venue rule took the
first cued place among the meeting's sentences in the order told, so such a city beat the
sentence whose only job is to say where the meeting was. A sentence that opens by saying where
'the meeting' or 'the talks' took place or were held is read first.
"""

from __future__ import annotations

import re

STATED = re.compile(
    r"(?:the|their|this|today['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:meeting|talks|discussions|consultations|session|summit|negotiations|"
    r"encounter)\s+(?:took\s+place|(?:was|were)\s+held|(?:is|are)\s+(?:being\s+held|taking\s+place))"
    r"\s+(?:in|at|on|inside)\b", re.I)
"""Opening a sentence: 'The talks took place at', 'Their meeting was held in' (not a plan:
'will take place', 'is to be held' do not match)."""


def states_venue(sentence: str) -> bool:
    """Whether a sentence opens by saying where the meeting took place."""
    return sentence[:3].lower() in {"the", "thi", "tod", "mon", "tue", "wed", "thu", "fri", "sat",
                                    "sun"} and STATED.match(sentence) is not None
