"""Properties over random input: the build never raises, hand edits survive, no input becomes markup."""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator import pipeline as site
from generator.config import Settings
from generator.corpus import articles, frontmatter
from generator.corpus.ingest import safe_title
from generator.model import Annotation, SourceDoc
from tests.conftest import make_site

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
           "<a href='javascript:alert(1)'>x</a>", "**b**", "{{ 7*7 }}", "{% raw %}", "`code`", "---",
           "| a | b |", "<!--", "&lt;script&gt;", "&amp;lt;b&amp;gt;", "\x00", "\r\n", "\ufeff", "# h"]
TEXT = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE)), max_size=12).map("".join)
NAME = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def tags(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = Tags()
    parser.feed(html)
    return parser.found


GENERATED_TAGS = {"h1", "h2", "p", "small", "em", "strong", "code", "table", "thead", "tbody", "tr", "th",
                  "td", "ul", "li", "a", "div",
                  # The views' own vocabulary (generator/views, templates/_views.html.j2): inline SVG
                  # and the controls views.js brings to life.
                  "svg", "g", "path", "circle", "text", "title", "figure", "figcaption", "aside", "span",
                  "button", "select", "option", "label"}
GENERATED_ATTRIBUTES = {"href", "id", "class",
                        "xmlns", "viewbox", "preserveaspectratio", "role", "aria-label", "font-family", "d",
                        "stroke-width", "cx", "cy", "r", "x", "y", "type", "hidden", "value", "data-view",
                        "data-bin", "data-left", "data-right", "data-a", "data-b", "data-y", "data-i",
                        "data-c", "data-zoom", "data-for", "data-filter", "data-rows"}


def assert_only_generated_markup(html: str, page: Path) -> None:
    """The templates' own tags only, and every link a relative one to the site's files."""
    for tag, attrs in tags(html):
        assert tag in GENERATED_TAGS, (page, tag)
        for name, value in attrs:
            assert name in GENERATED_ATTRIBUTES, (page, tag, name)
            if name == "href":
                assert value and not re.match(r"[a-z][a-z0-9+.-]*:|/", value, re.I), (page, value)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_article_body_is_only_our_own_markup(text: str) -> None:
    body = frontmatter.escaped_body(text)
    assert all(tag in {"div", "p"} for tag, _ in tags(body))
    assert [attrs for tag, attrs in tags(body) if attrs] == [[("class", "article-text")]]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_titles_never_hold_angle_brackets_or_entities_that_decode_to_them(text: str) -> None:
    title = safe_title(text)
    assert "<" not in title and ">" not in title
    assert not re.search(r"&(lt|gt|#0*6[02]|#x0*3[ce]);", title, re.I)


def _doc(text: str, digest: str) -> SourceDoc:
    return SourceDoc(stem="a", path=Path("seeds/a.txt"), text=text or "x", title="T", published=None,
                     digest=digest)


def _ann(venue: str, people: list[str]) -> Annotation:
    return Annotation(title="Ministers meet", date=dt.date(2021, 5, 4), venue=venue, country="Norway",
                      participants=people, kind="bilateral")


EDIT = st.fixed_dictionaries({}, optional={
    "title": NAME, "venue": st.one_of(st.none(), NAME), "country": st.one_of(st.none(), NAME),
    "date": st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
    "participants": st.lists(NAME, max_size=4)})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit=EDIT, comment=st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30),
       venue=NAME, people=st.lists(NAME, min_size=1, max_size=3), text=TEXT)
def test_hand_edits_survive_every_reannotation(edit: dict, comment: str, venue: str, people: list[str],
                                                text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path, state = Path(tmp) / "docs/articles/a.md", Path(tmp) / ".generator"
        articles.write_article(path, state, _doc(text, "d1"), _ann("Oslo", ["Ann Linde"]), "v1", "r1")
        edited = frontmatter.update_fields(path.read_text(encoding="utf-8"), edit)
        edited = edited.replace("---\n", f"---\n# {comment}\n", 1)
        path.write_text(edited, encoding="utf-8")
        before = frontmatter.parse(edited, "a").data
        assert before is not None
        articles.write_article(path, state, _doc(text + " more", "d2"), _ann(venue, people), "v2", "r1")
        after_text = path.read_text(encoding="utf-8")
        after = frontmatter.parse(after_text, "a").data
        assert after is not None and f"# {comment}\n" in after_text
        for key, value in edit.items():
            assert frontmatter.plain(after[key]) == frontmatter.plain(value), key
        assert [k for k in after if k in before] == list(before)  # key order kept


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # a whole build is too slow to shrink
@given(seed=TEXT, raw=st.binary(max_size=300), front=st.text(max_size=200))
def test_build_never_raises_and_publishes_no_live_markup(seed: str, raw: bytes, front: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = make_site(Path(tmp) / "site", {"a.txt": "Sergey Lavrov meets Wang Yi\n\n" + seed,
                                              "b.txt": raw})
        (root / "docs/articles").mkdir(parents=True, exist_ok=True)
        (root / "docs/articles/c.md").write_text(f"---\n{front}\n---\n\n{seed}\n", encoding="utf-8")
        result = site.build(Settings.for_root(root, jobs=1))
        assert all(str(p) for p in result.problems)
        if not (root / "docs/articles/a.md").exists():  # refused (e.g. mostly control characters)
            assert any(p.path == "seeds/a.txt" and p.severity == "error" for p in result.problems)
            return
        article = (root / "docs/articles/a.md").read_text(encoding="utf-8")
        title = article.splitlines()[1]
        assert "<" not in title and ">" not in title
        _, body, _ = frontmatter.split(article)
        assert {tag for tag, _ in tags(body)} <= {"div", "p"}
        for page in (root / "docs").rglob("*.md"):
            if "articles" in page.parts:
                continue
            text = page.read_text(encoding="utf-8")
            if text.startswith("---\nformat: html\n"):  # a page the templates write as HTML
                assert_only_generated_markup(text.split("---\n", 2)[2], page)
                continue
            assert not re.search(r"<(script|img|iframe|a)\b", text, re.I), page
            assert "](javascript" not in text.replace("\\", ""), page
