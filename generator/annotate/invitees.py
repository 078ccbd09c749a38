"""'X met Y and invited Premier Z to visit': the one invited to come later is not at the talks.

The invitation is a plan for another meeting; its guest is named as context. Both halves are
needed ('invited' before the name and 'to visit', 'to attend', 'to come' after it), so 'invited
Y for talks' and 'was invited by Y' keep Y.
"""

from __future__ import annotations

import re

INVITED_BEFORE = re.compile(r"\binvit(?:ed|es|ing)\s+(?!by\b)(?:[\w.'’-]+\s+){0,4}$", re.I)
TO_COME_AFTER = re.compile(
    r"^(?:\s+and\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3})?,?\s+to\s+(?:visit|pay\s+(?:a|an)\s+|attend|come|"
    r"travel)\b", re.I)
"""After the name, maybe past another invitee ('and his wife'): what the invitation is to."""


def invited(text: str, lead: int, start: int, end: int, tail: int) -> bool:
    """Whether the person named at text[start:end] is invited to come or attend later."""
    return (INVITED_BEFORE.search(text, lead, start) is not None
            and TO_COME_AFTER.match(text[end:tail]) is not None)
