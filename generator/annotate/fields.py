"""Date and venue of a meeting from its sentences, their paragraph, the dateline and the byline.

Order of trust: words in the meeting's own sentence ('on Thursday in Ankara'), then the rest of
its paragraph, then article-level cues ('arrived here', 'trip to Doha'), then the dateline.
Each choice carries the sentence it came from and a confidence that drops at every fallback.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.annotate import cues
from generator.annotate.dates import DateMention, find_dates, resolve
from generator.annotate.places import HERE, PlaceMention
from generator.annotate.text import Sentence
from generator.model import Place

PAGE_DATE_MAX = 80
"""A short line near the top holding a full date is the page (publication) date."""


@dataclass
class Context:
    """Article-level facts every meeting's fields fall back on."""

    ref: dt.date | None
    """Reference day for 'Thursday', 'yesterday', 'Oct. 26': dateline, ` date` line or byline."""
    ref_sentence: str
    dateline_place: Place | None
    dateline_sentence: str
    sentences: list[Sentence]
    places: dict[int, list[PlaceMention]]
    dates: dict[int, list[DateMention]]
    statuses: dict[int, str | None]


def reference_day(
    published: dt.date | None, dateline_text: str, sentences: list[Sentence]
) -> tuple[dt.date | None, str]:
    """The day relative dates count from: a dated dateline, the ` date` line, or a page date."""
    year_hint = published
    if year_hint is None:
        for s in sentences[:6]:
            full = [d for d in find_dates(s.text) if d.full]
            if full and len(s.text) <= PAGE_DATE_MAX:
                year_hint = resolve(full[0], None)
                break
    for d in find_dates(dateline_text):
        day = resolve(d, year_hint) if d.month else None
        if day is not None:
            return day, dateline_text
    if published is not None:
        return published, "date line"
    if year_hint is not None:
        return year_hint, "page date"
    return None, ""


def meeting_date(
    group_sentences: list[Sentence], ctx: Context, headline: bool
) -> tuple[dt.date | None, str, float]:
    """The day of a meeting from its sentences, then its paragraph; None rather than a guess."""
    for pool, confidence in ((group_sentences, 0.9), (_paragraph_mates(group_sentences, ctx), 0.6)):
        for s in pool:
            for mention in ctx.dates.get(s.index, []):
                if _is_other_time(s.text, mention, s.start):
                    continue
                future = ctx.statuses.get(s.index) == "planned"
                day = resolve(mention, ctx.ref, future=future)
                if day is not None and (ctx.ref is None or abs((day - ctx.ref).days) <= 400):
                    conf = confidence if mention.full or mention.month else confidence - 0.1
                    return day, s.text, conf
    if (
        headline
        and ctx.dateline_sentence
        and ctx.ref is not None
        and ctx.ref_sentence not in {"date line", "page date"}
    ):
        return ctx.ref, ctx.dateline_sentence, 0.45
    return None, "", 0.0


def _is_other_time(text: str, mention: DateMention, base: int) -> bool:
    """Dates that do not date the meeting: 'since March 2020', 'in 2003', a month alone."""
    if mention.day is None and mention.weekday is None and mention.offset is None:
        return True
    before = text[max(0, mention.start - base - 20) : mention.start - base]
    return bool(
        re.search(
            r"\b(?:since|until|till|by|from|before|established|born)\s+(?:the\s+)?$", before, re.I
        )
    )


def _paragraph_mates(group_sentences: list[Sentence], ctx: Context) -> list[Sentence]:
    paras = {s.paragraph for s in group_sentences}
    own = {s.index for s in group_sentences}
    return [
        s
        for s in ctx.sentences
        if s.paragraph in paras
        and s.index not in own
        and ctx.statuses.get(s.index) not in {"recalled", "planned"}
    ]


def meeting_venue(
    group_sentences: list[Sentence], ctx: Context, headline: bool
) -> tuple[Place | None, str, float]:
    """Where a meeting took place: its own sentences, paragraph, article cues, then dateline."""
    for pool, confidence in ((group_sentences, 0.9), (_paragraph_mates(group_sentences, ctx), 0.7)):
        for s in pool:
            found = _venue_in(s, ctx)
            if found is not None:
                return found, s.text, confidence
    if not headline:
        return None, "", 0.0
    for s in ctx.sentences:
        if ctx.statuses.get(s.index) in {"recalled", "planned"}:
            continue
        if s.headline or cues.VISIT.search(s.text):
            found = _venue_in(s, ctx, arrival_only=not s.headline)
            if found is not None:
                return found, s.text, 0.6
    if ctx.dateline_place is not None:
        return ctx.dateline_place, ctx.dateline_sentence, 0.4
    return None, "", 0.0


ARRIVAL = re.compile(
    r"\b(?:arriv\w+|landed|reached|trip|visit\w*|tour|travel\w*)\b[^.]{0,60}$", re.I
)


def _venue_in(s: Sentence, ctx: Context, arrival_only: bool = False) -> Place | None:
    for pm in ctx.places.get(s.index, []):
        if not pm.cued:
            continue
        before = s.text[max(0, pm.start - s.start - 80) : pm.start - s.start]
        if arrival_only and not ARRIVAL.search(before):
            continue
        if re.search(r"\b(?:from|back\s+from|left|departed)\s+(?:the\s+)?$", before, re.I):
            continue
        return pm.place
    if ctx.dateline_place is not None and HERE.search(s.text):
        return ctx.dateline_place
    return None
