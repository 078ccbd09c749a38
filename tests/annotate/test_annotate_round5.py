"""Date and venue forms found wrong on invented articles (issue 13, round 5). Each test is one form
that wire copy, ministry readouts or scraped pages use, told with real office-holders in invented
words, not an article's wording."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date
TALKS = "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in Moscow"


@pytest.mark.parametrize("written", ["2024/03/18", "2024.03.18", "18-03-2024"])
def test_a_numeric_date_with_slashes_dots_or_dashes_dates_the_meeting(annotator: Annotator,
                                                                      written: str) -> None:
    # pages print the year first with slashes or dots, or the day first with dashes
    ann = read(annotator, f"Talks\n\n{TALKS} on {written}.", D(2024, 3, 20))
    assert ann.date == D(2024, 3, 18)


@pytest.mark.parametrize("span", ["March 3-4, 2024", "March 3 and 4, 2024", "March 3 to 5, 2024"])
def test_a_month_first_span_takes_the_year_after_its_second_day(annotator: Annotator,
                                                                 span: str) -> None:
    # 'March 3-4, 2024': the year belongs to both days; no reference day to lend one
    ann = read(annotator, f"Talks\n\n{TALKS} on {span}.", None)
    assert ann.date == D(2024, 3, 3)


@pytest.mark.parametrize("span", ["from 3 to 5 March 2024", "from March 3 to 5, 2024"])
def test_talks_held_from_one_day_to_another_are_dated_by_the_first(annotator: Annotator,
                                                                    span: str) -> None:
    # 'from' opens the event's own days here, not an open span ('since 2019')
    ann = read(annotator, f"Talks\n\n{TALKS} {span}.", D(2024, 3, 4))
    assert ann.date == D(2024, 3, 3)


def test_the_talks_day_inside_a_visits_span_dates_the_talks(annotator: Annotator) -> None:
    # the sentence gives the visit's days first and the talks' day after
    text = ("Talks\n\nChinese Foreign Minister Wang Yi visited Moscow on March 3-5, 2024, and held "
            "talks with Russian Foreign Minister Sergey Lavrov on March 4.")
    ann = read(annotator, text, D(2024, 3, 6))
    assert (ann.date, ann.venue) == (D(2024, 3, 4), "Moscow")


@pytest.mark.parametrize("stamp", ["Wed, 20 Mar 2024 10:32 GMT", "Mar 20, 2024, 10:32 PM IST",
                                   "20 Mar 2024 22:32 MSK"])
def test_a_page_time_stamp_is_the_day_today_counts_from(annotator: Annotator, stamp: str) -> None:
    # the page's stamp (a shortened weekday, a time, a zone beside the date) is when it
    # appeared; the collector's date line, a day later, is when it was fetched
    ann = read(annotator, f"Talks\n\n{stamp}\n\n{TALKS} today.", D(2024, 3, 21))
    assert ann.date == D(2024, 3, 20)


@pytest.mark.parametrize("when", ["earlier this week", "this week", "over the weekend",
                                  "earlier this week, the ministry said on Thursday"])
def test_a_meeting_told_without_its_day_has_no_date(annotator: Annotator, when: str) -> None:
    # the collector's date line is when the copy was filed, not when the talks took place
    ann = read(annotator, f"Talks\n\n{TALKS} {when}.", D(2024, 3, 21))
    assert (ann.date, ann.venue) == (None, "Moscow")


def test_a_meeting_with_a_day_of_its_own_keeps_it_beside_a_vague_time(annotator: Annotator) -> None:
    # guard: 'last week' in another sentence says nothing about the meeting's day
    text = f"Talks\n\n{TALKS} on Tuesday. Last week Lavrov was in Beijing."
    assert read(annotator, text, D(2024, 3, 21)).date == D(2024, 3, 19)


@pytest.mark.parametrize("said", ["", ", the ministry said on Tuesday"])
def test_the_lone_meeting_of_last_week_is_the_articles_news(annotator: Annotator,
                                                            said: str) -> None:
    # 'last week' marks a meeting as earlier; when the lead tells no other, it is the news
    ann = read(annotator, f"Talks\n\n{TALKS} last week{said}.", D(2024, 3, 26))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}
    assert (ann.date, ann.venue) == (None, "Moscow")


@pytest.mark.parametrize(("where", "city"), [("in Xinjiang's Urumqi", "Ürümqi"),
                                             ("in Fujian province's Xiamen", "Xiamen"),
                                             ("in Tatarstan's Kazan", "Kazan")])
def test_a_city_named_after_its_region_with_a_possessive_is_the_venue(
        annotator: Annotator, where: str, city: str) -> None:
    # 'in Region's City': the region is no country, but the city is where they met
    text = ("Talks\n\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Qin Gang "
            f"{where} on Thursday.")
    ann = read(annotator, text, D(2023, 4, 14))
    assert (ann.venue, ann.date) == (city, D(2023, 4, 13))


def test_a_town_placed_by_a_region_clause_naming_its_country_is_the_venue(
        annotator: Annotator) -> None:
    # a town the gazetteer lacks, followed by 'in eastern Freedonia's X province'
    text = ("Talks\n\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Qin Gang in "
            "Shexian, in eastern China's Anhui province, on Thursday.")
    ann = read(annotator, text, D(2023, 4, 14))
    assert (ann.venue, ann.country) == ("Shexian", "China")


def test_a_city_only_named_as_where_a_statement_was_issued_is_no_venue(
        annotator: Annotator) -> None:
    # the ministry's city is where the account came from, not where they met
    text = ("Talks\n\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Qin Gang on "
            "Thursday, a statement issued in Moscow said.")
    ann = read(annotator, text, D(2023, 3, 3))
    assert ann.venue is None


def test_a_meeting_in_a_small_venue_town_is_not_the_datelines_city(annotator: Annotator) -> None:
    # copy filed from the capital about talks in Tunxi (Huangshan), a district the gazetteer lacks
    text = ("Talks\n\nBEIJING, March 31 (Wire) - Chinese Foreign Minister Wang Yi met Russian "
            "Foreign Minister Sergey Lavrov in Tunxi on Wednesday, the foreign ministry said.")
    ann = read(annotator, text, D(2022, 3, 31))
    assert (ann.venue, ann.country, ann.date) == ("Tunxi", "China", D(2022, 3, 30))


@pytest.mark.parametrize("gathering", ["the ASEAN events", "the G20 events", "the regional events"])
def test_the_city_of_events_met_on_the_sidelines_of_is_the_venue(annotator: Annotator,
                                                                  gathering: str) -> None:
    # 'events in X' is a topic ('the events in Ukraine') except as the gathering met beside
    text = ("Talks\n\nOn 13 July, Russian Foreign Minister Sergey Lavrov held talks with Chinese "
            f"Foreign Minister Wang Yi on the sidelines of {gathering} in Jakarta.")
    ann = read(annotator, text, D(2023, 7, 15))
    assert (ann.venue, ann.date) == ("Jakarta", D(2023, 7, 13))


def test_a_place_just_outside_a_city_is_in_that_city(annotator: Annotator) -> None:
    # 'at an estate outside San Francisco': the city it is outside is the nearest venue
    text = ("Talks\n\nUS President Joe Biden met Chinese President Xi Jinping at a historic estate "
            "outside San Francisco on Wednesday.")
    ann = read(annotator, text, D(2023, 11, 16))
    assert (ann.venue, ann.date) == ("San Francisco", D(2023, 11, 15))


@pytest.mark.parametrize("line", ["DUSHANBE • ", "Dushanbe · July 14, 2021 · ",
                                  "Dushanbe | July 14, 2021\n\n", "July 14, 2021, Dushanbe — ",
                                  "DUSHANBE\n\n", "By Staff Reporter, Dushanbe\n\n"])
def test_a_dateline_set_apart_by_a_bullet_a_bar_or_a_line_of_its_own_is_here(
        annotator: Annotator, line: str) -> None:
    # pages set the filing city apart in shapes a wire's 'CITY, Date (Agency) -' does not have
    text = (f"Talks\n\n{line}Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister "
            "Shah Mahmood Qureshi here on Wednesday.")
    ann = read(annotator, text, D(2021, 7, 15))
    assert (ann.venue, ann.date) == ("Dushanbe", D(2021, 7, 14))


def test_a_dateline_town_the_gazetteer_lacks_is_placed_by_its_country(annotator: Annotator) -> None:
    text = ("Talks\n\nVARZOB, Tajikistan, July 14 (Wire) - Russian Foreign Minister Sergey Lavrov "
            "met Pakistani Foreign Minister Shah Mahmood Qureshi here on Wednesday.")
    ann = read(annotator, text, D(2021, 7, 15))
    assert (ann.venue, ann.country) == ("Varzob", "Tajikistan")


@pytest.mark.parametrize("line", ["WORLD\n\n", "Pakistan | July 14, 2021\n\n"])
def test_a_section_name_or_a_country_set_apart_is_no_dateline(annotator: Annotator,
                                                              line: str) -> None:
    # guard: only a city is a dateline
    text = (f"Talks\n\n{line}Russian Foreign Minister Sergey Lavrov met Pakistani Foreign Minister "
            "Shah Mahmood Qureshi here on Wednesday.")
    assert read(annotator, text, D(2021, 7, 15)).venue is None


@pytest.mark.parametrize("told", [
    "Lavrov arrived in Beijing on Monday. The following day he held talks with Wang Yi.",
    "Lavrov arrived in Beijing on Monday and met Wang Yi the next day.",
    "Lavrov arrived in Beijing on April 8. A day later he held talks with Wang Yi.",
])
def test_a_meeting_told_as_the_day_after_another_day_is_counted_from_it(
        annotator: Annotator, told: str) -> None:
    # the sentence's only time is its distance from the arrival's day told just before
    text = f"Talks\n\nRussian Foreign Minister Sergey Lavrov visits China. {told}"
    ann = read(annotator, text, D(2024, 4, 10))
    assert (ann.date, ann.venue) == (D(2024, 4, 9), "Beijing")


@pytest.mark.parametrize(("where", "city"), [
    ("at the UN headquarters", "New York"), ("at NATO headquarters", "Brussels"),
    ("at the African Union headquarters", "Addis Ababa"),
    ("on the sidelines of the Xiangshan Forum", "Beijing"),
    ("at the World Government Summit", "Dubai"),
    ("on the sidelines of the Future Investment Initiative", "Riyadh"),
    ("at the Mediterranean Dialogues conference", "Rome"),
    ("at the Doha Forum conference", "Doha"),
])
def test_an_institutions_seat_or_a_recurring_event_is_in_its_city(annotator: Annotator, where: str,
                                                                   city: str) -> None:
    # a seat written with a lower-case 'headquarters', an event the registry knows, and an
    # event's name followed by 'conference': each stands in one city
    text = ("Talks\n\nUS Secretary of State Antony Blinken met Indian External Affairs Minister S. "
            f"Jaishankar {where} on Saturday.")
    ann = read(annotator, text, D(2023, 11, 19))
    assert (ann.venue, ann.date) == (city, D(2023, 11, 18))


@pytest.mark.parametrize("how", ["met in an online format", "met via Zoom", "conferred remotely",
                                 "held talks in a videoconference format", "met online"])
def test_a_meeting_held_online_has_no_venue_though_filed_from_a_city(annotator: Annotator,
                                                                     how: str) -> None:
    # a video meeting: the dateline is where the copy was filed, not a venue
    text = ("Talks\n\nMOSCOW, March 31 (Wire) - Russian Foreign Minister Sergey Lavrov and Chinese "
            f"Foreign Minister Wang Yi {how} on Wednesday.")
    ann = read(annotator, text, D(2022, 3, 31))
    assert (ann.venue, ann.kind, ann.date) == (None, "video", D(2022, 3, 30))


@pytest.mark.parametrize(("ago", "meant"), [("two days ago", D(2024, 3, 21)),
                                            ("a day ago", D(2024, 3, 22))])
def test_a_meeting_a_counted_number_of_days_ago_is_dated_and_is_the_news(
        annotator: Annotator, ago: str, meant: dt.date) -> None:
    # 'ago' marks earlier news, but a lead meeting counted in days is the article's own
    ann = read(annotator, f"Talks\n\n{TALKS} {ago}.", D(2024, 3, 23))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}
    assert (ann.date, ann.venue) == (meant, "Moscow")


@pytest.mark.parametrize(("when", "meant"), [("on Thursday last week", D(2024, 3, 21)),
                                             ("at the end of last week", None)])
def test_last_week_told_of_the_meeting_itself_keeps_its_city(annotator: Annotator, when: str,
                                                             meant: dt.date | None) -> None:
    # 'in Moscow ... last week' is another meeting's only when the sentence dates its own apart
    ann = read(annotator, f"Talks\n\n{TALKS} {when}.", D(2024, 3, 26))
    assert (ann.date, ann.venue) == (meant, "Moscow")


def test_a_city_of_an_earlier_meeting_in_a_dated_sentence_is_still_apart(annotator: Annotator) -> None:
    # guard: the sentence dates its own meeting (Monday); 'in Beijing last week' is another's
    text = ("Talks\n\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi on "
            "Monday, days after talks in Beijing last week.")
    assert read(annotator, text, D(2024, 3, 26)).venue is None


@pytest.mark.parametrize("when", ["in mid-March", "in early March", "during March"])
def test_a_meeting_told_only_by_its_month_has_no_date(annotator: Annotator, when: str) -> None:
    ann = read(annotator, f"Talks\n\n{TALKS} {when}.", D(2024, 3, 22))
    assert (ann.date, ann.venue) == (None, "Moscow")


@pytest.mark.parametrize(("told", "city"), [
    ("met Chinese Foreign Minister Qin Gang on Thursday en route to Samarkand", None),
    ("met Chinese Foreign Minister Qin Gang on Thursday before flying to Samarkand", None),
    ("met Chinese Foreign Minister Qin Gang on Thursday and invited him to visit Moscow", None),
    (", on his way to Samarkand, met Chinese Foreign Minister Qin Gang in Tashkent on Thursday",
     "Tashkent"),
])
def test_a_city_someone_is_heading_for_is_not_the_venue(annotator: Annotator, told: str,
                                                        city: str | None) -> None:
    # where a minister is going next is no more the venue than where he came from
    text = f"Talks\n\nRussian Foreign Minister Sergey Lavrov{'' if told[0] == ',' else ' '}{told}."
    ann = read(annotator, text, D(2023, 4, 14))
    assert (ann.venue, ann.date) == (city, D(2023, 4, 13))


@pytest.mark.parametrize("stamp", ["Published: March 20, 2024", "Last updated 20 March 2024",
                                   "March 20, 2024", "Wed, 20 Mar 2024 10:32 GMT"])
def test_a_page_fetched_weeks_after_it_appeared_counts_from_its_own_date(
        annotator: Annotator, stamp: str) -> None:
    # the collector's date line is three weeks later than the page's own date
    ann = read(annotator, f"Talks\n\n{stamp}\n\n{TALKS} on Monday.", D(2024, 4, 10))
    assert ann.date == D(2024, 3, 18)


@pytest.mark.parametrize(("told", "city"), [
    ("met Chinese Foreign Minister Qin Gang on Thursday. Venue: Samarkand, Uzbekistan.", "Samarkand"),
    ("met Chinese Foreign Minister Qin Gang in Urgut (Uzbekistan) on Thursday.", "Urgut"),
])
def test_a_venue_labelled_or_a_town_with_its_country_in_brackets(annotator: Annotator, told: str,
                                                                   city: str) -> None:
    # a readout's 'Venue:' line; a town the gazetteer lacks, its country in brackets
    ann = read(annotator, f"Talks\n\nRussian Foreign Minister Sergey Lavrov {told}", D(2023, 4, 14))
    assert (ann.venue, ann.country) == (city, "Uzbekistan")
