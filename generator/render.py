"""Catalog to pages: Jinja templates produce the generated pages and the data downloads.

The pages MkDocs shows most of (meetings, people, places, their year pages, the article panels)
come from `.html.j2` templates as HTML, which the MkDocs plugin takes as it is (see html_pages):
converting Markdown would be most of a large site's build. Indexes and listings come from
`.md.j2` templates as Markdown. Autoescaping is on and every interpolated value is escaped for
its format (`finalize`: HTML-escaped, and Markdown-escaped in Markdown), so no text from an
article, a title or a front-matter field can become markup or a live link.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from types import BuiltinMethodType, FunctionType, MethodType
from typing import Any, NamedTuple, TypeVar

import jinja2
import jinja2.compiler
import jinja2.runtime
from markupsafe import Markup

from generator import listing, urls
from generator.catalog import Catalog, pairs
from generator.exports import export_files
from generator.grouping import field_sources
from generator.listing import group_by, paginate
from generator.model import Meeting, MeetingReport
from generator.network_svg import network_svg
from generator.review import Review
from generator.scope import (
    GLOBAL,
    Scope,
    entity_group,
    letter_group,
    meeting_group,
    period_group,
    source_period,
    sources_group,
)

T = TypeVar("T")
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!~^=>:])")


HTML_TEMPLATE = ".html.j2"


def is_html(template_name: str | None) -> bool:
    return bool(template_name) and template_name.endswith(HTML_TEMPLATE)  # type: ignore[union-attr]


def _literal(value: object, escape_text: Callable[[str], Markup]) -> Markup:
    """A value as text: markup passes, None is empty, a date is ISO, the rest is escaped."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    if isinstance(value, dt.date):
        return Markup(value.isoformat())
    return escape_text(str(value))


def html_escape(value: object) -> Markup:
    """Text that HTML shows literally."""
    return _literal(value, _escape_html)


@lru_cache(maxsize=65536)
def _escape_html(value: str) -> Markup:
    return Markup(html.escape(" ".join(value.split()), quote=True))


@jinja2.pass_context
def _finalize(context: jinja2.runtime.Context, value: object) -> Markup:
    """Each template's values escaped for its own format (a macro's, for the file it is in)."""
    if value.__class__ is Markup:  # most values are links, already made for their format
        return value  # type: ignore[return-value]
    return html_escape(value) if is_html(context.name) else md_escape(value)


def md_escape(value: object) -> Markup:
    """Text that Markdown and HTML both show literally."""
    return _literal(value, _escape_text)


@lru_cache(maxsize=65536)
def _escape_text(value: str) -> Markup:
    # Names, places and dates recur on thousands of pages: escape each string once per build.
    text = html.escape(" ".join(value.split()), quote=True).replace("|", "&#124;")
    return Markup(MD_SPECIAL.sub(r"\\\1", text))


_markup: Callable[[str], Markup] = partial(str.__new__, Markup)  # type: ignore[assignment]
"""Markup of a string we made (a link, a count): Markup() first asks its argument for __html__."""
_NO_PLACE = Markup("—")

LinkMemo = dict[tuple[str, int, bool], dict[tuple[object, ...], Markup]]
"""(section or "*", depth, HTML?) of the linking page -> link key -> the link: one per build,
shared by every page it renders."""


class Links:
    """Links from one page to the others, in the page's format; the only way templates make one.

    The same names, places and meetings are linked from thousands of pages, so the links to
    them are made once per build and reused (the `memo`). Those pages all sit one level down
    (`section/page.md`), and a relative link to such a page depends only on the depth of the
    folder holding the link, on whether that folder is in the target's section, and on the
    format: a person's year pages (`ministers/<slug>/`) share their links with every other
    person's, and a meeting is linked the same way from a person's page, a venue's and an
    article's panel (`../meetings/<id>.md`).
    """

    def __init__(self, page: str, catalog: Catalog, html_page: bool = False,
                 memo: LinkMemo | None = None) -> None:
        self.page = page
        self.catalog = catalog
        self._folder = urls.folder_of(page)
        self.escape = _html_value if html_page else _md_value
        self.html = html_page
        if memo is None:
            memo = {}
        parts = self._folder.split("/") if self._folder else []
        section = parts[0] if parts else ""
        other = memo.setdefault(("*", len(parts), html_page), {})
        own = memo.setdefault((section, len(parts), html_page), {}) if section else other

        def to(target_section: str) -> dict[tuple[object, ...], Markup]:
            return own if section == target_section else other

        self._meetings, self._people, self._articles = to("meetings"), to("ministers"), to("articles")
        self._places = {"venue": to("venues"), "country": to("countries")}

    def to(self, label: object, target: str) -> Markup:
        text = self.escape(label) or "&#8203;"
        if self.html:
            return _markup(f'<a href="{urls.rel_from(self._folder, target)}">{text}</a>')
        return _markup(f"[{text}]({urls.rel_from(self._folder, target)})")

    def meeting(self, m: Meeting, label: object | None = None) -> Markup:
        key = ("meeting", m.id, label.__class__, label)
        link = self._meetings.get(key)
        if link is None:
            link = self._meetings[key] = self.to(label or describe(m), urls.meeting(m.id))
        return link

    def person(self, name: str) -> Markup:
        key = ("person", name)
        link = self._people.get(key)
        if link is None:
            slug = self.catalog.name_slug.get(name)
            link = self._people[key] = (self.escape(name) if slug is None
                                        else self.to(self.catalog.people[slug].name, urls.person(slug)))
        return link

    def people(self, names: list[str], limit: int = 4, skip: str | None = None) -> Markup:
        """Linked names, the first `limit` of them, then how many more."""
        shown = [n for n in names if n != skip]
        links = ", ".join([self.person(n) for n in shown[:limit]])
        more = f" +{len(shown) - limit}" if len(shown) > limit else ""
        return _markup(links + more)

    def status(self, m: Meeting) -> Markup:
        """A meeting's number of sources, or where it is recalled when no article reports it."""
        if m.sources:
            return _markup(str(len(m.sources)))
        return Markup("recalled in " + ", ".join(self.article(s, "article") for s in m.recalled_in[:2]))

    def person_slug(self, slug: str) -> Markup:
        key = ("person_slug", slug)
        link = self._people.get(key)
        if link is None:
            link = self._people[key] = self.to(self.catalog.people[slug].name, urls.person(slug))
        return link

    def venue(self, name: str | None) -> Markup:
        return self._place("venue", name, self.catalog.place_slug, urls.venue)

    def _place(self, kind: str, name: str | None, slugs: dict[str, str], url: Callable[[str], str]) -> Markup:
        """A venue's or a country's link (its name alone when it has no page), made once a build."""
        if not name:
            return _NO_PLACE
        key = (kind, name)
        memo = self._places[kind]
        link = memo.get(key)
        if link is None:
            slug = slugs.get(name)
            link = memo[key] = self.to(name, url(slug)) if slug else self.escape(name)
        return link

    def conference_of(self, m: Meeting) -> Markup:
        slug = self.catalog.conference_of.get(m.id)
        if not slug:
            return Markup("")
        return self.to(self.catalog.conferences[slug].name, urls.conference(slug))

    def entity(self, kind: str, slug: str, label: object | None = None) -> Markup:
        return self.to(label or self.catalog_entity(kind, slug).name, urls.entity(kind, slug))

    def catalog_entity(self, kind: str, slug: str):  # noqa: ANN201 - PersonView or PlaceView
        return self.catalog.views()[kind][slug]

    def country(self, name: str | None) -> Markup:
        return self._place("country", name, self.catalog.country_slug, urls.country)

    def article(self, stem: str, label: object | None = None) -> Markup:
        key = ("article", stem, label.__class__, label)
        link = self._articles.get(key)
        if link is None:
            art = self.catalog.articles.get(stem)
            link = self._articles[key] = self.to(label or (art.title if art else stem), urls.article(stem))
        return link

    def page_link(self, label: str, target: str) -> Markup:
        return self.to(label, target)

    def raw(self, target: str) -> Markup:
        """A bare relative URL (for an image); paths come from urls.py, never from input text."""
        return Markup(urls.rel(self.page, target))


def sources_of(m: Meeting, name: str) -> list[str]:
    """Which sources gave a meeting's value of `name`: the note beside a filled field."""
    return field_sources(m, name)


def reports_shown(m: Meeting) -> list[MeetingReport]:
    """The reports a meeting page counts its participants against: those that report it, or
    every one when it is only recalled."""
    return [r for r in m.reports if not r.recalled] or list(m.reports)


def reports_naming(reports: list[MeetingReport], name: str) -> int:
    """How many of these reports name `name` among the participants."""
    return sum(1 for r in reports if name in r.participants)


def describe(m: Meeting) -> str:
    who = ", ".join(p.split()[-1] for p in m.participants[:3]) + (" …" if len(m.participants) > 3 else "")
    where = m.venue or ("phone call" if m.kind in {"phone", "video"} else "place unknown")
    return f"{m.date.isoformat() if m.date else 'undated'} · {where} · {who}"


class _Context(jinja2.runtime.Context):
    """Jinja's context, with a shorter path for the calls templates make most (`L.person(n)`).

    Jinja asks every callable, on every call, whether it wants the context passed in
    (`pass_context` and friends). Bound methods of our helpers, our global functions, builtin
    methods such as `dict.get` and macros never do, and at 20,000 pages those checks cost seconds.
    """

    def call(self, obj: Any, /, *args: Any, **kwargs: Any) -> Any:  # noqa: D102
        kind = type(obj)
        if kind is MethodType:
            plain = _plain_function(obj.__func__)
        elif kind is FunctionType:
            plain = _plain_function(obj)
        else:
            plain = kind is BuiltinMethodType or kind is jinja2.runtime.Macro
        if not plain:
            return super().call(obj, *args, **kwargs)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return obj(*args, **kwargs)
        except StopIteration:
            return self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception")


@lru_cache(maxsize=1024)
def _plain_function(func: object) -> bool:
    """A function Jinja would call as it is: no `pass_context`-style marker on it or its __call__."""
    return not hasattr(func, "jinja_pass_arg")


class _CodeGenerator(jinja2.compiler.CodeGenerator):
    """Jinja's compiler, with each `{{ value }}` escaped once, for its own template's format.

    Jinja writes every value as `escape(finalize(value))`. Our finalize already returns markup
    escaped for the format of the template the expression is in, which is known when the template
    is compiled; the second pass only copied each string (~0.8 million calls at 10,000 articles),
    and asking the context for the template's name on every value cost as much again. A value
    that is already markup (a link, most of them) is written as it is, without a call.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._values: list[str] = []
        """Names holding the values being written (one at a time; a stack to be safe)."""

    def _output_child_pre(self, node: Any, frame: Any, finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
        else:
            # Most values are links, already markup: only the others go to the escaping call.
            value = self.temporary_identifier()
            self._values.append(value)
            self.write(f"({value} if ({value} := ")

    def _output_child_post(self, node: Any, frame: Any, finalize: Any) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_post(node, frame, finalize)
        else:
            value = self._values.pop()
            escape = "environment.html_value" if is_html(self.name) else "environment.md_value"
            self.write(f").__class__ is Markup else {escape}({value}))")


    def visit_Getattr(self, node: Any, frame: Any) -> None:
        """`x.name` through Python's getattr, and Jinja's (an item, else undefined) only when the
        attribute is missing: ~1.5 million lookups a build each went through a Python method."""
        if self.environment.is_async:
            super().visit_Getattr(node, frame)
            return
        obj, value = self.temporary_identifier(), self.temporary_identifier()
        self.write(f"({value} if ({value} := getattr(({obj} := ")
        self.visit(node.node, frame)
        self.write(f"), {node.attr!r}, missing)) is not missing "
                   f"else environment.getattr({obj}, {node.attr!r}))")

    def visit_Call(self, node: Any, frame: Any, forward_caller: bool = False) -> None:
        """`f(x)` as a plain call rather than `context.call(f, x)`, which asks every callable,
        on every call, whether it wants the context passed in: nothing a template can reach here
        does (see `_plain_globals`), and the question cost half a microsecond a call."""
        if self.environment.is_async or self.environment.sandboxed or not _plain_globals(self.environment):
            super().visit_Call(node, frame, forward_caller=forward_caller)
            return
        self.write("(")
        self.visit(node.node, frame)
        self.write(")(")
        stream, self.stream = self.stream, io.StringIO()
        try:  # Jinja writes each argument after a comma
            self.signature(node, frame, {"caller": "caller"} if forward_caller else None)
            arguments = self.stream.getvalue()
        finally:
            self.stream = stream
        self.write(arguments[2:] if arguments.startswith(", ") else arguments)
        self.write(")")


def _html_value(value: object) -> Markup:
    kind = value.__class__
    if kind is Markup:
        return value  # type: ignore[return-value]
    if kind is str:  # a field of an article or a meeting: straight to the memo (~400,000 a build)
        return _escape_html(value)  # type: ignore[arg-type]
    return html_escape(value)


def _md_value(value: object) -> Markup:
    kind = value.__class__
    if kind is Markup:
        return value  # type: ignore[return-value]
    if kind is str:
        return _escape_text(value)  # type: ignore[arg-type]
    return md_escape(value)


class _Environment(jinja2.Environment):
    """The build's Jinja environment: our compiler, context and value escaping."""

    code_generator_class = _CodeGenerator
    context_class = _Context
    html_value = staticmethod(_html_value)
    md_value = staticmethod(_md_value)

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as a plain dict rather than Jinja's ChainMap over the environment's:
        every render and every `{% import %}` walks them, and a ChainMap walks in Python. The
        environment's globals are all set before the first template loads."""
        return {**self.globals, **(d or {})}


def environment(template_dirs: list[Path], compiled: Path | None = None) -> jinja2.Environment:
    """The build's environment; `compiled` keeps compiled templates between runs (compiling them
    took a third of a second in every render), in a folder named for the generator's code."""
    env = _Environment(
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(compiled)) if compiled else None,
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=True, undefined=jinja2.StrictUndefined, finalize=_finalize,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: templates cannot change under it
        cache_size=-1)  # a plain dict: Jinja's LRU cache searched a queue on every page's lookups
    env.filters["md"] = md_escape
    env.filters["isodate"] = lambda d: d.isoformat() if d else "undated"
    env.globals["sources_of"] = sources_of
    env.globals["evidence"] = evidence
    env.globals["reports_shown"] = reports_shown
    env.globals["reports_naming"] = reports_naming
    env.tests["contains"] = lambda seq, item: item in seq
    env.globals["listing"] = listing
    return env


def _plain_globals(env: jinja2.Environment) -> bool:
    """Whether templates may call their values directly (_CodeGenerator.visit_Call): none of the
    environment's globals wants Jinja's context passed in. Nor do the values a page gets (Links,
    the catalog, urls, its data), which are ours; a global that did would make calls Jinja's way."""
    return not any(hasattr(value, "jinja_pass_arg") or hasattr(type(value).__call__, "jinja_pass_arg")
                   for value in env.globals.values() if callable(value))


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
               site_name: str, scope: Scope | None = None, links: LinkMemo | None = None) -> list[Unit]:
    """Every generated page and data file, or those of the groups in `scope`, as units of work.

    Units that link to the same pages and sign the same meetings follow each other (meeting
    listings and pages, then sources, review and downloads, then people and places), so that a
    renderer taking a stretch of them makes each link and signature once. Nothing is rendered
    until a unit's `pages` is called, so a group left out of the scope costs nothing. Indexes
    that summarise the whole corpus are `unsigned`: made every time (and written only when their
    bytes changed), because signing every meeting and view they count costs more than rendering
    them. `links`: the build's link memo, when the caller renders article panels too.
    """
    page = _Pages(catalog, env, site_name, links)
    years = group_by(sorted(catalog.meetings, key=lambda m: (m.date is None, m.date or dt.date.min, m.id)),
                     listing.year_of)

    def home() -> Iterator[Page]:
        latest = listing.newest_first(m for m in catalog.meetings if m.sources and m.date)[:10]
        yield page(urls.HOME, "home.md.j2", latest=latest, years=years, review=review, unsigned=True)

    units = [Unit(len(years) + MEETING_ROWS, home), *_meeting_index(page, years, scope)]
    meetings = [m for m in catalog.meetings if scope is None or meeting_group(m.id) in scope]
    for weight, chunk in _chunks(meetings, lambda m: MEETING_ROWS + len(m.reports)):
        units.append(Unit(weight, lambda ms=chunk: (  # type: ignore[misc]
            _in(meeting_group(m.id), page(urls.meeting(m.id), "meeting.html.j2", m=m)) for m in ms)))
    units += _sources(page, catalog, scope)
    units.append(Unit(sum(len(getattr(review, name)) for name, _ in REVIEW_SECTIONS) + MEETING_ROWS,
                      lambda: _review(page, review)))
    units += _downloads(page, catalog, review)
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


def _downloads(page: _Pages, catalog: Catalog, review: Review) -> list[Unit]:
    """The network page and picture, and the data files (one unit each, but files built together)."""

    def network() -> Iterator[Page]:
        all_pairs = pairs(catalog)
        yield page(urls.NETWORK, "network.md.j2", pairs=all_pairs[:listing.PAGE_ROWS], total=len(all_pairs))
        yield Page(urls.data("network.svg"), network_svg(catalog, all_pairs))

    def data(names: frozenset[str]) -> Iterator[Page]:
        for path, content in export_files(catalog, review, names.__contains__):
            yield Page(urls.data(path), content)

    size = len(catalog.meetings)
    return [Unit(size, network), Unit(2 * size, lambda: data(frozenset({"meetings.json", "meetings.csv"}))),
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
                    page, rows, lambda n: urls.meetings_period(year, n), "meetings_list.md.j2",
                    title=f"Meetings: {year}"))))
            continue
        months = group_by(rows, listing.month_of)
        periods[year] = [(month, len(ms)) for month, ms in months.items()]
        if wanted:
            units.append(Unit(2 * len(rows), lambda year=year, rows=rows, months=months: _grouped(
                period_group(year), _year_pages(page, year, rows, months, periods[year]))))
    units.append(Unit(len(years), lambda: [page(urls.MEETINGS, "meetings_index.md.j2", years=years,
                                                periods=periods, unsigned=True)]))
    return units


def _year_pages(page: _Pages, year: str, rows: list[Meeting], months: dict[str, list[Meeting]],
                periods: list[tuple[str, int]]) -> Iterator[Page]:
    """A long year: its page of months, and each month's listing."""
    yield page(urls.meetings_period(year), "meetings_year.md.j2", year=year, months=periods, rows=rows,
               unsigned=True)
    for month, ms in months.items():
        yield from _parts(page, ms, lambda n, mo=month: urls.meetings_period(mo, n), "meetings_list.md.j2",
                          title=f"Meetings: {month}")


def _parts(page: _Pages, rows: list, path_of, template: str, unsigned: bool = True,
           **context: object) -> Iterator[Page]:
    """A listing's pages: unsigned, since signing its rows (and what they link) costs more than
    rendering a page of them, except rows of plain data (the review queue's)."""
    for part in paginate(rows, path_of):
        yield page(part.path, template, part=part, unsigned=unsigned, **context)


def _entity_pages(page: _Pages, kind: str, views: dict, title: str, scope: Scope | None) -> list[Unit]:
    """An index (by initial when long), one page per entity, per-year pages for long careers."""

    def indexes() -> Iterator[Page]:
        ordered = sorted(views.values(), key=lambda v: (listing.initial(v.name), v.name.casefold(), v.slug))
        letters: dict[str, list] = {}
        if len(ordered) > listing.PAGE_ROWS:
            letters = group_by(ordered, lambda v: listing.initial(v.name))
            for letter, rows in letters.items():
                if scope is None or letter_group(kind, letter) in scope:
                    yield from _grouped(letter_group(kind, letter), _parts(
                        page, rows, lambda n, le=letter: urls.letter(kind, le, n), "entity_list.md.j2",
                        kind=kind, title=f"{title}: {letter.upper()}"))
        top = sorted(ordered, key=lambda v: (-v.reported, v.name))[:listing.TOP]
        index = urls.SECTIONS[kind] + "/index.md"
        yield page(index, "entity_index.md.j2", kind=kind, title=title, letters=letters,
                   rows=ordered if not letters else [], top=top, total=len(ordered), unsigned=True)

    def one(view: Any) -> Iterator[Page]:
        group = entity_group(kind, view.slug)
        years = group_by(view.meetings, listing.year_of)
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
        return [Unit(len(articles), lambda: [page(urls.SOURCES, "sources_index.md.j2", periods={},
                                                  rows=articles, unsigned=True)])]
    units = [Unit(len(periods), lambda: [page(urls.SOURCES, "sources_index.md.j2",
                                              periods={k: len(v) for k, v in periods.items()}, rows=[],
                                              unsigned=True)])]
    for period, rows in periods.items():
        if scope is None or sources_group(period) in scope:
            units.append(Unit(len(rows), lambda period=period, rows=rows: _grouped(
                sources_group(period), _parts(page, rows, lambda n: urls.sources_period(period, n),
                                              "sources_list.md.j2", title=f"Articles: {period}"))))
    return units


REVIEW_SECTIONS = (("problems", "Problems in the input"), ("unknown", "People not in the registry"),
                   ("low", "Low-confidence fields"), ("conflicts", "Sources that disagree"),
                   ("no_meeting", "Articles with no meeting found"))


def _review(page: _Pages, review: Review) -> Iterator[Page]:
    yield page(urls.REVIEW, "review.md.j2", review=review, sections=REVIEW_SECTIONS)
    for name, title in REVIEW_SECTIONS:
        rows = getattr(review, name)
        if len(rows) > listing.SUMMARY:
            yield from _parts(page, rows, lambda n, s=name: urls.review_section(s, n), "review_list.md.j2",
                              unsigned=False, section=name, title=title)


PANEL_TEMPLATE = "article_panel.html.j2"
PANEL_FIELDS = ("date", "venue", "country", "participants")


class FieldEvidence(NamedTuple):
    """The annotator's confidence in one field of an article, and the sentence it came from."""

    confidence: object
    sentence: object


class PanelEvidence(NamedTuple):
    """Evidence for each field an article panel shows ("" where the record has none)."""

    date: FieldEvidence
    venue: FieldEvidence
    country: FieldEvidence
    participants: FieldEvidence


def evidence(record: dict[str, Any]) -> PanelEvidence:
    """A record's evidence as the panel shows it, read in one call rather than by a chain of
    `.get()` per cell (ten thousand panels)."""
    details = record.get("details")
    found = details.get("evidence") if isinstance(details, dict) else None
    found = found if isinstance(found, dict) else {}
    fields = []
    for name in PANEL_FIELDS:
        one = found.get(name)
        one = one if isinstance(one, dict) else {}
        fields.append(FieldEvidence(one.get("confidence", ""), one.get("sentence", "")))
    return PanelEvidence(*fields)


def render_panel(catalog: Catalog, stem: str, record: dict[str, object] | None,
                 env: jinja2.Environment, links: LinkMemo | None = None) -> str:
    """The annotation box MkDocs shows above an article: fields, evidence, links (`links`: the
    build's link memo, when it renders many panels)."""
    path = urls.article(stem)
    return env.get_template(PANEL_TEMPLATE).render(
        L=Links(path, catalog, is_html(PANEL_TEMPLATE), links), catalog=catalog, a=catalog.articles[stem],
        meetings=catalog.by_article.get(stem, []), record=record or {}, urls=urls)

