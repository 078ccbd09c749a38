"""A first-character guard for the cues' lower-case twins (`cues.LOWER`).

Python's re has no prefix scan for a pattern that opens with `\\b`: it stops at every word
boundary, the end of each word included, and tries every alternative there in turn (MEETING has
about ninety). A lookahead for the characters a match can begin with, put right after that
`\\b`, turns most of those stops into one test. It only adds a condition every match already
meets, so the matches are the same; `first_chars` answers None (no guard) wherever it cannot
tell.

Measured on the 21,287 sentences of the 2,000-article bench corpus (best of 3, load ~4 on 2
cores): MEETING's twin 0.38 -> 0.22 s, PLANNED 0.11 -> 0.07 s, PARTICIPATION 0.17 -> 0.10 s.
"""

from __future__ import annotations

import re
from re import _constants, _parser  # type: ignore[attr-defined]

_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT,
            getattr(_constants, "POSSESSIVE_REPEAT", _constants.MAX_REPEAT)}
_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
"""They consume nothing, so the first character consumed is the next item's."""
EMPTY = ""
"""In a first-character set: the items may match the empty string."""


def first_chars(items: list[tuple[object, object]]) -> set[str] | None:
    """Every character a match of this parsed sequence can begin with (EMPTY among them when it
    can match nothing at all), or None when that is not known (classes, `.`, backreferences)."""
    out: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        found = _item_chars(op, arg)
        if found is None:
            return None
        out |= found - {EMPTY}
        if EMPTY not in found:
            return out
    out.add(EMPTY)
    return out


def _item_chars(op: object, arg: object) -> set[str] | None:
    if op is _constants.LITERAL:
        return {chr(arg)}  # type: ignore[arg-type]
    if op is _constants.IN:
        return _class_chars(arg)  # type: ignore[arg-type]
    if op is _constants.SUBPATTERN:
        if arg[1] & (re.I | re.L):  # type: ignore[index]  # '(?i:a)' also begins with 'A'
            return None
        return first_chars(list(arg[3]))  # type: ignore[index]
    if op is getattr(_constants, "ATOMIC_GROUP", None):
        return first_chars(list(arg))  # type: ignore[call-overload]
    if op is _constants.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:  # type: ignore[index]
            found = first_chars(list(branch))
            if found is None:
                return None
            out |= found
        return out
    if op in _REPEATS:
        low, _, sub = arg  # type: ignore[misc]
        found = first_chars(list(sub))
        return None if found is None else found | ({EMPTY} if low == 0 else set())
    return None  # `.`, negated literals, backreferences, conditionals: anything may come


def _class_chars(items: list[tuple[object, object]]) -> set[str] | None:
    out: set[str] = set()
    for op, arg in items:
        if op is _constants.LITERAL:
            out.add(chr(arg))  # type: ignore[arg-type]
        elif op is _constants.RANGE and arg[1] - arg[0] < 256:  # type: ignore[index, operator]
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))  # type: ignore[index]
        else:
            return None  # \w, negation, wide ranges: too many to list
    return out


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with `(?=[...])` after its opening `\\b`, or `pattern` itself where no guard is
    known (it does not open with `\\b`, or may match empty text, or its start is a class)."""
    if not pattern.pattern.startswith(r"\b") or pattern.flags & (re.I | re.X):
        return pattern  # case folding or verbose layout: the characters are not the text's
    parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    if len(parsed) == 1 and parsed[0][0] is _constants.BRANCH:
        parsed = list(parsed[0][1][1][0])  # the `\b` opens the first alternative only
    if not parsed or parsed[0] != (_constants.AT, _constants.AT_BOUNDARY):
        return pattern
    chars = first_chars(parsed[1:])
    if not chars or EMPTY in chars:
        return pattern
    cls = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(rf"\b(?=[{cls}])" + pattern.pattern[2:], pattern.flags)
