"""Participants named in spellings the registry's editors did not write down (issue 13, round 8).

Each test is one general form, told with real office-holders in invented sentences: another
transliteration of a common given name, 'ibn' for 'bin', a split 'Abdul' prefix, a surname
spaced differently, one slip of the pen. The guards show that a variant never makes a name
ambiguous and that a slip is accepted only for someone in office on the day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from generator.annotate.spellings import spellings, variant_keys
from tests.annotate.reading import read

D = dt.date


@pytest.mark.parametrize("written", ["Muhammad bin Abdulrahman Al-Thani",
                                     "Mohamed bin Abdulrahman Al Thani"])
def test_a_given_name_in_another_transliteration_is_the_registry_person(
        annotator: Annotator, written: str) -> None:
    text = f"Talks\n\n{written} held talks with Hakan Fidan in Doha on Tuesday about Gaza."
    ann = read(annotator, text, D(2023, 11, 8))
    assert set(ann.participants) == {"Mohammed bin Abdulrahman bin Jassim Al Thani", "Hakan Fidan"}


def test_ibn_for_bin_names_the_same_person(annotator: Annotator) -> None:
    text = "Talks\n\nFaisal ibn Farhan Al Saud held talks with Wang Yi in Riyadh on Monday."
    ann = read(annotator, text, D(2023, 3, 14))
    assert set(ann.participants) == {"Faisal bin Farhan Al Saud", "Wang Yi"}


def test_an_abdul_name_written_in_two_words_is_the_registry_person(annotator: Annotator) -> None:
    text = ("Talks\n\nUzbek Foreign Minister Abdul Aziz Kamilov met Sergey Lavrov in Tashkent on "
            "Tuesday.")
    ann = read(annotator, text, D(2019, 5, 14))
    assert set(ann.participants) == {"Abdulaziz Komilov", "Sergey Lavrov"}


def test_a_surname_spaced_differently_is_the_registry_person(annotator: Annotator) -> None:
    text = ("Talks\n\nExternal Affairs Minister Subrahmanyam Jai Shankar met Wang Yi in New Delhi "
            "on Thursday.")
    ann = read(annotator, text, D(2023, 3, 2))
    assert set(ann.participants) == {"S. Jaishankar", "Wang Yi"}


def test_a_given_name_that_is_another_persons_surname_opens_a_full_name(
        annotator: Annotator) -> None:
    # 'Michel' is Charles Michel's surname: the run was kept as someone unknown; its last word
    # is Temer's surname and his registered names have the other words
    text = "Talks\n\nMichel Miguel Temer met Xi Jinping in Beijing on Friday about trade."
    ann = read(annotator, text, D(2017, 9, 1))
    assert set(ann.participants) == {"Michel Temer", "Xi Jinping"}


def test_a_title_before_a_shared_surname_picks_the_holder_of_that_office(
        annotator: Annotator) -> None:
    # two Guterreses held office in 2019; the surname alone went to the one with a state office
    text = "Talks\n\nSecretary-General Guterres met Sergey Lavrov in Moscow on Tuesday on Syria."
    ann = read(annotator, text, D(2019, 6, 18))
    assert set(ann.participants) == {"António Guterres", "Sergey Lavrov"}


def test_a_state_title_before_a_shared_surname_keeps_the_state_office_holder(
        annotator: Annotator) -> None:
    # guard: 'President' names Timor-Leste's president, not the UN's Secretary-General
    text = "Talks\n\nPresident Guterres met Sergey Lavrov in Moscow on Tuesday on trade."
    ann = read(annotator, text, D(2019, 6, 18))
    assert "António Guterres" not in ann.participants


def test_one_slip_in_a_surname_is_the_office_holder_of_the_day(annotator: Annotator) -> None:
    text = "Talks\n\nAntony Blinkin met Wang Yi in Beijing on Monday to steady ties."
    ann = read(annotator, text, D(2023, 6, 19))
    assert set(ann.participants) == {"Antony Blinken", "Wang Yi"}


@pytest.mark.parametrize("slip", ["Antony Blinkne", "Antony Bilnken"])
def test_two_letters_swapped_in_a_surname_are_one_slip(annotator: Annotator, slip: str) -> None:
    text = f"Talks\n\n{slip} met Wang Yi in Beijing on Monday to steady ties."
    ann = read(annotator, text, D(2023, 6, 19))
    assert set(ann.participants) == {"Antony Blinken", "Wang Yi"}


def test_one_slip_is_not_read_for_someone_out_of_office_that_day(annotator: Annotator) -> None:
    # guard: on this day Blinken held no office the registry knows, so the slip stays unknown
    text = "Talks\n\nAntony Blinkin met Wang Yi in Beijing on Monday to steady ties."
    ann = read(annotator, text, D(2019, 6, 17))
    assert "Antony Blinken" not in ann.participants


def test_a_spelling_two_people_share_is_made_for_neither() -> None:
    # guard: 'Mohamed Ali' and 'Muhammad Ali' are two registered people: the spellings both
    # expand to ('Mohammad Ali') name nobody, and registered keys are never re-pointed
    names = {"mohamed ali": ["a"], "muhammad ali": ["b"], "ahmed zed": ["c"]}
    found = variant_keys(names, {})
    assert "mohammad ali" not in found and "muhammad ali" not in found
    assert found["ahmad zed"] == ("full", ("c",))
    assert "abdul aziz x" in spellings("abdulaziz x") and "abdulaziz x" in spellings("abdul aziz x")


@pytest.mark.parametrize("office, day, holder", [
    ("Kiribati's president", D(2019, 6, 18), "Taneti Maamau"),
    ("The Comorian president", D(2016, 1, 19), "Ikililou Dhoinine"),
    ("The Lesotho prime minister", D(2016, 1, 19), "Pakalitha Mosisili"),
    ("The Guyanese prime minister", D(2017, 6, 20), "Moses Nagamootoo"),
    ("The Mauritanian foreign minister", D(2020, 6, 16), "Ismail Ould Cheikh Ahmed"),
    ("The Bahamian prime minister", D(2016, 3, 15), "Perry Christie"),
])
def test_an_office_the_registry_lacked_names_its_holder_of_the_day(
        annotator: Annotator, office: str, day: dt.date, holder: str) -> None:
    # registry round 8 (data/people/offices.yaml): these offices had no holder on these days
    text = f"Talks\n\n{office} held talks with Wang Yi in Beijing on Tuesday on trade."
    ann = read(annotator, text, day)
    assert set(ann.participants) == {holder, "Wang Yi"}


def test_an_added_holder_is_not_read_after_their_term(annotator: Annotator) -> None:
    # guard: Mosisili's term ended in 2017; the office then names his successor, not him
    text = "Talks\n\nThe Lesotho prime minister held talks with Wang Yi in Beijing on Tuesday."
    ann = read(annotator, text, D(2018, 6, 19))
    assert "Pakalitha Mosisili" not in ann.participants


@pytest.mark.parametrize("title", ["Minister of Foreign Affairs and Trade",
                                   "Minister of Foreign Affairs of the Russian Federation"])
def test_a_surname_after_a_long_title_is_its_person(annotator: Annotator, title: str) -> None:
    text = f"Talks\n\nMOSCOW - {title} Lavrov met Wang Yi in Moscow on Monday."
    ann = read(annotator, text, D(2023, 6, 19))
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}
