"""Participants that real copy names in forms the rules missed (issue 13, round 6). Each test is
one form, told with real office-holders in invented words, not an article's wording."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date


def test_a_title_and_a_lone_surname_name_the_one_holder_with_that_surname(
        annotator: Annotator) -> None:
    # no country is given; of the Wangs in the registry one held the office that day (the
    # capitalised run 'Councillor Wang' had been kept as someone the registry lacks)
    text = "Talks\n\nState Councillor Wang held talks with Sergey Lavrov in Moscow on Tuesday."
    ann = read(annotator, text, D(2019, 7, 18))
    assert set(ann.participants) == {"Wang Yi", "Sergey Lavrov"}


def test_a_lone_surname_after_a_title_is_nobody_when_no_holder_has_it(annotator: Annotator) -> None:
    # guard: the one Wang the registry knows did not hold the office on this day
    text = "Talks\n\nForeign Minister Wang held talks with Sergey Lavrov in Moscow on Tuesday."
    ann = read(annotator, text, D(2023, 7, 11))
    assert "Wang Yi" not in ann.participants


@pytest.mark.parametrize("written", ["Sirozhiddin Mukhriddin", "Sirodzhiddin Mukhriddin"])
def test_a_titled_name_spelt_another_way_is_the_office_holder(annotator: Annotator,
                                                              written: str) -> None:
    # the office and country narrow the registry to one person; every word is near their name
    text = (f"Talks\n\nTajik Foreign Minister {written} met Uzbek Foreign Minister Bakhtiyor "
            "Saidov in Dushanbe on Tuesday.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Sirojiddin Muhriddin", "Bakhtiyor Saidov"}


def test_a_titled_name_unlike_the_holders_stays_someone_else(annotator: Annotator) -> None:
    # guard: a deputy or a new minister the registry lacks is kept as written
    text = ("Talks\n\nTajik Foreign Minister Karim Nazarov met Uzbek Foreign Minister Bakhtiyor "
            "Saidov in Dushanbe on Tuesday.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert "Sirojiddin Muhriddin" not in ann.participants
    assert "Karim Nazarov" in ann.participants


def test_an_untitled_name_in_another_transliteration_is_the_registry_person(
        annotator: Annotator) -> None:
    # 'zh' for 'j' and the 'kh' of a registered spelling: Russian-language copy put in English
    text = ("Talks\n\nSirozhiddin Mukhriddin and Zheenbek Kulubayev met in Dushanbe on Tuesday "
            "to discuss the border.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Sirojiddin Muhriddin", "Jeenbek Kulubaev"}


@pytest.mark.parametrize("office, holder", [
    ("the UN Secretary-General", "António Guterres"),
    ("the NATO Secretary General", "Jens Stoltenberg"),
    ("the Arab League Secretary-General", "Ahmed Aboul Gheit"),
    ("the EU foreign policy chief", "Josep Borrell"),
])
def test_an_organisations_office_without_a_name_is_its_holder_that_day(
        annotator: Annotator, office: str, holder: str) -> None:
    text = f"Talks\n\nSergey Lavrov met {office} in Geneva on Tuesday."
    ann = read(annotator, text, D(2021, 7, 14))
    assert set(ann.participants) == {"Sergey Lavrov", holder}


def test_an_organisations_office_with_two_holders_that_day_names_nobody(
        annotator: Annotator) -> None:
    # guard: 'the EU President' fits both the Commission's and the Council's president
    text = "Talks\n\nSergey Lavrov met the EU President in Geneva on Tuesday."
    ann = read(annotator, text, D(2021, 7, 14))
    assert set(ann.participants) == {"Sergey Lavrov"}


def test_a_statement_made_ahead_of_the_talks_reports_those_talks(annotator: Annotator) -> None:
    # 'said ahead of the talks with X and Y': spoken on the way in; a plan in the quote before
    # it ('will allow us') is the speaker's, not the sentence's
    text = ("Talks\n\nMOSCOW, July 14 - Indian External Affairs Minister S. Jaishankar arrived in "
            "Moscow on Wednesday.\n\n\"Our work will open new paths,\" Jaishankar said ahead of "
            "the talks with Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei "
            "Shoigu.")
    ann = read(annotator, text, D(2021, 7, 14))
    assert {"Sergey Lavrov", "Sergei Shoigu"} <= set(ann.participants)


def test_talks_said_to_lie_ahead_on_a_later_day_stay_planned(annotator: Annotator) -> None:
    # guard: a day still to come keeps 'ahead of' a plan
    text = ("Talks\n\nMOSCOW, July 14 - Indian External Affairs Minister S. Jaishankar arrived in "
            "Moscow on Wednesday.\n\nJaishankar said ahead of the talks with Russian Foreign "
            "Minister Sergei Lavrov next week that ties were strong.")
    ann = read(annotator, text, D(2021, 7, 14))
    assert "Sergey Lavrov" not in ann.participants


def test_interacted_with_is_a_meeting(annotator: Annotator) -> None:
    # ministry readouts in South Asia write 'interacted with' for a meeting
    text = ("Talks\n\nEAM S. Jaishankar interacted with Russian FM Sergey Lavrov in Dushanbe on "
            "Wednesday.")
    ann = read(annotator, text, D(2021, 7, 16))
    assert set(ann.participants) == {"S. Jaishankar", "Sergey Lavrov"}
    assert ann.venue == "Dushanbe"


def test_a_call_between_other_people_does_not_make_these_talks_a_call(annotator: Annotator) -> None:
    # the presidents' call is another meeting; the ministers' talks stay in the room, on one
    # day with the visit the article opens with, so their hosts are participants too
    text = ("Talks\n\nBERLIN, May 6 - Polish Foreign Minister Radoslaw Sikorski said Monday that he "
            "wanted a candid exchange during his Berlin visit.\n\nSikorski spoke before his "
            "talks with German Foreign Minister Annalena Baerbock.\n\nOlaf Scholz and Andrzej "
            "Duda held phone talks on Sunday.")
    ann = read(annotator, text, D(2024, 5, 6))
    assert ann.kind != "phone"
    assert {"Radosław Sikorski", "Annalena Baerbock"} <= set(ann.participants)


def test_a_welcome_followed_by_a_meeting_with_whom_is_more_than_a_greeting(
        annotator: Annotator) -> None:
    # 'welcomed by X on arrival, with whom he went on to have a meeting': X is a participant
    # even when the article tells a later meeting too
    text = ("Talks\n\nPolish Foreign Minister Radoslaw Sikorski and Czech Foreign Minister Jan "
            "Lipavsky travelled to Berlin on Monday. Upon their arrival, Sikorski was welcomed by "
            "the Foreign Minister of the Federal Republic of Germany, Annalena Baerbock, with whom "
            "he and his Czech colleague went on to have a meeting. Later the two ministers met "
            "Chancellor Olaf Scholz.")
    ann = read(annotator, text, D(2024, 5, 7))
    assert "Annalena Baerbock" in ann.participants


def test_the_two_ministers_are_the_two_people_the_sentence_before_names(
        annotator: Annotator) -> None:
    # the second visitor, not only the article's main actor, met the host
    text = ("Talks\n\nPolish Foreign Minister Radoslaw Sikorski and Czech Foreign Minister Jan "
            "Lipavsky travelled to Berlin on Monday. The two ministers met with the Chancellor, "
            "Olaf Scholz.")
    ann = read(annotator, text, D(2024, 5, 7))
    assert set(ann.participants) == {"Radosław Sikorski", "Jan Lipavský", "Olaf Scholz"}


def test_a_plural_subject_lends_no_one_to_a_topic_or_from_a_crowd(annotator: Annotator) -> None:
    # guard: 'have discussed' tells a topic, not a meeting; three names are not 'the two'
    text = ("Talks\n\nGerman Chancellor Olaf Scholz met Polish Foreign Minister Radoslaw Sikorski "
            "in Berlin on Monday. Sikorski has long known Czech Foreign Minister Jan Lipavsky. "
            "The two have discussed the border for years.")
    ann = read(annotator, text, D(2024, 5, 7))
    assert set(ann.participants) == {"Olaf Scholz", "Radosław Sikorski"}


def test_one_person_meeting_the_council_s_ministers_joins_the_session(annotator: Annotator) -> None:
    # 'Ministers also had talks over lunch with X': a body unnamed meets one named person
    text = ("Talks\n\nEU foreign ministers gathered in Brussels on Monday for their monthly "
            "council. The meeting was chaired by EU High Representative Josep Borrell. Ministers "
            "also had talks over lunch with Ukrainian Foreign Minister Dmytro Kuleba.")
    ann = read(annotator, text, D(2022, 5, 16))
    assert {"Josep Borrell", "Dmytro Kuleba"} <= set(ann.participants)


@pytest.mark.parametrize("written, holder, day", [
    ("OSCE Secretary General Greminger", "Thomas Greminger", D(2019, 3, 5)),
    ("OSCE Secretary General Helga Schmid", "Helga Schmid", D(2022, 3, 5)),
    ("SCO Secretary-General Zhang Ming", "Zhang Ming", D(2023, 3, 5)),
    ("OIC Secretary-General Yousef Al-Othaimeen", "Yousef Al-Othaimeen", D(2019, 3, 5)),
    ("ASEAN Secretary-General Kao Kim Hourn", "Kao Kim Hourn", D(2024, 3, 5)),
    ("UN envoy Martin Kobler", "Martin Kobler", D(2016, 3, 5)),
])
def test_heads_of_organisations_and_envoys_are_registry_people(
        annotator: Annotator, written: str, holder: str, day: dt.date) -> None:
    # registry entries added for this round: found by name or surname with their title, known
    text = f"Talks\n\nSergey Lavrov met {written} in Moscow on Tuesday."
    ann = read(annotator, text, day)
    assert set(ann.participants) == {"Sergey Lavrov", holder}
    assert ann.evidence["participants"].signals["n_unknown"] == 0


def test_a_guest_invited_to_visit_later_is_not_at_the_talks(annotator: Annotator) -> None:
    text = ("Talks\n\nSergey Lavrov met Wang Yi in Moscow on Wednesday and invited Premier Li "
            "Keqiang to visit Russia.")
    ann = read(annotator, text, D(2021, 7, 16))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}


def test_someone_invited_for_talks_or_who_invited_stays(annotator: Annotator) -> None:
    # guard: 'invited by Y' names the host; only an invitation to come later names a guest
    text = ("Talks\n\nSergey Lavrov, invited by Wang Yi, held talks with him in Beijing on "
            "Wednesday.")
    ann = read(annotator, text, D(2021, 7, 16))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}


def test_a_countrys_possessive_and_a_lone_surname_name_its_office_holder(
        annotator: Annotator) -> None:
    # 'China's Wang': of the registry's Wangs, one held a Chinese office that day
    text = "Talks\n\nRussia's Lavrov met China's Wang in Moscow on Wednesday."
    ann = read(annotator, text, D(2019, 7, 18))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}


def test_a_leader_named_in_a_quote_about_the_talks_is_not_at_them(annotator: Annotator) -> None:
    text = ("Talks\n\nSergey Lavrov met Sirojiddin Muhriddin in Dushanbe on Wednesday. \"We "
            "discussed the ideas of President Emomali Rahmon,\" Lavrov said.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Sergey Lavrov", "Sirojiddin Muhriddin"}


def test_a_quote_telling_the_meeting_names_its_participant(annotator: Annotator) -> None:
    # guard: '"I held talks with X," Y said' is the news told in the first person
    text = ("Talks\n\n\"Today I held talks with Sirojiddin Muhriddin in Dushanbe,\" Sergey Lavrov "
            "said on Wednesday.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Sergey Lavrov", "Sirojiddin Muhriddin"}


@pytest.mark.parametrize("glued", ["Sirojiddin Muhriddinand", "Muhriddinwith"])
def test_a_name_glued_to_the_next_word_is_still_found(annotator: Annotator, glued: str) -> None:
    # scraped pages lose the space after markup: 'Muhriddinand discussed', 'Muhriddinwith whom'
    text = (f"Talks\n\nSergey Lavrov received {glued} discussed Afghanistan "
            "in Moscow on Wednesday.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Sergey Lavrov", "Sirojiddin Muhriddin"}


def test_x_called_y_is_a_phone_call(annotator: Annotator) -> None:
    text = "Talks\n\nWang Yi called Sergey Lavrov on Wednesday to discuss Ukraine."
    ann = read(annotator, text, D(2022, 3, 10))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}
    assert (ann.kind, ann.venue) == ("phone", None)


@pytest.mark.parametrize("said", ["Wang Yi called Lavrov's remarks unhelpful on Wednesday.",
                                  "Wang Yi called Sergey Lavrov a friend on Wednesday."])
def test_called_before_a_description_is_no_call(annotator: Annotator, said: str) -> None:
    ann = read(annotator, f"Talks\n\n{said}", D(2022, 3, 10))
    assert ann.participants == []


@pytest.mark.parametrize("told", [
    "A trilateral meeting of Sergey Lavrov, Qin Gang and S. Jaishankar took place in Goa on "
    "Thursday.",
    "Foreign ministers posed for a group photo in Goa on Thursday: Sergey Lavrov, Qin Gang and "
    "S. Jaishankar.",
])
def test_a_trilateral_meeting_or_a_group_photo_names_who_met(annotator: Annotator,
                                                             told: str) -> None:
    ann = read(annotator, f"Talks\n\n{told}", D(2023, 5, 6))
    assert set(ann.participants) == {"Sergey Lavrov", "Qin Gang", "S. Jaishankar"}
