"""What the theme prints unescaped (a page's title, its meta description) reaches it escaped."""

from __future__ import annotations

from types import SimpleNamespace

from generator.publish.theme_text import escape_meta, pin_title, recover_front_matter


def test_front_matter_text_the_theme_prints_raw_is_escaped() -> None:
    meta = {"title": "</title><script>x()</script> Lavrov & Wang", "description": '"><svg onload=x>',
            "subtitle": 7, "venue": "<b>", "hide": ["toc"]}
    escape_meta(meta)
    assert meta["title"] == "&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt; Lavrov &amp; Wang"
    assert meta["description"] == "&quot;&gt;&lt;svg onload=x&gt;" and meta["subtitle"] == "7"
    assert meta["venue"] == "<b>" and meta["hide"] == ["toc"]  # the generator's pages escape these


def test_a_heading_title_is_pinned_so_the_theme_does_not_decode_it() -> None:
    heading = "Lavrov in &lt;/title&gt;&lt;svg&gt;"
    page = SimpleNamespace(meta={}, is_homepage=False, title=heading)
    pin_title(page, heading)
    assert page.meta["title"] == heading  # HTML already: not escaped twice
    named = SimpleNamespace(meta={}, is_homepage=False, title="<img src=x onerror=y> notes")
    pin_title(named, None)  # a title from the file name is text
    assert named.meta["title"] == "&lt;img src=x onerror=y&gt; notes"
    home = SimpleNamespace(meta={}, is_homepage=True, title="Home")
    pin_title(home, None)
    assert home.meta == {}


def test_front_matter_mkdocs_cannot_read_is_not_shown_as_the_article() -> None:
    """An impossible date makes MkDocs drop the whole block into the body: the plugin recovers
    the body and the fields that did parse; on a YAML error, the title line at least."""
    text = "---\ntitle: Talks in Oslo\ndate: 2023-02-30\nvenue: Oslo\n---\n\nThe text.\n"
    body, meta = recover_front_matter(text, {}, "articles/a.md")
    assert body == "\nThe text.\n"
    assert meta == {"title": "Talks in Oslo", "date": "2023-02-30", "venue": "Oslo"}
    broken = "---\ntitle: 'Talks: Oslo'\nvenue: [Oslo\n---\nThe text.\n"
    assert recover_front_matter(broken, {}, "articles/a.md") == ("The text.\n", {"title": "Talks: Oslo"})
    read = {"title": "T"}
    assert recover_front_matter("---\ntitle: T\n---\nx", read, "a.md") == ("---\ntitle: T\n---\nx", read)
    assert recover_front_matter("--- not front matter", {}, "a.md") == ("--- not front matter", {})
