"""Grouping measured on a synthetic corpus with its truth: reports of one meeting told differently
join, the same pair's other meetings stay apart (pairwise F1 of article pairs)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.bench.pairs import Truth, pair_corpus, plan_pairs
from generator.corpus.registry import Registry
from generator.knowledge.grouping import group_reports
from generator.model import Annotation
from generator.quality.grouping_score import Pairwise, annotate_texts, pairwise, reports_from, score

ARTICLES = 400


@pytest.fixture(scope="module")
def corpus(registry: Registry) -> tuple[dict[str, Annotation], Truth]:
    texts, truth = pair_corpus(registry, ARTICLES)
    return annotate_texts(registry, texts), truth


def test_pairwise_counts_pairs_by_cluster() -> None:
    truth = {"a": 1, "b": 1, "c": 1, "d": 2}
    split = pairwise({"a": "x", "b": "x", "c": "y", "d": "z"}, truth)
    assert (split.together, split.truly, split.right) == (1, 3, 1)
    merged = pairwise({"a": "x", "b": "x", "c": "x", "d": "x"}, truth)
    assert merged.recall == 1.0 and merged.precision == 0.5
    assert Pairwise(0, 0, 0).f1 == 1.0  # nothing to pair, nothing wrong


def test_the_corpus_tells_one_meeting_in_the_ways_real_reports_do(registry: Registry) -> None:
    texts, truth = pair_corpus(registry, ARTICLES)
    joined = "\n".join(texts.values())
    for words in ("multilateral organisations", "on the sidelines of", "met at an international conference",
                  "spoke by telephone", "had previously met"):
        assert words in joined
    assert re.search(r" on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", joined)
    late = [s for s, t in texts.items()
            if t.startswith(f" date {truth.fields[s]['date'] + dt.timedelta(days=1)}")]
    assert len(late) > ARTICLES // 20  # reports filed a day later
    elsewhere = [s for s, t in texts.items() if truth.fields[s]["venue"]
                 and not t.split("\n\n")[1].startswith(str(truth.fields[s]["venue"]).upper())]
    assert len(elsewhere) > ARTICLES // 20  # datelines in another city
    # The same pair meets again on other days, in the same city or another one.
    pairs: dict[frozenset[str], set[tuple[dt.date, str | None]]] = {}
    for m in plan_pairs(registry, ARTICLES):
        pairs.setdefault(frozenset({m.a.person.name, m.b.person.name}), set()).add((m.day, m.venue))
    again = [seen for seen in pairs.values() if len(seen) > 1]
    assert len(again) > 20 and any(len({v for _, v in seen}) < len(seen) for seen in again)


def test_grouping_keeps_reports_of_one_meeting_together_and_others_apart(corpus) -> None:
    result = score(*corpus)
    p = result.pairwise
    assert p.f1 >= 0.95, (p.precision, p.recall, result.split[:5])
    assert p.precision >= 0.95 and p.recall >= 0.95


def test_an_article_is_the_source_of_its_own_meeting_and_recalls_the_earlier_one(corpus) -> None:
    annotations, truth = corpus
    meetings = group_reports([r for stem, a in annotations.items() for r in reports_from(stem, a)])
    sources = [s for m in meetings for s in m.sources]
    assert sorted(sources) == sorted(truth.meeting)  # each article reports one meeting, once
    recalled = [m for m in meetings if m.recalled_in]
    assert recalled and all(set(m.recalled_in).isdisjoint(m.sources) for m in recalled)
    assert any(m.sources and m.recalled_in for m in meetings)  # recollections join the meeting they recall


def test_kind_is_read_so_that_two_ministers_are_not_multilateral(corpus) -> None:
    result = score(*corpus)
    assert result.fields["kind"] >= 0.95 and result.fields["participants"] >= 0.97
    # A meeting weighs its sources: kinds the reports disagree on, dates a day-late report misread.
    assert result.meeting_fields["kind"] >= 0.95 and result.meeting_fields["date"] >= 0.97
