"""A researcher's Markdown body keeps its text and links and loses anything that runs script."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site.sanitize import clean


class _Live(HTMLParser):
    """Tags, event handlers and URLs in HTML that a browser would act on."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            plain = "".join((value or "").split()).lower()
            script_url = plain.startswith(("javascript:", "data:", "vbscript:", "//"))
            if name.startswith("on") or name == "style" or (name in ("href", "src") and script_url):
                self.found.append(f"{tag} {name}={value}")
            if name == "src" and plain.startswith("http"):
                self.found.append(f"{tag} {name}={value}")
        if tag in ("script", "style", "iframe", "svg", "object", "embed", "form", "input", "math"):
            self.found.append(tag)


def live(fragment: str) -> list[str]:
    parser = _Live()
    parser.feed(fragment)
    parser.close()
    return parser.found


def test_markdown_output_keeps_its_markup_and_loses_script() -> None:
    body = ('<h2 id="n">Notes <img src="x" onerror="alert(1)"></h2><p>Lavrov &amp; Wang <em>met</em>. '
            '<a href="javascript:alert(2)">a</a> <a href="../meetings/m/">m</a> '
            '<a href="https://example.org/x?a=1&amp;b=2" title="t">w</a> <script>alert(3)</script> '
            '<img alt="map" src="http://evil.example/x.png"></p><div onmouseover="x()">hover</div>')
    out = clean(body)
    assert not live(out), live(out)
    assert '<h2 id="n">Notes <img src="x"></h2>' in out and "<em>met</em>" in out
    assert '<a href="../meetings/m/">m</a>' in out
    assert '<a href="https://example.org/x?a=1&amp;b=2" title="t">' in out
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in out and '<img alt="map">' in out
    assert "<div>hover</div>" in out and "Lavrov &amp; Wang" in out


PIECES = [*"<>/=\"' \tabcdefhijlmnoprstvx:&#;!-", "<script>", "<svg ", "onload", "javascript:", "<a href=",
          "<img src=", "&#106;", "\x00", "<!--", "-->", "<![CDATA[", "]]>", "<style>", "</p>", "<p ",
          "data:", "//"]
FRAGMENT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(FRAGMENT)
def test_nothing_live_survives_cleaning(fragment: str) -> None:
    assert not live(clean(fragment)), clean(fragment)
