"""Pages link everything relatively and never let input text become markup."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import markdown

from generator import pipeline as site
from generator.config import Settings
from generator.site.render import md_escape
from tests.conftest import write_article

HOSTILE = ['<script>alert(1)</script>', '[click](javascript:alert(1))', '<img src=x onerror=alert(1)>',
           '**bold** _it_ `code` # h', '{: onclick="x" }', '| a | b |', '![i](http://e/x.png)']


def rendered(text: str) -> str:
    return markdown.markdown(str(md_escape(text)), extensions=["tables", "attr_list", "admonition"])


def test_md_escape_leaves_no_live_markup() -> None:
    for text in HOSTILE:
        out = rendered(text)
        assert "<script" not in out and "<img" not in out and "<a " not in out
        assert "<strong>" not in out and "<code>" not in out
        assert not re.search(r"<[^>]*\son\w+=", out), out  # no live event attribute on any tag


def test_render_builds_pages_with_relative_links(site: Path) -> None:
    write_article(site, "one", {"title": "Talks", "date": dt.date(2022, 3, 1), "venue": "Oslo",
                                "country": "Norway", "participants": ["Sergey Lavrov", "Wang Yi"]})
    write_article(site, "two", {"title": "<script>x</script> [a](javascript:b)", "date": dt.date(2022, 3, 1),
                                "venue": "Oslo", "country": "Norway",
                                "participants": ["Sergei Lavrov", "Wang Yi"]})
    result = site_render(site)
    # The hostile hand-written title is an error (the theme would show it raw) yet still built.
    errors = [(p.path, p.field) for p in result.problems if p.severity == "error"]
    assert result.meetings == 1 and errors == [("docs/articles/two.md", "title")]
    page = (site / "docs/ministers/sergey-lavrov.md").read_text()
    assert 'href="../meetings/2022-03-01-oslo-sergey-lavrov-wang-yi.md"' in page
    meeting = (site / "docs/meetings/2022-03-01-oslo-sergey-lavrov-wang-yi.md").read_text()
    assert 'href="../articles/one.md"' in meeting and 'href="../articles/two.md"' in meeting
    assert "<script" not in meeting and "href=\"javascript" not in meeting  # shown as inert text


def test_stale_generated_pages_removed_but_never_researcher_files(site: Path) -> None:
    write_article(site, "one", {"title": "T", "date": dt.date(2022, 3, 1), "venue": "Oslo",
                                "country": "Norway", "participants": ["Sergey Lavrov", "Wang Yi"]})
    site_render(site)
    mine = site / "docs/meetings/my-notes.md"
    mine.write_text("mine")
    write_article(site, "one", {"title": "T", "date": dt.date(2022, 3, 1), "venue": "Rome",
                                "country": "Italy", "participants": ["Sergey Lavrov", "Wang Yi"]})
    result = site_render(site)
    assert "docs/meetings/2022-03-01-oslo-sergey-lavrov-wang-yi.md" in result.removed
    assert mine.read_text() == "mine"


def site_render(root: Path) -> site.Result:
    return site.render(Settings.for_root(root))


def test_panel_shows_a_sentence_once_for_the_fields_resting_on_it() -> None:
    from generator.site.render import evidence

    same = {"sentence": "They met in Oslo.", "confidence": 0.9}
    record = {"details": {"evidence": {"date": {"sentence": "On Monday.", "confidence": 0.8},
                                       "venue": same, "country": same, "participants": same}}}
    ev = evidence(record)
    assert [ev.date.span, ev.venue.span, ev.country.span, ev.participants.span] == [1, 3, 0, 0]
    assert [e.span for e in evidence({})] == [1, 1, 1, 1]  # no sentence: every cell of its own
