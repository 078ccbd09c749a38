"""The generator's output publishes with any MkDocs-compatible publisher, not only with its plugin.

MkDocs 1.x is frozen and Material names Zensical (which reads the same mkdocs.yml but runs no
MkDocs plugins) as its successor: `python -m generator build` must write everything the site
needs, so both `mkdocs build` (with the plugin) and `zensical build` (without it) publish a site
whose every internal link resolves.
"""

from __future__ import annotations

import os
import re
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


def test_zensical_prints_front_matter_as_text_cleans_bodies_and_shows_the_panel(
        generated: Path, tmp_path: Path) -> None:
    """What the plugin does for MkDocs, the Markdown extension in mkdocs.yml does for Zensical."""
    root = tmp_path / "hostile"
    shutil.copytree(generated, root, ignore=shutil.ignore_patterns("site"))
    article = sorted((root / "docs" / "articles").glob("0*.md"))[0]
    text = article.read_text(encoding="utf-8")
    text = re.sub(r"^title: .*$", 'title: "Talks </title><script>alert(1)</script>"\n'
                  'description: "x\\" onload=\\"alert(2)"', text, count=1, flags=re.M)
    article.write_text(text + "\n\n<script>alert(3)</script>\n\n[click](javascript:alert(4))\n",
                       encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=root, env=ENV,
                         capture_output=True, text=True)
    assert "Traceback" not in run.stderr
    site = publish(root, tmp_path, [str(Path(sys.executable).parent / "zensical"), "build"])
    page = (site / "articles" / article.stem / "index.html").read_text(encoding="utf-8")
    assert "alert(" in page
    assert "<script>alert" not in page and "javascript:" not in page
    assert 'content="x" onload' not in page
    assert "<title>Talks &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page  # escaped once
    assert '<p class="admonition-title">Annotation</p>' in page
    assert broken_links(site) == []
