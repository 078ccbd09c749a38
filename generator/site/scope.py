"""After an edit, which pages can have changed: the groups of pages an edit reaches.

Every generated page belongs to one group: a meeting, a person, a venue, a country, a conference
(with its per-year pages), a period of the meeting listing, a letter of a name index, a period
of the article listing, or the global pages (home, indexes, review, network, data downloads),
which are always made again. An edit reaches the groups of the meetings it changed, before and
after; of the people, places and conferences of those meetings; of the meetings just before and
after them for each pair of their participants; and of the articles that report them. Pages of
other groups are kept as they are. Pages inside a reached group are still compared with their
signature (render_cache), so a generous scope costs time, never correctness; a test compares
every page of an edited build with a build from scratch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from generator.knowledge.catalog import Catalog, PersonView
from generator.model import Article, Meeting
from generator.site.facts import ArticleFacts
from generator.site.listing import PAGE_ROWS, initial, year_of

GLOBAL = "*"
"""The group of pages made on every build."""


def meeting_group(meeting_id: str) -> str:
    return f"meeting:{meeting_id}"


def entity_group(kind: str, slug: str) -> str:
    return f"{kind}:{slug}"


def period_group(year: str) -> str:
    """A year of the meeting listing, with its month pages."""
    return f"period:{year}"


def letter_group(kind: str, letter: str) -> str:
    return f"letter:{kind}:{letter}"


def sources_group(period: str) -> str:
    return f"sources:{period}"


def source_period(a: Article) -> str:
    return f"{a.date.year}-{a.date.month:02d}" if a.date else "undated"


@dataclass
class Scope:
    """The page groups to make again, and the articles whose panels to make again."""

    groups: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)

    def __contains__(self, group: str) -> bool:
        return group == GLOBAL or group in self.groups


@dataclass
class Before:
    """What the last build showed of the things an edit touched, for the pages they leave."""

    meetings: dict[str, Meeting]
    """Old id -> the meeting as it was (for the ids the grouping reports gone)."""
    articles: dict[str, tuple[Article | None, ArticleFacts | None]]
    """Stem -> its last article and facts, for each article parsed again or deleted."""
    site: Shape


@dataclass
class Shape:
    """Of a whole build, what an edit needs to find the pages it reaches (kept for the next)."""

    conference_of: dict[str, str] = field(default_factory=dict)
    slugs: dict[str, dict[str, str]] = field(default_factory=dict)
    """"person" / "venue" / "country" -> name -> slug, as the catalog resolved them."""
    related: dict[str, list[str]] = field(default_factory=dict)
    """Entity group -> its letter page's group (and a person's country)."""
    counts: dict[str, int] = field(default_factory=dict)
    """Kind -> how many entities its index had (a name index splits into letters past a size)."""


def shape(catalog: Catalog) -> Shape:
    out = Shape(conference_of=dict(catalog.conference_of),
                slugs=shape_slugs(catalog),
                counts={kind: len(views) for kind, views in catalog.views().items()})
    for kind, views in catalog.views().items():
        for view in views.values():
            out.related[entity_group(kind, view.slug)] = _related(catalog, kind, view)
    return out


def _related(catalog: Catalog, kind: str, view: object) -> list[str]:
    out = [letter_group(kind, initial(view.name))]  # type: ignore[attr-defined]
    country = getattr(view, "country", None) if kind == "person" else None
    if country and country in catalog.country_slug:
        out.append(entity_group("country", catalog.country_slug[country]))
    return out


def edit_scope(catalog: Catalog, fresh: set[str], before: Before,
               facts: dict[str, ArticleFacts]) -> Scope:
    """The groups an edit reaches: `fresh` are the ids of meetings the grouping built anew."""
    scope = Scope()
    now = shape_slugs(catalog)
    new = [m for m in catalog.meetings if m.id in fresh]
    for stem in before.articles:
        new += catalog.by_article.get(stem, [])
    touched = {m.id: m for m in new}
    for old_id, m in before.meetings.items():
        touched.setdefault(old_id, m)  # a renamed meeting object carries its new id already
    for meeting_id, m in touched.items():
        scope.groups.add(meeting_group(meeting_id))
        scope.groups.add(period_group(year_of(m)))
        scope.articles.update(m.sources, m.recalled_in)
        for stem in [*m.sources, *m.recalled_in]:  # the article listing links each one's meetings
            if stem in catalog.articles:
                scope.groups.add(sources_group(source_period(catalog.articles[stem])))
        for name in m.participants:
            _add_entity(scope, "person", name, now, before.site.slugs)
        _add_entity(scope, "venue", m.venue, now, before.site.slugs)
        _add_entity(scope, "country", m.country, now, before.site.slugs)
        for conference in (catalog.conference_of.get(m.id), before.site.conference_of.get(m.id)):
            if conference:
                scope.groups.add(entity_group("conference", conference))
    for m in new:
        for step in catalog.pair_steps.get(m.id, []):
            scope.groups.update(meeting_group(n.id) for n in (step.previous, step.next) if n)
    for old_id, m in before.meetings.items():
        scope.groups.update(meeting_group(i) for i in _old_neighbours(catalog, old_id, m))
    for stem, (article, known) in before.articles.items():
        scope.articles.add(stem)
        for a in (article, catalog.articles.get(stem)):
            if a is not None:
                scope.groups.add(sources_group(source_period(a)))
        for f in (known, facts.get(stem)):
            for name in f.mentioned if f is not None else ():
                _add_entity(scope, "person", name, now, before.site.slugs)
    _related_groups(catalog, before.site, scope)
    return scope


def shape_slugs(catalog: Catalog) -> dict[str, dict[str, str]]:
    return {"person": catalog.name_slug, "venue": catalog.place_slug, "country": catalog.country_slug}


def _add_entity(scope: Scope, kind: str, name: str | None, *maps: dict[str, dict[str, str]]) -> None:
    """The page of a name as this build resolves it and as the last one did (it may have gone)."""
    for slugs in maps:
        slug = slugs.get(kind, {}).get(name or "")
        if slug:
            scope.groups.add(entity_group(kind, slug))


def _related_groups(catalog: Catalog, was: Shape, scope: Scope) -> None:
    """Letter pages (and a person's country) of every touched entity, as they are and were; all
    of a kind's letters when its index split into letters or joined again."""
    views = catalog.views()
    for kind, known in views.items():
        if (was.counts.get(kind, 0) > PAGE_ROWS) != (len(known) > PAGE_ROWS):
            scope.groups.update(letter_group(kind, initial(v.name)) for v in known.values())
            scope.groups.update(g for related in was.related.values() for g in related
                                if g.startswith(letter_group(kind, "")))
    for group in list(scope.groups):
        kind, _, slug = group.partition(":")
        view = views.get(kind, {}).get(slug)
        if view is not None:
            scope.groups.update(_related(catalog, kind, view))
        scope.groups.update(was.related.get(group, ()))


def _old_neighbours(catalog: Catalog, gone_id: str, gone: Meeting) -> Iterable[str]:
    """Meetings that were just before or after `gone` for a pair of its participants: their
    "previous/next meeting of the pair" links pointed at it."""
    if gone.date is None:
        return
    slugs = sorted({catalog.name_slug[p] for p in gone.participants if p in catalog.name_slug})
    where = (gone.date, gone_id)
    for i, a in enumerate(slugs):
        view: PersonView = catalog.people[a]
        for b in slugs[i + 1:]:
            together = [m for m in view.meetings if m.date is not None and m.id != gone_id
                        and any(catalog.name_slug.get(p) == b for p in m.participants)]
            earlier = [m for m in together if (m.date or dt.date.max, m.id) < where]
            later = [m for m in together if (m.date or dt.date.max, m.id) > where]
            if earlier:
                yield earlier[-1].id
            if later:
                yield later[0].id
