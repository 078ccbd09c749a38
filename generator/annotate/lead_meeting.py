"""A last resort: the lead's people as the meeting when the rules read none at all.

Real articles tell meetings in forms no cue list foresees ('X and Y inked a deal', 'a joint
statement issued after the discussions of X and Y', 'During the visit of X, Y and X ...'). With no
meeting reported, none in the pluperfect and none announced, every field came out empty. A story
whose title or opening sentences name two officials together is, in this corpus, almost always
the story of their meeting; so the first such sentence gives the headline meeting, its day and
place resolved as an ordinary meeting's are. The text does not say in words the rules trust
that they met, so every field it gives is queued, and carries a signal the model can learn from.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.annotate import cues
from generator.annotate.counterparts import LEADERS
from generator.annotate.events import Event, Group
from generator.annotate.fields import Context
from generator.annotate.people import PersonMention
from generator.annotate.quotes import only_quoted, quoted_spans
from generator.annotate.text import Sentence, person_of
from generator.corpus.registry import Registry
from generator.model import Evidence

LEAD_BODY = 3
"""Body sentences read after the title: a story's meeting is told at its top or not at all."""
LINK_GAP = 60
"""Characters between two names told together ('X and his Italian counterpart Y')."""
FALLBACK_CONFIDENCE = 0.6
"""Trust in a field the fallback gives: below the review threshold, so queued."""
SIGNAL = "fallback_meeting"
STORY_WORD = re.compile(r"\b[a-z]{3,}\b")
"""A sentence of the story, not a menu, a dateline or a bare date ('Menu | News', 'PARIS, 14 April')."""
NOT_TOGETHER = re.compile(r"[;:!?\"“”]|\b(?:said|says|argued|argues|wrote|writes|whereas|while|but)\b")
"""Between two names, a clause break or a speaker's verb: they are told apart, not together."""
COORDINATED = re.compile(r"\s*(?:,\s*$|,?\s*(?:and|&|with|alongside|along\s+with|together\s+with)\b)",
                         re.I)
"""Two names told together are coordinated ('X and Y', 'X with Y', 'X, Y discuss'); 'X called
Y's remarks unhelpful', 'X said Y was right' tell one about the other."""
NOT_A_MEETING = re.compile(
    r"\b(?:opinion|op-?ed|column|editorial|commentary|argu(?:e|es|ed|ing)|reshuffle|cabinet|"
    r"appoint\w*|sworn|nominat\w*|succeed\w*|replac\w*|resign\w*|elected|obituar\w*|"
    r"to\s+(?:visit|meet|travel|hold|host|attend)\b)", re.I)
"""An opinion piece, an appointment, an obituary or a headline plan ('X to visit Y'): people named
together without having met."""


def lead_meeting(sents: list[Sentence], mentions: dict[int, list[PersonMention]], ctx: Context,
                 registry: Registry, claim: bool = True) -> list[Event]:
    """The meeting of the first of the title and the opening body sentences that names two or
    more people together, as a reported event; [] when none does. `claim` marks its sentence
    as reporting the meeting, so the day and place are read there too."""
    titled = [s for s in sents if s.headline][:1]
    body = [s for s in sents if not s.headline and STORY_WORD.search(s.text)][:LEAD_BODY]
    for s in titled + body:
        if ctx.statuses.get(s.index) in {"planned", "recalled"} or _not_a_meeting(s):
            continue
        people = _together(s, mentions.get(s.index, []))
        if len(people) >= 2 and _across_countries(people, registry, ctx.ref):
            if claim:
                ctx.statuses[s.index] = "reported"
            return [Event(s, "reported", [m.name for m in people], [])]
    return []


def lend_people(groups: list[Group], sents: list[Sentence], mentions: dict[int, list[PersonMention]],
                ctx: Context, registry: Registry) -> bool:
    """Give a headline meeting that names nobody the lead's people; whether it did.

    'X and Y said they had agreed on a plan after talks that ran all night. The talks began on
    Friday ...': the sentence the rules read as the meeting names no one, and an empty list is
    wrong for every meeting. Its own sentence keeps the day and place (the lead's 'said early on
    Saturday' is when they spoke); only the people are lent, and queued."""
    if not groups or groups[0].people:
        return False
    lead = lead_meeting(sents, mentions, ctx, registry, claim=False)
    if lead:
        groups[0].people = list(lead[0].people)
    return bool(lead)


def _not_a_meeting(s: Sentence) -> bool:
    return bool(NOT_A_MEETING.search(s.text) or cues.search_text(cues.DEATH, s.text)
                or cues.search_text(cues.PLANNED, s.text))


def _together(s: Sentence, mine: list[PersonMention]) -> list[PersonMention]:
    """The first run of names told together, one mention a person, outside quotes; registry
    people only when two or more of them are in it (a name the registry lacks may be a misread)."""
    spans = quoted_spans(s.text)
    named = [m for m in mine if not only_quoted(s.text, spans, m.start - s.start)]
    run: list[PersonMention] = []
    for m in named:
        gap = s.text[run[-1].end - s.start:m.start - s.start] if run else ""
        if run and (len(gap) > LINK_GAP or NOT_TOGETHER.search(gap) or not COORDINATED.match(gap)):
            if len({r.name for r in run}) >= 2:
                break
            run = []
        run.append(m)
    once = list({m.name: m for m in reversed(run)}.values())[::-1]
    known = [m for m in once if m.known]
    return known if len(known) >= 2 else once


def _across_countries(people: list[PersonMention], registry: Registry, day: dt.date | None) -> bool:
    """Officials of one country named together are colleagues, unless a head of state or
    government is among them (who receives their own ministers)."""
    countries = set()
    for m in people:
        person = person_of(registry, m.name)
        country = m.country or (person.country if person else None)
        if country is None:
            return True
        countries.add(country)
        if person is not None and any(r.role in LEADERS for r in registry.roles_on(person, day)):
            return True
    return len(countries) > 1


def mark(evidence: dict[str, Evidence], people: dict[str, Evidence]) -> None:
    """Sign every field of a fallback meeting, so the model can learn it. The fallback, not the
    rule that then found the day or place, chose the answer: its one-hot `by_*` signal is the
    fallback's, and the rule's own score no higher than the fallback's trust (a date 'from its
    own sentence' of a meeting the text never says took place must not teach the model that
    own-sentence dates fail)."""
    for ev in [*evidence.values(), *people.values()]:
        sig = {k: v for k, v in ev.signals.items() if not k.startswith("by_")}
        if "rule" in sig:
            sig["rule"] = min(sig["rule"], FALLBACK_CONFIDENCE)
        ev.signals = {**sig, SIGNAL: 1.0}
