"""An article body a researcher turned into Markdown, cleaned of anything that could run script.

The annotator writes an article's text as escaped paragraphs. Once a researcher edits the body
(pasting more of a scraped page, adding a link), MkDocs converts it as Markdown, and Markdown
passes raw HTML and `javascript:` links through: a `<script>` or an `onerror=` pasted with the
text would run for every reader. The converted HTML is therefore rebuilt from an allow-list:
text and the tags Markdown makes stay; any other tag is shown as the text it was; attributes
are kept only when they cannot hold script, links only to web, mail or the site's own pages,
and images only from the site itself (it works offline and asks no other host for anything).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "details",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"})
VOID = frozenset({"br", "col", "hr", "img"})
ATTRIBUTES = frozenset({"alt", "class", "colspan", "href", "id", "rowspan", "src", "start", "title"})
LINK = re.compile(r"^(?:https?:|mailto:|#|(?![a-z][a-z0-9+.-]*:)(?!//))", re.I)
"""A link to the web, to a mail address, or a relative one (no scheme of its own)."""
OWN = re.compile(r"^(?![a-z][a-z0-9+.-]*:)(?!//)", re.I)
"""A relative URL: a file of the site itself."""
HIDDEN = re.compile(r"[\x00-\x20\x7f]+")
"""Characters browsers skip inside a URL's scheme (`java\tscript:`)."""


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TAGS:
            self.out.append(html.escape(self.get_starttag_text() or f"<{tag}>"))
            return
        kept = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attrs
                       if value is not None and _allowed(tag, name, value))
        self.out.append(f"<{tag}{kept}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        self.out.append(f"</{tag}>" if tag in TAGS else html.escape(f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data, quote=False))


def _allowed(tag: str, name: str, value: str) -> bool:
    if name not in ATTRIBUTES:
        return False  # every on* handler, style, srcset, formaction, …
    plain = HIDDEN.sub("", value)
    if name == "href":
        return bool(LINK.match(plain))
    if name == "src":
        return tag == "img" and bool(OWN.match(plain))
    return True


def clean(fragment: str) -> str:
    """The fragment with only inert markup: allowed tags and attributes, safe links, and
    everything else as visible text."""
    cleaner = _Cleaner()
    cleaner.feed(fragment)
    cleaner.close()
    return "".join(cleaner.out)
