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

import _sre  # type: ignore[import-not-found]
import re
from re import _compiler, _constants, _parser  # type: ignore[attr-defined]

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


# -- first-character dispatch ------------------------------------------------------------------
# Past the guard, re still tries a long alternation's branches one by one at every word start.
# Its quick test of a branch's first character only fires when the branch opens with a literal,
# and many cue branches open with a group ('(?:a|the|his)\s+meeting', '(?:tele)?phoned'). So a
# long alternation is rewritten as one branch per first letter, each that letter followed by the
# rests of the original branches that begin with it, in their order: at a word start re tests a
# few letters and then only the branches that can match there, in the order it would have tried
# them (the others fail on their first character anyway). Measured on the 32,055 sentences of
# the first 3,000 synthetic articles (all matches of MEETING's twin, best of 3, load ~1.5):
# 0.265 -> 0.147 s; EXCLUDE_BEFORE 0.229 -> 0.152 s, PARTICIPATION 0.127 -> 0.102 s.

MIN_BRANCHES = 8
"""Alternations shorter than this are left as written: a few literal tests cost nothing."""
_MAX_DEPTH = 4


def factored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with its long alternations dispatched on their first character and its first
    characters told to re's search (`_scan_info`): same matches, same groups, same `.pattern`;
    or `pattern` itself where neither can be done."""
    if pattern.flags & (re.I | re.X):
        return pattern
    tree = _parser.parse(pattern.pattern, pattern.flags)
    changed = _factor_in(tree, tree.state, 0)
    try:  # re's own compile, given the rewritten parse, keeping the pattern's text
        code = _compiler._code(tree, pattern.flags)  # type: ignore[attr-defined]
        scan = _scan_info(code, tree, pattern.flags | tree.state.flags)
        if scan is None and not changed:
            return pattern
        return _sre.compile(pattern.pattern, pattern.flags | tree.state.flags, scan or code,  # type: ignore[attr-defined]
                            tree.state.groups - 1, pattern.groupindex, tuple(_index_group(pattern)))
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error):
        return pattern  # another Python's re internals: the pattern as written still works


# -- first characters for the search loop -------------------------------------------------------
# re's search tries a pattern at every position of the text unless the pattern's info block names
# a literal prefix or the characters a match begins with; re finds those only when the pattern
# opens with a literal, a class or an alternation of literals, never behind a `\b` or a group.
# Given the set (`first_chars`, which looks through both), the search skips in C to the next
# position holding one of them and tries the pattern only there; nothing else changes, since a
# match starting anywhere else would have to consume another character first. Measured on the
# 32,055 lower-cased sentences of the first 3,000 synthetic articles (all matches, best of 7,
# load ~6): MEETING's twin 0.193 -> 0.163 s, PARTICIPATION 0.150 -> 0.091 s, EXCLUDE_BEFORE
# 0.151 -> 0.116 s, STRONG_MEETING 0.066 -> 0.041 s, VIDEO 0.068 -> 0.046 s.


def scanned(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` with the characters its matches can begin with told to re's search (same
    matches, groups and `.pattern`), or `pattern` itself where they are not known; for the
    patterns other than the cues' twins (which `factored` gives the same)."""
    if pattern.flags & (re.X | re.L) or not isinstance(pattern.pattern, str):
        return pattern
    tree = _parser.parse(pattern.pattern, pattern.flags)
    try:
        flags = pattern.flags | tree.state.flags
        scan = _scan_info(_compiler._code(tree, pattern.flags), tree, flags)  # type: ignore[attr-defined]
        if scan is None:
            return pattern
        return _sre.compile(pattern.pattern, flags, scan, tree.state.groups - 1,  # type: ignore[attr-defined]
                            pattern.groupindex, tuple(_index_group(pattern)))
    except (AttributeError, TypeError, ValueError, RuntimeError, re.error):
        return pattern  # RuntimeError: _sre's check of a program built for another re's layout


CASE_TWINS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""Characters other than 'I', 'K', 'S' that an ASCII letter matches under re.IGNORECASE (the dotted
capital I, the dotless i, the Kelvin sign, the long s); checked over all of Unicode in
tests/annotate/test_annotate_guard.py."""


def _case_closure(chars: set[str]) -> set[str] | None:
    """Every character re.IGNORECASE lets stand for one of `chars` (None beyond ASCII)."""
    out: set[str] = set()
    for c in chars:
        if not c.isascii():
            return None
        low = c.lower()
        out |= {c, low, c.upper(), *CASE_TWINS.get(low, "")}
    return out


def _scan_info(code: list[int], tree: object, flags: int) -> list[int] | None:
    """`code` (re's compiled `tree`) with an info block naming the characters a match can begin
    with, or None where re found a prefix itself, a match may be empty, or the set is unknown."""
    if code[0] != _constants.INFO or code[2] or not code[3]:
        return None  # a prefix or a charset already, or a match that may consume nothing
    chars = first_chars(list(tree.data))  # type: ignore[attr-defined]
    if chars and flags & re.I:
        chars = _case_closure(chars)
    if not chars or EMPTY in chars:
        return None
    charset, cased = _compiler._optimize_charset(  # type: ignore[attr-defined]
        [(_constants.LITERAL, ord(c)) for c in sorted(chars)])
    if cased:
        return None
    info = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)  # type: ignore[attr-defined]
    info[1] = len(info) - 1  # the info block's skip, counted from its own slot
    return info + code[code[1] + 1:]


def _index_group(pattern: re.Pattern[str]) -> list[str | None]:
    out: list[str | None] = [None] * (pattern.groups + 1)
    for name, i in pattern.groupindex.items():
        out[i] = name
    return out


def _factor_in(sub: object, state: object, depth: int, bounded: bool = False) -> bool:
    """Rewrite, in place, the long alternations of a parsed (sub)pattern; whether one was.
    `bounded`: the sequence starts where a `\\b` was just tested (see `_peel`)."""
    changed = False
    data = sub.data  # type: ignore[attr-defined]
    for i, (op, arg) in enumerate(data):
        if depth > _MAX_DEPTH:
            break
        if i:  # only lookarounds between: still at the position of a '\b' before them
            bounded = data[i - 1] == _BOUNDARY or (bounded and data[i - 1][0] in _LOOKAROUND)
        if op is _constants.BRANCH:
            new = _dispatch(arg[1], state, bounded) if len(arg[1]) >= MIN_BRANCHES else None
            if new is not None:
                data[i] = (_constants.BRANCH, (None, new))
                changed = True
            else:
                for branch in arg[1]:
                    changed = _factor_in(branch, state, depth + 1, bounded) or changed
        elif op is _constants.SUBPATTERN:
            changed = _factor_in(arg[3], state, depth + 1, bounded and not arg[1]) or changed
    return changed


_BOUNDARY = (_constants.AT, _constants.AT_BOUNDARY)
_LOOKAROUND = {_constants.ASSERT, _constants.ASSERT_NOT}


def _dispatch(branches: list[object], state: object, bounded: bool) -> list[object] | None:
    """One branch per first character: the character, then the rests of the branches opening
    with it, in order. A branch whose first character cannot be split off (a lookbehind first)
    stays whole after them, which keeps the order only if no later branch shares a first
    character with it; otherwise, or where a first character is unknown, None."""
    peeled = [_peel(list(b.data), 0, bounded) for b in branches]  # type: ignore[attr-defined]
    groups: dict[str, list[list[tuple[object, object]]]] = {}
    whole: list[object] = []
    for i, (branch, heads) in enumerate(zip(branches, peeled, strict=True)):
        if heads is not None:
            for char, rest in heads:
                groups.setdefault(char, []).append(rest)
            continue
        chars = first_chars(list(branch.data))  # type: ignore[attr-defined]
        if chars is None or EMPTY in chars or any(
                later is not None and any(c in chars for c, _ in later) for later in peeled[i + 1:]):
            return None
        whole.append(branch)
    out: list[object] = []
    for char, rests in groups.items():
        head = [(_constants.LITERAL, ord(char))]
        if len(rests) == 1:
            out.append(_sub(state, head + rests[0]))
        else:
            inner = _sub(state, [(_constants.BRANCH, (None, [_sub(state, r) for r in rests]))])
            out.append(_sub(state, head + [(_constants.SUBPATTERN, (None, 0, 0, inner))]))
    return out + whole


def _peel(items: list[tuple[object, object]], depth: int, bounded: bool = False
          ) -> list[tuple[str, list[tuple[object, object]]]] | None:
    """The ways a parsed sequence can begin, in the order re tries them: (first character, the
    rest), found by opening non-capturing groups, alternations and optional parts; None where a
    way begins otherwise (a class, a lookaround, a capturing group, a repeat).

    Nothing is consumed before the first character, so where a `\\b` has just held (`bounded`:
    'RECALLED = \\b(?:...|\\b(?:a|one)...)') a `\\b` met on the way holds too and is dropped."""
    if not items or depth > _MAX_DEPTH:
        return None
    (op, arg), rest = items[0], items[1:]
    if bounded and items[0] == _BOUNDARY:
        return _peel(rest, depth, bounded)
    if op is _constants.LITERAL:
        return [(chr(arg), rest)]  # type: ignore[arg-type]
    if op is _constants.SUBPATTERN:
        group, add, drop, sub = arg  # type: ignore[misc]
        return None if group is not None or add or drop else _peel(list(sub.data) + rest, depth + 1,
                                                                   bounded)
    if op is _constants.BRANCH:
        out = []
        for branch in arg[1]:  # type: ignore[index]
            found = _peel(list(branch.data) + rest, depth + 1, bounded)
            if found is None:
                return None
            out += found
        return out
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT) and arg[:2] == (0, 1):  # type: ignore[index]
        taken = _peel(list(arg[2].data) + rest, depth + 1, bounded)  # type: ignore[index]
        skipped = _peel(rest, depth + 1, bounded)
        if taken is None or skipped is None:
            return None
        return taken + skipped if op is _constants.MAX_REPEAT else skipped + taken
    return None


def _sub(state: object, items: list[tuple[object, object]]) -> object:
    sub = _parser.SubPattern(state)
    sub.data = list(items)
    return sub
