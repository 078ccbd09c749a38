"""The taxonomies of the site: per person, venue, country and conference views of the meetings.

Built once from the grouped meetings, then handed to the renderer read-only; every page that
lists people, places or meetings takes its rows from here. Everything is indexed in one pass
over the meetings, so the cost grows with the corpus, never with its square.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from generator.corpus.registry import Registry
from generator.corpus.textnorm import slugify
from generator.knowledge.conferences import (
    Conference,
    looks_like_conference,
    organisations_in_venue,
)
from generator.model import Article, Meeting, MeetingReport, Person, Role
from generator.site.facts import ArticleFacts


@dataclass
class PersonView:
    """A person as the site shows them: registry facts plus their meetings."""

    slug: str
    name: str
    country: str | None
    known: bool
    roles: list[Role] = field(default_factory=list)
    short: str = ""
    """How a short label names them (a surname, or the whole name when it leads with the family
    name); empty: `short_label` of the name."""
    meetings: list[Meeting] = field(default_factory=list)
    """Meetings they took part in, reported or recalled, in time order."""
    counterparts: list[tuple[str, int]] = field(default_factory=list)
    """(person slug, meetings together), most frequent first."""
    venues: list[tuple[str, int]] = field(default_factory=list)
    mentioned_in: list[str] = field(default_factory=list)
    """Article stems that name them without a meeting they took part in."""

    @property
    def reported(self) -> int:
        return sum(1 for m in self.meetings if m.sources)


def short_label(name: str, shorts: list[str] | None = None) -> str:
    """A person's name in a short label ("Lavrov, Qin Gang"): the registry's short form when it
    ends the name (a surname, "Rabbani Khar"), else the whole name. A form that opens the name is
    a family name written first (Chinese, Korean: "Qin" of "Qin Gang"): alone it reads as a given
    name would, so the label keeps both. Without a registry entry, the last word."""
    words = name.split()
    for short in shorts or []:
        tail = short.split()
        if tail and words[-len(tail):] == tail:
            return short
        if tail and words[:len(tail)] == tail:
            return name
    return words[-1] if words else name


@dataclass
class PlaceView:
    """A venue, a country or a conference with the meetings held there and the people who came."""

    slug: str
    name: str
    country: str | None
    meetings: list[Meeting] = field(default_factory=list)
    people: list[tuple[str, int]] = field(default_factory=list)
    lat: float | None = None
    """Where a venue is (the registry's coordinates), for the maps; None when unknown."""
    lon: float | None = None
    iso: str | None = None
    """A country's ISO 3166-1 numeric code, the key of its shape on the maps."""

    @property
    def reported(self) -> int:
        return sum(1 for m in self.meetings if m.sources)


@dataclass
class PairStep:
    """The same two people's previous and next meetings, seen from one meeting."""

    a: str
    b: str
    previous: Meeting | None
    next: Meeting | None


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
    conferences: dict[str, PlaceView] = field(default_factory=dict)
    conference_of: dict[str, str] = field(default_factory=dict)
    """Meeting id -> conference slug."""
    pair_steps: dict[str, list[PairStep]] = field(default_factory=dict)
    """Meeting id -> previous/next meeting of each pair of its participants."""
    pair_counts: list[tuple[str, str, int]] | None = None
    """`pairs`, once asked."""

    def views(self) -> dict[str, dict[str, Any]]:
        """Kind of entity page ("person", "venue", "country", "conference") -> slug -> view."""
        return {"person": self.people, "venue": self.venues, "country": self.countries,
                "conference": self.conferences}


def _day(m: Meeting) -> dt.date:
    return m.date or dt.date.max


def _order(m: Meeting) -> tuple[dt.date, str]:
    return (_day(m), m.id)


def build_catalog(meetings: list[Meeting], articles: list[Article], registry: Registry,
                  facts: dict[str, ArticleFacts] | None = None) -> Catalog:
    """Index meetings by person, venue, country and conference.

    `facts` (from each article's record) name the people an article mentions without a meeting
    and the organisations its sentences name, which place a meeting at a conference.
    """
    facts = facts or {}
    people: dict[str, PersonView] = {}
    name_slug: dict[str, str] = {}

    def person_view(name: str) -> PersonView:
        if name in name_slug:
            return people[name_slug[name]]
        known: Person | None = registry.person(name)
        slug = known.slug if known else slugify(name)
        view = people.get(slug) or PersonView(
            slug=slug, name=known.name if known else name, country=known.country if known else None,
            known=known is not None, roles=list(known.roles) if known else [],
            short=short_label(known.name, known.short) if known else "")
        people[slug] = view
        name_slug[name] = slug
        return view

    venues: dict[str, PlaceView] = {}
    countries: dict[str, PlaceView] = {}
    place_slug: dict[str, str] = {}
    country_slug: dict[str, str] = {}
    by_article: dict[str, list[Meeting]] = {a.stem: [] for a in articles}
    events: set[str] = set()
    """Venue fields that name an event, not a place (each venue is looked up once, not per meeting)."""
    for m in meetings:
        for p in m.participants:
            person_view(p).meetings.append(m)
        venue = m.venue
        if venue and venue not in events:
            slug = place_slug.get(venue)
            if slug is None:
                place = registry.place(venue)
                if place is None and looks_like_conference(venue):
                    events.add(venue)
                else:
                    slug = place_slug[venue] = place.slug if place else slugify(venue)
                    if slug not in venues:  # made by the first meeting there, as every page shows it
                        venues[slug] = PlaceView(slug, place.name if place else venue,
                                                 m.country or (place.country if place else None),
                                                 lat=place.lat if place else None,
                                                 lon=place.lon if place else None)
            if slug is not None:
                venues[slug].meetings.append(m)
        if m.country:
            slug = country_slug.get(m.country)
            if slug is None:
                slug = country_slug[m.country] = slugify(m.country)
            if slug not in countries:
                countries[slug] = PlaceView(slug, m.country, m.country)
            countries[slug].meetings.append(m)
        for stem in [*m.sources, *m.recalled_in]:
            by_article.setdefault(stem, []).append(m)
    for view in people.values():
        if view.country:
            country_slug.setdefault(view.country, slugify(view.country))
            countries.setdefault(slugify(view.country), PlaceView(slugify(view.country), view.country,
                                                                  view.country))
    for place in countries.values():
        place.iso = _iso_numeric(registry, place.name)
    # Each meeting's participants as slugs, once: a meeting is counted for every participant,
    # its venue, its country and its conference.
    who = {id(m): [name_slug[p] for p in m.participants] for m in meetings}
    for view in people.values():
        _summarise_person(view, who, place_slug)
    by_stem = {a.stem: a for a in articles}
    conferences, conference_of = _conferences(meetings, by_stem, facts)
    for place in [*venues.values(), *countries.values(), *conferences.values()]:
        place.meetings.sort(key=_order)
        counts: Counter[str] = Counter()
        for m in place.meetings:
            if m.sources:
                counts.update(who[id(m)])
        place.people = counts.most_common()
    for stem, known in facts.items():
        for name in known.mentioned:
            view = person_view(name)
            if stem not in view.mentioned_in and not any(
                    stem in m.sources and view.slug in who[id(m)] for m in by_article.get(stem, ())):
                view.mentioned_in.append(stem)  # named, but in none of the meetings the article reports
    for stem, listed in by_article.items():
        if len(listed) > 1:  # most articles report one meeting
            listed.sort(key=lambda m: (stem not in m.sources, _day(m)))
    return Catalog(meetings=meetings, articles=by_stem, people=people,
                   venues=venues, countries=countries, by_article=by_article, name_slug=name_slug,
                   place_slug=place_slug, country_slug=country_slug, conferences=conferences,
                   conference_of=conference_of, pair_steps=_pair_steps(meetings, name_slug))


def _iso_numeric(registry: Registry, name: str) -> str | None:
    """A country's ISO numeric code (the maps' key for its shape), through the registry's ISO letters."""
    known = registry.country(name)
    if known is None or not known.iso2:
        return None
    import pycountry  # only here: the maps are its one use in the catalog

    found = pycountry.countries.get(alpha_2=known.iso2.upper())
    return found.numeric if found else None


def _summarise_person(view: PersonView, who: dict[int, list[str]], place_slug: dict[str, str]) -> None:
    view.meetings.sort(key=_order)
    together: Counter[str] = Counter()
    where: Counter[str] = Counter()
    for m in view.meetings:
        if not m.sources:
            continue  # a meeting known only from a recollection is shown, not counted
        together.update(set(who[id(m)]) - {view.slug})
        if m.venue in place_slug:
            where[place_slug[m.venue]] += 1
    view.counterparts = sorted(together.items(), key=lambda t: (-t[1], t[0]))
    view.venues = sorted(where.items(), key=lambda t: (-t[1], t[0]))


def _pair_steps(meetings: list[Meeting], name_slug: dict[str, str]) -> dict[str, list[PairStep]]:
    """For each meeting and each pair in it, the pair's meeting before and after (time order)."""
    by_pair: dict[tuple[str, str], list[Meeting]] = defaultdict(list)
    for m in meetings:
        if m.date is None:
            continue  # an undated meeting has no before and after
        slugs = sorted({name_slug[p] for p in m.participants})
        for i, a in enumerate(slugs):
            for b in slugs[i + 1:]:
                by_pair[(a, b)].append(m)
    steps: dict[str, list[PairStep]] = defaultdict(list)
    for (a, b), ms in sorted(by_pair.items()):
        if len(ms) < 2:
            continue
        ms.sort(key=_order)
        for i, m in enumerate(ms):
            steps[m.id].append(PairStep(a, b, ms[i - 1] if i else None,
                                        ms[i + 1] if i + 1 < len(ms) else None))
    return dict(steps)


def _conferences(meetings: list[Meeting], articles: dict[str, Article],
                 facts: dict[str, ArticleFacts]) -> tuple[dict[str, PlaceView], dict[str, str]]:
    """Conference pages from a `conference:` key, a venue that names one, or the evidence text."""
    views: dict[str, PlaceView] = {}
    of: dict[str, str] = {}
    none = ArticleFacts()
    for m in meetings:
        named = [found for r in m.reports
                 if (found := _report_organisations(r, articles.get(r.stem), facts.get(r.stem, none)))]
        if not named:
            continue  # most meetings: no Counter to make
        votes: Counter[str] = Counter()
        for found in named:
            votes.update(found)
        org = min(votes, key=lambda o: (-votes[o], o))
        conf = Conference(org, m.date.year if m.date else None)
        views.setdefault(conf.slug, PlaceView(conf.slug, conf.name, None)).meetings.append(m)
        of[m.id] = conf.slug
    return views, of


def _report_organisations(r: MeetingReport, article: Article | None, facts: ArticleFacts) -> set[str]:
    if article is not None and r.headline:
        chosen = article.extra.get("conference")
        if isinstance(chosen, str) and chosen.strip():
            return {" ".join(chosen.split())}
    found = set(organisations_in_venue(r.venue))
    if r.headline and article is not None:
        found.update(facts.headline_organisations)
    people = set(r.participants) if facts.mention_organisations else set()
    for recalled, participants, organisations in facts.mention_organisations:
        if recalled == r.recalled and len(participants & people) >= 2:
            found.update(organisations)
    return found


def pairs(catalog: Catalog) -> list[tuple[str, str, int]]:
    """Who met whom, how often (reported meetings only), most frequent first (counted once a build:
    the network page and two downloads show it)."""
    if catalog.pair_counts is None:
        seen: dict[tuple[str, str], int] = {}
        for m in catalog.meetings:
            if not m.sources:
                continue
            slugs = sorted({catalog.name_slug[p] for p in m.participants})
            for i, a in enumerate(slugs):
                for b in slugs[i + 1:]:
                    seen[(a, b)] = seen.get((a, b), 0) + 1
        catalog.pair_counts = sorted(((a, b, n) for (a, b), n in seen.items()),
                                     key=lambda t: (-t[2], t[0], t[1]))
    return catalog.pair_counts
