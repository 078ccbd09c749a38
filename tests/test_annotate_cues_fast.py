"""The cues run on lower-cased text for speed; they must find exactly what they find as written."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.annotate import cues, events
from generator.annotate.events import status_of
from generator.annotate.text import sentences

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_lower_casing_changes_no_match_outside_the_three_unsafe_characters() -> None:
    text = cues.UNSAFE_TO_LOWER.sub("", EVERY_CHARACTER)
    low = text.lower()
    assert len(low) == len(text)  # every index stays where it was
    literals = {c.lower() for p in cues.LOWER for c in p.pattern if not c.isspace()}
    for pattern in [*(re.escape(c) for c in literals), r"\w", r"\s", r"\d", r"\b"]:
        flags = 0 if pattern in {r"\w", r"\s", r"\d", r"\b"} else re.I
        as_written = [m.start() for m in re.finditer(pattern, text, flags)]
        lowered = [m.start() for m in re.finditer(pattern, low)]
        assert as_written == lowered, pattern
    assert cues.lowered("Istanbul") == "istanbul" and cues.lowered("İstanbul") is None


WORDS = ["met", "Met", "MEETS", "held talks", "Held Talks", "will", "After", "after", "former",
         "phone", "Telephone", "told reporters by phone", "video call", "sidelines", "the",
         "Lavrov", "did not attend", "letters from", "scheduled", "last year", "G20", "EU",
         "greetings from", "ſ", "ı", "İ", "K", "tête-à-tête", "’s meeting", ",", ".", ";", " ",
         "  ", "\n", "2019", "in 2019", "Recalled", "talks with", "received", "virtually"]
texts = st.one_of(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join), st.text(max_size=60))


@settings(max_examples=400, deadline=None)
@given(texts)
@example("Foreign Minister X met Y, After a meeting with Z. He Will meet them again.")
def test_every_cue_matches_the_same_spans_on_lowered_text(text: str) -> None:
    low = cues.lowered(text)
    for pattern, twin in cues.LOWER.items():
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in cues.finditer(pattern, text, low)] == expected
        assert (cues.search(pattern, text, low) or re.match("", "x")).span() == (
            pattern.search(text) or re.match("", "x")).span()
        if low is not None and twin is not pattern:
            assert [m.span() for m in twin.finditer(low)] == expected


def test_status_is_the_same_for_text_with_characters_that_cannot_be_lowered() -> None:
    text = ("Foreign Minister Ayşe İnan met her counterpart in İzmir on Monday, after a "
            "meeting with the ſtaff. They will meet again.")
    for s in sentences(text):
        status, cut = status_of(s.text)
        assert (status, cut) == status_of(s.text.replace("İ", "I").replace("ſ", "s"))


def test_word_is_what_backslash_w_matches() -> None:
    word = re.compile(r"\w")
    assert all(events._word(c) == bool(word.match(c)) for c in EVERY_CHARACTER)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(1, 90))
@example("Y met X last weekend", 11)
@example("They met in 20190", 9)
@example("They met years agog", 12)
def test_the_recall_search_after_a_verb_is_skipped_only_where_it_finds_nothing(
        text: str, span: int) -> None:
    low = cues.lowered(text)
    found = bool(cues.finditer(cues.RECALLED, text, low))
    for verb in cues.finditer(cues.MEETING, text, low):
        start, stop = verb.start(), verb.start() + span
        expected = cues.search(cues.RECALLED, text[start:stop],
                               low[start:stop] if low is not None else None)
        got = events._late_recall(text, low, found, start, stop)
        assert (got.span() if got else None) == (expected.span() if expected else None)
