"""Rules that carry the annotator to articles nobody tuned it to (invented texts, tiny registry)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from generator.annotate.dates import find_dates, resolve
from generator.config import REVIEW_THRESHOLD
from tests.annotate.test_annotate_rules import ANNOTATOR
from tests.conftest import make_doc as doc

D = dt.date


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return ANNOTATOR


@pytest.mark.parametrize(("text", "day"), [
    ("FREDTON, FREEDONIA - OCTOBER 08, 2021: ministers shake hands", D(2021, 10, 8)),
    ("STRELSAU, JAN 24, 2019 (Agency) -", D(2019, 1, 24)),
    ("the council held in Fredton on 8-9 December 2016", D(2016, 12, 8)),
    ("talks on 4 and 5 May 2020 in the capital", D(2020, 5, 4)),
])
def test_capital_months_and_spans_give_the_first_day(text: str, day: dt.date) -> None:
    found = [d for d in find_dates(text) if d.full]
    assert found and resolve(found[0], None) == day


def test_capital_may_alone_is_no_date() -> None:
    assert find_dates("MINISTERS MAY MEET AGAIN") == []


def test_dateline_date_gives_way_to_the_weekday_of_the_talks(annotator: Annotator) -> None:
    text = ("Kovar meets Telen\n\nFredton, 1 March 2023 (Agency): Foreign Minister Anna Kovar met "
            "Foreign Minister Boris Telen in Fredton on Tuesday.")
    ann = annotator.annotate(doc(text))
    assert ann.date == D(2023, 2, 28)


def test_date_first_dateline_beats_the_publication_line(annotator: Annotator) -> None:
    text = ("Kovar speaks with Telen\n\nNovember 19, 2021 – Fredton – Foreign Ministry\n\n"
            "Foreign Minister Anna Kovar today spoke with Boris Telen, Sylvania's foreign minister.")
    ann = annotator.annotate(doc(text, D(2021, 11, 20)))
    assert ann.date == D(2021, 11, 19)


def test_date_line_is_the_last_resort_for_the_headline_date(annotator: Annotator) -> None:
    text = ("Kovar and Telen talk trade\n\nForeign Minister Anna Kovar met Foreign Minister Boris "
            "Telen in Fredton to review trade.")
    ann = annotator.annotate(doc(text, D(2021, 11, 20)))
    assert ann.date == D(2021, 11, 20)
    assert ann.evidence["date"].rule == "date line"
    assert ann.evidence["date"].confidence < REVIEW_THRESHOLD  # a guess: it goes to the review queue


@pytest.mark.parametrize("text", [
    "Anna Kovar held negotiations with Elena Varga in Strelsau on Monday.",
    "Anna Kovar and Elena Varga shake hands in Strelsau on Monday.",
    "Anna Kovar spoke briefly with Elena Varga in Strelsau on Monday.",
    "Anna Kovar and Elena Varga gathered in Strelsau on Monday for a meeting on trade.",
    "Anna Kovar and Elena Varga gave a joint press conference in Strelsau on Monday.",
])
def test_meetings_told_without_a_meeting_verb(annotator: Annotator, text: str) -> None:
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}
    assert (ann.date, ann.venue) == (D(2023, 3, 6), "Strelsau")


@pytest.mark.parametrize("text", [
    "Anna Kovar met Elena Varga in Strelsau on Monday to discuss trade.",
    "Anna Kovar and Elena Varga held a meeting to review trade in Strelsau on Monday.",
    "Anna Kovar, travelling to a meeting of the council, saw Elena Varga in Strelsau on Monday.",
    "Anna Kovar said after a meeting with Elena Varga in Strelsau on Monday that trade grew.",
])
def test_to_after_the_meeting_and_after_a_meeting_are_not_plans_or_the_past(
        annotator: Annotator, text: str) -> None:
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}
    assert (ann.date, ann.venue) == (D(2023, 3, 6), "Strelsau")


def test_was_to_hold_and_to_be_held_are_plans(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga in Strelsau on Monday. Kovar was to hold a meeting with "
            "Cara Mendel on Tuesday but it did not take place. Ostrov wants such a meeting to be "
            "held before the summit with Boris Telen on July 9.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert ann.participants == ["Anna Kovar", "Elena Varga"]
    assert ann.date == D(2023, 3, 6)


def test_late_before_a_weekday_is_no_death(annotator: Annotator) -> None:
    text = "Late Tuesday, Anna Kovar met Elena Varga in Strelsau."
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_follow_up_clause_names_the_earlier_meeting(annotator: Annotator) -> None:
    text = "Anna Kovar met Elena Varga on Monday, a follow-up on the one they had in Fredton on Feb. 16."
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert (ann.date, ann.venue) == (D(2023, 3, 6), None)


def test_talks_the_article_calls_a_call_have_no_venue(annotator: Annotator) -> None:
    text = ("Kovar speaks with Varga\n\nFredton, March 8, 2023 – Foreign Minister Anna Kovar today "
            "spoke with Elena Varga, Ruritania's foreign minister. Kovar praised the summit hosted "
            "recently by Ruritania in Porto Lago. They concluded the call by agreeing to stay in "
            "touch.")
    ann = annotator.annotate(doc(text))
    assert (ann.venue, ann.kind) == (None, "phone")
    assert ann.date == D(2023, 3, 8)


def test_talks_in_one_room_stay_in_person_despite_a_call_elsewhere(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga in Strelsau on Monday. During the call with Cara Mendel "
            "on Sunday, Kovar had prepared the visit.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert ann.venue == "Strelsau" and ann.kind != "phone"


VENUE_PLACES = [
    {"name": "Fredton", "country": "Freedonia"},
    {"name": "Strelsau", "country": "Ruritania"},
    {"name": "Porto Lago", "country": "Ruritania"},
    {"name": "Strelsau Security Forum", "country": "Ruritania", "kind": "venue", "city": "Strelsau",
     "aliases": ["SSF"]},
]


@pytest.fixture(scope="module")
def venue_annotator() -> Annotator:
    from tests.annotate.test_annotate_rules import COUNTRIES, PEOPLE
    from tests.conftest import tiny_registry
    return Annotator(tiny_registry(COUNTRIES, PEOPLE, VENUE_PLACES))


@pytest.mark.parametrize("text", [
    "Anna Kovar met Elena Varga on Monday on the sidelines of the 9th session of the Strelsau "
    "Security Forum.",
    "Anna Kovar met Elena Varga on Monday during the Strelsau Security Forum.",
    "Ministers meet on trade, Strelsau, 6 March 2023\n\nAnna Kovar met Elena Varga on Monday.",
    "Leaders converged on Strelsau for the summit. Anna Kovar met Elena Varga on Monday.",
])
def test_venue_from_an_event_a_headline_or_a_gathering(venue_annotator: Annotator, text: str) -> None:
    ann = venue_annotator.annotate(doc(text, D(2023, 3, 8)))
    assert ann.venue == "Strelsau"


def test_the_seat_of_a_ministry_issuing_a_statement_is_no_venue(venue_annotator: Annotator) -> None:
    text = "Anna Kovar met Elena Varga on Monday, the ministry in Fredton said in a statement."
    ann = venue_annotator.annotate(doc(text, D(2023, 3, 8)))
    assert ann.venue is None


@pytest.mark.parametrize(("text", "day"), [
    ("Pubblicato 11 Giugno 2023", D(2023, 6, 11)),
    ("gepubliceerd op maandag 14 december 2015", D(2015, 12, 14)),
    ("Madrid, 14 de julio de 2019", D(2019, 7, 14)),
    ("le 3 mars 2020 à Paris", D(2020, 3, 3)),
])
def test_page_dates_in_other_languages(text: str, day: dt.date) -> None:
    found = [d for d in find_dates(text) if d.full]
    assert found and resolve(found[0], None) == day


def test_foreign_month_words_alone_are_no_dates() -> None:
    assert find_dates("the Mars mission and Mayo county") == []


def test_a_language_menu_is_clutter_and_names_nobody() -> None:
    from generator.annotate.text import is_clutter
    assert is_clutter("English | Italiano") and is_clutter("Français / English / Español")
    assert not is_clutter("English talks in Fredton")


def test_a_list_of_those_present_are_participants(annotator: Annotator) -> None:
    text = ("Leaders converged on Strelsau for a summit on Monday. Those present were President "
            "Dmitri Ostrov of Ruritania and Foreign Minister Anna Kovar of Freedonia. Others are "
            "Elena Varga and Cara Mendel.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Dmitri Ostrov", "Anna Kovar", "Elena Varga", "Cara Mendel"}
    assert ann.venue == "Strelsau"


def test_a_present_tense_caption_names_who_attend(annotator: Annotator) -> None:
    text = "Anna Kovar and Elena Varga attend the council in Strelsau on Monday."
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_an_embedded_post_dates_the_page_without_any_other_day(annotator: Annotator) -> None:
    text = ("Kovar in Strelsau\n\nIn Strelsau, Anna Kovar met Elena Varga on Monday for lunch.\n\n"
            "Joint statement by the two ministers https://t.co/abc\n\n"
            "— Foreign Ministry (@fdmfa) October 3, 2022")
    ann = annotator.annotate(doc(text))
    assert ann.date == D(2022, 10, 3)


def test_a_weekday_in_the_lead_dates_a_meeting_told_without_one(annotator: Annotator) -> None:
    text = ("Kovar tours the region\n\nOn Monday, Foreign Minister Anna Kovar began a tour of the "
            "region with a stop in Strelsau.\n\nIn Strelsau, Kovar met Elena Varga for lunch.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert ann.date == D(2023, 3, 6)


def test_a_labelled_page_date_counts_however_long_its_line(annotator: Annotator) -> None:
    text = ("Kovar meets Varga\n\nPublished: 13th July 2023 11:22 AM  |   Last Updated: 13th July "
            "2023 11:25 AM   |  A+A-\n\nSTRELSAU: Anna Kovar on Thursday met Elena Varga.")
    ann = annotator.annotate(doc(text))
    assert ann.date == D(2023, 7, 13)


def test_a_relative_clause_of_speech_names_context(annotator: Annotator) -> None:
    text = ("On Thursday, Anna Kovar met Elena Varga, who said the region had moved on from remarks "
            "by President Dmitri Ostrov.")
    ann = annotator.annotate(doc(text, D(2023, 3, 10)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_a_recent_meeting_is_earlier(annotator: Annotator) -> None:
    text = ("Anna Kovar spoke by phone with Elena Varga on Monday. Kovar thanked Varga for her recent "
            "meeting with Dmitri Ostrov in Porto Lago.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"} and ann.venue is None


def test_a_meeting_that_will_be_held_is_planned(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga in Strelsau on Monday. They agreed that a meeting will be "
            "held between Presidents Dmitri Ostrov and Cara Mendel.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_a_title_in_apposition_names_one_person(annotator: Annotator) -> None:
    text = ("President Dmitri Ostrov and his Freedonian counterpart, President Zoran Pell, today held "
            "a meeting in Strelsau.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Dmitri Ostrov", "Zoran Pell"}


def test_his_highness_is_no_name(annotator: Annotator) -> None:
    text = "Foreign Minister HH Prince Anna Kovar received a phone call from Elena Varga on Monday."
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert "HH Prince" not in ann.participants


def test_talks_told_after_an_earlier_trip_share_its_day(annotator: Annotator) -> None:
    text = ("Anna Kovar welcomed Elena Varga in Fredton on 30 May.\n\nOn 26 May, Varga was in "
            "Strelsau, where she met Dmitri Ostrov. Varga also held talks with Cara Mendel.")
    ann = annotator.annotate(doc(text, D(2023, 5, 30)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_a_lone_sentence_before_the_meeting_gives_its_city(annotator: Annotator) -> None:
    text = ("Anna Kovar on Friday met a delegation in Strelsau. The conversation between Kovar and "
            "Elena Varga covered trade. Kovar has raised concerns in Fredton too.")
    ann = annotator.annotate(doc(text, D(2023, 3, 11)))
    assert (ann.venue, ann.date) == ("Strelsau", D(2023, 3, 10))


def test_a_later_events_date_in_the_sentence_is_not_the_meetings(annotator: Annotator) -> None:
    text = ("Anna Kovar welcomed Elena Varga in Strelsau and called the meeting a step towards the "
            "summit slated for July 3, 2024.")
    ann = annotator.annotate(doc(text, D(2024, 5, 21)))
    assert ann.date == D(2024, 5, 21)


def test_the_titles_bilateral_leads_and_the_session_around_it_stays_aside(
        annotator: Annotator) -> None:
    text = ("Anna Kovar holds talks with Elena Varga in Strelsau\n\nAnna Kovar held talks with Elena "
            "Varga on Thursday in Strelsau. Kovar, Varga and Cara Mendel took part in a ministerial "
            "conference in Strelsau.")
    ann = annotator.annotate(doc(text, D(2023, 4, 14)))
    assert ann.participants == ["Anna Kovar", "Elena Varga"]
    assert any("Cara Mendel" in m.participants for m in ann.meetings)


def test_a_town_the_gazetteer_lacks_is_placed_by_its_country(annotator: Annotator) -> None:
    text = "Anna Kovar met Elena Varga in Ostrovice, Ruritania, on Monday."
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert (ann.venue, ann.country) == ("Ostrovice", "Ruritania")


def test_a_date_first_dateline_without_a_city_counts_the_weekday(annotator: Annotator) -> None:
    text = ("JAN 24 (Wire) - Foreign Minister Anna Kovar held talks with Elena Varga in Strelsau on "
            "Monday.")
    ann = annotator.annotate(doc(text, D(2023, 1, 25)))
    assert ann.date == D(2023, 1, 23)


def test_among_them_were_names_attendees(annotator: Annotator) -> None:
    text = ("Foreign ministers gathered in Strelsau on Tuesday for a meeting on trade. Among them "
            "were Anna Kovar and Cara Mendel.")
    ann = annotator.annotate(doc(text, D(2023, 3, 1)))
    assert set(ann.participants) == {"Anna Kovar", "Cara Mendel"} and ann.venue == "Strelsau"


def test_the_one_city_the_article_names_is_the_venue_of_talks_in_a_country(
        annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga on Wednesday on the sidelines of a ministerial in Ruritania."
            "\n\nKovar is currently in Ruritania, where the ministerial is taking place in Porto Lago.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert ann.venue == "Porto Lago"


def test_two_cities_named_elsewhere_give_no_venue(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga on Wednesday in Ruritania.\n\nTrade in Porto Lago grew. "
            "Kovar said prices in Fredton fell.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert ann.venue is None


def test_a_short_or_misspelled_echo_of_a_known_participant_is_dropped(annotator: Annotator) -> None:
    text = "Anna Kovar met Elena Varga on Monday in Strelsau. Kovar also met General Elen Varg."
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert "Elen Varg" not in ann.participants and "Elena Varga" in ann.participants


def test_evidence_records_which_rule_chose_the_field(annotator: Annotator) -> None:
    text = "Kovar and Telen talk trade\n\nAnna Kovar met Boris Telen to review trade."
    ann = annotator.annotate(doc(text, D(2021, 11, 20)))
    assert ann.evidence["date"].rule == "date line"
    ann = annotator.annotate(doc("Anna Kovar met Elena Varga in Strelsau on Monday.", D(2023, 3, 8)))
    assert (ann.evidence["date"].rule, ann.evidence["venue"].rule) == ("own sentence", "own sentence")


def test_a_city_comma_date_dateline_counts_yesterday(annotator: Annotator) -> None:
    text = ("Fredton, August 21, 2023, In a recent development, Anna Kovar spoke with Elena Varga "
            "during a phone call held yesterday.")
    ann = annotator.annotate(doc(text))
    assert ann.date == D(2023, 8, 20) and ann.venue is None


def test_a_city_and_date_alone_on_a_line_are_a_dateline(annotator: Annotator) -> None:
    text = ("Kovar in Porto Lago\n\nFri. Jun 2nd, 2023\n\nFredton, 19/06/2021\n\nOn 18 June, Anna "
            "Kovar concluded her visit to Porto Lago, where she met Elena Varga.")
    ann = annotator.annotate(doc(text))
    assert ann.date == D(2021, 6, 18)


def test_an_announcement_opening_the_story_gives_the_met_meetings_city(annotator: Annotator) -> None:
    text = ("Kovar to meet Varga\n\nAnna Kovar will hold talks with Elena Varga in Strelsau on "
            "Tuesday.\n\nLater, Kovar and Varga met and discussed trade at length with Cara Mendel "
            "present as an observer from the council of the region and of the wider world.")
    ann = annotator.annotate(doc(text, D(2023, 3, 6)))
    assert ann.venue == "Strelsau" and ann.date == D(2023, 3, 7)


def test_a_meeting_dated_only_by_an_earlier_month_is_recalled(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga in Strelsau on Monday. The 2+2 dialogue between Freedonia "
            "and Sylvania was held in Fredton in March, where Boris Telen met Cara Mendel.")
    ann = annotator.annotate(doc(text, D(2023, 9, 27)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_this_months_meeting_is_not_recalled(annotator: Annotator) -> None:
    text = "Anna Kovar met Elena Varga in Strelsau in September."
    ann = annotator.annotate(doc(text, D(2023, 9, 27)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_the_chair_of_a_session_takes_part(annotator: Annotator) -> None:
    text = ("Foreign ministers of the region met in Strelsau on 1 June. Elena Varga chaired the "
            "meeting. Anna Kovar and Cara Mendel attended.")
    ann = annotator.annotate(doc(text, D(2023, 6, 2)))
    assert set(ann.participants) == {"Elena Varga", "Anna Kovar", "Cara Mendel"}


def test_spoke_by_phone_with_is_a_call(annotator: Annotator) -> None:
    text = "Anna Kovar spoke by phone with Elena Varga on Monday, days after the two met in Strelsau."
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert (ann.kind, ann.venue, ann.date) == ("phone", None, D(2023, 3, 6))


def test_another_storys_headline_in_the_body_names_no_participant(annotator: Annotator) -> None:
    text = ("Kovar in Strelsau\n\nAnna Kovar met Elena Varga in Strelsau on Monday.\n\nThey "
            "discussed trade.\n\nThey discussed energy.\n\nOstrov Meets Mendel In Porto Lago Talks\n\n"
            "They also discussed transport.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_talks_told_right_after_an_earlier_meeting_are_earlier_too(annotator: Annotator) -> None:
    text = ("Anna Kovar welcomed Elena Varga in Fredton on 30 May.\n\nOn 26 May, Varga was in "
            "Strelsau, where she met Dmitri Ostrov. Varga also held talks with Cara Mendel. Mendel "
            "proposed that the next round be held in Porto Lago on 2 June.")
    ann = annotator.annotate(doc(text, D(2023, 5, 30)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}


def test_a_title_before_a_surname_is_not_part_of_the_name(annotator: Annotator) -> None:
    text = "Elena Varga arrived in Strelsau. High Representative Varga met Anna Kovar on Monday."
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Elena Varga", "Anna Kovar"}


def test_a_call_told_beside_talks_in_a_room_is_another_event(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga in Strelsau on Monday. During a phone call between Kovar "
            "and Cara Mendel, they discussed trade.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert set(ann.participants) == {"Anna Kovar", "Elena Varga"}
    assert any("Cara Mendel" in m.participants for m in ann.meetings)


def test_the_sentence_before_across_a_line_break_dates_the_meeting(annotator: Annotator) -> None:
    text = ("Kovar ill in Strelsau\n\nKovar cancelled her Saturday events.\nAnna Kovar arrived in "
            "Strelsau on Friday afternoon.\nSoon after landing, Kovar held a meeting with Elena Varga.")
    ann = annotator.annotate(doc(text, D(2018, 3, 10)))
    assert ann.date == D(2018, 3, 9)


def test_a_cyrillic_surname_in_another_transliteration_is_found() -> None:
    from tests.conftest import tiny_registry
    registry = tiny_registry(
        [{"name": "Ukraine", "iso2": "UA", "adjectives": ["Ukrainian"], "capital": "Kyiv"}],
        [{"name": "Oleh Sybiha", "country": "Ukraine", "short": ["Sybiha"],
          "roles": [{"role": "foreign_minister", "start": "2020-01-01", "end": None}]},
         {"name": "Anna Kovar", "country": "Ukraine", "short": ["Kovar"],
          "roles": [{"role": "other", "title": "Envoy", "start": "2020-01-01", "end": None}]}],
        [{"name": "Kyiv", "country": "Ukraine"}])
    ann = Annotator(registry).annotate(doc("Sibiga met Anna Kovar in Kyiv on Monday.", D(2023, 3, 8)))
    assert "Oleh Sybiha" in ann.participants


def test_a_left_to_right_caption_names_attendees(annotator: Annotator) -> None:
    text = ("Regional ministers in Strelsau\n\n(L-R) Anna Kovar, Elena Varga and Cara Mendel at "
            "the council in Strelsau on Monday.")
    ann = annotator.annotate(doc(text, D(2023, 3, 8)))
    assert "Cara Mendel" in ann.participants


def test_a_stated_day_beats_today_counted_from_a_page_date(annotator: Annotator) -> None:
    text = "Anna Kovar today met Elena Varga in Strelsau on 2 March."
    ann = annotator.annotate(doc(text, D(2023, 3, 3)))
    assert ann.date == D(2023, 3, 2)


def test_capital_letter_weekdays_are_read() -> None:
    (thursday,) = find_dates("MINISTERS MET ON THURSDAY")
    assert resolve(thursday, D(2023, 10, 27)) == D(2023, 10, 26)


def test_a_city_state_is_a_venue() -> None:
    from tests.conftest import tiny_registry
    registry = tiny_registry(
        [{"name": "Freedonia", "iso2": "FD", "adjectives": ["Freedonian"], "capital": "Fredton"},
         {"name": "Portavia", "iso2": "PV", "adjectives": ["Portavian"], "capital": "Portavia"}],
        [{"name": "Anna Kovar", "country": "Freedonia", "short": ["Kovar"],
          "roles": [{"role": "foreign_minister", "start": "2019-01-01", "end": None}]},
         {"name": "Elena Varga", "country": "Portavia", "short": ["Varga"],
          "roles": [{"role": "foreign_minister", "start": "2019-01-01", "end": None}]}],
        [{"name": "Fredton", "country": "Freedonia"}, {"name": "Portavia", "country": "Portavia"}])
    annotator = Annotator(registry)
    ann = annotator.annotate(doc("Anna Kovar met Elena Varga in Portavia on Friday.", D(2023, 6, 3)))
    assert (ann.venue, ann.country) == ("Portavia", "Portavia")
    ann = annotator.annotate(doc("Anna Kovar praised Portavia on Friday after meeting Elena Varga.",
                                 D(2023, 6, 3)))
    assert ann.venue is None
