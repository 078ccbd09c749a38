"""Catalog to pages: Jinja templates produce Markdown pages and the data downloads.

Autoescaping is on and every interpolated value is also Markdown-escaped (`finalize`), so no
text from an article, a title or a front-matter field can become markup or a live link.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator import urls
from generator.catalog import Catalog, pairs
from generator.exports import export_files
from generator.model import Meeting

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!~^=>:])")


def md_escape(value: object) -> Markup:
    """Text that Markdown and HTML both show literally."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    if isinstance(value, dt.date):
        return Markup(value.isoformat())
    text = html.escape(" ".join(str(value).split()), quote=True).replace("|", "&#124;")
    return Markup(MD_SPECIAL.sub(r"\\\1", text))


class Links:
    """Markdown links from one page to the others; the only way templates make a link."""

    def __init__(self, page: str, catalog: Catalog) -> None:
        self.page = page
        self.catalog = catalog

    def to(self, label: object, target: str) -> Markup:
        return Markup(f"[{md_escape(label) or '&#8203;'}]({urls.rel(self.page, target)})")

    def meeting(self, m: Meeting, label: object | None = None) -> Markup:
        return self.to(label or describe(m), urls.meeting(m.id))

    def person(self, name: str) -> Markup:
        slug = self.catalog.name_slug.get(name)
        if slug is None:
            return md_escape(name)
        return self.to(self.catalog.people[slug].name, urls.person(slug))

    def person_slug(self, slug: str) -> Markup:
        return self.to(self.catalog.people[slug].name, urls.person(slug))

    def venue(self, name: str | None) -> Markup:
        if not name:
            return Markup("—")
        slug = self.catalog.place_slug.get(name)
        return self.to(name, urls.venue(slug)) if slug else md_escape(name)

    def country(self, name: str | None) -> Markup:
        if not name:
            return Markup("—")
        slug = self.catalog.country_slug.get(name)
        return self.to(name, urls.country(slug)) if slug else md_escape(name)

    def article(self, stem: str) -> Markup:
        art = self.catalog.articles.get(stem)
        return self.to(art.title if art else stem, urls.article(stem))

    def page_link(self, label: str, target: str) -> Markup:
        return self.to(label, target)

    def raw(self, target: str) -> str:
        return urls.rel(self.page, target)


def describe(m: Meeting) -> str:
    who = ", ".join(p.split()[-1] for p in m.participants[:3]) + (" …" if len(m.participants) > 3 else "")
    where = m.venue or ("phone call" if m.kind in {"phone", "video"} else "place unknown")
    return f"{m.date.isoformat() if m.date else 'undated'} · {where} · {who}"


def environment(template_dirs: list[Path]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=True, undefined=jinja2.StrictUndefined, finalize=md_escape,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["md"] = md_escape
    env.filters["isodate"] = lambda d: d.isoformat() if d else "undated"
    return env


@dataclass
class Page:
    """One output file, relative to docs/ (or to the state folder for article panels)."""

    path: str
    content: str | bytes


def render_site(catalog: Catalog, review: dict[str, object], env: jinja2.Environment,
                site_name: str) -> Iterator[Page]:
    """Every generated page and data file; the caller writes them."""

    def page(path: str, template: str, **context: object) -> Page:
        text = env.get_template(template).render(L=Links(path, catalog), catalog=catalog,
                                                 urls=urls, site_name=site_name, **context)
        return Page(path, text)

    dated = [m for m in catalog.meetings if m.sources]
    years: dict[str, list[Meeting]] = {}
    for m in dated:
        years.setdefault(str(m.date.year) if m.date else "undated", []).append(m)
    latest = sorted((m for m in dated if m.date), key=lambda m: m.date, reverse=True)[:10]  # type: ignore[arg-type, return-value]
    yield page(urls.HOME, "home.md.j2", latest=latest, years=years, review=review)
    yield page(urls.MEETINGS, "meetings_index.md.j2", years=years)
    for year, rows in years.items():
        yield page(f"meetings/year-{year}.md", "meetings_year.md.j2", year=year, rows=rows)
    for m in catalog.meetings:
        yield page(urls.meeting(m.id), "meeting.md.j2", m=m)
    yield page(urls.PEOPLE, "people_index.md.j2")
    for view in catalog.people.values():
        yield page(urls.person(view.slug), "person.md.j2", p=view)
    yield page(urls.VENUES, "places_index.md.j2", title="Venues", places=catalog.venues,
               kind="venue")
    for view in catalog.venues.values():
        yield page(urls.venue(view.slug), "place.md.j2", place=view, kind="venue")
    yield page(urls.COUNTRIES, "places_index.md.j2", title="Countries", places=catalog.countries,
               kind="country")
    for view in catalog.countries.values():
        yield page(urls.country(view.slug), "place.md.j2", place=view, kind="country")
    yield page(urls.SOURCES, "sources_index.md.j2")
    yield page(urls.REVIEW, "review.md.j2", review=review)
    yield page(urls.NETWORK, "network.md.j2", pairs=pairs(catalog))
    for path, content in export_files(catalog):
        yield Page(urls.data(path), content)


def render_panel(catalog: Catalog, stem: str, record: dict[str, object] | None,
                 env: jinja2.Environment) -> str:
    """The annotation box MkDocs shows above an article: fields, evidence, links."""
    path = urls.article(stem)
    return env.get_template("article_panel.md.j2").render(
        L=Links(path, catalog), catalog=catalog, a=catalog.articles[stem],
        meetings=catalog.by_article.get(stem, []), record=record or {}, urls=urls)
