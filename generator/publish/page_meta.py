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
        data: dict[str, Any] = {}
        key, items = "", None  # the last key without a value on its line, and its list
        for line in front.split("\n")[:-1]:  # YAML_RE's group ends with a line break
            if line.startswith("- "):
                value = self.value(line[2:])
                if items is None or value is _UNSURE:
                    return None
                if not items:
                    data[key] = items  # null until an item comes
                items.append(value)
                continue
            key, colon, rest = line.partition(":")
            if not colon or not self.key(key):
                return None
            if not rest:
                data[key], items = None, []
                continue
            value = [] if rest == " []" else self.value(rest[1:]) if rest[0] == " " else _UNSURE
            if value is _UNSURE:
                return None
            data[key], items = value, None
        return data

    def value(self, text: str) -> object:
        """What YAML reads `text` (a whole plain value on its line) as, or `_UNSURE`."""
        try:
            return self.values[text]
        except KeyError:
            pass
        tag = self.tag(text) if PLAIN.fullmatch(text) else None
        if tag == STR_TAG:
            value: object = text
        elif tag == NULL_TAG and text == "null":
            value = None
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
