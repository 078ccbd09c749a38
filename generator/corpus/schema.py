"""The front-matter schema, declared once: which keys an article has and what each must hold.

Checks turn the researcher's YAML into typed values and collect every problem with its line,
so `check` can list them all and `build` can skip only the broken field or file.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.corpus.frontmatter import BadScalar
from generator.corpus.ingest import safe_title
from generator.model import Problem

KINDS = ("bilateral", "multilateral", "visit", "third-location", "phone", "video")


@dataclass(frozen=True)
class Field:
    """One front-matter key: how to read it and what to tell the researcher when it is wrong."""

    name: str
    read: Callable[[Any], Any]
    expected: str
    required: bool = False


class Invalid(ValueError):
    """Raised by a reader; the message says what is wrong."""


def read_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text or None
    raise Invalid(f"expected text, found {type(value).__name__}")


def read_name(value: Any) -> str | None:
    """A person, place or id: plain text, never markup.

    MkDocs copies a page's first heading raw into its <title>, and generated pages are headed by
    these names, so `</title><script>` in a venue would run: names with < or > are refused.
    """
    text = read_text(value)
    if text is not None and ("<" in text or ">" in text):
        raise Invalid(f"'{text}' holds '<' or '>', which names never do; remove them")
    return text


def read_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, BadScalar):
        raise Invalid(f"'{value.text}' is not a real date")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise Invalid(f"'{value}' is not a date in YYYY-MM-DD form") from None
    raise Invalid(f"expected a date YYYY-MM-DD, found {type(value).__name__}")


def read_names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        raise Invalid("expected a list of names, found a single text; write '- Name' lines")
    if not isinstance(value, list):
        raise Invalid(f"expected a list of names, found {type(value).__name__}")
    names = []
    for item in value:
        if isinstance(item, dict):
            item = item.get("name")
        name = read_name(item)
        if name and name not in names:
            names.append(name)
    return names


def read_split(value: Any) -> bool | list[str] | None:
    """`split: true` keeps an article apart from all others; a list, from those stems only."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return [value.strip()] if value.strip() else None
    if isinstance(value, list) and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    raise Invalid("expected true or a list of article stems")


def read_kind(value: Any) -> str | None:
    text = read_text(value)
    if text is not None and text not in KINDS:
        raise Invalid(f"'{text}' is not one of {', '.join(KINDS)}")
    return text


def read_meetings(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise Invalid("expected a list of meetings, each with date, venue, country, participants")
    return [read_meeting(v) for v in value]


def read_meeting(value: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in MEETING_FIELDS:
        try:
            out[f.name] = f.read(value.get(f.name))
        except Invalid as exc:
            raise Invalid(f"{f.name}: {exc}") from None
    return out


ARTICLE_FIELDS = (
    Field("title", read_text, "text", required=True),
    Field("date", read_date, "a date YYYY-MM-DD or null"),
    Field("venue", read_name, "a city name or null"),
    Field("country", read_name, "a country name or null"),
    Field("participants", read_names, "a list of names"),
    Field("kind", read_kind, f"one of {', '.join(KINDS)}"),
    Field("group", read_name, "a meeting id to force grouping"),
    Field("meetings", read_meetings, "a list of meetings"),
    Field("recalled", read_meetings, "a list of earlier meetings"),
    Field("split", lambda v: read_split(v), "true, or a list of article stems to keep apart from"),
    Field("conference", read_name, "the summit or organisation, e.g. SCO"),
)
MEETING_FIELDS = tuple(f for f in ARTICLE_FIELDS if f.name in {
    "date", "venue", "country", "participants", "kind", "group"})
CONTRACT_KEYS = ("title", "date", "venue", "country", "participants")
PAGE_KEYS = ("description", "template", "hide", "search", "tags", "status", "subtitle", "icon", "comments")
"""Keys MkDocs and the Material theme read from a page's front matter: known, though not ours."""
KNOWN_KEYS = tuple(f.name for f in ARTICLE_FIELDS) + PAGE_KEYS
"""Every top-level key an article may have; any other is most likely a misspelling."""
MEETING_KEYS = tuple(f.name for f in MEETING_FIELDS)


def unknown_keys(data: dict[str, Any], lines: dict[str, int], path: str) -> list[Problem]:
    """A warning for each key nothing reads, with the closest known one: `partcipants:` would
    otherwise leave the article without participants and say nothing."""
    problems = [_unknown(path, str(key), lines.get(str(key)), KNOWN_KEYS, "")
                for key in data if str(key) not in KNOWN_KEYS]
    for parent in ("meetings", "recalled"):
        entries = data.get(parent)
        for i, entry in enumerate(entries if isinstance(entries, list) else [], 1):
            for key in entry if isinstance(entry, dict) else ():
                if str(key) not in MEETING_KEYS:
                    line = lines.get(f"{parent}[{i}].{key}", lines.get(parent))
                    problems.append(_unknown(path, str(key), line, MEETING_KEYS, f" in {parent} #{i}"))
    return problems


def _unknown(path: str, key: str, line: int | None, known: tuple[str, ...], where: str) -> Problem:
    near = difflib.get_close_matches(key.lower(), known, n=1, cutoff=0.6)
    hint = f"did you mean {near[0]}?" if near else f"known keys: {', '.join(known)}; rename or remove it"
    return Problem(path, f"unknown key{where}", line=line, field=key, hint=hint, severity="warning")


def validate(data: dict[str, Any], lines: dict[str, int], path: str) -> tuple[dict[str, Any], list[Problem]]:
    """Typed values for every known key; a bad key gets a Problem and its empty value."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for f in ARTICLE_FIELDS:
        if f.name not in data:
            if f.required or f.name in CONTRACT_KEYS:
                problems.append(Problem(path, "missing", line=2, field=f.name,
                                        hint=f"add '{f.name}:' ({f.expected})", severity="warning"))
            values[f.name] = f.read(None)
            continue
        try:
            values[f.name] = f.read(data[f.name])
        except Invalid as exc:
            problems.append(Problem(path, str(exc), line=lines.get(f.name), field=f.name,
                                    hint=f"expected {f.expected}"))
            values[f.name] = f.read(None)
    problems.extend(unknown_keys(data, lines, path))
    raw_html = _raw_html_keys(data, lines, path)
    if any(p.field == "title" for p in raw_html):
        values["title"] = safe_title(values["title"] or "")  # generated pages head with it too
    problems.extend(raw_html)
    return values, problems


RAW_IN_THEME = ("title", "description")
"""Keys MkDocs and Material copy unescaped into every page (<title>, header, h1, meta tags)."""


def _raw_html_keys(data: dict[str, Any], lines: dict[str, int], path: str) -> list[Problem]:
    """Angle brackets in these keys would be live HTML on the published page: an error.

    The value is still used on generated pages (they escape everything); only the theme's own
    copy is unsafe, so the file must change: the generator writes titles with ‹ › instead.
    """
    return [Problem(path, "'<' or '>' here becomes live HTML in the page's title and heading",
                    line=lines.get(key), field=key, hint="write ‹ › instead, or leave them out")
            for key in RAW_IN_THEME
            if isinstance(data.get(key), str) and ("<" in data[key] or ">" in data[key])]
