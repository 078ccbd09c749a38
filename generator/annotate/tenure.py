"""Names that date something by a person's coming to office ('since President X took office',
'before Y was sworn in'): the person marks a time in the sentence, not a meeting's side.

Both halves are needed: 'X took office on Monday and met Y' has X at the talks, and 'after X
arrived, he met Y' is about the meeting; only a time word before the name and the coming to
office after it make the mention a date.
"""

from __future__ import annotations

import re

TIME_BEFORE = re.compile(r"\b(?:since|after|before|until|when|once)\s+(?:[\w.'’-]+\s+){0,4}$", re.I)
"""Just before a name: 'since', 'after', 'before' ... and at most a title ('since President')."""
OFFICE_AFTER = re.compile(
    r"\s+(?:(?:first\s+)?(?:took|assumed|entered|came\s+to|returned\s+to)\s+(?:office|power)|"
    r"(?:was|were)\s+(?:first\s+)?(?:elected|sworn\s+in|inaugurated|appointed))\b", re.I)
"""Just after it: the person's coming to office."""
WORDS = ("office", "power", "elected", "sworn", "inaugurated", "appointed")
"""One of these is in a sentence that can tell such a time (checked before any pattern runs)."""


def marks_tenure(text: str, start: int, end: int, lead: int, stop: int) -> bool:
    """Whether the name at text[start:end] only dates something by the person's coming to office;
    `lead`/`stop` bound the words read around the name."""
    window = text[end:stop].lower()
    for word in WORDS:  # a plain loop: a generator's frames cost more than the tests
        if word in window:
            break
    else:
        return False
    return OFFICE_AFTER.match(text, end, stop) is not None \
        and TIME_BEFORE.search(text, lead, start) is not None
