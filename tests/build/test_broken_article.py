"""An article broken after a good build leaves nothing behind that links to pages now gone."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from generator.site.panel_store import PanelReader
from tests.conftest import make_site, write_article
from tests.publish.test_plugin import mkdocs

SOLO = {"title": "Khar meets Lavrov", "date": "2023-04-14", "venue": "Samarkand", "country": "Uzbekistan",
        "participants": ["Hina Rabbani Khar", "Sergey Lavrov"]}
MEETING = "docs/meetings/2023-04-14-samarkand-hina-rabbani-khar-sergey-lavrov.md"


def build(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "build", "--jobs", "1"],
                          capture_output=True, text=True)


def panel(root: Path, stem: str) -> str | None:
    return PanelReader(root / ".generator", root / ".generator/cache").panel(stem)


def not_info(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in run.stderr.splitlines() if re.match(r"(WARNING|ERROR)\b", line)]


def test_breaking_fixing_and_removing_an_article(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "good", {"title": "Lavrov and Qin Gang talk", "date": "2023-04-13",
                                 "venue": "Samarkand", "country": "Uzbekistan",
                                 "participants": ["Sergey Lavrov", "Qin Gang"]})
    solo = write_article(root, "solo", SOLO)
    assert build(root).returncode == 0 and (root / MEETING).is_file()
    assert "meetings/2023-04-14" in (panel(root, "solo") or "")
    good = solo.read_text(encoding="utf-8")

    solo.write_text(good.replace("title: Khar", "title: [Khar"), encoding="utf-8")
    broken = build(root)
    error = "docs/articles/solo.md:2: error: YAML syntax error: a '[' opened on this line is not closed"
    assert broken.returncode == 1 and error in broken.stderr
    assert not (root / MEETING).exists()
    shown = panel(root, "solo") or ""
    assert "left out of the site" in shown and "a &#x27;[&#x27; opened on this line" in shown
    assert "meetings/" not in shown and "ministers/" not in shown
    strict = mkdocs(root, "build", "--strict")
    # only the article's own error: no page or panel links to the meeting page that is gone
    assert strict.returncode == 1 and [line.split(":", 1)[0] for line in not_info(strict)] == [
        "ERROR   -  docs/articles/solo.md"], not_info(strict)
    page = (root / "site/articles/solo/index.html").read_text(encoding="utf-8")
    assert "left out of the site" in page and "2023-04-14-samarkand" not in page
    assert "title: [Khar" not in page and "Text of the article." in page  # the text, not the YAML

    solo.write_text(good, encoding="utf-8")
    assert build(root).returncode == 0 and (root / MEETING).is_file()
    assert "meetings/2023-04-14" in (panel(root, "solo") or "")
    assert mkdocs(root, "build", "--strict").returncode == 0

    solo.write_text(good.replace("title: Khar", "title: [Khar"), encoding="utf-8")
    assert build(root).returncode == 1
    solo.unlink()
    assert build(root).returncode == 0 and panel(root, "solo") is None
    run = mkdocs(root, "build", "--strict")
    assert run.returncode == 0, not_info(run)


def test_an_article_broken_from_the_start_says_so_on_its_page(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "good", SOLO)
    (root / "docs/articles/bad.md").write_text("---\ntitle: T\nvenue Oslo\n---\n\nText.\n", encoding="utf-8")
    assert build(root).returncode == 1
    assert "docs/articles/bad.md:3: error: YAML syntax error" in (panel(root, "bad") or "")
    assert "Annotation" in (panel(root, "good") or "")
