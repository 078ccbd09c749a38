"""Front matter: parse with line numbers, check against a schema, write once, update in place.

The researcher owns an article's front matter after the first write, so updates go through
ruamel.yaml's round-trip mode, which keeps their comments and key order.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator.corpus.yaml_errors import mistake_line, mistake_reason
from generator.model import Problem

if TYPE_CHECKING:  # ruamel.yaml is imported where a researcher's file is updated, not at every start
    from ruamel.yaml import YAML

MAX_FRONT_MATTER = 64_000
"""A front matter this long is a mistake (or an attack); refuse rather than parse it."""
MAX_DEPTH = 12
"""Deepest nesting accepted (`meetings:` needs 3); anything deeper is a mistake or an attack."""
FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$", re.M)
BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class BadScalar:
    """A value YAML could not turn into its type (e.g. 2023-02-30), kept for a clear message."""

    text: str
    line: int


class _Loader(BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that reports impossible dates instead of raising without a line number."""


def _timestamp(loader: yaml.BaseLoader, node: yaml.Node) -> object:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return BadScalar(str(node.value), node.start_mark.line)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


@dataclass
class Parsed:
    """A split and parsed article file."""

    data: dict[str, Any] | None
    body: str
    lines: dict[str, int]
    """Top-level key -> 1-based line in the file, for messages."""
    problems: list[Problem]
    front_text: str = ""


def read_file(path: Path, rel: str) -> tuple[str | None, list[Problem]]:
    """An article file's text, or None and why: MkDocs reads only UTF-8, so say so precisely.

    A file saved in another encoding is decoded (detected, as seeds are) so its fields still
    count, but it is an error: `mkdocs build` would fail on it, and rewriting it could lose text.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(rel, f"cannot read: {exc.strerror or exc}", hint="check permissions")]
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [Problem(rel, "binary file, not text", hint="remove it from docs/articles/")]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    from generator.corpus.ingest import decode  # ingest is the one place that knows encodings

    text, how = decode(raw)
    if text is None:
        return None, [Problem(rel, f"not UTF-8 text ({how})", hint="save the file as UTF-8")]
    return text.replace("\r\n", "\n"), [Problem(
        rel, f"saved as {how}, not UTF-8; MkDocs cannot read it", line=1,
        hint="save the file as UTF-8 (your editor's 'Save with encoding'); the generator will not touch it")]


def split(text: str) -> tuple[str | None, str, int | None]:
    """Return (front matter text, body, line of closing fence), or (None, text, None)."""
    if not text.startswith("---"):
        return None, text, None
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return None, text, None
    match = FENCE.search(text, first_nl + 1)
    if not match:
        return "", text, -1
    closing_line = text.count("\n", 0, match.start()) + 1
    body = text[match.end():]
    return text[first_nl + 1:match.start()], body[1:] if body.startswith("\n") else body, closing_line


def parse(text: str, path: str) -> Parsed:
    """Parse an article file's front matter; never raises, every failure is a Problem."""
    front, body, closing = split(text)
    if front is None:
        return Parsed(None, body, {}, [Problem(path, "no front matter", line=1,
                                                hint="the file must start with a '---' line")])
    if closing == -1:
        return Parsed(None, body, {}, [Problem(path, "front matter is not closed", line=1,
                                                hint="add a '---' line after the last field")])
    if len(front) > MAX_FRONT_MATTER:
        return Parsed(None, body, {}, [Problem(path, f"front matter over {MAX_FRONT_MATTER:,} characters",
                                                line=2, hint="shorten it")])
    alias_line = _alias_line(front)
    if alias_line is not None:
        return Parsed(None, body, {}, [Problem(path, "YAML anchors and aliases (&, *) are not allowed",
                                                line=alias_line + 2, hint="write values out in full")])
    try:
        loader = _Loader(front)
        try:
            node = loader.get_single_node()
            deep = _too_deep(node)
            if deep is not None:
                return Parsed(None, body, {}, [Problem(
                    path, f"values nested more than {MAX_DEPTH} levels deep", line=deep + 2,
                    hint="front matter holds names, dates and lists of meetings; flatten it")], front)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        at = mistake_line(exc, front)
        line = at + 2 if at is not None else 2  # the front matter starts on the file's line 2
        reason = mistake_reason(exc, front.split("\n")[at] if at is not None else "")
        return Parsed(None, body, {}, [Problem(path, f"YAML syntax error: {reason}", line=line,
                                                hint="fix the front matter between the '---' lines")],
                      front)
    if not isinstance(data, dict):
        return Parsed(None, body, {}, [Problem(path, "front matter is not a mapping of fields", line=2,
                                                hint="write one 'key: value' per line")], front)
    return Parsed(data, body, _key_lines(node), [], front)


def _key_lines(node: yaml.Node | None) -> dict[str, int]:
    """Line of each top-level key, and of each key in a list of mappings (`meetings[1].venue`)."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value in node.value:
        key = str(key_node.value)
        lines[key] = key_node.start_mark.line + 2
        if isinstance(value, yaml.SequenceNode):
            for i, item in enumerate(value.value, 1):
                if isinstance(item, yaml.MappingNode):
                    for sub, _ in item.value:
                        lines[f"{key}[{i}].{sub.value}"] = sub.start_mark.line + 2
    return lines


def _too_deep(root: yaml.Node | None) -> int | None:
    """Line (0-based) of a value nested past MAX_DEPTH: later stages walk values recursively."""
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return int(node.start_mark.line)
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend((child, depth + 1) for pair in node.value for child in pair)
    return None


def _alias_line(front: str) -> int | None:
    """Aliases let a few lines expand to gigabytes; refuse them before constructing anything."""
    if "&" not in front and "*" not in front:
        return None
    try:
        for event in yaml.parse(front, Loader=BaseLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return event.start_mark.line
    except yaml.YAMLError:
        return None  # the syntax error is reported by the real parse
    return None


def escaped_body(text: str) -> str:
    """The article text as an HTML block of escaped paragraphs: shown as text, never interpreted.

    Markdown would turn `[x](javascript:...)`, `<script>` or `*` into markup; inside a raw HTML
    block with every character escaped, nothing in the article can become live markup.
    """
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    inner = "\n".join(f"<p>{html.escape(p, quote=True)}</p>" for p in paragraphs)
    return f'<div class="article-text">\n{inner}\n</div>\n'


def _round_trip(front: str) -> YAML:
    """A round-trip YAML that writes lists indented the way this file already indents them."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError as RuamelError
    from ruamel.yaml.util import load_yaml_guess_indent

    rt = YAML(typ="rt")
    rt.preserve_quotes = True
    rt.width = 4096
    try:
        _, sequence, offset = load_yaml_guess_indent(front)
    except RuamelError:
        sequence = offset = None
    if sequence is None or offset is None or not 0 <= offset < sequence <= 8:
        sequence, offset = 2, 0  # the style `compose.dump_new` writes
    rt.indent(mapping=2, sequence=sequence, offset=offset)
    rt.representer.ignore_aliases = lambda data: True  # `parse` refuses anchors and aliases
    return rt


def update_fields(text: str, updates: dict[str, Any], delete: list[str] | None = None) -> str:
    """Set `updates` in the file's front matter, keeping comments, key order and the body."""
    front, body, closing = split(text)
    if front is None or closing in (None, -1):
        raise ValueError("no front matter to update")
    from ruamel.yaml.error import YAMLError as RuamelError

    rt = _round_trip(front)
    try:
        data = rt.load(front)
    except RuamelError as exc:
        raise ValueError(f"front matter does not parse: {exc}") from exc
    for key, value in updates.items():
        data[key] = value
    for key in delete or []:
        data.pop(key, None)
    out = io.StringIO()
    rt.dump(data, out)
    return f"---\n{out.getvalue()}---\n{body}"


def plain(value: Any) -> Any:
    """Comparable, JSON-safe form of a front-matter value (dates as ISO strings)."""
    kind = type(value)
    if kind is str or value is None or kind is int or kind is bool or kind is float:
        return value  # most values: nothing below applies to these exact types
    if kind is list:
        return [plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, BadScalar):
        return value.text
    return value
