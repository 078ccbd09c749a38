"""Pure text to fields: date, venue, country, participants, meetings, with evidence.

`Annotator(registry).annotate(doc)` is the only entry point the pipeline calls. It does no I/O
and keeps no state between calls, so it can run in worker processes. The stages read top to
bottom: sentences -> dateline and reference day -> people, places, dates -> meeting sentences
-> meetings (headline first) -> front-matter fields with evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from generator.annotate import confidence, cues, signals
from generator.annotate import lead_meeting as fallback
from generator.annotate.announced_only import ANNOUNCED_CONFIDENCE, announced_only
from generator.annotate.authors import sign_first_person
from generator.annotate.bystanders import drop_bystanders
from generator.annotate.calls import called_event, their_call
from generator.annotate.captions import caption_event
from generator.annotate.datelines import other_dateline
from generator.annotate.dates import LAST_WEEK, DateMention, find_dates
from generator.annotate.events import (
    ADDRESSED_GATHERING,
    Event,
    Group,
    announced_group,
    group_events,
    kind_of,
    read_event,
)
from generator.annotate.fields import (
    DOCUMENT_OF,
    MONTH_ONLY,
    SAID_DAY_CONFIDENCE,
    SAID_DAY_RULE,
    SAID_ON,
    Context,
    meeting_date,
    settle_statuses,
    year_hint,
)
from generator.annotate.host_country import HOST_CONFIDENCE, host_capital
from generator.annotate.host_country import RULE as HOST_RULE
from generator.annotate.occasions import another_day
from generator.annotate.people import PeopleFinder, PersonMention
from generator.annotate.places import CAP_RUN, PlaceIndex, capitals, dateline, visited_capital
from generator.annotate.plural import lend_plural_subjects
from generator.annotate.refday import TWEET_REACH, TWEET_SIGNATURE, reference_day, tweet_days
from generator.annotate.sources import cited_source
from generator.annotate.text import (
    Sentence,
    SpanIndex,
    cfold,
    country_of,
    label_line,
    person_of,
    sentences,
)
from generator.annotate.titles import TitleIndex
from generator.annotate.unlisted_town import UNLISTED_RULE, queue_unlisted, town_instead
from generator.annotate.unwrap import unwrap
from generator.annotate.vague import recent_only
from generator.annotate.venues import WELCOMED_CONFIDENCE, WELCOMED_RULE, meeting_venue
from generator.annotate.words import same_name_word
from generator.corpus.registry import Registry
from generator.model import Annotation, Evidence, MeetingMention, Place, SourceDoc, UnknownPerson

ANNOTATOR_VERSION = "1.59"
"""Bump when extraction rules change: cached annotations are keyed on it."""

__all__ = ["ANNOTATOR_VERSION", "Annotator", "annotate"]

VIA_CONFIDENCE = {"name": 0.95, "short": 0.85, "role": 0.65, "roles": 0.55, "title": 0.6,
                  "run": 0.45}
"""How sure a person is once found: a full registry name beats a surname or an office."""
DATELINE_PARAGRAPHS = 4
LATE_DATELINE = 4
"""Paragraphs after those where a capitalised 'CITY:' dateline still counts (after captions)."""
LOUD_DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,30}(?:,\s*[^:\n]{0,30})?\s*(?::|—|–|--|\(|,)")
PHOTO_CREDIT = re.compile(r"[—–-]+\s*(?:[\w/.&-]+\s+){0,3}?(?:Photo|Pic|Picture|Image)s?\b\s*[:/]?\s*")
"""'— VNA/VNS Photo MOSCOW — ...': a caption's credit that a dateline runs on from."""
EARLIER_GAP_DAYS = 3
"""A trip's meetings fall on consecutive days; one dated further back is an earlier meeting."""
OWN_DATE = 0.75
"""Evidence confidence of a date read in the meeting's own sentence (not borrowed)."""
NO_MEETING = 0.3
"""Confidence in empty fields when no meeting sentence was found at all."""


class Annotator:
    """Built once per process: holds the indices over the registry that every article uses."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.titles = TitleIndex(registry)
        self.people = PeopleFinder(registry, self.titles)
        self.places = PlaceIndex(registry)

    def annotate(self, doc: SourceDoc) -> Annotation:
        """Read one article; return its headline meeting's fields plus every meeting it reports."""
        text = unwrap(doc.text)  # hard-wrapped copy: its paragraphs, not its lines
        sents = sentences(text, doc.title)
        line_place, line_text, line_sentence = self._dateline(text, sents)
        ref, ref_sentence = reference_day(doc.published, line_text, sents, text)
        low = cues.lowered(text)
        all_dates = find_dates(text, low)
        dates = _bucket(all_dates, sents)
        tail = text.rstrip()
        runs = list(CAP_RUN.finditer(text))  # capitalised runs: people and places both read them
        home = line_place.country if line_place else None  # whose officials bare titles name
        found = [m for m in self.people.find(text, ref or _day_hint(all_dates, text), runs, home)
                 if not _truncated(m, tail)]
        mentions = _bucket(found, sents)
        named = SpanIndex([(m.start, m.end) for m in found if m.known])
        places = _bucket([pm for pm in self.places.find(text, runs=runs) + capitals(self.places, text)
                          if named.overlap(pm.start, pm.end) is None], sents)  # 'Sweden's Ann Linde'
        # is a minister, not Ann in Myanmar
        recall_cues: dict[int, bool] = {}
        events = [e for s in sents
                  for e in (read_event(s, text, mentions.get(s.index, []), low, recall_cues)
                            or _caption(s, text, mentions.get(s.index, [])))]
        posts = tweet_days(text, sents)
        if posts:
            _sign_posts(events, sents, mentions, text)
        sign_first_person(events, sents, mentions, found, tail)
        if ref is None and posts:  # an embedded post's date is the only day the page gives
            ref, ref_sentence = min(posts.items())[1], "post date"
        ctx = Context(ref, ref_sentence, line_place, line_sentence, sents, places, dates, {},
                      year_hint=year_hint(ref, dates, text), paragraph_refs=posts,
                      low=low, recall_cues=recall_cues)
        ctx.countries = {m.name: m.country for m in found if m.country}
        settle_statuses(events, ctx)
        ctx.statuses = {e.sentence.index: e.status for e in events}
        ctx.cuts = {e.sentence.index: e.cut for e in events if e.status == "reported"}
        ctx.planned = {e.sentence.index: set(e.people) for e in events if e.status == "planned"}
        ctx.here_place = None if line_place else visited_capital(self.places, text)
        reported = [e for e in events if e.status == "reported"] or _pluperfect_only(events, ctx)
        announced = [] if reported else announced_only(events, ctx)  # 'X will meet Y on Tuesday'
        reported = reported or announced
        lead = [] if reported else fallback.lead_meeting(sents, mentions, ctx, self.registry)
        reported = reported or lead  # 'X and Y inked a deal': the lead's people, queued
        reported = lend_plural_subjects(reported, mentions)  # 'The two ministers met X'
        reported = drop_bystanders(reported)  # 'Xi is also attending the summit': not the talks
        groups = group_events(reported, _focus(mentions, sents, text))
        if not groups and reported:
            groups = [announced_group(reported[0], events, _named_before(reported[0], mentions))
                      or Group(events=reported[:1], people=list(reported[0].people))]
        groups = _headline_first(groups, mentions, sents)
        lent = not lead and fallback.lend_people(groups, sents, mentions, ctx, self.registry)
        meetings = [self._meeting(g, ctx, i == 0, groups) for i, g in enumerate(groups)]
        meetings, earlier = _split_earlier(meetings, sents)
        recalled = _dedupe(earlier + [self._recalled(e, ctx) for e in events
                                      if e.status == "recalled" and len(e.people) >= 2]
                           + self._visits(text, sents, mentions, ctx))
        ann = self._annotation(doc, meetings, recalled, found, sents,
                               (groups[0].sentences if groups else [], ctx))
        if announced:
            confidence.queue_all(ann.evidence, ann.people, ANNOUNCED_CONFIDENCE)
        if lead:  # signed for the model, weighed again with the signal, then queued
            fallback.mark(ann.evidence, ann.people)
            confidence.apply(ann.evidence, ann.people)
            confidence.queue_all(ann.evidence, ann.people, fallback.FALLBACK_CONFIDENCE)
        if lent:  # 'The talks began on Friday': the people are the lead's, to be checked
            confidence.queue_all({"participants": ann.evidence["participants"]}, ann.people,
                                 fallback.FALLBACK_CONFIDENCE)
        queue_unlisted(ann.evidence)
        confidence.queue_rule(ann.evidence, "date", SAID_DAY_RULE, SAID_DAY_CONFIDENCE)
        for field in ("venue", "country"):  # rules no development article has weighed yet
            confidence.queue_rule(ann.evidence, field, HOST_RULE, HOST_CONFIDENCE)
            confidence.queue_rule(ann.evidence, field, WELCOMED_RULE, WELCOMED_CONFIDENCE)
        return ann

    # -- stages ---------------------------------------------------------------------
    def _dateline(self, text: str, sents: list[Sentence]) -> tuple[Place | None, str, str]:
        """The first dateline or byline place in the opening paragraphs, with its dated part."""
        seen: set[int] = set()
        labels = 0  # short lines above the story (the title again, a menu): not its paragraphs
        for s in sents:
            credit = PHOTO_CREDIT.match(text, s.start, s.start + 60)
            if (s.paragraph in seen and credit is None) or (
                    len(seen) - labels >= DATELINE_PARAGRAPHS + LATE_DATELINE):
                continue  # a caption's credit may open the dateline mid-paragraph
            seen.add(s.paragraph)
            labels += label_line(s.text)
            if len(seen) - labels > DATELINE_PARAGRAPHS and not LOUD_DATELINE.match(s.text):
                continue  # past captions and bylines, only a 'CITY:' in capitals is a dateline
            at = credit.end() if credit else s.start
            place, dated, _ = dateline(self.places, text[at:at + 160])
            if place is None and len(seen) <= DATELINE_PARAGRAPHS:  # 'DUSHANBE •', a byline...
                place, dated = other_dateline(self.places, text[at:at + 160])[0], ""
            if place is not None:
                return place, dated, s.text
        return None, "", ""

    def _meeting(self, group: Group, ctx: Context, headline: bool, groups: list[Group]
                 ) -> tuple[MeetingMention, dict[str, Evidence]]:
        """One reported meeting with the evidence for its date and venue (and, for the headline
        meeting, the signals its confidence is computed from)."""
        sents = group.sentences
        remote = _remote(group, ctx, groups)
        people = tuple(group.people)
        day, day_sentence, day_conf, day_rule = meeting_date(sents, ctx, headline, people)
        countries = {c for name in group.people if (c := self._country_of(name, ctx))}
        place, place_sentence, place_conf, place_rule = (None, "", 0.0, "call") if remote else (
            meeting_venue(sents, ctx, headline, people, countries))
        if place is None and not remote and headline and ctx.dateline_place is None and (
                found := host_capital(sents, list(group.people), {
                    name: self._country_of(name, ctx) for name in group.people},
                    self.registry, self.places)) is not None:
            place, place_sentence, place_conf, place_rule = found[0], found[1], HOST_CONFIDENCE, HOST_RULE
        town = town_instead(sents, self.places, place_conf, remote)
        if town is not None:  # 'held talks in Varzob': a town the gazetteer lacks
            place, place_sentence, place_conf, place_rule = town, sents[0].text, 0.5, UNLISTED_RULE
        mention = MeetingMention(
            date=day, venue=place.name if place else None,
            country=place.country if place else None, participants=list(group.people),
            kind=_kind(group, place, countries, remote), status="reported",
            sentence=sents[0].text if sents else "",
            confidence=round(min(0.9, 0.5 + 0.1 * len(group.events)), 2))
        evidence = {
            "date": Evidence(day, day_sentence, round(day_conf if day else 0.5, 2), day_rule),
            "venue": Evidence(mention.venue, place_sentence,
                              round(place_conf if place else (0.8 if remote else 0.3), 2), place_rule),
        }
        if headline:
            evidence["date"].signals = signals.date_signals(sents, ctx, evidence["date"], day_conf,
                                                            mention.kind)
            evidence["venue"].signals = signals.venue_signals(
                sents, ctx, evidence["venue"], place, place_conf, remote, mention.kind)
        return mention, evidence

    def _without_echoes(self, names: list[str]) -> list[str]:
        """Drop a name the registry lacks whose every word is in a known participant's name:
        'Abdul Fattah' beside 'Abdel Fattah al-Burhan' is the same man, cut short or misspelled."""
        known = [cfold(n).split() for n in names if person_of(self.registry, n) is not None]
        return [n for n in names if person_of(self.registry, n) is not None or not any(
            all(same_name_word(w, own) for w in cfold(n).split()) for own in known)]

    def _country_of(self, name: str, ctx: Context) -> str | None:
        """A participant's country: the registry's, or the one a title gave in this article."""
        person = person_of(self.registry, name)
        if person is not None and person.country:
            return person.country
        return ctx.countries.get(name)

    def _visits(self, text: str, sents: list[Sentence], mentions: dict[int, list[PersonMention]],
                ctx: Context) -> list[MeetingMention]:
        """Earlier visits a sentence recalls ('recalled X's visit to Y in May'): the visitor
        is the one who took part, not the speaker recalling it."""
        out = []
        for s in sents:
            named = mentions.get(s.index)  # first: a sentence naming no one needs no recall cue
            if not named or ctx.statuses.get(s.index) == "reported" or not ctx.recalls(s):
                continue
            for m in named:
                visit = cues.VISIT_OF.match(text, m.end)
                country = country_of(self.registry, visit[1]) if visit and visit[1] else None
                if visit is None or (visit[1] and country is None):
                    continue
                full = [d for d in ctx.dates.get(s.index, []) if d.full and d.start >= m.end]
                out.append(MeetingMention(
                    date=dt.date(full[0].year, full[0].month, full[0].day)  # type: ignore[arg-type]
                    if full else None, venue=None, country=country.name if country else None,
                    participants=[m.name], kind="visit", status="recalled", sentence=s.text,
                    confidence=0.4))
        return out

    def _recalled(self, event: Event, ctx: Context) -> MeetingMention:
        """An earlier meeting the article mentions: dated only when the text gives a full date."""
        full = [d for d in ctx.dates.get(event.sentence.index, []) if d.full]
        cued = [pm.place for pm in ctx.places.get(event.sentence.index, []) if pm.cued]
        return MeetingMention(
            date=meeting_date([event.sentence], ctx, False)[0] if full else None,
            venue=cued[0].name if cued else None, country=cued[0].country if cued else None,
            participants=list(event.people),
            kind="bilateral" if len(event.people) <= 2 else "multilateral", status="recalled",
            sentence=event.sentence.text, confidence=0.5)

    def _annotation(self, doc: SourceDoc, meetings: list[tuple[MeetingMention, dict]],
                    recalled: list[MeetingMention], found: list[PersonMention],
                    sents: list[Sentence], headline: tuple[list[Sentence], Context]
                    ) -> Annotation:
        """Front-matter fields from the headline meeting; participants from every reported one."""
        head, evidence = meetings[0] if meetings else (None, {})
        for later, _ in meetings[1:]:  # same trip: a later meeting without its own day or city
            if later.date is None and head is not None:
                later.date = head.date
            if later.venue is None and head is not None and later.kind not in {"phone", "video"}:
                later.venue, later.country = head.venue, head.country
        participants: list[str] = []
        titled = head is not None and _titled(head, found, sents)
        for m, ev in meetings:
            if head is not None and another_day(head, m, ev):
                continue  # 'X also met Z on Friday': a separate occasion, kept under `meetings`
            if titled and m is not head and set(head.participants) < set(m.participants):
                continue  # the session around the title's bilateral is another meeting
            if head is not None and _remote_kind(m) != _remote_kind(head):
                continue  # a call told beside talks in a room (or the reverse) is another event
            if (head is not None and m is not head and not set(m.participants) & set(head.participants)
                    and ((head.venue and m.venue and m.venue != head.venue) or _own_occasion(m.sentence))):
                continue  # no one shared: another story (a related headline), or another meeting
                # ('the same day, Blinken held talks with Wang Yi'); but 'Ukraine's delegation was
                # headed by X' is the other side of the same talks
            participants += [p for p in m.participants if p not in participants]
        participants = self._without_echoes(participants)
        own, ctx = headline  # the headline meeting's sentences, the article's facts: for signals
        people: dict[str, Evidence] = {}
        if head is not None:
            venue = evidence["venue"]  # the country is the venue's: same evidence, same trust
            evidence["country"] = Evidence(head.country, venue.sentence, venue.confidence, venue.rule,
                                           signals=dict(venue.signals))
            people = _people_evidence(participants, found, sents, meetings, recalled)
            hand_set = _people_confidence(participants, found, head)
            whole = signals.people_signals(
                own, ctx, people, [m for m, _ in meetings], len(recalled),
                mentioned=len({m.name for m in found} - set(participants)),
                unknown=len({m.name for m in found if not m.known}), rule=hand_set,
                title_out=len(_titled_names(found, sents) - set(participants)),
                reported_out=len(_reported_names(found, sents, ctx) - set(participants)))
            evidence["participants"] = Evidence(list(participants), head.sentence, hand_set,
                                                signals=whole)
        else:  # no meeting found: every field is empty, and that is itself uncertain
            evidence = {key: Evidence([] if key == "participants" else None, "", NO_MEETING,
                                      signals=dict(signals.NO_MEETING))
                        for key in ("date", "venue", "country", "participants")}
        confidence.apply(evidence, people)
        return Annotation(
            title=doc.title, date=head.date if head else None, venue=head.venue if head else None,
            country=head.country if head else None, participants=participants,
            kind=head.kind if head else None, meetings=[m for m, _ in meetings],
            recalled=recalled,
            mentioned=list(dict.fromkeys(m.name for m in found if m.name not in participants)),
            unknown_people=_unknown(found, sents), evidence=evidence, people=people)


def _people_evidence(participants: list[str], found: list[PersonMention], sents: list[Sentence],
                     meetings: list[tuple[MeetingMention, dict]], recalled: list[MeetingMention]
                     ) -> dict[str, Evidence]:
    """Per participant: the first sentence naming them and the signals of how they were found."""
    out: dict[str, Evidence] = {}
    told = [m for m, _ in meetings]
    by_name: dict[str, tuple[list[PersonMention], list[Sentence | None]]] = {}
    for m, s in zip(found, signals.sentences_of(found, sents), strict=True):  # one pass, not one a name
        mine, where = by_name.setdefault(m.name, ([], []))
        mine.append(m)
        where.append(s)
    for name in participants:
        mine, where = by_name.get(name, ([], []))
        out[name] = Evidence(name, where[0].text if where and where[0] else "", 0.5,
                             signals=signals.person_signals(name, mine, where, sents, told, recalled))
    return out


def _caption(s: Sentence, text: str, mine: list[PersonMention]) -> list[Event]:
    """A verbless caption listing people, as the meeting it shows (`captions`); or a call
    told as 'X called Y' (`calls`)."""
    if len(mine) < 2:
        return []
    event = caption_event(s, text, mine) or called_event(s, text, mine)  # 'X called Y'
    return [event] if event is not None else []


PLUPERFECT = re.compile(r"\bhad\s+(?:earlier\s+|also\s+|already\s+)?(?:met|held|talked|spoken)\b", re.I)
"""'X had earlier held talks with Y': told before the news, but often on the same day."""


def _pluperfect_only(events: list[Event], ctx: Context) -> list[Event]:
    """With nothing reported, the meetings told in the pluperfect and given no earlier time ('X
    walked out of the session; X had earlier held talks with Y'), or told in the lead as 'last
    week's': they are the day's news."""
    out = []
    for e in events:
        s = e.sentence
        if e.status != "recalled" or len(e.people) < 2:
            continue
        low = ctx.low[s.start:s.end] if ctx.low is not None else s.text.lower()
        recalls = cues.finditer(cues.RECALLED, s.text, low)
        if recent_only(recalls, s.index) and all(
                d.offset is not None or d.shift == LAST_WEEK or SAID_ON.search(s.text, 0, d.start - s.start)
                for d in ctx.dates.get(s.index, [])):
            e.status = "reported"  # 'X met Y last week', the story's only meeting: undated news
            ctx.recent.add(s.index)
            out.append(e)
            continue
        if not recalls or not all(PLUPERFECT.match(r[0]) for r in recalls):
            continue
        if ctx.dates.get(s.index) or MONTH_ONLY.search(s.text):
            continue  # a time of its own: said to be earlier, or not said to be today's
        e.status = "reported"
        out.append(e)
    return out


def _sign_posts(events: list[Event], sents: list[Sentence],
                mentions: dict[int, list[PersonMention]], text: str) -> None:
    """An embedded post's author is the subject of the meeting it tells ('Pleased to meet FM
    @X today.' signed '— Y (@Y) June 19, 2019'): the signature names who met X."""
    authors: dict[int, str] = {}
    for s in sents:
        sign = TWEET_SIGNATURE.search(text, s.start, s.end)
        if sign is None:
            continue
        author = next((m.name for m in mentions.get(s.index, []) if sign.start() <= m.start < sign.end()),
                      None)
        if author is not None:
            for q in range(s.paragraph, s.paragraph - TWEET_REACH - 1, -1):
                authors.setdefault(q, author)
    for e in events:
        author = authors.get(e.sentence.paragraph)
        if author is None or author in e.people or TWEET_SIGNATURE.search(e.sentence.text):
            continue
        if e.unnamed() or len(e.people) < 2 or cues.search_text(cues.GLAD_TO_MEET,
                                                                   e.sentence.text):
            e.people.insert(0, author)  # 'Excellent talks with @X today': the author is a side


def _named_before(event: Event, mentions: dict[int, list[PersonMention]]) -> list[str]:
    """The people the sentence before a meeting sentence names, in order, once each."""
    names = [m.name for m in mentions.get(event.sentence.index - 1, [])]
    return list(dict.fromkeys(names))


def _remote_kind(m: MeetingMention) -> bool:
    return m.kind in {"phone", "video"}


def _titled(head: MeetingMention, found: list[PersonMention], sents: list[Sentence]) -> bool:
    """Whether the title names exactly the headline meeting's two or more people ('Lavrov holds
    talks with Qin Gang'): the top-level fields then describe that meeting, and a session both
    also attended stays under `meetings` (separate talks of a trip still count)."""
    titled = [s for s in sents if s.headline]
    if not titled or len(head.participants) < 2:
        return False
    named = {m.name for m in found if titled[0].start <= m.start < titled[0].end}
    return named == set(head.participants)


def _titled_names(found: list[PersonMention], sents: list[Sentence]) -> set[str]:
    """People the title names."""
    titled = [s for s in sents if s.headline]
    if not titled:
        return set()
    return {m.name for m in found if titled[0].start <= m.start < titled[0].end}


def _reported_names(found: list[PersonMention], sents: list[Sentence], ctx: Context) -> set[str]:
    """People named in sentences that report a meeting: those the list leaves out are either
    rightly left out (greeters, the absent) or missed."""
    return {m.name for m, s in zip(found, signals.sentences_of(found, sents), strict=True)
            if s is not None and ctx.statuses.get(s.index) == "reported"}


def _own_occasion(sentence: str) -> bool:
    """Whether a sentence tells a meeting complete in itself ('X held talks with Y', 'X and Y
    addressed the summit'), not one side of talks told elsewhere ('the delegation was headed by')."""
    return bool(cues.STRONG_MEETING.search(sentence) or ADDRESSED_GATHERING.search(sentence)
                or SAT_DOWN.search(sentence)) and not SIDE_OF_TALKS.search(sentence)


SAT_DOWN = re.compile(r"\bs(?:at|its|itting)\s+down\s+with\b")


SIDE_OF_TALKS = re.compile(r"\b(?:delegations?|side|team)\s+(?:was|were|is|are)?\s*(?:headed|led|"
                           r"included|comprised)\b", re.I)


def _split_earlier(meetings: list[tuple[MeetingMention, dict[str, Evidence]]], sents: list[Sentence]
                   ) -> tuple[list[tuple[MeetingMention, dict[str, Evidence]]], list[MeetingMention]]:
    """A later-told meeting its own sentence dates days before the headline one is recalled.

    'built on talks between A and B in Marlow on November 3': the text dates it explicitly
    before the news, so it is background, not part of this report; so is a meeting told, with
    no day of its own, right after such a one ('On 26 May X met Y. X also held talks with Z.').
    """
    if len(meetings) < 2 or meetings[0][0].date is None:
        return meetings, []
    head = meetings[0][0].date
    kept, earlier = meetings[:1], []
    told: set[str] = set()
    before = {b.text: a.text for a, b in zip(sents, sents[1:], strict=False) if a.paragraph == b.paragraph}
    for mention, evidence in meetings[1:]:
        own = evidence["date"].confidence >= OWN_DATE and mention.date is not None
        borrowed = evidence["date"].sentence in told  # 'X also held talks with Z' on that day
        sequel = not own and before.get(mention.sentence) in told
        if sequel or ((own or borrowed) and (head - mention.date).days > EARLIER_GAP_DAYS):  # type: ignore[operator]
            mention.status = "recalled"
            earlier.append(mention)
            told.add(mention.sentence)
        else:
            kept.append((mention, evidence))
    return kept, earlier


def _kind(group: Group, place: Place | None, countries: set[str], remote: bool) -> str:
    """`kind_of`, except that talks the article elsewhere calls a call are one ('phone')."""
    kind = kind_of(group, place.country if place else None, countries)
    return "phone" if remote and kind not in {"phone", "video"} else kind


def _remote(group: Group, ctx: Context, groups: list[Group]) -> bool:
    """A phone or video meeting: one of its sentences says so about the talks themselves.

    A side remark ('he also addressed staff by video link') is a participation verb, not the
    meeting, and must not turn talks held in a room into a call. Talks told with a neutral verb
    ('spoke with', 'discussed') are a call when the article calls them one elsewhere ('during
    their call'), unless a word of the meeting's own puts them in one room; a call that is
    another meeting's, with someone not in this one ('the presidents held phone talks'), is not.
    """
    if group.remote is not None:
        return True
    if group.in_person:  # its first sentence: later ones may tell other events ('hosted ... in Glasgow')
        return False
    if ctx.low is not None and "forward to meeting" in ctx.low and FORWARD_TO_MEETING.search(ctx.low):
        return True  # 'spoke with X ... Look forward to meeting him next month': not met yet
    top = ctx.sentences[:CALL_REACH]
    if top and ctx.low is not None and cues.absent(cues.PHONE, ctx.low, 0, top[-1].end):
        return False  # no sentence there can name a call: one needle test, not forty searches
    # another meeting's sentences, of people not all in this one ('Separately, X spoke by phone
    # with Z' beside X's talks with Y): its call is not these talks
    theirs = {s.index for g in groups if g is not group and set(g.people) - set(group.people)
              for s in g.sentences}
    return any(_calls(s, ctx) for s in top if s.index not in theirs)


FORWARD_TO_MEETING = re.compile(r"\blook(?:s|ed|ing)?\s+forward\s+to\s+meeting\s+(?:him|her|them|you|"
                                r"my|his|their)\b")
"""Talks told with a neutral verb ('spoke with') by people who look forward to meeting: a call."""
CALL_REACH = 40
"""Sentences from the top where the article may call its talks a call."""


def _calls(s: Sentence, ctx: Context) -> bool:
    """Whether a sentence, not about an earlier or a planned meeting, names a phone call."""
    status = ctx.statuses.get(s.index)
    if status == "planned" or (status == "recalled" and ctx.recalls(s) and not their_call(s.text)):
        return False  # a sentence recalled only as the sequel of an earlier one may be ours
    low = ctx.low[s.start:s.end] if ctx.low is not None else None
    if cues.search(cues.PHONE, s.text, low) is None:
        return False
    return cues.search(cues.PHONE_PRESS, s.text, low) is None


def _people_confidence(participants: list[str], found: list[PersonMention],
                       head: MeetingMention) -> float:
    """The meeting's own confidence, lowered by the least certain way a participant was found."""
    best: dict[str, float] = {}
    for m in found:
        best[m.name] = max(best.get(m.name, 0.0), VIA_CONFIDENCE.get(m.via, 0.5))
    weakest = min((best.get(p, 0.5) for p in participants), default=0.3)
    return round(min(head.confidence + 0.1, weakest), 2)


def _unknown(found: list[PersonMention], sents: list[Sentence]) -> list[UnknownPerson]:
    """People named with a title or as a full name whom the registry lacks, for review."""
    out: dict[str, UnknownPerson] = {}
    for m in found:
        if m.known or m.name in out:
            continue
        sentence = next((s.text for s in sents if s.start <= m.start < s.end), "")
        out[m.name] = UnknownPerson(m.name, m.country, m.title, sentence)
    return list(out.values())


def _bucket(items: list, sents: list[Sentence]) -> dict[int, list]:
    """Mentions found over the whole text, grouped by the sentence that holds them."""
    out: dict[int, list] = {}
    i = 0
    for item in sorted(items, key=lambda m: m.start):
        while i < len(sents) and sents[i].end <= item.start:
            i += 1
        if i < len(sents) and sents[i].start <= item.start:
            out.setdefault(sents[i].index, []).append(item)
    return out


def _day_hint(dates: list[DateMention], text: str) -> dt.date | None:
    """Without a reference day, offices ('the Uzbek foreign minister') are read on the first
    full date the article gives, or on a month and day in the latest year it names."""
    dates = [d for d in dates if not DOCUMENT_OF.search(text, max(0, d.start - 40), d.start)]
    full = [d for d in dates if d.full]
    if full:
        return dt.date(full[0].year, full[0].month, full[0].day)  # type: ignore[arg-type]
    years = [d.year for d in dates if d.year]
    for d in dates:
        if years and d.month and d.day:
            try:
                return dt.date(max(years), d.month, d.day)
            except ValueError:
                continue
    return None


def _truncated(mention: PersonMention, tail: str) -> bool:
    """A name cut off by the end of a scraped excerpt ('Jane Tremb') is not a name."""
    return not mention.known and mention.end >= len(tail) and tail[-1:] not in ".!?\"”)"


def _dedupe(recalled: list[MeetingMention]) -> list[MeetingMention]:
    """One entry per earlier meeting: sentences that retell it with the same people merge."""
    out: list[MeetingMention] = []
    for m in recalled:
        same = next((o for o in out if set(o.participants) == set(m.participants)
                     and (o.venue is None or m.venue is None or o.venue == m.venue)
                     and (o.date is None or m.date is None or o.date == m.date)), None)
        if same is None:
            out.append(m)
        else:
            same.date, same.venue = same.date or m.date, same.venue or m.venue
            same.country = same.country or m.country
    return out


def _headline_first(groups: list[Group], mentions: dict[int, list[PersonMention]],
                    sents: list[Sentence]) -> list[Group]:
    """The meeting whose people the title names leads; otherwise the first one told."""
    named = {m.name for s in sents if s.headline for m in mentions.get(s.index, [])}
    if len(groups) < 2 or not named:
        return groups
    best = max(range(len(groups)), key=lambda i: (len(named & set(groups[i].people)), -i))
    return [groups[best], *groups[:best], *groups[best + 1:]]


def _focus(mentions: dict[int, list[PersonMention]], sents: list[Sentence], text: str) -> str | None:
    """The article's main actor: named in the title if anyone is, else named most often (not
    counting a name cited as the report's source: 'X's office said')."""
    counts = Counter(m.name for ms in mentions.values() for m in ms
                     if not cited_source(text, m.end, m.end + 40))
    titled = {m.name for s in sents if s.headline for m in mentions.get(s.index, [])}
    ranked = [name for name, _ in counts.most_common()]
    return next((n for n in ranked if n in titled), ranked[0] if ranked else None)


def annotate(doc: SourceDoc, registry: Registry) -> Annotation:
    """Convenience for one-off use; pipelines build one Annotator per process instead."""
    return Annotator(registry).annotate(doc)
