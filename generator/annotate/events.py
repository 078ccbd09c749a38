"""Meetings in text: which sentences report a meeting, who took part, and which sentences only
recall an earlier meeting or announce a planned one.

A sentence is a meeting sentence when it carries a meeting verb ('held talks', 'met', 'called
on', 'phone call'); its status comes from tense and cue words. People in a reported sentence are
participants unless the context marks them as absent (a former leader, a spokesperson, someone
whose greetings were conveyed, the dead in a moment of silence).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from generator.annotate import cues
from generator.annotate.ahead import said_ahead
from generator.annotate.asides import earlier_asides
from generator.annotate.clauses import hosts, same_clause
from generator.annotate.context_people import context_only, may_name_context
from generator.annotate.guard import guarded, scanned
from generator.annotate.invitees import invited
from generator.annotate.people import PersonMention
from generator.annotate.quotes import only_quoted, quoted_spans
from generator.annotate.session_guests import met_one_at_session
from generator.annotate.sources import cited_source
from generator.annotate.subjects import pronoun_partner
from generator.annotate.tenure import marks_tenure
from generator.annotate.text import Sentence

MEETING_VERB_SPAN = 60
"""How far (characters) a recall cue after a meeting verb may sit and still govern it."""
CLAUSE_OPENERS = ("after", "recall", "back from", "reciprocat", "former", "first", "since", "follow")
"""Recall cues that open a clause of their own and so cannot date a verb before them."""
GROUP_REACH = 40
"""How many earlier meetings a sentence may join; a long text's far past is another story."""
PLAN_SPAN = 90
"""How far before a meeting verb a planning cue ('could possibly visit ... for talks') reaches."""


LATER_GATHERING = re.compile(
    r",\s*(?:which\s+(?:[\w'’-]+\s+){0,3}?(?:will|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+"
    r"(?:be\s+held|be\s+hosted|be\s+convened|take\s+place|host|hold|convene)|"
    r"(?:(?:due|set|scheduled|expected)\s+)?to\s+(?:be\s+held|be\s+hosted|be\s+convened|take\s+place))\b")
"""'the summit of the heads of state, to be held in X on 14 December with the participation of
Y and Z', 'the summit, which Moldova will host in Bulboaca on 1 June': a gathering still ahead,
inside a sentence that reports the meeting; whom and when it names are that one's."""
AFTER_OR_BEFORE = re.compile(r"\b(?:after|before)\b")
TO_OR_BE = re.compile(r"\s*(?:to\s+be|be|will|would|shall|is\s+to|are\s+to)\b")
"""'a meeting to be held', 'talks be': not yet done. 'A meeting to discuss X', 'ministers meet to
review Y' tell a purpose, and the meeting may well have happened."""
SET_FOR = re.compile(
    r"(?:\s+(?!\w+ed\b)(?!(?:is|are|was|were|has|have|had|will|would|which|who|where|while|but)\b)"
    r"[\w'’,-]+){0,14}?\s+(?:is|are)\s+(?:now\s+|also\s+)?(?:scheduled|planned|slated|set|due|expected)\s+"
    r"(?:for|on|in|to\s+(?:take\s+place|be\s+held|open|start|begin|resume))\b", re.I)
"""'A trilateral meeting of the ministers of X, Y and Z is scheduled for Monday': the meeting
noun's own predicate, past the noun phrase that names who, puts it ahead. Read only after a cue
that is a noun (`NOUN_CUE`), over words that are no verb of their own ('... ended on Thursday, and
more are set for May' is another clause's)."""
NOUN_CUE = re.compile(r"(?:meeting|talks|summit|dialogue|consultations|negotiations|session)s?"
                      r"(?:\s+(?:between|with|of|among))?$", re.I)
ENDS_WITH_TO = scanned(re.compile(r"\bto\s+(?:be\s+)?$"))
"""'plans to meet', 'wants such a meeting to be held': the verb is not yet done."""
ARRIVED_TO = re.compile(r"\b(?:arrived|landed|travell?ed|flew|came)\b[^.;]{0,80}?\bto\s+$", re.I)
"""'arrived in X on Monday to hold talks with Y': a purpose told on arrival, not a plan; the talks
are the visit's own."""
NOUN_VERB = re.compile(r"(?:a|an|the|his|her|their|its|talks)\b", re.I)
"""A meeting named by a noun phrase: 'travelling to a meeting' is going to one, not planning it."""
OWN_TALKS = re.compile(r"after\s+(?:the|their)\s+(?:\w+\s+)?(?:talks|meeting|negotiations)\b", re.I)
PRESS_EVENT = re.compile(r"(?:press|news)\s+(?:conference|briefing)|statements?\s+to\s+the\s+press|"
                         r"told\s+(?:reporters|journalists|the\s+(?:press|media))|"
                         r"\b(?:signed|inked)\b|joint\s+(?:statement|declaration|communiqu)", re.I)
"""'hold a joint press conference after their talks', 'signed a treaty after their talks': a
press event or a signing closes the talks it follows, so these are the talks reported, not
earlier ones (their day and city are the report's)."""
PAIR_TALKS = re.compile(
    r"\b[A-Z][\w'’]+[-–][A-Z][\w'’]+\s+(?:talks|meeting|meet|summit|call|phone\s+call|consultations)\b")
"""'Lavrov-Wang talks': a meeting named by its two people's surnames, verb or not."""
PAIR_GUARD = re.compile(r"[-–][A-Z][\w'’]+\s+(?:talks|meet|summit|call|phone\s+call|consultations)")
"""Part of every PAIR_TALKS match: re scans for its first character, where PAIR_TALKS tries
every capital (3,636 sentences with a dash: 0.029 -> 0.017 s)."""
REPORTED_SPEECH = scanned(re.compile(
    r"\b(?:said|says|announced|confirmed|reported|stated|told\s+(?:reporters|journalists|the\s+press))"
    r"\b(?:\s+(?:on|late|early)\s+\w+)?(?:\s+that)?\s+[^.;]{0,90}$", re.I))
"""'the ministry said on Friday that X had held talks with Y': the past perfect is the tense of
indirect speech, so the talks are the news reported, not an earlier meeting."""
PAST_PERFECT = re.compile(r"had\s", re.I)
SESSION = scanned(guarded(cues.MULTILATERAL))
"""`cues.MULTILATERAL` with its first-character guard: case matters in it, so it has no lower-case
twin to carry one (on every reported sentence; 21,287 sentences 0.090 -> 0.063 s)."""
AFTER_IT = re.compile(r"after\s", re.I)
INDEFINITE_AFTER = re.compile(r"after\s+an?\s", re.I)


@dataclass
class Event:
    """One meeting sentence as read: status, kind hints, and who is in it.

    Kind hints (phone, video, sidelines...) are read only when the sentence reports a meeting:
    nothing asks them of a recalled or planned one, which keeps them all False.
    """

    sentence: Sentence
    status: str
    people: list[str]
    absent: list[str]
    phone: bool = False
    video: bool = False
    sidelines: bool = False
    multilateral: bool = False
    strong: bool = False
    subjectless: bool = False
    """The meeting verb has no named subject ('He met', 'The foreign minister held talks')."""
    separate: bool = False
    cut: int = 10**9
    """Where a later clause about another (recalled or planned) meeting starts, in the text."""
    joins: bool = False
    """A participation verb ('attended', 'is representing'): one person joins the meeting."""
    greeting: bool = False
    """An airport welcome: greeters are not the visit's meetings when the article has those."""
    subjectless_of: Callable[[], bool] | None = field(default=None, repr=False, compare=False)
    greeting_of: Callable[[], bool] | None = field(default=None, repr=False, compare=False)
    phone_of: Callable[[], bool] | None = field(default=None, repr=False, compare=False)
    video_of: Callable[[], bool] | None = field(default=None, repr=False, compare=False)
    """How `read_event` works out `subjectless`, `greeting`, `phone` and `video` when first asked
    (`unnamed`, `greets`, `by_phone`, `by_video`): of 20,269 reported sentences per cpu.py pass,
    64, 3,150, 10,304 and 11,757 are asked."""

    def by_phone(self) -> bool:
        """`phone`, worked out at first need."""
        if self.phone_of is not None:
            self.phone, self.phone_of = self.phone_of(), None
        return self.phone

    def by_video(self) -> bool:
        """`video`, worked out at first need."""
        if self.video_of is not None:
            self.video, self.video_of = self.video_of(), None
        return self.video

    def unnamed(self) -> bool:
        """`subjectless`, worked out at first need."""
        if self.subjectless_of is not None:
            self.subjectless, self.subjectless_of = self.subjectless_of(), None
        return self.subjectless

    def greets(self) -> bool:
        """`greeting`, worked out at first need."""
        if self.greeting_of is not None:
            self.greeting, self.greeting_of = self.greeting_of(), None
        return self.greeting


@dataclass
class Group:
    """Meeting sentences that describe one meeting."""

    events: list[Event] = field(default_factory=list)
    people: list[str] = field(default_factory=list)

    @property
    def sentences(self) -> list[Sentence]:
        return [e.sentence for e in self.events]

    @cached_property
    def remote(self) -> str | None:
        """`remote_kind(self)`, which `_remote` and `kind_of` both ask of a settled meeting:
        read once (it searched each sentence twice per meeting)."""
        return remote_kind(self)

    @cached_property
    def in_person(self) -> bool:
        """Whether the first sentence has a word that puts people in one room (`cues.IN_PERSON`):
        `remote_kind` and the annotator's `_remote` both ask it of the same sentence."""
        return cues.search_text(cues.IN_PERSON, self.events[0].sentence.text) is not None


def status_of(text: str) -> tuple[str | None, int]:
    """Status of a sentence with a meeting verb (None without one), and where it changes.

    A recall cue anywhere before a verb ('Recalling his meeting ... on the sidelines of')
    governs it; a planning cue must sit just before it ('is scheduled to meet'). The sentence
    is reported when any verb is; the second number is where a later clause starts that recalls
    or plans another meeting ('met X on Tuesday, after a meeting between Y and Z on Monday'),
    so that people named after it are left out.
    """
    return _status(text, cues.lowered(text))


def _status(text: str, low: str | None, recall: list[bool] | None = None
            ) -> tuple[str | None, int]:
    """`status_of`, with the sentence's lower-cased copy (`cues.lowered`) for the cues.

    `recall`, when given, gains whether the sentence holds a recall cue if that was looked
    for here (see `fields.Context.recalls`, which asks the same)."""
    # the rarer forms ('had lunch with', 'was joined by') tell sentences that have no other verb:
    # looked for only there, they cost a sentence that has one nothing
    verbs = (cues.finditer(cues.MEETING, text, low) or cues.finditer(cues.MEETING_MORE, text, low)
             or cues.finditer(cues.MEETING_RARE, text, low))
    if ("-" in text or "–" in text) and PAIR_GUARD.search(text) and (
            pairs := list(PAIR_TALKS.finditer(text))):
        verbs = sorted(verbs + pairs, key=lambda v: v.start())  # 'Kovar-Telen talks'
    if cues.search(cues.GLAD_TO_MEET, text, low):
        return "reported", len(text)  # 'Wonderful to host X today': a post's meeting, verb or not
    if not verbs:
        return None, len(text)
    statuses = []
    cut = len(text)
    recalls = cues.finditer(cues.RECALLED, text, low)
    if recall is not None:
        recall.append(bool(recalls))
    for verb in verbs:
        start, end = verb.span()
        after = text[end:end + MEETING_VERB_SPAN]
        lead = max(0, start - PLAN_SPAN)
        before = text[lead:start]
        early = next((r for r in recalls if r.end() <= end and not (
            ("reported" not in statuses or _press_talks(r, text))
            and _after_this(r, start, text, low)) and not _indirect_speech(r.start(), r[0], text, recalls)),
            None)
        window = text[start:end + MEETING_VERB_SPAN]  # the verb and what follows it
        late = _late_recall(text, low, bool(recalls), start, end + MEETING_VERB_SPAN)
        late_text = window[late.start():late.end()] if late else ""
        if late and _indirect_speech(start + late.start(), late_text, text, recalls):
            late = None  # 'said that X had held talks with Y': the news, backshifted
        if late and OWN_TALKS.match(late_text) and PRESS_EVENT.search(text, start, end):
            late = None  # 'a press conference after their talks': the talks of this report
        # the planning cue just before the verb: asked here once, it serves both the new
        # clause's cut and the verb's own status (it was searched for twice)
        planned = cues.search(cues.PLANNED, before, _cut(low, lead, start))
        if late and (late_text.lower().startswith(CLAUSE_OPENERS) or (
                cues.match(cues.SUBJECT_VERB, text[start:end], _cut(low, start, end))
                and AFTER_OR_BEFORE.search(late_text))):
            if late and "reported" not in statuses and planned is None:
                cut = min(cut, start + late.start())  # what the new clause names is not this one
            late = None  # 'met X, after a meeting between Y and Z': opens a new clause
        if planned and said_ahead(text, start, end):
            planned = None  # 'X said ahead of the talks with Y': those talks, reported
        plan = planned or cues.match(cues.PLANNED_AFTER, after,
                                     _cut(low, end, end + MEETING_VERB_SPAN)) or (
            NOUN_CUE.search(verb[0]) and _set_for(text, low, end)) or (
            statuses and statuses[-1] == "planned" and same_clause(text, verbs[len(statuses) - 1].end(),
                                                                   start))  # 'to meet Y on the sidelines'

        if early or late:
            statuses.append("recalled")
            where = early.start() if early else start + late.start()  # type: ignore[union-attr]
        elif plan or TO_OR_BE.match(after) or (ENDS_WITH_TO.search(before)
                                              and not NOUN_VERB.match(text, start)
                                              and not ARRIVED_TO.search(before)):
            statuses.append("planned")
            where = start - len(before) + planned.start() if planned else start
        else:
            statuses.append("reported")
            continue
        if "reported" in statuses[:-1]:
            cut = min(cut, max(where, verbs[statuses.index("reported")].end()))
    if "reported" in statuses:
        told = verbs[statuses.index("reported")].end()
        if ("held" in text or "place" in text or "host" in text or "hold" in text or "convene" in text) and (
                ahead := LATER_GATHERING.search(text, told)):
            cut = min(cut, ahead.start())  # '..., to be held in X on 14 December with Y and Z'
        return "reported", cut
    return ("recalled" if "recalled" in statuses else "planned"), len(text)


SET_FOR_WORDS = ("set", "due", "slated", "planned", "expected", "scheduled")
"""One of these is in every SET_FOR match."""


def _set_for(text: str, low: str | None, end: int) -> bool:
    """`SET_FOR.match(text, end)`, tried only where the lower-cased rest of the sentence holds a
    word every match has: its fourteen lazy words with their lookaheads made it one of the
    costliest tests of a sentence whose verb is a noun ('talks with'), and it rarely matches."""
    if low is not None:
        for word in SET_FOR_WORDS:  # a plain loop: a generator's frames cost more than the tests
            if low.find(word, end) >= 0:
                break
        else:
            return False
    return SET_FOR.match(text, end) is not None


def _after_this(recall: re.Match[str], verb_start: int, text: str, low: str | None) -> bool:
    """'said after a meeting with X': the 'after' phrase is the verb's own, so it dates nothing
    earlier than the statement reported (unless another meeting was reported before it)."""
    if recall.start() >= verb_start or not AFTER_IT.match(recall[0]):
        return False
    if _press_talks(recall, text):
        return True  # 'a press conference after their talks': the talks reported
    if INDEFINITE_AFTER.match(recall[0]):
        return True  # 'after a meeting with X': news told for the first time
    lead = max(0, recall.start() - 40)
    return cues.search(cues.SAID_AFTER, text[lead:recall.start()],
                       _cut(low, lead, recall.start())) is not None


def _indirect_speech(at: int, cue: str, text: str, recalls: list[re.Match[str]]) -> bool:
    """'X said (that) Y had met Z': a past perfect told after a verb of saying, with no other
    recall cue in the sentence, is the reported news backshifted, not an earlier meeting."""
    if len(recalls) > 1 or not PAST_PERFECT.match(cue):
        return False
    return REPORTED_SPEECH.search(text, max(0, at - 160), at) is not None


def _press_talks(recall: re.Match[str], text: str) -> bool:
    """'hold a press conference after their talks': the talks the press event closes."""
    return bool(OWN_TALKS.match(recall[0]) and PRESS_EVENT.search(text, 0, recall.start()))


def _late_recall(text: str, low: str | None, any_recall: bool, start: int, stop: int
                 ) -> re.Match[str] | None:
    r"""RECALLED in text[start:stop], which starts at a meeting verb.

    A sentence without RECALLED has none in this window either, unless the window ends inside
    a word: only there can a `\b` hold in the window and not in the sentence. So the search,
    one of the costliest, runs only where it can find something.
    """
    seen = low if low is not None else text
    if not any_recall and (stop >= len(seen) or not _word(seen[stop - 1]) or not _word(seen[stop])):
        return None
    return cues.search(cues.RECALLED, text[start:stop], _cut(low, start, stop))


def _word(char: str) -> bool:
    r"""What `\w` matches in a str pattern: letters, digits and the underscore."""
    return char.isalnum() or char == "_"


def _cut(low: str | None, start: int, end: int) -> str | None:
    return low[start:end] if low is not None else None


def read_event(sentence: Sentence, text: str, mentions: list[PersonMention],
               low: str | None = None, recall_cues: dict[int, bool] | None = None) -> list[Event]:
    """The meetings a sentence talks about (none without a meeting verb).

    'X met A and held talks with B' is two meetings: X with A, X with B. `low` is
    `cues.lowered(text)`, for speed; without it the cues run on the text as written.
    `recall_cues`, when given, gains sentence index -> whether it holds a recall cue, where that
    was looked for (`fields.Context.recall_cues`).
    """
    s = sentence.text
    sl = _cut(low, sentence.start, sentence.end)
    recall: list[bool] = []
    status, cut = _status(s, sl, recall)
    if recall and recall_cues is not None:
        recall_cues[sentence.index] = recall[0]  # what `Context.recalls` would find again
    if status is None:
        return []
    # Unnamed officials who merely attended ('the top diplomats of A and B also attended') stay
    # unnamed: a careful reader could not name them from the text, so they are only mentioned.
    joins = bool(cues.search(cues.PARTICIPATION, s, sl)
                 or cues.search(cues.PARTICIPATION_MORE, s, sl))
    present: list[PersonMention] = []
    absent: list[str] = []
    # only the people named decide anything by it: a sentence naming none skips its two cues
    context_from, context_to = _context_from(s, sl, mentions, sentence.start) if mentions else (
        10**9, 10**9)
    asides = earlier_asides(s, sl) if mentions else []
    # A clause can only say 'stayed away' or 'a letter from' if its sentence holds a word of the
    # cue: most hold none, and then `_absent` need not find each name's clause (0.10 -> 0.03 s)
    absence = bool(mentions) and (  # read in the loop over the names only: none, no need
        sl is None or not (cues.absent(cues.ABSENT, sl) and cues.absent(cues.LETTERS, sl)))
    inviting = bool(mentions) and "invit" in (sl if sl is not None else s.lower())
    contextual = bool(mentions) and status == "reported" and may_name_context(
        sl if sl is not None else s.lower())
    quoted = quoted_spans(s) if mentions and ('"' in s or "“" in s or "”" in s) else []
    conveyed = CONVEYED.search(s) if mentions and "onvey" in s else None
    for m in mentions:
        lead, tail = max(sentence.start, m.start - 80), min(sentence.end, m.end + 40)
        if cited_source(text, m.end, tail):
            continue  # '..., Zelensky's office said': no evidence either way
        offset = m.start - sentence.start
        if quoted and only_quoted(s, quoted, offset):
            continue  # '"the ideas of President X," Y said': what was said, not who met
        gone = (m.role == "spokesperson"
                or cues.search(cues.EXCLUDE_BEFORE, text[lead:m.start], _cut(low, lead, m.start))
                or (m.via == "roles" and joins) or (absence and _absent(text, low, m, sentence))
                or cues.match(cues.EXCLUDE_AFTER, text[m.end:tail], _cut(low, m.end, tail))
                or (marks_tenure(text, m.start, m.end, lead, tail)  # 'since X took office',
                    and all(p.name != m.name for p in present))  # X named at the table before
                or (contextual and context_only(text, m.start, m.end, lead, tail))
                or (inviting and invited(text, lead, m.start, m.end, tail))
                or context_from < offset < context_to
                or (conveyed is not None and offset > conveyed.start())
                or any(a <= offset < b for a, b in asides)
                or (offset >= cut and all(p.name != m.name for p in present)))
        if gone and m.name not in absent:
            absent.append(m.name)
        elif not gone:
            present.append(m)
    present = [m for m in present if m.name not in absent]
    if status != "reported":  # kind hints are read for reported meetings only
        return [Event(sentence, status, _names(present), absent, cut=sentence.start + cut,
                      joins=joins)]
    verbs = cues.finditer(cues.SUBJECT_VERB, s, sl)

    def subjectless() -> bool:
        subject_named = bool(verbs) and any(m.start - sentence.start < verbs[0].start()
                                            for m in mentions) or bool(cues.search(cues.PASSIVE, s, sl))
        return (bool(verbs) and not subject_named) or pronoun_partner(s)

    def phone() -> bool:
        if sl is None:
            return bool(cues.PHONE.search(cues.PHONE_PRESS.sub(" ", s)))
        # the same, on the lower-cased sentence (where 'phone' is not written, nothing to drop)
        unquoted = sl if cues._absent(cues.PHONE_PRESS, sl) else cues.twin(cues.PHONE_PRESS).sub(" ", sl)
        return bool(cues.search(cues.PHONE, unquoted, unquoted))

    base = Event(sentence, status, _names(present), absent, phone_of=phone,
                 video_of=lambda: bool(cues.search(cues.VIDEO, s, sl)),
                 sidelines=bool(cues.search(cues.SIDELINES, s, sl)),
                 multilateral=bool(SESSION.search(s)),
                 strong=cues.search(cues.STRONG_MEETING, s, sl) is not None,
                 subjectless_of=subjectless,
                 # 'also attended by X, with whom Y had held separate talks earlier': the word
                 # is the later clause's, past the cut, and not this meeting's
                 separate=bool(cues.search(cues.SEPARATE, s[:cut], sl[:cut] if sl is not None else None)),
                 cut=sentence.start + cut,
                 joins=joins,
                 greeting_of=lambda: bool(cues.search(cues.GREETING, s, sl)) and not WITH_WHOM.search(s))
    return _split_by_verb(base, present, verbs, sentence.start)


BESIDE_GATHERING = re.compile(
    r"\b(?:sidelines?|margins?|fringes?|eve)\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?(?:summit|"
    r"conference|forum|assembly|ministerial|session)\b", re.I)
THE_TALKS = re.compile(r"\s*(?:The|These|Those)\s+(?:[\w-]+\s+)?(?:talks|meeting|session|consultations|"
                       r"discussions|gathering)\b")
"""A sentence that opens on the meeting told just before ('The talks, held at ..., brought
together A, B and C'): its people join the one who chaired or hosted it."""
ADDRESSED_GATHERING = re.compile(
    r"\b(?:address(?:ed|es|ing)|(?:spoke|speaking|speaks)\s+(?:at|to|before))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:assembly|plenary|summit|conference|session|forum|gathering|podium|congress|leaders|delegates|"
    r"participants|audience)\b", re.I)
"""'President X addressed the General Assembly on Tuesday': a speech to the gathering, not a
seat at two ministers' talks told before it (a summit told with its leaders, 'The summit opened
with A, B and C', keeps one who addressed it by video)."""
TALKS_NOUN = re.compile(r"\b(?:talks|meeting|bilateral|discussions?|tête-à-tête|dinner|lunch)\b")
"""What one who 'also attended' the pair's own talks is said to attend (in lower case: 'the G20
Foreign Ministers' Meeting' is the gathering's name)."""


def _beside_gathering(group: Group) -> bool:
    """Whether a meeting is told as held beside a larger gathering ('met on the eve of the G20
    summit', 'on the sidelines of the conference'): one person who attends or addresses that
    gathering ('X is representing Russia', 'Y addressed the conference') is at
    the gathering, not at the pair's talks, unless the sentence says the talks ('Z also attended
    the meeting')."""
    return any(BESIDE_GATHERING.search(e.sentence.text) for e in group.events)


MET_OTHERS = re.compile(
    r"\b(?:met|meets|met\s+with|meets\s+with|held\s+talks\s+with|talked\s+to|addressed)\s+"
    r"(?:(?:a|the|some|several|local|leading|top|senior|prominent|\d+)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:(?:business|community|religious|faith|tribal|opposition|party|civil\s+society|student|youth|"
    r"industry)\s+leaders|executives|students|investors|businessmen|businesspeople|entrepreneurs|"
    r"journalists|diaspora|staff|workers|lawmakers|parliamentarians|scholars|academics|editors|"
    r"troops|residents|refugees)\b")
"""'On Tuesday, X met business leaders in Y': one named person and a group in lower case, another
occasion of the trip than the talks with the counterpart."""
OTHER_GATHERING = re.compile(
    r"\b(?:address(?:ed|ing|es)?|attend(?:ed|ing|s)?|speaking\s+at|spoke\s+at|participat\w*\s+in|"
    r"took\s+part\s+in|taking\s+part\s+in)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|forum|conference|"
    r"rally|event|gathering|session|ceremony|seminar|summit|congress|reception|dinner|lunch)\b"
    r"(?!\s+(?:with|between|hosted\s+by|chaired\s+by)\b)", re.I)
"""One person who took part in 'a' gathering ('addressing a meeting of provincial governors'):
another occasion than the talks told before, whose words the article quotes ('speaking at a
meeting with X' is a meeting with someone, and stays)."""
CONVEYED = re.compile(
    r"\bconvey(?:ed|s|ing)?\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:greetings|regards|"
    r"wishes|messages?|congratulations|condolences|felicitations|invitation|letter)\b", re.I)
"""'conveyed the greetings of President A to President B, C and D': whom the words are from and
for, none of them in the room (the one who conveyed them is named before)."""
WITH_WHOM = re.compile(r"\bwith\s+whom\s+(?:[\w'’-]+\s+){0,14}?(?:meeting|talks|discussions|"
                       r"consultations|met|conferred)\b", re.I)
"""'was welcomed by X, with whom he went on to have a meeting': more than an arrival greeting."""


def _context_from(s: str, sl: str | None, mentions: list[PersonMention], base: int
                  ) -> tuple[int, int]:
    """Where a sentence turns to people named as context, and where it turns back: after a
    death cue ('a moment of silence for X') up to a clause of its own ('... before Y met Z'), or
    after a relative clause of speech after a participant ('Y, who said X had')."""
    death = cues.search(cues.DEATH, s, sl)
    aside = cues.search(cues.WHO_SAID, s, sl)
    if aside is not None and not any(m.start - base < aside.start() for m in mentions):
        aside = None
    if aside is not None and (death is None or aside.start() < death.start()):
        return aside.start(), 10**9
    if death is None:
        return 10**9, 10**9
    back = DEATH_CLAUSE_END.search(s, death.end())
    return death.start(), back.start() if back else 10**9


DEATH_CLAUSE_END = re.compile(
    r";|\s(?:before|after|when|while|then)\s|,\s+(?=(?:[A-Z][\w.'’-]*\s+){0,4}(?:held|met|hosted|"
    r"received|welcomed|conferred|talked|spoke|sat|had)\b)")
"""A clause of its own after a death cue: 'a moment of silence for X before Y met Z', 'Y, in
Tokyo for the funeral of the late X, held talks with Z' (the aside closes at the verb), 'At a
memorial for the late X, Y met Z' (at the comma before the main clause's subject and verb)."""


WHO_ASIDE = re.compile(r",\s+(?:who|whose)\s[^,;()]{1,120},")
"""A 'who' aside right after a name: the name's own clause goes on after it."""


def _absent(text: str, low: str | None, m: PersonMention, sentence: Sentence) -> bool:
    """'X and Y stayed away', 'Z did not attend': the clause holding the name says so."""
    head = text[sentence.start:m.start]
    breaks = list(cues.CLAUSE_BREAK.finditer(head))
    start = sentence.start + (breaks[-1].end() if breaks else 0)
    aside = WHO_ASIDE.match(text, m.end, sentence.end)  # 'X, who met Y on Monday, did not attend'
    rest = cues.CLAUSE_BREAK.search(text, aside.end() if aside else m.end, sentence.end)
    end = rest.start() if rest else sentence.end
    return bool(cues.search(cues.ABSENT, text, low, start, end)
                or cues.search(cues.LETTERS, text, low, start, m.start))


def _names(mentions: list[PersonMention]) -> list[str]:
    return list(dict.fromkeys(m.name for m in mentions))


def _split_by_verb(base: Event, present: list[PersonMention], verbs: list[re.Match[str]],
                   offset: int) -> list[Event]:
    """One event per 'verb + people' clause when a named subject meets different people."""
    if len(verbs) < 2 or base.status != "reported" or base.greets():
        return [base]  # an airport welcome is one event, however many verbs tell it
    subject = [m for m in present if m.start - offset < verbs[0].start()]
    bounds = [v.start() for v in verbs] + [10**9]
    clauses = [[m for m in present if bounds[k] <= m.start - offset < bounds[k + 1]]
               for k in range(len(verbs))]
    if not subject or any(not c for c in clauses):
        return [base]
    return [replace(base, people=_names(subject + c)) for c in clauses]


def group_events(events: list[Event], focus: str | None) -> list[Group]:
    """Reported meeting sentences merged into meetings, in the order the article tells them.

    A sentence whose subject is unnamed ('He met X', 'The minister held talks with X') has the
    article's main actor as subject. 'Separate meetings with A and B' are two meetings. A
    sentence naming one person who attends or represents joins the meeting before it; one naming
    nobody ('the two ministers met') only adds its words. People that are a subset or superset
    of an earlier meeting's join it; anything else starts a new meeting.
    """
    groups: list[Group] = []
    pending: list[Event] = []
    """Sentences naming one person before any meeting ('X met the delegation in Y on Friday'):
    they tell the day and city of the first meeting that person is found in."""
    for event in events:
        if len(event.people) == 1 and (
                (event.joins and OTHER_GATHERING.search(event.sentence.text))
                or MET_OTHERS.search(event.sentence.text)):
            continue  # 'Moon said, addressing a meeting of governors', 'X met business leaders
            # in Y': another occasion, with people no registry names
        if (len(event.people) == 1 and event.joins and groups and len(groups[-1].people) >= 2
                and event.people[0] not in groups[-1].people
                and (_beside_gathering(groups[-1]) or (
                    ADDRESSED_GATHERING.search(event.sentence.text) and len(groups[-1].people) == 2))
                and not TALKS_NOUN.search(event.sentence.text)):
            continue  # 'Lavrov is representing Russia' at the summit two others met on the eve of
        people = list(event.people)
        if focus and focus not in people and people and (
                event.unnamed() or (len(people) == 1 and event.strong)):
            people.insert(0, focus)
        if event.separate and focus in people and len(people) >= 3:
            _separate_pairs(groups, event, focus, people)
            continue
        target = _matching_group(groups, people, event)
        if (target is None and len(people) >= 2 and groups and len(groups[-1].people) == 1
                and groups[-1].events[-1].joins and THE_TALKS.match(event.sentence.text)):
            target = groups[-1]  # 'X chairing the session. The talks brought together A, B, C'
        if target is None and event.separate and event.joins and people:
            continue  # 'Separately, the president attended a forum': another event, not ours
        if target is None and event.joins and groups:
            session = next((g for g in reversed(groups) if _is_session(g)), None)
            if session is not None or not event.multilateral or len(people) < 2:
                target = session or groups[-1]  # a session of its own is not a bilateral's
        if target is None and len(people) < 2:
            if groups:
                groups[-1].events.append(event)
                if event.joins or (people and _is_session(groups[-1]) and not event.separate
                                    and met_one_at_session(event.sentence.text)):
                    # one person met at a session ('my bilateral discussions with X') was there
                    groups[-1].people += [p for p in people if p not in groups[-1].people]
            elif people and event.joins:
                groups.append(Group(events=[event], people=list(people)))  # a session, so far
            elif people:
                pending.append(event)
            continue
        if target is None:
            # 'X hosted a meeting ... Taking part were A, B and C': the list joins X's meeting
            host = [e for e in pending if event.joins and (e.strong or hosts(e.sentence.text))
                    ] if len(people) >= 2 else []
            hosting = {p for e in host for p in e.people}
            target = Group(events=[e for e in pending if set(e.people) <= set(people) | hosting],
                           people=list(dict.fromkeys(p for e in host for p in e.people)))
            pending = []
            groups.append(target)
        target.events.append(event)
        for p in people:
            if p not in target.people:
                target.people.append(p)
    groups = [g for g in groups if len(g.people) >= 2]
    talks = [g for g in groups if not all(e.greets() for e in g.events)]
    return talks or groups  # airport greeters only count when nothing else happened


def announced_group(first: Event, events: list[Event], named_before: list[str] = ()
                    ) -> Group | None:
    """'X was to meet Y on Thursday. The two met for three hours.': a report naming fewer than
    two people, right after a sentence announcing a meeting of two or more, tells that meeting.
    'X and Y were in Jakarta. The ministers met on Thursday.': a plural subject that names no
    one ('the two', 'the ministers', 'they') means the people the sentence before names."""
    if len(first.people) >= 2:
        return None
    told = [e for e in events if e.status == "planned" and len(e.people) >= 2
            and e.sentence.index < first.sentence.index
            and first.sentence.paragraph - e.sentence.paragraph <= 1]
    if told:
        before = list(told[-1].people)
    elif len(named_before) >= 2 and THEY.match(first.sentence.text):
        before = list(named_before)
    else:
        return None
    people = before + [p for p in first.people if p not in before]
    return Group(events=[first], people=people)


THEY = re.compile(r"(?:(?:the|both)\s+(?:two\s+|\w+\s+)?(?:ministers|leaders|diplomats|sides|"
                  r"officials|men|women|presidents|counterparts)|the\s+two|both|they|"
                  r"the\s+(?:\w+\s+)?(?:talks|meeting|negotiations|consultations|discussions))\b",
                  re.I)
"""A plural subject opening a sentence without naming anyone, or the talks themselves ('X flew to
Moscow at Y's invitation. The talks, held on Monday, ...')."""


def _separate_pairs(groups: list[Group], event: Event, focus: str, people: list[str]) -> None:
    """'Separate meetings with A and B': the main actor met each of them on their own."""
    for other in [p for p in people if p != focus]:
        pair = [focus, other]
        target = _matching_group(groups, pair, event)
        if target is None:
            groups.append(Group(events=[event], people=pair))
        else:
            target.events.append(event)


def _is_session(group: Group) -> bool:
    return any(e.multilateral and not e.sidelines for e in group.events)


def _matching_group(groups: list[Group], people: list[str], event: Event) -> Group | None:
    """The earlier meeting these people belong to; a multilateral session is not a bilateral."""
    if not people:
        return None
    new = set(people)
    for group in groups[:-GROUP_REACH - 1:-1]:  # recent meetings only: long texts stay linear
        old = set(group.people)
        multilateral = _is_session(group)
        if old and (new <= old or (old <= new and len(old) >= 2 and (
                multilateral or not event.multilateral or event.sidelines))):
            return group
    return None


def remote_kind(group: Group) -> str | None:
    """'video' or 'phone' when a sentence of the meeting says the talks were held so.

    A participation verb with a video cue ('addressed staff via video link') is a side remark.
    'X and Y spoke by telephone' is a call, although 'spoke by phone' alone reads as a quote
    given to the press and so does not set `Event.phone`.
    """
    own = _own(group)
    if len(own) > 1 and group.in_person:
        # talks told in a room: a later sentence naming nobody, or one person ('contacts kept up
        # through phone talks between officials', 'X has held a flurry of calls since'), speaks of
        # other contacts, not of these talks
        own = [own[0], *(e for e in own[1:] if len(e.people) >= 2)]
    if any(e.by_video() for e in own):
        return "video"
    if any(e.by_phone() or cues.search_text(cues.PHONE_TALKS, e.sentence.text) for e in own):
        return "phone"
    return None


def _own(group: Group) -> list[Event]:
    """The meeting's own sentences: a participation verb after the first is a side remark
    ('business leaders attended a forum held on the margins of the visit')."""
    return [e for e in group.events if not e.joins or e is group.events[0]]


def kind_of(group: Group, venue_country: str | None, countries: set[str]) -> str:
    """PLOVER-style consult mode: phone, video, multilateral, third-location, visit, bilateral.

    Any sentence of a meeting may say it was held by phone ('the issues were discussed over the
    phone'). `countries` are the participants' countries as far as known. Three or more countries, or a
    session ('council', 'ministerial', 'G20') not merely as a backdrop ('on the sidelines of'),
    make it multilateral; a guest meeting several hosts in their country is still a visit.
    Multilateral means more than two parties meeting: for two people of at most two countries
    only a gathering the meeting took place at counts ('at the SCO council'), not one named in
    passing ('cooperation in multilateral organisations').
    """
    remote = group.remote
    if remote is not None:
        return remote
    own = _own(group)
    sidelines = any(e.sidelines for e in own)
    two = len(group.people) == 2 and len(countries) <= 2
    session = not sidelines and any(
        e.multilateral and (not two or cues.search_text(cues.GATHERING, e.sentence.text)) for e in own)
    if len(countries) >= 3 or session or (len(group.people) > 2 and len(countries) < 2
                                          and not venue_country):
        return "multilateral"
    if sidelines or (venue_country and len(countries) >= 2 and venue_country not in countries):
        return "third-location"
    if venue_country and countries and (venue_country in countries or len(countries) == 1):
        return "visit"  # a guest and hosts (whose country a title may not have given)
    return "bilateral"
