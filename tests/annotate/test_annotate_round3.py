"""Forms of sentence found wrong on invented articles (issue 13, round 3). Each test is one form
of diplomatic news, told with real office-holders in invented words, not an article's wording."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date


@pytest.mark.parametrize("recall", [
    "The two ministers last met in Astana on April 2, when they discussed trade.",
    "Lavrov and Wang most recently met in Astana on April 2.",
    "At their previous meeting in Astana on April 2, Lavrov and Wang discussed trade.",
    "Their prior talks in Astana on April 2 dealt with trade.",
])
def test_an_earlier_meeting_told_before_the_report_is_not_the_headline(
        annotator: Annotator, recall: str) -> None:
    # 'last met', 'most recently met', 'previous meeting' recall an earlier meeting: its day
    # and city are not those of the talks the article reports
    text = (f"Lavrov, Wang hold talks\n\nMOSCOW, May 10 (Wire) - {recall} Russian Foreign Minister "
            "Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi in Moscow on "
            "Wednesday, the ministry said.")
    ann = read(annotator, text, D(2023, 5, 10))
    assert (ann.date, ann.venue) == (D(2023, 5, 10), "Moscow")
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}


STATEMENT = ("Statement\n\nThe Foreign Ministry in Moscow said on Friday that Russian Foreign "
             "Minister Sergey Lavrov {verb} Iranian Foreign Minister Hossein Amir-Abdollahian in "
             "Tehran on Thursday.")


def test_past_perfect_after_a_verb_of_saying_is_the_news(annotator: Annotator) -> None:
    # 'said that X had held talks': indirect speech backshifts the tense; nothing says earlier
    ann = read(annotator, STATEMENT.format(verb="had held talks with"), D(2023, 6, 23))
    assert (ann.date, ann.venue) == (D(2023, 6, 22), "Tehran")
    assert set(ann.participants) == {"Sergey Lavrov", "Hossein Amir-Abdollahian"}


@pytest.mark.parametrize("verb", ["met", "held talks with"])
def test_the_day_of_a_statement_does_not_date_the_meeting(annotator: Annotator, verb: str) -> None:
    # 'said on Friday that X met Y on Thursday': Friday is when it was said
    ann = read(annotator, STATEMENT.format(verb=verb), D(2023, 6, 23))
    assert ann.date == D(2023, 6, 22)


@pytest.mark.parametrize("earlier", [
    "Lavrov met Wang Yi in Astana on April 2.",
    "The ministry said that Lavrov had met Wang Yi in Astana on April 2.",
])
def test_a_day_weeks_before_the_dateline_is_an_earlier_meeting(annotator: Annotator,
                                                              earlier: str) -> None:
    # a day and month without a year, weeks before the day the copy was filed: earlier news,
    # whose people and city are not the report's (the 'had met' case guards the indirect-speech
    # rule: it must not turn a dated earlier meeting into the news)
    text = (f"Talks\n\nMOSCOW, June 23 (Wire) - {earlier} Russian Foreign Minister Sergey Lavrov "
            "met Iranian Foreign Minister Hossein Amir-Abdollahian in Moscow on Friday.")
    ann = read(annotator, text, D(2023, 6, 23))
    assert (ann.date, ann.venue) == (D(2023, 6, 23), "Moscow")
    assert set(ann.participants) == {"Sergey Lavrov", "Hossein Amir-Abdollahian"}


def test_a_city_that_starts_with_a_surname_is_no_one(annotator: Annotator) -> None:
    # "Xi'an" holds the surname 'Xi' before an apostrophe inside the word: not a possessive
    text = ("Talks\n\nOn May 17, 2023, Foreign Minister Qin Gang met with Kazakh Deputy Prime "
            "Minister and Foreign Minister Murat Nurtleu in Xi'an.")
    ann = read(annotator, text, D(2023, 5, 18))
    assert set(ann.participants) == {"Qin Gang", "Murat Nurtleu"}
    assert ann.venue == "Xi'an"


@pytest.mark.parametrize(("words", "found"), [("Xi's", True), ("Xi’s", True), ("Xi'an", False)])
def test_a_possessive_surname_still_names_its_person(annotator: Annotator, words: str,
                                                    found: bool) -> None:
    # guard for the "Xi'an" rule: a possessive still names the person
    text = f"President Xi Jinping spoke. Later {words} guests arrived."
    names = [m.name for m in annotator.people.find(text, D(2023, 5, 17))]
    assert names.count("Xi Jinping") == (2 if found else 1)


@pytest.mark.parametrize("signature", [
    " — @ABaerbock, 12 May 2023",
    "\n\n— Annalena Baerbock (@ABaerbock) 12 May 2023",
])
def test_a_post_signed_with_a_handle_and_a_day_first_date(annotator: Annotator,
                                                          signature: str) -> None:
    # the signature names who wrote 'meeting with @X today' and the day 'today' is
    text = f"Post\n\nExcellent meeting with @DmytroKuleba in Berlin today.{signature}"
    ann = read(annotator, text, D(2023, 5, 14))
    assert (ann.date, ann.venue) == (D(2023, 5, 12), "Berlin")
    assert set(ann.participants) == {"Annalena Baerbock", "Dmytro Kuleba"}


@pytest.mark.parametrize("announce", [
    "Wang Yi was to meet Antony Blinken on Thursday.",
    "Chinese Foreign Minister Wang Yi is expected to hold talks with Antony Blinken this week.",
])
def test_a_meeting_announced_then_told_without_names(annotator: Annotator, announce: str) -> None:
    # 'X was to meet Y. The two met ...': the report names no one, the announcement does
    text = (f"Talks\n\nWASHINGTON, Oct 26 (Wire) - {announce} The two met at the State "
            "Department on Thursday for three hours.")
    ann = read(annotator, text, D(2023, 10, 27))
    assert set(ann.participants) == {"Wang Yi", "Antony Blinken"}
    assert ann.date == D(2023, 10, 26)


def test_a_welcome_on_arrival_is_not_the_visits_meeting(annotator: Annotator) -> None:
    # 'arrived in X on Sunday and was greeted by Y': a welcome; the talks on Monday are the news
    text = ("Visit\n\nCANBERRA, Feb 12 (Wire) - New Zealand Foreign Minister Winston Peters "
            "arrived in Canberra on Sunday and was greeted by High Commissioner Dame Annette "
            "King. On Monday he met Australian Foreign Minister Penny Wong.")
    ann = read(annotator, text, D(2024, 2, 13))
    assert (ann.date, ann.venue) == (D(2024, 2, 12), "Canberra")
    assert set(ann.participants) == {"Winston Peters", "Penny Wong"}


def test_an_exchange_of_views_between_two_people_is_a_meeting(annotator: Annotator) -> None:
    text = ("Talks\n\nAn exchange of views between Foreign Minister Sergey Lavrov and Foreign "
            "Minister Wang Yi took place in Beijing on April 1, 2024.")
    ann = read(annotator, text, D(2024, 4, 2))
    assert (ann.date, ann.venue) == (D(2024, 4, 1), "Beijing")
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}


@pytest.mark.parametrize("act", ["signed an investment treaty",
                                 "issued a joint statement on trade"])
def test_a_signing_after_their_talks_closes_the_talks_reported(annotator: Annotator,
                                                               act: str) -> None:
    # 'X and Y signed a treaty after their talks': the talks of the day, not earlier ones
    text = (f"Signing\n\nABU DHABI, Feb 14 (Wire) - Indian Prime Minister Narendra Modi and UAE "
            f"President Mohamed bin Zayed {act} in Abu Dhabi on Tuesday after their talks.")
    ann = read(annotator, text, D(2024, 2, 14))
    assert (ann.date, ann.venue) == (D(2024, 2, 13), "Abu Dhabi")
    assert set(ann.participants) == {"Narendra Modi", "Mohamed bin Zayed Al Nahyan"}


@pytest.mark.parametrize("they", ["The ministers met on the margins on Thursday.",
                                  "The two held talks on the margins on Thursday.",
                                  "They met on the margins on Thursday."])
def test_a_plural_subject_means_the_people_named_just_before(annotator: Annotator,
                                                             they: str) -> None:
    # 'X and Y were in Jakarta. The ministers met ...': nobody named in the meeting sentence
    text = ("Talks\n\nJAKARTA, July 13 (Wire) - Chinese top diplomat Wang Yi and Japanese "
            f"Foreign Minister Yoshimasa Hayashi were in Jakarta for ASEAN meetings. {they}")
    ann = read(annotator, text, D(2023, 7, 13))
    assert set(ann.participants) == {"Wang Yi", "Yoshimasa Hayashi"}
    assert (ann.date, ann.venue) == (D(2023, 7, 13), "Jakarta")


def test_held_a_meeting_named_with_a_possessive_plural(annotator: Annotator) -> None:
    # 'held the annual foreign ministers' meeting': the apostrophe word is part of the noun phrase
    text = ("Visit\n\nAt the invitation of Foreign Minister Retno Marsudi, Foreign Minister Penny "
            "Wong paid an official visit to Jakarta from 6 to 8 June 2022. The two ministers held "
            "the annual foreign ministers' meeting on 7 June.")
    ann = read(annotator, text, D(2022, 6, 9))
    assert (ann.date, ann.venue) == (D(2022, 6, 7), "Jakarta")
    assert set(ann.participants) == {"Retno Marsudi", "Penny Wong"}


@pytest.mark.parametrize("clause", ["who flew in from Beijing on Wednesday",
                                    "who arrived on Wednesday"])
def test_a_relative_clause_dates_another_event(annotator: Annotator, clause: str) -> None:
    # 'X, who flew in on Wednesday, met Y on Thursday': the arrival's day is not the meeting's
    text = (f"Talks\n\nWASHINGTON, Oct 26 (Wire) - Wang Yi, {clause}, met Antony Blinken on "
            "Thursday.")
    ann = read(annotator, text, D(2023, 10, 26))
    assert ann.date == D(2023, 10, 26)


@pytest.mark.parametrize("earlier", [
    "During his last visit to Astana on April 2, Wang met Lavrov.",
    "When they met in Astana on April 2, Lavrov and Wang discussed trade.",
    "At their April 2 meeting in Astana, Lavrov and Wang discussed trade.",
])
def test_a_day_weeks_before_todays_talks_is_earlier_without_a_dateline(annotator: Annotator,
                                                                        earlier: str) -> None:
    # no dateline, but the talks are dated 'on Wednesday' near the article's day: a day and
    # month weeks before that is an earlier meeting
    text = (f"Talks\n\n{earlier} Russian Foreign Minister Sergey Lavrov held talks with Chinese "
            "Foreign Minister Wang Yi in Moscow on Wednesday.")
    ann = read(annotator, text, D(2023, 5, 10))
    assert (ann.date, ann.venue) == (D(2023, 5, 10), "Moscow")


def test_a_page_dated_weeks_after_its_only_meeting_keeps_that_day(annotator: Annotator) -> None:
    # guard: the page's date is late; 'in a statement on Tuesday' is when it was said: the
    # call's own day stands
    text = ("March 26, 2023\n\nSecretary of State Antony Blinken spoke with Foreign Minister "
            "Retno Marsudi on February 13 about Myanmar. In a statement on Tuesday, the State "
            "Department said that during their phone call the two stressed ASEAN unity.")
    ann = read(annotator, text, D(2023, 3, 27))
    assert ann.date == D(2023, 2, 13)


@pytest.mark.parametrize(("top", "bottom"), [
    ("Media release\n14 February 2023", "\n\nPenny Wong, Minister for Foreign Affairs"),
    ("From: Department of Foreign Affairs and Trade and Senator the Hon Penny Wong\n"
     "Published 14 February 2023", ""),
])
def test_a_first_person_release_is_signed_by_its_minister(annotator: Annotator, top: str,
                                                          bottom: str) -> None:
    # 'Today I met X': the speaker is the minister the byline or the signature names
    text = (f"Meeting with the Foreign Minister of Japan\n\n{top}\n\nToday I met with Japan's "
            f"Foreign Minister Yoshimasa Hayashi in Tokyo. We discussed the Pacific.{bottom}")
    ann = read(annotator, text, D(2023, 2, 14))
    assert set(ann.participants) == {"Penny Wong", "Yoshimasa Hayashi"}



def test_a_headline_of_another_story_adds_no_one(annotator: Annotator) -> None:
    # scraped lines after the story, no 'Related' header: a meeting elsewhere among other people
    text = ("Talks\n\nCANBERRA, Aug 3 (Wire) - Australian Foreign Minister Penny Wong met Indian "
            "External Affairs Minister S. Jaishankar in Canberra on Thursday.\n\nLavrov meets Wang "
            "Yi in Moscow\n")
    ann = read(annotator, text, D(2023, 8, 3))
    assert set(ann.participants) == {"Penny Wong", "S. Jaishankar"}
    assert ann.venue == "Canberra"


def test_a_trips_meetings_in_two_cities_share_the_visitor(annotator: Annotator) -> None:
    # the guard: a visitor met in two cities is one trip, its hosts all took part (told without
    # a day of its own: a meeting dated to another day is a separate occasion, see round 4)
    text = ("Visit\n\nNEW DELHI, Feb 10 (Wire) - Chinese Foreign Minister Qin Gang met Pakistani "
            "Foreign Minister Bilawal Bhutto Zardari in Islamabad on Thursday. Qin Gang then flew "
            "on and met Indian External Affairs Minister S. Jaishankar in New Delhi.")
    ann = read(annotator, text, D(2023, 2, 10))
    assert {"Qin Gang", "Bilawal Bhutto Zardari", "S. Jaishankar"} <= set(ann.participants)


def test_last_night_is_the_evening_before_the_copy(annotator: Annotator) -> None:
    # 'met X in Paris last night': yesterday's news, its city the venue, not an earlier meeting
    text = ("Talks\n\nLONDON, Feb 8 (Wire) - British Foreign Secretary James Cleverly met "
            "Ukrainian Foreign Minister Dmytro Kuleba in Paris last night.")
    ann = read(annotator, text, D(2023, 2, 8))
    assert (ann.date, ann.venue) == (D(2023, 2, 7), "Paris")
    assert set(ann.participants) == {"James Cleverly", "Dmytro Kuleba"}


def test_a_bare_title_in_a_release_is_its_bylined_minister(annotator: Annotator) -> None:
    # 'The Foreign Secretary met X' on a page 'From: ... The Rt Hon James Cleverly MP'
    text = ("Foreign Secretary's meeting with the Foreign Minister of Japan\n\nFrom: Foreign, "
            "Commonwealth & Development Office and The Rt Hon James Cleverly MP\nPublished 7 "
            "November 2023\n\nThe Foreign Secretary met Japanese Foreign Minister Kamikawa Yoko in "
            "Tokyo today.")
    ann = read(annotator, text, D(2023, 11, 7))
    assert set(ann.participants) == {"James Cleverly", "Yōko Kamikawa"}
