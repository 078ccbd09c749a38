"""Conference names are found where an event is named, not where an organisation is mentioned."""

from __future__ import annotations

from generator.conferences import (
    Conference,
    find_organisations,
    looks_like_conference,
    organisations_in_venue,
)


def test_events_are_found_in_either_order() -> None:
    assert find_organisations("They met on the sidelines of the SCO Council of Foreign Ministers") == ["SCO"]
    assert find_organisations("on the margins of the 77th session of the UN General Assembly") == ["UNGA"]
    assert find_organisations("at the G-20 foreign ministers' meeting in New Delhi") == ["G20"]
    assert find_organisations("a summit of the Shanghai Cooperation Organisation") == ["SCO"]


def test_a_mention_in_passing_or_a_lower_case_word_is_not_an_event() -> None:
    assert find_organisations("They discussed SCO cooperation and trade routes") == []
    assert find_organisations("the cis meeting") == []
    assert find_organisations("Talks in Moscow on Thursday") == []


def test_venue_fields_that_name_an_event() -> None:
    assert looks_like_conference("G20 foreign ministers' meeting") and looks_like_conference("SCO")
    assert not looks_like_conference("Samarkand") and not looks_like_conference(None)
    assert organisations_in_venue("the BRICS") == ["BRICS"]


def test_conference_pages_are_per_organisation_and_year() -> None:
    assert Conference("SCO", 2021).slug == "sco-2021" and Conference("SCO", 2021).name == "SCO 2021"
    assert Conference("G20", None).slug == "g20-undated"
