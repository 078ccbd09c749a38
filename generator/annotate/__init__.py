"""Pure text to fields: date, venue, country, participants, meetings, with evidence.

`Annotator(registry).annotate(doc)` is the only entry point the pipeline calls. It does no I/O
and keeps no state between calls, so it can run in worker processes. The stages read top to
bottom: sentences -> dateline and reference day -> people, places, dates -> meeting sentences
-> meetings (headline first) -> front-matter fields with evidence.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.annotate.dates import find_dates
from generator.annotate.events import Event, Group, group_events, kind_of, read_event
from generator.annotate.fields import (
    Context,
    meeting_date,
    meeting_venue,
    reference_day,
    tweet_days,
    year_hint,
)
from generator.annotate.fields import (
    settle_statuses as _settle_statuses,
)
from generator.annotate.people import PeopleFinder, PersonMention
from generator.annotate.places import PlaceIndex, PlaceMention, dateline
from generator.annotate.text import Sentence, sentences
from generator.annotate.titles import TitleIndex
from generator.model import (
    Annotation,
    Evidence,
    MeetingMention,
    Place,
    SourceDoc,
    UnknownPerson,
)
from generator.registry import Registry

ANNOTATOR_VERSION = "1.0"
"""Bump when extraction rules change: cached annotations are keyed on it."""

__all__ = ["ANNOTATOR_VERSION", "Annotator", "annotate"]

CAPITAL_OF = re.compile(r"\bthe\s+([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)\s+capital\b(?!\s+(?:of|city\s+of)\b)"
                        r"|\b([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)['’]s\s+capital\b(?!\s+(?:of|city\s+of)\b)")
VISITED = re.compile(r"\bvisit(?:s|ed|ing)?\s+(?:to\s+)?([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)")


class Annotator:
    """Built once per process: holds the indices over the registry that every article uses."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.titles = TitleIndex(registry)
        self.people = PeopleFinder(registry, self.titles)
        self.places = PlaceIndex(registry)

    def annotate(self, doc: SourceDoc) -> Annotation:
        """Read one article; return its headline meeting's fields plus every meeting it reports."""
        text = doc.text
        sents = sentences(text, doc.title)
        line_place, line_text, line_sentence = self._dateline(text, sents)
        ref, ref_sentence = reference_day(doc.published, line_text, sents)
        found = [m for m in self.people.find(text, ref) if not _truncated(m, text)]
        mentions = _bucket(found, sents)
        places = _bucket(self.places.find(text) + self._capitals(text), sents)
        dates = {s.index: [_shift(d, s.start) for d in find_dates(s.text)] for s in sents}
        events = [e for s in sents if (e := read_event(s, text, mentions.get(s.index, [])))]
        ctx = Context(ref, ref_sentence, line_place, line_sentence, sents, places, dates, {},
                      year_hint=year_hint(ref, dates), paragraph_refs=tweet_days(text, sents))
        _settle_statuses(events, ctx)
        ctx.statuses = {e.sentence.index: e.status for e in events}
        ctx.here_place = None if line_place else self._visited_capital(text)
        reported = [e for e in events if e.status == "reported"]
        groups = group_events(reported, _focus(mentions))
        meetings = [self._meeting(g, ctx, i == 0) for i, g in enumerate(groups)]
        if not meetings and reported:
            first = Group(events=reported[:1], people=reported[0].people)
            meetings = [self._meeting(first, ctx, True)]
        recalled = [self._recalled(e, ctx) for e in events if e.status == "recalled" and e.people]
        return self._annotation(doc, meetings, recalled, mentions, sents)

    def _capitals(self, text: str) -> list[PlaceMention]:
        """'the Indian capital', 'Saudi Arabia's capital' name a city without naming it."""
        out = []
        for m in CAPITAL_OF.finditer(text):
            country = self.registry.country(m[1] or m[2])
            place = self.places.lookup(country.capital, country.name) if country and \
                country.capital else None
            if place is not None:
                out.append(PlaceMention(m.start(), m.end(), place, True))
        return out

    def _visited_capital(self, text: str) -> Place | None:
        """Where 'here' is when there is no dateline: the capital of the country visited."""
        for m in VISITED.finditer(text):
            country = self.registry.country(m[1])
            if country and country.capital:
                return self.places.lookup(country.capital, country.name)
        return None

    # -- stages ---------------------------------------------------------------------
    def _dateline(self, text: str, sents: list[Sentence]):
        """The first dateline or byline place in the opening paragraphs, with its dated part."""
        seen: set[int] = set()
        for s in sents:
            if s.paragraph in seen or len(seen) >= 4:
                continue
            seen.add(s.paragraph)
            place, dated, _ = dateline(self.places, text[s.start : s.start + 160])
            if place is not None:
                return place, dated, s.text
        return None, "", ""

    def _meeting(self, group: Group, ctx: Context, headline: bool) -> MeetingMention:
        group_sents = group.sentences
        phone = any(e.phone or e.video for e in group.events)
        day, day_sentence, day_conf = meeting_date(group_sents, ctx, headline)
        place, place_sentence, place_conf = (
            (None, "", 0.0) if phone else meeting_venue(group_sents, ctx, headline)
        )
        countries = {
            p.country
            for name in group.people
            if (p := self.registry.person(name)) is not None and p.country
        }
        kind = kind_of(group, place.country if place else None, countries)
        mention = MeetingMention(
            date=day,
            venue=place.name if place else None,
            country=place.country if place else None,
            participants=list(group.people),
            kind=kind,
            status="reported",
            sentence=group_sents[0].text if group_sents else "",
            confidence=round(min(0.95, 0.5 + 0.1 * len(group.events)), 2),
        )
        mention._evidence = {  # type: ignore[attr-defined]
            "date": Evidence(day, day_sentence, round(day_conf if day else 0.5, 2)),
            "venue": Evidence(
                mention.venue,
                place_sentence,
                round(place_conf if place else (0.8 if phone else 0.3), 2),
            ),
        }
        return mention

    def _recalled(self, event: Event, ctx: Context) -> MeetingMention:
        full = [d for d in ctx.dates.get(event.sentence.index, []) if d.full]
        day = meeting_date([event.sentence], ctx, False)[0] if full else None
        cued = [pm.place for pm in ctx.places.get(event.sentence.index, []) if pm.cued]
        return MeetingMention(
            date=day,
            venue=cued[0].name if cued else None,
            country=cued[0].country if cued else None,
            participants=list(event.people),
            kind="bilateral" if len(event.people) <= 2 else "multilateral",
            status="recalled",
            sentence=event.sentence.text,
            confidence=0.5,
        )

    def _annotation(
        self,
        doc: SourceDoc,
        meetings: list[MeetingMention],
        recalled: list[MeetingMention],
        mentions: dict[int, list[PersonMention]],
        sents: list[Sentence],
    ) -> Annotation:
        head = meetings[0] if meetings else None
        participants: list[str] = []
        for m in meetings:
            participants += [p for p in m.participants if p not in participants]
        named = [m for ms in mentions.values() for m in ms]
        mentioned = list(dict.fromkeys(m.name for m in named if m.name not in participants))
        unknown = {}
        by_index = {s.index: s for s in sents}
        for index, ms in mentions.items():
            for m in ms:
                if not m.known and m.name not in unknown:
                    unknown[m.name] = UnknownPerson(
                        m.name, m.country, m.title, by_index[index].text
                    )
        evidence = dict(getattr(head, "_evidence", {})) if head else {}
        if head:
            evidence["country"] = Evidence(
                head.country, evidence["venue"].sentence, evidence["venue"].confidence
            )
            evidence["participants"] = Evidence(list(participants), head.sentence, head.confidence)
        for m in meetings:
            m.__dict__.pop("_evidence", None)
        return Annotation(
            title=doc.title,
            date=head.date if head else None,
            venue=head.venue if head else None,
            country=head.country if head else None,
            participants=participants,
            kind=head.kind if head else None,
            meetings=meetings,
            recalled=recalled,
            mentioned=mentioned,
            unknown_people=list(unknown.values()),
            evidence=evidence,
        )


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


def _shift(mention, base: int):
    from dataclasses import replace

    return replace(mention, start=mention.start + base, end=mention.end + base)


def _truncated(mention: PersonMention, text: str) -> bool:
    """A name cut off by the end of a scraped excerpt ('Jake Sull') is not a name."""
    return not mention.known and mention.end >= len(text.rstrip()) and text.rstrip()[-1:] not in ".!?\"”"


def _focus(mentions: dict[int, list[PersonMention]]) -> str | None:
    """The article's main actor: the person named most often (first named wins ties)."""
    counts = Counter(m.name for ms in mentions.values() for m in ms)
    return counts.most_common(1)[0][0] if counts else None


def annotate(doc: SourceDoc, registry: Registry) -> Annotation:
    """Convenience for one-off use; pipelines build one Annotator per process instead."""
    return Annotator(registry).annotate(doc)


__all__ += ["PlaceMention"]
