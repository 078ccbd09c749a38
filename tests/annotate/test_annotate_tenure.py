"""A person named only to date something by their coming to office is not at the meeting
('his fourth visit since President X took office'); a person who came to office and then met
someone, or who met someone after something, is."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date


@pytest.mark.parametrize(("text", "dating"), [
    ("KYIV, March 20, 2023 (Reuters) - U.S. Secretary of State Antony Blinken met Ukrainian Foreign "
     "Minister Dmytro Kuleba in Kyiv on Monday, his fourth visit since President Joe Biden took office.",
     "Joe Biden"),
    ("TOKYO, March 20, 2023 - Japanese Foreign Minister Yoshimasa Hayashi held talks with Indian External "
     "Affairs Minister Subrahmanyam Jaishankar on Monday, the first such talks since Prime Minister "
     "Fumio Kishida was sworn in.", "Fumio Kishida"),
])
def test_a_name_that_dates_by_a_coming_to_office_is_no_participant(annotator: Annotator, text: str,
                                                                  dating: str) -> None:
    ann = read(annotator, "Talks\n\n" + text, D(2023, 3, 20))
    assert dating not in ann.participants and len(ann.participants) == 2


@pytest.mark.parametrize("text", [
    "BERLIN, March 20, 2023 - Foreign Minister Annalena Baerbock took office in December and met French "
    "Foreign Minister Catherine Colonna in Berlin on Monday.",
    "BERLIN, March 20, 2023 - After Annalena Baerbock met Catherine Colonna in Berlin on Monday, the two "
    "ministers spoke to reporters.",
])
def test_someone_who_came_to_office_and_then_met_is_at_the_meeting(annotator: Annotator, text: str) -> None:
    ann = read(annotator, "Talks\n\n" + text, D(2023, 3, 20))
    assert {"Annalena Baerbock", "Catherine Colonna"} <= set(ann.participants)
