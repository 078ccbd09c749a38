"""Search finds the page about a name, place or date: one short entry per article or entity page."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from generator.site.search_entries import entry, is_listing, is_own, lead_text, plain

ARTICLE = """<div class="admonition info"><p class="admonition-title">Annotation</p>
<table><tr><td>Venue</td><td><a href="../../venues/bergen/">Bergen</a></td></tr></table>
<p>Meetings: <a href="#">2022-03-01 · Bergen</a></p></div>
<h1 id="t">Ministers meet in Bergen</h1>
<div class="article-text">
<p>Ministers meet in Bergen</p>
<p>BERGEN, March 1 - Foreign Minister Kari Nordvik held talks with &quot;her&quot; counterpart.</p>
<p>Background nobody searches for: fisheries quotas.</p>
</div>"""

MEETING = """<h1 id="x">Kari Nordvik · Ola Berg in Bergen</h1>
<p><small class="generated-note">Generated page: it is rewritten on every build.</small></p>
<table><tr><td>Date</td><td>2022-03-01</td></tr>
<tr><td>Participants</td><td><a href="../kari/">Kari Nordvik</a>, <a href="#">Ola Berg</a></td></tr>
</table>
<h2 id="sources">Sources</h2>
<ul><li><a href="#">A long list of every article</a></li></ul>"""


def test_articles_and_entity_pages_are_indexed_here_listings_nowhere() -> None:
    assert is_own("articles/a.md") and is_own("meetings/2022-03-01-bergen-x.md")
    assert is_own("ministers/kari-nordvik.md") and is_own("venues/bergen.md")
    for listing in ("meetings/index.md", "meetings/year-2022.md", "ministers/letter-k.md",
                    "countries/norway/meetings-2022.md", "review.md", "index.md", "sources/index.md"):
        assert is_listing(listing) and not is_own(listing), listing
    assert not is_own("notes.md") and not is_listing("notes.md")  # hand-written: the theme's


def test_an_article_is_found_by_its_headline_and_lead_not_its_panel_or_background() -> None:
    text = lead_text("articles/a.md", ARTICLE)
    assert text == ('Ministers meet in Bergen BERGEN, March 1 - Foreign Minister Kari Nordvik held '
                    'talks with "her" counterpart.')
    assert "fisheries" in lead_text("articles/a.md", ARTICLE, paragraphs=-1)


def test_an_article_without_the_text_wrapper_still_skips_the_panel() -> None:
    bare = ARTICLE.replace('<div class="article-text">\n', "").removesuffix("</div>")
    text = lead_text("articles/a.md", bare)
    assert text.startswith("Ministers meet in Bergen BERGEN") and "Annotation" not in text


def test_a_meeting_is_found_by_its_facts_not_its_lists() -> None:
    made = entry("meetings/m.md", "meetings/m/", "Kari Nordvik · Ola Berg in Bergen", MEETING)
    assert made == {"location": "meetings/m/", "title": "Kari Nordvik · Ola Berg in Bergen",
                    "text": "Date 2022-03-01 Participants Kari Nordvik, Ola Berg"}


@given(st.text())
def test_any_html_gives_short_plain_text(fragment: str) -> None:
    for uri in ("articles/a.md", "meetings/m.md"):
        text = lead_text(uri, fragment)
        assert len(text) <= 1200 and text == text.strip()
    assert "<b>" not in plain("<b>" + fragment.replace("<", "&lt;") + "</b>")


def test_an_entry_shows_escaped_markup_as_text_not_as_markup() -> None:
    """The theme puts an entry into its results as HTML: text the page shows as `<script>` must
    reach the results escaped, as it was on the page, not decoded into live markup."""
    hostile = ARTICLE.replace("fisheries", "x").replace(
        "BERGEN,", "&lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt; BERGEN,")
    made = entry("articles/a.md", "articles/a/", "&lt;script&gt;", hostile)
    assert made["title"] == "&lt;script&gt;"
    assert "&lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt; BERGEN" in made["text"]
    assert "<" not in made["text"]


@given(st.text())
def test_no_page_text_becomes_a_tag_in_an_entry(text: str) -> None:
    page = f'<div class="article-text"><p>{html.escape(text)}</p></div>'
    assert "<" not in entry("articles/a.md", "a/", "t", page)["text"]
