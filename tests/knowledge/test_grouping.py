"""Reports of one event become one meeting; different events stay apart; ids are stable."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.knowledge.grouping import group_reports
from generator.knowledge.meeting_fields import _meeting, _weighed
from generator.model import MeetingReport

D = dt.date(2022, 6, 1)


def r(stem: str, day: dt.date | None = D, venue: str | None = "Oslo", people=("A X", "B Y"),
      recalled: bool = False, group: str | None = None, kind: str | None = "bilateral") -> MeetingReport:
    return MeetingReport(stem=stem, date=day, venue=venue, country="Norway" if venue else None,
                         participants=list(people), kind=kind, recalled=recalled, group=group)


def test_same_event_from_two_articles_is_one_meeting() -> None:
    meetings = group_reports([r("a"), r("b", people=("B Y", "A X", "C Z"))])
    assert len(meetings) == 1
    m = meetings[0]
    assert m.sources == ["a", "b"] and set(m.participants) == {"A X", "B Y", "C Z"}
    # A shorter list inside a longer one is a partial report: filled, not a disagreement.
    assert "participants" not in m.conflicts and "participants" in m.filled


def test_lists_that_each_name_someone_else_disagree() -> None:
    meetings = group_reports([r("a", people=("A X", "B Y", "C Z")), r("b", people=("A X", "B Y", "D W"))])
    assert len(meetings) == 1
    assert meetings[0].conflicts["participants"] == {"a": ["A X", "B Y", "C Z"], "b": ["A X", "B Y", "D W"]}


def test_missing_date_joins_and_is_filled() -> None:
    meetings = group_reports([r("b", day=None), r("a")])
    assert len(meetings) == 1 and meetings[0].date == D


def test_one_day_apart_still_one_meeting_but_a_week_apart_is_two() -> None:
    assert len(group_reports([r("a"), r("b", day=D + dt.timedelta(days=1))])) == 1
    assert len(group_reports([r("a"), r("b", day=D + dt.timedelta(days=7))])) == 2


def test_a_late_report_does_not_chain_the_next_meeting_in_the_same_city() -> None:
    day = dt.timedelta(days=1)
    meetings = group_reports([r("a"), r("b", day=D + day), r("c", day=D + 3 * day), r("d", day=D + 3 * day)])
    assert [m.sources for m in meetings] == [["a", "b"], ["c", "d"]]


def test_of_two_dates_given_as_often_the_meeting_takes_the_earlier() -> None:
    late = D + dt.timedelta(days=1)
    m = group_reports([r("a", day=late), r("b")])[0]
    assert m.date == D and m.conflicts["date"] == {"a": late, "b": D}
    assert group_reports([r("a", day=late), r("b"), r("c", day=late)])[0].date == late  # the majority


def test_a_gathering_reported_day_by_day_stays_one_meeting() -> None:
    days = [D + dt.timedelta(days=n) for n in range(3)]
    meetings = group_reports([r(f"s{n}", day=day, venue="SCO summit") for n, day in enumerate(days)])
    assert len(meetings) == 1


def test_different_venue_same_day_is_two_meetings() -> None:
    assert len(group_reports([r("a"), r("b", venue="Paris")])) == 2


def test_recalled_report_is_not_a_source() -> None:
    meetings = group_reports([r("a"), r("b", recalled=True)])
    assert len(meetings) == 1 and meetings[0].sources == ["a"] and meetings[0].recalled_in == ["b"]


def test_forced_group_overrides_rules() -> None:
    meetings = group_reports([r("a"), r("b", venue="Paris", day=D + dt.timedelta(days=9), group="g"),
                              r("c", group="g", venue="Rome")])
    assert len(meetings) == 2


def test_ids_do_not_change_when_unrelated_articles_arrive() -> None:
    before = {m.id for m in group_reports([r("m"), r("n", venue="Paris")])}
    after = {m.id for m in group_reports([r("m"), r("n", venue="Paris"), r("a", venue="Rome"),
                                          r("b", venue="Paris", people=("Q Q", "R R"))])}
    assert before <= after


def test_one_articles_two_meetings_stay_apart() -> None:
    one = MeetingReport(stem="a", date=D, venue="Oslo", country="Norway", participants=["A X", "B Y"],
                        kind=None, headline=True)
    two = MeetingReport(stem="a", date=D, venue="Oslo", country="Norway", participants=["A X", "B Y", "C Z"],
                        kind=None, headline=False)
    assert len(group_reports([one, two])) == 2


def test_bilateral_and_multilateral_same_day_stay_apart() -> None:
    bi = r("a", people=("A X", "B Y"))
    multi = MeetingReport(stem="b", date=D, venue="Oslo", country="Norway",
                          participants=["A X", "B Y", "C Z"], kind="multilateral")
    assert len(group_reports([bi, multi])) == 2


def test_a_wrong_kind_guess_does_not_split_reports_that_agree_on_day_city_and_people() -> None:
    meetings = group_reports([r("a", kind="multilateral"), r("b", kind="third-location"),
                              r("c", day=D + dt.timedelta(days=1), kind="third-location")])
    assert len(meetings) == 1
    m = meetings[0]
    assert m.sources == ["a", "b", "c"] and m.kind == "third-location"
    assert m.conflicts["kind"] == {"a": "multilateral", "b": "third-location", "c": "third-location"}


def test_on_a_tie_the_meeting_kind_fits_the_number_of_people() -> None:
    two = group_reports([r("a", kind="multilateral"), r("b", kind="visit")])
    assert len(two) == 1 and two[0].kind == "visit" and "kind" in two[0].conflicts
    three = group_reports([r("a", kind="visit", people=("A X", "B Y", "C Z")),
                           r("b", kind="multilateral", people=("A X", "B Y", "C Z"))])
    assert len(three) == 1 and three[0].kind == "multilateral"


def test_kinds_still_part_reports_that_do_not_agree_on_everything_else() -> None:
    # Two days apart in one city is one meeting when the kinds agree, two when they do not.
    later = D + dt.timedelta(days=2)
    assert len(group_reports([r("a"), r("b", day=later)])) == 1
    assert len(group_reports([r("a", kind="multilateral"), r("b", day=later)])) == 2
    # A report without a city cannot agree on it.
    assert len(group_reports([r("a", kind="multilateral"), r("b", venue=None)])) == 2


def test_a_call_is_not_talks_in_a_room_unless_the_report_names_the_same_city() -> None:
    assert len(group_reports([r("a"), r("b", venue=None, kind="phone")])) == 2
    meetings = group_reports([r("a"), r("b", kind="phone")])
    assert len(meetings) == 1 and meetings[0].conflicts["kind"] == {"a": "bilateral", "b": "phone"}


def test_split_keeps_an_article_apart() -> None:
    assert len(group_reports([r("a"), r("b")], {"b": frozenset({"a"})})) == 2
    assert len(group_reports([r("a"), r("b"), r("c")], {"c": frozenset({"*"})})) == 2


def test_venue_given_as_country_or_conference_joins_the_city() -> None:
    country_only = MeetingReport(stem="b", date=D, venue="Norway", country="Norway",
                                 participants=["A X", "B Y"], kind="bilateral")
    summit = MeetingReport(stem="c", date=D, venue="NATO summit", country=None,
                           participants=["A X", "B Y"], kind="bilateral")
    meetings = group_reports([r("a"), country_only, summit])
    assert len(meetings) == 1 and meetings[0].venue == "Oslo"


def test_clashing_ids_take_a_suffix_from_their_own_source() -> None:
    first = {m.id for m in group_reports([r("b"), r("c")], {"c": frozenset({"*"})})}
    second = {m.id for m in group_reports([r("b"), r("c"), r("d")], {"c": frozenset({"*"}),
                                                                      "d": frozenset({"*"})})}
    assert first <= second and len(second) == 3


_TEXT = st.sampled_from([None, "", "Oslo", "Norway", "SCO summit", "bilateral", "phone"])


@settings(max_examples=300, deadline=None)
@given(stem=st.text(min_size=1, max_size=5), day=st.one_of(st.none(), st.dates()), venue=_TEXT,
       country=_TEXT, kind=_TEXT, recalled=st.booleans(), headline=st.booleans(),
       people=st.lists(st.sampled_from(["A B", "C D", "E F"]), max_size=4))
def test_a_meeting_of_one_report_is_what_weighing_its_sources_gives(
        stem: str, day: dt.date | None, venue: str | None, country: str | None, kind: str | None,
        recalled: bool, headline: bool, people: list[str]) -> None:
    report = MeetingReport(stem=stem, date=day, venue=venue, country=country, participants=people,
                           kind=kind, recalled=recalled, headline=headline)
    assert _meeting([report]) == _weighed([report])
