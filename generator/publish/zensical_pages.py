"""What the MkDocs plugin does to a page, done inside Python-Markdown for Zensical, which runs no plugins.

Zensical reads the same `mkdocs.yml` and converts each page with Python-Markdown and the
extensions listed there, so this extension (`markdown_extensions: - generator.publish.zensical_pages`)
gives a Zensical build the plugin's page work that keeps the site safe and complete:

- front-matter `title`, `description` and `subtitle` are HTML-escaped (`theme_text.escape_meta`):
  the theme prints them unescaped, and an article's front matter is the researcher's text;
- an article body is cleaned by the sanitizer's allow-list (`sanitize.clean`): a researcher's
  Markdown may hold raw HTML or a `javascript:` link;
- an article gets its annotation panel (evidence and confidence) above its text.

Zensical hands the page to extensions through its `rendering_context` preprocessor; under MkDocs
there is none, and the extension does nothing (the plugin does all of this there, and more).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

from generator.publish import theme_text
from generator.site import sanitize
from generator.site.panel_store import PanelReader

CONTEXT = "rendering_context"
"""Name of the preprocessor through which Zensical gives extensions the page being rendered."""
ESCAPED = "diplomacy_escaped"
"""Meta key marking a page's front matter as escaped: Zensical may render a page more than once
and hands the second render the metadata the first one returned."""


def _context(md: Markdown) -> Any | None:
    """Zensical's rendering context (`.page` with `.path` and `.meta`, `.config`), or None elsewhere."""
    for processor in md.preprocessors:
        if getattr(processor, "name", None) == CONTEXT and hasattr(processor, "page"):
            return processor
    return None


def _is_article(path: str) -> bool:
    return path.startswith("articles/") and path.count("/") == 1 and path.endswith(".md")


class _Panels:
    """One panel reader per site folder, kept across the pages of a build."""

    readers: dict[Path, PanelReader] = {}

    @classmethod
    def panel(cls, root: Path, stem: str) -> str | None:
        state = root / ".generator"
        reader = cls.readers.get(state)
        if reader is None:
            reader = cls.readers[state] = PanelReader(state, state / "cache")
        return reader.panel(stem)


class SafePage(Postprocessor):
    """Escapes the theme's raw front-matter text; cleans an article's body and puts its panel on top."""

    def run(self, text: str) -> str:
        context = _context(self.md)
        if context is None:
            return text
        page = context.page
        if not page.meta.get(ESCAPED):
            theme_text.escape_meta(page.meta)
            page.meta[ESCAPED] = True
        path = str(page.path).replace("\\", "/")
        if not _is_article(path):
            return text
        root = Path(str(context.config.get("root_dir") or "."))
        panel = _Panels.panel(root, Path(path).stem)
        return (panel or "") + sanitize.clean(text)


class ZensicalPages(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.postprocessors.register(SafePage(md), "diplomacy_safe_page", 0)


def makeExtension(**kwargs: Any) -> ZensicalPages:  # noqa: N802 - Python-Markdown's entry point
    return ZensicalPages(**kwargs)
