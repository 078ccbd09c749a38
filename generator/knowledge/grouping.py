"""Articles to meetings: reports of the same event become one meeting with several sources.

Two reports are the same meeting when their dates agree within a day (or one is unknown), their
venues do not contradict each other (a country or a conference name does not contradict the city
it contains), and their participants overlap enough (one source may list only some of them). Two
meetings reported by one article are never merged. Kinds are evidence, not a wall: a bilateral
and a multilateral (or a call and talks in a room) stay apart unless the two reports agree on day,
city and people, for then one kind is a wrong guess (see `_kinds_part`).
A researcher overrides the rules from front matter: `group: X` on several articles forces their
headline meetings together; `split: true` keeps an article's meetings apart from every other
article's, and `split: [stem, ...]` apart from the named articles.

Ids come from the meeting's earliest source, so adding an unrelated article never changes an
existing URL (`grouping_replay`). Grouping is greedy, in a fixed order; after an edit, `group`
replays the previous build's choices where nothing can differ (`grouping_replay._Replay`). What
a meeting of several reports says is weighed in `meeting_fields`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from generator.knowledge.conferences import looks_like_conference
from generator.knowledge.grouping_index import DATE_SLACK, RECALLED_SLACK, SAME_PLACE_SLACK, _Index
from generator.knowledge.grouping_replay import Grouping, Key, Trace, _keys, _Replay
from generator.knowledge.meeting_fields import _norm
from generator.model import Article, Meeting, MeetingReport

ALONE = "*"


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


def _best_cluster(report: MeetingReport, clusters: list[list[MeetingReport]], index: _Index,
                  apart: dict[str, frozenset[str]]) -> int | None:
    best, best_score = None, 0.0
    people = set(report.participants)
    for i in index.candidates(report):
        if not index.shares_enough(i, people):
            continue  # `_match`'s own test on people, without building the cluster's sets
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
    if any(_kinds_part(report, r) for r in cluster):
        return 0.0
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


def _kinds_part(a: MeetingReport, b: MeetingReport) -> bool:
    """True when the kinds of two reports say they are different meetings, and nothing outweighs it.

    Talks between two sides are not the conference they happened beside, and a call has no venue,
    so a report that names one describes another meeting. But a kind is the annotator's guess
    ('multilateral' for talks that mention multilateral organisations): when the two reports
    agree on day, city and people, the kinds are evidence to weigh, not a wall (see `_agree`).
    """
    remote = (_remote(a) and bool(b.venue)) or (_remote(b) and bool(a.venue))
    scale_a, scale_b = _scale(a.kind), _scale(b.kind)
    if not remote and not (scale_a and scale_b and scale_a != scale_b):
        return False
    return not _agree(a, b)


def _agree(a: MeetingReport, b: MeetingReport) -> bool:
    """Same people, same city, dates at most a day apart: one meeting, whatever the kinds say.

    Only what both reports state counts: a missing date or venue agrees with nothing here.
    """
    return bool(a.date and b.date and abs(a.date - b.date) <= DATE_SLACK
                and a.venue and b.venue and _norm(a.venue) == _norm(b.venue)
                and set(a.participants) == set(b.participants))


def _dates_agree(report: MeetingReport, cluster: list[MeetingReport], same_venue: bool) -> bool:
    """A day from one of the meeting's dates, or within the slack of every one of them.

    A gathering reported day by day may chain a day at a time. The wider slack for the same
    place is only pairwise: a report filed a day late and dated by its dateline (d+1) must not
    let the same pair's next meeting in the same city (d+3) chain onto the first one.
    A recollection's approximate date needs to be near one date only.
    """
    dates = {r.date for r in cluster if r.date}
    if not report.date or not dates:
        return True
    slack = SAME_PLACE_SLACK if same_venue else DATE_SLACK
    if report.recalled or any(r.recalled for r in cluster):
        return any(abs(report.date - d) <= max(slack, RECALLED_SLACK) for d in dates)
    return any(abs(report.date - d) <= DATE_SLACK for d in dates) \
        or all(abs(report.date - d) <= slack for d in dates)


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
