"""Thin MkDocs glue: `mkdocs serve` and `mkdocs build` run the generator themselves.

No logic of its own: it calls `site.build` before MkDocs collects files, shows each article's
annotation panel above its text, and tells `mkdocs serve` which inputs to watch.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin

from generator import site
from generator.config import Settings

log = logging.getLogger("mkdocs.plugins.diplomacy")


class PluginConfig(Config):
    """Options under `plugins: - diplomacy:` in mkdocs.yml."""

    annotate = config_options.Type(bool, default=True)
    """Annotate new and changed seeds on every build (turn off to render only)."""


class GeneratorPlugin(BasePlugin[PluginConfig]):
    """Runs the generator on MkDocs events."""

    def __init__(self) -> None:
        self.settings: Settings | None = None

    def on_config(self, config: Any) -> Any:
        self.settings = Settings.for_root(Path(config.config_file_path).parent)
        return config

    def on_pre_build(self, config: Any) -> None:
        assert self.settings is not None
        if self.config.annotate:
            result = site.build(self.settings)
        else:
            result = site.render(self.settings)
        for problem in result.problems:
            # Broken input fails `mkdocs build --strict`; review items do not.
            (log.warning if problem.severity == "error" else log.info)(str(problem))
        log.info("generator: %d articles, %d meetings, %d files written",
                 result.articles, result.meetings, result.written)

    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Any) -> str:
        assert self.settings is not None
        uri = page.file.src_uri
        if not uri.startswith("articles/") or uri.count("/") != 1:
            return markdown
        panel = site.panel_path(self.settings, Path(uri).stem)
        try:
            return panel.read_text(encoding="utf-8") + "\n" + markdown
        except OSError:
            return markdown

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        assert self.settings is not None
        for path in (self.settings.seeds_dir, self.settings.root / "templates",
                     self.settings.registry_file):
            if path.exists():
                server.watch(str(path))
        return server
