"""Meetings told in forms the meeting rules do not read, and the last resort that reads them.

Issue 13, item 1: 'The meeting is told in a form the rules do not read ... No meeting is found'.
Each form below found no meeting before this round (every field empty). When no meeting is read
at all, the first of the title and the opening sentences that names two officials of different
countries together gives the headline meeting (`annotate.lead_meeting`), every field queued and
signed `fallback_meeting`. The guards are stories that name officials without a meeting: they
must keep none. All sentences are invented, with real office-holders inside their terms.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from generator.annotate.lead_meeting import SIGNAL
from generator.config import REVIEW_THRESHOLD
from tests.annotate.reading import read

D = dt.date

FORMS = [
    # (form, text, published, participants, date, venue)
    ("signed an agreement", "PRETORIA, 21 August 2023 - S. Jaishankar and Naledi Pandor signed an "
     "agreement on skills and migration today.", D(2023, 8, 21),
     {"Naledi Pandor", "S. Jaishankar"}, D(2023, 8, 21), "Pretoria"),
    ("inked a deal", "Trade deal inked\n\nANKARA - Turkey's Hakan Fidan and Italy's Antonio Tajani "
     "inked a deal on Thursday to expand defence industry ties.", D(2024, 2, 2),
     {"Antonio Tajani", "Hakan Fidan"}, D(2024, 2, 1), "Ankara"),
    ("agreed to", "PARIS, May 9 - Emmanuel Macron and Olaf Scholz agreed on Tuesday to coordinate "
     "their positions on energy prices, their offices said.", D(2023, 5, 10),
     {"Emmanuel Macron", "Olaf Scholz"}, D(2023, 5, 9), "Paris"),
    ("the two sides", "Energy on the agenda\n\nMOSCOW, March 3 - Sergey Lavrov and Wang Yi "
     "spent Friday at the Russian foreign ministry. The two sides focused on Central Asia.",
     D(2023, 3, 4), {"Sergey Lavrov", "Wang Yi"}, D(2023, 3, 3), "Moscow"),
    ("during the visit of X, Y and X", "During the visit of Antonio Tajani to Ankara on Monday, "
     "Hakan Fidan and Tajani focused on the eastern Mediterranean.", D(2024, 6, 11),
     {"Antonio Tajani", "Hakan Fidan"}, D(2024, 6, 10), "Ankara"),
    ("X and Y inaugurated", "AHMEDABAD - Narendra Modi and Anthony Albanese inaugurated a cricket "
     "exhibition in New Delhi on Friday.", D(2023, 3, 11),
     {"Anthony Albanese", "Narendra Modi"}, D(2023, 3, 10), "New Delhi"),
    ("X and Y launched", "SYDNEY - Antony Blinken and Penny Wong launched a clean energy fund in "
     "Brisbane on Saturday.", D(2023, 7, 30), {"Antony Blinken", "Penny Wong"}, D(2023, 7, 29),
     "Brisbane"),
    ("a joint statement issued after their discussions", "A joint statement issued after the "
     "discussions of Mevlüt Çavuşoğlu and Sergey Lavrov in Antalya on Wednesday urged restraint.",
     D(2021, 6, 11), {"Mevlüt Çavuşoğlu", "Sergey Lavrov"}, D(2021, 6, 9), "Antalya"),
    ("a caption with 'with'", "Photo: Chinese Foreign Minister Wang Yi with Australian Foreign "
     "Minister Penny Wong in Beijing, 21 December 2022.", D(2022, 12, 22),
     {"Penny Wong", "Wang Yi"}, D(2022, 12, 21), "Beijing"),
    ("a readout with 'addressed'", "Readout\n\n15 September 2022\n\nSecretary Antony Blinken and "
     "Minister Naledi Pandor today addressed grain supplies in Washington.", D(2022, 9, 15),
     {"Antony Blinken", "Naledi Pandor"}, D(2022, 9, 15), "Washington"),
    ("X and Y opened", "KYIV - Dmytro Kuleba and Annalena Baerbock opened a demining centre in "
     "Kyiv on Tuesday.", D(2023, 5, 17), {"Annalena Baerbock", "Dmytro Kuleba"}, D(2023, 5, 16),
     "Kyiv"),
    ("tackled", "MOSCOW, Jan 25 (Wire) - Sergey Lavrov and Naledi Pandor on Monday tackled "
     "fertiliser exports.", D(2023, 1, 24), {"Naledi Pandor", "Sergey Lavrov"}, D(2023, 1, 23),
     "Moscow"),
]


CUE_FORMS = [
    # general ways to tell a meeting, now ordinary cues (`cues.MEETING_MORE`, `MEETING_RARE`)
    ("a working dinner", "Dinner in Berlin\n\nBERLIN - Annalena Baerbock and James Cleverly shared "
     "a working dinner on Monday evening, talking mostly about Ukraine.", D(2023, 1, 31),
     {"Annalena Baerbock", "James Cleverly"}, D(2023, 1, 30), "Berlin"),
    ("the first round of the strategic dialogue", "BEIJING - Wang Yi and Shah Mehmood Qureshi "
     "launched the first round of the strategic dialogue in Beijing on Friday.", D(2020, 8, 22),
     {"Shah Mehmood Qureshi", "Wang Yi"}, D(2020, 8, 21), "Beijing"),
    ("lunched together", "ROME - Catherine Colonna and Antonio Tajani lunched together in Rome on "
     "Wednesday.", D(2023, 2, 2), {"Antonio Tajani", "Catherine Colonna"}, D(2023, 2, 1), "Rome"),
    ("dined with", "VIENNA - Sergey Lavrov dined with Antony Blinken in Geneva on Thursday "
     "evening.", D(2022, 1, 22), {"Antony Blinken", "Sergey Lavrov"}, D(2022, 1, 20), "Geneva"),
    ("over a working lunch", "Colonna and Baerbock\n\nPARIS - Over a working lunch on Tuesday, "
     "Catherine Colonna and Annalena Baerbock turned to energy prices.", D(2022, 10, 26),
     {"Annalena Baerbock", "Catherine Colonna"}, D(2022, 10, 25), "Paris"),
]


@pytest.mark.parametrize("form, text, published, people, day, venue", CUE_FORMS,
                         ids=[f[0] for f in CUE_FORMS])
def test_a_general_form_of_meeting_is_read_by_the_ordinary_rules(
        annotator: Annotator, form: str, text: str, published: dt.date, people: set[str],
        day: dt.date, venue: str) -> None:
    ann = read(annotator, text, published)
    assert set(ann.participants) == people
    assert ann.date == day
    assert ann.venue == venue
    assert all(SIGNAL not in ev.signals for ev in ann.evidence.values())  # not the last resort


@pytest.mark.parametrize("form, text, published, people, day, venue", FORMS,
                         ids=[f[0] for f in FORMS])
def test_a_meeting_told_in_a_form_the_rules_do_not_read_is_the_leads_people_queued(
        annotator: Annotator, form: str, text: str, published: dt.date, people: set[str],
        day: dt.date, venue: str) -> None:
    ann = read(annotator, text, published)
    assert set(ann.participants) == people
    assert ann.date == day
    assert ann.venue == venue
    assert ann.kind is not None
    for ev in [*ann.evidence.values(), *ann.people.values()]:
        assert ev.confidence < REVIEW_THRESHOLD  # the text does not say they met: queued
        assert ev.signals.get(SIGNAL) == 1.0


def test_a_meeting_the_rules_read_carries_no_fallback_signal(annotator: Annotator) -> None:
    ann = read(annotator, "MOSCOW - Sergey Lavrov met Wang Yi on Tuesday.", D(2023, 3, 8))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}
    assert all(SIGNAL not in ev.signals for ev in ann.evidence.values())


def test_an_op_ed_naming_two_ministers_keeps_no_meeting(annotator: Annotator) -> None:
    text = ("Opinion | Europe's choice\n\nAnnalena Baerbock has argued for more aid to Kyiv; "
            "Catherine Colonna has made the same case in Paris.")
    assert read(annotator, text, D(2023, 3, 1)).participants == []


def test_a_speech_naming_two_ministers_keeps_no_meeting(annotator: Annotator) -> None:
    text = ("BERLIN - In a speech on Monday, Annalena Baerbock said Hakan Fidan was right to "
            "press for a ceasefire.")
    assert read(annotator, text, D(2023, 11, 14)).participants == []


def test_a_trip_planned_next_month_keeps_no_meeting(annotator: Annotator) -> None:
    text = ("Lavrov to visit Ankara\n\nSergey Lavrov and Hakan Fidan plan to hold talks in "
            "Ankara next month, diplomats said.")
    assert read(annotator, text, D(2024, 1, 5)).participants == []


def test_a_cabinet_reshuffle_listing_ministers_keeps_no_meeting(annotator: Annotator) -> None:
    text = ("New government\n\nThe cabinet includes Olaf Scholz as chancellor and Annalena "
            "Baerbock as foreign minister, the coalition said on Tuesday.")
    assert read(annotator, text, D(2022, 12, 7)).participants == []


def test_two_ministers_named_in_separate_sentences_keep_no_meeting(annotator: Annotator) -> None:
    text = ("Sergey Lavrov criticised new sanctions on Monday.\n\nSeparately, Wang Yi praised a "
            "rice harvest in Yunnan.")
    assert read(annotator, text, D(2022, 5, 3)).participants == []


def test_an_obituary_keeps_no_meeting(annotator: Annotator) -> None:
    text = ("Tributes\n\nS. Jaishankar and Penny Wong paid tribute on Saturday to the late Shinzo "
            "Abe, who died on Friday.")
    assert read(annotator, text, D(2022, 7, 9)).participants == []


def test_two_colleagues_of_one_government_keep_no_meeting(annotator: Annotator) -> None:
    text = "WASHINGTON - Antony Blinken and Lloyd Austin faced questions from senators on Tuesday."
    assert read(annotator, text, D(2023, 5, 17)).participants == []


def test_people_named_only_inside_a_quote_keep_no_meeting(annotator: Annotator) -> None:
    text = ('BEIJING - "Sergey Lavrov and Antony Blinken should talk," a Chinese scholar wrote on '
            "Monday.")
    assert read(annotator, text, D(2022, 3, 1)).participants == []


def test_a_meeting_sentence_naming_nobody_takes_the_leads_people_queued(annotator: Annotator) -> None:
    """The rules read 'The talks opened on Thursday...' as the meeting, which names no one; the
    lead names who talked. Its own sentence keeps the day (the lead's Friday is when they spoke)."""
    text = ("Deal on grain corridor\n\nVIENNA, June 3 (Wire) - Catherine Colonna and Antony Blinken "
            "said early on Friday they had settled the terms of a grain corridor after talks that "
            "ran through the night.\n\nThe two, who had met several times since the spring, came "
            "out after midnight to brief reporters.\n\nThe talks opened on Thursday afternoon and "
            "broke off twice for consultations with capitals.")
    ann = read(annotator, text, D(2022, 6, 3))
    assert set(ann.participants) == {"Antony Blinken", "Catherine Colonna"}
    assert ann.date == D(2022, 6, 2) and ann.venue == "Vienna"
    assert ann.evidence["participants"].confidence < REVIEW_THRESHOLD
    assert all(ev.confidence < REVIEW_THRESHOLD for ev in ann.people.values())


def test_a_meeting_sentence_naming_nobody_keeps_none_when_the_lead_names_no_pair(
        annotator: Annotator) -> None:
    text = ("Talks resume\n\nVIENNA, June 3 (Wire) - Negotiators said early on Friday they had "
            "settled the terms of a grain corridor.\n\nThe talks opened on Thursday afternoon.")
    assert read(annotator, text, D(2022, 6, 3)).participants == []
