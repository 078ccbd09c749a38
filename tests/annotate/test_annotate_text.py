"""Sentence splitting and clutter: every sentence must point back at its exact text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.annotate.text import FoldTable, SpanIndex, fold_text, is_clutter, sentences
from generator.corpus.textnorm import fold


def test_abbreviations_do_not_end_sentences() -> None:
    text = ("WASHINGTON, Oct. 26 (Wire) -- The U.S. secretary met Mr. Amar Lenk today. "
            "They spoke for an hour.")
    got = [s.text for s in sentences(text)]
    assert len(got) == 2 and got[0].endswith("today.")


def test_offsets_point_at_the_text() -> None:
    text = "Headline here\n\nFirst line of story. Second one!\nThird line\n"
    for s in sentences(text, "Headline here"):
        assert text[s.start:s.end] == s.text
    assert sentences(text, "Headline here")[0].headline


def test_clutter_lines() -> None:
    for line in ["Home > World News", "Share this", "Suggest to a friend:", "1 825 4",
                 "Copyright © 2022 Some Ltd. All rights reserved.", "Advertisement", "Back"]:
        assert is_clutter(line), line
    assert not is_clutter("The minister met his counterpart.")
    text = "Home > News\nThe ministers met on Monday.\nShare this\n"
    assert [s.text for s in sentences(text)] == ["The ministers met on Monday."]


def test_fold_text_matches_textnorm_fold() -> None:
    text = "  Mevlüt  Çavuşoğlu met U.S. envoy — @SecState #WangYi  "
    folded, offsets = fold_text(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded) + 1
    start = folded.index("cavusoglu")
    assert text[offsets[start]:offsets[start + 8] + 1] == "Çavuşoğlu"


def _per_word_fold(text: str) -> tuple[str, list[int]]:
    """The earlier fold_text, word by word: the reference the faster one must equal."""
    from generator.corpus.textnorm import _fold_char

    mapped = "".join(_fold_char(c) for c in text)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^ ]+", mapped)]
    folded = " ".join(mapped[a:b] for a, b in spans)
    out = []
    for k, (a, b) in enumerate(spans):
        out += list(range(a, b)) + ([b] if k + 1 < len(spans) else [])
    return folded, out + [len(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Ç,.-\n\t@#İ'’ ")), max_size=40) | st.text(max_size=40))
@example("  Mevlüt  Çavuşoğlu met U.S. envoy — @SecState #WangYi  ")
def test_fold_text_offsets_are_the_per_word_ones(text: str) -> None:
    folded, offsets = fold_text(text, FoldTable())
    expected, positions = _per_word_fold(text)
    assert folded == expected == fold(text)
    assert [offsets[i] for i in range(len(folded) + 1)] == positions


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Ç,.-\n\t@#'’ ")), max_size=30))
@example("  Wang  Yi,  met  Lavrov ")
def test_an_offsets_span_is_its_two_lookups(text: str) -> None:
    folded, offsets = fold_text(text, FoldTable())
    for first in range(len(folded) + 1):
        for last in range(first, len(folded) + 2):
            assert offsets.span(first, last) == (offsets[first], offsets[last] + 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=12))
def test_a_span_index_built_at_once_is_the_one_built_span_by_span(spans: list[tuple[int, int]]) -> None:
    one_by_one = SpanIndex()
    for n, (a, b) in enumerate(spans):
        one_by_one.add(a, b, n)
    at_once = SpanIndex(spans)
    assert at_once.items == one_by_one.items and at_once.starts == one_by_one.starts
