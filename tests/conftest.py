"""Shared helpers: tiny throwaway sites built in a temporary folder for each test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.registry import Registry, load_registry

REPO = Path(__file__).resolve().parent.parent


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


@pytest.fixture(scope="session")
def registry() -> Registry:
    reg, problems = load_registry(None)
    assert not [p for p in problems if p.severity == "error"], problems
    return reg


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return make_site(tmp_path / "site")
