"""Sentence splitting and clutter: every sentence must point back at its exact text."""

from __future__ import annotations

from generator.annotate.text import fold_text, is_clutter, sentences
from generator.textnorm import fold


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
