"""A kind of page themed once, then filled in for each page of its kind.

Theming is the largest single cost of a large build: Material's templates take about 2.5 ms a
page (cProfile, 10,000 articles), and a generated page outside the navigation (an article, a
meeting, a person) differs from its neighbours only in its title, its body and its table of
contents. Pages that agree on everything else the theme reads (the folder, which gives every
relative link; the table of contents; the front-matter keys Material prints; the template) share
one "shell": the page themed once with marked stand-ins for the title and body, split at the
marks. Every other page of the kind is the shell's parts joined around its own title and body.

The stand-ins carry the characters that escaping or tag-stripping would change (`<`, `&`,
quotes, doubled spaces): a shell is used only if each stand-in came out of the theme exactly as
it went in, at every place its mark appears; that is, the theme printed the value as it is,
which is all that joining does. Otherwise that kind of page is themed in full, page by page.

Used only where nothing else can make pages differ: the Material theme without a site's own
template folder, and no plugin beyond this one and search (another plugin's `on_page_context`
could put anything into a page).
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from mkdocs import utils
from mkdocs.commands.build import get_context
from mkdocs.exceptions import BuildError
from mkdocs.structure.toc import AnchorLink, TableOfContents

from generator.publish import page_weight

BUILD_LOG = logging.getLogger("mkdocs.commands.build")

TITLE = "\ue000title<&\"'  \ue001"
META_TITLE = "\ue002meta<&\"'  \ue003"
BODY = "\ue004body<&\"'  \ue005"
BODY_H1 = "\ue004body<h1&\"'  \ue005"
CANONICAL = "\ue006canonical<&\"'  \ue007"
TOC_MAX = 40
TOC = tuple(f"\ue008{i:02d}toc<&\"'  \ue009" for i in range(TOC_MAX))
"""Stand-ins for the titles of the table of contents' entries without children, in page order:
pages whose headings name their subject ('Meetings held in Algeria') then share a kind. An
entry with children is printed stripped of tags too (an aria-label), so its title stays part of
the kind."""
MARKS = {TITLE: "\ue000", META_TITLE: "\ue002", BODY: "\ue004", BODY_H1: "\ue004", CANONICAL: "\ue006",
         **{t: "\ue008" for t in TOC}}
PLAIN = {TITLE: "\ue000\ue001", META_TITLE: "\ue002\ue003", BODY: "\ue004\ue005", BODY_H1: "\ue004\ue005",
         CANONICAL: "\ue006\ue007", **{t: f"\ue008{i:02d}\ue009" for i, t in enumerate(TOC)}}
"""Each stand-in as plain text for compacting a shell: the stand-ins' `<` and spaces would change
how `page_weight.compact` treats their lines."""
"""Each stand-in and the mark it begins with: a mark found outside a whole stand-in means a
filter changed the value on its way into the page."""
THEME_META = ("description", "author", "hide", "template", "status", "icon", "subtitle", "tags",
              "comments", "revision_date", "location", "git_revision_date_localized",
              "git_creation_date_localized")
"""Front-matter keys Material's templates print or test (its templates' `page.meta.*`), besides
`title`, which is filled in."""
KNOWN_PLUGINS = frozenset({"diplomacy", "search", "material/search"})
"""Plugins whose page events change no page's theme context."""
LIMIT = 2000
"""Kinds kept per build: a corpus whose pages all differ gains nothing, and keeps no more."""
SHELL_FROM = 3
"""A kind's shell is made for its third page: making one (the theme run once, the shell split
and compacted, its first page compacted both ways) costs about two pages themed in full, and
most kinds of a site's pages have one or two (an entity's year listings sit in a folder of
their own): at 10,000 articles 500 of 530 kinds per worker, most of the shells' cost."""


class _StandIn:
    """The page as the theme sees it while its kind's shell is made: the page itself, but for the
    values that are filled in later."""

    def __init__(self, page: Any, body: str) -> None:
        self._page = page
        self.title = TITLE
        self.content = body
        self.meta = {**page.meta, "title": META_TITLE}
        self.canonical_url = CANONICAL if page.canonical_url else page.canonical_url
        self.toc = _stand_in_toc(page.toc, iter(TOC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)


@dataclass(frozen=True)
class Shell:
    """A themed kind of page split at its stand-ins: parts[0] + value + parts[1] + ... ."""

    parts: tuple[str, ...]
    holes: tuple[str, ...]
    """The stand-in between parts[i] and parts[i + 1]."""

    def fill(self, values: dict[str, str]) -> str:
        out = [self.parts[0]]
        for hole, part in zip(self.holes, self.parts[1:], strict=True):
            out.append(values[hole])
            out.append(part)
        return "".join(out)


def split(output: str) -> Shell | None:
    """The themed stand-in page as a Shell, or None if a stand-in was changed on its way in."""
    for mark in set(MARKS.values()):
        if output.count(mark) != sum(output.count(s) for s, m in MARKS.items() if m == mark):
            return None
    return _cut(output, {s: s for s in MARKS})


def compacted(shell: Shell, body: str) -> Shell | None:
    """The shell compacted (its stand-ins as plain text while it is), or None if the body's
    stand-in is not there once."""
    plain = {hole: PLAIN[hole] for hole in shell.holes}
    found = _cut(page_weight.compact(shell.fill(plain)), {PLAIN[h]: h for h in PLAIN if h != (
        BODY if body == BODY_H1 else BODY_H1)})
    return found if found.holes.count(body) == 1 else None


def _cut(output: str, holes_by_text: dict[str, str]) -> Shell:
    parts: list[str] = []
    holes: list[str] = []
    rest = output
    while True:
        found = [(rest.find(s), s) for s in holes_by_text if s in rest]
        if not found:
            parts.append(rest)
            return Shell(tuple(parts), tuple(holes))
        at, text = min(found)
        parts.append(rest[:at])
        holes.append(holes_by_text[text])
        rest = rest[at + len(text):]


def usable(config: Any) -> bool:
    """Whether this site's pages can be themed from shells (see the module docstring)."""
    extra = config.extra or {}
    return config.theme.name == "material" and not config.theme.custom_dir \
        and set(config.plugins) <= KNOWN_PLUGINS and not extra.get("analytics")


def _toc_key(items: Any) -> tuple[Any, ...]:
    """The table of contents as the kind sees it: the titles of entries without children are
    filled in (TOC)."""
    return tuple((i.title if i.children else None, i.url, i.level, _toc_key(i.children)) for i in items)


def _toc_titles(items: Any, into: list[str]) -> list[str]:
    """The titles TOC stands in for, in the order `_stand_in_toc` gives out its stand-ins."""
    for item in items:
        if item.children:
            _toc_titles(item.children, into)
        else:
            into.append(item.title)
    return into


def _stand_in_toc(items: Any, stand_ins: Iterator[str]) -> TableOfContents:
    """A copy of the table of contents (every attribute, `active` too) with the stand-ins in."""
    out = []
    for item in items:
        copy = AnchorLink(item.title if item.children else next(stand_ins), item.id, item.level)
        copy.__dict__.update({k: v for k, v in vars(item).items() if k not in ("title", "children")})
        copy.children = list(_stand_in_toc(item.children, stand_ins))
        out.append(copy)
    return TableOfContents(out)


@dataclass
class Kind:
    """A kind of page: its shell, and the shell compacted (page_weight.compact), when pages are."""

    shell: Shell
    compacted: Shell | None = None
    """Filled with the title as it is and the body through `page_weight.join_block`; None when
    this kind's pages are compacted whole."""
    checked: bool = False
    """Its first page was compacted both ways and came out the same (see Shells.compact)."""


class Shells:
    """The shells of one build's pages, by kind; see the module docstring."""

    def __init__(self, nav_pages: list[Any], compacting: bool = False) -> None:
        self.in_nav = {id(p) for p in nav_pages}
        """Pages of the navigation: each marks its own entry active, so none has a kind."""
        self.kinds: dict[tuple[Any, ...], Kind | None] = {}
        self.seen: dict[tuple[Any, ...], int] = {}
        """Pages themed in full so far, by kind without a shell yet (SHELL_FROM)."""
        self.compacting = compacting
        """Pages are compacted after theming (light pages): shells then do it for the plugin."""
        self.compacted: set[str] = set()
        """Pages (src_uri) whose output is compacted already: the plugin's `on_post_page` skips them."""
        self.filled = 0
        """Pages filled into a shell so far (in this process)."""

    def key(self, page: Any) -> tuple[Any, ...] | None:
        """What the theme reads of a page besides its title and body; None: theme it in full."""
        if id(page) in self.in_nav or page.previous_page is not None or page.next_page is not None \
                or page.parent is not None \
                or page.is_homepage or page.edit_url or not page.title \
                or not page.meta.get("title") or not isinstance(page.content, str):
            return None
        meta = tuple((k, repr(page.meta[k])) for k in THEME_META if k in page.meta)
        if len(_toc_titles(page.toc, [])) > TOC_MAX:
            return None
        return (posixpath.dirname(page.url.rstrip("/")), page.url.endswith("/"), "<h1" in page.content,
                bool(page.canonical_url), _toc_key(page.toc), meta)

    def render(self, page: Any, context: Any, template: Any) -> str:
        """The page's themed HTML: its kind's shell filled in, or the theme run on the page."""
        key = self.key(page)
        kind = self._kind(key, page, context, template) if key is not None else None
        if kind is None:
            return template.render(context)
        self.filled += 1
        values = _values(page)
        if self.compacting and kind.compacted is not None:
            done = self.compact(kind, values, page.content)
            if done is not None:
                self.compacted.add(page.file.src_uri)
                return done
        return kind.shell.fill(values)

    def _kind(self, key: tuple[Any, ...], page: Any, context: Any, template: Any) -> Kind | None:
        if key not in self.kinds:
            if len(self.kinds) >= LIMIT:
                return None
            seen = self.seen[key] = self.seen.get(key, 0) + 1
            if seen < SHELL_FROM:
                return None
            body = BODY_H1 if "<h1" in page.content else BODY
            themed = template.render({**context, "page": _StandIn(page, body)})
            shell = split(themed)
            kind = Kind(shell) if shell is not None else None
            if kind is not None and self.compacting:
                kind.compacted = compacted(kind.shell, body)
            self.kinds[key] = kind
        return self.kinds[key]

    def compact(self, kind: Kind, values: dict[str, str], body: str) -> str | None:
        """The page compacted from its kind's compacted shell, or None: a title that would not stay
        as it is, or a body `join_block` cannot join. The first page of each kind is compacted
        whole too; if the two differ, the kind's pages are compacted whole from then on."""
        assert kind.compacted is not None
        if not all(page_weight.inline_as_is(v) for h, v in values.items()
                   if h in kind.compacted.holes and h not in (BODY, BODY_H1)):
            return None
        at = next(i for i, h in enumerate(kind.compacted.holes) if h in (BODY, BODY_H1))
        parts, holes = kind.compacted.parts, kind.compacted.holes
        before = Shell(parts[:at + 1], holes[:at]).fill(values)
        after = Shell(parts[at + 1:], holes[at + 1:]).fill(values)
        done = page_weight.join_block(before, body, after)
        if done is not None and not kind.checked:
            kind.checked = True
            if done != page_weight.compact(kind.shell.fill(values)):
                kind.compacted = None
                return None
        return done


def _values(page: Any) -> dict[str, str]:
    return {TITLE: page.title, META_TITLE: page.meta["title"], BODY: page.content,
            BODY_H1: page.content, CANONICAL: page.canonical_url or "",
            **dict(zip(TOC, _toc_titles(page.toc, []), strict=False))}


def build_page(page: Any, config: Any, doc_files: Any, nav: Any, env: Any, shells: Shells) -> None:
    """MkDocs' `_build_page` (mkdocs 1.6), with the theme's render done by `shells`.

    Copied rather than patched: MkDocs offers no hook between a page's context and its
    template's render, and its own function is private. Drafts (excluded pages) are left to it.
    """
    config._current_page = page
    try:
        page.active = True
        context = get_context(nav, doc_files, config, page)
        template = env.get_template(page.meta.get("template", "main.html"))
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        output = shells.render(page, context, template)
        output = config.plugins.on_post_page(output, page=page, config=config)
        if output.strip():
            utils.write_file(output.encode("utf-8", errors="xmlcharrefreplace"), page.file.abs_dest_path)
        else:
            BUILD_LOG.info(f"Page skipped: '{page.file.src_uri}'. Generated empty output.")
    except Exception as exc:
        log_page_error("building", page, exc)
        raise
    finally:
        page.active = False
        config._current_page = None


def log_page_error(doing: str, page: Any, exc: Exception) -> None:
    """MkDocs' own line for a page that failed (`Error reading/building page '…':`), which
    `--strict` and a reader of the log expect, before the error goes on up."""
    message = f"Error {doing} page '{page.file.src_uri}':"
    if not isinstance(exc, BuildError):
        message += f" {exc}"
    BUILD_LOG.error(message)
