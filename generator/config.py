"""Typed settings for one site folder, derived once from its root and validated."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_TEMPLATES = PACKAGE_DIR.parent / "templates"
REVIEW_THRESHOLD = 0.98
"""A field (or participant) whose confidence is below this is listed in the review queue.

Confidence is a probability (`annotate.confidence`), so this is the risk a researcher accepts
unseen. `python -m generator train` chooses it on its cross-validation folds: the lowest value
at which fields that are wrong and not queued stay at or under 5 % of all fields, on average over
five draws of the folds (a lower one would queue fewer fields but let more errors through), on
the development articles nobody read while writing the rules (`--untuned`). It
prints the value and writes it into the model file; keep this setting equal to it (a test
checks), or set your own trade-off."""


@dataclass(frozen=True)
class Settings:
    """Where a site's inputs and outputs live; every path the generator touches starts here."""

    root: Path
    jobs: int = 0
    """Worker processes for annotation; 0 means one per core."""
    refresh: bool = False
    """Re-annotate every seed even when its cache entry is current."""
    strict: bool = False
    """Treat warnings as failures."""
    search_index: bool = True
    """Write the site's search index (docs/pagefind/) at the end of every render."""
    search_listings: bool = False
    """Index generated listing pages (year, letter, review lists) too; they repeat entity pages."""
    search_paragraphs: int = 2
    """Article-text paragraphs indexed for search (-1: all of them)."""

    @classmethod
    def for_root(cls, root: str | os.PathLike[str] = ".", **options: object) -> Settings:
        return cls(root=Path(root).resolve(), **options)  # type: ignore[arg-type]

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def articles_dir(self) -> Path:
        return self.docs_dir / "articles"

    @property
    def state_dir(self) -> Path:
        """The generator's own records: what it wrote, annotation evidence, caches."""
        return self.root / ".generator"

    @property
    def cache_dir(self) -> Path:
        """Machine-local caches (registry, parsed articles, page signatures): safe to delete."""
        return self.state_dir / "cache"

    @property
    def shared_cache_dir(self) -> Path:
        """The user's cache for what every site on this machine builds alike (the shipped
        registry): `$XDG_CACHE_HOME/diplomacy-site`, or `~/.cache/diplomacy-site`. Safe to delete."""
        base = os.environ.get("XDG_CACHE_HOME")
        if not base:
            try:
                base = str(Path.home() / ".cache")
            except RuntimeError:  # no home folder at all: the site's own cache serves
                return self.cache_dir
        return Path(base) / "diplomacy-site"

    @property
    def registry_file(self) -> Path:
        """The site's own additions and corrections to the shipped registry."""
        return self.root / "registry.yaml"

    @property
    def template_dirs(self) -> list[Path]:
        """The site's templates first, so a site can override any page, then the shipped ones."""
        dirs = [self.root / "templates", DEFAULT_TEMPLATES]
        seen: list[Path] = []
        for d in dirs:
            if d.is_dir() and d.resolve() not in seen:
                seen.append(d.resolve())
        return seen

    @property
    def workers(self) -> int:
        return self.jobs if self.jobs > 0 else (os.cpu_count() or 1)
