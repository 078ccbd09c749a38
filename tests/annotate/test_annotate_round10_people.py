"""Who took part, in the forms issue 13's unseen-text list names (round 10 audit).

Each test is one general form, told with real office-holders in invented sentences: a caption
list opened by '(From left)', two people speaking to the press together, people named in a
relative clause of the perfect or in a visit still to come, a deputy sent by the person whose
deputy they are, a meeting told before a press appearance ('after a meeting with X, Y spoke to
the press') or by 'before meeting X', talks 'in a city today with' someone, and a handle the
registry does not list that spells a whole name.
"""

from __future__ import annotations

import datetime as dt

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date


def test_a_from_left_caption_names_the_people_it_lists(annotator: Annotator) -> None:
    text = ("Ministers\n\nASTANA (AP) - (From left) Sergey Lavrov, Wang Yi and S. Jaishankar before "
            "the foreign ministers' council in Astana on July 3, 2024.")
    ann = read(annotator, text, D(2024, 7, 3))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi", "S. Jaishankar"}
    assert ann.date == D(2024, 7, 3)


def test_two_people_speaking_to_the_press_together_met(annotator: Annotator) -> None:
    text = ("Press\n\nVIENNA, May 9 (Reuters) - Annalena Baerbock and Hakan Fidan told reporters in "
            "Vienna on Thursday that the ceasefire talks would go on.")
    ann = read(annotator, text, D(2024, 5, 9))
    assert set(ann.participants) == {"Annalena Baerbock", "Hakan Fidan"}
    assert ann.venue == "Vienna"


def test_one_speaker_telling_reporters_is_no_meeting_with_the_people_named(
        annotator: Annotator) -> None:
    # the guard: 'and' must join two speakers, not end a list of people spoken about
    text = ("Press\n\nVIENNA, May 9 (Reuters) - Hakan Fidan held talks with Annalena Baerbock in "
            "Vienna on Thursday. He said Sergey Lavrov's plan was unclear and told reporters he "
            "would travel on.")
    ann = read(annotator, text, D(2024, 5, 9))
    assert set(ann.participants) == {"Hakan Fidan", "Annalena Baerbock"}


def test_people_in_a_relative_clause_of_the_perfect_are_context(annotator: Annotator) -> None:
    text = ("Talks\n\nBRASILIA, May 14 (Reuters) - Mauro Vieira held talks with Mélanie Joly in "
            "Brasília on Tuesday on the trade plan that Emmanuel Macron and Olaf Scholz had "
            "backed.")
    ann = read(annotator, text, D(2024, 5, 14))
    assert set(ann.participants) == {"Mauro Vieira", "Mélanie Joly"}


def test_that_after_a_verb_of_saying_keeps_the_people_it_names(annotator: Annotator) -> None:
    # the guard: 'said that Y had met Z' is the news backshifted, not a relative clause
    text = ("Talks\n\nBRASILIA, May 14 (Reuters) - The ministry said that Mauro Vieira had met "
            "Mélanie Joly in Brasília on Tuesday.")
    ann = read(annotator, text, D(2024, 5, 14))
    assert set(ann.participants) == {"Mauro Vieira", "Mélanie Joly"}


def test_people_whose_visits_are_being_prepared_are_context(annotator: Annotator) -> None:
    text = ("Talks\n\nTOKYO, March 4 (Kyodo) - Yoshimasa Hayashi met Penny Wong in Tokyo on Saturday "
            "to prepare Anthony Albanese's visit and Fumio Kishida's trip to Canberra, a step "
            "towards a visit by Narendra Modi.")
    ann = read(annotator, text, D(2023, 3, 4))
    assert set(ann.participants) == {"Yoshimasa Hayashi", "Penny Wong"}


def test_the_person_whose_deputy_met_someone_is_context(annotator: Annotator) -> None:
    text = ("Talks\n\nGENEVA, Jan 10 (AFP) - Sergey Lavrov's deputy Sergei Ryabkov met Wendy Sherman "
            "in Geneva on Monday.")
    ann = read(annotator, text, D(2022, 1, 10))
    assert set(ann.participants) == {"Sergei Ryabkov", "Wendy Sherman"}


def test_a_meeting_told_before_a_press_appearance_keeps_its_people(
        annotator: Annotator) -> None:
    text = ("Press\n\nAfter a meeting with Foreign Minister Sameh Shoukry in Cairo on 10 April 2023, "
            "Minister Ayman Safadi spoke to the press.")
    ann = read(annotator, text, D(2023, 4, 10))
    assert set(ann.participants) == {"Sameh Shoukry", "Ayman Safadi"}
    assert ann.venue == "Cairo"


def test_speaking_with_reporters_after_ones_meeting_is_that_meeting(
        annotator: Annotator) -> None:
    text = ("Readout\n\nLate Monday, Foreign Minister Penny Wong spoke with reporters after her "
            "meeting with Ali Sabry in Colombo on Monday, 2 October 2023.")
    ann = read(annotator, text, D(2023, 10, 2))
    assert set(ann.participants) == {"Penny Wong", "Ali Sabry"}


def test_before_meeting_names_whom_the_subject_met(annotator: Annotator) -> None:
    text = ("Visit\n\nNEW DELHI, Jan 17 (PTI) - Prince Faisal bin Farhan Al Saud toured the Red Fort "
            "on Tuesday before meeting S. Jaishankar in New Delhi.")
    ann = read(annotator, text, D(2023, 1, 17))
    assert set(ann.participants) == {"Faisal bin Farhan Al Saud", "S. Jaishankar"}


def test_talks_in_a_city_today_with_someone_are_a_meeting(annotator: Annotator) -> None:
    text = ("Post\n\nGood talks in Ankara today with Hakan Fidan on the grain corridor. - Sergey "
            "Lavrov, September 1, 2023")
    ann = read(annotator, text, D(2023, 9, 1))
    assert "Hakan Fidan" in ann.participants


def test_an_unlisted_handle_that_spells_a_whole_name_is_that_person(
        annotator: Annotator) -> None:
    text = ("Post\n\nWarm talks with my friend @AymanSafadiJO in Ottawa today.\n— Mélanie Joly "
            "(@melaniejoly) September 26, 2023")
    ann = read(annotator, text, D(2023, 9, 26))
    assert set(ann.participants) == {"Mélanie Joly", "Ayman Safadi"}


def test_a_handle_with_a_surname_alone_names_nobody(annotator: Annotator) -> None:
    # the guard: a surname inside a handle is too weak ('@SafadiFans' is anybody)
    text = ("Post\n\nWarm talks with @SafadiFans in Ottawa today.\n— Mélanie Joly (@melaniejoly) "
            "September 26, 2023")
    ann = read(annotator, text, D(2023, 9, 26))
    assert "Ayman Safadi" not in ann.participants


def test_the_talks_opening_a_sentence_are_those_of_the_people_named_before(
        annotator: Annotator) -> None:
    text = ("Visit\n\nForeign Minister Ali Sabry travelled to Canberra on 2 February 2024 at the "
            "invitation of Penny Wong. The talks, held on 2 February, addressed fisheries.")
    ann = read(annotator, text, D(2024, 2, 2))
    assert set(ann.participants) == {"Ali Sabry", "Penny Wong"}


def test_a_caption_list_opened_by_from_left_with_a_colon(annotator: Annotator) -> None:
    text = ("Photo\n\nFrom left: Hakan Fidan, Sameh Shoukry, Ayman Safadi. Cairo, 2 March 2024.\n\n"
            "The ministers discussed aid to Gaza.")
    ann = read(annotator, text, D(2024, 3, 2))
    assert set(ann.participants) == {"Hakan Fidan", "Sameh Shoukry", "Ayman Safadi"}


def test_gathered_for_a_meeting_named_with_a_possessive(annotator: Annotator) -> None:
    text = ("Ministers\n\nHakan Fidan, Sameh Shoukry and Ayman Safadi gathered in Riyadh on Monday "
            "for the Arab ministers' meeting on Gaza.")
    ann = read(annotator, text, D(2024, 4, 29))
    assert set(ann.participants) == {"Hakan Fidan", "Sameh Shoukry", "Ayman Safadi"}


def test_a_death_aside_closes_where_the_subjects_verb_comes(annotator: Annotator) -> None:
    text = ("Talks\n\nTOKYO, Sept 27 (Kyodo) - Penny Wong, in Tokyo for the funeral of the late Shinzo "
            "Abe, met Yoshimasa Hayashi on Tuesday.")
    ann = read(annotator, text, D(2022, 9, 27))
    assert set(ann.participants) == {"Penny Wong", "Yoshimasa Hayashi"}


def test_a_post_naming_one_other_person_has_its_author_as_a_side(annotator: Annotator) -> None:
    text = ("Post\n\nExcellent talks in Ottawa today with @AymanSafadi about Gaza.\n— Mélanie Joly "
            "(@melaniejoly) September 26, 2023")
    ann = read(annotator, text, D(2023, 9, 26))
    assert set(ann.participants) == {"Mélanie Joly", "Ayman Safadi"}


def test_a_death_aside_closes_at_the_comma_before_the_main_clause(annotator: Annotator) -> None:
    text = ("Talks\n\nANKARA, May 23 (Reuters) - At a memorial for the late Ebrahim Raisi in Ankara on "
            "Thursday, Hakan Fidan held talks with Sergey Lavrov.")
    ann = read(annotator, text, D(2024, 5, 23))
    assert set(ann.participants) == {"Hakan Fidan", "Sergey Lavrov"}
    assert "Ebrahim Raisi" not in ann.participants


def test_glad_to_host_someone_is_a_meeting_without_a_verb_of_meeting(
        annotator: Annotator) -> None:
    text = ("Post\n\nHonoured to host @Ayman_Safadi in Ottawa today.\n— Mélanie Joly (@melaniejoly) "
            "September 26, 2023")
    ann = read(annotator, text, D(2023, 9, 26))
    assert set(ann.participants) == {"Mélanie Joly", "Ayman Safadi"}


def test_two_ministers_joint_press_conference_is_not_a_multilateral_gathering(
        annotator: Annotator) -> None:
    text = ("Press\n\nAMMAN, Nov 4 (AP) - At a joint news conference in Amman on Saturday, Antony "
            "Blinken and Ayman Safadi said aid would flow.")
    ann = read(annotator, text, D(2023, 11, 4))
    assert set(ann.participants) == {"Antony Blinken", "Ayman Safadi"}
    assert ann.kind != "multilateral"
