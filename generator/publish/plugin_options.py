"""The plugin's options: what a site can set under `plugins: - diplomacy:` in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options
from mkdocs.config.base import Config

from generator.site import search_entries

PARALLEL_FROM = 300


class PluginConfig(Config):
    """Options under `plugins: - diplomacy:` in mkdocs.yml."""

    annotate = config_options.Type(bool, default=True)
    """Annotate new and changed seeds on every build (turn off to render only)."""
    search = config_options.Choice(("pagefind", "theme"), default="pagefind")
    """The search box's engine: `pagefind`, the generator's chunked index in docs/pagefind/ (a
    search downloads the part of the index it needs), or `theme`, the theme's own search plugin
    (add `- search` to plugins; it downloads the whole index first)."""
    search_listings = config_options.Type(bool, default=False)
    """Index generated listing pages (year, letter, review lists) too; they repeat entity pages."""
    search_paragraphs = config_options.Type(int, default=search_entries.LEAD_PARAGRAPHS)
    """Article-text paragraphs indexed for search (-1: all of them)."""
    workers = config_options.Type(int, default=0)
    """Processes that convert and theme pages in `mkdocs build` (0: one per core; 1: MkDocs' own
    loop, for a site with another plugin that gathers state from page events)."""
    theme_fragments = config_options.Type(bool, default=True)
    """Render the theme's navigation, tabs, search box and colour switch once per folder of pages
    (turn off for a theme whose navigation differs from page to page outside the nav)."""
    page_shells = config_options.Type(bool, default=True)
    """Theme each kind of generated page once and fill in each page's title and body (see
    generator/publish/page_shells.py; used with the Material theme, no template folder of the
    site's own and no other plugin than search)."""
    parallel_from = config_options.Type(int, default=PARALLEL_FROM)
    """Pages below which one process is faster than starting workers."""
    serve_polling = config_options.Type(bool, default=False)
    """`mkdocs serve --dirty` watches docs/ and seeds/ by polling, as MkDocs does, instead of the
    system's notifications (for a site on a network share, or in a container edited from outside)."""
    light_pages = config_options.Type(bool, default=True)
    """Write the theme's repeated chrome once (icons in a stylesheet, the colour switch's script in
    a file) and drop its templates' indentation (with `theme_fragments`, for the Material theme)."""
