"""Short labels a reader sees in place of a whole record: a meeting as date · place · who, a
person by their short name, an article by its headline cut to fit a note.

A label is text; the templates escape it for their page's format like any other value.
"""

from __future__ import annotations

from generator.knowledge.catalog import Catalog, short_label
from generator.model import Meeting


def describe(m: Meeting, catalog: Catalog | None = None) -> str:
    """A meeting's short label: date · place · who, each person by their short form."""
    who = ", ".join(_short(p, catalog) for p in m.participants[:3])
    who += " …" if len(m.participants) > 3 else ""
    where = m.venue or ("phone call" if m.kind in {"phone", "video"} else "place unknown")
    return f"{m.date.isoformat() if m.date else 'undated'} · {where} · {who}"


def _short(name: str, catalog: Catalog | None) -> str:
    slug = catalog.name_slug.get(name) if catalog else None
    view = catalog.people.get(slug) if catalog and slug else None
    return (view.short if view else "") or short_label(name)


def headline(catalog: Catalog, stem: str, limit: int = 60) -> str:
    """An article's headline cut at a word to about `limit` characters, for a note beside a
    value (the full headline is on the article's own line in the page's tables)."""
    art = catalog.articles.get(stem)
    title = art.title if art and art.title else stem
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0].rstrip(",;:·-–") + "…"
