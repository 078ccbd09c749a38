"""Render and write one share of the generated pages: the part of a render that forks.

Each page is rendered only when its signature (render_cache) differs from the last build's, and
written atomically through the manifest; the driver (site.render) merges what the shares did.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import urls
from generator.catalog import Catalog
from generator.config import Settings
from generator.model import Problem
from generator.render import environment, render_panel, render_site
from generator.render_cache import SKIPPED, Selective, Signer
from generator.review import Review
from generator.writer import Manifest


@dataclass
class Produced:
    """What one renderer process did with its share of the pages."""

    signatures: dict[str, str] = field(default_factory=dict)
    files: set[str] = field(default_factory=set)
    """Generated files (relative to the site root) this share owns, written or kept."""
    written: int = 0
    rendered: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass
class PageJob:
    """Render and write one share of the pages: those whose path hashes to `part` of `parts`.

    Each page is rendered only when its signature differs from the last build's (or its file is
    gone); otherwise the file on disk is kept. Shares run in forked processes that see the same
    catalog, so splitting the pages costs nothing but the fork.
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

    def run(self, part: int, parts: int) -> Produced:
        out = Produced()
        signer = Signer(self.catalog, self.epoch)
        manifest = self.manifest

        def mine(key: str) -> bool:
            return parts == 1 or zlib.crc32(key.encode("utf-8")) % parts == part

        def wanted(key: str, target: Path, context: dict[str, Any]) -> bool:
            if not mine(key):
                return False
            signature = signer.page(context)
            if signature is not None:
                out.signatures[key] = signature
            return signature is None or self.old.get(key) != signature or not target.exists()

        env = environment(self.settings.template_dirs)
        docs = self.settings.docs_dir
        pages = Selective(env, lambda path, ctx: wanted(path, docs / path, ctx))
        for page in render_site(self.catalog, self.review, pages, self.site_name):  # type: ignore[arg-type]
            if mine(page.path):
                _write(manifest, docs / page.path, page.content, out)
        panels = Selective(env, lambda path, ctx: wanted(
            "panel:" + path, panel_path(self.settings, Path(path).stem), ctx))
        for stem in self.catalog.articles:
            if mine("panel:" + urls.article(stem)):
                panel = render_panel(self.catalog, stem, self.details.get(stem), panels)  # type: ignore[arg-type]
                _write(manifest, panel_path(self.settings, stem), panel, out)
        out.files |= manifest.current
        return out


def _write(manifest: Manifest, target: Path, content: str | bytes, out: Produced) -> None:
    """Write a rendered file, or keep the one on disk when its render was skipped as unchanged."""
    if content is SKIPPED:
        # Paths under the (resolved) site root: cheaper than Manifest.claim's resolve() per file.
        out.files.add(target.relative_to(manifest.root).as_posix())
        return
    out.rendered += 1
    try:
        out.written += manifest.write(target, content)
    except FileExistsError as exc:
        rel, _, message = str(exc).partition(": ")
        out.problems.append(Problem(rel, message))


def panel_path(settings: Settings, stem: str) -> Path:
    """Article panels live with the generator's state: the article file itself is the researcher's."""
    return settings.state_dir / "panels" / f"{stem}.html"
