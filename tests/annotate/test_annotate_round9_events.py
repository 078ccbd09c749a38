"""Who took part when several people are named (issue 13, round 9).

Each test is one general relation between a found person and the meeting, told with real
office-holders in invented sentences: a relative clause that tells another meeting of the subject
('X, who also met Y on Tuesday, held talks with Z'), a second conversation told with 'talked to',
people who join talks already under way ('they were later joined by Z'), speakers in a plenary
session, and people who speak to the press after their own talks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date


def test_a_relative_clause_telling_another_days_meeting_names_no_participant(
        annotator: Annotator) -> None:
    text = ("Talks\n\nANKARA, July 14 -- Sergey Lavrov, who also met Wang Yi on Tuesday, held talks "
            "with Hakan Fidan in Ankara on Friday.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Sergey Lavrov", "Hakan Fidan"}
    assert "Wang Yi" in ann.mentioned


def test_a_relative_clause_that_is_the_only_meeting_keeps_its_people(
        annotator: Annotator) -> None:
    # the guard: with no other meeting in the sentence, the clause tells the news itself
    text = ("Talks\n\nANKARA, July 14 -- Hakan Fidan, who met Dmytro Kuleba in Ankara on Friday, "
            "said grain exports would go on.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Hakan Fidan", "Dmytro Kuleba"}


def test_talked_to_is_a_conversation_with_the_people_named(annotator: Annotator) -> None:
    text = ("Talks\n\nPARIS, July 14 -- Catherine Colonna held a series of meetings in Paris on "
            "Friday. Colonna talked to Annalena Baerbock and to James Cleverly about Ukraine.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Catherine Colonna", "Annalena Baerbock", "James Cleverly"}


def test_talked_to_reporters_is_not_a_meeting(annotator: Annotator) -> None:
    text = ("Talks\n\nPARIS, July 14 -- Catherine Colonna held talks with Annalena Baerbock in Paris "
            "on Friday. Later Colonna talked to reporters about James Cleverly's plan.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Catherine Colonna", "Annalena Baerbock"}


def test_people_who_join_talks_under_way_take_part(annotator: Annotator) -> None:
    text = ("Talks\n\nPARIS, July 14 -- Catherine Colonna held talks with Annalena Baerbock in Paris "
            "on Friday. They were later joined by James Cleverly.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Catherine Colonna", "Annalena Baerbock", "James Cleverly"}


def test_speakers_in_a_plenary_session_take_part(annotator: Annotator) -> None:
    text = ("Council\n\nHAMBURG, Dec 8 -- The ministerial council met in Hamburg on Thursday. "
            "Ukraine dominated the statements in plenary by ministers including US Secretary of "
            "State John Kerry, German Foreign Minister Frank-Walter Steinmeier and Russian Foreign "
            "Minister Sergey Lavrov.")
    ann = read(annotator, text, D(2016, 12, 8))
    assert set(ann.participants) == {"John Kerry", "Frank-Walter Steinmeier", "Sergey Lavrov"}


def test_people_telling_reporters_after_their_talks_are_the_talks_reported(
        annotator: Annotator) -> None:
    text = ("Talks\n\nANKARA, July 14 -- Hakan Fidan and Dmytro Kuleba told reporters in Ankara on "
            "Friday after their talks that grain exports would continue.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Hakan Fidan", "Dmytro Kuleba"}
    assert ann.date == D(2023, 7, 14)


def test_a_meal_together_is_a_meeting(annotator: Annotator) -> None:
    text = ("Lunch\n\nGENEVA, July 14 -- Antony Blinken had a working lunch with Sergey Lavrov in "
            "Geneva on Friday, their first encounter in a year.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Antony Blinken", "Sergey Lavrov"}
    assert ann.venue == "Geneva"


def test_the_heads_of_the_delegations_take_part(annotator: Annotator) -> None:
    text = ("Talks\n\nGENEVA, July 14 -- Consultations on strategic stability took place in Geneva on "
            "Friday. The Russian delegation was headed by Sergey Lavrov, the American one by "
            "Antony Blinken.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Antony Blinken", "Sergey Lavrov"}


def test_someone_in_whose_presence_a_document_is_signed_takes_part(annotator: Annotator) -> None:
    text = ("Signing\n\nMOSCOW, July 14 -- Sergey Lavrov and Hakan Fidan signed a memorandum in Moscow "
            "on Friday in the presence of President Vladimir Putin.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Sergey Lavrov", "Hakan Fidan", "Vladimir Putin"}


def test_the_host_who_opened_the_session_and_a_speaker_take_part(annotator: Annotator) -> None:
    text = ("Summit\n\nNEW DELHI, Sept 9 -- Leaders gathered in New Delhi on Saturday for the G20 "
            "summit. Prime Minister Narendra Modi, the host, opened the session, and President Joe "
            "Biden spoke about climate finance.")
    ann = read(annotator, text, D(2023, 9, 9))
    assert set(ann.participants) == {"Narendra Modi", "Joe Biden"}


def test_someone_present_at_the_talks_takes_part(annotator: Annotator) -> None:
    text = ("Talks\n\nMOSCOW, July 14 -- Hakan Fidan held talks with Sergey Lavrov in Moscow on "
            "Friday. Also present at the talks was Russian Deputy Foreign Minister Mikhail Galuzin.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Hakan Fidan", "Sergey Lavrov", "Mikhail Galuzin"}


@pytest.mark.parametrize("after", [
    ". The meeting came after Blinken's talks with Sergey Lavrov in the morning.",
    ", hours after Blinken's talks with Sergey Lavrov."])
def test_talks_someone_held_before_this_meeting_are_another_meeting(
        annotator: Annotator, after: str) -> None:
    text = f"Talks\n\nGENEVA, July 14 -- Wang Yi met Antony Blinken in Geneva on Friday{after}"
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Wang Yi", "Antony Blinken"}
    assert "Sergey Lavrov" in ann.mentioned


def test_a_separate_call_with_someone_else_is_not_these_talks(annotator: Annotator) -> None:
    text = ("Talks\n\nBEIJING, July 14 -- Wang Yi held talks with Penny Wong in Beijing on Friday. "
            "Separately, Wang spoke by phone with Antony Blinken.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Wang Yi", "Penny Wong"}
    assert ann.venue == "Beijing"
    assert ann.kind != "phone"


def test_a_quote_said_after_meeting_someone_reports_that_meeting(annotator: Annotator) -> None:
    text = ("Talks\n\nGENEVA, July 14 -- \"We support the peace formula of President Volodymyr "
            "Zelensky,\" Antony Blinken said after meeting Wang Yi in Geneva on Friday.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Antony Blinken", "Wang Yi"}
    assert ann.venue == "Geneva"


def test_the_person_criticised_after_the_talks_is_not_a_participant(annotator: Annotator) -> None:
    text = ("Talks\n\nGENEVA, July 14 -- Antony Blinken, speaking after talks with Wang Yi in Geneva "
            "on Friday, criticised Russian Foreign Minister Sergey Lavrov.")
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Antony Blinken", "Wang Yi"}


@pytest.mark.parametrize("aside", [
    ". They discussed a possible meeting between Xi Jinping and Joe Biden.",
    " to prepare for a visit by Xi Jinping to the United States."])
def test_people_of_a_meeting_yet_to_come_are_not_participants(annotator: Annotator,
                                                              aside: str) -> None:
    text = f"Talks\n\nGENEVA, July 14 -- Wang Yi met Antony Blinken in Geneva on Friday{aside}"
    ann = read(annotator, text, D(2023, 7, 14))
    assert set(ann.participants) == {"Wang Yi", "Antony Blinken"}
    assert "Xi Jinping" in ann.mentioned


def test_a_summit_that_opened_with_leaders_has_them_as_participants(annotator: Annotator) -> None:
    text = ("Summit\n\nJOHANNESBURG, Aug 23 -- The BRICS summit opened in Johannesburg on Wednesday "
            "with Cyril Ramaphosa, Xi Jinping and Narendra Modi. Vladimir Putin addressed the summit "
            "by video link.")
    ann = read(annotator, text, D(2023, 8, 23))
    assert set(ann.participants) == {"Cyril Ramaphosa", "Xi Jinping", "Narendra Modi",
                                     "Vladimir Putin"}
    assert ann.venue == "Johannesburg"


SESSION = ("Council\n\nHAMBURG, Dec 8 -- Ukraine dominated the statements in plenary at the OSCE "
           "ministerial council in Hamburg on Thursday by John Kerry, Frank-Walter Steinmeier and "
           "Sergey Lavrov. ")


def test_someone_met_one_to_one_at_a_session_takes_part_in_it(annotator: Annotator) -> None:
    text = SESSION + ("I also underlined our support for the monitoring mission, including in my "
                      "bilateral discussions with Pavlo Klimkin.")
    ann = read(annotator, text, D(2016, 12, 8))
    assert set(ann.participants) == {"John Kerry", "Frank-Walter Steinmeier", "Sergey Lavrov",
                                     "Pavlo Klimkin"}


def test_negotiations_called_for_between_others_add_no_one_to_a_session(
        annotator: Annotator) -> None:
    text = SESSION + "Ministers called for new negotiations between Pavlo Klimkin and Moscow."
    ann = read(annotator, text, D(2016, 12, 8))
    assert set(ann.participants) == {"John Kerry", "Frank-Walter Steinmeier", "Sergey Lavrov"}


TALKS = "Talks\n\nANKARA, July 12 -- Hakan Fidan held talks with Dmytro Kuleba in Ankara on Tuesday"


@pytest.mark.parametrize("context", [
    ", the first such meeting since Volodymyr Zelensky visited Istanbul in 2022.",
    ", their first since Fidan replaced Mevlut Cavusoglu in June.",
    " ahead of a summit that Joe Biden will host next week.",
    ". Both called on Vladimir Putin to return to the grain deal.",
    " on a plan backed by Antonio Guterres.",
    " and received a letter Volodymyr Zelensky had written.",
    " and discussed preparations for Volodymyr Zelensky's visit."])
def test_people_named_as_context_in_a_meeting_sentence_are_not_participants(
        annotator: Annotator, context: str) -> None:
    ann = read(annotator, TALKS + context, D(2023, 7, 12))
    assert set(ann.participants) == {"Hakan Fidan", "Dmytro Kuleba"}


def test_a_predecessor_named_by_a_possessive_is_not_a_participant(annotator: Annotator) -> None:
    text = ("Talks\n\nANKARA, July 12 -- Hakan Fidan, Mevlut Cavusoglu's successor as foreign "
            "minister, held talks with Dmytro Kuleba in Ankara on Tuesday.")
    ann = read(annotator, text, D(2023, 7, 12))
    assert set(ann.participants) == {"Hakan Fidan", "Dmytro Kuleba"}


def test_a_courtesy_call_is_not_an_appeal(annotator: Annotator) -> None:
    text = ("Talks\n\nANKARA, July 12 -- Dmytro Kuleba called on President Recep Tayyip Erdogan in "
            "Ankara on Tuesday.")
    ann = read(annotator, text, D(2023, 7, 12))
    assert set(ann.participants) == {"Dmytro Kuleba", "Recep Tayyip Erdoğan"}


def test_a_visitor_named_by_their_visit_is_still_a_participant(annotator: Annotator) -> None:
    # the guard: only a visit to come ('preparations for Z's visit') makes the visitor context
    text = ("Talks\n\nANKARA, July 12 -- During Dmytro Kuleba's visit to Ankara on Tuesday, he held "
            "talks with Hakan Fidan.")
    ann = read(annotator, text, D(2023, 7, 12))
    assert set(ann.participants) == {"Dmytro Kuleba", "Hakan Fidan"}
