"""`PlaceIndex` keeps the place names each capitalised run spells: a warm index must find exactly
what a fresh one finds, whatever the text around the same run says (a cue before it, a dash or a
country after it)."""

from __future__ import annotations

from generator.annotate.places import PlaceIndex
from generator.corpus.registry import Registry

TEXTS = [
    "The ministers met in Moscow on Monday at the Kremlin.",
    "Moscow said the Kremlin had no comment; Moscow-based analysts agreed.",
    "Talks were held at the Munich Security Conference, then in Vilnius, Lithuania.",
    "Vilnius hosted nobody. The Munich Security Conference report named La Paz and Vilnius.",
    "Rekk arrived in La Paz, Bolivia, after Vilnius-style talks; La Paz's mayor greeted her.",
]


def test_a_warm_index_finds_what_a_fresh_one_finds(registry: Registry) -> None:
    warm = PlaceIndex(registry)
    for text in TEXTS + [t.replace("The ", "So the ") for t in TEXTS] + ["x " + t for t in TEXTS]:
        fresh = PlaceIndex(registry).find(text)
        assert warm.find(text) == fresh
        assert warm.find(text, base=7) == PlaceIndex(registry).find(text, base=7)
    assert warm.run_names  # the runs were kept


def test_the_same_run_reads_its_own_context(registry: Registry) -> None:
    index = PlaceIndex(registry)
    cued = index.find("The talks were held in Vilnius on Monday.")
    plain = index.find("Vilnius said nothing.")  # the same run, kept already, with no cue before it
    assert [m.place.name for m in cued] == [m.place.name for m in plain] == ["Vilnius"]
    assert cued[0].cued and not plain[0].cued
    assert index.find("Vilnius-based analysts spoke.") == []  # a dash after the run: no place
