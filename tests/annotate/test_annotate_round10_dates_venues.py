"""Dates and venues on the forms issue 13 lists for unseen text (round 10's audit).

Each test is one sub-form the audit (tools/audit_round10.py) found failing, told with real
office-holders in invented sentences: a city named where a participant had been for another event
beside the meeting, a headline that sets the venue and day apart with bars or brackets, a dateline
that opens with the day in capitals and a bar, a page date under a section label, and a story that
only announces the meeting it is about.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from generator.config import REVIEW_THRESHOLD
from tests.annotate.reading import read

D = dt.date


@pytest.mark.parametrize("aside", [
    "Tajani had earlier attended a business forum in Milan.",
    "Tajani earlier attended a business forum in Milan.",
    "Before the talks, Tajani had visited a factory in Milan.",
])
def test_a_city_where_a_participant_had_been_for_another_event_is_not_the_venue(
        annotator: Annotator, aside: str) -> None:
    text = ("Fidan and Tajani hold talks\n\nANKARA (Wire) - Foreign Minister Hakan Fidan met Antonio "
            f"Tajani on Tuesday. {aside}")
    ann = read(annotator, text, D(2023, 12, 6))
    assert ann.venue == "Ankara"  # the dateline: the meeting sentence names no city
    assert ann.date == D(2023, 12, 5)


def test_a_city_a_participant_had_visited_before_is_not_the_venue(annotator: Annotator) -> None:
    text = "Talks\n\nWang Yi met Albares on Saturday. Wang had visited Paris the day before."
    ann = read(annotator, text, D(2023, 2, 19))
    assert ann.venue is None  # the text does not say where they met


@pytest.mark.parametrize("title, city, published", [
    ("Jaishankar meets Pandor | Pretoria | 22 August 2023", "Pretoria", D(2023, 8, 23)),
    ("Lavrov – Wang Yi talks | Moscow | 24.06.2025", "Moscow", D(2025, 6, 26)),
    ("Photos: Fidan receives Tajani (Ankara, 5 Dec 2023)", "Ankara", D(2023, 12, 6)),
])
def test_a_headline_setting_the_city_and_day_apart_with_bars_or_brackets_gives_the_venue(
        annotator: Annotator, title: str, city: str, published: dt.date) -> None:
    people = {"Pretoria": "S. Jaishankar held talks with Naledi Pandor.",
              "Moscow": "Sergey Lavrov and Wang Yi held talks on BRICS.",
              "Ankara": "Hakan Fidan received Antonio Tajani for talks."}[city]
    ann = read(annotator, f"{title}\n\n{people}", published)
    assert ann.venue == city


@pytest.mark.parametrize("line, city", [
    ("JUNE 07, 2022 | BEIJING - ", "Beijing"),
    ("7 JUNE 2022 • BEIJING: ", "Beijing"),
])
def test_a_date_first_dateline_in_capitals_with_a_bar_gives_the_city(
        annotator: Annotator, line: str, city: str) -> None:
    text = f"{line}Chinese Foreign Minister Wang Yi met Australian Foreign Minister Penny Wong."
    ann = read(annotator, text, D(2022, 7, 1))
    assert ann.venue == city
    assert ann.date == D(2022, 6, 7)


def test_a_page_date_under_a_section_label_is_the_day_today_counts_from(
        annotator: Annotator) -> None:
    text = ("News | Tuesday 10 September 2024\n\nToday in Kyiv, Foreign Secretary David Lammy held "
            "talks with Secretary of State Antony Blinken.")
    ann = read(annotator, text, D(2024, 9, 22))
    assert ann.date == D(2024, 9, 10)


def test_a_site_header_dated_with_a_bullet_is_not_a_date_first_dateline(annotator: Annotator) -> None:
    text = ("Asia Post • Monday, September 30, 2024 • Subscribe\n\nKYIV, Sept 10 (Wire) - British "
            "Foreign Secretary David Lammy held talks with Antony Blinken in Kyiv on Tuesday.")
    ann = read(annotator, text, D(2024, 10, 2))
    assert ann.date == D(2024, 9, 10)


@pytest.mark.parametrize("text, published, day, city", [
    ("Lavrov to hold talks with Wang Yi\n\nRussian Foreign Minister Sergey Lavrov will hold talks "
     "with Chinese Foreign Minister Wang Yi in Moscow on Tuesday, the ministry said on Monday.",
     D(2025, 6, 23), D(2025, 6, 24), "Moscow"),
    ("Bishop in China\n\nFINANCE NEWS -- Foreign Minister Julie Bishop is set to meet her Chinese "
     "counterpart Wang Yi in Beijing on Tuesday, her office said.", D(2016, 6, 13), D(2016, 6, 14),
     "Beijing"),
])
def test_a_story_that_only_announces_its_meeting_gives_that_meeting_queued(
        annotator: Annotator, text: str, published: dt.date, day: dt.date, city: str) -> None:
    ann = read(annotator, text, published)
    assert (ann.date, ann.venue) == (day, city)
    assert len(ann.participants) == 2
    assert ann.evidence["date"].confidence < REVIEW_THRESHOLD  # only announced: a reader checks


def test_a_recalled_visit_to_no_named_place_does_not_stop_the_annotation(
        annotator: Annotator) -> None:
    text = ("Foreign Minister Hakan Fidan met Antonio Tajani on Tuesday. Before the talks, Tajani "
            "had visited a factory outside the capital.")
    ann = read(annotator, text, D(2023, 12, 6))  # raised AttributeError before round 10
    assert ann.date == D(2023, 12, 5)


@pytest.mark.parametrize("office", ["The Foreign Office in London said", "The department in "
                                    "London, said", "A government spokesman in London confirmed"])
def test_the_seat_of_the_office_giving_the_account_is_not_the_venue(
        annotator: Annotator, office: str) -> None:
    text = (f"Talks\n\n{office} Foreign Secretary David Lammy held talks with Polish Foreign "
            "Minister Radosław Sikorski on Tuesday. The talks were held in Warsaw.")
    ann = read(annotator, text, D(2024, 9, 11))
    assert ann.venue == "Warsaw"


def test_a_leading_date_followed_by_a_menu_is_a_page_header_not_a_dateline(
        annotator: Annotator) -> None:
    text = ("The Capital Post\nMonday 11 March 2019 | Weather | Markets\n\nBRUSSELS (Wire) -- Mike "
            "Pompeo held talks with Heiko Maas on Tuesday, officials said.")
    ann = read(annotator, text, D(2019, 2, 13))
    assert ann.date == D(2019, 2, 12)


@pytest.mark.parametrize("sentence, town, country", [
    ("Sergey Lavrov and Shah Mehmood Qureshi held talks in Varzob on Wednesday.", "Varzob", None),
    ("BEIJING (Wire) - Wang Yi held talks with Sergey Lavrov in Xiangshan late on Tuesday.",
     "Xiangshan", None),
])
def test_a_town_the_gazetteer_lacks_named_for_the_talks_is_the_venue_queued(
        annotator: Annotator, sentence: str, town: str, country: str | None) -> None:
    ann = read(annotator, f"Talks\n\n{sentence}", D(2024, 9, 11))
    assert (ann.venue, ann.country) == (town, country)
    assert ann.evidence["venue"].confidence < REVIEW_THRESHOLD  # the gazetteer cannot confirm it


@pytest.mark.parametrize("words", ["in private", "in English", "in Camera"])
def test_words_after_in_that_are_no_town_leave_the_dateline_venue(
        annotator: Annotator, words: str) -> None:
    text = f"Talks\n\nNEW DELHI (Wire) - Lavrov and Jaishankar held talks {words}."
    assert read(annotator, text, D(2022, 2, 16)).venue == "New Delhi"


def test_a_page_line_with_a_second_updated_stamp_is_still_the_page_date(
        annotator: Annotator) -> None:
    text = ("Sept. 10, 2024, 2:15 PM ET / Updated Sept. 11, 2024, 9:00 AM ET\n\nKYIV — David Lammy "
            "and Antony Blinken held talks in Kyiv on Tuesday.")
    ann = read(annotator, text, D(2024, 9, 25))  # fetched two weeks later
    assert ann.date == D(2024, 9, 10)


@pytest.mark.parametrize("told", [
    "Fidan held talks with Tajani in Ankara on Tuesday last week.",
    "Last week on Tuesday, Fidan held talks with Tajani in Ankara.",
])
def test_a_weekday_of_last_week_dates_the_stories_only_meeting(annotator: Annotator, told: str) -> None:
    ann = read(annotator, f"Talks\n\n{told}", D(2023, 12, 14))  # a Thursday
    assert (ann.date, ann.venue) == (D(2023, 12, 5), "Ankara")


@pytest.mark.parametrize("trip", ["He then travelled to Minsk.", "Afterwards, he flew on to Minsk.",
                                  "After the talks Wang Yi left for Minsk."])
def test_where_a_participant_went_after_the_meeting_is_not_its_venue(
        annotator: Annotator, trip: str) -> None:
    text = (f"Talks\n\nWang Yi met Lavrov on Tuesday. {trip} The talks in Moscow lasted three "
            "hours.")
    assert read(annotator, text, D(2025, 6, 25)).venue == "Moscow"


@pytest.mark.parametrize("trip", ["and on Wednesday he heads to Ottawa",
                                  "and tomorrow she will fly to Ottawa"])
def test_a_trip_on_another_day_inside_the_meeting_sentence_is_not_its_venue(
        annotator: Annotator, trip: str) -> None:
    text = f"Talks\n\nBlinken met Cleverly on Tuesday, {trip}. The two met in Washington."
    assert read(annotator, text, D(2022, 9, 28)).venue == "Washington"


def test_a_trip_told_with_the_meetings_own_day_keeps_its_city(annotator: Annotator) -> None:
    # guard: the past 'on Tuesday she travelled to X for talks' is the meeting's own trip
    text = "Talks\n\nOn Tuesday, Penny Wong travelled to Jakarta for talks with Retno Marsudi."
    assert read(annotator, text, D(2024, 5, 22)).venue == "Jakarta"
