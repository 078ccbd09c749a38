"""The taxonomies of the site: per person, per venue and per country views of the meetings.

Built once from the grouped meetings, then handed to the renderer read-only; every page that
lists people, places or meetings takes its rows from here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from generator.model import Article, Meeting, Person, Role
from generator.registry import Registry
from generator.textnorm import slugify


@dataclass
class PersonView:
    """A person as the site shows them: registry facts plus their meetings."""

    slug: str
    name: str
    country: str | None
    known: bool
    roles: list[Role] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    """Meetings they took part in, reported or recalled, in time order."""
    counterparts: list[tuple[str, int]] = field(default_factory=list)
    """(person slug, meetings together), most frequent first."""
    venues: list[tuple[str, int]] = field(default_factory=list)
    mentioned_in: list[str] = field(default_factory=list)
    """Article stems that name them without a meeting they took part in."""


@dataclass
class PlaceView:
    """A venue or a country with the meetings held there and the people who came."""

    slug: str
    name: str
    country: str | None
    meetings: list[Meeting] = field(default_factory=list)
    people: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Catalog:
    """Everything the renderer needs, indexed for links both ways."""

    meetings: list[Meeting]
    articles: dict[str, Article]
    people: dict[str, PersonView]
    venues: dict[str, PlaceView]
    countries: dict[str, PlaceView]
    by_article: dict[str, list[Meeting]]
    """Article stem -> meetings it reports (first) and recalls."""
    name_slug: dict[str, str]
    place_slug: dict[str, str]
    country_slug: dict[str, str]


def _day(m: Meeting) -> dt.date:
    return m.date or dt.date.max


def build_catalog(meetings: list[Meeting], articles: list[Article], registry: Registry,
                  mentions: dict[str, list[str]]) -> Catalog:
    """Index meetings by person, venue and country; `mentions` maps stem -> names not taking part."""
    people: dict[str, PersonView] = {}
    name_slug: dict[str, str] = {}

    def person_view(name: str) -> PersonView:
        if name in name_slug:
            return people[name_slug[name]]
        known: Person | None = registry.person(name)
        slug = known.slug if known else slugify(name)
        view = people.get(slug) or PersonView(
            slug=slug, name=known.name if known else name, country=known.country if known else None,
            known=known is not None, roles=list(known.roles) if known else [])
        people[slug] = view
        name_slug[name] = slug
        return view

    venues: dict[str, PlaceView] = {}
    countries: dict[str, PlaceView] = {}
    place_slug: dict[str, str] = {}
    country_slug: dict[str, str] = {}
    by_article: dict[str, list[Meeting]] = {a.stem: [] for a in articles}
    for m in meetings:
        for p in m.participants:
            person_view(p).meetings.append(m)
        if m.venue:
            place = registry.place(m.venue)
            slug = place.slug if place else slugify(m.venue)
            place_slug[m.venue] = slug
            venues.setdefault(slug, PlaceView(slug, place.name if place else m.venue,
                                              m.country or (place.country if place else None)))
            venues[slug].meetings.append(m)
        if m.country:
            slug = slugify(m.country)
            country_slug[m.country] = slug
            countries.setdefault(slug, PlaceView(slug, m.country, m.country)).meetings.append(m)
        for stem in [*m.sources, *m.recalled_in]:
            by_article.setdefault(stem, []).append(m)
    for view in people.values():
        if view.country:
            country_slug.setdefault(view.country, slugify(view.country))
            countries.setdefault(slugify(view.country), PlaceView(slugify(view.country), view.country,
                                                                  view.country))
        _summarise_person(view, name_slug, place_slug)
    for place in [*venues.values(), *countries.values()]:
        place.meetings.sort(key=lambda m: (_day(m), m.id))
        counts = Counter(name_slug[p] for m in place.meetings if m.sources for p in m.participants)
        place.people = counts.most_common()
    for stem, names in mentions.items():
        for name in names:
            view = person_view(name)
            if stem not in view.mentioned_in and not any(stem in m.sources for m in view.meetings):
                view.mentioned_in.append(stem)
    for stem in by_article:
        by_article[stem].sort(key=lambda m: (stem not in m.sources, _day(m)))
    return Catalog(meetings=meetings, articles={a.stem: a for a in articles}, people=people,
                   venues=venues, countries=countries, by_article=by_article, name_slug=name_slug,
                   place_slug=place_slug, country_slug=country_slug)


def _summarise_person(view: PersonView, name_slug: dict[str, str], place_slug: dict[str, str]) -> None:
    view.meetings.sort(key=lambda m: (_day(m), m.id))
    together: Counter[str] = Counter()
    where: Counter[str] = Counter()
    for m in view.meetings:
        if not m.sources:
            continue  # a meeting known only from a recollection is shown, not counted
        together.update(name_slug[p] for p in m.participants if name_slug[p] != view.slug)
        if m.venue:
            where[place_slug[m.venue]] += 1
    view.counterparts = together.most_common()
    view.venues = where.most_common()


def pairs(catalog: Catalog) -> list[tuple[str, str, int]]:
    """Who met whom, how often (reported meetings only), most frequent first."""
    seen: dict[tuple[str, str], int] = {}
    for m in catalog.meetings:
        if not m.sources:
            continue
        slugs = sorted({catalog.name_slug[p] for p in m.participants})
        for i, a in enumerate(slugs):
            for b in slugs[i + 1:]:
                seen[(a, b)] = seen.get((a, b), 0) + 1
    return sorted(((a, b, n) for (a, b), n in seen.items()), key=lambda t: (-t[2], t[0], t[1]))
