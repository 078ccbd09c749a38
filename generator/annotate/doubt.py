"""Signals of doubt about a meeting's date and venue, for the confidence model.

The rules answer with the first candidate a clause supports; these numbers say what speaks
against it in general terms, so that the fitted model can lower the probability of answers that
rest on less: a date that comes from a weekday or 'yesterday' counted from the reference day
rather than written out; a venue among several cued places of the meeting's own sentences, or
in the clause of an upcoming gathering, or whose city an earlier or planned meeting has too; a
venue given to talks whose sentence speaks of a call. Each is read from what the annotator
already found (places, dates and statuses per sentence), for the headline meeting only.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from generator.annotate import cues
from generator.annotate.guard import scanned
from generator.annotate.later_place import upcoming_event
from generator.model import Evidence, Place

if TYPE_CHECKING:
    from generator.annotate.fields import Context
    from generator.annotate.text import Sentence


def date_doubts(own: list[Sentence], ctx: Context, evidence: Evidence) -> dict[str, float]:
    """'weekday_only': the day comes from a weekday or a relative word (no day of the month in
    its sentence); 'recalled_same_day': an earlier meeting's sentence gives that day too."""
    day = evidence.value if isinstance(evidence.value, dt.date) else None
    if day is None:
        return {}
    at = [s for s in own if s.text == evidence.sentence] or [
        s for s in ctx.sentences if s.text == evidence.sentence][:1]
    mentions = [d for s in at for d in ctx.dates.get(s.index, [])]
    sig = {"weekday_only": float(bool(mentions) and not any(d.day is not None for d in mentions))}
    others = [s for s in ctx.sentences if ctx.statuses.get(s.index) in {"recalled", "planned"}]
    sig["other_meeting_days"] = min(sum(len(ctx.dates.get(s.index, [])) for s in others), 3) / 3
    return sig


SIDE_CLAUSE = scanned(re.compile(r"\b(?:as|while|amid|amidst|when|where)\s+[^,;()]{0,60}$", re.I))
"""'met Y on Tuesday as fighting raged in X': a place in a clause of circumstance, which may be
the meeting's ('as the two met in X') or the world's."""


def venue_doubts(own: list[Sentence], ctx: Context, place: Place | None, low: str | None,
                 rule: str = "", gathering: bool = False) -> dict[str, float]:
    """'own_places': distinct cued places in the meeting's own sentences beyond one; 'upcoming':
    the venue stands in an upcoming gathering's clause; 'side_clause': in an 'as/while/amid'
    clause; 'elsewhere_too': an earlier or planned meeting's sentence cues the same city;
    'call_own': the meeting's sentence names a call; 'dateline_gathering': the venue is only
    the dateline although the meeting was at a gathering (which may sit anywhere)."""
    if place is None:
        return {}
    cued = [(s, pm) for s in own for pm in ctx.places.get(s.index, []) if pm.cued]
    names = {pm.place.name for _, pm in cued}
    befores = [s.text[max(0, pm.start - s.start - 80):pm.start - s.start]
               for s, pm in cued if pm.place.name == place.name]
    sig = {"own_places": min(max(len(names) - 1, 0), 2) / 2,
           "upcoming": float(any(upcoming_event(b) for b in befores)),
           "side_clause": float(any(SIDE_CLAUSE.search(b) for b in befores)),
           "dateline_gathering": float(rule == "dateline" and gathering),
           "elsewhere_too": float(any(
               pm.cued and pm.place.name == place.name
               for s in ctx.sentences if ctx.statuses.get(s.index) in {"recalled", "planned"}
               for pm in ctx.places.get(s.index, []))),
           "call_own": float(not (low and cues.absent(cues.PHONE, low)) and any(
               cues.search(cues.PHONE, s.text, low[s.start:s.end] if low else None) for s in own))}
    return sig
