"""Articles to meetings: reports of the same event become one meeting with several sources.

Two reports are the same meeting when their dates agree within a day (or one is unknown), their
venues do not contradict each other, and their participants overlap enough. Ids come from the
meeting's earliest source, so adding an unrelated article never changes an existing URL.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from generator.model import Meeting, MeetingReport
from generator.textnorm import slugify

DATE_SLACK = dt.timedelta(days=1)


def group_reports(reports: list[MeetingReport]) -> list[Meeting]:
    """Cluster reports into meetings, sorted by date (undated last), ids stable and unique."""
    clusters: list[list[MeetingReport]] = []
    by_person: dict[str, list[int]] = defaultdict(list)
    forced: dict[str, int] = {}
    ordered = sorted(reports, key=lambda r: (r.recalled, r.date is None, r.date or dt.date.min, r.stem))
    for report in ordered:
        index = forced.get(report.group) if report.group else None
        if index is None:
            index = _best_cluster(report, clusters, by_person)
        if index is None:
            index = len(clusters)
            clusters.append([])
        clusters[index].append(report)
        if report.group:
            forced.setdefault(report.group, index)
        for person in report.participants:
            if index not in by_person[person]:
                by_person[person].append(index)
    meetings = [_meeting(c) for c in clusters if c]
    _assign_ids(meetings)
    meetings.sort(key=lambda m: (m.date is None, m.date or dt.date.min, m.id))
    return meetings


def _best_cluster(report: MeetingReport, clusters: list[list[MeetingReport]],
                  by_person: dict[str, list[int]]) -> int | None:
    candidates = {i for p in report.participants for i in by_person.get(p, [])}
    best, best_score = None, 0.0
    for i in sorted(candidates):
        score = _match(report, clusters[i])
        if score > best_score:
            best, best_score = i, score
    return best


def _match(report: MeetingReport, cluster: list[MeetingReport]) -> float:
    """0 when the report cannot be this meeting; higher for a closer match."""
    if any(r.group and report.group and r.group != report.group for r in cluster):
        return 0.0
    dates = {r.date for r in cluster if r.date}
    if report.date and dates and all(abs(report.date - d) > DATE_SLACK for d in dates):
        return 0.0
    venues = {_norm(r.venue) for r in cluster if r.venue}
    if report.venue and venues and not _same_place(report, cluster, venues):
        return 0.0
    people = set(report.participants)
    theirs = {p for r in cluster for p in r.participants}
    shared = len(people & theirs)
    needed = min(2, len(people), len(theirs))
    if shared < max(needed, 1):
        return 0.0
    if not report.date or not dates:
        # An undated report only joins a meeting when place and people leave no doubt.
        if not (report.venue and _norm(report.venue) in venues) and shared < 2:
            return 0.0
    return shared + (1.0 if report.date in dates else 0.0) + (0.5 if _norm(report.venue) in venues else 0.0)


def _same_place(report: MeetingReport, cluster: list[MeetingReport], venues: set[str]) -> bool:
    """Same city, or one source names only the country ("talks in India") of the other's city."""
    if _norm(report.venue) in venues:
        return True
    countries = {_norm(r.country) for r in cluster if r.country}
    return _norm(report.venue) in countries or bool(venues & {_norm(report.country)})


def _norm(text: str | None) -> str:
    return slugify(text) if text else ""


def _pick(values: list[object]) -> object:
    present = [v for v in values if v not in (None, "", [])]
    if not present:
        return None
    counts = Counter(present)
    top = max(counts.values())
    return next(v for v in present if counts[v] == top)


def _meeting(cluster: list[MeetingReport]) -> Meeting:
    reported = [r for r in cluster if not r.recalled]
    basis = sorted(reported or cluster, key=lambda r: (not r.headline, r.stem))
    fields = {}
    conflicts: dict[str, dict[str, object]] = {}
    filled = []
    for name in ("date", "venue", "country", "kind"):
        values = [getattr(r, name) for r in basis]
        fields[name] = _pick(values)
        distinct = {v for v in values if v not in (None, "")}
        if len(distinct) > 1:
            conflicts[name] = {r.stem: getattr(r, name) for r in basis if getattr(r, name)}
        if fields[name] is not None and getattr(basis[0], name) in (None, ""):
            filled.append(name)
    people: list[str] = []
    for r in basis:
        people += [p for p in r.participants if p not in people]
    listed = [sorted(r.participants) for r in basis if r.participants]
    if len({tuple(x) for x in listed}) > 1:
        conflicts["participants"] = {r.stem: r.participants for r in basis}
    return Meeting(id="", date=fields["date"], venue=fields["venue"], country=fields["country"],
                   participants=people, kind=fields["kind"],
                   sources=sorted({r.stem for r in reported}),
                   recalled_in=sorted({r.stem for r in cluster if r.recalled} - {r.stem for r in reported}),
                   reports=cluster, conflicts=conflicts, filled=filled)


def meeting_slug(meeting: Meeting) -> str:
    """Readable and stable: date, place and the first people (full names) of the earliest source."""
    first = min(meeting.reports, key=lambda r: (r.recalled, r.stem))
    when = first.date.isoformat() if first.date else "undated"
    where = slugify(first.venue) if first.venue else ("call" if first.kind in {"phone", "video"} else "")
    who = "-".join(slugify(p) for p in sorted(first.participants)[:3])
    return "-".join(part for part in (when, where, who) if part) or "meeting"


def _assign_ids(meetings: list[Meeting]) -> None:
    taken: set[str] = set()
    keyed = sorted(meetings, key=lambda m: min((r.stem, r.recalled) for r in m.reports))
    for m in keyed:
        base = meeting_slug(m)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        m.id = slug
