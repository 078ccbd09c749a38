"""Whole-article forms from round 11's audit (tools/audit_round11/): a meeting told over
several sentences, as real copy tells it.

Each test is one general form with real office-holders in invented sentences, and each failed
before its fix (guards excepted): the rest of a delegation listed after the sentence that names
only the host ('Taking part were ...', 'Around the table were ...', '... were among the leaders
attending'), and the host told in a sentence of its own; a sentence stating where the talks took
place; the next round's city and a 'since' clause's city; a leader's counterpart; a day in a
'since' clause; people also attending the summit beside sideline talks; a name's election
victory; a meeting word inside a plan's clause; a 'who' aside before 'did not attend'; a building
named with an elided article ('Quai d'Orsay').
"""

from __future__ import annotations

import datetime as dt

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date


def test_taking_part_were_joins_the_hosts_meeting(annotator: Annotator) -> None:
    text = ("Ministers meet\n\nMarch 4, 2024\n\nCatherine Colonna hosted a meeting of Weimar Triangle "
            "foreign ministers today in Paris.\n\nThe ministers discussed support for Ukraine and "
            "the enlargement of the Union.\n\nTaking part were Annalena Baerbock and Radosław "
            "Sikorski.")
    ann = read(annotator, text, D(2024, 3, 4))
    assert set(ann.participants) == {"Catherine Colonna", "Annalena Baerbock", "Radosław Sikorski"}


def test_around_the_table_were_lists_who_took_part(annotator: Annotator) -> None:
    text = ("Ministers on Malta\n\nVALLETTA, Malta - Foreign ministers of the Mediterranean group "
            "opened two days of talks on Friday, hosted by Malta's Ian Borg.\n\nAround the table "
            "were Spain's José Manuel Albares, Greece's Giorgos Gerapetritis and Cyprus's "
            "Constantinos Kombos.")
    ann = read(annotator, text, D(2023, 10, 6))
    assert {"José Manuel Albares", "Giorgos Gerapetritis"} <= set(ann.participants)


def test_among_the_leaders_attending_were_there(annotator: Annotator) -> None:
    text = ("Summit\n\nRIYADH (AP) — Arab and Muslim leaders on Saturday demanded an end to the "
            "fighting at a summit hosted by Crown Prince Mohammed bin Salman.\n\nEgypt's Abdel "
            "Fattah el-Sisi, Iran's Ebrahim Raisi and Türkiye's Recep Tayyip Erdoğan were among "
            "the leaders attending.")
    ann = read(annotator, text, D(2023, 11, 11))
    assert {"Abdel Fattah el-Sisi", "Ebrahim Raisi", "Recep Tayyip Erdoğan"} <= set(ann.participants)


def test_a_sentence_stating_where_the_talks_took_place_gives_the_venue(
        annotator: Annotator) -> None:
    # the city of another event in a sentence between ('announced in Riyadh') is not the venue
    text = ("Ministers talk\n\n02.06.2025 | Diplomacy\n\nHakan Fidan met Marco Rubio on Monday, "
            "sources said.\n\nThe two discussed the trade plan, which Donald Trump announced in "
            "Riyadh last month.\n\nThe meeting took place in Antalya, on the sidelines of a forum.")
    ann = read(annotator, text, D(2025, 6, 2))
    assert ann.venue == "Antalya"


def test_the_next_round_of_talks_is_not_where_they_met(annotator: Annotator) -> None:
    text = ("Ministers talk\n\nMOSCOW, April 5 /TASS/. Sergey Lavrov held talks with his Jordanian "
            "counterpart Ayman Safadi on Wednesday.\n\nSafadi said the next round of talks in "
            "Astana should bring real guarantees.")
    ann = read(annotator, text, D(2017, 4, 5))
    assert ann.venue == "Moscow"


def test_a_city_in_a_since_clause_is_an_earlier_visit(annotator: Annotator) -> None:
    text = ("Talks in Laos\n\nVIENTIANE, Laos (AP) — Antony Blinken held talks Friday with Wang Yi, "
            "their first meeting since Blinken visited Beijing in April.")
    ann = read(annotator, text, D(2024, 7, 26))
    assert ann.venue == "Vientiane"


def test_a_presidents_counterpart_is_the_other_countrys_president(annotator: Annotator) -> None:
    # before, 'counterpart' always meant the foreign minister (here Santiago Cafiero)
    text = ("Leaders meet\n\nBUENOS AIRES — Brazilian President Luiz Inacio Lula da Silva was "
            "received by his Argentine counterpart at the Casa Rosada on Monday.\n\nThe two signed "
            "agreements on energy and science.")
    ann = read(annotator, text, D(2023, 1, 24))
    assert set(ann.participants) == {"Luiz Inácio Lula da Silva", "Alberto Fernández"}


def test_a_ministers_counterpart_is_still_the_foreign_minister(annotator: Annotator) -> None:
    # the guard: a foreign minister's counterpart stays a foreign minister
    text = ("Ministers meet\n\nBUENOS AIRES — Brazil's Foreign Minister Mauro Vieira was received "
            "by his Argentine counterpart at the San Martin Palace on Monday.")
    ann = read(annotator, text, D(2023, 1, 24))
    assert set(ann.participants) == {"Mauro Vieira", "Santiago Cafiero"}


def test_a_day_in_a_since_clause_does_not_make_the_lead_an_old_story(annotator: Annotator) -> None:
    text = ("Wong in Beijing\n\nBEIJING (AP) — Foreign Minister Penny Wong held talks with Wang Yi on "
            "Wednesday, on her first trip to China since taking office on May 23.")
    ann = read(annotator, text, D(2022, 12, 22))
    assert set(ann.participants) == {"Penny Wong", "Wang Yi"}
    assert ann.date == D(2022, 12, 21)


def test_people_also_attending_the_summit_are_not_in_its_sideline_talks(
        annotator: Annotator) -> None:
    text = ("Leaders meet\n\nJOHANNESBURG, Aug 22 (PTI) Prime Minister Narendra Modi on Tuesday held "
            "talks with South African President Cyril Ramaphosa on the sidelines of the BRICS summit "
            "and discussed trade.\n\nThe meeting was held soon after Modi's arrival.\n\nChinese "
            "President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva are also "
            "attending the summit, while Russian President Vladimir Putin is joining by video link.")
    ann = read(annotator, text, D(2023, 8, 22))
    assert set(ann.participants) == {"Narendra Modi", "Cyril Ramaphosa"}


def test_a_persons_election_victory_does_not_put_them_in_the_meeting(
        annotator: Annotator) -> None:
    text = ("Ministers meet\n\nPARIS, Nov 15 (AFP) - French Foreign Minister Jean-Marc Ayrault hosted "
            "his British counterpart at the Quai d'Orsay on Tuesday, a week after Donald Trump's "
            "election victory upset calculations in European capitals.\n\nBoris Johnson said "
            "Britain was not leaving Europe.")
    ann = read(annotator, text, D(2016, 11, 15))
    assert set(ann.participants) == {"Jean-Marc Ayrault", "Boris Johnson"}


def test_a_meeting_word_after_a_planned_one_in_its_clause_is_planned(annotator: Annotator) -> None:
    # 'to meet Y on the sidelines of ... next week': 'on the sidelines' was read as reported
    text = ("Payne in Beijing\n\nBEIJING (AAP) - Foreign Minister Marise Payne held talks with Wang Yi "
            "in Beijing on Wednesday.\n\nThe visit paves the way for Prime Minister Scott Morrison to "
            "meet Premier Li Keqiang on the sidelines of the East Asia Summit in Singapore next week.")
    ann = read(annotator, text, D(2018, 11, 7))
    assert set(ann.participants) == {"Marise Payne", "Wang Yi"}


def test_the_host_of_a_meeting_is_in_the_list_told_after_it(annotator: Annotator) -> None:
    text = ("G7 on Capri\n\nCAPRI, Italy — Foreign ministers from the Group of Seven opened three days "
            "of talks on Wednesday on the island.\n\nItalian Foreign Minister Antonio Tajani, who is "
            "hosting the meeting, said the ministers would work to avoid escalation.\n\nAround the "
            "table were Antony Blinken, Annalena Baerbock and Mélanie Joly.")
    ann = read(annotator, text, D(2024, 4, 17))
    assert set(ann.participants) == {"Antonio Tajani", "Antony Blinken", "Annalena Baerbock",
                                     "Mélanie Joly"}
    assert ann.date == D(2024, 4, 17)


def test_a_who_aside_does_not_hide_that_its_person_stayed_away(annotator: Annotator) -> None:
    text = ("Talks in Jeddah\n\nJEDDAH, Saudi Arabia (AP) — Marco Rubio held talks with Andrii Sybiha "
            "in Jeddah on Tuesday.\n\nVolodymyr Zelensky, who met Crown Prince Mohammed bin Salman on "
            "Monday, did not attend the talks.")
    ann = read(annotator, text, D(2025, 3, 11))
    assert set(ann.participants) == {"Marco Rubio", "Andrii Sybiha"}


def test_a_building_named_with_an_elided_article_gives_its_city(annotator: Annotator) -> None:
    # 'Quai d'Orsay' was cut into 'Quai' and 'Orsay', and a later sentence's city won
    text = ("Ministers meet\n\nFrench Foreign Minister Jean-Marc Ayrault hosted Boris Johnson at the "
            "Quai d'Orsay on Tuesday.\n\nJohnson had skipped a dinner of EU ministers in Brussels on "
            "Sunday.")
    ann = read(annotator, text, D(2016, 11, 15))
    assert ann.venue == "Paris"
