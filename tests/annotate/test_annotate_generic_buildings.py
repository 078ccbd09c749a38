"""A building name that many capitals give their own (a 'National Palace') does not move a meeting
away from the city the dateline names; a named one (the Menelik Palace) still places it."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from generator.corpus.registry import Registry
from tests.conftest import make_doc as doc


@pytest.fixture(scope="module")
def annotator(registry: Registry) -> Annotator:
    return Annotator(registry)


def test_a_national_palace_stays_in_the_dateline_city(annotator: Annotator) -> None:
    text = ("Ministers talk migration\n\nGUATEMALA CITY (Wire) - Mexican Foreign Minister Marcelo "
            "Ebrard met his Guatemalan counterpart Pedro Brolo at the National Palace on Tuesday.\n\n"
            "The two discussed the flow of migrants through the region.")
    a = annotator.annotate(doc(text, dt.date(2022, 6, 8)))
    assert (a.venue, a.country) == ("Guatemala City", "Guatemala")


def test_a_palace_known_by_its_own_name_still_places_the_meeting(annotator: Annotator) -> None:
    text = ("Ministers talk trade\n\nMexican Foreign Minister Marcelo Ebrard met Ethiopian officials "
            "at the Menelik Palace on Tuesday, his ministry said.")
    a = annotator.annotate(doc(text, dt.date(2022, 6, 8)))
    assert a.venue == "Addis Ababa"
