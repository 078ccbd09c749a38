"""What each answer rests on, as numbers: the inputs of the confidence model.

The rules choose an answer; these signals describe how it was reached and what speaks against
it, in terms that hold for any article: which rule or fallback produced it (the meeting's own
sentence, its paragraph, another meeting sentence, the dateline, the publication date), where
the meeting is told, whether rival candidates exist (other full dates, other cued places, other
people), how a person was found (full registry name, surname, title, office), whether the story
also recalls or plans other meetings. `confidence` weighs them; `train` refits the weights.

Every signal is a number in [0, 1] (counts and distances are capped), so that weights compare
and no scaler has to ship. Only the headline meeting's fields get signals: they are the ones
the front matter shows.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Mapping
from typing import TYPE_CHECKING

from generator.annotate import cues
from generator.annotate.doubt import date_doubts, venue_doubts
from generator.annotate.guard import scanned
from generator.model import Evidence, MeetingMention, Place

if TYPE_CHECKING:
    from generator.annotate.fields import Context
    from generator.annotate.text import Sentence

VIAS = ("name", "short", "title", "role", "roles", "run")
"""How a person mention was found (`people.PersonMention.via`)."""
KINDS = ("bilateral", "multilateral", "visit", "third-location", "phone", "video")
YEAR = scanned(re.compile(r"\b(?:19|20)\d\d\b"))
GATHERING = cues.prepare(re.compile(r"\b(?:summit|sidelines?|margins?|conference|session|forum|"
                                   r"assembly|ministerial|inauguration|ceremony)\b", re.I))
"""A larger event: its venue is often only implied, and its attendees are many."""
CALL = cues.prepare(re.compile(r"\b(?:phone|telephone|call|video|virtual|online)\b", re.I))
NO_MEETING = {"no_meeting": 1.0}
"""Every field of an article in which no meeting sentence was found."""


def cap(value: float, top: float) -> float:
    """A count or distance squeezed into [0, 1]: the model sees 'how many', capped.

    Written with comparisons, not `min(max(...))`: some 40 calls per article made the builtins'
    argument handling a tenth of the signals' cost. Same result, nan and -0.0 included
    (`max(v, 0.0)` keeps v unless 0.0 > v; `min(v, top)` keeps v unless top < v)."""
    v = float(value)
    if v < 0.0:
        v = 0.0
    if v > top:
        v = top
    return v / top


def _low(s: Sentence, ctx: Context) -> str | None:
    """A sentence of the lower-cased article, for `cues.search`: GATHERING and CALL on it, with
    their needles, took 0.04 s per 2,000 articles, against 0.11 s with re.I on every sentence."""
    return ctx.low[s.start:s.end] if ctx.low is not None else None


def _never(cue: re.Pattern[str], ctx: Context) -> bool:
    """No sentence of the article can match `cue`: none of its needles is in the article (one
    test instead of one search per sentence; most articles name no call)."""
    return ctx.low is not None and cues.absent(cue, ctx.low)


def _reported(ctx: Context) -> list[Sentence]:
    """The sentences that report a meeting, listed once per article (`Context.reported`)."""
    if ctx.reported is None:
        ctx.reported = [s for s in ctx.sentences if ctx.statuses.get(s.index) == "reported"]
    return ctx.reported


def common(own: list[Sentence], ctx: Context, kind: str | None) -> dict[str, float]:
    """Signals every field shares: how busy the story is, where and how its meeting is told.

    Date, venue and participants each ask for them; they are worked out once per meeting."""
    key = (tuple(s.index for s in own), kind)
    if key not in ctx.shared_signals:
        ctx.shared_signals[key] = _common(own, ctx, kind)
    return ctx.shared_signals[key]


def _common(own: list[Sentence], ctx: Context, kind: str | None) -> dict[str, float]:
    n = max(len(ctx.sentences), 1)
    statuses = list(ctx.statuses.values())
    first = own[0].index if own else n
    sig = {"n_reported": cap(statuses.count("reported"), 10),
           "any_planned": float("planned" in statuses),
           "any_recalled": float("recalled" in statuses),
           "position": cap(first / n, 1.0), "early": float(first <= 2),
           "in_title": float(any(s.headline for s in own)), "own_sentences": cap(len(own), 5),
           "has_ref": float(ctx.ref is not None),
           "published": float(ctx.ref_sentence in {"date line", "page date"}),
           "gathering": float(any(cues.search(GATHERING, s.text, _low(s, ctx)) for s in own)),
           "recall_cue": float(any(ctx.recalls(s) for s in own)),
           "long_text": cap(n, 60)}
    if kind in KINDS:
        sig[f"kind_{kind}"] = 1.0
    return sig


def source(sentence: str, own: list[Sentence], ctx: Context) -> dict[str, float]:
    """One-hot of where an evidence sentence sits (the meeting's own sentence, its paragraph,
    another sentence, the dateline, the publication date), and how many sentences away from
    the meeting's; nothing when there is no evidence sentence."""
    if not sentence:
        return {}
    at = [s.index for s in ctx.sentences if s.text == sentence]
    gap = {"distance": cap(min(abs(i - o.index) for i in at for o in own), 10)} if at and own else {}
    return {**gap, **_where(sentence, own, ctx)}


def chosen_by(evidence: Evidence) -> dict[str, float]:
    """One-hot of the rule or fallback that chose the value ('own sentence', 'lead', 'date line',
    'only city'...): each fallback is right at its own rate, which one hand-set number per
    level cannot say."""
    return {f"by_{evidence.rule.replace(' ', '_')}": 1.0} if evidence.rule else {}


def _where(sentence: str, own: list[Sentence], ctx: Context) -> dict[str, float]:
    if sentence in {s.text for s in own}:
        kind = "own"
    elif sentence in {"page date", "date line"}:
        kind = "page"
    elif sentence == ctx.dateline_sentence:
        kind = "dateline"
    elif any(s.text == sentence and s.paragraph in {o.paragraph for o in own} for s in ctx.sentences):
        kind = "paragraph"
    else:
        kind = "elsewhere"
    return {f"src_{kind}": 1.0}


def date_signals(own: list[Sentence], ctx: Context, evidence: Evidence, rule: float,
                 kind: str | None) -> dict[str, float]:
    """A meeting date's signals: its source, an explicit year, its distance to the article's
    day, rival full dates and day words in the reported sentences."""
    day = evidence.value if isinstance(evidence.value, dt.date) else None
    reported = [d for s in _reported(ctx) for d in ctx.dates.get(s.index, [])]
    rivals = {(d.year, d.month, d.day) for d in reported if d.full}
    sig = {"found": float(day is not None), "rule": cap(rule if day else 0.0, 1.0),
           **common(own, ctx, kind), **source(evidence.sentence, own, ctx), **chosen_by(evidence),
           "own_dates": cap(sum(len(ctx.dates.get(s.index, [])) for s in own), 3),
           "day_words": cap(sum(d.day is not None or d.weekday is not None or d.offset is not None
                                for d in reported), 4),
           "disagree": cap(len(rivals) - 1, 3)}
    if day is None:
        return empty(sig)
    sig["explicit_year"] = float(bool(YEAR.search(evidence.sentence)))
    sig.update(date_doubts(own, ctx, evidence))
    if ctx.ref is not None:
        sig["from_ref"] = cap(abs((day - ctx.ref).days), 30)
        sig["same_as_ref"] = float(day == ctx.ref)
        sig["after_ref"] = float(day > ctx.ref)
    return sig


def empty(sig: dict[str, float]) -> dict[str, float]:
    """Signals of an empty answer, under names of their own.

    Whether 'no date' is right turns on other things than whether a date is (a reference day
    and day words make an empty date suspect; they say little about a found one), and a linear
    model weighs each signal once: giving the empty regime its own names lets it weigh them apart.
    """
    return {"empty": 1.0, **{f"empty_{name}": value for name, value in sig.items() if name != "found"}}


def venue_signals(own: list[Sentence], ctx: Context, evidence: Evidence, place: Place | None,
                  rule: float, remote: bool, kind: str | None) -> dict[str, float]:
    """A meeting venue's signals: its source, the dateline's agreement, rival places, and for
    an empty venue whether the article names places at all or speaks of calls."""
    line = ctx.dateline_place
    cued = {pm.place.name for s in _reported(ctx) for pm in ctx.places.get(s.index, []) if pm.cued}
    named = {pm.place.name for pms in ctx.places.values() for pm in pms}
    sig = {"found": float(place is not None), "rule": cap(rule if place else 0.0, 1.0),
           "remote": float(remote), **common(own, ctx, kind), **source(evidence.sentence, own, ctx),
           **chosen_by(evidence),
           "dateline": float(line is not None), "places": cap(len(cued), 4),
           "places_named": cap(len(named), 6),
           "call_words": float(not _never(CALL, ctx) and any(cues.search(CALL, s.text, _low(s, ctx))
                                                              for s in _reported(ctx)))}
    if place is None:
        return empty(sig)
    if line is not None:
        sig["dateline_agrees"] = float(place.name == line.name)
    sig["venue_kind"] = float(place.kind != "city")
    sig.update(venue_doubts(own, ctx, place, ctx.low, evidence.rule, bool(sig.get("gathering"))))
    return sig


def sentences_of(mentions: list, sentences: list[Sentence]) -> list[Sentence | None]:
    """The sentence holding each mention (None between sentences), by bisection."""
    starts = [s.start for s in sentences]
    out: list[Sentence | None] = []
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        out.append(sentences[i] if i >= 0 and m.start < sentences[i].end else None)
    return out


def person_signals(name: str, mentions: list, where: list[Sentence | None],
                   sentences: list[Sentence], meetings: list[MeetingMention],
                   recalled: list[MeetingMention]) -> dict[str, float]:
    """One participant's signals: how they were found, how often and where they are named
    (`where`: each mention's sentence), whether they are also in a recalled meeting."""
    # one pass over the mentions and one over their sentences, not five generators: this runs
    # for every participant of every article; the keys keep the order the model's sum follows
    sig: dict[str, float] = {}
    known = titled = has_country = False
    for m in mentions:
        if m.via in VIAS:
            sig[f"via_{m.via}"] = 1.0
        if m.known:
            known = True
        if m.title:
            titled = True
        if m.country:
            has_country = True
    n = max(len(sentences), 1)
    first: int | None = None  # min(indices, default=n)
    in_title = False
    for s in where:
        if s is not None:
            if first is None or s.index < first:
                first = s.index
            if s.headline:
                in_title = True
    if first is None:
        first = n
    sig.update({
        "known": float(known), "unfound": float(not mentions),
        "mentions": cap(len(mentions), 8), "once": float(len(mentions) == 1),
        "in_title": float(in_title), "titled": float(titled), "has_country": float(has_country),
        "first_position": cap(first / n, 1.0),
        "in_head": float(bool(meetings) and name in meetings[0].participants),
        "meetings_share": sum(name in m.participants for m in meetings) / max(len(meetings), 1),
        "in_recalled": float(any(name in r.participants for r in recalled)),
        "n_people": cap(len({p for m in meetings for p in m.participants}), 8)})
    if meetings and meetings[0].kind in KINDS:
        sig[f"kind_{meetings[0].kind}"] = 1.0
    return sig


def people_signals(own: list[Sentence], ctx: Context, people: Mapping[str, Evidence],
                   meetings: list[MeetingMention], recalled: int, mentioned: int, unknown: int,
                   rule: float, title_out: int = 0, reported_out: int = 0) -> dict[str, float]:
    """The participant list's signals: its size, its weakest names, rival people named, and
    people the title names whom the list leaves out (a missed participant, or another meeting
    read as the headline one)."""
    per = [e.signals for e in people.values()]
    n = max(len(per), 1)
    return {"rule": cap(rule, 1.0), **common(own, ctx, meetings[0].kind if meetings else None),
            "n_people": cap(len(per), 8), "one_person": float(len(per) == 1),
            "n_meetings": cap(len(meetings), 4), "n_recalled": cap(recalled, 4),
            "n_mentioned": cap(mentioned, 8), "n_unknown": cap(unknown, 4),
            "title_out": cap(title_out, 2), "reported_out": cap(reported_out, 4),
            "share_unknown": sum(1 - s.get("known", 0.0) for s in per) / n,
            "share_name": sum(s.get("via_name", 0.0) for s in per) / n,
            "any_weak": float(any(s.get(f"via_{v}", 0.0) for s in per for v in ("title", "run"))),
            "min_mentions": min((s.get("mentions", 0.0) for s in per), default=0.0),
            "any_recalled": float(any(s.get("in_recalled", 0.0) for s in per))}
