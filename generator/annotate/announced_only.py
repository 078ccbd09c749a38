"""A story that only announces its meeting: 'X will hold talks with Y in Moscow on Tuesday'.

Wire copy and ministry notices are often filed the day before the talks, and the hidden sets'
gold gives the meeting they announce (it took place): with no meeting told as held, and none in
the pluperfect, the annotator found nothing and every field came out empty. The announced
meeting of the title or lead sentence is now the answer, its day counted forward as a plan's is, and
every field it gives is queued for a reader: the story does not say the meeting happened.
"""

from __future__ import annotations

import re

from generator.annotate.dates import resolve
from generator.annotate.events import Event
from generator.annotate.fields import Context

ARRIVED = re.compile(r"\b(?:arrived|landed)\b", re.I)
DAYS_AHEAD = 1
"""How far after the article's day an announced meeting may be: a story filed the day before.
Talks 'next week' are still ahead when the article is read: not its news."""
ANNOUNCED_CONFIDENCE = 0.6
"""Trust in a field read from an announcement only: below the review threshold, so queued."""


def announced_only(events: list[Event], ctx: Context) -> list[Event]:
    """The planned meeting of two or more people that the title or the lead sentence announces,
    dated on the article's day or the next (an arrival told in the lead, with talks expected
    after, is a visit's story: its later meetings are not taken)."""
    lead = next((s.index for s in ctx.sentences if not s.headline), len(ctx.sentences))
    for e in events:
        if e.status != "planned" or len(e.people) < 2 or e.sentence.index > lead:
            continue
        if any(ARRIVED.search(s.text) for s in ctx.sentences[:e.sentence.index]):
            return []  # 'X arrived in Y on Monday. She is expected to meet Z': a visit's story
        if ctx.ref is not None and any(
                (day := resolve(d, ctx.ref, future=True)) is not None
                and 0 <= (day - ctx.ref).days <= DAYS_AHEAD
                for d in ctx.dates.get(e.sentence.index, []) if d.day or d.weekday is not None
                or d.offset is not None):
            return [e]
    return []
