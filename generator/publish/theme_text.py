"""What the theme prints of a page without escaping it: its title and front-matter descriptions.

MkDocs themes render with autoescaping off. Material writes `page.meta.title` (else `page.title`)
into `<title>`, the header and the article's heading, and `page.meta.description` into a
`<meta>` attribute, all as they are; it also makes search results from them as HTML. A title a
researcher typed (`title: </title><script>…`) is text, as it is on every generated page, so the
plugin hands the theme these values HTML-escaped, and every page's title as HTML from then on.
"""

from __future__ import annotations

import html
import re
from typing import Any

from generator.corpus import frontmatter
from generator.site import sanitize

TITLE_LINE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.M)
RAW_IN_THEME = ("title", "description", "subtitle")
"""Front-matter keys Material prints unescaped (subtitle: under a page's name in the navigation)."""


def escape_meta(meta: dict[str, Any]) -> None:
    """Front-matter text the theme prints raw, escaped for HTML (text and attributes alike)."""
    for key in RAW_IN_THEME:
        value = meta.get(key)
        if value is not None and not isinstance(value, dict | list):
            meta[key] = html.escape(" ".join(str(value).split()), quote=True)


def pin_title(page: Any, heading: str | None) -> None:
    """Give the theme the page's title as its meta title, which `<title>` prints as it is.

    Without one, Material prints `page.title | striptags`, and `striptags` decodes entities: a
    heading whose escaped text is markup (a venue `</title><svg onload=…>` in a meeting's
    heading) would be live in `<title>`. A title read from the page's `heading` is HTML already
    (tags gone, entities kept); any other (the navigation's, or one made from the file name, which
    may hold `<`) is text, and is escaped. The home page keeps the theme's title, the site's name.
    """
    title = page.title
    if "title" in page.meta or page.is_homepage or not title:
        return
    page.meta["title"] = title if title == heading else html.escape(title, quote=True)


def recover_front_matter(markdown: str, meta: dict[str, Any], path: str) -> tuple[str, dict[str, Any]]:
    """The page's body and front matter when MkDocs could not read the front matter.

    MkDocs gives up on the whole block when one value fails (an impossible date, `2023-02-30`, or
    a YAML error) and publishes the block as the article's first paragraph, titled by its file
    name. The generator has reported the error with its line; the reader still gets the article:
    its body alone, titled by the fields that did parse (or, failing YAML, by its `title:` line).
    """
    if meta or not markdown.startswith("---"):
        return markdown, meta
    front, body, closing = frontmatter.split(markdown)
    if front is None or closing == -1:
        return markdown, meta  # no closed block: not front matter at all
    parsed = frontmatter.parse(markdown, path)
    if parsed.data is not None:
        data = {str(k): v.text if isinstance(v, frontmatter.BadScalar) else v for k, v in parsed.data.items()}
        return body, data
    found = TITLE_LINE.search(front)
    return body, {"title": found[1].strip("'\"")} if found else {}


def clean_toc(items: Any) -> None:
    """Headings' HTML, which the theme prints as it is in the table of contents, made inert."""
    for item in items:
        item.title = sanitize.clean(item.title)
        clean_toc(item.children)
