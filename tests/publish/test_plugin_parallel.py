"""`mkdocs build` on every core, with the theme's shared parts drawn once per folder, writes the
very site that MkDocs' own one-process loop writes with the theme drawing every part."""

from __future__ import annotations

import filecmp
import gzip
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import make_site

FIXTURE = Path(__file__).parents[1] / "fixtures" / "meetings"


def _site(root: Path, workers: int, extra_page: str = "", fragments: bool = True,
          light: bool = True, shells: bool = True) -> Path:
    """The hand-written corpus with the plugin set to `workers` processes from the first page."""
    make_site(root)
    shutil.copytree(FIXTURE / "docs" / "articles", root / "docs" / "articles")
    if extra_page:
        (root / "docs" / "notes.md").write_text(extra_page, encoding="utf-8")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  - diplomacy" in config
    config = config.replace("  - diplomacy", f"  - diplomacy:\n      workers: {workers}\n"
                                              f"      theme_fragments: {str(fragments).lower()}\n"
                                              f"      light_pages: {str(light).lower()}\n"
                                              f"      page_shells: {str(shells).lower()}\n"
                                              f"      parallel_from: 0\n  #", 1)
    # A site URL makes MkDocs list every page in the sitemap, which must stay complete.
    (root / "mkdocs.yml").write_text("site_url: https://example.org/research/\n" + config,
                                     encoding="utf-8")
    return root


def _build(root: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", *flags], cwd=root,
                          capture_output=True, text=True,
                          env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})


def _differences(a: Path, b: Path) -> list[str]:
    """Files that differ between two built sites (the gzip sitemap compared by its content)."""
    found: list[str] = []
    names_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    names_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    found += [f"only in one: {n}" for n in sorted(names_a ^ names_b)]
    for name in sorted(names_a & names_b):
        if name.suffix == ".gz":
            same = gzip.decompress((a / name).read_bytes()) == gzip.decompress((b / name).read_bytes())
        else:
            same = filecmp.cmp(a / name, b / name, shallow=False)
        if not same:
            found.append(str(name))
    return found


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="workers are forked")
def test_two_processes_write_the_same_site_as_one(tmp_path: Path) -> None:
    one = _site(tmp_path / "one", workers=1, fragments=False, light=False)
    two = _site(tmp_path / "two", workers=2, light=False)
    run_one, run_two = _build(one, "--strict"), _build(two, "--strict")
    assert run_one.returncode == 0, run_one.stderr[-3000:]
    assert run_two.returncode == 0, run_two.stderr[-3000:]
    assert "with 2 processes" in run_two.stderr and "with 1 processes" not in run_one.stderr
    pages = list((two / "site").rglob("*.html"))
    assert len(pages) > 60
    assert _differences(one / "site", two / "site") == []
    sitemap = (two / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert sitemap.count("<loc>") == len(pages) - 1  # every page but 404.html
    docs = _search_records(two / "site" / "pagefind")
    locations = [d["url"] for d in docs]
    articles = [d for d in docs if d["url"].startswith("articles/")]
    assert len(articles) == len(list((two / "docs" / "articles").glob("*.md")))
    assert len(set(locations)) == len(locations)  # one record per page
    assert all(d["content"] and "Annotation" not in d["content"] for d in articles)
    assert not any(d["url"].startswith(("meetings/year-", "review")) for d in docs)


def _search_records(index: Path) -> list[dict[str, str]]:
    """The pages in the built site's search index (Pagefind's fragments, one per page)."""
    found = []
    for path in (index / "fragment").iterdir():
        data = gzip.decompress(path.read_bytes())
        found.append(json.loads(data[data.index(b"{"):]))
    return found


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="workers are forked")
def test_light_pages_are_the_same_from_one_process_or_two(tmp_path: Path) -> None:
    one, two = _site(tmp_path / "one", workers=1), _site(tmp_path / "two", workers=2)
    run_one, run_two = _build(one, "--strict"), _build(two, "--strict")
    assert run_one.returncode == 0 and run_two.returncode == 0, run_two.stderr[-3000:]
    assert _differences(one / "site", two / "site") == []
    page = next((two / "site" / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    assert "\n  " not in page.split("<article")[0]  # the theme's indentation is gone
    assert 'class="dx-icon dx-icon--material-menu"' in page and "<path" not in page.split("<article")[0]
    assert "diplomacy-palette.js" in page and "diplomacy-chrome.css" in page and "diplomacy-scope.js" in page
    assert "data-dx-from-tabs></ul>" in page and page.count('class="md-tabs__link"') > 5
    assert (two / "site" / "assets" / "javascripts" / "diplomacy-nav.js").is_file()
    assert 'data-md-component="palette"' not in page  # the colour switch's script draws its form
    palette = (two / "site" / "assets" / "javascripts" / "diplomacy-palette.js").read_text(encoding="utf-8")
    assert palette.startswith("/*") and 'data-md-component=\\"palette\\"' in palette and "__md_get" in palette
    css = (two / "site" / "assets" / "stylesheets" / "diplomacy-chrome.css").read_text(encoding="utf-8")
    assert ".dx-icon--material-menu{" in css and "mask:" in css


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="workers are forked")
def test_pages_filled_into_shells_are_the_pages_the_theme_writes(tmp_path: Path) -> None:
    """Filling a kind of page's themed shell writes every page byte for byte as the theme does,
    hostile titles and bodies included (printed as they are, which is what filling does)."""
    page = ("---\ntitle: \"O'Brien & <b>Tom</b>  </title><script>alert(1)</script>\"\n---\n\n"
            "# Notes & <i>more</i>\n\nA <textarea>kept  as   is</textarea> line.\n")
    shells = _site(tmp_path / "shells", workers=2, extra_page=page)
    theme = _site(tmp_path / "theme", workers=2, extra_page=page, shells=False)
    run_shells, run_theme = _build(shells, "--strict"), _build(theme, "--strict")
    assert run_shells.returncode == 0 and run_theme.returncode == 0, run_shells.stderr[-3000:]
    pages = len(list((shells / "site").rglob("index.html")))
    counts = run_shells.stderr.split(" of them compacted there)")[0].rsplit("(", 1)[1]
    filled, compacted = (int(n.split()[0]) for n in counts.split(", "))
    # Shells start at a kind's third page in a worker (page_shells.SHELL_FROM): this small site
    # has many kinds of one or two pages. (Navigation pages, docs/notes.md here, are never filled.)
    assert compacted > pages * 0.4 and filled >= compacted and "(0 from shells" in run_theme.stderr
    assert _differences(shells / "site", theme / "site") == []
    notes = (shells / "site" / "notes" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in notes


def test_light_pages_share_the_theme_settings_and_the_search_box(tmp_path: Path) -> None:
    """The theme's settings and the header's search box, the same on every page, are each one
    shared script; the settings are the theme's own, as a page without light pages carries them."""
    light, heavy = _site(tmp_path / "light", workers=1), _site(tmp_path / "heavy", workers=1, light=False)
    for root in (light, heavy):
        run = _build(root, "--strict")
        assert run.returncode == 0, run.stderr[-3000:]
    pages = list((light / "site").rglob("*.html"))
    assert len(pages) > 60
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert 'id="__config"' not in html and "data-site-search" not in html, path
        assert "diplomacy-config.js" in html and "diplomacy-search.js" in html and "site-search.js" in html
        assert "__tabbed_" not in html, path  # no tabbed content: the theme's script for it is left out
    scripts = light / "site" / "assets" / "javascripts"
    shared = (scripts / "diplomacy-config.js").read_text(encoding="utf-8")
    own = json.loads(shared.split("var config = ", 1)[1].split(";\n", 1)[0])
    page = (heavy / "site" / "meetings" / "index.html").read_text(encoding="utf-8")
    theirs = json.loads(page.split('<script id="__config" type="application/json">')[1].split("</script>")[0])
    assert theirs.pop("base") == ".." and theirs["search"].startswith("../")
    theirs["search"] = theirs["search"][3:]
    assert own == theirs and own["translations"]
    box = (scripts / "diplomacy-search.js").read_text(encoding="utf-8")
    assert "data-site-search" in box and 'name=\\"query\\"' in box and "<script" not in box
    assert 'for=\\"__search\\"' in box and "dx-icon--material-magnify" in box


def test_a_broken_link_found_in_a_worker_still_fails_strict(tmp_path: Path) -> None:
    page = "# Notes\n\nSee [the missing page](nowhere.md).\n"
    two = _site(tmp_path / "two", workers=2, extra_page=page)
    run = _build(two, "--strict")
    assert run.returncode == 1
    assert "notes.md" in run.stderr and "nowhere.md" in run.stderr
    assert "Aborted with 1 warnings in strict mode" in run.stdout + run.stderr


def test_a_dirty_build_redoes_only_the_changed_page(tmp_path: Path) -> None:
    two = _site(tmp_path / "two", workers=2)
    assert _build(two).returncode == 0
    article = sorted((two / "docs" / "articles").glob("*.md"))[3]
    built = two / "site" / "articles" / article.stem / "index.html"
    other = sorted((two / "site" / "articles").glob("*/index.html"))[0]
    before = other.stat().st_mtime_ns
    time.sleep(0.05)
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence added by hand.\n",
                       encoding="utf-8")
    run = _build(two, "--dirty")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "converted and built 1 pages (" in run.stderr and "with 2 processes" in run.stderr
    assert "A sentence added by hand." in built.read_text(encoding="utf-8")
    assert other.stat().st_mtime_ns == before


def test_a_dirty_build_redoes_the_articles_whose_panel_changed(tmp_path: Path) -> None:
    """A panel can change while its article does not; --dirty must still show the new panel."""
    two = _site(tmp_path / "two", workers=2)
    assert _build(two).returncode == 0
    articles = sorted((two / "site" / "articles").glob("*/index.html"))
    meeting = next((two / "site" / "meetings").glob("*/index.html"))
    before = meeting.stat().st_mtime_ns
    panel = (Path(__file__).parents[2] / "templates" / "article_panel.html.j2").read_text(encoding="utf-8")
    (two / "templates").mkdir()
    (two / "templates" / "article_panel.html.j2").write_text(
        panel.replace("Annotation</p>", "Annotation (checked)</p>"), encoding="utf-8")
    run = _build(two, "--dirty")
    assert run.returncode == 0, run.stderr[-2000:]
    assert f"converted and built {len(articles)} pages (" in run.stderr and "with 2 processes" in run.stderr
    assert all("Annotation (checked)" in page.read_text(encoding="utf-8") for page in articles)
    assert meeting.stat().st_mtime_ns == before
