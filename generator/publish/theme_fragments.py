"""Theme parts that are the same on every page of a folder, rendered once per folder.

The theme draws the navigation, the tabs, the search box and the colour switch on every page;
on a large corpus that is a third of the time spent theming pages, and for a page outside the
navigation (an article, a meeting, a person) those parts differ only by the relative URLs of
their links, that is by the folder the page is in. Each one is therefore rendered by the theme's
own template the first time a folder needs it and reused for the folder's other pages. Pages in
the navigation (its sections' index pages) mark their own entry as active and are always
rendered in full, as are pages with no `page` (the 404 template).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

import jinja2

THEME_DIR = Path(__file__).resolve().parent / "theme"
ORIGINAL = "theme-original"
"""Loader prefix under which the theme's own templates stay reachable from our overrides."""
PARTIALS = ("partials/nav.html", "partials/tabs.html", "partials/search.html", "partials/palette.html")
TABS = "partials/tabs.html"
_AROUND_TAGS = re.compile(r">\s+|\s+<")


class Fragments:
    """The per-folder cache of the theme parts in PARTIALS, for one build."""

    def __init__(self, nav_pages: list[Any], theme_dirs: list[str], reuse: bool = True) -> None:
        self.nav_pages = {id(p) for p in nav_pages}
        self.reuse = reuse
        """False: render the theme's part on every page (the overrides are in place for search)."""
        self.theme_dirs = [d for d in theme_dirs if Path(d).resolve() != THEME_DIR]
        self.cache: dict[tuple[str, str, bool], str] = {}

    def install(self, env: jinja2.Environment) -> None:
        original = jinja2.PrefixLoader({ORIGINAL: jinja2.FileSystemLoader(self.theme_dirs)})
        env.loader = jinja2.ChoiceLoader([env.loader, original]) if env.loader else original
        env.globals["diplomacy_fragment"] = self.fragment

    def key(self, name: str, page: Any) -> tuple[str, str, bool] | None:
        if not self.reuse or page is None or id(page) in self.nav_pages \
                or not isinstance(getattr(page, "url", None), str):
            return None
        url = page.url
        return name, posixpath.dirname(url.rstrip("/")), url.endswith("/")

    @jinja2.pass_context
    def fragment(self, context: jinja2.runtime.Context, name: str) -> str:
        key = self.key(name, context.get("page"))
        if key is not None and key in self.cache:
            return self.cache[key]
        template = context.environment.get_template(f"{ORIGINAL}/{name}")
        html = template.render(context.get_all())
        if name == TABS:
            html = tight_tabs(html)
        if key is not None:
            self.cache[key] = html
        return html


def theme_dirs_with_overrides(dirs: list[str], custom_dir: str | None) -> list[str]:
    """The theme's template folders with ours right after a site's own `custom_dir` (which wins)."""
    ours = str(THEME_DIR)
    rest = [d for d in dirs if d != ours]
    at = 1 if custom_dir and rest and Path(rest[0]).resolve() == Path(custom_dir).resolve() else 0
    return [*rest[:at], ours, *rest[at:]]


def tight_tabs(html: str) -> str:
    """The tabs without the blank space around their tags and labels: the tab list is a flex box,
    its items and links flex items and boxes, where that space is never drawn (an item's line
    breaks were 44 bytes of every page, 0.8 MB at 10,000 articles). Space inside a label stays."""
    return _AROUND_TAGS.sub(lambda m: m.group(0).strip(), html)

