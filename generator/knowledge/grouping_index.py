"""Which clusters a report could join: the index `grouping.group` asks before matching in full."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, insort
from collections import defaultdict

from generator.knowledge.conferences import looks_like_conference
from generator.knowledge.grouping_replay import _month
from generator.knowledge.meeting_fields import _norm
from generator.model import MeetingReport

DATE_SLACK = dt.timedelta(days=1)
SAME_PLACE_SLACK = dt.timedelta(days=2)
"""Sources that agree on place and people may be two days apart (time zones, late reports)."""
RECALLED_SLACK = dt.timedelta(days=31)
"""A recollection ("this March") often carries only an approximate date."""


Pair = tuple[str, str]
"""Two people, in sorted order."""


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


NARROW = SAME_PLACE_SLACK.days
"""The widest slack between a dated report and a cluster without a recollection (`_dates_agree`)."""
WIDE = RECALLED_SLACK.days


class _Index:
    """Which clusters a report could join, found without matching it against each of them.

    The candidates of a dated report are the clusters reached through one of its people in the
    month before, of, or after its date (or through an undated report of one of them) that also
    have a day near its date, or no day at all. A dense corpus puts many of a minister's meetings
    in those three months, so rather than gather them and throw most away, each person keeps the
    days of their clusters in order (`near`; `near_recalled` for clusters holding a recollection,
    whose slack is a month) and a report looks only in the window its slack allows, then checks
    the month rule on the few it found (`_reached`). An undated report, which may join any of
    its people's clusters, looks up the clusters sharing two of its people (`pairs`) or one and
    its venue (`met_at`). Both give exactly the clusters the month buckets then the cheap tests
    on sets gave before (`tests/knowledge/test_grouping_index.py` compares the two): those that
    can score above 0.
    """

    def __init__(self) -> None:
        self.dated: dict[tuple[str, int], set[int]] = defaultdict(set)
        """(person, month) -> clusters with a dated report of theirs that month."""
        self.undated: dict[str, set[int]] = defaultdict(set)
        self.days: dict[int, set[int]] = defaultdict(set)
        """Cluster -> the days (ordinals: compared as integers) its dated reports give."""
        self.recalled: set[int] = set()
        """Clusters holding a recalled report: their dates agree within RECALLED_SLACK."""
        self.members: dict[int, set[str]] = defaultdict(set)
        """Cluster -> everyone its reports name (the `theirs` of `_match`)."""
        self.places: dict[int, set[str]] = defaultdict(set)
        """Cluster -> the normalised venues of its reports, conference names left out (the
        `venues` of `_match`)."""
        self.near: dict[str, list[tuple[int, int]]] = defaultdict(list)
        """Person -> (day, cluster) for every day of every cluster they are in, sorted."""
        self.near_recalled: dict[str, list[tuple[int, int]]] = defaultdict(list)
        """The same for the clusters in `recalled` only."""
        self.dayless: dict[str, set[int]] = defaultdict(set)
        """Person -> their clusters that have no day yet."""
        self.pairs: dict[Pair, set[int]] = defaultdict(set)
        """Two people -> the clusters both are in."""
        self.met_at: dict[tuple[str, str], set[int]] = defaultdict(set)
        """(normalised venue, person) -> clusters with a report at that venue and that person in."""

    def add(self, index: int, report: MeetingReport) -> None:
        days = self.days[index]
        had_days, was_recalled = bool(days), index in self.recalled
        day = report.date.toordinal() if report.date else None
        fresh_day = day if day is not None and day not in days else None
        venue = _norm(report.venue) if report.venue and not looks_like_conference(report.venue) else None
        if day is not None:
            days.add(day)
        if report.recalled:
            self.recalled.add(index)
        for person in report.participants:
            bucket = self.dated[(person, _month(report.date))] if report.date else self.undated[person]
            bucket.add(index)
        self._index_people(index, report, had_days, was_recalled, fresh_day, venue)

    def _index_people(self, index: int, report: MeetingReport, had_days: bool, was_recalled: bool,
                      fresh_day: int | None, venue: str | None) -> None:
        """Bring `near`, `dayless`, `pairs` and `met_at` up to date with the cluster's new
        people, day, venue and recollection (only the entries that are new are written)."""
        days, members, places = self.days[index], self.members[index], self.places[index]
        newcomers = [p for p in dict.fromkeys(report.participants) if p not in members]
        old = list(members)
        for person in newcomers:
            for other in members:
                self.pairs[_pair(person, other)].add(index)
            for place in places:
                self.met_at[(place, person)].add(index)
            members.add(person)
        if venue is not None and venue not in places:
            places.add(venue)
            for person in members:
                self.met_at[(venue, person)].add(index)
        recalled = index in self.recalled
        for person in newcomers:
            for day in days:
                insort(self.near[person], (day, index))
                if recalled:
                    insort(self.near_recalled[person], (day, index))
        if fresh_day is not None:
            for person in old:
                insort(self.near[person], (fresh_day, index))
                if recalled and was_recalled:
                    insort(self.near_recalled[person], (fresh_day, index))
        if recalled and not was_recalled:
            for person in old:
                for day in days:
                    insort(self.near_recalled[person], (day, index))
        if not days:
            for person in newcomers:
                self.dayless[person].add(index)
        elif not had_days:
            for person in old:
                self.dayless[person].discard(index)

    def candidates(self, report: MeetingReport) -> list[int]:
        """Clusters that may match, in index order (the first best match wins a tie)."""
        if report.date is None:
            return self._undated(report)
        day, people = report.date.toordinal(), set(report.participants)
        found: set[int] = set()
        for person in people:
            self._window(found, self.near.get(person), day, WIDE if report.recalled else NARROW)
            if not report.recalled:
                self._window(found, self.near_recalled.get(person), day, WIDE)
            found.update(self.dayless.get(person, ()))
        month = _month(report.date)
        months = (month - 1, month, month + 1)
        return sorted(i for i in found
                      if self._reached(i, people, months) and self._dates_may_agree(i, report))

    @staticmethod
    def _window(found: set[int], days: list[tuple[int, int]] | None, day: int, slack: int) -> None:
        """Add the clusters of `days` (sorted (day, cluster)) with a day within `slack` of `day`."""
        if not days:
            return
        start, stop = bisect_left(days, (day - slack,)), bisect_left(days, (day + slack + 1,))
        found.update(cluster for _, cluster in days[start:stop])

    def _reached(self, index: int, people: set[str], months: tuple[int, int, int]) -> bool:
        """Whether the month buckets reach the cluster: a dated report of one of `people` in one of
        `months`, or an undated report of one of them."""
        for person in people:
            if index in self.undated.get(person, ()):
                return True
            for month in months:
                if index in self.dated.get((person, month), ()):
                    return True
        return False

    def _dates_may_agree(self, index: int, report: MeetingReport) -> bool:
        """False only when `_dates_agree` is False whatever the venues: the widest slack fails."""
        days = self.days.get(index)
        if not report.date or not days:
            return True
        slack = RECALLED_SLACK if report.recalled or index in self.recalled else SAME_PLACE_SLACK
        day, most = report.date.toordinal(), slack.days
        for d in days:
            if -most <= day - d <= most:
                return True
        return False

    def shares_enough(self, index: int, people: set[str]) -> bool:
        """The people test of `_match`: two people shared, or all of the smaller side when it has
        one. False means the cluster scores 0 (a dense corpus: most candidates of a busy minister
        are meetings with someone else)."""
        theirs = self.members[index]
        return len(people & theirs) >= max(min(2, len(people), len(theirs)), 1)

    def _undated(self, report: MeetingReport) -> list[int]:
        """An undated report joins only with two people shared or the same venue (see `_match`)."""
        people = sorted(set(report.participants))
        found: set[int] = set()
        for n, person in enumerate(people):
            for other in people[n + 1:]:
                found.update(self.pairs.get((person, other), ()))
        venue = _norm(report.venue)
        for person in people:
            found.update(self.met_at.get((venue, person), ()))
        return sorted(found)
