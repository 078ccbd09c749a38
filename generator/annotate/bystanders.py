"""'Modi held talks with Ramaphosa on the sidelines of the BRICS summit. ... Xi and Lula are also
attending the summit.': people at the gathering are not in the bilateral told beside it.

A sentence saying who else attends a gathering is a participation sentence, and its people
joined the meeting before it (or, as a meeting of their own, were merged into the article's
participants). When the story's meeting is a talk on the sidelines of that gathering, the
people 'also attending' it were there, but not at the talks; they are mentioned only.
"""

from __future__ import annotations

import re

from generator.annotate.events import Event

ALSO_ATTENDING = re.compile(
    r"\b(?:is|are|was|were)\s+also\s+(?:attending|at|in\s+attendance|taking\s+part|present\s+at|"
    r"joining|participating)\b", re.I)


def drop_bystanders(events: list[Event]) -> list[Event]:
    """Reported events without those that only say who else attends the gathering, when a
    meeting on its sidelines is reported."""
    if not any(e.sidelines and e.people for e in events):
        return events
    return [e for e in events
            if not (e.joins and not e.strong and ALSO_ATTENDING.search(e.sentence.text))]
