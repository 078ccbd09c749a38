"""Shared helpers: tiny throwaway sites built in a temporary folder for each test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pytest
import yaml

from generator.corpus.registry import Registry, load_registry, registry_from_entries
from generator.model import SourceDoc

REPO = Path(__file__).resolve().parent.parent

# The generator keeps the parsed registry in the user's cache (Settings.shared_cache_dir): tests,
# and the commands they run, use a folder of their own, never the developer's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="generator-tests-cache-")


def make_site(root: Path, seeds: dict[str, str | bytes] | None = None) -> Path:
    """A site folder with the project's mkdocs.yml and assets, plus the given seed files."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs" / "assets", root / "docs" / "assets", dirs_exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    for name, content in (seeds or {}).items():
        path = root / "seeds" / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def write_article(root: Path, stem: str, front: dict, body: str = "Text of the article.\n") -> Path:
    """An article as a researcher (or an earlier build) left it in docs/articles/."""
    path = root / "docs" / "articles" / f"{stem}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True)
    path.write_text(f"---\n{dumped}---\n\n{body}", encoding="utf-8")
    return path


def tiny_registry(countries: Iterable[dict] = (), people: Iterable[dict] = (),
                  places: Iterable[dict] = ()) -> Registry:
    """A registry of invented entries (data-file format), so rule tests do not hang on real data."""
    raw = {"countries": [("test", e) for e in countries], "people": [("test", e) for e in people],
           "places": [("test", e) for e in places]}
    return registry_from_entries(raw)


def make_doc(text: str, published: dt.date | None = None) -> SourceDoc:
    """A source document as ingest would give it, titled by its first line."""
    return SourceDoc("t", Path("t.txt"), text, text.split("\n")[0], published, "x")


@pytest.fixture(scope="session")
def registry() -> Registry:
    reg, problems = load_registry(None)
    assert not [p for p in problems if p.severity == "error"], problems
    return reg


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return make_site(tmp_path / "site")
