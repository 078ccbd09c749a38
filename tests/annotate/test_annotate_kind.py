"""The kind of a meeting (`kind_of`, `remote_kind`) on invented sentences and a tiny registry.

Multilateral means more than two parties meeting, or a gathering the meeting took place at; a
sentence that mentions multilateral organisations does not make two ministers' talks one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from tests.annotate.test_annotate_heldout_rules import COUNTRIES, PLACES
from tests.annotate.test_annotate_heldout_rules import PEOPLE as HELDOUT_PEOPLE
from tests.conftest import make_doc as doc
from tests.conftest import tiny_registry

PEOPLE = [p for p in HELDOUT_PEOPLE if p["name"] in ("Anna Kovar", "Elena Varga")] + [
    {"name": "Lukas Brenner", "country": "Sylvania", "short": ["Brenner"],
     "roles": [{"role": "foreign_minister", "start": "2018-01-01", "end": None}]},
]
DAY = dt.date(2023, 5, 3)


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator(tiny_registry(COUNTRIES, PEOPLE, PLACES))


def test_talks_that_mention_multilateral_organisations_are_not_multilateral(annotator: Annotator) -> None:
    text = ("Anna Kovar held talks with Elena Varga in Strelsau on Monday, and the two ministers "
            "agreed to coordinate their positions in multilateral organisations and at the UN.")
    a = annotator.annotate(doc(text, DAY))
    assert a.kind == "visit" and a.venue == "Strelsau"


def test_two_ministers_at_a_named_gathering_are_multilateral(annotator: Annotator) -> None:
    text = ("Anna Kovar and Elena Varga met at the regional foreign ministers' council in Porto Lago "
            "on Monday.")
    a = annotator.annotate(doc(text, DAY))
    assert a.kind == "multilateral"


def test_three_countries_are_multilateral_without_any_cue(annotator: Annotator) -> None:
    text = "Anna Kovar, Elena Varga and Lukas Brenner held talks in Porto Lago on Monday."
    assert annotator.annotate(doc(text, DAY)).kind == "multilateral"


def test_a_side_remark_about_the_margins_does_not_move_the_meeting(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga in Strelsau on Monday. Business leaders from both countries "
            "attended a forum held on the margins of the visit.")
    assert annotator.annotate(doc(text, DAY)).kind == "visit"


def test_two_ministers_who_spoke_by_telephone_held_a_call(annotator: Annotator) -> None:
    text = "FREDTON, May 3 - Anna Kovar and Elena Varga spoke by telephone on Tuesday about trade."
    a = annotator.annotate(doc(text, DAY))
    assert a.kind == "phone" and a.venue is None
    text = "Anna Kovar spoke by phone with Elena Varga on Tuesday."
    assert annotator.annotate(doc(text, DAY)).kind == "phone"


def test_an_official_who_spoke_by_phone_is_a_quote_not_a_call(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga in Strelsau on Monday, an official who spoke by phone "
            "on condition of anonymity said.")
    a = annotator.annotate(doc(text, DAY))
    assert a.kind == "visit" and a.venue == "Strelsau"
