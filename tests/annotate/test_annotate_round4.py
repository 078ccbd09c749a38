"""Forms of sentence found wrong on invented articles (issue 13, round 4). Each test is one form
of diplomatic news, told with real office-holders in invented words, not an article's wording."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date


@pytest.mark.parametrize(("day", "meant"), [("Thurs.", D(2024, 4, 11)), ("Tues.", D(2024, 4, 9)),
                                            ("Fri.", D(2024, 4, 12)), ("Sat.", D(2024, 4, 13))])
def test_a_weekday_shortened_with_a_full_stop_dates_the_meeting(annotator: Annotator, day: str,
                                                                meant: dt.date) -> None:
    # 'on Thurs.': counted from the dateline as the written-out weekday is
    text = (f"Talks\n\nMOSCOW, April 14 (Wire) - Russian Foreign Minister Sergey Lavrov met Chinese "
            f"Foreign Minister Wang Yi in Moscow on {day} The two discussed trade.")
    ann = read(annotator, text, D(2024, 4, 14))
    assert ann.date == meant


@pytest.mark.parametrize("written", ["Apr.9, 2024", "09-Apr-2024", "9-April-2024", "Apr.9,2024"])
def test_a_month_glued_to_its_day_is_a_date(annotator: Annotator, written: str) -> None:
    # 'Apr.9' (no space after the full stop) and '09-Apr-2024' (a page's dashed form)
    text = (f"Talks\n\nRussian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in "
            f"Moscow on {written}.")
    ann = read(annotator, text, D(2024, 4, 12))
    assert ann.date == D(2024, 4, 9)


@pytest.mark.parametrize("line", ["MOSCOW, March 20: ", "Moscow, 20 March 2024: ",
                                  "MOSCOW (Wire) March 20 - ", "MOSCOW: March 20, "])
def test_a_weekday_in_the_dateline_sentence_beats_the_datelines_day(annotator: Annotator,
                                                                     line: str) -> None:
    # a dateline closed by a colon or a comma (no agency, no dash before the text): the
    # sentence's own 'on Saturday' dates the talks, counted from the dateline's day
    text = f"Talks\n\n{line}Lavrov met Wang Yi on Saturday."
    ann = read(annotator, text, D(2024, 3, 20))
    assert ann.date == D(2024, 3, 16)


@pytest.mark.parametrize(("text", "host"), [
    ("CANBERRA, Aug 3 (Wire) - The foreign minister met Indian External Affairs Minister S. "
     "Jaishankar in Canberra on Thursday.", "Penny Wong"),
    ("TOKYO, May 20 (Wire) - The Prime Minister received Indian Prime Minister Narendra Modi at "
     "his office on Saturday.", "Fumio Kishida"),
    ("CAIRO, June 4 (Wire) - Visiting Indian External Affairs Minister S. Jaishankar was received "
     "by the President on Sunday.", "Abdel Fattah el-Sisi"),
])
def test_a_bare_office_in_copy_filed_from_a_country_is_its_own_holder(
        annotator: Annotator, text: str, host: str) -> None:
    # 'the foreign minister' with no name and no country: the dateline's country's, when the
    # registry has one holder of that office on that day
    ann = read(annotator, f"Talks\n\n{text}", D(2023, 8, 3) if "Aug" in text else
               D(2023, 5, 20) if "May" in text else D(2023, 6, 4))
    assert host in ann.participants
    assert len(ann.participants) == 2


@pytest.mark.parametrize("sentence", [
    # guard: a bare title after a named visitor refers back to the visitor
    "Indian External Affairs Minister S. Jaishankar arrived in Canberra on Wednesday. The foreign "
    "minister met Prime Minister Anthony Albanese on Thursday.",
    # guard: 'the president of <an organisation>' is another office
    "Indian External Affairs Minister S. Jaishankar met the president of the Asian Development "
    "Bank in Canberra on Thursday. He also met Prime Minister Anthony Albanese.",
])
def test_a_bare_office_that_refers_back_or_is_another_office_is_not_the_host(
        annotator: Annotator, sentence: str) -> None:
    ann = read(annotator, f"Visit\n\nCANBERRA, Aug 3 (Wire) - {sentence}", D(2023, 8, 3))
    assert "Penny Wong" not in ann.participants
    assert "Anthony Albanese" in ann.participants


@pytest.mark.parametrize("second", [
    "Lavrov also called on Prime Minister Narendra Modi on Friday.",
    "On Friday, Lavrov met Prime Minister Narendra Modi.",
    "Lavrov also met Indian Prime Minister Narendra Modi on Friday.",
])
def test_a_meeting_its_own_sentence_dates_to_another_day_is_a_separate_occasion(
        annotator: Annotator, second: str) -> None:
    # the headline talks were on Thursday; Friday's meeting stays among the article's meetings,
    # but its people are not the headline meeting's participants
    text = ("Lavrov visits India\n\nNEW DELHI, Feb 10 (Wire) - Russian Foreign Minister Sergey "
            "Lavrov held talks with Indian External Affairs Minister S. Jaishankar in New Delhi on "
            f"Thursday. {second}")
    ann = read(annotator, text, D(2023, 2, 10))
    assert (ann.date, ann.venue) == (D(2023, 2, 9), "New Delhi")
    assert set(ann.participants) == {"Sergey Lavrov", "S. Jaishankar"}
    assert any("Narendra Modi" in m.participants and m.date == D(2023, 2, 10) for m in ann.meetings)


def test_a_meeting_told_without_a_day_of_its_own_joins_the_headline(annotator: Annotator) -> None:
    # guard: 'He also met X' on the trip, no day given, is the same day's news
    text = ("Lavrov visits India\n\nNEW DELHI, Feb 10 (Wire) - Russian Foreign Minister Sergey "
            "Lavrov held talks with Indian External Affairs Minister S. Jaishankar in New Delhi on "
            "Thursday. He also called on Prime Minister Narendra Modi.")
    ann = read(annotator, text, D(2023, 2, 10))
    assert set(ann.participants) == {"Sergey Lavrov", "S. Jaishankar", "Narendra Modi"}


@pytest.mark.parametrize(("where", "city"), [("at the Great Hall of the People", "Beijing"),
                                             ("at the Department of State", "Washington"),
                                             ("in Port of Spain", "Port of Spain")])
def test_a_place_name_with_of_in_it_is_the_venue(annotator: Annotator, where: str,
                                                 city: str) -> None:
    # capitalised runs stop at 'of' (titles need that: 'Minister of Foreign Affairs'); a
    # gazetteer name that goes on across 'of (the)' is still one place
    text = (f"Talks\n\nForeign Minister Wang Yi met Secretary of State Antony Blinken {where} on "
            "April 9, 2024.")
    ann = read(annotator, text, D(2024, 4, 10))
    assert (ann.venue, ann.date) == (city, D(2024, 4, 9))


@pytest.mark.parametrize(("office", "who"), [
    ("the President of the Republic of Tunisia", "Kais Saied"),
    # guard: a registry name after the long form was found before and still is
    ("the Prime Minister of the Republic of Tunisia, Najla Bouden,", "Najla Bouden Romdhane"),
    # a name the registry lacks, after a title and the country's long form
    ("the Minister of Trade of the Republic of Tunisia, Karim Ben Salah,", "Karim Ben Salah"),
])
def test_a_title_with_the_countrys_long_form_names_its_holder(annotator: Annotator, office: str,
                                                              who: str) -> None:
    # protocol pages write 'the President of the Republic of X', 'of the Kingdom of the Y'
    text = (f"Visit\n\nItalian Prime Minister Giorgia Meloni was received by {office} in Tunis on "
            "June 11, 2023.")
    ann = read(annotator, text, D(2023, 6, 12))
    assert set(ann.participants) == {"Giorgia Meloni", who}


@pytest.mark.parametrize(("countries", "last"), [
    ("India, Japan, Australia and the United States", "Antony Blinken"),
    ("India and the Philippines", "Enrique Manalo"),
])
def test_a_plural_office_of_countries_one_written_with_the(annotator: Annotator, countries: str,
                                                           last: str) -> None:
    # 'the foreign ministers of A, B and the C': 'the' before a later country of the list
    text = (f"Talks\n\nNEW DELHI, March 3 (Wire) - The foreign ministers of {countries} met in New "
            "Delhi on Friday.")
    ann = read(annotator, text, D(2023, 3, 3))
    assert last in ann.participants
    assert "S. Jaishankar" in ann.participants


@pytest.mark.parametrize("told", [
    "She and Japanese Foreign Minister Yoko Kamikawa discussed the Pacific on Wednesday.",
    "Japanese Foreign Minister Yoko Kamikawa and she discussed the Pacific on Wednesday.",
    "On Wednesday, she and her Japanese counterpart discussed the Pacific.",
])
def test_a_pronoun_joined_to_a_name_as_subject_is_the_main_actor(annotator: Annotator,
                                                                 told: str) -> None:
    # 'She and X discussed': the pronoun is the visitor the story is about
    text = ("Visit\n\nTOKYO, Jan 24 (Wire) - Australian Foreign Minister Penny Wong arrived in Tokyo "
            f"on Tuesday. {told}")
    ann = read(annotator, text, D(2024, 1, 24))
    assert set(ann.participants) == {"Penny Wong", "Yōko Kamikawa"}
    assert ann.date == D(2024, 1, 24)


@pytest.mark.parametrize("caption", [
    "Photo: Sergey Lavrov, Wang Yi, S. Jaishankar and Mauro Vieira at the BRICS foreign "
    "ministers' meeting in Cape Town, June 1, 2023.",
    "From left: Sergey Lavrov (2nd L), Wang Yi, S. Jaishankar and Mauro Vieira in Cape Town on "
    "June 1, 2023.",
])
def test_a_verbless_caption_listing_people_is_the_meeting_it_shows(annotator: Annotator,
                                                                   caption: str) -> None:
    # the report names no one ('The BRICS foreign ministers met'); the caption lists them
    text = (f"{caption}\n\nBRICS ministers meet\n\nThe BRICS foreign ministers met in Cape Town on "
            "Thursday to discuss the bloc's expansion.")
    ann = read(annotator, text, D(2023, 6, 2))
    assert {"Sergey Lavrov", "Wang Yi", "S. Jaishankar", "Mauro Vieira"} <= set(ann.participants)
    assert (ann.date, ann.venue) == (D(2023, 6, 1), "Cape Town")


def test_a_file_photo_caption_is_another_days_picture(annotator: Annotator) -> None:
    # guard: 'FILE PHOTO: A and B at talks in ...' shows an earlier meeting
    text = ("FILE PHOTO: Sergey Lavrov and Wang Yi at talks in Moscow.\n\nTalks\n\nCAPE TOWN, June 1 "
            "(Wire) - Brazilian Foreign Minister Mauro Vieira met Indian External Affairs Minister "
            "S. Jaishankar in Cape Town on Thursday.")
    ann = read(annotator, text, D(2023, 6, 1))
    assert set(ann.participants) == {"Mauro Vieira", "S. Jaishankar"}


@pytest.mark.parametrize("source", ["Zelensky's office said", "Zelensky's spokesman said",
                                    "according to Zelensky's press service"])
def test_a_participant_also_cited_as_the_source_still_took_part(annotator: Annotator,
                                                                source: str) -> None:
    # 'He met President Zelensky ..., Zelensky's office said': the citation is no absence
    text = ("Visit\n\nKYIV, Nov 16 (Wire) - British Foreign Secretary David Cameron arrived in Kyiv "
            "on Thursday. He met President Volodymyr Zelensky and Foreign Minister Dmytro Kuleba, "
            f"{source}.")
    ann = read(annotator, text, D(2023, 11, 16))
    assert set(ann.participants) == {"David Cameron", "Volodymyr Zelenskyy", "Dmytro Kuleba"}


def test_a_person_only_cited_as_the_source_is_not_a_participant(annotator: Annotator) -> None:
    # guard: the source alone does not make someone a participant
    text = ("Visit\n\nKYIV, Nov 16 (Wire) - British Foreign Secretary David Cameron met Foreign "
            "Minister Dmytro Kuleba in Kyiv on Thursday, Zelensky's office said.")
    ann = read(annotator, text, D(2023, 11, 16))
    assert set(ann.participants) == {"David Cameron", "Dmytro Kuleba"}


@pytest.mark.parametrize("told", [
    "Russian Foreign Minister Sergey Lavrov, meeting Chinese Foreign Minister Qin Gang in Moscow, "
    "told reporters on Saturday that ties were strong.",
    "Meeting Chinese Foreign Minister Qin Gang in Moscow on Saturday, Russian Foreign Minister "
    "Sergey Lavrov said ties were strong.",
    "Russian Foreign Minister Sergey Lavrov, meeting his Chinese counterpart in Moscow on Saturday, "
    "said ties were strong.",
])
def test_a_participle_naming_whom_is_a_meeting(annotator: Annotator, told: str) -> None:
    # 'X, meeting Y in Z, told reporters ...': the meeting is told only by the participle
    ann = read(annotator, f"Talks\n\nMOSCOW, March 20 (Wire) - {told}", D(2023, 3, 20))
    assert set(ann.participants) == {"Sergey Lavrov", "Qin Gang"}
    assert (ann.date, ann.venue) == (D(2023, 3, 18), "Moscow")


@pytest.mark.parametrize("verb", ["began talks", "wrapped up two days of talks",
                                  "concluded negotiations"])
def test_talks_told_by_their_start_or_end_are_a_meeting(annotator: Annotator, verb: str) -> None:
    # 'X and Y began talks in Z': no 'with', no 'held'
    text = ("Talks\n\nMOSCOW, March 20 (Wire) - Russian Foreign Minister Sergey Lavrov and Chinese "
            f"Foreign Minister Qin Gang {verb} in Moscow on Monday.")
    ann = read(annotator, text, D(2023, 3, 20))
    assert set(ann.participants) == {"Sergey Lavrov", "Qin Gang"}
    assert (ann.date, ann.venue) == (D(2023, 3, 20), "Moscow")


def test_talks_that_will_begin_are_planned(annotator: Annotator) -> None:
    # guard: the future keeps its status, so its day and city are not the report's
    text = ("Talks\n\nMOSCOW, March 20 (Wire) - Russian Foreign Minister Sergey Lavrov met Chinese "
            "Foreign Minister Qin Gang in Moscow on Monday. Lavrov will begin talks with Indian "
            "External Affairs Minister S. Jaishankar in New Delhi next week.")
    ann = read(annotator, text, D(2023, 3, 20))
    assert set(ann.participants) == {"Sergey Lavrov", "Qin Gang"}
    assert ann.venue == "Moscow"
