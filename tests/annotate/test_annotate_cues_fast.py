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


# The cues as first written, with `\b` before each alternative; the cues now write one `\b`
# before each run of such alternatives, which the engine tests once per position instead of
# once per alternative. Distributing a zero-width test over alternatives keeps their order, so
# every search must give the same span.
EXCLUDE_BEFORE_AS_WRITTEN = (
    r"(?:\bformer\s+(?:\w+\s+){0,4}|\blate\s+(?!(?:on|in|at|last|this|yesterday|today|tonight|"
    r"night|evening|afternoon|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?:\w+\s+){0,2}|spokes(?:person|man|woman)\s+(?:\w+\s+){0,2}|"
    r"\bgreetings\s+(?:from|of)\s+(?:\w+\s+){0,4}|\bmessage\s+(?:from|of)\s+(?:\w+\s+){0,4}|"
    r"\bon\s+behalf\s+of\s+(?:\w+\s+){0,4}|\b(?:is|was|are|were)\s+represent(?:ing|ed)\s+(?:\w+\s+){0,4}|"
    r"\bdeaths?\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}|"
    r"\bletter\s+from\s+(?:\w+\s+){0,4}|\b(?:invitation|instructions?|request)\s+(?:of|from)\s+(?:\w+\s+){0,4}|"
    r"\b(?:envoy|emissary|representative|aide|adviser|advisor)\s+(?:of|to)\s+(?:the\s+)?(?:\w+\s+){0,3}|"
    r"\b(?:leadership|guidance|stewardship|vision|patronage)\s+"
    r"of\s+(?:[\w.'’-]+\s+){0,6}|\b(?:recollect\w*|recall\w*|remember\w*|reminisc\w*)\s+(?:his|her|"
    r"their|the|a)\s+(?:\w+\s+){0,2}(?:appearances?|meetings?|talks|visits?|conversations?|calls?|"
    r"encounters?|rall(?:y|ies)|events?)\s+with\s+(?:[\w.'’-]+\s+){0,5}|\b(?:admirers?|supporters?|allies|ally|critics?|"
    r"son|daughter|wife|husband|widow|mother|father|grandfather|grandmother)\s+of\s+(?:\w+\s+){0,4})$")
PHONE_PRESS_AS_WRITTEN = (
    r"\b(?:told|said|speaking|spoke|talking|talked)\s+(?!with\b)(?:to\s+)?(?:[\w.]+\s+){0,3}?(?:by|over|on)\s+"
    r"(?:the\s+)?(?:tele)?phone\b(?!\s+(?:with|to)\b)|\b(?:tele)?phone\s+interview\b|"
    r"\binterview\w*\s+by\s+(?:tele)?phone\b")
NOT_AN_OFFICE_HOLDER_AS_WRITTEN = (
    r"(?:\b(?:advis[eo]r|aide|assistant|envoy|representative|spokes\w+|counsel\w*|chief\s+of\s+staff|"
    r"office|deputy|secretary|press\s+secretary)\s+(?:to|of|for)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+)?"
    r"|\b(?:as|became|becomes|become|named|appointed|elected|sworn\s+in\s+as|served\s+as|"
    r"serving\s+as)\s+(?:the\s+)?(?:new\s+|then\s+|former\s+)?(?:[A-Z][\w.]*\s+)?)$")
HOIST_WORDS = ["former", "was", "representing", "invitation", "envoy", "late", "spokesperson",
               "cospokesman", "greetings", "message", "from",
               "of", "on", "behalf", "death", "deaths", "the", "letter", "leadership", "vision",
               "recalled", "remembering", "his", "a", "meetings", "talks", "with", "ally",
               "allies", "son", "widow", "Smith", "J.", "told", "said", "by", "over", "phone",
               "telephone", "interview", "interviewed", "adviser", "aide", "to", "chief", "staff",
               "as", "became", "sworn", "in", "served", "new", "then", "Pm", "x", "’", "-", ".",
               " ", "\n", ",", "Late", "FORMER", "ſon", "İn"]
hoist_texts = st.lists(st.sampled_from(HOIST_WORDS), max_size=12).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(hoist_texts)
@example("the former foreign minister ")
@example("told reporters by phone and in a phone interview")
@example("an adviser to the President ")
def test_a_shared_word_boundary_written_once_finds_the_same_spans(text: str) -> None:
    from generator.annotate import people

    for mine, written in ((cues.EXCLUDE_BEFORE, EXCLUDE_BEFORE_AS_WRITTEN),
                          (cues.PHONE_PRESS, PHONE_PRESS_AS_WRITTEN),
                          (people.NOT_AN_OFFICE_HOLDER, NOT_AN_OFFICE_HOLDER_AS_WRITTEN)):
        old = re.compile(written, re.I)
        for pos in range(0, len(text) + 1, 7):
            got, want = mine.search(text, pos), old.search(text, pos)
            assert (got and got.span()) == (want and want.span())
        assert mine.sub(" ", text) == old.sub(" ", text)
        low = cues.lowered(text)
        if low is not None:  # how the cues run: the twin on lower-cased text
            twin = cues.LOWER.get(mine, mine)
            assert [m.span() for m in twin.finditer(low)] == [m.span() for m in old.finditer(text)]


MINISTER_WORDS = ["minister", "Minister", "MINISTERS", "ministers", "mınıster", "ſ", "İ", "of",
                  "for", "Foreign", "Affairs", "and", "Defence", "prime", "-", "co-", "designate",
                  "the", " ", "\n", ".", "x"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(MINISTER_WORDS), max_size=12).map(" ".join),
       st.lists(st.sampled_from(MINISTER_WORDS), max_size=12).map("".join))
def test_ministers_are_found_where_the_word_is_written_as_everywhere(spaced: str, run: str) -> None:
    from generator.annotate.titles import TitleIndex
    from tests.conftest import tiny_registry

    titles = TitleIndex(tiny_registry())
    for text in (spaced, run):
        assert [m.span() for m in titles._ministers(text)] == [
            m.span() for m in titles.minister.finditer(text)]
