"""`PeopleFinder` keeps each capitalised run's trimmed name: a warm finder must find exactly what a
fresh one finds, wherever in the text the run stands."""

from __future__ import annotations

from generator.annotate.people import PeopleFinder
from generator.annotate.places import CAP_RUN
from generator.annotate.titles import TitleIndex
from generator.corpus.registry import Registry

TEXTS = [
    "Foreign Minister Anna Rekk met Sergey Lavrov in Moscow on Monday. Rekk said the talks went well.",
    "MOSCOW, March 3 (Reuters) - Costa Rican Foreign Minister Ivo Tanner held talks with Mr. Lavrov's "
    "deputy, Minister Ivo Tanner, at the Green Lantern Palace in La Paz.",
    "In La Paz, Dr. Ivo Tanner, the Bolivian envoy, met Prof. Anna Rekk. NEW DELHI hosted nobody.",
]


def test_a_warm_finder_finds_what_a_fresh_one_finds(registry: Registry) -> None:
    titles = TitleIndex(registry)
    warm = PeopleFinder(registry, titles)
    for text in TEXTS + [t[7:] for t in TEXTS] + ["x " + t for t in TEXTS]:
        fresh = PeopleFinder(registry, titles).find(text, None)
        assert warm.find(text, None) == fresh
        assert warm.find(text, None) == fresh  # the second time from the runs it kept
    assert warm.trimmed  # the runs were kept


def test_a_trimmed_run_moves_with_the_run(registry: Registry) -> None:
    finder = PeopleFinder(registry, TitleIndex(registry))
    for text in TEXTS:
        for run in CAP_RUN.finditer(text):
            s, e = run.span()
            got = finder._trim(text, s, e)
            moved = finder._trim("x " * 5 + text, s + 10, e + 10)  # the same run, kept already
            assert (got is None) == (moved is None)
            if got is not None and moved is not None:
                assert s <= got[0] < got[1] <= e
                assert moved == (got[0] + 10, got[1] + 10)
