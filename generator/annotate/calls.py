"""'Wang Yi called Sergey Lavrov on Wednesday': a call told by 'called', 'phoned' or 'rang' with
the person called right after the verb, which MEETING cannot tell from 'called for', 'called
the move ...' or 'called it' (it reads the lower-cased text, where a name is not a name).

Asked only of a sentence without a meeting verb that names two or more people. Someone must be
named before the verb, and the words after the person called must not make them a description
('called X a friend', 'X's').
"""

from __future__ import annotations

import re

from generator.annotate.events import Event
from generator.annotate.people import PersonMention
from generator.annotate.text import Sentence

CALLED = re.compile(r"\b(?:called|phoned|rang)\s+(?:up\s+)?(?:(?:[A-Z][\w.'’-]*\s+){0,4})?$")
"""Right before the person called: the verb, maybe 'up' and the person's title."""
DESCRIBED = re.compile(r"(?:['’]s\b|\s+(?:a|an|the|his|her|their|one|as|to\s+account)\b)", re.I)
PLANNED = re.compile(r"\b(?:will|would|to|plans?|expected|should|could)\s+(?:\w+\s+)?$", re.I)
"""'is expected to have called', 'will phone': not a call that happened (checked before 'called')."""


def called_event(sentence: Sentence, text: str, mentions: list[PersonMention]) -> Event | None:
    """The call a sentence tells as 'X called Y', or None."""
    for k, m in enumerate(mentions[1:], 1):
        verb = CALLED.search(text, max(sentence.start, m.start - 80), m.start)
        if verb is None or DESCRIBED.match(text, m.end, sentence.end):
            continue
        callers = [p.name for p in mentions[:k] if p.end <= verb.start()]
        if not callers or PLANNED.search(text, max(sentence.start, verb.start() - 30), verb.start()):
            return None
        names = list(dict.fromkeys([*callers[-1:], m.name]))
        if len(names) == 2:
            return Event(sentence, "reported", names, [], phone=True, strong=True)
    return None


THEIR_CALL = re.compile(
    r"\b(?:during|in|on|throughout)\s+(?:their|the)\s+(?:(?:phone|telephone|video)\s+)?"
    r"(?:call|conversation)\b(?![^,.;]{0,40}\b(?:last|ago|earlier|previous|prior|in\s+(?:19|20)\d\d)\b)",
    re.I)
"""'the department said that during their phone call the two also discussed commitments made at
the 2023 summit': the call of this report, though the sentence recalls something else."""


def their_call(text: str) -> bool:
    """Whether a sentence refers to the talks as 'their call', not dated to another time."""
    return THEIR_CALL.search(text) is not None
