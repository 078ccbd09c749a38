"""A meeting's fields from its reports: each as most sources give it, with their conflicts.

Moved out of `grouping`, which decides which reports are one meeting; this decides what that
meeting says.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from generator.corpus.textnorm import slugify
from generator.knowledge.conferences import looks_like_conference
from generator.model import Meeting, MeetingReport

FIELDS = ("date", "venue", "country", "kind")


@lru_cache(maxsize=1 << 16)
def _norm(text: str | None) -> str:
    # Called for every candidate pair: memoised, it no longer dominates grouping at 10k articles.
    return slugify(text) if text else ""


def _pick(values: list[object]) -> object:
    """The value most sources give; on a tie, the headline source's."""
    present = [v for v in values if v not in (None, "", [])]
    if len(present) < 2:
        return present[0] if present else None  # most meetings have one source: nothing to count
    counts = Counter(present)
    top = max(counts.values())
    return next(v for v in present if counts[v] == top)


def _pick_venue(basis: list[MeetingReport]) -> object:
    """A city beats a country or a conference name that only locates it roughly."""
    countries = {_norm(r.country) for r in basis if r.country}
    precise = [r.venue for r in basis if r.venue and _norm(r.venue) not in countries
               and not looks_like_conference(r.venue)]
    return _pick(precise) or _pick([r.venue for r in basis])


def _pick_date(dates: list[object]) -> object:
    """The date most sources give; on a tie, the earliest.

    A report is filed on the day of the meeting or later, so a date misread from its dateline
    errs late: of two dates as often given, the earlier is the likelier.
    """
    present = [d for d in dates if d is not None]
    counts = Counter(present)
    if len(counts) < 2:
        return present[0] if present else None
    top = max(counts.values())
    return min(d for d in present if counts[d] == top)  # type: ignore[type-var]


def _pick_kind(kinds: list[object], people: int) -> object:
    """The kind most sources give; on a tie, the first that fits the number of people who met.

    Kinds are guesses that can disagree within one meeting (reports of the same talks guessed
    'multilateral' and 'third-location'): two people are not a multilateral meeting, nor three
    a bilateral, unless most sources say so. A call fits any number.
    """
    present = [k for k in kinds if k not in (None, "")]
    counts = Counter(present)
    if len(counts) < 2:
        return present[0] if present else None
    top = max(counts.values())
    tied = [k for k in present if counts[k] == top]
    fitting = [k for k in tied if k in {"phone", "video"} or (k == "multilateral") == (people > 2)]
    return (fitting or tied)[0]


def _meeting(cluster: list[MeetingReport]) -> Meeting:
    if len(cluster) == 1:  # most meetings have one report: nothing to weigh (as `_weighed` finds)
        r = cluster[0]
        return Meeting(id="", date=_given(r.date), venue=_given(r.venue), country=_given(r.country),  # type: ignore[arg-type]
                       participants=list(r.participants), kind=_given(r.kind),  # type: ignore[arg-type]
                       sources=[] if r.recalled else [r.stem], recalled_in=[r.stem] if r.recalled else [],
                       reports=cluster, conflicts={}, filled=[])
    return _weighed(cluster)


def _given(value: object) -> object:
    """What `_pick` makes of one value: itself, unless it is missing."""
    return None if value in (None, "", []) else value


def _weighed(cluster: list[MeetingReport]) -> Meeting:
    """A meeting from several reports: each field as most sources give it, and their conflicts."""
    reported = [r for r in cluster if not r.recalled]
    basis = sorted(reported or cluster, key=lambda r: (not r.headline, r.stem))
    people: list[str] = []
    for r in basis:
        people += [p for p in r.participants if p not in people]
    fields: dict[str, object] = {}
    conflicts: dict[str, dict[str, object]] = {}
    filled = []
    for name in FIELDS:
        values = [getattr(r, name) for r in basis]
        fields[name] = (_pick_venue(basis) if name == "venue" else _pick_date(values) if name == "date" else
                        _pick_kind(values, len(people)) if name == "kind" else _pick(values))
        distinct = {_norm(v) if isinstance(v, str) else v for v in values if v not in (None, "")}
        if name == "venue":
            distinct = {v for v in distinct if v not in {_norm(r.country) for r in basis}}
        if len(distinct) > 1:
            conflicts[name] = {r.stem: getattr(r, name) for r in basis if getattr(r, name)}
        if fields[name] is not None and any(getattr(r, name) in (None, "") for r in basis):
            filled.append(name)
    if _participants_disagree(basis):
        conflicts["participants"] = {r.stem: list(r.participants) for r in basis}
    elif any(set(r.participants) != set(people) for r in basis):
        filled.append("participants")
    return Meeting(id="", date=fields["date"], venue=fields["venue"],  # type: ignore[arg-type]
                   country=fields["country"], participants=people,  # type: ignore[arg-type]
                   kind=fields["kind"],  # type: ignore[arg-type]
                   sources=sorted({r.stem for r in reported}),
                   recalled_in=sorted({r.stem for r in cluster if r.recalled} - {r.stem for r in reported}),
                   reports=cluster, conflicts=conflicts, filled=filled)


def _participants_disagree(basis: list[MeetingReport]) -> bool:
    """A shorter list inside a longer one is a partial report, not a disagreement."""
    lists = [set(r.participants) for r in basis if r.participants]
    return any(not (a <= b or b <= a) for i, a in enumerate(lists) for b in lists[i + 1:])


def field_sources(m: Meeting, name: str) -> list[str]:
    """Stems of the reports that gave the meeting's value of `name` (for "filled from" notes)."""
    value = getattr(m, name)
    if name == "participants":
        return sorted({r.stem for r in m.reports if not r.recalled and r.participants})
    return sorted({r.stem for r in m.reports if getattr(r, name) == value and (m.sources == []
                                                                            or not r.recalled)})
