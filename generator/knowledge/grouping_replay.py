"""Identity across builds: report keys, meeting ids, and the replay of the last build's choices.

Grouping is greedy, in a fixed order, so a report's choice depends on the meetings built before
it. After an edit, `grouping.group` replays the previous build's choices and works out again only
the reports that could see a difference (see `_Replay`): the same meetings as grouping from
scratch, at a fraction of the cost. Ids come from the meeting's earliest source, so adding an
unrelated article never changes an existing URL.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.knowledge.meeting_fields import _meeting, _norm
from generator.model import Meeting, MeetingReport


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month


Key = tuple[str, int]
"""A report's identity across builds: its article's stem and its place among that article's reports."""
Token = tuple[object, ...]
"""What makes a cluster a candidate for a report (see `_tokens`, `_queries`)."""


@dataclass
class Trace:
    """One grouping's choices, kept so that the next build can replay them."""

    joined: dict[Key, Key]
    """Report -> the report that founded its meeting (a founder maps to itself)."""
    members: dict[Key, list[Key]]
    """Founder -> the reports of its meeting, in the order they joined."""
    meetings: dict[Key, Meeting]
    """Founder -> its meeting (id included)."""
    naming: dict[Key, tuple[tuple[object, ...], str]]
    """Founder -> (order among meetings with the same base slug, base slug): see `_assign_ids`."""
    apart: dict[str, frozenset[str]]

    def __getstate__(self) -> dict[str, object]:
        """Stored without the meetings' reports: the next build has them (see `_Replay.finish`),
        and they were most of the bytes to write and read."""
        state = dict(self.__dict__)
        state["meetings"] = {f: _without_reports(m) for f, m in self.meetings.items()}
        return state


def _without_reports(m: Meeting) -> Meeting:
    bare = copy.copy(m)  # no __init__ (dataclasses.replace ran it: a tenth of a second a build)
    bare.reports = []
    return bare


@dataclass
class Grouping:
    """Meetings in time order, the trace that produced them, and what changed since the last one."""

    meetings: list[Meeting]
    trace: Trace
    fresh: set[str] = field(default_factory=set)
    """Ids of meetings built or renamed by this grouping (every id when there was no trace)."""
    gone: set[str] = field(default_factory=set)
    """Ids of the previous grouping's meetings that no longer exist as they were."""
    replayed: bool = False


def _keys(reports: list[MeetingReport]) -> list[tuple[Key, MeetingReport]]:
    seen: Counter[str] = Counter()
    out = []
    for r in reports:
        out.append(((r.stem, seen[r.stem]), r))
        seen[r.stem] += 1
    return out


def _tokens(r: MeetingReport) -> Iterable[Token]:
    """What a report puts into `_Index`: by person and month (or undated), and by person."""
    for p in r.participants:
        yield ("d", p, _month(r.date)) if r.date else ("u", p)
        yield ("a", p)


def _queries(r: MeetingReport) -> Iterable[Token]:
    """What `_Index.candidates` looks up for a report: a cluster is a candidate only through these."""
    for p in r.participants:
        if r.date is None:
            yield ("a", p)
            continue
        month = _month(r.date)
        yield ("d", p, month - 1)
        yield ("d", p, month)
        yield ("d", p, month + 1)
        yield ("u", p)


class _Replay:
    """The previous grouping's choices, reused for every report whose choice cannot differ.

    A report chooses among the clusters that share one of its `_queries` with a member, judged on
    their members so far. A cluster is "dirty" from the moment its members differ from the last
    build's (a report changed, left, or chose differently); every token of its members is then
    marked. A report that is unchanged, forced by no `group:` and queries no marked token sees
    exactly the clusters it saw last time, in the same order, so it makes the same choice; every
    other report is matched in full. Replaying is therefore exact, never an approximation.
    """

    def __init__(self, previous: Trace | None, keyed: list[tuple[Key, MeetingReport]],
                 old: dict[str, list[MeetingReport]]) -> None:
        self.prev = previous
        self.now: dict[Key, MeetingReport] = dict(keyed)
        self.old: dict[Key, MeetingReport] = {k: r for k, r in _keys([r for rs in old.values() for r in rs])}
        """The last build's reports of the articles that changed (the others are as now)."""
        self.dirty_tokens: set[Token] = set()
        self.dirty_people: set[str] = set()
        """The people in `dirty_tokens`: most reports share none, and this says so in one step."""
        self.dirty: set[Key] = set()
        """Founders (of this build or the last) whose clusters differ."""
        self.members: dict[Key, list[Key]] = {}
        self.cluster_of: dict[Key, int] = {}
        self.changed: set[Key] = set()
        if previous is None:
            return
        self.changed = {k for k, r in self.now.items() if k[0] in old and self.old.get(k) != r}
        for k in self.changed | (self.old.keys() - self.now.keys()):
            if k in previous.joined:
                self._mark(previous.joined[k])

    def known(self, key: Key, report: MeetingReport) -> int | None:
        """The cluster (its index; one past the last for a new one) the last build chose, when
        it must choose the same again; None when the report has to be matched in full."""
        prev = self.prev
        if prev is None or key in self.changed or key not in prev.joined:
            return None
        dirty = self.dirty_tokens
        if dirty and not self.dirty_people.isdisjoint(report.participants) \
                and any(t in dirty for t in _queries(report)):
            return None
        founder = prev.joined[key]
        if founder == key:
            return len(self.members)  # a new cluster, as last time (one per founder so far)
        return self.cluster_of[founder]

    def founded(self, key: Key, cluster: int) -> None:
        self.cluster_of[key] = cluster
        self.members[key] = []

    def joined(self, key: Key, report: MeetingReport, founder: Key) -> None:
        self.members[founder].append(key)
        prev = self.prev
        if prev is None:
            return
        if key in self.changed or prev.joined.get(key) != founder:
            self._mark(founder)  # its members so far, this report included
            if key in prev.joined:
                self._mark(prev.joined[key])
        elif founder in self.dirty:
            self._spoil(report)

    def _mark(self, founder: Key) -> None:
        """A cluster differs from now on: every report that could see it must choose afresh."""
        self.dirty.add(founder)
        prev = self.prev
        if prev is not None:
            for k in prev.members.get(founder, ()):
                self._spoil(self.old.get(k) or self.now[k])
        for k in self.members.get(founder, ()):
            self._spoil(self.now[k])

    def _spoil(self, report: MeetingReport) -> None:
        self.dirty_tokens.update(_tokens(report))
        self.dirty_people.update(report.participants)

    def finish(self, clusters: list[list[MeetingReport]], founders: list[Key], joined: dict[Key, Key],
               apart: dict[str, frozenset[str]]) -> Grouping:
        prev = self.prev
        meetings: dict[Key, Meeting] = {}
        naming: dict[Key, tuple[tuple[object, ...], str]] = {}
        rebuilt: list[Key] = []
        for founder, cluster in zip(founders, clusters, strict=True):
            if prev is not None and founder not in self.dirty and founder in prev.meetings:
                meetings[founder] = prev.meetings[founder]
                meetings[founder].reports = cluster  # the same reports, as the last build had them
                naming[founder] = prev.naming[founder]
            else:
                meetings[founder] = _meeting(cluster)
                naming[founder] = _naming(meetings[founder])
                rebuilt.append(founder)
        old_ids = {f: m.id for f, m in prev.meetings.items()} if prev is not None else {}
        bases = {naming[f][1] for f in rebuilt}
        if prev is not None:
            bases |= {prev.naming[f][1] for f in prev.meetings if f in self.dirty or f not in meetings}
            renamed = _assign_ids(meetings, naming, bases)
        else:
            renamed = _assign_ids(meetings, naming, None)
        ordered = sorted(meetings.values(), key=lambda m: (m.date is None, m.date or dt.date.min, m.id))
        trace = Trace(joined=joined, members=self.members, meetings=meetings,
                      naming=naming, apart=apart)
        if prev is None:
            return Grouping(ordered, trace, {m.id for m in ordered})
        fresh = {meetings[f].id for f in {*rebuilt, *renamed}}
        gone = {old_ids[f] for f in old_ids
                if f not in meetings or f in self.dirty or meetings[f].id != old_ids[f]}
        return Grouping(ordered, trace, fresh, gone, replayed=True)

def meeting_slug(meeting: Meeting) -> str:
    """Readable and stable: date, place and the first people (full names) of the earliest source."""
    first = _key_report(meeting)
    when = first.date.isoformat() if first.date else "undated"
    where = _norm(first.venue) or ("call" if first.kind in {"phone", "video"} else "")
    who = "-".join(_norm(p) for p in sorted(first.participants)[:3])
    return "-".join(part for part in (when, where, who) if part) or "meeting"


def _key_report(meeting: Meeting) -> MeetingReport:
    return min(meeting.reports, key=lambda r: (r.recalled, r.stem, not r.headline))


def _naming(meeting: Meeting) -> tuple[tuple[object, ...], str]:
    """(Who names the meeting first among those with its base slug, its base slug)."""
    key = _key_report(meeting)
    return (key.recalled, key.stem, not key.headline), meeting_slug(meeting)


def _assign_ids(meetings: dict[Key, Meeting], naming: dict[Key, tuple[tuple[object, ...], str]],
                bases: set[str] | None) -> set[Key]:
    """Base slug for the earliest; a clash gets a suffix from its own key, never a counter.

    Only meetings with the same base slug can clash, so each base is settled on its own, and
    after an edit only the `bases` it touched (None: all). Returns the founders whose id changed.
    """
    by_base: dict[str, list[Key]] = defaultdict(list)
    for founder, (_, base) in naming.items():
        if bases is None or base in bases:
            by_base[base].append(founder)
    renamed: set[Key] = set()
    for base, founders in by_base.items():
        founders.sort(key=lambda f: naming[f][0])
        taken: set[str] = set()
        for founder in founders:
            m = meetings[founder]
            key = _key_report(m)
            slug, n = base, 0
            while slug in taken:
                seed = f"{key.stem}|{key.headline}|{key.recalled}|{n}"
                slug = f"{base}-{hashlib.sha1(seed.encode()).hexdigest()[:6]}"
                n += 1
            taken.add(slug)
            if m.id != slug:
                m.id = slug
                renamed.add(founder)
    return renamed
