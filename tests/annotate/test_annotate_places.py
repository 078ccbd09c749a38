"""Places: datelines, bylines, cues that make a city a venue, namesakes, landmarks."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.annotate.places import PlaceIndex, capitals, dateline
from tests.conftest import tiny_registry


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    reg = tiny_registry(
        countries=[{"name": "Freedonia", "iso2": "FD", "adjectives": ["Freedonian"], "capital": "Fredton"},
                   {"name": "Ruritania", "iso2": "RU", "adjectives": ["Ruritanian"],
                    "capital": "Strelsau"}],
        places=[{"name": "Fredton", "country": "Freedonia"},
                {"name": "Strelsau", "country": "Ruritania"},
                {"name": "Porto Lago", "country": "Ruritania", "aliases": ["Portolago"]},
                {"name": "Marlow", "country": "Freedonia", "population": 500},
                {"name": "Marlow-on-Sea", "country": "Ruritania", "population": 90000,
                 "aliases": ["Marlow"]}])
    return PlaceIndex(reg)


@pytest.mark.parametrize(("line", "city", "dated"), [
    ("FREDTON, March 5 (Wire) - The ministers met.", "Fredton", "March 5 Wire"),
    ("Strelsau [Ruritania], October 20 (Agency): Talks began.", "Strelsau", "October 20 Agency"),
    ("STRELSAU (Daily News / Wire - 24th June, 2019) Talks between", "Strelsau",
     "Daily News / Wire - 24th June, 2019"),
    ("Porto Lago: The ministers met.", "Porto Lago", ""),
    ("FREDTON— The ministers met.", "Fredton", ""),
    ("Jan Novak, Strelsau", "Strelsau", ""),
])
def test_datelines(index: PlaceIndex, line: str, city: str, dated: str) -> None:
    place, got, _ = dateline(index, line)
    assert place is not None and place.name == city
    assert " ".join(got.split()) == dated


def test_country_is_not_a_dateline(index: PlaceIndex) -> None:
    assert dateline(index, "Ruritania: On 2 January the minister met")[0] is None
    assert dateline(index, "Kovar said: the talks went well")[0] is None


def test_cues_and_landmarks(index: PlaceIndex) -> None:
    text = ("They met in Strelsau, then at the Fredton Palace, while Fredton and Strelsau "
            "traded notes; the talks in the city of Porto Lago followed.")
    found = {(m.place.name, m.cued) for m in index.find(text)}
    assert ("Strelsau", True) in found and ("Porto Lago", True) in found
    assert ("Fredton", True) not in found


def test_country_beside_picks_the_namesake(index: PlaceIndex) -> None:
    (first,) = index.find("talks in Marlow, Freedonia on Monday")
    assert first.place.country == "Freedonia" and first.cued
    (second,) = index.find("talks in Ruritania's Marlow on Monday")
    assert second.place.name == "Marlow-on-Sea"
    (plain,) = index.find("talks in Marlow on Monday")
    assert plain.place.country == "Ruritania"  # the bigger namesake


def test_capital_named_by_country(index: PlaceIndex) -> None:
    (m,) = capitals(index, "He arrived late last evening in the Ruritanian capital from abroad.")
    assert m.place.name == "Strelsau" and m.cued


def test_every_capitalised_run_token_folds_to_a_word() -> None:
    """PlaceIndex bounds a name's tokens by its words: each token must fold to one at least."""
    import re

    from generator.annotate.places import CONNECT, UPPER
    from generator.corpus.textnorm import _fold_char

    opens = re.compile(f"[{UPPER}]")
    every = (chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert all(_fold_char(c).isalnum() for c in every if opens.match(c))
    assert all(_fold_char(c).isalnum() for c in re.sub(r"[^a-z]", "", CONNECT))


CUE_WORDS = ["in", "In", "IN", "at", "to", "near", "reached", "visited", "visit", "arrived", "held",
             "hosted", "city", "City", "of", "capital", "town", "resort", "the", "The", "THE",
             "inside", "outside", "Palace", "House", "Freedonia's", "Freedonia’s", "Ann's", "’s",
             "'s", "s", "Marlow", "and", "İn", "ın", "ſ", "K", ",", ", ", ".", " ", "  ", "\n",
             "\t", "x", "éa", "within", "theme", "Green"]
windows = st.lists(st.tuples(st.sampled_from(CUE_WORDS), st.sampled_from([" ", " ", "", "\n"])),
                   max_size=7).map(lambda pairs: "".join(w + sep for w, sep in pairs))


@settings(max_examples=3000, deadline=None)
@given(windows)
@example("in the ")
@example("visited İn ")
@example("at Unity House, ")
def test_cues_before_a_place_are_searched_only_where_they_can_end(before: str) -> None:
    """The checks on how a text ends, which spare most searches, never skip a match."""
    from generator.annotate import places

    def found(pattern: re.Pattern[str]) -> tuple[int, int] | None:
        m = pattern.search(before)
        return m.span() if m else None

    possessive = places._possessive(before)
    assert (possessive.span() if possessive else None) == found(places.POSSESSIVE_COUNTRY)
    if found(places.VENUE_CUE):
        assert places._may_end(before, places.VENUE_ENDS)
    if found(places.LANDMARK_CUE):
        assert places._may_end(before, places.LANDMARK_ENDS)
    if found(places.THE_BEFORE):
        assert before[-1:].isspace() and places._may_end(before, ("the",))
    last = before.rstrip()[-1:]
    if found(places.BUILDING_THEN_CITY):
        assert last == ","
    if found(places.IN_NAME_OF) or found(places.CITY_OF):
        assert last in {"n", "f"}
