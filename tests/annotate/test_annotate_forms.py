"""Grammatical forms that name a meeting's participants, on invented sentences: each test is a
form news about meetings uses, not an article's wording."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from generator.annotate.dates import find_dates, resolve
from tests.annotate.test_annotate_rules import ANNOTATOR
from tests.conftest import make_doc as doc

PUBLISHED = dt.date(2021, 3, 5)
LEAD = "Talks\n\nFREDTON, March 4 (Wire) - "


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return ANNOTATOR


def people(annotator: Annotator, body: str) -> set[str]:
    return set(annotator.annotate(doc(LEAD + body, PUBLISHED)).participants)


@pytest.mark.parametrize("body", [
    "Anna Kovar met Karl Zebb, Sylvania's deputy foreign minister, in Fredton on Thursday.",
    "Anna Kovar met Karl Zebb, the Sylvanian foreign minister, in Fredton on Thursday.",
    "Anna Kovar met Karl Zebb, Sylvania's defence minister, in Fredton on Thursday.",
])
def test_title_after_an_unknown_name_introduces_it(annotator: Annotator, body: str) -> None:
    # the apposed name is the office holder meant: the registry's holder is not added instead
    assert people(annotator, body) == {"Anna Kovar", "Karl Zebb"}


def test_title_after_a_name_needs_a_country_between(annotator: Annotator) -> None:
    body = "Anna Kovar met Boris Telen in Fredton on Thursday, Acme Widgets foreign minister said."
    assert people(annotator, body) == {"Anna Kovar", "Boris Telen"}


@pytest.mark.parametrize("body", [
    "Anna Kovar met Karl Zebb and Lev Brant, the foreign ministers of Sylvania and Ruritania, in "
    "Fredton on Thursday.",
    "Anna Kovar met the foreign ministers of Sylvania and Ruritania, Karl Zebb and Lev Brant, in "
    "Fredton on Thursday.",
])
def test_plural_title_names_every_listed_holder(annotator: Annotator, body: str) -> None:
    # the names are given: the registry's holders of those offices are not guessed
    assert people(annotator, body) == {"Anna Kovar", "Karl Zebb", "Lev Brant"}


def test_plural_title_before_its_names_opening_the_sentence(annotator: Annotator) -> None:
    body = ("The foreign ministers of Freedonia and Sylvania, Anna Kovar and Karl Zebb, met in "
            "Fredton on Thursday.")
    assert people(annotator, body) == {"Anna Kovar", "Karl Zebb"}


@pytest.mark.parametrize(("body", "who"), [
    ("Anna Kovar met Boris Telen in Fredton on Thursday. President Dmitri Ostrov joined Kovar and "
     "Telen for talks.", {"Anna Kovar", "Boris Telen", "Dmitri Ostrov"}),
    ("Anna Kovar met Boris Telen in Fredton on Thursday. Ruritanian Foreign Minister Elena Varga "
     "later joined them.", {"Anna Kovar", "Boris Telen", "Elena Varga"}),
    ("Anna Kovar sat down with Boris Telen in Fredton on Thursday.", {"Anna Kovar", "Boris Telen"}),
    ("Anna Kovar met her counterpart from Sylvania, Karl Zebb, in Fredton on Thursday.",
     {"Anna Kovar", "Karl Zebb"}),
    ("Anna Kovar met EU foreign policy chief Karl Zebb in Fredton on Thursday.",
     {"Anna Kovar", "Karl Zebb"}),
])
def test_joining_and_sitting_down_with_are_meeting(annotator: Annotator, body: str,
                                                    who: set[str]) -> None:
    assert people(annotator, body) == who


def test_a_country_joining_others_names_no_one(annotator: Annotator) -> None:
    body = ("Anna Kovar met Boris Telen in Fredton on Thursday. Sylvania joined France and Spain "
            "in the appeal.")
    assert people(annotator, body) == {"Anna Kovar", "Boris Telen"}


@pytest.mark.parametrize(("text", "day"), [
    ("X met Y on the 14th.", dt.date(2021, 3, 14)),
    ("X met Y on the 14th of this month in Fredton", dt.date(2021, 3, 14)),
    ("X met Y on the 28th, in Fredton", dt.date(2021, 2, 28)),  # after the reference day: last month
])
def test_a_day_of_the_month_alone(text: str, day: dt.date) -> None:
    found = find_dates(text)
    assert len(found) == 1 and resolve(found[0], dt.date(2021, 3, 20)) == day


@pytest.mark.parametrize("text", ["the 14th round of talks", "on the 17th extraordinary meeting",
                                  "on the 20th anniversary of ties", "since the 19th century",
                                  "on the 5th BRICS summit"])
def test_an_ordinal_of_something_else_is_no_day(text: str) -> None:
    assert find_dates(text) == []


def test_the_day_of_the_month_dates_the_meeting(annotator: Annotator) -> None:
    text = "Talks\n\nAnna Kovar and Boris Telen met in Fredton on the 14th to discuss trade."
    assert annotator.annotate(doc(text, dt.date(2021, 3, 20))).date == dt.date(2021, 3, 14)


@pytest.mark.parametrize(("body", "venue"), [
    ("Anna Kovar met Boris Telen on the sidelines of the Strelsau Security Conference on Thursday.",
     "Strelsau"),
    ("Anna Kovar met Boris Telen at the Strelsau summit on Thursday.", "Strelsau"),
    ("On the sidelines of the Strelsau Security Conference, Anna Kovar spoke by phone with Boris "
     "Telen on Thursday.", None),  # a call has no venue, whatever event its caller attends
])
def test_a_gathering_named_after_its_city_places_the_meeting(annotator: Annotator, body: str,
                                                               venue: str | None) -> None:
    text = "Talks\n\n" + body
    assert annotator.annotate(doc(text, PUBLISHED)).venue == venue


def test_a_process_named_after_a_city_places_nothing(annotator: Annotator) -> None:
    text = "Talks\n\nAnna Kovar met Boris Telen on Thursday to review the Strelsau agreements."
    assert annotator.annotate(doc(text, PUBLISHED)).venue is None


@pytest.mark.parametrize(("body", "who"), [
    ("Anna Kovar told Boris Telen during talks in Fredton on Thursday that trade matters.",
     {"Anna Kovar", "Boris Telen"}),
    ("Anna Kovar (L) and Boris Telen (R) in Fredton on Thursday.", {"Anna Kovar", "Boris Telen"}),
    ("The Freedonian and Sylvanian foreign ministers met in Fredton on Thursday.",
     {"Anna Kovar", "Boris Telen"}),
    ("Anna Kovar met her Sylvanian opposite number Karl Zebb in Fredton on Thursday.",
     {"Anna Kovar", "Karl Zebb"}),
])
def test_captions_plural_adjective_titles_and_talks_as_setting(annotator: Annotator, body: str,
                                                                who: set[str]) -> None:
    assert people(annotator, body) == who


def test_a_name_after_its_country_possessive(annotator: Annotator) -> None:
    assert people(annotator, "Anna Kovar met Sylvania's Karl Zebb in Fredton on Thursday.") == {
        "Anna Kovar", "Karl Zebb"}


@pytest.mark.parametrize("thing", ["Sylvania's Foreign Ministry", "Sylvania's Border Security Force",
                                   "Sylvania's News Agency"])
def test_an_institution_after_a_country_possessive_is_no_one(annotator: Annotator,
                                                             thing: str) -> None:
    body = f"Anna Kovar met Boris Telen in Fredton on Thursday, {thing} said."
    assert people(annotator, body) == {"Anna Kovar", "Boris Telen"}


@pytest.mark.parametrize("rest", [
    " to discuss the peace plan proposed by President Dmitri Ostrov.",
    ". President Dmitri Ostrov's envoy Karl Zebb attended.",
    ". In January, Kovar met Elena Varga in Strelsau.",
])
def test_people_named_as_context_of_the_meeting_are_not_in_it(annotator: Annotator,
                                                               rest: str) -> None:
    who = people(annotator, "Anna Kovar met Boris Telen in Fredton on Thursday" + rest)
    assert "Dmitri Ostrov" not in who and "Elena Varga" not in who
    assert {"Anna Kovar", "Boris Telen"} <= who


@pytest.mark.parametrize(("body", "venue"), [
    ("Anna Kovar met Boris Telen at the Sylvanian Foreign Ministry in Sylvan City on Thursday.",
     "Sylvan City"),
    ("Anna Kovar met Boris Telen on Thursday, the Sylvanian ministry in Sylvan City said.", None),
])
def test_a_building_in_a_city_places_the_meeting_a_ministry_speaking_does_not(
        annotator: Annotator, body: str, venue: str | None) -> None:
    assert annotator.annotate(doc("Talks\n\n" + body, PUBLISHED)).venue == venue


@pytest.mark.parametrize("line", ["Thursday, March 4, 2021", "Posted on March 4, 2021 by the desk"])
def test_the_page_date_beats_a_later_collection_day(annotator: Annotator, line: str) -> None:
    text = f"Talks\n\n{line}\n\nAnna Kovar met Boris Telen in Fredton today."
    assert annotator.annotate(doc(text, dt.date(2021, 3, 6))).date == dt.date(2021, 3, 4)


def test_a_dated_sentence_near_the_top_is_no_page_date(annotator: Annotator) -> None:
    text = ("Talks\n\nThe ceasefire of March 1, 2021 holds.\n\nAnna Kovar met Boris Telen in "
            "Fredton today.")
    assert annotator.annotate(doc(text, dt.date(2021, 3, 6))).date == dt.date(2021, 3, 6)


@pytest.mark.parametrize("body", [
    "Anna Kovar phoned Boris Telen on Thursday to discuss the crisis.",
    "Anna Kovar spoke with Boris Telen by phone on Thursday, a day after meeting Elena Varga in "
    "Strelsau.",
])
def test_calls_told_with_other_verbs_have_no_venue(annotator: Annotator, body: str) -> None:
    ann = annotator.annotate(doc("Talks\n\nFREDTON, March 5 (Wire) - " + body, dt.date(2021, 3, 6)))
    assert {"Anna Kovar", "Boris Telen"} <= set(ann.participants)
    assert ann.venue is None and ann.date == dt.date(2021, 3, 4)


def test_a_weekday_right_after_the_dateline_is_the_texts(annotator: Annotator) -> None:
    text = "Talks\n\nFREDTON, March 5 (Wire) -- Anna Kovar on Thursday met Boris Telen."
    assert annotator.annotate(doc(text, dt.date(2021, 3, 6))).date == dt.date(2021, 3, 4)


@pytest.mark.parametrize("body", [
    "Leaders met in Fredton on Thursday for the regional summit. Attending were Anna Kovar, Boris "
    "Telen and Elena Varga.",
    "Anna Kovar arrived in Fredton on Thursday to hold talks with Boris Telen and Elena Varga.",
])
def test_attendee_lists_and_talks_an_arrival_was_for(annotator: Annotator, body: str) -> None:
    assert people(annotator, body) == {"Anna Kovar", "Boris Telen", "Elena Varga"}


def test_a_trip_still_to_come_is_planned(annotator: Annotator) -> None:
    body = ("Anna Kovar met Boris Telen in Fredton on Thursday. Kovar will travel to Strelsau "
            "next week to hold talks with Elena Varga.")
    assert people(annotator, body) == {"Anna Kovar", "Boris Telen"}


def test_a_city_hosting_the_talks_is_their_venue(annotator: Annotator) -> None:
    text = "Talks\n\nSylvan City hosted talks between Anna Kovar and Boris Telen on Thursday."
    assert annotator.annotate(doc(text, PUBLISHED)).venue == "Sylvan City"


@pytest.mark.parametrize("name", ["Karl L.P. Zebbar", "Karl van der Zebb", "Karl de la Zebb"])
def test_names_with_initials_and_particles_after_a_title(annotator: Annotator, name: str) -> None:
    # the name is read whole: the registry's holder of the office is not put in its place
    body = f"Anna Kovar met Sylvanian Foreign Minister {name} in Fredton on Thursday."
    assert people(annotator, body) == {"Anna Kovar", name}
