"""Thin MkDocs glue: `mkdocs serve` and `mkdocs build` run the generator themselves.

No logic of its own: it calls `site.build` before MkDocs collects files, shows each article's
annotation panel above its text, and tells `mkdocs serve` which inputs to watch.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File
from watchdog.events import DirModifiedEvent

from generator import pipeline as site
from generator.build.memory import HeapFreeze
from generator.config import Settings
from generator.failures import describe
from generator.publish import html_pages, index_beside, page_shells, page_weight, serve_dirty, theme_text
from generator.publish.index_beside import IndexBeside
from generator.publish.mkdocs_parallel import ParallelPages, search_index_entries
from generator.publish.plugin_options import PluginConfig
from generator.publish.quick_exit import arm as arm_quick_exit
from generator.publish.theme_fragments import THEME_DIR, Fragments, theme_dirs_with_overrides
from generator.site import sanitize, search_entries, search_index
from generator.site.panel_store import PanelReader
from generator.site.views import network

log = logging.getLogger("mkdocs.plugins.diplomacy")


LEVELS = {"error": logging.ERROR, "warning": logging.WARNING}
"""MkDocs level of each problem severity; `--strict` aborts on any of them, as the CLI's does."""
OWN_ENTRY = {"exclude": True, "entry": "diplomacy"}
"""A page's search setting when this plugin, not the theme, makes its entry (a researcher's own
`search:` front matter wins)."""


def _is_article(uri: str) -> bool:
    return uri.startswith("articles/") and uri.count("/") == 1


class GeneratorPlugin(BasePlugin[PluginConfig]):
    """Runs the generator on MkDocs events."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.html: dict[str, str] = {}
        """src_uri -> HTML body of a generated page between its markdown and content events."""
        self.parallel: ParallelPages | None = None
        self.nav: Any = None
        self.dirty = False
        self.panels: PanelReader | None = None
        self.icons: page_weight.ChromeIcons | None = None
        self.palette_js: str | None = None
        self.scope_js: str | None = None
        self.palette_form_in_script = False
        self.serving = False
        self.builds = 0
        """Builds done by this `mkdocs serve` (MkDocs keeps this plugin from one to the next)."""
        self.succeeded = False
        """The last build reached its end without an error (`on_build_error` resets it)."""
        self.plugin_names: list[str] = []
        """The site's plugins, by name (`quick_exit` is armed only with ours and search)."""
        self.rebuild = False
        """This build is a rebuild of `mkdocs serve --dirty`: see serve_dirty."""
        self.templates = serve_dirty.TemplateCache()
        self.observer: Any = None
        self.watch: serve_dirty.InputWatch | None = None
        self.annotation: site.Result | None = None
        """The last build's annotation step, reused by a rebuild in which no seed changed."""
        self.indexer = search_index.Background()
        self.beside: IndexBeside | None = None
        """The index being made beside this `mkdocs build`'s pages."""
        self.shells: page_shells.Shells | None = None
        """This build's shells while its pages are themed (page_shells)."""
        self.targets: html_pages.Targets | None = None
        """Where links lead, kept for the pages of one build (html_pages.Targets)."""
        self.heap = HeapFreeze()
        """What lives after the generator's stage, left out of collections until the build
        ends: measured at 10,000 articles, MkDocs' `get_navigation` (a Page per page) took
        2.5-3.7 s with the collector walking the generator's 600,000 objects, 0.8-0.9 s without
        (both on a loaded machine)."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.dirty = dirty
        self.serving = command == "serve"

    def on_build_error(self, *, error: Exception) -> None:
        self.heap.thaw()
        self.succeeded = False
        if self.beside is not None:
            self.beside.abandon()
            self.beside = None

    def on_shutdown(self) -> None:
        self.heap.thaw()
        if self.observer is not None:
            serve_dirty.stop_observer(self.observer)
            self.observer = None
        self.watch = None
        if self.succeeded and not self.serving:
            arm_quick_exit(self.plugin_names)  # see quick_exit: the interpreter's teardown skipped

    def on_config(self, config: Any) -> Any:
        self.plugin_names = list(config.plugins)
        # The plugin indexes, not the render: under `mkdocs serve` in a thread after the first
        # build, under `mkdocs build` in a child beside the pages (index_beside).
        self.settings = Settings.for_root(Path(config.config_file_path).parent,
                                          jobs=self.config.workers,
                                          search_index=False,
                                          search_listings=self.config.search_listings,
                                          search_paragraphs=self.config.search_paragraphs)
        self.panels = PanelReader(self.settings.state_dir, self.settings.cache_dir)
        self.rebuild = self.serving and self.dirty and self.builds > 0
        if self.rebuild:
            config.theme.static_templates.difference_update(serve_dirty.SKIPPED_TEMPLATES)
        if self._overrides_wanted(config):
            config.theme.dirs = theme_dirs_with_overrides(config.theme.dirs, config.theme.custom_dir)
        self.icons, self.palette_js, self.scope_js = None, None, None
        self.palette_form_in_script = False
        if self._light_pages(config):
            theirs = [d for d in config.theme.dirs if Path(d).resolve() != THEME_DIR]
            self.icons = page_weight.ChromeIcons(page_weight.chrome_icon_names(config), theirs)
            script = page_weight.palette_script(theirs)
            form = page_weight.palette_form(config, theirs, self.icons) if script else None
            self.palette_js = page_weight.palette_file(script, form) if script else None
            self.palette_form_in_script = form is not None
            self.scope_js = page_weight.scope_script(theirs, config)
            if page_weight.STYLESHEET not in config.extra_css:
                config.extra_css.append(page_weight.STYLESHEET)
        return config

    def _light_pages(self, config: Any) -> bool:
        return self._fragments_wanted(config) and bool(self.config.light_pages)

    def _pagefind(self) -> bool:
        return self.config.search == "pagefind"

    def _fragments_wanted(self, config: Any) -> bool:
        return bool(self.config.theme_fragments) and config.theme.name == "material"

    def _overrides_wanted(self, config: Any) -> bool:
        """The theme's parts are overridden for fragments and for the site's own search box."""
        return config.theme.name == "material" and (bool(self.config.theme_fragments) or self._pagefind())

    def on_pre_build(self, config: Any) -> None:
        assert self.settings is not None
        started = time.perf_counter()
        # Under `mkdocs serve --dirty` the watch sees every change to seeds/: with none since the
        # last build, the last annotation stands (and the seeds are not listed and checked again).
        current = self.annotation if self.watch is not None and not self.watch.take_seed_change() else None
        try:
            result = site.build(self.settings, annotated=current) if self.config.annotate \
                else site.render(self.settings)
        except Exception as exc:  # the command line's one line, not a traceback
            raise PluginError(describe(exc, self.settings.root, ["build"])) from exc
        self.annotation = result.annotation
        for problem in result.unique_problems():
            # The command line's lines at MkDocs' levels: `mkdocs build --strict` counts both,
            # so it fails whenever `python -m generator build --strict` does.
            log.log(LEVELS[problem.severity], "%s", problem)
        log.info("generator: %d articles, %d meetings, %d files written in %.1f s",
                 result.articles, result.meetings, result.written, time.perf_counter() - started)
        self.heap.freeze()  # the generator's stage is done: see `heap`
        if self._pagefind() and self.serving and not self.indexer.ready(self.settings.docs_dir):
            self._index()  # the first build waits for an index; later ones index when they are done
        elif self._pagefind() and not self.serving:
            self.beside = IndexBeside(self.settings, self.config.search_listings,
                                      self.config.search_paragraphs)
            self.beside.start(Path(config.site_dir))

    @event_priority(-100)
    def on_nav(self, nav: Any, config: Any, files: Any) -> Any:
        """Convert every page on every core (last, after other plugins changed the nav)."""
        assert self.settings is not None
        self.parallel, self.nav = None, nav
        pages = ParallelPages(self.settings.workers, self.config.parallel_from, self.dirty)
        # Forking beside other threads (`mkdocs serve` rebuilding while its server runs) could
        # copy a lock that one of them holds: only a process with one thread forks workers, such
        # as `mkdocs build` or the first build of `mkdocs serve`.
        if threading.active_count() == 1 and pages.wanted(files):
            pages.populate(config, files, nav)  # the pages are read, converted and built at on_env
            self.parallel = pages
        return nav

    @event_priority(-100)
    def on_env(self, env: Any, config: Any, files: Any) -> Any:
        if self.serving and self.dirty:
            # Measured at 2,000 articles: a rebuild compiled the theme's templates again (2.1 s
            # of 7.1 s under cProfile); kept compiled, they take nothing after the first build.
            self.templates.attach(env)
        if self.icons is not None:
            env.loader = jinja2.ChoiceLoader([self.icons.loader(), env.loader])
            env.globals["diplomacy_palette_script"] = page_weight.PALETTE_SCRIPT if self.palette_js else ""
            env.globals["diplomacy_scope_script"] = page_weight.SCOPE_SCRIPT if self.scope_js else ""
            env.globals["diplomacy_palette_form_in_script"] = self.palette_form_in_script
            env.globals["diplomacy_nav_script"] = page_weight.NAV_SCRIPT
            if self.nav is not None:
                env.globals["diplomacy_nav_from_tabs"] = page_weight.NavFromTabs(
                    self.nav, config.theme.get("features") or [])
            env.globals["diplomacy_tabbed_only"] = True
        if self._overrides_wanted(config) and self.nav is not None:
            Fragments(self.nav.pages, config.theme.dirs, reuse=self._fragments_wanted(config)).install(env)
        if self._pagefind() and config.theme.name == "material":
            env.globals["diplomacy_search"] = True  # the header draws partials/site-search.html
        if self.icons is not None:
            page_weight.share_scripts(env, config, files, self._search_box_wanted(config))
        if self.parallel is not None:
            started = time.perf_counter()
            shells = page_shells.Shells(self.nav.pages if self.nav is not None else [],
                                        compacting=self.icons is not None) \
                if self.config.page_shells and page_shells.usable(config) else None
            self.shells = shells
            filled, compacted = self.parallel.build(config, env, shells)
            self.shells = None
            log.info("converted and built %d pages (%d from shells, %d of them compacted there) with %d "
                     "processes in %.1f s", len(self.parallel.doc_files), filled, compacted,
                     self.parallel.workers, time.perf_counter() - started)
        return env

    def _search_box_wanted(self, config: Any) -> bool:
        return self._pagefind() or "material/search" in config.plugins or "search" in config.plugins

    def on_template_context(self, context: Any, template_name: str, config: Any) -> Any:
        """The sitemap and other site-wide templates list every page, including those built here."""
        if self.parallel is not None and self.parallel.active:
            context["pages"] = self.parallel.all_docs
        return context

    @event_priority(100)
    def on_post_build(self, config: Any) -> None:
        if self.parallel is not None:
            self.parallel.restore()
            self.parallel = None
        self.builds += 1
        if self.beside is not None:
            beside, self.beside = self.beside, None
            try:
                beside.finish(Path(config.site_dir))
            except RuntimeError as exc:
                raise PluginError(str(exc)) from exc
        self.succeeded = True
        self.heap.thaw()
        if self._pagefind() and self.serving:
            # After the pages: an edit shows first, and the index follows in the background; its
            # thread puts it in the served site (under --dirty the watch ignores its writes).
            self._index(Path(config.site_dir))

    def _index(self, publish_to: Path | None = None) -> None:
        assert self.settings is not None
        self.indexer.update(self.settings.docs_dir, self.settings.cache_dir,
                            self.config.search_listings, self.config.search_paragraphs, publish_to)

    def on_files(self, files: Any, config: Any) -> Any:
        """Leave out Markdown that is not UTF-8: the generator has reported it with its path, and
        MkDocs would otherwise stop the whole site with a traceback. Add the shared chrome files."""
        if self.icons is not None:
            files.append(File.generated(config, page_weight.STYLESHEET, content=self.icons.stylesheet()))
        if self.palette_js:
            files.append(File.generated(config, page_weight.PALETTE_SCRIPT, content=self.palette_js))
        if self.scope_js:
            files.append(File.generated(config, page_weight.SCOPE_SCRIPT, content=self.scope_js))
        if self.icons is not None:
            files.append(File.generated(config, page_weight.NAV_SCRIPT, abs_src_path=str(
                page_weight.ASSETS_DIR / Path(page_weight.NAV_SCRIPT).name)))
            for path in (page_weight.CONFIG_SCRIPT, page_weight.SEARCH_SCRIPT):
                files.append(File.generated(config, path, content=""))  # written in on_env
        if self.beside is not None:
            self.beside.withhold(files)
        elif self._pagefind() and self.serving:
            index_beside.withhold(files)  # the background indexer publishes it (search_index.Background)
        unchanged: set[str] = set()
        if self.dirty:
            self._outdate_changed_panels(files)
            unchanged = serve_dirty.unchanged_pages(files, serve_dirty.nav_sources(config.nav))
        for file in list(files):
            if not file.src_uri.endswith(".md") or file.abs_src_path is None:
                continue
            if file.src_uri in unchanged:
                continue  # --dirty reads only what changed: ten thousand reads saved per edit
            try:
                with open(file.abs_src_path, "rb") as source:  # no path object for each of 20,000 pages
                    source.read().decode("utf-8")
            except UnicodeDecodeError:
                files.remove(file)
                log.warning("%s: not UTF-8, left out of the site (save it as UTF-8)", file.src_uri)
            except OSError:
                continue
        if self.rebuild:
            return serve_dirty.ChangedPages(files, unchanged)
        return files

    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Any) -> str:
        assert self.settings is not None
        uri = page.file.src_uri
        if _is_article(uri):
            markdown, page.meta = theme_text.recover_front_matter(markdown, page.meta, uri)
        theme_text.escape_meta(page.meta)  # before any other page event reads the title
        listing = search_entries.is_listing(uri) and not self.config.search_listings
        if listing or search_entries.is_own(uri):
            # Listings stay out of search; articles and entity pages get the entry made in
            # on_page_context, so the theme need not parse them.
            page.meta.setdefault("search", dict(OWN_ENTRY))
        if html_pages.is_html_page(page.meta) or (_is_article(uri) and html_pages.is_text_block(markdown)):
            self.html[uri] = markdown
            return ""  # nothing for Markdown to do: on_page_content puts the HTML in place
        return markdown

    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
        """A generated HTML page in place of its (empty) Markdown, with links made into URLs."""
        uri = page.file.src_uri
        body = self.html.pop(uri, None)
        heading = getattr(page, "_title_from_render", None)
        if body is not None:
            done = self._resolve(body, page, config, files)
            page.toc, page.present_anchor_ids = done.toc, done.anchors
            if done.title and "title" not in page.meta:
                page.title = done.title
            html, heading = done.html, done.title
        elif _is_article(uri):
            # A body the researcher turned into Markdown: raw HTML and script links pass Markdown.
            html = sanitize.clean(html)
            theme_text.clean_toc(page.toc)
        theme_text.pin_title(page, heading)
        return self._panel(page, config, files) + html if _is_article(uri) else html

    def _outdate_changed_panels(self, files: Any) -> None:
        """Under --dirty, MkDocs rebuilds a page only when its source is newer than the built page;
        an article whose panel changed since its page was built must be rebuilt too, so its built
        page is marked as older than anything (the next build replaces it anyway)."""
        assert self.panels is not None
        articles = {Path(f.src_uri).stem: f for f in files if _is_article(f.src_uri)}
        for stem, changed in self.panels.changed_since(list(articles)).items():
            built = articles[stem].abs_dest_path
            try:
                if os.stat(built).st_mtime_ns < changed:
                    os.utime(built, ns=(0, 0))
            except OSError:
                continue  # not built yet: MkDocs builds it anyway

    def _panel(self, page: Any, config: Any, files: Any) -> str:
        """The article's annotation panel (written by the generator as HTML), shown above its text."""
        assert self.panels is not None
        panel = self.panels.panel(Path(page.file.src_uri).stem)
        if panel is None:
            return ""
        return self._resolve(panel, page, config, files).html

    def _resolve(self, body: str, page: Any, config: Any, files: Any) -> html_pages.Resolved:
        self.targets = html_pages.Targets.of(files, self.targets)
        done = html_pages.resolve(body, page.file.src_uri, files, page.file, self.targets)
        for link in done.missing:
            log.log(config.validation.links.not_found, "Doc file '%s' contains a link '%s', but the "
                    "target is not found among documentation files.", page.file.src_uri, link)
        return done

    def on_page_context(self, context: Any, page: Any, config: Any, nav: Any) -> Any:
        """Index an article by its title and lead, an entity page by its title and facts."""
        uri = page.file.src_uri
        entries = search_index_entries(config)
        if entries is not None and search_entries.is_own(uri) \
                and page.meta.get("search") == OWN_ENTRY:
            entries.append(search_entries.entry(uri, page.url, page.title or "", page.content or "",
                                                self.config.search_paragraphs))
        return context

    @event_priority(-100)
    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        """The page without its templates' indentation (last, after other plugins' changes)."""
        if self.shells is not None and page.file.src_uri in self.shells.compacted:
            return output  # filled into its kind's compacted shell (page_shells)
        return page_weight.compact(output) if self.icons is not None else output

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        """Rebuild on any change to an input: the seeds, the site's templates and registry.yaml.

        A file can only be watched while it exists, so the site's folder itself is watched (not
        its subfolders, which hold what the build writes): registry.yaml is seen when it is
        created, edited, replaced by an editor or deleted. MkDocs ignores a new folder, and
        watches are set once, when serving starts: a seeds/ or templates/ folder made later is
        watched from the next start, as the log says.
        """
        assert self.settings is not None
        inputs = serve_dirty.watched(self.settings)
        request = serve_dirty.rebuild_request(server) if self.dirty else None
        if request is not None and os.path.abspath(config.docs_dir) in getattr(server, "_watched_paths", {}):
            # --dirty on a large site: docs/ and seeds/ watched here (see serve_dirty.InputWatch).
            folders = [Path(config.docs_dir).resolve(),
                       *(p for p, _ in inputs if p == self.settings.seeds_dir)]
            server.unwatch(config.docs_dir)
            seeds = self.settings.seeds_dir if self.settings.seeds_dir in folders else None
            index = self.settings.docs_dir / search_index.INDEX_DIR if self._pagefind() else None
            watch = serve_dirty.InputWatch(self.settings.root, self.settings.state_dir / "manifest.json",
                                           request, seeds, ignored=index)
            self.observer = serve_dirty.start_observer(watch, folders, self.config.serve_polling)
            inputs = [(p, recursive) for p, recursive in inputs if p not in folders]
            network.prepare_layout()  # before serving, not in the first edit's rebuild
            if seeds is not None:
                # Watched from now on: a seed changed since the first build read them is found here.
                watch.take_seed_change()
                if self.config.annotate and site.seeds_to_annotate(self.settings):
                    watch.on_any_event(DirModifiedEvent(str(seeds)))
                self.watch = watch
        for path, recursive in inputs:
            server.watch(str(path), recursive=recursive)
        for folder in (self.settings.seeds_dir, self.settings.root / "templates"):
            if not folder.is_dir():
                log.info("%s/ is not there: restart `mkdocs serve` once you create it, to rebuild on its "
                         "changes", folder.name)
        return server
