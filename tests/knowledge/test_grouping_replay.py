"""Replaying the last build's grouping after an edit gives exactly the meetings of grouping afresh."""

from __future__ import annotations

import copy
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.knowledge.grouping import Grouping, group
from generator.model import MeetingReport

PEOPLE = ["Ana Ruiz", "Bo Lind", "Cai Wen", "Dara Okafor", "Eli Navon"]
VENUES = [None, "Oslo", "Lima", "Norway"]
KINDS = ["bilateral", "multilateral", "phone", "visit", None]
START = dt.date(2022, 1, 25)


@st.composite
def a_report(draw: st.DrawFn, stem: str, headline: bool) -> MeetingReport:
    day = draw(st.one_of(st.none(), st.integers(0, 70).map(lambda n: START + dt.timedelta(days=n))))
    venue = draw(st.sampled_from(VENUES))
    return MeetingReport(
        stem=stem, date=day, venue=venue, country="Norway" if venue in {"Oslo", "Norway"} else
        ("Peru" if venue else None),
        participants=draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True)),
        kind=draw(st.sampled_from(KINDS)), recalled=draw(st.booleans()) if not headline else False,
        headline=headline, group=draw(st.sampled_from([None, None, None, "g1"])))


@st.composite
def an_article(draw: st.DrawFn, stem: str) -> list[MeetingReport]:
    more = draw(st.integers(0, 2))
    return [draw(a_report(stem, True)), *(draw(a_report(stem, False)) for _ in range(more))]


@st.composite
def corpus_and_edit(draw: st.DrawFn) -> tuple[dict[str, list[MeetingReport]], dict[str, list[MeetingReport]]]:
    n = draw(st.integers(2, 14))
    before = {f"s{i:02d}": draw(an_article(f"s{i:02d}")) for i in range(n)}
    after = copy.deepcopy(before)
    for _ in range(draw(st.integers(1, 3))):
        stem = draw(st.sampled_from(sorted(before)))
        action = draw(st.sampled_from(["change", "delete", "add"]))
        if action == "change":
            after[stem] = draw(an_article(stem))
        elif action == "delete":
            after.pop(stem, None)
        else:
            new = f"t{draw(st.integers(0, 99)):02d}"
            after[new] = draw(an_article(new))
    return before, after


def flat(corpus: dict[str, list[MeetingReport]]) -> list[MeetingReport]:
    return [r for stem in sorted(corpus) for r in corpus[stem]]


def shown(grouping: Grouping) -> list[tuple[object, ...]]:
    return [(m.id, m.date, m.venue, m.country, m.participants, m.kind, m.sources, m.recalled_in,
             m.reports, m.conflicts, m.filled) for m in grouping.meetings]


@settings(max_examples=300, deadline=None)
@given(corpus_and_edit())
def test_replay_equals_grouping_afresh(case: tuple[dict, dict]) -> None:
    before, after = case
    first = group(copy.deepcopy(flat(before)))
    changed = {s: before.get(s, []) for s in {*before, *after} if before.get(s) != after.get(s)}
    replayed = group(copy.deepcopy(flat(after)), previous=copy.deepcopy(first.trace), old=changed)
    fresh = group(copy.deepcopy(flat(after)))
    assert shown(replayed) == shown(fresh)
    # Every meeting that differs from the last build is reported as fresh, every lost one as gone.
    old = {m.id: s for m, s in zip(first.meetings, shown(first), strict=True)}
    for m, s in zip(replayed.meetings, shown(replayed), strict=True):
        if old.get(m.id) != s:
            assert m.id in replayed.fresh
    assert {i for i in old if i not in {m.id for m in replayed.meetings}} <= replayed.gone


def test_an_unchanged_corpus_replays_everything() -> None:
    reports = [MeetingReport(stem=f"s{i}", date=START + dt.timedelta(days=i * 3), venue="Oslo",
                             country="Norway", participants=["Ana Ruiz", "Bo Lind"], kind="bilateral")
               for i in range(6)]
    first = group(reports)
    again = group(copy.deepcopy(reports), previous=copy.deepcopy(first.trace), old={})
    assert again.replayed and not again.fresh and not again.gone
    assert [m.id for m in again.meetings] == [m.id for m in first.meetings]
