"""'X and Y arrived in Z. The two ministers met W.': a plural subject that names no one means
the people the sentence before names, so they take part in the meeting it tells.

Without this only the article's main actor was put before the verb, and the second visitor
dropped out of the meeting. The sentence before must name as many people as the subject counts
('the two', 'the three leaders', 'both'), or two to four when it gives no number ('the
ministers', 'they'), so a sentence naming a crowd lends no one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.annotate.events import Event
from generator.annotate.people import PersonMention

PLURAL_SUBJECT = re.compile(
    r"(?:(?:the|both)\s+(?:(two|three|four)\s+|\w+\s+)?(?:ministers|leaders|diplomats|"
    r"officials|presidents|counterparts|visitors|guests|delegations)|the\s+(two|three|four)|"
    r"(both)|they)\b(?!\s+(?:sides|countries|nations|states|governments)\b)", re.I)
"""A plural subject of people opening a sentence ('the sides', 'both countries' are states)."""
COLLECTIVE = re.compile(
    r"\b(?:ministers|leaders|delegates|participants)\s+(?:also\s+|later\s+|then\s+|further\s+)?"
    r"(?:had|held|hold|met|meet|conferred|sat\s+down)\b", re.I)
"""'Ministers also had talks with X', 'the meeting saw ministers hold talks with X'."""
COUNT = {"two": 2, "three": 3, "four": 4, "both": 2}
UNNUMBERED = range(2, 5)


def lend_plural_subjects(events: list[Event], mentions: dict[int, list[PersonMention]]
                         ) -> list[Event]:
    """Reported events opening with a plural subject, given the people named just before."""
    out = []
    for event in events:
        subject = (PLURAL_SUBJECT.match(event.sentence.text)
                   if event.status == "reported" and event.strong and len(event.people) < 2
                   else None)
        if subject is not None:
            before = list(dict.fromkeys(m.name for m in mentions.get(event.sentence.index - 1, [])))
            number = next((COUNT[g.lower()] for g in subject.groups() if g), None)
            fits = len(before) == number if number else len(before) in UNNUMBERED
            if fits and not set(before) & set(event.people):
                event = replace(event, people=before + list(event.people))
        elif event.status == "reported" and len(event.people) == 1 and not event.joins and (
                body := COLLECTIVE.search(event.sentence.text)) and all(
                m.start - event.sentence.start >= body.end()
                for m in mentions.get(event.sentence.index, []) if m.name in event.people):
            event = replace(event, joins=True)  # 'Ministers had talks with X': X joins
        out.append(event)
    return out
