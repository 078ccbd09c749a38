"""Which clusters a report could join: the index `grouping.group` asks before matching in full."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from generator.knowledge.conferences import looks_like_conference
from generator.knowledge.grouping_replay import _month
from generator.knowledge.meeting_fields import _norm
from generator.model import MeetingReport

DATE_SLACK = dt.timedelta(days=1)
SAME_PLACE_SLACK = dt.timedelta(days=2)
"""Sources that agree on place and people may be two days apart (time zones, late reports)."""
RECALLED_SLACK = dt.timedelta(days=31)
"""A recollection ("this March") often carries only an approximate date."""


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
