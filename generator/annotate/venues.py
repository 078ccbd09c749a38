"""Where a meeting took place: its own sentences, their paragraph, article-level cues, then the
dateline. A city named in another clause (an origin, a topic, another time) is not the venue.
"""

from __future__ import annotations

import re

from generator.annotate import cues
from generator.annotate.bureau import foreign_bureau, office_in_said, office_said_in
from generator.annotate.elsewhere import attended_elsewhere
from generator.annotate.fields import (
    WHO_CLAUSE,
    Choice,
    Context,
    _announced,
    _just_before,
    _paragraph_mates,
    _reported_elsewhere,
)
from generator.annotate.guard import scanned
from generator.annotate.later_place import (
    future_sentence,
    later_event,
    later_trip,
    other_day_event,
    upcoming_event,
)
from generator.annotate.places import HERE
from generator.annotate.stated_venue import states_venue
from generator.annotate.text import Sentence
from generator.annotate.where_met import has_where, met_there
from generator.model import Place


def meeting_venue(group_sentences: list[Sentence], ctx: Context, headline: bool,
                  people: tuple[str, ...] = (), homes: set[str] | None = None) -> Choice:
    """Where a meeting took place: its own sentences, paragraph, article cues, then dateline
    (unless it is a bureau abroad: `homes` are the participants' countries)."""
    for s in group_sentences:  # 'The talks took place in X', wherever the group tells it
        if states_venue(s.text) and (found := _venue_in(s, ctx)) is not None:
            return Choice(found, s.text, 0.9, "own sentence")
    for pool, confidence, rule in ((group_sentences, 0.9, "own sentence"),
                                   (_paragraph_mates(group_sentences, ctx), 0.7, "paragraph"),
                                   (_just_before(group_sentences, ctx), 0.6, "sentence before")):
        for s in pool:
            if pool is not group_sentences and (future_sentence(s.text) or ctx.recalls(s)):
                if not ctx.recalls(s) and (found := _talks_held_in(s, ctx)) is not None:
                    return Choice(found, s.text, confidence, rule)  # 'will step up ..., the
                    # ministers said after talks in Dubrovnik': what is ahead is the agreement
                continue  # 'Z will travel to Beijing in May', 'last week Z was in Minsk'
            found = _venue_in(s, ctx)
            if found is not None:
                return Choice(found, s.text, confidence, rule)
    if not headline:
        return Choice(None, "", 0.0, "none")
    for s in ctx.sentences:
        if ctx.statuses.get(s.index) in {"recalled", "planned"} or (not s.headline and ctx.recalls(s)):
            continue  # 'Wang had visited Paris the day before': an earlier visit, not this one
        if (s.headline or (cues.VISIT.search(s.text) and _names_one_of(s.text, people))) and not cues.search(
                cues.PLANNED, s.text, _low(s, ctx)):  # 'invited X to visit Y': not yet there
            found = _venue_in(s, ctx, arrival_only=not s.headline)
            if found is not None:
                return Choice(found, s.text, 0.6, "headline or visit")
    if ctx.dateline_place is not None:
        local = next((s for s in ctx.sentences if ctx.statuses.get(s.index) not in {
            "recalled", "planned"} and cues.DATELINE_IS_HERE.search(s.text)), None)
        if local is not None:  # 'arrived here', 'his first visit to the country': filed on site
            return Choice(ctx.dateline_place, local.text, 0.55, "dateline here")
    for s in ctx.sentences:  # 'Welcome to Berlin, Dmytro': the speaker's own city, on the day
        if "elcom" in s.text and (found := _welcomed_to(s, ctx)) is not None:
            return Choice(found, s.text, WELCOMED_CONFIDENCE, WELCOMED_RULE)
    for s in _reported_elsewhere(group_sentences, ctx):
        found = _venue_in(s, ctx)
        if found is not None:
            return Choice(found, s.text, 0.5, "other report")
    for s in _announced(people, ctx):  # 'X to meet Y in Z' opening a story that says they met
        found = _venue_in(s, ctx)
        if found is not None:
            return Choice(found, s.text, 0.45, "announced")
    only = _only_city(ctx)
    if only is not None:  # 'X is in Türkiye, where the ministers meet in Antalya'
        return Choice(only[0], only[1], 0.45, "only city")
    if ctx.dateline_place is not None:  # a bureau abroad is told apart: its own rate of being right
        abroad = foreign_bureau(ctx.dateline_place, homes or set(), group_sentences, ctx.low)
        return Choice(ctx.dateline_place, ctx.dateline_sentence, 0.3 if abroad else 0.4,
                      "dateline abroad" if abroad else "dateline")
    return Choice(None, "", 0.0, "none")


WELCOMED_RULE = "welcomed to"
WELCOMED_CONFIDENCE = 0.6
"""Held for review whatever the model says: no development article has the form to weigh it."""
WELCOME_TO = re.compile(r"\b(?:[Ww]elcome|[Ww]elcoming)\s+(?:you\s+|him\s+|her\s+|them\s+)?"
                        r"(?:back\s+)?(?:here\s+)?(?:to|in)\s+(?:the\s+)?$")
"""'Welcome to Berlin', 'welcoming you here in Ankara': a host's words (a statement at a joint press
conference, a transcript) say where the speaker stands."""


def _welcomed_to(s: Sentence, ctx: Context) -> Place | None:
    """The city a host welcomes someone to, in a sentence not about another time."""
    if ctx.statuses.get(s.index) in {"recalled", "planned"} or ctx.recalls(s):
        return None
    for pm in ctx.places.get(s.index, []):
        before = s.text[max(0, pm.start - s.start - 40):pm.start - s.start]
        if WELCOME_TO.search(before):
            return pm.place
    return None


TALKS_HELD_IN = re.compile(
    r"\b(?:after|following|during|at|in)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+)?(?:talks|meeting|"
    r"consultations|negotiations)\s+(?:held\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:city|town|resort|capital)\s+of\s+)?$", re.I)
"""'said on Friday after talks in the southern resort city of X': the talks' own place, told in a
sentence whose news is an agreement for later ('will step up cooperation')."""


def _talks_held_in(s: Sentence, ctx: Context) -> Place | None:
    """The place a sentence ties to talks just held ('after talks in X'), whatever its tense."""
    if "talks" not in s.text and "meeting" not in s.text and "consultations" not in s.text and (
            "negotiations" not in s.text):
        return None
    for pm in ctx.places.get(s.index, []):
        before = s.text[max(0, pm.start - s.start - 70):pm.start - s.start]
        if TALKS_HELD_IN.search(before) and not later_event(before) and not upcoming_event(before):
            return pm.place
    return None


def _names_one_of(text: str, people: tuple[str, ...]) -> bool:
    """Whether a sentence names one of the meeting's people, or speaks of one ('he', 'the
    minister'): an arrival told of something else ('an aircraft which landed in Jamnagar with
    the embassy staff') is not the meeting's."""
    return not people or any(p.split()[-1] in text for p in people) or bool(SUBJECT_WORD.search(text))


SUBJECT_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|minister|secretary|"
                          r"president|delegation|visitor|guest|envoy|counterpart)\b")


def _only_city(ctx: Context) -> tuple[Place, str] | None:
    """The one city the article puts anything in, outside earlier or planned events."""
    found: tuple[Place, str] | None = None
    for s in ctx.sentences:
        if ctx.statuses.get(s.index) in {"recalled", "planned"} or not ctx.places.get(s.index):
            continue
        place = _venue_in(s, ctx)
        if place is None or ctx.recalls(s) or cues.search(cues.PLANNED, s.text, _low(s, ctx)):
            continue
        if found is not None and found[0] != place:
            return None
        found = found or (place, s.text)
    return found


def _low(s: Sentence, ctx: Context) -> str | None:
    return ctx.low[s.start:s.end] if ctx.low is not None else None


TOPIC_IN = scanned(re.compile(
    r"\b(?:situation|crisis|war|conflict|developments?|peace|stability|security|elections?|"
    r"attacks?|violence|tensions?|fighting|events|invest\w*|projects?|embass(?:y|ies)|consulates?|"
    r"missions?|protests?|earthquakes?|floods?|based|born|studied|stationed|posted|ambassador|"
    r"envoy|operations?|presence|interests?|people|troops|forces|refugees|hostages|citizens|"
    r"nationals|workers|students|ministry|ministries|statement|release|readout|spokes(?:man|woman|"
    r"person)|sources)\s+in\s+(?:the\s+)?$", re.I))
OTHER_TIME_AFTER = re.compile(
    r"[^,;.]{0,30}?\b(?:(?:a|one|two|three|several|few|\w+)\s+(?:days?|weeks?|months?|years?)"
    r"(?:\s+and\s+a\s+half)?\s+ago|last\s+(?:week|month|year)|previously|"
    r"earlier\s+this\s+(?:year|month)|in\s+(?:19|20)\d\d|next\s+(?:week|month|year))\b", re.I)
def _dated_apart(s: Sentence, ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence dates something outside a place's 'last week' clause: then the
    clause is another meeting's ('met Y on Monday after talks in Paris last week'); else it is
    the meeting's own time ('met Y in Moscow on Thursday last week')."""
    if ctx.statuses.get(s.index) != "reported" or "next" in s.text[start - s.start:end - s.start].lower():
        return True  # no meeting of this sentence's own, or a later one: the clause is apart
    return any((d.start < start or d.start >= end)
               and (d.day or d.weekday is not None or d.offset is not None)
               for d in ctx.dates.get(s.index, []))


ARRIVAL = re.compile(r"\b(?:arriv\w+|landed|reached|trip|visit\w*|tour|travel\w*)\b[^.]{0,60}$",
                     re.I)


AT_BUILDING_IN = re.compile(
    r"\b(?:at|inside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:Ministry|Embassy|Consulate|Mission|"
    r"[Hh]eadquarters|[Mm]inistry|[Ee]mbassy)(?:\s+of\s+(?:[A-Z][\w'’-]*\s+){1,4})?\s+in\s+(?:the\s+)?$")
"""'met at the Foreign Ministry in X', 'at the embassy in X': a building the meeting was in, so X
is the venue (unlike 'the ministry in X said')."""


STRUCK_AT = scanned(re.compile(
    r"\b(?:offensive|assault|attacks?|strikes?|bombing|bombardment|shelling|invasion|incursion|"
    r"siege|raids?|operations?|advance|push|evacuation|blockade|occupation)\s+"
    r"(?:on|against|into|of|in|around|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:city|town|village|region|province|area|camp|port|enclave|strip)\s+of\s+)?$", re.I))
"""'a threatened ground offensive on the border city of X', 'strikes on X': where fighting is,
a topic of the talks, not where they were held."""
EVENT_BEFORE_IN = scanned(re.compile(
    r"\b(?:following|after)\s+(?:the|a|an|last\s+\w+['’]s|this\s+\w+['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:summit|conference|meeting|forum|talks|session|gathering|ministerial)\s+(?:held\s+)?(?:in|at)\s+"
    r"(?:the\s+)?$", re.I))
DATED_AFTER = re.compile(
    r"\s*,?\s*(?:on\s+|last\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+[A-Z][a-z]+|"
    r"[A-Z][a-z]+\s+\d{1,2}\b|(?:earlier|last)\s+(?:this\s+|that\s+)?(?:week|month))")
"""'coordination following the Arab-Islamic summit held in Riyadh on Saturday': an earlier event
with its own day and place, which the talks came after (undated, 'met after the summit in X' may
be on its sidelines, and X stays)."""
SIDELINES_IN = re.compile(r"\b(?:sidelines?|margins?|fringes?)\s+of\s+[^,.;]{0,60}\s+in\s+(?:the\s+)?$",
                          re.I)
"""'on the sidelines of the ASEAN events in X': the gathering's city, not a topic's."""
ISSUED_IN = scanned(re.compile(
    r"\b(?:issued|released|published|posted|circulated|distributed|(?:press|news)\s+briefing)"
    r"\s+(?:later\s+)?in\s+(?:the\s+)?$", re.I))
"""'a statement issued in X', 'at a regular press briefing in X': where an account of the meeting
was given out, not where it took place ('told reporters in X' often is, so it is not here)."""


DESTINATION_BEFORE = scanned(re.compile(
    r"\b(?:en\s+route\s+to|on\s+(?:his|her|their|the)\s+way\s+to|before\s+(?:flying|travel+ing|heading|"
    r"leaving|departing|going|returning|moving\s+on)\s+(?:on\s+|back\s+|home\s+)?(?:to|for)|invit\w*\s+(?:[\w.'’-]+\s+){0,4}?to\s+"
    r"(?:visit|come\s+to|travel\s+to)|agreed\s+to\s+meet\s+(?:again\s+)?in|(?:fl(?:ying|ew|ies)|"
    r"return(?:ing|ed|s)|head(?:ing|ed|s)|travel+(?:ing|ed|s)|go(?:ing|es)|went)\s+back\s+(?:home\s+)?to)"
    r"\s+(?:the\s+)?$", re.I))
"""'met Y en route to X', 'before flying to X', 'invited him to visit X': where someone is going."""
ORIGIN_BEFORE = scanned(re.compile(r"\b(?:from|back\s+from|left|departed|for)\s+(?:the\s+)?$", re.I))
"""'arrived from X', 'left for X': X is where someone came from or went, not the venue."""


def _venue_in(s: Sentence, ctx: Context, arrival_only: bool = False) -> Place | None:
    """The first place a sentence cues as a location, skipping origins, topics, other clauses."""
    aside = _aside_places(s, ctx)
    first: Place | None = None
    where = has_where(s.text)  # ', where he met Y': that place beats the trip's first stop
    for pm in ctx.places.get(s.index, []):
        if not pm.cued or pm.start >= ctx.cuts.get(s.index, pm.end) or pm.start in aside:
            continue
        before = s.text[max(0, pm.start - s.start - 80):pm.start - s.start]
        if arrival_only and not ARRIVAL.search(before):
            continue
        after = s.text[pm.end - s.start:pm.end - s.start + 60]
        there = where and met_there(after)  # 'before going to X, where he met Y': X all the same
        if not there and (ORIGIN_BEFORE.search(before) or DESTINATION_BEFORE.search(before)
                          or later_trip(before)):
            continue  # 'arrived from X', 'en route to X', 'invited him to visit X'
        if later_event(before) or other_day_event(before) or office_said_in(before):
            continue  # 'ahead of next month's summit in X', 'a day after talks in X', 'the
            # ministry said in X': a later or earlier event's place, or where an office spoke
        if ISSUED_IN.search(before):
            continue  # 'a statement issued in Moscow said': where the words were put out
        if attended_elsewhere(before) or office_in_said(before, after):
            continue  # 'Y had earlier attended a forum in Milan', 'the Office in X said': not met there
        if TOPIC_IN.search(before) and not AT_BUILDING_IN.search(before) and not SIDELINES_IN.search(
                before):
            continue  # 'to discuss the situation in Kabul': a topic, not the venue
        if STRUCK_AT.search(before):
            continue  # 'concern over a ground offensive on the border city of Rafah': a target
        if EVENT_BEFORE_IN.search(before) and DATED_AFTER.match(after):
            continue  # 'following the summit held in Riyadh on Saturday': that event's own place
        other = OTHER_TIME_AFTER.match(after)
        if other and s.index not in ctx.recent and _dated_apart(s, ctx, pm.end, pm.end + other.end()):
            continue  # 'met Y on Monday, after talks in Paris a month ago': another meeting
        if not where or there:
            return pm.place
        first = first or pm.place
    if first is not None:
        return first
    here = ctx.dateline_place or ctx.here_place
    if here is not None and HERE.search(s.text):
        return here
    return None


def _aside_places(s: Sentence, ctx: Context) -> set[int]:
    """Where the cued places inside a 'who' aside start, when the sentence cues a place outside
    one too: 'X, who met Y in Beijing on February 12, held talks with him in Moscow' is in Moscow."""
    if ", wh" not in s.text:
        return set()
    spans = [(c.start() + s.start, c.end() + s.start) for c in WHO_CLAUSE.finditer(s.text)]
    cued = [pm.start for pm in ctx.places.get(s.index, []) if pm.cued]
    inside = {p for p in cued if any(a <= p < b for a, b in spans)}
    return inside if len(inside) < len(cued) else set()
