"""Which pages a site has, as units of work for the renderers (render_job claims them).

Meetings, people, places, conferences, their year pages and indexes, the sources and the review
queue, the network and the data downloads: each listing cut into pages of bounded size (listing)
and each page rendered from its template with the build's links (render).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import jinja2

from generator.knowledge.catalog import Catalog, pairs
from generator.knowledge.review import Review
from generator.model import Meeting
from generator.site import listing, urls
from generator.site.exports import export_files
from generator.site.listing import group_by, paginate
from generator.site.render import LinkMemo, Links, is_html
from generator.site.scope import (
    GLOBAL,
    Scope,
    entity_group,
    letter_group,
    meeting_group,
    period_group,
    source_period,
    sources_group,
)
from generator.site.views.network import network_view
from generator.site.views.timeline import timeline_view
from generator.site.views.worldmap import world_view

T = TypeVar("T")


@dataclass
class Page:
    """One output file, relative to docs/ (or to the state folder for article panels)."""

    path: str
    content: str | bytes
    group: str = GLOBAL
    """What the page shows (see `scope`): after an edit, only pages of touched groups are made."""


class _Pages:
    """Renders templates with the shared context; one instance per build."""

    def __init__(self, catalog: Catalog, env: jinja2.Environment, site_name: str,
                 links: LinkMemo | None = None) -> None:
        self.catalog, self.env, self.site_name = catalog, env, site_name
        self.links: LinkMemo = {} if links is None else links

    def __call__(self, path: str, template: str, **context: object) -> Page:
        text = self.env.get_template(template).render(
            L=Links(path, self.catalog, is_html(template), self.links), catalog=self.catalog, urls=urls,
            site_name=self.site_name, **context)
        return Page(path, text)


class Unit(NamedTuple):
    """Pages one renderer makes together: the shares of a render claim whole units (render_job)."""

    weight: int
    """Rough cost, in table rows, for sharing the units out evenly."""
    pages: Callable[[], Iterable[Page]]
    """Renders the unit's pages when called; nothing is rendered before."""


CHUNK = 400
"""Weight of a unit of meeting or entity pages: small enough to even out the shares' ends, large
enough that claiming one costs nothing."""
MEETING_ROWS = 8
"""Weight of a meeting's page besides one row per report."""
ENTITY_ROWS = 10
"""Weight of a person's or a place's page besides one row per meeting."""


def render_site(catalog: Catalog, review: Review, env: jinja2.Environment,
                site_name: str, scope: Scope | None = None) -> Iterator[Page]:
    """Every generated page and data file, or those of the groups in `scope`; the caller writes them."""
    for unit in site_units(catalog, review, env, site_name, scope):
        yield from unit.pages()


def site_units(catalog: Catalog, review: Review, env: jinja2.Environment,
               site_name: str, scope: Scope | None = None, links: LinkMemo | None = None,
               cache: Path | None = None) -> list[Unit]:
    """Every generated page and data file, or those of the groups in `scope`, as units of work.

    Units that link to the same pages and sign the same meetings follow each other (meeting
    listings and pages, then sources, review and downloads, then people and places), so that a
    renderer taking a stretch of them makes each link and signature once. Nothing is rendered
    until a unit's `pages` is called, so a group left out of the scope costs nothing. Indexes
    that summarise the whole corpus are `unsigned`: made every time (and written only when their
    bytes changed), because signing every meeting and view they count costs more than rendering
    them. `links`: the build's link memo, when the caller renders article panels too; `cache`: a
    folder where the network's layout is kept between builds (see views.network).
    """
    page = _Pages(catalog, env, site_name, links)
    years = group_by(sorted(catalog.meetings, key=lambda m: (m.date is None, m.date or dt.date.min, m.id)),
                     listing.year_of)

    def home() -> Iterator[Page]:
        latest = listing.newest_first(m for m in catalog.meetings if m.sources and m.date)[:10]
        yield page(urls.HOME, "home.html.j2", latest=latest, years=years, review=review, unsigned=True)

    units = [Unit(len(years) + MEETING_ROWS, home), *_meeting_index(page, years, scope)]
    meetings = [m for m in catalog.meetings if scope is None or meeting_group(m.id) in scope]
    for weight, chunk in _chunks(meetings, lambda m: MEETING_ROWS + len(m.reports)):
        units.append(Unit(weight, lambda ms=chunk: (  # type: ignore[misc]
            _in(meeting_group(m.id), page(urls.meeting(m.id), "meeting.html.j2", m=m)) for m in ms)))
    units += _sources(page, catalog, scope)
    units.append(Unit(sum(len(getattr(review, name)) for name, _ in REVIEW_SECTIONS) + MEETING_ROWS,
                      lambda: _review(page, review, catalog)))
    units += _downloads(page, catalog, review, cache)
    units += _entity_pages(page, "person", catalog.people, "Ministers and other officials", scope)
    units += _entity_pages(page, "venue", catalog.venues, "Venues", scope)
    units += _entity_pages(page, "country", catalog.countries, "Countries", scope)
    units += _entity_pages(page, "conference", catalog.conferences, "Conferences and summits", scope)
    return units


def _chunks(items: list[T], weigh: Callable[[T], int], limit: int = CHUNK) -> Iterator[tuple[int, list[T]]]:
    """Consecutive runs of items whose weights add up to about `limit`."""
    chunk: list[T] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += weigh(item)
        if total >= limit:
            yield total, chunk
            chunk, total = [], 0
    if chunk:
        yield total, chunk


def _downloads(page: _Pages, catalog: Catalog, review: Review, cache: Path | None) -> list[Unit]:
    """The views (network, timeline, map: pictures of the whole corpus, made on every build) and
    the data files (one unit each, but files built together)."""

    def network() -> Iterator[Page]:
        all_pairs = pairs(catalog)
        yield page(urls.NETWORK, "network.html.j2", pairs=all_pairs[:listing.PAGE_ROWS], total=len(all_pairs),
                   net=network_view(catalog, all_pairs, cache=cache), unsigned=True)

    def timeline() -> Iterator[Page]:
        yield page(urls.TIMELINE, "timeline.html.j2", tl=timeline_view(catalog), unsigned=True)

    def world() -> Iterator[Page]:
        yield page(urls.MAP, "map.html.j2", world=world_view(catalog), unsigned=True)

    def data(names: frozenset[str]) -> Iterator[Page]:
        for path, content in export_files(catalog, review, names.__contains__):
            yield Page(urls.data(path), content)

    size = len(catalog.meetings)
    return [Unit(size, network), Unit(size, timeline), Unit(size // 4 + 1, world),
            Unit(2 * size, lambda: data(frozenset({"meetings.json", "meetings.csv"}))),
            Unit(size, lambda: data(frozenset({"pairs.csv", "network.graphml"}))),
            Unit(sum(len(getattr(review, name)) for name, _ in REVIEW_SECTIONS),
                 lambda: data(frozenset({"review.json"})))]


def _in(group: str, page: Page) -> Page:
    page.group = group
    return page


def _grouped(group: str, pages: Iterable[Page]) -> Iterator[Page]:
    for page in pages:
        yield _in(group, page)


def _meeting_index(page: _Pages, years: dict[str, list[Meeting]], scope: Scope | None) -> list[Unit]:
    """Index of years; a year page holds its meetings, or its months when it has too many."""
    periods: dict[str, list[tuple[str, int]]] = {}
    units: list[Unit] = []
    for year, rows in years.items():
        wanted = scope is None or period_group(year) in scope
        if len(rows) <= listing.PAGE_ROWS or year == "undated":
            periods[year] = []
            if wanted:
                units.append(Unit(len(rows), lambda year=year, rows=rows: _grouped(period_group(year), _parts(
                    page, rows, lambda n: urls.meetings_period(year, n), "meetings_list.html.j2",
                    title=f"Meetings: {year}"))))
            continue
        months = group_by(rows, listing.month_of)
        periods[year] = [(month, len(ms)) for month, ms in months.items()]
        if wanted:
            units.append(Unit(2 * len(rows), lambda year=year, rows=rows, months=months: _grouped(
                period_group(year), _year_pages(page, year, rows, months, periods[year]))))
    units.append(Unit(len(years), lambda: [page(urls.MEETINGS, "meetings_index.html.j2", years=years,
                                                periods=periods, unsigned=True)]))
    return units


def _year_pages(page: _Pages, year: str, rows: list[Meeting], months: dict[str, list[Meeting]],
                periods: list[tuple[str, int]]) -> Iterator[Page]:
    """A long year: its page of months, and each month's listing."""
    yield page(urls.meetings_period(year), "meetings_year.html.j2", year=year, months=periods, rows=rows,
               unsigned=True)
    for month, ms in months.items():
        yield from _parts(page, ms, lambda n, mo=month: urls.meetings_period(mo, n), "meetings_list.html.j2",
                          title=f"Meetings: {month}")


def _parts(page: _Pages, rows: list, path_of, template: str, unsigned: bool = True,
           **context: object) -> Iterator[Page]:
    """A listing's pages: unsigned, since signing its rows (and what they link) costs more than
    rendering a page of them, except rows of plain data (the review queue's)."""
    for part in paginate(rows, path_of):
        yield page(part.path, template, part=part, unsigned=unsigned, **context)


def _entity_pages(page: _Pages, kind: str, views: dict, title: str, scope: Scope | None) -> list[Unit]:
    """An index (by initial when long), one page per entity, pages of years for long careers."""

    def indexes() -> Iterator[Page]:
        ordered = sorted(views.values(), key=lambda v: (listing.initial(v.name), v.name.casefold(), v.slug))
        letters: dict[str, list] = {}
        if len(ordered) > listing.PAGE_ROWS:
            letters = group_by(ordered, lambda v: listing.initial(v.name))
            for letter, rows in letters.items():
                if scope is None or letter_group(kind, letter) in scope:
                    yield from _grouped(letter_group(kind, letter), _parts(
                        page, rows, lambda n, le=letter: urls.letter(kind, le, n), "entity_list.html.j2",
                        kind=kind, title=f"{title}: {letter.upper()}"))
        top = sorted(ordered, key=lambda v: (-v.reported, v.name))[:listing.TOP]
        index = urls.SECTIONS[kind] + "/index.md"
        yield page(index, "entity_index.html.j2", kind=kind, title=title, letters=letters,
                   rows=ordered if not letters else [], top=top, total=len(ordered), unsigned=True)

    def one(view: Any) -> Iterator[Page]:
        group = entity_group(kind, view.slug)
        years = listing.year_spans(group_by(view.meetings, listing.year_of))
        shown = listing.latest(view.meetings)
        yield _in(group, page(urls.entity(kind, view.slug), template, kind=kind, p=view, place=view,
                              shown=shown, years=years if len(shown) < len(view.meetings) else {}))
        if len(shown) < len(view.meetings):
            for year, ms in years.items():
                yield from _grouped(group, _parts(
                    page, ms, lambda n, y=year, s=view.slug: urls.part(urls.entity_year(kind, s, y), n),
                    "entity_year.html.j2", kind=kind, view=view, year=year))

    def weigh(view: Any) -> int:
        count = len(view.meetings)
        return ENTITY_ROWS + min(count, listing.LATEST) + (count if count > listing.LATEST else 0)

    template = "person.html.j2" if kind == "person" else "place.html.j2"
    units = [Unit(len(views), indexes)]
    shown = [v for v in views.values() if scope is None or entity_group(kind, v.slug) in scope]
    for weight, chunk in _chunks(shown, weigh):
        units.append(Unit(weight, lambda vs=chunk: (p for v in vs for p in one(v))))  # type: ignore[misc]
    return units


def _sources(page: _Pages, catalog: Catalog, scope: Scope | None) -> list[Unit]:
    articles = sorted(catalog.articles.values(),
                      key=lambda a: (a.date is None, a.date or dt.date.min, a.stem))
    periods = group_by(articles, source_period)
    if len(articles) <= listing.PAGE_ROWS:
        return [Unit(len(articles), lambda: [page(urls.SOURCES, "sources_index.html.j2", periods={},
                                                  rows=articles, unsigned=True)])]
    units = [Unit(len(periods), lambda: [page(urls.SOURCES, "sources_index.html.j2",
                                              periods={k: len(v) for k, v in periods.items()}, rows=[],
                                              unsigned=True)])]
    for period, rows in periods.items():
        if scope is None or sources_group(period) in scope:
            units.append(Unit(len(rows), lambda period=period, rows=rows: _grouped(
                sources_group(period), _parts(page, rows, lambda n: urls.sources_period(period, n),
                                              "sources_list.html.j2", title=f"Articles: {period}"))))
    return units


REVIEW_SECTIONS = (("problems", "Problems in the input"), ("unknown", "People not in the registry"),
                   ("low", "Low-confidence fields"), ("conflicts", "Sources that disagree"),
                   ("no_meeting", "Articles with no meeting found"))


def _review(page: _Pages, review: Review, catalog: Catalog) -> Iterator[Page]:
    shown = _shown(review, catalog)
    yield page(urls.REVIEW, "review.html.j2", review=review, sections=REVIEW_SECTIONS, shown=shown)
    for name, title in REVIEW_SECTIONS:
        rows = getattr(review, name)
        if len(rows) > listing.SUMMARY:
            for part in paginate(rows, lambda n, s=name: urls.review_section(s, n)):
                # Each part is signed with the titles of its own articles only: with the whole
                # queue's, signing 276 parts at 10,000 articles took 2.7 s of a 5.4 s edit render.
                yield page(part.path, "review_list.html.j2", part=part, unsigned=False, section=name,
                           title=title, shown=_shown_in(part.rows, shown))


def _shown_in(rows: Iterable[Any], shown: dict[str, str]) -> dict[str, str]:
    """The part of `shown` a page of review rows (dicts with a stem, or bare stems) links to."""
    stems = {str(r.get("stem")) if isinstance(r, dict) else str(r) for r in rows}
    return {s: shown[s] for s in sorted(stems) if s in shown}


def _shown(review: Review, catalog: Catalog) -> dict[str, str]:
    """Title and date of each article the queue links to, for the review pages' signatures.

    Review rows hold stems, while the pages show each article's title (and, for articles with no
    meeting, its date): without these in the context, a retitled article would keep its old title
    on a review page that an edit did not otherwise change.
    """
    stems = {str(r["stem"]) for name in ("problems", "unknown", "low", "conflicts")
             for r in getattr(review, name) if r.get("stem")} | set(review.no_meeting)
    return {s: f"{a.title}|{a.date}" for s in sorted(stems) if (a := catalog.articles.get(s))}
