"""Regular expressions rewritten for speed (a first-character guard, a capital or a full stop matched
before the lookbehind) must find exactly what their plain forms find."""

from __future__ import annotations

import re
from re import _compiler, _parser  # type: ignore[attr-defined]

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.annotate import cues, events, people, places
from generator.annotate import text as text_module
from generator.annotate.guard import CASE_TWINS, EMPTY, _scan_info, factored, first_chars, guarded, scanned

SHAPES = [r"\bfoo|\bfob", r"\b(?:ab?|c+d)e", r"\b(?:x?y|z*)w\b", r"\b(?:[a-c]|q)\s", r"\bfoo\b|\(bar",
          r"\b(?=q)(?:qu|qi)", r"\b(?<!-)(?:kin|king)s?\b"]
"""Patterns whose guard is known: branches, optional starts, classes, a second top branch."""
UNGUARDED = [r"\b\w+", r"\b(?:x*)", r"\b.a", r"foo\b", r"\b[^a]b", r"\b(?i:a)b"]
"""No guard can be told: a class too wide, an empty match, any character, no opening `\\b`."""


def _chars(pattern: str) -> set[str] | None:
    return first_chars(list(_parser.parse(pattern)))


def test_first_chars_lists_what_a_match_can_begin_with() -> None:
    assert _chars("foo|bar") == {"f", "b"}
    assert _chars("(?:ab?|c+d)e") == {"a", "c"}
    assert _chars("x?y") == {"x", "y"}
    assert _chars("x*") == {"x", EMPTY}
    assert _chars(r"[a-c]q") == {"a", "b", "c"}
    assert _chars(r"\w") is None and _chars(".") is None and _chars("[^a]") is None


def test_a_guard_is_added_only_where_it_is_known() -> None:
    for shape in SHAPES:
        assert guarded(re.compile(shape)).pattern != shape, shape
    for shape in UNGUARDED:
        assert guarded(re.compile(shape)).pattern == shape, shape
    assert "(?=" in cues.twin(cues.MEETING).pattern  # the costliest cue is guarded


texts = st.text(alphabet="abcdefgiknoqsuwxyz-( \n", max_size=40)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_a_guarded_pattern_finds_exactly_what_the_pattern_finds(text: str) -> None:
    for shape in SHAPES + UNGUARDED:
        plain = re.compile(shape)
        fast = guarded(plain)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(len(text)):
            assert bool(fast.match(text, pos)) == bool(plain.match(text, pos))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_every_guarded_twin_finds_what_its_plain_twin_finds(text: str) -> None:
    low = text.lower()
    for pattern, twin in cues.LOWER.items():
        plain = re.compile(pattern.pattern, pattern.flags & ~re.I) if twin is not pattern else pattern
        assert [m.span() for m in twin.finditer(low)] == [m.span() for m in plain.finditer(low)]


CAPITAL_FIRST = {
    "CAP_RUN": (places.CAP_RUN, rf"(?<![\w@#]){places.WORD}(?:[ \u00a0](?:(?:{places.CONNECT}[ \u00a0])"
                                rf"{{1,2}}|{places.ARTICLE_PREFIX})?{places.WORD})*"),
    "POSSESSIVE_NAME": (people.POSSESSIVE_NAME,
                        r"(?<![\w.’'-])([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})['’]s[ \t]+(?=[A-Z][a-z])"),
    "CAPITALISED": (people.CAPITALISED, r"(?<![\w@#])[A-Z][\w’'-]+"),
}
"""Scans written capital first, lookbehind second (so re skips to capitals), and the plain form."""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AKZaks É.’'-@# \t\n\u00a0", max_size=50))
@example("Sylvania's Karl Zebb met @Kovar and de Anna al-Rekk in La Paz")
def test_capital_first_scans_match_their_lookbehind_first_form(text: str) -> None:
    for name, (fast, plain) in CAPITAL_FIRST.items():
        slow = re.compile(plain)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in slow.finditer(text)], name
        for pos in range(len(text)):
            assert (fast.match(text, pos) or re.match("", "")).span() == (
                slow.match(text, pos) or re.match("", "")).span(), name


PLAIN_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’)]*\s+(?=["'“‘(]?[A-Z0-9]|[—–]\s)""")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ9.!?\"'”’)“‘( \n—–", max_size=40))
@example("He left.) ( She came. — Photo MOSCOW — X met Y!' 'Z")
def test_sentence_end_gaps_are_the_lookbehind_forms_matches(text: str) -> None:
    assert [m.span("gap") for m in text_module.SENTENCE_END.finditer(text)] == [
        m.span() for m in PLAIN_SENTENCE_END.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["SCO", "G20", "G-7", "UN", "EU", "the", "council", "Council", "quad",
                                 "UNGA", "forum", "meeting of the foreign", "x", " ", ",", "("]),
                max_size=12).map(" ".join) | st.text(max_size=40))
def test_the_guarded_session_cue_finds_what_the_cue_finds(text: str) -> None:
    assert events.SESSION is not cues.MULTILATERAL
    assert [m.span() for m in events.SESSION.finditer(text)] == [
        m.span() for m in cues.MULTILATERAL.finditer(text)]


LONG = [r"\b(?:met|meets?|(?:ab)?a|(?:ab)??ac?|(?:a|the)\s+meet|(?:tele)?phoned|talks??|ab|ac|ad"
        r"|(?<=,\s)zed)\b",
        r"(?:x(y)|xz|(?:q|r)s|t?u|v|w|xa|xb|(?:ab)?a|(?:cd)??c)(\d)?",
        r"\b(?:ab|ac|ad|ae|af|ag|ah|ai|\w+)",
        r"\b(?=[a-z])(?:ab|ac|\b(?:xa|yb)z|ad\b|ae|af|ag|ah)|(?:ab|ac|\b(?:xa|yb)z|ad\b|ae|af|ag|ah)"]
"""Long alternations: optional and lazy starts, groups opened, a capture, a lookbehind branch last;
the third cannot be dispatched (its last branch may begin with anything); in the fourth an inner
`\\b` right after the opening one always holds, and without it (the second half) it does not."""


def test_long_alternations_are_dispatched_where_they_can_be() -> None:
    assert factored(re.compile(LONG[0])) is not re.compile(LONG[0])
    assert factored(re.compile(LONG[0])).pattern == LONG[0]
    assert factored(re.compile(LONG[2])) is re.compile(LONG[2])  # no dispatch, no first characters
    assert factored(re.compile(r"\b(?:\w|ab)")) is re.compile(r"\b(?:\w|ab)")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdehlmnopqrstuvwxyz,1 \n", max_size=40))
@example("the meet, zed telephoned a talks xy1 xz t u qs aba abac axaz ybz")
def test_a_dispatched_pattern_finds_exactly_what_the_pattern_finds(text: str) -> None:
    for shape in LONG:
        plain = re.compile(shape)
        fast = factored(plain)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)]
        for pos in range(len(text)):
            hit, want = fast.match(text, pos), plain.match(text, pos)
            assert (hit and (hit.span(), hit.groups())) == (want and (want.span(), want.groups()))


def _scan(pattern: str) -> list[int] | None:
    tree = _parser.parse(pattern)
    return _scan_info(_compiler._code(tree, 0), tree, 0)


def test_the_search_is_told_the_first_characters_only_where_re_does_not_know_them() -> None:
    assert _scan(r"\b(?:ab|ac)") is not None  # behind a \b: re itself finds no first character
    assert _scan(r"\b(?=q)(?:met|(?:tele)?phoned)\s") is not None
    assert _scan(r"\b\w+") is None and _scan(r"\b(?:x*)") is None and _scan(r"\b.a") is None
    assert _scan("foo|bar") is None  # re's own charset: left as it is
    assert _scan(r"(?:x?)") is None  # a match may be empty


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefgiknoqsuwxyz-(, \n1", max_size=40))
@example("the meet, zed q qu qi kings -kin abe cde foo (bar")
def test_a_pattern_told_its_first_characters_finds_what_it_finds(text: str) -> None:
    for shape in SHAPES + UNGUARDED + [r"\b(?:ab|ac)", r"(?<=,\s)\b(?:zed|x)", r"\b(?:q|x\b)"]:
        plain = re.compile(shape)
        fast = factored(plain)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)], shape
        for pos in range(len(text) + 1):
            hit, want = fast.search(text, pos), plain.search(text, pos)
            assert (hit and hit.span()) == (want and want.span()), shape


def test_case_twins_are_every_other_character_an_ascii_one_matches_ignoring_case() -> None:
    ascii_any = re.compile("[\x00-\x7f]", re.I)
    found: dict[str, set[str]] = {}
    for other in map(chr, range(0x80, 0x110000)):
        if ascii_any.fullmatch(other):
            for c in map(chr, range(0x80)):
                if re.fullmatch(re.escape(c), other, re.I):
                    found.setdefault(c.lower(), set()).add(other)
    assert found == {c: set(twins) for c, twins in CASE_TWINS.items()}


CASED = [r"\b(?:as|while|when)\s+[^,;]{0,20}$", r"\bkin(?:g|s)\b|\bSit", r"\b[a-k]{0,9}?\b(?:in|at)\s+$",
         r"\b(?:i|k)\w?", r"\b(?-i:Ka|s)x"]
"""Case-insensitive shapes: their first characters stand for every case twin (`CASE_TWINS`)."""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aiksnwhgtxAIKSNWHGT,; \n\u0130\u0131\u212a\u017f", max_size=40))
@example("\u0130n \u212aing \u017fit \u0131n at WHEN x KA\u212aa")
def test_a_case_insensitive_pattern_told_its_first_characters_finds_what_it_finds(text: str) -> None:
    for shape in CASED:
        plain = re.compile(shape, re.I)
        fast = scanned(plain)
        assert fast is not plain and fast.pattern == shape
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], shape
        for pos in range(len(text) + 1):
            hit, want = fast.search(text, pos), plain.search(text, pos)
            assert (hit and hit.span()) == (want and want.span()), shape


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    import importlib
    import pkgutil

    import generator.annotate as package
    out = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"generator.annotate.{info.name}")
        out += [(f"{info.name}.{name}", value) for name, value in vars(module).items()
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str)]
    return out


WORDS = ["in", "at", "the", "from", "ahead", "of", "his", "their", "talks", "meeting", "met", "late",
         "last", "next", "coming", "said", "on", "concluded", "left", "for", "town", "as", "while",
         "Moscow", "Kovar", "2021", "14", "Mr.", "Dr", "by", "visit", "will", "be", "held", "to",
         "\u0130n", "\u017faid", "\u212aovar", "AT", ",", ".", ";", "(", ")", "'s", "-", "\n", "  "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join))
@example("Kovar said on Tuesday ahead of their talks in the town of Varzob, as he left Moscow for")
def test_every_pattern_compiled_for_speed_finds_what_its_text_finds(text: str) -> None:
    for name, fast in _module_patterns():
        plain = re.compile(fast.pattern, fast.flags)
        if plain is fast:
            continue
        for pos in range(len(text) + 1):
            hit, want = fast.search(text, pos), plain.search(text, pos)
            assert (hit and (hit.span(), hit.groups())) == (want and (want.span(), want.groups())), name
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], name
