"""What the site's search finds: one short entry per article, meeting, person and place.

A researcher searches for a name, a place or a date, and wants the page that is about it. The
theme's own indexer parses every page's whole HTML and makes an entry per section; on ten
thousand articles that is a tenth of the build and an index no browser should load. For the
generator's pages the entry is built here instead, from what the page leads with: an article's
title and its first paragraphs, an entity page's title and the facts it opens with (the text
before its first section heading). Hand-written pages are left to the theme.
"""

from __future__ import annotations

import html
import re

from generator.site import urls

ENTITY_SECTIONS = ("meetings", *urls.SECTIONS.values())
"""Sections whose pages (not their listings) are each about one meeting, person or place."""
LISTING_PREFIXES = ("year-", "letter-")
LEAD_PARAGRAPHS = 2
"""The headline and the lead carry the who, where and when; the rest of a story is background."""
MAX_TEXT = 600
"""Characters of an entry's text: enough for a page's facts, never the page."""

PANEL = re.compile(r'<div class="admonition info">.*?</div>', re.S)
ARTICLE_TEXT = re.compile(r'<div class="article-text">(.*?)</div>', re.S)
PARAGRAPH = re.compile(r"<p[ >].*?</p>", re.S)
FIRST_SECTION = re.compile(r"<h2[ >]")
HEADING_1 = re.compile(r"<h1[ >].*?</h1>", re.S)
GENERATED_NOTE = re.compile(r'<small class="generated-note">.*?</small>', re.S)
TAG = re.compile(r"<(/?)(\w*)[^>]*>")
INLINE = frozenset({"a", "abbr", "b", "code", "em", "i", "small", "span", "strong", "sub", "sup"})
SPACE = re.compile(r"\s+")


def is_listing(uri: str) -> bool:
    """Generated listings (years, letters, parts, review, network, home) only repeat other pages'
    names: they stay out of search."""
    parts = uri.split("/")
    if parts[0] in ENTITY_SECTIONS:
        name = parts[-1]
        return len(parts) != 2 or name == "index.md" or name.startswith(LISTING_PREFIXES)
    generated = set(urls.GENERATED_DIRS) | {urls.HOME, urls.REVIEW, *urls.VIEWS}
    return parts[0] != "articles" and parts[0] in generated


def is_own(uri: str) -> bool:
    """Pages indexed here rather than by the theme: articles and entity pages."""
    parts = uri.split("/")
    if parts[0] == "articles":
        return len(parts) == 2
    return parts[0] in ENTITY_SECTIONS and not is_listing(uri)


def plain(fragment: str) -> str:
    """Text of an HTML fragment, as a reader sees it (text, not HTML: escape it to show it)."""
    text = TAG.sub(lambda t: "" if t.group(2).lower() in INLINE else " ", fragment)
    return SPACE.sub(" ", html.unescape(text)).strip()


def lead_text(uri: str, content: str, paragraphs: int = LEAD_PARAGRAPHS) -> str:
    """What a page leads with; `paragraphs` of an article's text (all of it when negative)."""
    if uri.startswith("articles/"):
        body = ARTICLE_TEXT.search(content)
        found = PARAGRAPH.findall(body.group(1) if body else PANEL.sub(" ", content, count=1))
        text = plain(" ".join(found if paragraphs < 0 else found[:paragraphs]))
        return text if paragraphs < 0 else text[:MAX_TEXT * 2]
    top = FIRST_SECTION.split(content, maxsplit=1)[0]
    return plain(GENERATED_NOTE.sub(" ", HEADING_1.sub(" ", top)))[:MAX_TEXT]


def entry(uri: str, url: str, title: str, content: str,
          paragraphs: int = LEAD_PARAGRAPHS) -> dict[str, str]:
    """One search entry in the format MkDocs' and Material's search indexes share.

    Both are HTML: the theme puts them into its results as they are (with `<mark>` around the
    words found). `title` is the page's title, which is HTML already (theme_text); the text is
    what a reader sees, escaped again, so a page that shows `<script>` as text finds it as text.
    """
    text = html.escape(lead_text(uri, content, paragraphs), quote=False)
    return {"location": url, "title": title, "text": text}
