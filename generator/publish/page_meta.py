"""MkDocs' reading of a page's source and front matter (`Page.read_source`), without YAML for the
two shapes of front matter the generator writes.

MkDocs reads every page's front matter with libyaml and PyYAML's constructors. At 10,000
articles that is 20,000 pages, and it cost the page workers about 1.6 CPU-s (py-spy), most of it
for two shapes: `format: html` alone (every generated page) and an article's flat keys
(`title: ...`, `date: ...`, lists of names). Those are read here, line by line, but only where
each line is one whose YAML value is beyond doubt: a key, then a value that PyYAML reads as the
text itself (checked with PyYAML's own resolver), `null`, a date or `[]`, or a list of such items.
Any other front matter (comments, quotes, nested meetings, a researcher's indentation...) goes to
MkDocs' own `get_data`, so every page gets the same `markdown` and `meta` as MkDocs gives it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

import yaml
from mkdocs.utils import meta

log = logging.getLogger("mkdocs.structure.pages")
"""The logger of MkDocs' `Page.read_source`, whose messages `read_source` repeats."""
GENERATED = "format: html\n"
"""The whole front matter of a generated page (site/render.py writes it)."""
KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
PLAIN = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ ,.;()'’&/%+$!?-]*(?<! )")
"""Text that YAML reads back as itself when it is a key's whole value on one line (block
context): it opens with a letter or digit, holds no ':' or '#', no quote that could open a
quoted scalar, no tab or line break, and does not end in a space. Whether it reads as a string
at all (`yes`, `12`, `2023-04-13` do not) is the resolver's answer."""
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
STR_TAG = "tag:yaml.org,2002:str"
NULL_TAG = "tag:yaml.org,2002:null"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
BOOL_TAG = "tag:yaml.org,2002:bool"
DASH, KEY_TOKEN, VALUE = "-", "key", "value"
Token = tuple[str, int, str, str]
_UNSURE = object()
"""A value left to YAML."""
CACHE_LIMIT = 50_000


class FrontMatter:
    """`get_data` of one worker: the value of each distinct text is worked out once (names,
    places and dates repeat across thousands of articles)."""

    def __init__(self) -> None:
        self.resolver = yaml.resolver.Resolver()
        self.values: dict[str, object] = {}
        self.keys: dict[str, bool] = {}

    def read_source(self, page: Any, config: Any) -> None:
        """`Page.read_source` (MkDocs 1.6's lines and messages) with `get_data` below."""
        source = config.plugins.on_page_read_source(page=page, config=config)
        if source is None:
            try:
                source = page.file.content_string
            except OSError:
                log.error(f"File not found: {page.file.src_path}")
                raise
            except ValueError:
                log.error(f"Encoding error reading file: {page.file.src_path}")
                raise
        page.markdown, page.meta = self.get_data(source)

    def get_data(self, doc: str) -> tuple[str, dict[str, Any]]:
        """`mkdocs.utils.meta.get_data(doc)`: the document after its front matter, and the front
        matter's values."""
        found = meta.YAML_RE.match(doc)
        if found is not None:
            data = self.simple(found.group(1))
            if data is not None:
                return doc[found.end():].lstrip("\n"), data
        return meta.get_data(doc)

    def simple(self, front: str) -> dict[str, Any] | None:
        """The values of a front matter made only of lines read here, or None to ask YAML."""
        if front == GENERATED:
            return {"format": "html"}
        tokens = self.tokens(front)
        if tokens is None or not tokens or tokens[0][:2] != (KEY_TOKEN, 0):
            return None
        data, end = self.node(tokens, 0, 0)
        return data if end == len(tokens) and isinstance(data, dict) else None

    def tokens(self, front: str) -> list[Token] | None:
        """Each line as (kind, column, key or text, rest): a sequence's dashes, then one key (with
        what follows its colon) or one plain value; None for a line of any other form."""
        out: list[Token] = []
        for line in front.split("\n")[:-1]:  # YAML_RE's group ends with a line break
            text = line.lstrip(" ")
            column = len(line) - len(text)
            while text.startswith("- "):
                out.append((DASH, column, "", ""))
                column, text = column + 2, text[2:]
            key, colon, rest = text.partition(":")
            if colon and (not rest or rest[0] == " "):
                if not self.key(key):
                    return None
                out.append((KEY_TOKEN, column, key, rest[1:]))
            elif text:
                out.append((VALUE, column, text, ""))
            else:
                return None  # a blank line or a lone dash
        return out

    def node(self, tokens: list[Token], i: int, column: int) -> tuple[object, int]:
        """The value whose first token, tokens[i], is at `column`, and the token after it; the
        value is `_UNSURE` when YAML could read these lines otherwise."""
        kind = tokens[i][0]
        if kind == VALUE:
            return self.value(tokens[i][2]), i + 1
        if kind == DASH:
            items: list[Any] = []
            while i < len(tokens) and tokens[i][:2] == (DASH, column):
                if i + 1 == len(tokens) or tokens[i + 1][1] != column + 2:
                    return _UNSURE, i
                item, i = self.node(tokens, i + 1, column + 2)
                if item is _UNSURE:
                    return _UNSURE, i
                items.append(item)
            return items, i
        data: dict[str, Any] = {}
        while i < len(tokens) and tokens[i][:2] == (KEY_TOKEN, column):
            _, _, key, rest = tokens[i]
            i += 1
            if rest:
                value = self.value(rest)
            elif i < len(tokens) and (tokens[i][:2] == (DASH, column) or tokens[i][1] == column + 2):
                value, i = self.node(tokens, i, tokens[i][1])  # a list may sit at the key's column
            else:
                value = None
            if value is _UNSURE:
                return _UNSURE, i
            data[key] = value
        return data, i

    def value(self, text: str) -> object:
        """What YAML reads `text` (a whole plain value on its line) as, or `_UNSURE`."""
        if text == "[]":
            return []  # a list of its own each time: pages change their meta
        try:
            return self.values[text]
        except KeyError:
            pass
        tag = self.tag(text) if PLAIN.fullmatch(text) else None
        if tag == STR_TAG:
            value: object = text
        elif tag == NULL_TAG and text == "null":
            value = None
        elif tag == BOOL_TAG and text in ("true", "false"):
            value = text == "true"
        elif tag == TIMESTAMP_TAG and DATE.fullmatch(text):
            try:
                value = dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
            except ValueError:  # 2023-02-30: YAML fails on it, and MkDocs then keeps no front matter
                value = _UNSURE
        else:
            value = _UNSURE
        if len(self.values) >= CACHE_LIMIT:
            self.values.clear()
        self.values[text] = value
        return value

    def key(self, text: str) -> bool:
        """Whether YAML reads `text` before a colon as this string key."""
        known = self.keys.get(text)
        if known is None:
            known = self.keys[text] = bool(KEY.fullmatch(text)) and self.tag(text) == STR_TAG
        return known

    def tag(self, text: str) -> str:
        return str(self.resolver.resolve(yaml.ScalarNode, text, (True, False)))
