"""Re-render only the pages whose data changed: a signature per page, compared with the last build.

A page's signature is a digest of the values its template receives (the meeting, person or place
it shows, with what it links to: source titles, pair neighbours, conference) plus the build's
epoch (registry, templates, generator code). When one article's front matter changes, only the
meetings, people, places and lists that contain it get a new signature, so only those pages are
rendered and written; `mkdocs serve --dirty` then rebuilds just those files. Pages whose context
holds something without a signature (the review queue, the home page) are always rendered.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from hashlib import blake2b
from typing import TYPE_CHECKING, Any

import jinja2

from generator.model import Article, Meeting

if TYPE_CHECKING:  # the signer is handed the catalog, never builds one
    from generator.knowledge.catalog import Catalog

SKIPPED = "\x00skipped: unchanged since the last build\x00"
"""What a skipped template render returns; the caller keeps the file already on disk."""
PLUMBING = frozenset({"L", "catalog", "urls", "site_name", "listing", "kind", "title"})
"""Context entries every page gets; `kind` and `title` are plain strings signed below anyway."""


class Volatile(Exception):
    """The context holds a value without a signature: render the page every time."""


class Signer:
    """Signatures of catalog values, memoised per build (a meeting is signed once, not per page)."""

    def __init__(self, catalog: Catalog, epoch: str) -> None:
        self.catalog = catalog
        self.epoch = epoch
        self._meetings: dict[str, str] = {}
        self._objects: dict[int, str] = {}
        self._alive: list[object] = []

    def page(self, context: dict[str, Any]) -> str | None:
        """Digest of a page's context, or None when it must always be rendered."""
        if context.get("unsigned"):
            return None
        try:
            parts = [self.epoch, *[f"{k}={self.value(context[k])}" for k in sorted(context)
                                   if k not in PLUMBING or k in {"kind", "title"}]]
        except Volatile:
            return None
        # No part holds a line break (every value is a repr, JSON or a digest), so the lines
        # keep them apart; a repr of them all would copy every string once more.
        return _digest_text("\n".join(parts))

    def value(self, v: object) -> str:
        kind = type(v)
        # The commonest values first, by exact type; anything else takes the general path below.
        if kind is str or kind is int or v is None or kind is bool or kind is dt.date:
            return repr(v)
        if kind is Meeting:
            return self.meeting(v)  # type: ignore[arg-type]
        if kind is list or kind is tuple:
            if v and type(v[0]) is dict:  # type: ignore[index]
                plain = _plain_json(list(v))  # rows of plain data (the review queue's): one C call
                if plain is not None:
                    return plain
            return "[" + ",".join([self.value(x) for x in v]) + "]"  # type: ignore[attr-defined]
        if kind is dict:
            plain = _plain_json(v)
            if plain is not None:
                return plain
        return self._value(v)

    def _value(self, v: object) -> str:
        if v is None or isinstance(v, (str, int, float, bool, dt.date)):
            return repr(v)
        if isinstance(v, Meeting):
            return self.meeting(v)
        if isinstance(v, Article):
            return self.article(v.stem)
        if isinstance(v, (list, tuple, set, frozenset)):
            items = [self.value(x) for x in v]
            return "[" + ",".join(sorted(items) if isinstance(v, (set, frozenset)) else items) + "]"
        if isinstance(v, dict):
            return "{" + ",".join(f"{self.value(k)}:{self.value(x)}" for k, x in v.items()) + "}"
        if dataclasses.is_dataclass(v) and not isinstance(v, type):
            return self.record(v)
        raise Volatile(type(v).__name__)

    def record(self, v: Any) -> str:
        """A dataclass (a person's or a place's view, a listing part) signed once per build.

        Views are shared by many pages (the entity's own page, its per-year pages, the indexes),
        so they are memoised by identity; the objects are kept alive so that no id is reused.
        """
        known = self._objects.get(id(v))
        if known is None:
            # One line per field (no value holds a line break: see `page`); a repr of them all
            # would copy and escape every value once more (a review page's rows: 22 KB of JSON).
            known = _digest_text("\n".join([type(v).__name__, *[f"{f.name}={self.value(getattr(v, f.name))}"
                                                                for f in dataclasses.fields(v)]]))
            self._objects[id(v)] = known
            self._alive.append(v)
        return known

    def article(self, stem: str) -> str:
        """An article as listings show it: its fields and the meetings it reports or recalls."""
        a = self.catalog.articles.get(stem)
        if a is None:
            return f"missing:{stem}"
        meetings = [self.meeting(m) for m in self.catalog.by_article.get(stem, [])]
        return _sign((stem, a.title, a.date, a.venue, a.country, a.participants, a.kind,
                      sorted(a.extra.items(), key=lambda kv: str(kv[0])), meetings))

    def meeting(self, m: Meeting) -> str:
        """A meeting as any page shows it: its fields, its reports, its neighbours, its sources' titles."""
        known = self._meetings.get(m.id)
        if known is not None:
            return known
        c = self.catalog
        steps = [(s.a, s.b, s.previous.id if s.previous else None, s.next.id if s.next else None)
                 for s in c.pair_steps.get(m.id, [])]
        reports = [(r.stem, r.date, r.venue, r.country, r.participants, r.kind, r.recalled, r.headline,
                    r.group) for r in m.reports]
        titles = [(s, c.articles[s].title if s in c.articles else None) for s in [*m.sources, *m.recalled_in]]
        signed = _sign((m.id, m.date, m.venue, m.country, m.participants, m.kind, m.sources,
                        m.recalled_in, sorted(m.conflicts.items()), m.filled, reports, titles, steps,
                        c.conference_of.get(m.id)))
        self._meetings[m.id] = signed
        return signed


def _sign(parts: tuple[object, ...]) -> str:
    """A short digest of the parts' reprs, taken in one pass: a repr is unambiguous (strings come
    quoted and escaped), and hashing part by part cost a fifth of signing a first render's pages."""
    return _digest_text(repr(parts))


def _digest_text(text: str) -> str:
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class _NotPlain(Exception):
    pass


def _refuse(value: object) -> object:
    raise _NotPlain


def _plain_json(v: dict[Any, Any] | list[Any]) -> str | None:
    """A dict of plain data (an annotation record: strings, numbers, lists) signed in one C call.

    Walking an article's record value by value was the largest part of signing its panel; the
    prefix keeps these apart from the general form ("{...}"). None when anything is not plain.
    """
    try:
        return "J" + json.dumps(v, default=_refuse, check_circular=False, allow_nan=True)
    except (_NotPlain, TypeError, ValueError):
        return None


class Selective:
    """A Jinja environment that skips a render when `want(page path, context)` says no."""

    def __init__(self, env: jinja2.Environment, want: Callable[[str, dict[str, Any]], bool]) -> None:
        self.env = env
        self.want = want
        self._templates: dict[str, _SelectiveTemplate] = {}

    def get_template(self, name: str) -> _SelectiveTemplate:
        known = self._templates.get(name)  # one Selective per render: templates do not change under it
        if known is None:
            known = self._templates[name] = _SelectiveTemplate(self.env.get_template(name), self.want)
        return known

    def __getattr__(self, name: str) -> Any:
        return getattr(self.env, name)


class _SelectiveTemplate:
    def __init__(self, template: jinja2.Template, want: Callable[[str, dict[str, Any]], bool]) -> None:
        self.template = template
        self.want = want

    def render(self, *args: Any, **context: Any) -> str:
        path = getattr(context.get("L"), "page", None)
        if isinstance(path, str) and not self.want(path, context):
            return SKIPPED
        return self.template.render(*args, **context)
