"""Date of a meeting from its sentences, their paragraph, the lead, the dateline and the ` date`
line, plus the article-level context that venues (`venues.py`) share.

Order of trust: words in the meeting's own sentence ('on Thursday in Ankara'), then the rest of
its paragraph, then other sentences reporting the same trip, then article-level cues, then the
dateline. Each choice carries the sentence it came from, a confidence that drops at every
fallback, and the rule that made it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from generator.annotate import cues
from generator.annotate.dates import MONTHS, DateMention, resolve
from generator.annotate.events import Event
from generator.annotate.guard import scanned
from generator.annotate.otherday import trip_day
from generator.annotate.places import PlaceMention
from generator.annotate.refday import PAGE_DATE_MAX, PLACE_COMMA
from generator.annotate.sequel import following_day
from generator.annotate.since_dates import outside_since
from generator.annotate.text import Sentence
from generator.annotate.vague import vague_only, vague_time
from generator.model import Place

RECALL_GAP_DAYS = 20
"""A sentence dated this long before the reference day recalls an earlier meeting."""
NEAR = 10
"""Days a date borrowed from a neighbouring sentence may lie from the reference day."""
PARAGRAPH_REACH = 12
"""Sentences either side that count as paragraph mates (scraped text may have no breaks)."""
REPORTED_REACH = 60
"""Other meeting sentences a headline meeting borrows its day or city from: the story's top."""


class Choice(NamedTuple):
    """A field's value with its evidence sentence, confidence and the rule that chose it (the
    rule is kept for calibration: which fallback produced a field says how far to trust it)."""

    value: Any
    sentence: str
    confidence: float
    rule: str


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
    year_hint: int | None = None
    """Year for 'April 13' when the article has no reference day but names a year elsewhere."""
    paragraph_refs: dict[int, dt.date] = field(default_factory=dict)
    """Paragraphs of an embedded post count 'today' from the post's own date."""
    here_place: Place | None = None
    """What 'here' means when there is no dateline (the capital of the country visited)."""
    cuts: dict[int, int] = field(default_factory=dict)
    """Sentence index -> text offset where a clause about another meeting starts."""
    countries: dict[str, str] = field(default_factory=dict)
    """Country of each person as titles in this article give it ('the Kyrgyz minister X')."""
    by_paragraph: dict[int, list[Sentence]] = field(default_factory=dict)
    """Sentences per paragraph, so each meeting's neighbours cost its paragraph, not the text."""
    reported: list[Sentence] | None = None
    """Sentences reporting a meeting, listed once after statuses settle (long texts stay linear)."""
    low: str | None = None
    """The article lower-cased (`cues.lowered`), so cues run on it instead of with re.I."""
    recall_cues: dict[int, bool] = field(default_factory=dict)
    """Sentence index -> whether it holds a recall cue, once asked (see `recalls`)."""
    planned: dict[int, set[str]] = field(default_factory=dict)
    """Sentence index -> people of a meeting it announces ('X will meet Y in Z on Tuesday')."""
    recent: set[int] = field(default_factory=set)
    """Sentences whose 'last week' meeting is the article's news (`vague.recent_only`)."""
    shared_signals: dict[tuple[tuple[int, ...], str | None], dict[str, float]] = field(default_factory=dict)
    """The signals every field of a meeting shares (`signals.common`), worked out once per meeting."""

    def __post_init__(self) -> None:
        for s in self.sentences:
            self.by_paragraph.setdefault(s.paragraph, []).append(s)

    def recalls(self, s: Sentence) -> bool:
        """Whether a sentence holds a recall cue ('last year', 'previously'): several stages ask,
        and the answer is found once."""
        known = self.recall_cues.get(s.index)
        if known is None:
            low = self.low[s.start:s.end] if self.low is not None else None
            known = self.recall_cues[s.index] = cues.search(cues.RECALLED, s.text, low) is not None
        return known


def year_hint(ref: dt.date | None, dates: dict[int, list[DateMention]], text: str
              ) -> int | None:
    """The year for a bare 'April 13' in the body: the reference day's, else the latest year
    the article gives to something that could be this story's time ('in February 2023').

    Years of documents and spans ('the accords of May 2, 2015', 'since 2019') say nothing
    about when the news happened, so they are not used; a dateline never takes a body year.
    """
    if ref is not None:
        return ref.year
    years = [d.year for ds in dates.values() for d in ds
             if d.year and not DOCUMENT_OF.search(text, max(0, d.start - 40), d.start)
             and not SPAN_BEFORE.search(text, max(0, d.start - 20), d.start)]
    return max(years) if years else None


def settle_statuses(events: list[Event], ctx: Context) -> None:
    """Reported sentences dated well before the article, or continuing a recalled one, recall.

    'The first dialogue was held in Delhi in April last year. X and Y represented the two
    sides.': the second sentence has no time of its own and belongs to the first.
    """
    by_index: dict[int, list[Event]] = {}
    for e in events:
        by_index.setdefault(e.sentence.index, []).append(e)
    past: set[int] = set()
    # Sentences without a meeting, not dated before: in `past` when they hold a recall cue, which
    # is looked for only where the next sentence would follow them (it was looked for in each).
    quiet: set[int] = set()
    filed = (ctx.dateline_place is not None and ctx.ref_sentence not in {"", "date line", "page date"}
             ) or _reported_near_ref(by_index, ctx)
    for s in ctx.sentences:
        days = ctx.dates.get(s.index)
        mine = by_index.get(s.index, [])
        if not days and not mine:
            quiet.add(s.index)  # no day and no meeting: nothing to settle (a third of sentences)
            continue
        own = outside_since(s.text, s.start, _outside_asides(s, days or []))
        old = (_dated_before(own, ctx.ref, filed)
               or (bool(mine) and _dated_after(own, ctx.ref))
               or (bool(mine) and _month_before(s, own, ctx)))
        if old and mine and _news_first(_past_dateline(s, own, ctx), ctx.ref):
            old = False  # 'met today, 13 June, ... to follow up on the visit on 23 January
        if not old and not mine:
            quiet.add(s.index)  # nothing here to settle
            continue
        before = s.index - 1
        follows = (not own and before >= 0 and ctx.sentences[before].paragraph == s.paragraph
                   and (before in past or (before in quiet and ctx.recalls(ctx.sentences[before]))))
        for event in mine:
            if event.status == "reported" and (old or follows):
                event.status = "recalled"
        if old or any(e.status == "recalled" for e in mine):
            past.add(s.index)


def _past_dateline(s: Sentence, own: list[DateMention], ctx: Context) -> list[DateMention]:
    """A sentence's days but its dateline's ('MOSCOW, June 23 (Wire) - X met Y on April 2': June
    23 is when the copy was filed, not a day the sentence tells)."""
    if s.text != ctx.dateline_sentence and s.text != ctx.ref_sentence:
        return own
    span = _dateline_span(s.text, [d.end - s.start for d in own if d.month and d.day])
    return [d for d in own if d.start - s.start >= span]


def _news_first(own: list[DateMention], ref: dt.date | None) -> bool:
    """Whether a sentence's first day is the reference day or one next to it ('today', '13
    June' read on 13 June): a day weeks back later in it dates another clause ('... to follow up
    on the commitments of the visit on 23 January'), not the meeting told first."""
    first = min(own, key=lambda d: d.start, default=None)
    if first is None or ref is None or len(own) < 2:
        return False
    day = resolve(first, ref)
    return day is not None and abs((ref - day).days) <= 1


def _outside_asides(s: Sentence, own: list[DateMention]) -> list[DateMention]:
    """A sentence's days but those of a 'who' aside, when it has days outside one too: 'X, who
    met Y in Beijing on February 12, held talks with him in Moscow on Monday' is Monday's news."""
    if len(own) < 2 or ", wh" not in s.text:
        return own
    asides = [(c.start() + s.start, c.end() + s.start) for c in WHO_CLAUSE.finditer(s.text)]
    outside = [d for d in own if not any(a <= d.start < b for a, b in asides)]
    return outside or own


STATEMENT_ON = re.compile(r"\b(?:statement|readout|release|said|says|announced|told\s+\w+)\s+"
                          r"(?:on\s+)?$", re.I)


def _reported_near_ref(by_index: dict[int, list[Event]], ctx: Context) -> bool:
    """Whether a reported meeting is dated by a weekday or 'today' near the reference day: the
    article's news is then of that day, and a day-month weeks earlier is an earlier meeting."""
    if ctx.ref is None:
        return False
    for index, mine in by_index.items():
        if not any(e.status == "reported" for e in mine):
            continue
        text = ctx.sentences[index].text
        for d in ctx.dates.get(index, []):
            if d.weekday is None and d.offset is None:
                continue
            at = d.start - ctx.sentences[index].start
            if STATEMENT_ON.search(text, max(0, at - 30), at):
                continue  # 'in a statement on Tuesday': when it was said, not when they met
            day = resolve(d, ctx.ref)
            if day is not None and abs((day - ctx.ref).days) <= NEAR:
                return True
    return False


MONTH_OVER_DAYS = 3
"""A meeting told 'in February' when February ended this many days before the article is
earlier news ('Earlier, in February, X met Y'): the article's own meeting has a day of its own."""
MONTH_ONLY = scanned(re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Ss]ince)\s+(?:early\s+|late\s+|mid-?)?(January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?!\s*\d)"))
"""'the two met in March': a month alone, which `find_dates` does not read as a date."""


def _month_before(s: Sentence, own: list[DateMention], ctx: Context) -> bool:
    """A meeting sentence dated only by a month well before the reference day is earlier news
    ('they last met in March'); one with a day of its own ('on Monday') is not."""
    if ctx.ref is None or any(d.day or d.weekday is not None or d.offset is not None for d in own):
        return False
    t = s.text  # the words MONTH_ONLY opens with, tested without a generator (22,779 calls)
    if not ("in " in t or "since " in t or "during " in t or "In " in t or "Since " in t
            or "During " in t):
        return False
    m = MONTH_ONLY.search(s.text)
    if m is None:
        return False
    month = MONTHS[m[1].lower()]
    year = ctx.ref.year if month <= ctx.ref.month else ctx.ref.year - 1
    after = dt.date(year + month // 12, month % 12 + 1, 1)  # the day after the month ends
    return (ctx.ref - after).days > MONTH_OVER_DAYS


def _dated_before(own: list[DateMention], ref: dt.date | None, filed: bool = False) -> bool:
    """Whether a sentence names a month or day well before the reference day.

    A day and month without a year count only when `filed`: the reference day is a dated
    dateline, the day the copy was filed, so a meeting weeks before it is earlier news (a page
    date may be weeks after the news it carries)."""
    if ref is None:
        return False
    for d in own:
        if filed and d.year is None and d.month and d.day and d.weekday is None and d.offset is None:
            told = resolve(d, ref)  # 'met in Astana on April 2', read on June 23: that April's
            if told is not None and (ref - told).days > RECALL_GAP_DAYS:
                return True
            continue
        if d.year is None or d.month is None:
            continue
        day = dt.date(d.year, d.month, d.day or 1)
        if (ref - day).days > RECALL_GAP_DAYS + (0 if d.day else 31):
            return True
    return False


def _dated_after(own: list[DateMention], ref: dt.date | None) -> bool:
    """Whether a sentence told as done names a day and month (no year) weeks after the reference
    day: 'the state visit on 4-5 April became a landmark', read in February, is last year's."""
    if ref is None:
        return False
    for d in own:
        if d.year is None and d.month and d.day and d.weekday is None and d.offset is None:
            day = resolve(d, ref)
            if day is not None and (day - ref).days > NEAR:
                return True
    return False


def meeting_date(group_sentences: list[Sentence], ctx: Context, headline: bool,
                 people: tuple[str, ...] = ()) -> Choice:
    """The day of a meeting from its sentences, then its paragraph; None rather than a guess."""
    if headline and group_sentences and vague_only(group_sentences[0], ctx.dates.get(
            group_sentences[0].index, []), ctx.cuts.get(group_sentences[0].index), SAID_ON):
        return Choice(None, group_sentences[0].text, 0.0, "vague")
    if headline and group_sentences and _gathering_days_only(group_sentences[0], ctx):
        return Choice(None, group_sentences[0].text, 0.0, "vague")  # 'on the margins of the
        # session held on 15-16 February, X held talks with Y': which of the days, not said
    glued = _glued_day(group_sentences, ctx)
    if glued is not None:  # 'her meeting Wednesday with Y', 'At Wednesday's talks'
        return glued
    first = group_sentences[0] if group_sentences else None
    sequel = first and following_day(first, ctx.sentences, ctx.dates, ctx.cuts.get(
        first.index, first.end) - first.start, lambda m, s: _resolve_in(m, s, ctx))
    if sequel and (ctx.ref is None or (sequel[0] - ctx.ref).days <= 1):
        return Choice(sequel[0], first.text, 0.8, "following day")  # 'arrived Monday; the next day
    for pool, confidence, near, rule in _date_pools(group_sentences, ctx, headline, people):
        filed: Choice | None = None  # the dateline's own day: only if no sentence tells another
        for s in pool:
            for mention in _own_dates_first(s, ctx):
                if _is_other_time(s.text, mention, s.start) or mention.start >= ctx.cuts.get(
                        s.index, mention.end):
                    continue
                if (filed is None and len(pool) > 1 and s.text == ctx.dateline_sentence
                        and mention.start - s.start < _dateline_span(s.text)):
                    day = _resolve_in(mention, s, ctx)
                    if day is not None:  # 'ANKARA, July 4 - ... after talks. The meeting took
                        filed = Choice(day, s.text, confidence, rule)  # place on Wednesday'
                    continue
                day = _resolve_in(mention, s, ctx)
                if day is not None and near is not None and ctx.ref is not None and abs(
                        (day - ctx.ref).days) > near:
                    continue  # a neighbour's date far from the article's is another event's
                if day is not None and ctx.ref is not None and (day - ctx.ref).days > 1:
                    continue  # a meeting that took place is not dated after the article
                if day is not None:
                    conf = confidence if mention.full or mention.month else confidence - 0.1
                    if mention.day is None and said_day(s.text, mention.start - s.start):
                        return Choice(day, s.text, min(conf, SAID_DAY_CONFIDENCE), SAID_DAY_RULE)
                    return Choice(day, s.text, conf, rule)
        if filed is not None:
            return filed
    if not headline or ctx.ref is None:
        return Choice(None, "", 0.0, "none")
    vague = next((s for s in group_sentences
                  if vague_time(s.text, 0, ctx.cuts.get(s.index, s.end) - s.start)), None)
    if vague is not None:  # 'met in Moscow earlier this week': not the day the copy was filed
        return Choice(None, vague.text, 0.0, "vague")
    if ctx.ref_sentence == "page date":  # a release dated on its page reports that day's news
        return Choice(ctx.ref, "page date", 0.4, "page date")
    if ctx.ref_sentence == "date line":  # news is mostly filed on the day or the day after
        return Choice(ctx.ref, "date line", DATE_LINE_FALLBACK, "date line")
    return Choice(ctx.ref, ctx.dateline_sentence or ctx.ref_sentence, 0.45, "dateline")


GLUED_BEFORE = scanned(re.compile(r"\b(?:meeting|talks|met|meets|meet)\s+(?:on\s+)?(?:late\s+|early\s+)?$",
                                  re.I))
GLUED_AFTER = re.compile(r"['’]s?\s+(?:meeting|talks)\b", re.I)


def _glued_day(group_sentences: list[Sentence], ctx: Context) -> Choice | None:
    """A weekday written onto the meeting itself in a later sentence of the meeting ('X said
    Thursday that ... / ... her meeting Wednesday with Y'), where the first sentence dates only
    the words said about it: the meeting's own day beats the day it was spoken of."""
    if len(group_sentences) < 2:
        return None
    first = group_sentences[0]
    firsts = ctx.dates.get(first.index, [])
    if any(_glued(d, first, ctx) for d in firsts if d.weekday is not None):
        return None  # the first sentence dates the meeting itself: the usual rules apply
    for s in group_sentences[1:]:
        for d in ctx.dates.get(s.index, []):
            if d.weekday is None or not _glued(d, s, ctx) or d.start >= ctx.cuts.get(s.index, d.end):
                continue
            day = _resolve_in(d, s, ctx)
            if day is not None and ctx.ref is not None and 0 <= (ctx.ref - day).days <= 6:
                return Choice(day, s.text, 0.9, "own sentence")
    return None


def _glued(d: DateMention, s: Sentence, ctx: Context) -> bool:
    at, end = d.start - s.start, d.end - s.start
    return bool(GLUED_BEFORE.search(s.text, max(0, at - 30), at) or GLUED_AFTER.match(s.text, end))


def _date_pools(group_sentences: list[Sentence], ctx: Context, headline: bool, people: tuple[str, ...]
                ) -> Iterator[tuple[list[Sentence], float, int | None, str]]:
    """Where `meeting_date` looks, most trusted first, with the confidence and reach of each.

    Yielded one by one: most meetings are dated by their own sentence, and the later pools are
    then never listed (listing all six for every meeting cost about a third of `meeting_date`)."""
    yield group_sentences, 0.9, None, "own sentence"
    yield _paragraph_mates(group_sentences, ctx), 0.6, NEAR, "paragraph"
    yield _just_before(group_sentences, ctx), 0.55, NEAR, "sentence before"
    if headline:
        yield _reported_elsewhere(group_sentences, ctx), 0.5, NEAR, "other report"
        yield _lead(ctx), 0.45, NEAR, "lead"  # 'On Monday, X began a tour of ...
        yield _announced(people, ctx), 0.4, NEAR, "announced"


SAID_DAY_CONFIDENCE = 0.5
SAID_DAY_RULE = "said on"
"""A meeting dated only by the day a statement about it was made ('X and Y discussed ties by
phone, the ministry said on Saturday'): often the same day, but the text does not say so."""


def said_day(text: str, at: int) -> bool:
    """Whether the day at `text[at:]` is when words were said ('the ministry said on Saturday')."""
    return SAID_ON.search(text, max(0, at - 30), at) is not None


DATE_LINE_FALLBACK = 0.35
"""Confidence of a headline date that is only the collector's ` date` line."""


def _own_dates_first(s: Sentence, ctx: Context) -> list[DateMention]:
    """A sentence's dates, its dateline's own date last: 'Baku, 1 March (TDI): X met Y on
    Tuesday' dates the talks by 'Tuesday', counted from the dateline."""
    mentions = ctx.dates.get(s.index, [])
    if len(mentions) < 2:
        return mentions
    asides = [(c.start(), c.end()) for c in WHO_CLAUSE.finditer(s.text)] if ", wh" in s.text else []
    spoken = [m for m in mentions if SAID_ON.search(s.text, max(0, m.start - s.start - 30),
                                                     m.start - s.start)
              or any(a <= m.start - s.start < b for a, b in asides)
              or trip_day(s.text, m.start - s.start, m.end - s.start)]
    if spoken and len(spoken) < len(mentions):  # 'said on Friday that X met Y on Thursday'
        mentions = [m for m in mentions if m not in spoken] + spoken
    spans = [m for m in mentions if m.span]
    if spans and len(spans) < len(mentions) and any(m.day and not m.span for m in mentions):
        # 'visited Moscow on March 3-4, 2024 and held talks with Y on March 4': the day the
        # sentence gives the talks beats the visit's span
        mentions = [m for m in mentions if not m.span] + spans
    if s.text not in {ctx.dateline_sentence, ctx.ref_sentence}:
        lead = PLACE_COMMA.match(s.text)  # 'Rabat, August 21, 2023, X spoke with Y yesterday'
        if lead is None or mentions[0].start - s.start != lead.end():
            # 'X today met Y on 2 March': the day the text states beats a word counted from
            # a page date; the day words about it were said ('said Tuesday that the talks
            # yesterday ...') stays behind both, as ordered above
            return sorted(mentions, key=lambda m: (m in spoken, m.offset is not None and m.day is None))
    span = _dateline_span(s.text, [m.end - s.start for m in mentions if m.month and m.day])
    own = [m for m in mentions if m.start - s.start < span]
    return [m for m in mentions if m not in own] + own


SAID_ON = scanned(re.compile(
    r"\b(?:said|says|announced|confirmed|reported|stated|added|noted|told\s+(?:reporters|"
    r"journalists|the\s+press|\w+))\s+(?:on\s+|late\s+|early\s+)?$", re.I))
"""'the ministry said on Friday that ...': the day of a statement about the meeting, which a
date the sentence gives the meeting itself beats."""


WHO_CLAUSE = re.compile(r",\s+(?:who|which)\s[^,;]{0,120}?(?:,|$)")
"""'X, who flew in from Beijing on Wednesday, met Y on Thursday': the clause's day is another
event's (the arrival), which a date of the meeting's own beats."""


def _resolve_in(mention: DateMention, s: Sentence, ctx: Context) -> dt.date | None:
    """A mention's day, counted from its paragraph's own date (an embedded post) if any."""
    ref = ctx.paragraph_refs.get(s.paragraph, ctx.ref)
    future = ctx.statuses.get(s.index) == "planned"
    day = resolve(mention, ref, future=future)
    dateline = s.text == ctx.dateline_sentence and mention.start - s.start < _dateline_span(s.text)
    if day is None and ref is None and ctx.year_hint and mention.month and mention.day and not \
            dateline:
        try:
            day = dt.date(ctx.year_hint, mention.month, mention.day)
        except ValueError:
            return None
    if day is not None and ref is not None and abs((day - ref).days) > 400:
        return None
    return day


GATHERING_HELD = re.compile(r"\b(?:margins?|sidelines?|fringes?)\s+of\b[^.;]*\bheld\b[^.;]{0,80}$", re.I)


def _gathering_days_only(s: Sentence, ctx: Context) -> bool:
    """Whether a meeting's sentence dates only the gathering it was held beside, by its span of
    days ('on the margins of the session, held in X on 15-16 February'): the talks' own day is
    not told."""
    own = ctx.dates.get(s.index, [])
    return (len(own) == 1 and own[0].span
            and GATHERING_HELD.search(s.text, 0, own[0].start - s.start) is not None)


def _quoted(text: str, at: int) -> bool:
    """Whether position `at` of a sentence is inside a quotation, also one the sentence opens
    and a later sentence closes (the splitter cuts a quote of two sentences in two)."""
    head = text[:at]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


def _is_other_time(text: str, mention: DateMention, base: int) -> bool:
    """Dates that do not date the meeting: 'since March 2020', 'in 2003', a month alone."""
    if mention.day is None and mention.weekday is None and mention.offset is None:
        return True
    if mention.offset is not None and mention.weekday is None and _quoted(text, mention.start - base):
        return True  # '"... today one of our closest friends," X said': nowadays, not a day
    before = text[max(0, mention.start - base - 20):mention.start - base]
    wide = text[max(0, mention.start - base - 40):mention.start - base]
    span = SPAN_BEFORE.search(before)
    if span is not None and mention.span and span[0].lower().startswith("from"):
        span = None  # 'from 3 to 5 March': the days of the event itself, not an open span
    return bool(span or DOCUMENT_OF.search(wide) or FUTURE_BEFORE.search(wide))



FUTURE_BEFORE = scanned(re.compile(
    r"\b(?:(?:slated|scheduled|planned|set|due|expected|postponed|moved|rescheduled)\s+(?:for|on|to|in)|"
    r"(?:will|to)\s+be\s+held\s+(?:on|in)|next)\s+(?:the\s+)?$", re.I))
"""'the summit slated for July 3': a later event's day inside the meeting's sentence."""


SPAN_BEFORE = scanned(re.compile(
    r"\b(?:since|until|till|by|from|before|established|born)\s+(?:the\s+)?$", re.I))
DATELINE_END = re.compile(r"\)\s*(?:[-–—]{1,2}|:)?\s|\s[-–—]{1,2}\s")
"""Where a dateline ends: after its agency ('(Xinhua) --') or at its dash ('MOSCOW, May 2 -')."""


def _dateline_span(text: str, day_ends: list[int] = ()) -> int:
    """How far a dateline's own date may sit: to the dateline's end where a mark shows it
    ('BEIJING, May 2 (Xinhua) -- X on Thursday met Y': Thursday is the text's, not the
    dateline's), else to the end of its day and month ('MOSCOW, March 20: X met Y on
    Saturday', 'MOSCOW (Wire) March 20 - ...'), else DATELINE_SPAN characters.

    `day_ends` are where the sentence's dates with a day and month end, in order."""
    end = DATELINE_END.search(text, 0, DATELINE_SPAN)
    first = next((e for e in day_ends if e <= DATELINE_SPAN), None)
    if end is not None and (first is None or end.start() >= first):
        return end.start() + 1
    return first + 1 if first is not None else DATELINE_SPAN


DATELINE_SPAN = 60
"""A date this close to the start of the dateline sentence is the dateline's own."""
DOCUMENT_OF = scanned(re.compile(
    r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|resolutions?|declarations?|memorand(?:um|a)|"
    r"decrees?|laws?|acts?|protocols?|ceasefire|truce|communiqu[eé]s?|statements?|letters?|"
    r"elections?|attacks?|referendum|charter)\s+(?:of|dated|signed\s+on|from)\s+(?:the\s+)?$", re.I))
"""'the accords of February 12, 2015': a document's date, not a meeting's."""


def _paragraph_mates(group_sentences: list[Sentence], ctx: Context) -> list[Sentence]:
    paras = sorted({s.paragraph for s in group_sentences})
    own = {s.index for s in group_sentences}
    lo, hi = min(own) - PARAGRAPH_REACH, max(own) + PARAGRAPH_REACH  # a run-on 'paragraph'
    return [s for p in paras for s in ctx.by_paragraph.get(p, []) if s.index not in own
            and lo <= s.index <= hi and ctx.statuses.get(s.index) not in {"recalled", "planned"}]


LEAD_SENTENCES = 3
"""Opening sentences whose day dates the story even without a meeting verb."""


def _just_before(group_sentences: list[Sentence], ctx: Context) -> list[Sentence]:
    """The sentence before the meeting's first, across a paragraph break (scraped copy breaks
    lines after every sentence): 'X arrived on Friday.' / 'Soon after landing, X met Y.'"""
    first = group_sentences[0].index if group_sentences else 0
    prev = ctx.sentences[first - 1] if first > 0 else None
    if prev is None or prev.paragraph == group_sentences[0].paragraph or ctx.statuses.get(
            prev.index) in {"recalled", "planned"}:
        return []
    return [prev]


def _lead(ctx: Context) -> list[Sentence]:
    """The story's opening sentences, unless they recall or plan another meeting; a short line
    holding a full date is a page date or a byline, which the reference day already read."""
    out = []
    for s in ctx.sentences:
        if len(s.text) <= PAGE_DATE_MAX and any(d.full for d in ctx.dates.get(s.index, [])):
            continue
        if len(out) == LEAD_SENTENCES:
            break
        out.append(s)
    return [s for s in out
            if ctx.statuses.get(s.index) not in {"recalled", "planned"} and not ctx.recalls(s)]


def _reported_elsewhere(group_sentences: list[Sentence], ctx: Context) -> list[Sentence]:
    """Other sentences reporting a meeting ('the ministers met in Marlow'): the same trip."""
    if ctx.reported is None:
        ctx.reported = [s for s in ctx.sentences if ctx.statuses.get(s.index) == "reported"]
    own = {s.index for s in group_sentences}
    return [s for s in ctx.reported[:REPORTED_REACH] if s.index not in own]


ANNOUNCED_REACH = 4
"""Opening sentences whose announcement of the headline meeting may give its day or city."""


def _announced(people: tuple[str, ...], ctx: Context) -> list[Sentence]:
    """Opening sentences announcing a meeting of the same people the article says took place."""
    if len(people) < 2:
        return []
    return [s for s in ctx.sentences[:ANNOUNCED_REACH]
            if len(ctx.planned.get(s.index, set()) & set(people)) >= 2]
