"""Hostile text in a seed or a field, built by a real `mkdocs build`: the published HTML stays inert."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import make_site

MARK = "x5s7"
"""In every payload, so any tag or attribute the payload managed to create can be found."""
PAYLOADS = [f"<script>alert('{MARK}')</script>", f"<img src=x onerror=alert('{MARK}')>",
            f"[click {MARK}](javascript:alert(1))", f'<a href="javascript:alert(1)">{MARK}</a>',
            f"<svg onload=alert('{MARK}')>", f"![{MARK}](javascript:alert(2))", f"<{MARK} onclick=x>",
            f"</title><script>{MARK}</script>", f"&lt;b&gt;{MARK}&lt;/b&gt;", f"`{MARK}` **{MARK}**"]
SEED = (" ".join(PAYLOADS[:4]) + " Sergey Lavrov meets Wang Yi\n\n" + "\n".join(PAYLOADS)
        + "\nForeign Minister Sergey Lavrov met Wang Yi in Moscow on 12 March 2022.\n")


class Scan(HTMLParser):
    """Start tags and attributes that carry the payload's mark, or run script from a link."""

    def __init__(self) -> None:
        super().__init__()
        self.live: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_script = tag == "script"
        text = f"{tag} " + " ".join(f"{k}={v}" for k, v in attrs)
        # Our own links may carry the mark in a slug (`venues/img-src-x-...`): that is text.
        created = MARK in tag or any(MARK in k for k, _ in attrs) or (
            tag in {"script", "img", "svg", "iframe", "object", "embed"} and MARK in text)
        if created or any(k.startswith("on") for k, _ in attrs) or re.search(
                r"(href|src)=\s*javascript:", text, re.I):
            self.live.append(text)

    def handle_data(self, data: str) -> None:
        if self.in_script and MARK in data:
            self.live.append(f"script: {data[:80]}")

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_site(tmp_path_factory.mktemp("hostile") / "site", {"evil.txt": SEED})
    articles = root / "docs/articles"
    articles.mkdir(parents=True)
    (articles / "edited.md").write_text(  # a researcher pasted hostile text into other fields
        "---\ntitle: Talks in Oslo\ndate: 2022-03-12\n"
        f"venue: \"</title><img src=x onerror=alert('{MARK}')>\"\n"
        f"country: \"[{MARK}](javascript:alert(1))\"\n"
        f"participants:\n  - \"<script>{MARK}</script>\"\n  - Wang Yi\n---\n\n"
        f"<script>alert('{MARK}')</script>\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=root, capture_output=True,
                         text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-3000:]
    return root


def test_the_seed_title_is_neutralised_in_front_matter(built: Path) -> None:
    title = (built / "docs/articles/evil.md").read_text(encoding="utf-8").splitlines()[1]
    assert title.startswith("title: ") and "<" not in title and ">" not in title and "‹script›" in title


def test_no_page_holds_live_markup_from_the_input(built: Path) -> None:
    pages = list((built / "site").rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")  # the researcher's pasted body too (sanitize.py)
        scan = Scan()
        scan.feed(text)
        assert not scan.live, (page, scan.live)


def test_the_hostile_title_is_shown_as_text_in_title_header_and_heading(built: Path) -> None:
    html = (built / "site/articles/evil/index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title and "‹script›alert(" in title[1]
    assert re.search(r"<h1[^>]*>‹script›alert\(", html)
    assert "&lt;img src=x onerror" in html  # the body, escaped


def test_search_index_holds_no_markup_from_the_title(built: Path) -> None:
    """Pagefind's excerpts and titles are the indexed text with <mark> added: it holds no "<"."""
    docs = []
    for path in (built / "site/pagefind/fragment").iterdir():
        data = gzip.decompress(path.read_bytes())
        docs.append(json.loads(data[data.index(b"{"):]))
    evil = [doc for doc in docs if doc["url"].startswith("articles/evil")]
    assert evil and not any("<" in doc["meta"]["title"] or "<" in doc["content"] for doc in evil)


def test_check_refuses_markup_in_hand_written_names(built: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "generator", "--root", str(built), "check"],
                         capture_output=True, text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "docs/articles/edited.md:4: error: venue: '</title><img" in run.stderr
    assert "docs/articles/edited.md:6: error: participants: '<script>" in run.stderr
    assert "evil.md" not in run.stderr  # what the generator wrote needs no correction
