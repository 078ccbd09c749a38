"""Catalog to pages: the Jinja environment, links and escaping the templates use (see `pages`
for which pages a site has).

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
from collections.abc import Callable, MutableMapping
from functools import lru_cache, partial
from pathlib import Path
from types import BuiltinMethodType, FunctionType, MethodType
from typing import Any, NamedTuple

import jinja2
import jinja2.compiler
import jinja2.runtime
from markupsafe import Markup

from generator.knowledge.catalog import Catalog
from generator.knowledge.labels import describe, headline
from generator.knowledge.meeting_fields import field_sources
from generator.model import Meeting, MeetingReport
from generator.site import listing, urls
from generator.site.views import timeline, worldmap

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")
"""Characters Python-Markdown takes back from a backslash escape (its ESCAPED_CHARS)."""
MD_AS_ENTITY = str.maketrans({":": "&#58;", "=": "&#61;", "~": "&#126;", "^": "&#94;"})
"""Characters that extensions may give meaning to but Markdown does not unescape: a backslash
before them would stay visible ("Meetings\\: 2023"), so they become character references."""


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
    return Markup(MD_SPECIAL.sub(r"\\\1", text).translate(MD_AS_ENTITY))


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
            link = self._meetings[key] = self.to(label or describe(m, self.catalog), urls.meeting(m.id))
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
    env.globals["headline"] = headline
    env.globals["evidence"] = evidence
    env.globals["reports_shown"] = reports_shown
    env.globals["reports_naming"] = reports_naming
    env.tests["contains"] = lambda seq, item: item in seq
    env.globals["listing"] = listing
    env.globals["person_strip"] = person_strip
    env.globals["neighbours_strip"] = neighbours_strip
    env.globals["place_locator"] = place_locator
    return env


def person_strip(view: Any, page: str) -> Markup:
    """A person's meetings over time (views.timeline): SVG the view escaped itself."""
    return Markup(timeline.person_strip(view, page))


def neighbours_strip(m: Meeting, catalog: Catalog, page: str) -> Markup:
    """A meeting and the same people's meetings before and after it, on a small time line."""
    return Markup(timeline.neighbours_strip(m, catalog, page))


def place_locator(catalog: Catalog, kind: str, place: Any) -> Markup:
    """The small map on a venue's or a country's page (views.worldmap)."""
    return Markup(worldmap.place_locator(catalog, kind, place))


def _plain_globals(env: jinja2.Environment) -> bool:
    """Whether templates may call their values directly (_CodeGenerator.visit_Call): none of the
    environment's globals wants Jinja's context passed in. Nor do the values a page gets (Links,
    the catalog, urls, its data), which are ours; a global that did would make calls Jinja's way."""
    return not any(hasattr(value, "jinja_pass_arg") or hasattr(type(value).__call__, "jinja_pass_arg")
                   for value in env.globals.values() if callable(value))


PANEL_TEMPLATE = "article_panel.html.j2"
PANEL_FIELDS = ("date", "venue", "country", "participants")


class FieldEvidence(NamedTuple):
    """The annotator's confidence in one field of an article, and the sentence it came from."""

    confidence: object
    sentence: object
    span: int = 1
    """Rows its evidence cell spans: the same sentence for the fields below is shown once (0: this
    field's sentence is the one shown above it)."""


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
    return PanelEvidence(*_spans(fields))


def _spans(fields: list[FieldEvidence]) -> list[FieldEvidence]:
    """Each run of fields that rest on one sentence gets it once, in a cell spanning the run."""
    out = list(fields)
    start = 0
    for i in range(1, len(fields) + 1):
        if i < len(fields) and fields[i].sentence and fields[i].sentence == fields[start].sentence:
            out[i] = fields[i]._replace(span=0)
            continue
        out[start] = fields[start]._replace(span=i - start)
        start = i
    return out


def render_panel(catalog: Catalog, stem: str, record: dict[str, object] | None,
                 env: jinja2.Environment, links: LinkMemo | None = None) -> str:
    """The annotation box MkDocs shows above an article: fields, evidence, links (`links`: the
    build's link memo, when it renders many panels)."""
    path = urls.article(stem)
    return env.get_template(PANEL_TEMPLATE).render(
        L=Links(path, catalog, is_html(PANEL_TEMPLATE), links), catalog=catalog, a=catalog.articles[stem],
        meetings=catalog.by_article.get(stem, []), record=record or {}, urls=urls)

