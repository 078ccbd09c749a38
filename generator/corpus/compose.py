"""New front matter, written the way PyYAML would write it but composed here: PyYAML's
pure-Python emitter cost more than annotating an article.

Parsing, checking and updating front matter is `frontmatter`'s; this is only the first write.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from generator.corpus.frontmatter import MAX_FRONT_MATTER


class _NoAliasDumper(yaml.SafeDumper):
    """Writes a value shared by two fields out twice: `parse` refuses anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_new(fields: dict[str, Any], body: str) -> str:
    """Front matter plus body for a file the generator writes for the first time."""
    return compose_new(fields, body)[0]


def compose_new(fields: dict[str, Any], body: str) -> tuple[str, dict[str, int] | None]:
    """`dump_new`'s text, and the key lines `parse` would find in it, or None for the lines.

    The lines come when the front matter was composed here (`_block`), not long enough for
    `parse` to refuse, so that reading it back would give `fields` again: the annotation step
    hands those over and the load step need not read and parse ten thousand files it has just
    written (see `build.incremental.load_corpus`).
    """
    keys: dict[str, int] = {}
    front = _block(fields, keys)
    if front is None:
        return f"---\n{_dump(fields)}---\n\n{body}", None
    return f"---\n{front}---\n\n{body}", keys if len(front) <= MAX_FRONT_MATTER else None


def _dump(value: Any) -> str:
    return yaml.dump(value, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True,
                     width=4096, default_flow_style=False)


# -- writing new front matter fast -------------------------------------------------------------
# PyYAML's pure-Python emitter cost more than annotating an article. The fields the annotator
# writes are a few shapes (a mapping of scalars, lists of names, lists of meetings), so the block
# layout is composed here and only each string's rendering is PyYAML's own, asked once per
# distinct string. Anything outside those shapes goes to PyYAML whole; tests compare the two.

SCALAR_CACHE = 100_000
"""Distinct strings remembered; names and places repeat across thousands of articles."""
SCALAR_MAX = 1_000
"""Longer renderings could meet the 4096-column fold at another column in the real document."""
MAX_NESTING = 6
SIMPLE_KEY = re.compile(r"[a-z][a-z_]{0,40}")
RESOLVED_WORDS = {"yes", "no", "true", "false", "on", "off", "null"}
"""Keys PyYAML would quote because, bare, they read as booleans or null."""
LINE_BREAKS = re.compile("[\r\n\x85\u2028\u2029]")
"""What YAML counts as a line break (a plain or quoted scalar breaks its line there)."""
_scalars: dict[str, str | None] = {}


_analyser = yaml.emitter.Emitter(None, allow_unicode=True)  # `analyze_scalar` reads nothing else
_resolver = yaml.resolver.Resolver()
STR_TAG = "tag:yaml.org,2002:str"


PLAIN_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ,.;()'’&/%+$!?-]*(?<! )")
"""Text the emitter's analysis always allows plain in a block: it opens with a letter or digit,
does not end in a space, and holds no indicator that counts after the first character (':',
'#'), no line break and no character YAML must escape. Titles are mostly this."""


def _plain(text: str) -> bool:
    """PyYAML writes `text` as is: the emitter's first choice of style (`choose_scalar_style`)
    for a block value that reads back as a string and needs no quotes."""
    if not PLAIN_WORDS.fullmatch(text):  # the emitter's character-by-character analysis
        analysis = _analyser.analyze_scalar(text)
        if not analysis.allow_block_plain or analysis.multiline or analysis.empty:
            return False
    return _resolver.resolve(yaml.ScalarNode, text, (True, False)) == STR_TAG


def _block(fields: dict[str, Any], keys: dict[str, int] | None = None) -> str | None:
    """`_dump(fields)` composed line by line, or None when the value has another shape.

    `keys` gains the line of each key as `parse` numbers them (`_key_lines`): the file's line,
    the front matter starting on the second.
    """
    lines: list[str] = []
    if type(fields) is not dict or not fields or not _mapping(fields, "", "", lines, 0, keys):
        return None
    return "".join(lines)


def _mapping(data: dict[Any, Any], indent: str, lead: str, lines: list[str], depth: int,
             keys: dict[str, int] | None = None, prefix: str = "") -> bool:
    """Block mapping at `indent`; its first key after `lead` (a sequence's '- ') if given.

    With `keys`, the line of each of its keys is noted there (as `prefix` + key) and, for a
    top-level mapping (no `prefix`), those of the mappings listed under its keys."""
    if depth > MAX_NESTING:
        return False
    for key, value in data.items():
        if type(key) is not str or not SIMPLE_KEY.fullmatch(key) or key.lower() in RESOLVED_WORDS:
            return False
        if keys is not None:
            keys[prefix + key] = len(lines) + 2
        head = f"{lead or indent}{key}:"
        lead = ""
        if type(value) in (list, dict) and not value:
            lines.append(f"{head} {'[]' if type(value) is list else '{}'}\n")
        elif type(value) is list:
            lines.append(head + "\n")
            listed = keys if keys is not None and not prefix else None
            if not _sequence(value, indent, lines, depth + 1, listed, key):  # PyYAML does not indent these
                return False
        elif type(value) is dict:
            lines.append(head + "\n")
            if not _mapping(value, indent + "  ", "", lines, depth + 1):
                return False
        else:
            text = _scalar(value)
            if text is None:
                return False
            lines.append(f"{head} {text}\n")
    return True


def _sequence(items: list[Any], indent: str, lines: list[str], depth: int,
              keys: dict[str, int] | None = None, key: str = "") -> bool:
    for n, item in enumerate(items, 1):
        if type(item) is dict and item:
            if not _mapping(item, indent + "  ", indent + "- ", lines, depth + 1, keys, f"{key}[{n}]."):
                return False
        elif type(item) in (list, dict):
            return False  # nested or empty containers: rare, left to PyYAML
        else:
            text = _scalar(item)
            if text is None:
                return False
            lines.append(f"{indent}- {text}\n")
    return True


def _scalar(value: Any) -> str | None:
    """How PyYAML writes this scalar after 'key: ' or '- ', or None when unsure."""
    kind = type(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is dt.date:
        return value.isoformat()
    if kind is not str:
        return None  # floats, datetimes, other types: PyYAML decides
    try:
        return _scalars[value]
    except KeyError:
        pass
    text = None
    if len(value) <= SCALAR_MAX and _plain(value):
        text = value  # most strings: written as they are
    elif not LINE_BREAKS.search(value):  # a break is written with the indent of its context
        out = _dump({"k": value})
        if out.startswith("k: ") and out.count("\n") == 1 and len(out) <= SCALAR_MAX:
            text = out[3:-1]
    if len(_scalars) >= SCALAR_CACHE:
        _scalars.clear()
    _scalars[value] = text
    return text
