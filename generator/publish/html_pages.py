"""Pages the generator writes as HTML: links, contents and title, as MkDocs makes them from Markdown.

Converting Markdown is most of a page's cost in `mkdocs build`, and a generated page gains
nothing from it: its tables and links come from templates, not from a writer. So a generated
page (front matter `format: html`), an article's annotation panel and an article's text (the
annotator's block of escaped paragraphs, until a researcher adds Markdown) are HTML whose
links point at the `.md` files, exactly as Markdown links do. Here each link becomes the target
page's URL relative to the page that holds it, a link to a missing page is reported the way
MkDocs reports it (so `--strict` fails on it), and the table of contents and the title are read
from the headings.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from mkdocs.structure.toc import TableOfContents, get_toc

FORMAT_KEY = "format"
HTML_FORMAT = "html"
LINK = re.compile(r'(h(?<!\wh)ref|s(?<!\ws)rc)="([^"]*)"')
"""`\b(href|src)="..."`, written so that the regex engine looks for its first letters instead of
trying a word boundary at every character: 0.40 -> 0.18 s over 28 MB of generated pages."""
EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|/|#|$)")
HEADING = re.compile(r'<h([1-6])\b([^>]*)>(.*?)</h\1>', re.S)
ANY_ID = re.compile(r'i(?<!\wi)d="([^"]*)"')
"""`\bid="..."`, written as LINK is: 0.47 -> 0.04 s over 28 MB of generated pages."""
TAG = re.compile(r"<[^>]*>")
TOC_LEVELS = (2, 3)


@dataclass
class Resolved:
    """A page's HTML with its links made into URLs, and what it says about itself."""

    html: str
    missing: list[str] = field(default_factory=list)
    """Links whose target is not among the site's files, as written."""
    anchors: set[str] = field(default_factory=set)
    title: str | None = None
    toc: TableOfContents = field(default_factory=lambda: get_toc([]))


ARTICLE_TEXT_ONLY = re.compile(r'\s*<div class="article-text">(?:(?!</?div\b).)*</div>\s*', re.S)
"""An article body that is still only the text block the annotator wrote (HTML, escaped text)."""


def is_html_page(meta: dict[str, Any]) -> bool:
    return meta.get(FORMAT_KEY) == HTML_FORMAT


def is_text_block(body: str) -> bool:
    """True for an article body that Markdown would pass through untouched; a body a researcher
    has added Markdown to is converted as Markdown."""
    return ARTICLE_TEXT_ONLY.fullmatch(body) is not None


class Targets:
    """The file each link leads to, remembered across the pages of a build.

    A link is written relative to its page's folder, so pages of one folder share (folder, link)
    -> file. At 2,000 articles the build resolves 87,000 links, most of them to the same people
    and places; MkDocs' lookup (`get_file_from_path` makes a PurePath of each) took 1.0 s of them
    under cProfile, the dictionary 0.3 s."""

    def __init__(self, files: Any) -> None:
        self.files = files
        self.found: dict[tuple[str, str], Any] = {}
        self.kept: dict[tuple[str, str, int], dict[str, Entry]] = {}

    @classmethod
    def of(cls, files: Any, kept: Targets | None) -> Targets:
        """`kept` when it was made for these files; otherwise a new one (a rebuild has new files)."""
        return kept if kept is not None and kept.files is files else cls(files)

    def kept_for(self, base: str, page_file: Any) -> tuple[dict[str, Entry] | None, str]:
        """The links' entries shared by the pages of the folder `base` whose URLs have the same
        parent and depth (None: this page shares none), and the URL prefix of the page itself and
        the pages below it, whose links must not be shared.

        Pages side by side reach a file by the same URL unless it is the page itself or below it
        (measured at 10,000 articles: 449,000 links, MkDocs' relative-URL arithmetic 2.0 s of the
        conversion's 15 s under cProfile). Worked out once per page, not once per link: per link,
        this and the lookups were a third of `resolve`'s time at 10,000 articles (py-spy)."""
        folder, _, name = page_file.url.rpartition("/")
        folders = [p for p in (page_file.url if "." not in name else folder).split("/") if p not in ("", ".")]
        if not folders or ".." in folders:
            return None, ""
        key = (base, "/".join(folders[:-1]), len(folders))  # as MkDocs' get_relative_url reads it
        return self.kept.setdefault(key, {}), "/".join(folders)

    def entry(self, base: str, link: str, page_file: Any) -> Entry:
        """What `link`, written in the folder `base`, becomes on the page `page_file`."""
        if EXTERNAL.match(link):
            return None
        path, _, anchor = link.partition("#")
        target = self.file(base, path)
        if target is None:
            return MISSING if path.endswith(".md") else None
        url = target.url_relative_to(page_file) or "./"
        return (f"{url}#{anchor}" if anchor else url), target.url

    def file(self, base: str, path: str) -> Any:
        key = (base, path)
        try:
            return self.found[key]
        except KeyError:
            target = self.found[key] = self.files.src_uris.get(posixpath.normpath(
                posixpath.join(base, unquote(path))))
            return target


MISSING = ("", "")
"""The entry of a link to a Markdown page the site does not have: reported, left as written."""
Entry = tuple[str, str] | None
"""A link's new URL and its target's URL; MISSING; or None for a link left as written (outside
the site, an anchor on the page, a file that is not a page)."""
_UNSEEN: Any = object()


def resolve_links(html: str, src_uri: str, files: Any, page_file: Any,
                  targets: Targets | None = None) -> tuple[str, list[str]]:
    """Relative links to the site's files, as URLs relative to `page_file`; missing targets listed."""
    base = posixpath.dirname(src_uri)
    missing: list[str] = []
    known = Targets.of(files, targets)
    kept, own = known.kept_for(base, page_file)

    def one(match: re.Match[str]) -> str:
        link = match.group(2)
        entry = _UNSEEN if kept is None else kept.get(link, _UNSEEN)
        if entry is _UNSEEN:
            entry = known.entry(base, link, page_file)
            if kept is not None and not (entry and entry[1].startswith(own)):
                kept[link] = entry
        elif entry and entry[1].startswith(own):  # the page itself or below it: its own URL
            entry = known.entry(base, link, page_file)
        if entry is None:
            return match.group(0)
        if entry is MISSING:
            missing.append(link)
            return match.group(0)
        return f'{match.group(1)}="{entry[0]}"'

    return LINK.sub(one, html), missing


def contents(html: str) -> tuple[TableOfContents, str | None, set[str]]:
    """(table of contents of the h2/h3 headings, the first h1 as text for HTML, every id on the page)."""
    tokens: list[dict[str, Any]] = []
    title = None
    for level_text, attributes, inner in HEADING.findall(html):
        level = int(level_text)
        if level == 1 and title is None:
            title = " ".join(TAG.sub("", inner).split())  # as MkDocs: tags gone, entities kept
        anchor = ANY_ID.search(attributes)
        if level not in TOC_LEVELS or anchor is None:
            continue
        token = {"level": level, "id": anchor.group(1), "name": inner.strip(), "children": []}
        if level > TOC_LEVELS[0] and tokens:
            tokens[-1]["children"].append(token)
        else:
            tokens.append(token)
    return get_toc(tokens), title, set(ANY_ID.findall(html))  # type: ignore[arg-type]


def resolve(html: str, src_uri: str, files: Any, page_file: Any, targets: Targets | None = None) -> Resolved:
    linked, missing = resolve_links(html, src_uri, files, page_file, targets)
    toc, title, anchors = contents(linked)
    return Resolved(linked, missing, anchors, title, toc)
