"""The candidate index finds exactly the clusters the month buckets found before it.

`month_bucket_candidates` is the earlier search, kept here as the reference: a dated report
reaches a cluster through one of its people in the month before, of or after its date (or
through an undated report of theirs), and keeps it when one of its days is within the widest
slack; an undated report keeps the clusters sharing two of its people, or one and its venue.
The index (`_Index.candidates`) must give the same list for every report, whatever the clusters
hold, so grouping stays the same meeting for meeting.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.knowledge import grouping
from generator.knowledge.grouping_index import _Index, _month
from generator.knowledge.meeting_fields import _norm
from generator.model import MeetingReport

PEOPLE = ["A One", "B Two", "C Three", "D Four", "E Five"]
VENUES = [("Oslo", "Norway"), ("Bergen", "Norway"), (None, None), ("Norway", "Norway"),
          ("G20 summit", None)]
START = dt.date(2022, 1, 20)


def month_bucket_candidates(index: _Index, report: MeetingReport) -> list[int]:
    """The search the index replaced, over the buckets it still keeps."""
    if report.date is None:
        shared: Counter[int] = Counter()
        for person in set(report.participants):
            shared.update(i for i, people in index.members.items() if person in people)
        same_venue = {i for i, places in index.places.items() if _norm(report.venue) in places}
        return sorted(i for i, n in shared.items() if n >= 2 or i in same_venue)
    found: set[int] = set()
    month = _month(report.date)
    for person in report.participants:
        for m in (month - 1, month, month + 1):
            found.update(index.dated.get((person, m), ()))
        found.update(index.undated.get(person, ()))
    day = report.date.toordinal()

    def near(i: int) -> bool:
        days = index.days.get(i)
        if not days:
            return True
        most = 31 if report.recalled or i in index.recalled else 2
        return any(abs(day - d) <= most for d in days)

    return sorted(i for i in found if near(i))


def reports(draw: st.DrawFn, n: int, span: int) -> list[MeetingReport]:
    out = []
    for i in range(n):
        venue, country = draw(st.sampled_from(VENUES))
        dated = draw(st.booleans()) or draw(st.booleans())
        day = START + dt.timedelta(days=draw(st.integers(0, span))) if dated else None
        out.append(MeetingReport(
            stem=f"s{i // 2:03d}", date=day, venue=venue, country=country,
            participants=draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=4)),
            kind=draw(st.sampled_from([None, "bilateral", "multilateral", "phone"])),
            recalled=draw(st.booleans()) and draw(st.booleans()), headline=i % 2 == 0))
    return out


@st.composite
def filled_index(draw: st.DrawFn) -> tuple[list[tuple[int, MeetingReport]], list[MeetingReport]]:
    """Reports put in arbitrary clusters (not only where grouping would), then questions."""
    span = draw(st.sampled_from([5, 40, 120]))
    placed = reports(draw, draw(st.integers(0, 40)), span)
    clusters = [draw(st.integers(0, max(len(placed) // 3, 0))) for _ in placed]
    return list(zip(clusters, placed, strict=True)), reports(draw, 12, span)


@settings(max_examples=300, deadline=None)
@given(filled_index())
def test_index_finds_the_month_buckets_candidates(case: tuple[list[tuple[int, MeetingReport]],
                                                              list[MeetingReport]]) -> None:
    placed, questions = case
    index = _Index()
    for n, (cluster, report) in enumerate(placed):
        index.add(cluster, report)
        for question in [*questions, *(r for _, r in placed[:n + 1])]:
            assert index.candidates(question) == month_bucket_candidates(index, question), question
    for cluster in {c for c, _ in placed}:
        theirs = {p for c, r in placed if c == cluster for p in r.participants}
        assert index.members[cluster] == theirs  # what `shares_enough` tests as `_match` does


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_grouping_asks_the_same_questions_and_gets_the_same_answers(
        data: st.DataObject) -> None:
    """Inside grouping itself (clusters as it builds them): every answer equals the reference."""
    span = data.draw(st.sampled_from([3, 30, 90]))
    given_reports = reports(data.draw, data.draw(st.integers(1, 60)), span)
    asked: list[int] = []
    real = _Index.candidates

    def checked(self: _Index, report: MeetingReport) -> list[int]:
        found = real(self, report)
        assert found == month_bucket_candidates(self, report)
        asked.append(len(found))
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_Index, "candidates", checked)
        grouping.group_reports(given_reports)
    assert len(asked) <= len(given_reports)


def test_a_cluster_reached_by_one_person_and_near_by_another_report_is_found() -> None:
    """The month rule and the day rule may rest on different reports of one cluster."""
    index = _Index()
    far = MeetingReport(stem="a", date=dt.date(2022, 3, 1), venue=None, country=None,
                        participants=["A One", "B Two"], kind=None)
    later = MeetingReport(stem="b", date=dt.date(2022, 3, 9), venue=None, country=None,
                          participants=["C Three"], kind=None)
    index.add(0, far)
    index.add(0, later)
    question = MeetingReport(stem="c", date=dt.date(2022, 3, 10), venue=None, country=None,
                             participants=["A One"], kind=None)
    assert index.candidates(question) == [0] == month_bucket_candidates(index, question)


def test_a_recollection_a_week_away_is_found_for_a_dated_report() -> None:
    """A cluster holding a recollection agrees within a month, beyond the two days of the rest."""
    index = _Index()
    index.add(0, MeetingReport(stem="a", date=dt.date(2022, 3, 1), venue=None, country=None,
                               participants=["A One"], kind=None, recalled=True))
    index.add(1, MeetingReport(stem="b", date=dt.date(2022, 3, 3), venue=None, country=None,
                               participants=["A One"], kind=None))
    question = MeetingReport(stem="c", date=dt.date(2022, 3, 10), venue=None, country=None,
                             participants=["A One"], kind=None)
    assert index.candidates(question) == [0] == month_bucket_candidates(index, question)
