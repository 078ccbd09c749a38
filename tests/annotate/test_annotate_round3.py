"""Forms of sentence found wrong on invented articles (issue 13, round 3). Each test is one form
of diplomatic news, told with real office-holders in invented words, not an article's wording."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate import Annotator
from generator.model import Annotation
from generator.corpus.registry import Registry
from tests.conftest import make_doc as doc

D = dt.date


@pytest.fixture(scope="module")
def annotator(registry: Registry) -> Annotator:
    # the project's registry: real office-holders and the gazetteer's cities
    return Annotator(registry)


def read(annotator: Annotator, text: str, published: dt.date) -> Annotation:
    return annotator.annotate(doc(text, published))


@pytest.mark.parametrize("recall", [
    "The two ministers last met in Astana on April 2, when they discussed trade.",
    "Lavrov and Wang most recently met in Astana on April 2.",
    "At their previous meeting in Astana on April 2, Lavrov and Wang discussed trade.",
    "Their prior talks in Astana on April 2 dealt with trade.",
])
def test_an_earlier_meeting_told_before_the_report_is_not_the_headline(
        annotator: Annotator, recall: str) -> None:
    # 'last met', 'most recently met', 'previous meeting' recall an earlier meeting: its day
    # and city are not those of the talks the article reports
    text = (f"Lavrov, Wang hold talks\n\nMOSCOW, May 10 (Wire) - {recall} Russian Foreign Minister "
            "Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi in Moscow on "
            "Wednesday, the ministry said.")
    ann = read(annotator, text, D(2023, 5, 10))
    assert (ann.date, ann.venue) == (D(2023, 5, 10), "Moscow")
    assert set(ann.participants) == {"Sergey Lavrov", "Wang Yi"}
