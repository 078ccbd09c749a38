"""The generator's output publishes with any MkDocs-compatible publisher, not only with its plugin.

MkDocs 1.x is frozen and Material names Zensical (which reads the same mkdocs.yml but runs no
MkDocs plugins) as its successor: `python -m generator build` must write everything the site
needs, so both `mkdocs build` (with the plugin) and `zensical build` (without it) publish a site
whose every internal link resolves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, make_site
from tests.links import broken_links

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds site after `python -m generator build`, before any publisher ran."""
    root = make_site(tmp_path_factory.mktemp("publishers") / "site")
    shutil.copytree(REPO / "seeds", root / "seeds", dirs_exist_ok=True)
    run = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=root, env=ENV,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return root


def publish(root: Path, tmp: Path, command: list[str]) -> Path:
    """A copy of the generated site published with `command`; returns its site/ folder."""
    copy = tmp / "published"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("site"))
    run = subprocess.run(command, cwd=copy, env=ENV, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    return copy / "site"


def test_mkdocs_with_the_plugin_publishes_every_link(generated: Path, tmp_path: Path) -> None:
    site = publish(generated, tmp_path, [sys.executable, "-m", "mkdocs", "build", "--strict"])
    assert (site / "meetings" / "index.html").is_file()
    assert broken_links(site) == []


def test_zensical_without_the_plugin_publishes_every_link(generated: Path, tmp_path: Path) -> None:
    site = publish(generated, tmp_path, [str(Path(sys.executable).parent / "zensical"), "build"])
    pages = {p.relative_to(site).as_posix() for p in site.rglob("index.html")}
    for expected in ("index.html", "meetings/index.html", "ministers/sergey-lavrov/index.html",
                     "network/index.html", "review/index.html"):
        assert expected in pages
    articles = {p.stem for p in (generated / "docs" / "articles").glob("*.md")}
    assert {p.split("/")[1] for p in pages if p.startswith("articles/")} >= articles
    assert broken_links(site) == []


def test_the_link_check_finds_a_link_to_nowhere(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<a href="../b/">b</a> <a href="../a/">a</a>')
    assert broken_links(tmp_path) == ["a/index.html: ../b/"]
