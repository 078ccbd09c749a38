"""What the theme prints of a page without escaping it: its title and front-matter descriptions.

MkDocs themes render with autoescaping off. Material writes `page.meta.title` (else `page.title`)
into `<title>`, the header and the article's heading, and `page.meta.description` into a
`<meta>` attribute, all as they are; it also makes search results from them as HTML. A title a
researcher typed (`title: </title><script>…`) is text, as it is on every generated page, so the
plugin hands the theme these values HTML-escaped, and every page's title as HTML from then on.
"""

from __future__ import annotations

import html
from typing import Any

RAW_IN_THEME = ("title", "description", "subtitle")
"""Front-matter keys Material prints unescaped (subtitle: under a page's name in the navigation)."""


def escape_meta(meta: dict[str, Any]) -> None:
    """Front-matter text the theme prints raw, escaped for HTML (text and attributes alike)."""
    for key in RAW_IN_THEME:
        value = meta.get(key)
        if value is not None and not isinstance(value, dict | list):
            meta[key] = html.escape(" ".join(str(value).split()), quote=True)


def pin_title(page: Any) -> None:
    """Give the theme the page's title as its meta title, which `<title>` prints as it is.

    Without one, Material prints `page.title | striptags`, and `striptags` decodes entities: a
    heading whose escaped text is markup (a venue `</title><svg onload=…>` in a meeting's
    heading) would be live in `<title>`. The home page keeps the theme's title, the site's name.
    """
    if "title" not in page.meta and not page.is_homepage and page.title:
        page.meta["title"] = page.title
