"""Conference names are found where an event is named, not where an organisation is mentioned."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.knowledge.conferences import (
    ORGANISATIONS,
    Conference,
    _patterns,
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


_PIECES = [*(n for names in ORGANISATIONS.values() for n in names), "summit", "Meeting", "sidelines of",
           "the", "of", " ", "  ", ".", ";", "-", "'", "\u2019", "SHANGHAI", "g20", "nato", "\u0130",
           "\u017f", "\u212a", "Afghanistan\u2019s", "neighbours", "Sidelines", "in Paris"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.text(max_size=6))
def test_only_the_organisations_a_text_names_are_tried(pieces: list[str], noise: str) -> None:
    """Patterns are compiled only for organisations whose name the text contains; the answers
    must be those of trying every organisation's patterns."""
    text = " ".join(pieces) + noise
    every = [org for org in ORGANISATIONS if _patterns(org)[0].search(text)]
    assert find_organisations(text) == every
    assert looks_like_conference(text) == any(
        _patterns(org)[0].search(text) or _patterns(org)[1].match(text) for org in ORGANISATIONS)
    assert organisations_in_venue(text) == (every or [org for org in ORGANISATIONS
                                                      if _patterns(org)[1].match(text)])
