"""Render and write one share of the generated pages: the part of a render that forks.

Each page is rendered only when its signature (render_cache) differs from the last build's, and
written atomically through the manifest; the driver (site.render) merges what the shares did.
"""

from __future__ import annotations

import bisect
import gc
import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from generator.build.memory import paused_gc
from generator.build.render_cache import SKIPPED, Selective, Signer
from generator.config import Settings
from generator.failures import Failure, template_at
from generator.model import Problem
from generator.site import urls
from generator.site.pages import Unit, site_units
from generator.site.panel_store import encode, pack_of, pack_path, read_json, times_path
from generator.site.render import LinkMemo, environment, render_panel
from generator.site.scope import Scope
from generator.writer import Manifest

if TYPE_CHECKING:  # the build moves them, never looks inside
    from generator.knowledge.catalog import Catalog
    from generator.knowledge.review import Review

PANEL_KEY = "panel:"
"""Signature keys of panels: `panel:articles/<stem>.md`."""
PANEL_ROWS = 9
"""Weight of an article's panel (see pages.Unit), about that of a meeting's page."""
BROKEN = "broken"
"""Signature of the panel of an article whose front matter could not be read (always rendered)."""
BROKEN_TEMPLATE = "article_broken.html.j2"


class Claims:
    """Which units of work each share renders, agreed between the forked shares in shared memory.

    The units are cut into one stretch per share, of about equal weight. A share renders its own
    stretch from the front; when it is done, it takes units from the back of the stretch with the
    most weight left. So the shares finish together however rough the weights, and each renders
    mostly neighbouring units, which link to the same pages and sign the same meetings (split by
    a hash of their paths, both shares made nearly every link and signature of the site).

    Home-made on purpose: an executor hands out work but not this order. Measured at 10,000
    articles with two shares when it replaced the hash split (commit bfd9d4f): 8.4-8.9 CPU-s for
    the page phase, from about 10.4. Not measured since against `ProcessPoolExecutor.map` over
    contiguous chunks of units.
    """

    SLOTS = 256
    """Shares that can claim this way (more fall back to every parts-th unit)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork" if hasattr(os, "fork") else None)
        try:
            self._lock = context.Lock()
            self._taken = context.RawArray("q", 2 * self.SLOTS)
            """Per stretch: units taken from its front, units taken from its back."""
        except OSError:  # no shared memory or semaphores here (some sandboxes): a fixed split
            self._lock = None  # type: ignore[assignment]

    def order(self, weights: list[int], part: int, parts: int) -> Iterator[int]:
        """The indexes of the units share `part` of `parts` renders, as it claims them."""
        if parts == 1:
            yield from range(len(weights))
            return
        if parts > self.SLOTS or self._lock is None:
            yield from range(part, len(weights), parts)
            return
        total = [0]
        for weight in weights:
            total.append(total[-1] + max(weight, 1))
        cuts = [bisect.bisect_left(total, total[-1] * k / parts) for k in range(parts)] + [len(weights)]
        stretches = [(cuts[k], max(cuts[k], cuts[k + 1])) for k in range(parts)]
        while True:
            if not self._lock.acquire(timeout=600):  # held for microseconds, unless a share died
                raise RuntimeError("a renderer share stopped while claiming pages")
            try:
                index = self._claim(part, stretches, total)
            finally:
                self._lock.release()
            if index is None:
                return
            yield index

    def _claim(self, part: int, stretches: list[tuple[int, int]], total: list[int]) -> int | None:
        taken = self._taken
        start, end = stretches[part]
        if start + taken[2 * part] < end - taken[2 * part + 1]:
            taken[2 * part] += 1
            return start + taken[2 * part] - 1
        most, left = None, (0, 0)
        for k, (start, end) in enumerate(stretches):
            low, high = start + taken[2 * k], end - taken[2 * k + 1]
            if low < high and (total[high] - total[low], high - low) > left:
                most, left = k, (total[high] - total[low], high - low)
        if most is None:
            return None
        taken[2 * most + 1] += 1
        return stretches[most][1] - taken[2 * most + 1]


@dataclass
class Produced:
    """What one renderer process did with its share of the pages."""

    signatures: dict[str, str] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)
    """Generated files (relative to the site root) this share owns, written or kept."""
    written: int = 0
    rendered: int = 0
    problems: list[Problem] = field(default_factory=list)
    groups: dict[str, str] = field(default_factory=dict)
    """Page path (relative to docs/) -> its group (see scope), for the next build's edits."""


@dataclass
class PageJob:
    """Render and write one share of the pages: the units of work (pages.site_units, and one
    per pack of article panels) that share `part` of `parts` claims.

    Each page is rendered only when its signature differs from the last build's (or its file is
    gone); otherwise the file on disk is kept. Shares run in forked processes that see the same
    catalog, so splitting the pages costs nothing but the fork; a job renders once.
    """

    settings: Settings
    catalog: Catalog
    review: Review
    site_name: str
    epoch: str
    old: dict[str, str]
    """Page signatures of the last build."""
    details: dict[str, dict[str, Any]]
    """stem -> annotation record, for the article panels."""
    manifest: Manifest
    """The build's manifest (each forked share writes to its own copy and reports its files).
    Shared rather than read again per share: opening a manifest clears leftover temporaries,
    which must never happen while another share is writing."""
    scope: Scope | None = None
    """After an edit, the page groups and panels it reaches; None for every page."""
    claims: Claims = field(default_factory=Claims)
    """Which units of pages each share renders (made here, before the shares fork)."""
    broken: dict[str, list[str]] = field(default_factory=dict)
    """stem -> the errors of each article file that could not be read: its panel says so, in
    place of the annotation panel of its last good build (whose links may lead to pages now gone)."""

    def run(self, part: int, parts: int) -> Produced:
        # Rendering allocates millions of short-lived objects and keeps the link and escape memos
        # alive: the collector ran about 900 times a share and found little (cycles of all the
        # pages of a 10,000-article site came to some 20 MB); they are collected once it resumes.
        with paused_gc():
            done = self._run(part, parts)
            # What the share made stays out of the next collections: the first young collection
            # after the pause would otherwise walk it all (a quarter second); the memos and the
            # pages' cycles return to the oldest generation with the caller's unfreeze
            # (site.render runs the shares inside memory.frozen_heap).
            gc.freeze()
        return done

    def _run(self, part: int, parts: int) -> Produced:
        out = Produced()
        signer = Signer(self.catalog, self.epoch)
        manifest = self.manifest
        # Pages are named by their path under the root as a string: pathlib per page cost more
        # than some of the pages' templates.
        docs = manifest.relative(self.settings.docs_dir) + "/"
        root = f"{manifest.root}/"

        def wanted(key: str, context: dict[str, Any]) -> bool:
            signature = signer.page(context)
            if signature is not None:
                out.signatures[key] = signature
            return signature is None or self.old.get(key) != signature \
                or not os.path.exists(root + docs + key)

        def write(unit: Unit) -> None:
            with rendering():
                for page in unit.pages():
                    out.groups[page.path] = page.group
                    _write(manifest, docs + page.path, page.content, out)

        compiled = compiled_templates(self.settings, self.epoch)
        env = environment(self.settings.template_dirs, compiled if compiled.is_dir() else None)
        links: LinkMemo = {}
        work: list[tuple[int, Callable[[], None]]] = [
            (unit.weight, partial(write, unit))
            for unit in site_units(self.catalog, self.review, Selective(env, wanted),  # type: ignore[arg-type]
                                   self.site_name, self.scope, links, self.settings.cache_dir)]
        by_pack = _stems_by_pack([*self.catalog.articles, *self.broken])
        # Each panel's signature key names its article: the articles each pack held last time.
        before = _stems_by_pack(panel_stem(key) for key in self.old if key.startswith(PANEL_KEY))
        for pack in sorted(set(by_pack) | set(before)):  # a pack left with no article is emptied
            stems = by_pack.get(pack, [])
            if self._reached(stems, before.get(pack, [])):
                work.append((PANEL_ROWS * len(stems), rendering()(partial(
                    self._panels, pack, stems, set(before.get(pack, ())), signer, env, links, out))))
        for index in self.claims.order([weight for weight, _ in work], part, parts):
            work[index][1]()
        out.files |= manifest.current
        return out

    def _reached(self, stems: list[str], before: list[str]) -> bool:
        """Whether an edit's scope reaches a pack (a pack it does not reach is left as it is)."""
        scope = self.scope
        return scope is None or set(stems) != set(before) or not scope.articles.isdisjoint(stems) \
            or any(stem in self.broken or self._was_broken(stem) for stem in stems)

    def _was_broken(self, stem: str) -> bool:
        return self.old.get(PANEL_KEY + urls.article(stem)) == BROKEN

    def _panels(self, pack: int, stems: list[str], before: set[str], signer: Signer,
                env: jinja2.Environment, links: LinkMemo, out: Produced) -> None:
        """Render one pack's panels (those whose signature changed) and write the pack if it changed.

        A panel skipped as unchanged is taken from the pack on disk; a pack whose panels were all
        skipped, with the same articles as last time, is kept without being read.
        """
        state = self.settings.state_dir
        target = pack_path(state, pack)
        present = target.exists()

        reached = self.scope.articles if self.scope is not None else None

        def wanted(path: str, context: dict[str, Any]) -> bool:
            key = PANEL_KEY + path
            if reached is not None and present and key in self.old \
                    and panel_stem(path) not in reached and self.old[key] != BROKEN:
                return False  # an edit's scope does not reach this panel: as it was (signature kept)
            signature = signer.page(context)
            if signature is not None:
                out.signatures[key] = signature
            return signature is None or not present or self.old.get(key) != signature

        def record(stem: str) -> dict[str, Any] | None:
            """The article's record, read from disk only for a panel `wanted` will look at: an
            edit reaches a few panels of a pack, and reading the other records of its packs (about
            a thousand) cost a tenth of a second."""
            if reached is not None and present and stem not in reached \
                    and PANEL_KEY + urls.article(stem) in self.old and not self._was_broken(stem):
                return None  # `wanted` says no before it reads the context
            return self.details.get(stem)

        selective = Selective(env, wanted)
        fresh = {stem: render_panel(self.catalog, stem, record(stem), selective, links)  # type: ignore[arg-type]
                 for stem in stems if stem not in self.broken}
        broken = {stem: self._broken_panel(stem, env) for stem in stems if stem in self.broken}
        out.signatures.update((PANEL_KEY + urls.article(stem), BROKEN) for stem in broken)
        skipped = [stem for stem, text in fresh.items() if text is SKIPPED]
        times_file = times_path(self.settings.cache_dir, pack)
        if not broken and len(skipped) == len(stems) and before == set(stems) and times_file.exists():
            _write(self.manifest, self.manifest.relative(target), SKIPPED, out)
            _write(self.manifest, self.manifest.relative(times_file), SKIPPED, out)
            return
        old = read_json(target) if present else {}
        panels: dict[str, str] = {}
        for stem, text in fresh.items():
            kept = old.get(stem) if text is SKIPPED else None
            if isinstance(kept, str):
                panels[stem] = kept
                continue
            if text is SKIPPED:  # the pack lost it: render it after all
                text = render_panel(self.catalog, stem, self.details.get(stem), env, links)
            out.rendered += 1
            panels[stem] = text
        out.rendered += len(broken)
        self._write_pack(pack, {**panels, **broken}, old, out)

    def _broken_panel(self, stem: str, env: jinja2.Environment) -> str:
        return env.get_template(BROKEN_TEMPLATE).render(path=f"docs/{urls.article(stem)}",
                                                        problems=self.broken[stem])

    def _write_pack(self, pack: int, panels: dict[str, str], old: dict[str, object],
                    out: Produced) -> None:
        """Write a pack and when each of its panels last changed (for `mkdocs build --dirty`)."""
        state = self.settings.state_dir
        times_file = times_path(self.settings.cache_dir, pack)
        known = read_json(times_file) if old else {}
        now = time.time_ns()
        times = {stem: known[stem] if old.get(stem) == text and isinstance(known.get(stem), int) else now
                 for stem, text in panels.items()}
        _write(self.manifest, self.manifest.relative(pack_path(state, pack)), encode(panels), out,
               count=False)
        _write(self.manifest, self.manifest.relative(times_file),
               json.dumps(times, sort_keys=True, indent=0) + "\n", out, count=False)


def compiled_templates(settings: Settings, epoch: str) -> Path:
    """Jinja keys compiled templates by their source only; the folder adds the generator's code
    (the epoch), so compiled output of an older generator is never used."""
    return settings.cache_dir / f"templates-{epoch[:16]}"


def compile_templates(settings: Settings, epoch: str) -> None:
    """Compile every template into the cache before the shares fork, so that they only read it.

    Jinja writes a compiled template through a temporary file; one that a killed build left
    behind is removed here, while no other process can be writing.
    """
    folder = compiled_templates(settings, epoch)
    for old in settings.cache_dir.glob("templates-*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    for leftover in folder.glob("*.tmp"):
        leftover.unlink(missing_ok=True)
    env = environment(settings.template_dirs, folder)
    for name in env.list_templates(extensions=["j2"]):
        try:
            env.get_template(name)
        except jinja2.TemplateError:
            pass  # reported where a page uses it, with the page's name


@contextmanager
def rendering() -> Iterator[None]:
    """Name the template (and its line) in an unexpected exception while pages are rendered: a
    forked share's exception reaches the parent without its traceback, so it is named here."""
    try:
        yield
    except (Failure, OSError):
        raise
    except Exception as exc:
        where = template_at(exc.__traceback__) or "templates/"
        raise Failure(where, f"{type(exc).__name__} while rendering pages: {exc}",
                      "if you changed this template, undo the change and run the command again") from exc


def panel_stem(key: str) -> str:
    """The article of a panel's signature key or page path (`.../articles/<stem>.md`)."""
    return key.rpartition("/")[2][:-3]


def _stems_by_pack(stems: Iterable[str]) -> dict[int, list[str]]:
    by_pack: dict[int, list[str]] = {}
    for stem in stems:
        by_pack.setdefault(pack_of(stem), []).append(stem)
    return by_pack


def _write(manifest: Manifest, rel: str, content: str | bytes, out: Produced,
           count: bool = True) -> None:
    """Write a rendered file (`rel`: its path under the site root), or keep the one on disk when
    its render was skipped as unchanged."""
    if content is SKIPPED:
        out.files.add(rel)
        return
    out.rendered += count
    try:
        out.written += manifest.write_rel(rel, content)
    except FileExistsError as exc:
        rel, _, message = str(exc).partition(": ")
        out.problems.append(Problem(rel, message))
