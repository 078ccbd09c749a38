"""Rules of the annotator on invented sentences, with a tiny registry built in code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.annotate import Annotator
from generator.annotate.dates import find_dates, resolve
from generator.model import SourceDoc
from generator.registry import Registry, _add_country, _add_person, _add_place, _index

COUNTRIES = [
    {"name": "Freedonia", "iso2": "FD", "adjectives": ["Freedonian"], "capital": "Fredton"},
    {"name": "Sylvania", "iso2": "SY", "adjectives": ["Sylvanian"], "capital": "Sylvan City"},
    {"name": "Ruritania", "iso2": "RU", "adjectives": ["Ruritanian"], "capital": "Strelsau"},
]
PEOPLE = [
    {"name": "Anna Kovar", "country": "Freedonia", "short": ["Kovar"],
     "roles": [{"role": "foreign_minister", "start": "2019-01-01", "end": None}]},
    {"name": "Boris Telen", "country": "Sylvania", "short": ["Telen"],
     "roles": [{"role": "foreign_minister", "start": "2018-05-01", "end": "2022-03-01"}]},
    {"name": "Cara Mendel", "country": "Sylvania", "short": ["Mendel"],
     "roles": [{"role": "foreign_minister", "start": "2022-03-02", "end": None}]},
    {"name": "Dmitri Ostrov", "country": "Ruritania", "short": ["Ostrov"],
     "roles": [{"role": "head_of_state", "start": "2010-01-01", "end": None}]},
    {"name": "Elena Varga", "country": "Ruritania", "short": ["Varga"],
     "roles": [{"role": "foreign_minister", "start": "2015-01-01", "end": None}]},
]
PLACES = [
    {"name": "Fredton", "country": "Freedonia"},
    {"name": "Sylvan City", "country": "Sylvania"},
    {"name": "Strelsau", "country": "Ruritania"},
    {"name": "Porto Lago", "country": "Ruritania", "aliases": ["Portolago"]},
]


def tiny_registry() -> Registry:
    reg = Registry()
    for e in COUNTRIES:
        _add_country(reg, "test", e, [])
    for e in PEOPLE:
        _add_person(reg, "test", e, [])
    for e in PLACES:
        _add_place(reg, "test", e, [])
    _index(reg)
    return reg


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return Annotator(tiny_registry())


def doc(text: str, published: dt.date | None = None) -> SourceDoc:
    title = text.split("\n")[0]
    return SourceDoc("t", Path("t.txt"), text, title, published, "x")


def test_dates_absolute_forms() -> None:
    for text, day in [("on 3 May 2021", dt.date(2021, 5, 3)), ("March 14, 2016", dt.date(2016, 3, 14)),
                      ("the 24th June, 2019 session", dt.date(2019, 6, 24)),
                      ("2020-10-12", dt.date(2020, 10, 12))]:
        assert resolve(find_dates(text)[0], None) == day


def test_weekday_resolves_backwards_from_publication() -> None:
    thursday = find_dates("held talks on Thursday")[0]
    assert resolve(thursday, dt.date(2023, 10, 27)) == dt.date(2023, 10, 26)  # a Friday
    assert resolve(thursday, dt.date(2023, 10, 26)) == dt.date(2023, 10, 26)
    assert resolve(thursday, None) is None


def test_reported_meeting_with_role_and_counterpart(annotator: Annotator) -> None:
    text = ("Freedonian Foreign Minister Anna Kovar on Tuesday held talks with her Sylvanian "
            "counterpart in Strelsau.\n\nThe two ministers discussed trade.")
    a = annotator.annotate(doc(text, dt.date(2023, 6, 7)))
    assert a.participants == ["Anna Kovar", "Cara Mendel"]
    assert a.date == dt.date(2023, 6, 6)
    assert (a.venue, a.country) == ("Strelsau", "Ruritania")


def test_role_resolves_to_holder_on_the_day(annotator: Annotator) -> None:
    text = "Anna Kovar met the Sylvanian foreign minister in Fredton on Monday."
    assert "Boris Telen" in annotator.annotate(doc(text, dt.date(2020, 2, 4))).participants
    assert "Cara Mendel" in annotator.annotate(doc(text, dt.date(2023, 2, 7))).participants


def test_phone_call_has_no_venue(annotator: Annotator) -> None:
    text = "FREDTON, May 4 (Wire) - Anna Kovar held a phone call with Elena Varga on Wednesday."
    a = annotator.annotate(doc(text, dt.date(2022, 5, 4)))
    assert a.venue is None and a.kind == "phone"
    assert set(a.participants) == {"Anna Kovar", "Elena Varga"}


def test_recalled_and_planned_meetings_are_not_participants(annotator: Annotator) -> None:
    text = ("Anna Kovar met Elena Varga in Porto Lago on Friday. Kovar had previously met "
            "Cara Mendel in Fredton last year. Kovar is scheduled to meet Dmitri Ostrov on Sunday.")
    a = annotator.annotate(doc(text, dt.date(2022, 9, 10)))
    assert a.participants == ["Anna Kovar", "Elena Varga"]
    assert a.venue == "Porto Lago" and a.date == dt.date(2022, 9, 9)
    assert "Cara Mendel" in a.mentioned and "Dmitri Ostrov" in a.mentioned
    assert any("Cara Mendel" in m.participants for m in a.recalled)


def test_unknown_official_found_from_title(annotator: Annotator) -> None:
    text = "Anna Kovar met Foreign Minister of Sylvania Tomas Rekk in Fredton on Monday."
    a = annotator.annotate(doc(text, dt.date(2024, 1, 10)))
    assert "Tomas Rekk" in a.participants
    assert [u.name for u in a.unknown_people] == ["Tomas Rekk"]


def test_dateline_is_not_the_venue_when_text_says_otherwise(annotator: Annotator) -> None:
    text = "STRELSAU, June 2 (Wire) - Anna Kovar held talks with Elena Varga in Porto Lago on Friday."
    a = annotator.annotate(doc(text, dt.date(2023, 6, 2)))
    assert a.venue == "Porto Lago"
    here = "STRELSAU, June 2 (Wire) - Anna Kovar held talks with Elena Varga here on Friday."
    assert annotator.annotate(doc(here, dt.date(2023, 6, 2))).venue == "Strelsau"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_annotate_never_raises(text: str) -> None:
    a = Annotator(REGISTRY).annotate(doc(text or "x", None))
    assert isinstance(a.participants, list)


REGISTRY = tiny_registry()
