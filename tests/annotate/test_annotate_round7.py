"""Date forms found wrong on invented articles (issue 13, round 7), probed class by class from how
real copy states a meeting's day: a weekday against the ` date` line, the dateline or a page
date; an explicit date; 'today' and 'yesterday'; an embedded post; a photo caption; no full date.
Each test is one form, told with real office-holders in invented words."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date
TALKS = ("Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi "
         "in Moscow")
# 2024-03-18 is a Monday; the copy below is dated (or was fetched) a week later, a Monday too


@pytest.mark.parametrize("written", ["on Monday, March 18", "on Monday (March 18)",
                                     "on Monday 18 March", "on Monday, 18 March",
                                     "on March 18 (Monday)"])
def test_a_weekday_beside_its_date_is_that_date_not_the_weekday_of_the_reference_week(
        annotator: Annotator, written: str) -> None:
    # counted from a ` date` line a week later, 'Monday' alone is that later Monday
    ann = read(annotator, f"Talks\n\n{TALKS} {written}.", D(2024, 3, 25))
    assert ann.date == D(2024, 3, 18)


@pytest.mark.parametrize("written", ["on Monday the 18th", "this Monday, the 18th", "on Monday 18th"])
def test_a_weekday_with_an_ordinal_day_is_the_day_of_that_number_on_that_weekday(
        annotator: Annotator, written: str) -> None:
    ann = read(annotator, f"Talks\n\n{TALKS} {written}.", D(2024, 3, 25))
    assert ann.date == D(2024, 3, 18)


def test_a_weekday_that_disagrees_with_its_date_is_not_merged_with_it(annotator: Annotator) -> None:
    # 'Tuesday, March 18' (a Monday): the text is wrong in one of them; the date is not taken
    # on the weekday's word, nor the weekday on the date's
    from generator.annotate.dates import find_dates
    found = find_dates("met on Tuesday, March 18, 2024.")
    assert [d.weekday for d in found] == [1, None]


@pytest.mark.parametrize("relative", ["yesterday", "last night"])
def test_the_day_a_statement_was_made_does_not_beat_the_meetings_own_relative_day(
        annotator: Annotator, relative: str) -> None:
    # 'said Tuesday that his talks ... yesterday': the talks are yesterday's, the words Tuesday's
    ann = read(annotator, "Talks\n\nRussian Foreign Minister Sergey Lavrov said Tuesday that his "
               f"talks with Chinese Foreign Minister Wang Yi in Moscow {relative} were constructive.",
               D(2024, 3, 19))
    assert ann.date == D(2024, 3, 18)


@pytest.mark.parametrize("when", ["in March 2024", "at the start of March", "at the end of March",
                                  "in late-March", "in early March, 2024"])
def test_a_month_without_a_day_leaves_the_meeting_undated(annotator: Annotator, when: str) -> None:
    # the ` date` line is when the copy was filed, not a day inside a month the text names
    ann = read(annotator, f"Talks\n\n{TALKS} {when}.", D(2024, 4, 5))
    assert ann.date is None


@pytest.mark.parametrize("stamp", ["19/03/2024", "2024-03-19 10:15", "19.03.2024, 10:15",
                                   "2024-03-19T10:15:00Z",
                                   "By Jane Smith | March 19, 2024"])
def test_a_page_date_in_figures_or_beside_a_byline_is_the_reference_day(annotator: Annotator,
                                                                        stamp: str) -> None:
    # the collector fetched the page a week after it appeared; 'Monday' is the page's Monday
    ann = read(annotator, f"Talks\n\n{stamp}\n\n{TALKS} on Monday.", D(2024, 3, 25))
    assert ann.date == D(2024, 3, 18)


def test_a_figure_stamp_deep_in_the_text_is_no_page_date() -> None:
    from generator.annotate.pagestamp import numeric_stamp
    lines = "\n".join(["Talks", "", "A line of text.", "Another.", "More.", "And more.", "Still.",
                       "19/03/2024"])
    assert numeric_stamp(lines) is None
    assert numeric_stamp(lines.replace("A line of text.", "03/19/2024")) == D(2024, 3, 19)


def test_a_sentence_opening_with_by_and_a_date_is_no_byline(annotator: Annotator) -> None:
    # 'By March 19, 2024, ...' tells a deadline, not the page's date
    from generator.annotate.refday import BYLINE_DATE
    assert BYLINE_DATE.match("By Jane Smith | March 19, 2024")
    assert not BYLINE_DATE.match("By March 19, 2024, the two sides had agreed")
    assert not BYLINE_DATE.match("By Monday, March 18, 2024, the two sides had agreed")


@pytest.mark.parametrize("sentence", [
    "Chinese Foreign Minister Wang Yi on Tuesday concluded a two-day visit to Moscow, where he held "
    "talks with Russian Foreign Minister Sergey Lavrov on Monday.",
    "Chinese Foreign Minister Wang Yi left Moscow on Tuesday after talks with Russian Foreign "
    "Minister Sergey Lavrov on Monday.",
    "Chinese Foreign Minister Wang Yi on Tuesday wrapped up a visit to Moscow during which he held "
    "talks with Russian Foreign Minister Sergey Lavrov on Monday."])
def test_the_day_a_trip_ends_does_not_date_talks_the_sentence_dates_itself(annotator: Annotator,
                                                                           sentence: str) -> None:
    ann = read(annotator, f"Talks\n\n{sentence}", D(2024, 3, 20))
    assert ann.date == D(2024, 3, 18)


def test_the_day_of_an_arrival_still_dates_talks_given_no_day_of_their_own(
        annotator: Annotator) -> None:
    # one day in the sentence: the trip's day is the only one the reader has
    ann = read(annotator, "Talks\n\nChinese Foreign Minister Wang Yi arrived in Moscow on Monday and "
               "held talks with Russian Foreign Minister Sergey Lavrov.", D(2024, 3, 20))
    assert ann.date == D(2024, 3, 18)


def test_a_meeting_dated_only_by_when_a_statement_was_made_is_less_sure(annotator: Annotator) -> None:
    # 'the ministry said on Saturday': the call may have been that day, or days before
    said = read(annotator, "Talks\n\nRussian Foreign Minister Sergey Lavrov and Chinese Foreign Minister "
                "Wang Yi discussed bilateral ties by phone, the Russian Foreign Ministry said on "
                "Saturday.", D(2024, 3, 23))
    told = read(annotator, "Talks\n\nRussian Foreign Minister Sergey Lavrov and Chinese Foreign Minister "
                "Wang Yi discussed bilateral ties by phone on Saturday, the Russian Foreign Ministry "
                "said.", D(2024, 3, 23))
    assert said.date == told.date == D(2024, 3, 23)
    assert said.evidence["date"].confidence < told.evidence["date"].confidence


def test_an_earlier_meeting_in_a_who_aside_does_not_make_the_sentence_a_recall(
        annotator: Annotator) -> None:
    ann = read(annotator, "Talks\n\nRussian Foreign Minister Sergey Lavrov, who met Chinese Foreign "
               "Minister Wang Yi in Beijing on February 12, held talks with him again in Moscow on "
               "Monday.", D(2024, 3, 19))
    assert ann.date == D(2024, 3, 18)
    assert ann.venue == "Moscow"  # the aside's city is the earlier meeting's


JB = ("Indian External Affairs Minister S. Jaishankar met US Secretary of State Antony Blinken in "
      "Washington")
SIGNATURE = "— Secretary Antony Blinken (@SecBlinken) August 23, 2023"


def test_the_articles_own_paragraph_above_an_embedded_post_keeps_the_articles_day(
        annotator: Annotator) -> None:
    # the post begins at its paragraph with a handle; 'yesterday' above it counts from the copy
    ann = read(annotator, f"Talks\n\n{JB} yesterday.\n\nGood meeting today with @DrSJaishankar.\n\n"
               f"{SIGNATURE}", D(2023, 8, 24))
    assert ann.date == D(2023, 8, 23)


def test_a_post_told_over_two_paragraphs_still_counts_today_from_its_signature(
        annotator: Annotator) -> None:
    ann = read(annotator, f"Talks\n\nGood meeting today with @DrSJaishankar in Washington.\n\n"
               f"We discussed our partnership.\n\n{SIGNATURE}", D(2023, 8, 26))
    assert ann.date == D(2023, 8, 23)


@pytest.mark.parametrize("text", [
    f"Talks\n\nDated: 19 March 2024\n\n{TALKS} on Monday.",
    f"Talks\n\nIssued on 19 March 2024\n\n{TALKS} on Monday.",
    f"Talks\n\nNew Delhi | Updated: March 19, 2024 10:32 IST\n\n{TALKS} on Monday.",
    f"Talks\n\n{TALKS} on Monday.\n\nSource: Wire, March 19, 2024"])
def test_a_labelled_page_date_at_the_top_or_foot_is_the_reference_day(annotator: Annotator,
                                                                     text: str) -> None:
    ann = read(annotator, text, D(2024, 3, 25))
    assert ann.date == D(2024, 3, 18)


def test_a_city_in_a_who_aside_is_still_the_venue_when_no_other_is_named(annotator: Annotator) -> None:
    ann = read(annotator, "Talks\n\nChinese Foreign Minister Wang Yi, who arrived in Moscow on Sunday, "
               "held talks with Russian Foreign Minister Sergey Lavrov on Monday.", D(2024, 3, 19))
    assert (ann.date, ann.venue) == (D(2024, 3, 18), "Moscow")
