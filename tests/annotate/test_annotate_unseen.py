"""Rules found by reading failures on real articles, each checked on an invented sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.conftest import make_doc as doc
from tests.conftest import tiny_registry

D = dt.date

COUNTRIES = [
    {"name": "Freedonia", "iso2": "FD", "adjectives": ["Freedonian"], "capital": "Fredton"},
    {"name": "Sylvania", "iso2": "SY", "adjectives": ["Sylvanian"], "capital": "Sylvan City"},
    {"name": "Ruritania", "iso2": "RU", "adjectives": ["Ruritanian"], "capital": "Strelsau"},
    {"name": "Oman", "iso2": "OM", "adjectives": ["Omani"], "capital": "Muscat"},
]
PEOPLE = [
    {"name": "Anna Kovar", "country": "Freedonia", "short": ["Kovar"], "handles": ["@AnnaKovarFM"],
     "roles": [{"role": "foreign_minister", "start": "2019-01-01", "end": None}]},
    {"name": "Boris Telen", "country": "Sylvania", "short": ["Telen"], "handles": ["@BTelen"],
     "roles": [{"role": "foreign_minister", "start": "2018-05-01", "end": None}]},
    {"name": "Dmitri Ostrov", "country": "Ruritania", "short": ["King Ostrov"],
     "roles": [{"role": "head_of_state", "title": "King", "start": "2010-01-01", "end": None}]},
    {"name": "Ivan Ostrov", "country": "Ruritania", "short": ["King Ostrov"],
     "roles": [{"role": "head_of_state", "title": "King", "start": "1990-01-01",
                "end": "2009-12-31"}]},
    {"name": "Lev Ostrov", "country": "Sylvania", "short": ["Ostrov"],
     "roles": [{"role": "other", "title": "Governor", "start": "2015-01-01", "end": None}]},
    {"name": "Olga Brun", "country": "Ruritania", "short": ["Brun"],
     "roles": [{"role": "minister_of_state_foreign_affairs", "start": "2015-01-01", "end": None}]},
    {"name": "Elena Varga", "country": "Ruritania", "short": ["Varga"],
     "roles": [{"role": "head_of_government", "start": "2015-01-01", "end": None}]},
    {"name": "Sayf Al Hamdani", "country": "Oman", "short": ["Al Hamdani", "Hamdani"],
     "aliases": ["Sayf bin Rashid Al Hamdani"],
     "roles": [{"role": "foreign_minister", "start": "2020-01-01", "end": None}]},
]
PLACES = [
    {"name": "Fredton", "country": "Freedonia"},
    {"name": "Sylvan City", "country": "Sylvania"},
    {"name": "Strelsau", "country": "Ruritania"},
    {"name": "Vila do Mar", "country": "Ruritania"},
    {"name": "Muscat", "country": "Oman"},
]


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator(tiny_registry(COUNTRIES, PEOPLE, PLACES))


def test_a_caption_credit_runs_into_the_dateline_of_the_talks(annotator: Annotator) -> None:
    text = ("Kovar (left) and Telen co-chair a press conference after the talks. — Agency Photo "
            "STRELSAU — Foreign Minister Anna Kovar held talks with Foreign Minister Boris Telen "
            "on Tuesday as part of her official visit. Contacts have been kept up through online "
            "meetings and phone talks between officials of the two ministries.")
    ann = annotator.annotate(doc(text, D(2023, 6, 7)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]
    assert (ann.date, ann.venue) == (D(2023, 6, 6), "Strelsau")
    assert ann.kind != "phone"  # the sentence naming nobody speaks of other contacts


def test_a_dateline_city_may_hold_lower_case_words(annotator: Annotator) -> None:
    text = ("Vila do Mar [Ruritania], July 7 : Foreign Minister Anna Kovar and her Sylvanian "
            "counterpart Boris Telen held a meeting on the sidelines of the summit on Sunday.")
    ann = annotator.annotate(doc(text, D(2025, 7, 7)))
    assert (ann.date, ann.venue) == (D(2025, 7, 6), "Vila do Mar")  # 7 July 2025 is a Monday


def test_a_title_and_surname_that_several_share_resolve_on_the_day(annotator: Annotator) -> None:
    text = "His Majesty King Ostrov on Wednesday received Foreign Minister Anna Kovar in Strelsau."
    ann = annotator.annotate(doc(text, D(2022, 2, 2)))
    assert ann.participants == ["Dmitri Ostrov", "Anna Kovar"]


def test_a_title_with_a_portfolio_of_its_own_is_not_the_bare_office(annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar on Monday received Ruritanian Minister of State for Trade "
            "Affairs Pavel Grun in Fredton.")
    ann = annotator.annotate(doc(text, D(2022, 2, 2)))
    assert "Olga Brun" not in ann.participants
    assert "Pavel Grun" in ann.participants


def test_the_person_a_delegate_represents_is_absent(annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar met Foreign Minister Boris Telen in Fredton on Monday on "
            "the sidelines of the summit.\n\nTelen is representing Prime Minister Elena Varga at "
            "the summit.")
    ann = annotator.annotate(doc(text, D(2022, 2, 2)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_a_postponed_meeting_did_not_take_place(annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar met Foreign Minister Boris Telen in Fredton on Monday.\n\n"
            "Kovar's meeting with Prime Minister Elena Varga, planned for the same day, was "
            "postponed to Friday.")
    ann = annotator.annotate(doc(text, D(2022, 2, 1)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_arabic_names_reach_english_with_either_last_vowel(annotator: Annotator) -> None:
    text = ("Muscat: Sayyid Sayf bin Rashid Al Hamdany, Foreign Minister, on Wednesday held talks "
            "with Foreign Minister Anna Kovar. Al Hamdany said ties were strong.")
    ann = annotator.annotate(doc(text, D(2021, 4, 7)))
    assert ann.participants == ["Sayf Al Hamdani", "Anna Kovar"]
    assert not ann.unknown_people


def test_a_name_with_an_al_particle_is_read_whole_and_its_surname_refers_back(
        annotator: Annotator) -> None:
    text = ("Freedonian Foreign Minister Anna Kovar met Sylvanian Minister of State Omar bin Zayd "
            "al-Qasimi in Fredton on Sunday.\n\nLater, Kovar and al-Qasimi held talks on trade.")
    ann = annotator.annotate(doc(text, D(2023, 7, 24)))
    assert ann.participants == ["Anna Kovar", "Omar bin Zayd al-Qasimi"]


def test_a_cancelled_meeting_after_a_pause_in_the_clause_did_not_take_place(
        annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar met Foreign Minister Boris Telen in Fredton on Monday.\n\n"
            "Kovar's meeting with Prime Minister Elena Varga,... was put off to Friday because of "
            "a delay in her schedule.")
    ann = annotator.annotate(doc(text, D(2022, 2, 1)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_a_visit_told_as_done_but_dated_weeks_ahead_is_last_years(annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar met Foreign Minister Boris Telen in Fredton on 23 "
            "February.\n\nA landmark event was the state visit of Prime Minister Elena Varga to "
            "Freedonia on 4-5 April and her talks with King Ostrov.")
    ann = annotator.annotate(doc(text, D(2018, 2, 24)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_the_city_of_the_sentence_before_the_talks_is_their_venue(annotator: Annotator) -> None:
    text = ("Ostrov invites Kovar to visit Strelsau\n\nThe invitation was handed to Foreign Minister "
            "Anna Kovar by Foreign Minister Boris Telen in Fredton on Sunday.\n\nAfter that, Kovar "
            "and Telen held a meeting to discuss trade.")
    ann = annotator.annotate(doc(text, D(2023, 7, 24)))
    assert ann.venue == "Fredton"  # the headline's city is a visit still to come


def test_a_summit_the_ministers_agreed_to_broker_is_still_to_come(annotator: Annotator) -> None:
    text = ("Foreign Ministers Anna Kovar and Boris Telen on Friday agreed to broker a bilateral "
            "summit between King Ostrov and Prime Minister Elena Varga in April.\n\n"
            "Kovar and Telen met Friday in Fredton.")
    ann = annotator.annotate(doc(text, D(2023, 3, 18)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_a_press_conference_after_their_talks_dates_and_places_those_talks(
        annotator: Annotator) -> None:
    text = ("Kovar and Telen face the press\n\nForeign Minister Anna Kovar and her Sylvanian "
            "counterpart Boris Telen hold a joint press conference after their talks in Strelsau "
            "on Tuesday.")
    ann = annotator.annotate(doc(text, D(2024, 4, 3)))
    assert (ann.date, ann.venue) == (D(2024, 4, 2), "Strelsau")


def test_a_person_introduced_by_an_office_outside_government_takes_part(
        annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar met with rebel official Tomas Hrubin in Fredton on "
            "Tuesday.")
    ann = annotator.annotate(doc(text, D(2024, 3, 6)))
    assert ann.participants == ["Anna Kovar", "Tomas Hrubin"]


def test_a_meeting_in_a_month_already_over_is_earlier_news(annotator: Annotator) -> None:
    text = ("Kovar meets Telen\n\nForeign Minister Anna Kovar met Foreign Minister Boris Telen on "
            "4 March in Fredton. Earlier, in February, Kovar met Prime Minister Elena Varga in "
            "Strelsau.")
    ann = annotator.annotate(doc(text, D(2024, 3, 6)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_people_of_an_earlier_meeting_told_in_a_relative_clause_are_absent(
        annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar, who met Prime Minister Elena Varga in January, held talks "
            "with Foreign Minister Boris Telen in Fredton on Tuesday.")
    ann = annotator.annotate(doc(text, D(2024, 3, 6)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_a_present_tense_caption_of_a_greeting_reports_the_meeting(annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar, right, greets Foreign Minister Boris Telen upon arrival "
            "for the council meeting in Strelsau, Ruritania, Friday, July 8, 2022. (Agency Photo)")
    ann = annotator.annotate(doc(text, D(2022, 7, 9)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]
    assert (ann.date, ann.venue) == (D(2022, 7, 8), "Strelsau")


def test_talks_told_only_in_the_pluperfect_are_the_days_news(annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar walked out of the council session in Strelsau on Friday. "
            "Kovar had earlier held talks with Foreign Minister Boris Telen on the sidelines.")
    ann = annotator.annotate(doc(text, D(2022, 7, 9)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_talks_in_the_pluperfect_with_a_time_of_their_own_stay_earlier(
        annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar spoke at the council session in Strelsau on Friday. "
            "Kovar had met Foreign Minister Boris Telen in March.")
    ann = annotator.annotate(doc(text, D(2022, 7, 9)))
    assert "Boris Telen" not in ann.participants


def test_someone_who_separately_attended_another_event_is_not_a_participant(
        annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar met Foreign Minister Boris Telen in Fredton on Thursday. "
            "Separately, Prime Minister Elena Varga attended a forum in Strelsau.")
    ann = annotator.annotate(doc(text, D(2019, 1, 25)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_those_who_visit_together_with_the_guest_take_part(annotator: Annotator) -> None:
    text = ("Kovar in Strelsau\n\nForeign Minister Anna Kovar visited Strelsau today, together with "
            "Foreign Minister Boris Telen. The two ministers met King Ostrov.")
    ann = annotator.annotate(doc(text, D(2023, 6, 11)))
    assert {"Anna Kovar", "Boris Telen"} <= set(ann.participants)


def test_an_agency_dateline_between_slashes_gives_city_and_day(annotator: Annotator) -> None:
    text = ("STRELSAU, June 19. /Agency/. Foreign Minister Anna Kovar held talks with her Sylvanian "
            "counterpart Boris Telen on Wednesday.")
    ann = annotator.annotate(doc(text, D(2019, 6, 21)))
    assert (ann.date, ann.venue) == (D(2019, 6, 19), "Strelsau")


def test_a_death_cue_covers_its_own_clause_only(annotator: Annotator) -> None:
    text = ("The ministers observed a moment of silence for the late King Ivan Ostrov before Foreign "
            "Minister Anna Kovar met Foreign Minister Boris Telen in Fredton on Thursday.")
    ann = annotator.annotate(doc(text, D(2019, 8, 3)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_two_surnames_joined_by_a_hyphen_name_two_people(annotator: Annotator) -> None:
    text = "Kovar-Telen talks, Fredton, June 19\n\nThe two ministers discussed trade and visas."
    ann = annotator.annotate(doc(text, D(2019, 6, 20)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_an_embedded_posts_author_is_the_one_who_met(annotator: Annotator) -> None:
    text = ("Kovar in Fredton\n\nPleased to meet @BTelen today in Fredton. Productive discussion on "
            "trade.\n— Anna Kovar (@AnnaKovarFM) June 19, 2019")
    ann = annotator.annotate(doc(text, D(2019, 6, 21)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]
    assert (ann.date, ann.venue) == (D(2019, 6, 19), "Fredton")


def test_their_summit_told_as_a_noun_is_the_meeting(annotator: Annotator) -> None:
    text = ("FREDTON (Agency) - Prime Minister Elena Varga and Foreign Minister Anna Kovar cut short "
            "their summit in Fredton on Thursday.")
    ann = annotator.annotate(doc(text, D(2019, 2, 28)))
    assert ann.participants == ["Elena Varga", "Anna Kovar"]
    assert (ann.date, ann.venue) == (D(2019, 2, 28), "Fredton")


def test_talking_over_the_phone_is_a_call(annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar and Foreign Minister Boris Telen talked over the phone on "
            "Tuesday. They last met in Strelsau in March.")
    ann = annotator.annotate(doc(text, D(2024, 4, 3)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]
    assert (ann.kind, ann.venue, ann.date) == ("phone", None, D(2024, 4, 2))


def test_other_stories_listed_after_the_end_mark_are_not_read(annotator: Annotator) -> None:
    text = ("Kovar meets Telen\n\nFREDTON, June 4 (Agency) -- Foreign Minister Anna Kovar met "
            "Foreign Minister Boris Telen on Tuesday.\n(END)\n-\n1\nVarga meets King Ostrov in "
            "Strelsau on visit, talks held\n-")
    ann = annotator.annotate(doc(text, D(2024, 6, 4)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]
    assert [m.participants for m in ann.meetings] == [["Anna Kovar", "Boris Telen"]]


def test_the_day_written_onto_the_meeting_beats_the_day_it_was_spoken_of(
        annotator: Annotator) -> None:
    text = ("Kovar upbeat after Telen talks\n\nFREDTON, Aug. 22 (Agency) -- Foreign Minister Anna "
            "Kovar said Thursday that this week's meeting with her Sylvanian counterpart was "
            "useful.\n\nShe was referring to her meeting Wednesday with Foreign Minister Boris Telen "
            "in Strelsau.")
    ann = annotator.annotate(doc(text, D(2019, 8, 22)))
    assert ann.date == D(2019, 8, 21)  # 22 August 2019 is a Thursday
    assert ann.participants == ["Anna Kovar", "Boris Telen"]


def test_an_agency_photographers_credit_names_nobody_in_the_story(annotator: Annotator) -> None:
    found = annotator.people.find("Kovar and Telen, in an archive photo. EFE / Jan Telen",
                                  D(2024, 3, 5))
    assert [m.name for m in found] == ["Anna Kovar", "Boris Telen"]


@pytest.mark.parametrize("text", [
    "Foreign Minister Anna Kovar met Boris Telen, special envoy of Prime Minister Elena Varga, in "
    "Fredton on Thursday.",
    "At the invitation of Prime Minister Elena Varga, Foreign Minister Anna Kovar met Foreign "
    "Minister Boris Telen in Fredton on Thursday.",
])
def test_whom_an_envoy_represents_or_who_invited_is_absent(annotator: Annotator, text: str) -> None:
    ann = annotator.annotate(doc(text, D(2025, 3, 14)))
    assert "Elena Varga" not in ann.participants
    assert {"Anna Kovar", "Boris Telen"} <= set(ann.participants)


def test_calls_made_to_counterparts_are_calls(annotator: Annotator) -> None:
    text = ("Foreign Minister Anna Kovar made calls to each of her regional counterparts on Thursday, "
            "including Sylvanian Foreign Minister Boris Telen.")
    ann = annotator.annotate(doc(text, D(2023, 4, 14)))
    assert ann.participants == ["Anna Kovar", "Boris Telen"]
    assert (ann.kind, ann.venue, ann.date) == ("phone", None, D(2023, 4, 13))


@pytest.mark.parametrize(("text", "venue", "country"), [
    ("Anna Kovar and Boris Telen met on Thursday in the northern Ruritanian water town of Vellan.",
     "Vellan", "Ruritania"),
    ("Anna Kovar and Boris Telen met in the resort of Lake Orsk, Sylvania, on Thursday.",
     "Lake Orsk", "Sylvania"),
])
def test_a_town_the_gazetteer_lacks_is_placed_by_its_description(
        annotator: Annotator, text: str, venue: str, country: str) -> None:
    ann = annotator.annotate(doc(text, D(2019, 1, 25)))
    assert (ann.venue, ann.country) == (venue, country)
