"""Venue forms found wrong on invented articles (issue 13, round 8), probed class by class from how
real copy states where a meeting was: a dateline that is or is not the venue, 'in City', an
event or a building that stands for a city, a small town, a call, a clause about another event.
Each test is one form, told with real office-holders in invented words."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.reading import read

D = dt.date
PUBLISHED = D(2024, 3, 20)  # a Wednesday: 'on Tuesday' is 2024-03-19
BLINKEN = "US Secretary of State Antony Blinken"
FIDAN = "Turkish Foreign Minister Hakan Fidan"


@pytest.mark.parametrize("headline", ["Talks held", "Ministers to visit", "Blinken arrives",
                                      "Two ministers meet in"])
def test_a_headline_ending_in_a_place_cue_does_not_make_the_dateline_city_the_venue(
        annotator: Annotator, headline: str) -> None:
    # 'held' ends the headline and 'WASHINGTON' opens the next line: the cue is another line's
    ann = read(annotator, f"{headline}\n\nWASHINGTON (Reuters) - {BLINKEN} met {FIDAN} in Brussels "
                          "on Tuesday.", PUBLISHED)
    assert ann.venue == "Brussels"
