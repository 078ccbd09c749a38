"""Articles to meetings: reports of the same event become one meeting with several sources.

Two reports are the same meeting when their dates agree within a day (or one is unknown), their
venues do not contradict each other (a country or a conference name does not contradict the city
it contains), and their participants overlap enough (one source may list only some of them). Two
meetings reported by one article are never merged, nor are a bilateral and a multilateral.
A researcher overrides the rules from front matter: `group: X` on several articles forces their
headline meetings together; `split: true` keeps an article's meetings apart from every other
article's, and `split: [stem, ...]` apart from the named articles.

Ids come from the meeting's earliest source, so adding an unrelated article never changes an
existing URL.

Grouping is greedy, in a fixed order, so a report's choice depends on the meetings built before
it. After an edit, `group` replays the previous build's choices and works out again only the
reports that could see a difference (see `_Replay`): the same meetings as grouping from scratch,
at a fraction of the cost.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from generator.conferences import looks_like_conference
from generator.model import Article, Meeting, MeetingReport
from generator.textnorm import slugify

DATE_SLACK = dt.timedelta(days=1)
SAME_PLACE_SLACK = dt.timedelta(days=2)
"""Sources that agree on place and people may be two days apart (time zones, late reports)."""
RECALLED_SLACK = dt.timedelta(days=31)
"""A recollection ("this March") often carries only an approximate date."""
ALONE = "*"
FIELDS = ("date", "venue", "country", "kind")


def splits_of(articles: Iterable[Article]) -> dict[str, frozenset[str]]:
    """stem -> stems its meetings must stay apart from, read from `split:` (`*` means all)."""
    out: dict[str, frozenset[str]] = {}
    for a in articles:
        value = a.extra.get("split")
        if value is True:
            out[a.stem] = frozenset({ALONE})
        elif isinstance(value, str) and value.strip():
            out[a.stem] = frozenset({value.strip()})
        elif isinstance(value, list):
            stems = {str(v).strip() for v in value if isinstance(v, (str, int)) and str(v).strip()}
            if stems:
                out[a.stem] = frozenset(stems)
    return out


class _Index:
    """Which clusters a report could join, found without matching it against each of them.

    Clusters are kept by person and month, so a dated report never scans a whole career; then
    the ones `_match` would refuse anyway are dropped by cheap tests on sets: dates too far apart
    (a dense corpus puts many of a minister's meetings in the same three months), and, for an
    undated report (which may join any of its people's clusters), fewer than two people shared
    and no venue in common. The survivors are exactly those that can score above 0.
    """

    def __init__(self) -> None:
        self.dated: dict[tuple[str, int], set[int]] = defaultdict(set)
        self.undated: dict[str, set[int]] = defaultdict(set)
        self.all: dict[str, set[int]] = defaultdict(set)
        self.days: dict[int, set[int]] = defaultdict(set)
        """Cluster -> the days (ordinals: compared as integers) its dated reports give."""
        self.recalled: set[int] = set()
        """Clusters holding a recalled report: their dates agree within RECALLED_SLACK."""
        self.venues: dict[str, set[int]] = defaultdict(set)
        """Normalised venue -> clusters with a report there (the `venues` of `_match`)."""

    def add(self, index: int, report: MeetingReport) -> None:
        if report.date:
            self.days[index].add(report.date.toordinal())
        if report.recalled:
            self.recalled.add(index)
        if report.venue and not looks_like_conference(report.venue):
            self.venues[_norm(report.venue)].add(index)
        for person in report.participants:
            self.all[person].add(index)
            bucket = self.dated[(person, _month(report.date))] if report.date else self.undated[person]
            bucket.add(index)

    def candidates(self, report: MeetingReport) -> list[int]:
        """Clusters that may match, in index order (the first best match wins a tie)."""
        if report.date is None:
            return self._undated(report)
        found: set[int] = set()
        month = _month(report.date)
        for person in report.participants:
            for m in (month - 1, month, month + 1):
                found.update(self.dated.get((person, m), ()))
            found.update(self.undated.get(person, ()))
        return sorted(i for i in found if self._dates_may_agree(i, report))

    def _dates_may_agree(self, index: int, report: MeetingReport) -> bool:
        """False only when `_dates_agree` is False whatever the venues: the widest slack fails."""
        days = self.days.get(index)
        if not report.date or not days:
            return True
        slack = RECALLED_SLACK if report.recalled or index in self.recalled else SAME_PLACE_SLACK
        day, most = report.date.toordinal(), slack.days
        for d in days:  # 50,000 questions at 10,000 articles: a plain loop over integers
            if -most <= day - d <= most:
                return True
        return False

    def _undated(self, report: MeetingReport) -> list[int]:
        """An undated report joins only with two people shared or the same venue (see `_match`)."""
        shared: Counter[int] = Counter()
        for person in set(report.participants):
            shared.update(self.all.get(person, ()))
        same_venue = self.venues.get(_norm(report.venue), set())
        return sorted(i for i, n in shared.items() if n >= 2 or i in same_venue)


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


def group_reports(reports: list[MeetingReport],
                  apart: dict[str, frozenset[str]] | None = None) -> list[Meeting]:
    """Cluster reports into meetings, sorted by date (undated last), ids stable and unique."""
    return group(reports, apart).meetings


def group(reports: list[MeetingReport], apart: dict[str, frozenset[str]] | None = None,
          previous: Trace | None = None, old: dict[str, list[MeetingReport]] | None = None) -> Grouping:
    """`group_reports`, replaying `previous` (the last build's trace) where nothing can differ.

    `old` gives, for each article parsed again or deleted since that build, its reports then
    (an empty list for a new article); every other article's reports are taken as unchanged.
    """
    apart = apart or {}
    keyed = _keys(reports)
    if previous is not None and (previous.apart != apart or old is None):
        previous = None  # a changed `split:` may reach any report: group from scratch
    replay = _Replay(previous, keyed, old or {})
    clusters: list[list[MeetingReport]] = []
    founders: list[Key] = []
    index = _Index()
    forced: dict[str, int] = {}
    joined: dict[Key, Key] = {}
    unindexed: list[tuple[int, MeetingReport]] = []
    """Reports placed but not yet in `index`: a replay adds them only when a report must be
    matched in full, so the reports after an edit's last such report are never indexed."""
    order = sorted(range(len(reports)), key=lambda i: _order_key(reports[i]))
    for i in order:
        report, key = reports[i], keyed[i][0]
        target = forced.get(report.group) if report.group else None
        if target is None:
            target = replay.known(key, report)
            if target is None:
                for placed in unindexed:
                    index.add(*placed)
                unindexed.clear()
                target = _best_cluster(report, clusters, index, apart)
                target = len(clusters) if target is None else target
        if target == len(clusters):
            clusters.append([])
            founders.append(key)
            replay.founded(key, len(clusters) - 1)
        clusters[target].append(report)
        joined[key] = founders[target]
        replay.joined(key, report, founders[target])
        if report.group:
            forced.setdefault(report.group, target)
        unindexed.append((target, report))
    return replay.finish(clusters, founders, joined, apart)


def _order_key(r: MeetingReport) -> tuple[object, ...]:
    return (r.recalled, r.date is None, r.date or dt.date.min, r.stem, not r.headline)


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


def _best_cluster(report: MeetingReport, clusters: list[list[MeetingReport]], index: _Index,
                  apart: dict[str, frozenset[str]]) -> int | None:
    best, best_score = None, 0.0
    for i in index.candidates(report):
        score = _match(report, clusters[i], apart)
        if score > best_score:
            best, best_score = i, score
    return best


def _kept_apart(report: MeetingReport, cluster: list[MeetingReport],
                apart: dict[str, frozenset[str]]) -> bool:
    mine = apart.get(report.stem, frozenset())
    for r in cluster:
        if r.stem == report.stem:
            return True  # one article's several meetings are different meetings
        theirs = apart.get(r.stem, frozenset())
        if ALONE in mine or ALONE in theirs or r.stem in mine or report.stem in theirs:
            return True
        if r.group and report.group and r.group != report.group:
            return True
    return False


def _match(report: MeetingReport, cluster: list[MeetingReport],
           apart: dict[str, frozenset[str]]) -> float:
    """0 when the report cannot be this meeting; higher for a closer match."""
    if _kept_apart(report, cluster, apart):
        return 0.0
    scales = {_scale(r.kind) for r in cluster} - {None}
    if _scale(report.kind) and scales and _scale(report.kind) not in scales:
        return 0.0  # talks between two sides are not the conference they happened beside
    if _remote(report) and any(r.venue for r in cluster) or report.venue and any(_remote(r) for r in cluster):
        return 0.0  # a call has no venue: a report that names one describes another meeting
    venues = {_norm(r.venue) for r in cluster if r.venue and not looks_like_conference(r.venue)}
    same_venue = _norm(report.venue) in venues
    if not _dates_agree(report, cluster, same_venue):
        return 0.0
    if report.venue and venues and not looks_like_conference(report.venue) \
            and not _same_place(report, cluster, venues):
        return 0.0
    people = set(report.participants)
    theirs = {p for r in cluster for p in r.participants}
    shared = len(people & theirs)
    if shared < max(min(2, len(people), len(theirs)), 1):
        return 0.0
    dates = {r.date for r in cluster if r.date}
    if not report.date or not dates:
        # An undated report only joins a meeting when place and people leave no doubt.
        if not same_venue and shared < 2:
            return 0.0
    overlap = shared / len(people | theirs)
    place = (2.0 if not report.date else 0.5) if same_venue else 0.0
    same_kind = 0.5 if report.kind and report.kind in {r.kind for r in cluster} else 0.0
    return shared + 2 * overlap + (1.0 if report.date in dates else 0.0) + place + same_kind


def _remote(report: MeetingReport) -> bool:
    return report.kind in {"phone", "video"}


def _dates_agree(report: MeetingReport, cluster: list[MeetingReport], same_venue: bool) -> bool:
    dates = {r.date for r in cluster if r.date}
    if not report.date or not dates:
        return True
    slack = SAME_PLACE_SLACK if same_venue else DATE_SLACK
    if report.recalled or any(r.recalled for r in cluster):
        slack = max(slack, RECALLED_SLACK)
    return any(abs(report.date - d) <= slack for d in dates)


def _scale(kind: str | None) -> str | None:
    """Two-sided (bilateral, visit, sideline talks) or many-sided; calls are told apart elsewhere."""
    if kind in {"bilateral", "visit", "third-location"}:
        return "two-sided"
    return "many-sided" if kind == "multilateral" else None


def _same_place(report: MeetingReport, cluster: list[MeetingReport], venues: set[str]) -> bool:
    """Same city, or one source names only the country ("talks in India") of the other's city."""
    if _norm(report.venue) in venues:
        return True
    countries = {_norm(r.country) for r in cluster if r.country}
    return _norm(report.venue) in countries or bool(venues & {_norm(report.country)})


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
    fields: dict[str, object] = {}
    conflicts: dict[str, dict[str, object]] = {}
    filled = []
    for name in FIELDS:
        values = [getattr(r, name) for r in basis]
        fields[name] = _pick_venue(basis) if name == "venue" else _pick(values)
        distinct = {_norm(v) if isinstance(v, str) else v for v in values if v not in (None, "")}
        if name == "venue":
            distinct = {v for v in distinct if v not in {_norm(r.country) for r in basis}}
        if len(distinct) > 1:
            conflicts[name] = {r.stem: getattr(r, name) for r in basis if getattr(r, name)}
        if fields[name] is not None and any(getattr(r, name) in (None, "") for r in basis):
            filled.append(name)
    people: list[str] = []
    for r in basis:
        people += [p for p in r.participants if p not in people]
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
