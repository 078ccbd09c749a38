"""A themed stand-in page is split at its stand-ins only when the theme printed them as they are."""

from __future__ import annotations

import html

import jinja2
from mkdocs.structure.toc import AnchorLink, TableOfContents

from generator.publish import page_shells
from generator.publish.page_shells import BODY, META_TITLE, TITLE, split


def test_a_shell_is_filled_with_each_page_s_own_values() -> None:
    themed = f"<title>{META_TITLE} - Site</title><h1>{TITLE}</h1><article>{BODY}</article>"
    shell = split(themed)
    assert shell is not None
    out = shell.fill({TITLE: "A &amp; B", META_TITLE: "A &amp; B", BODY: "<p>text</p>"})
    assert out == "<title>A &amp; B - Site</title><h1>A &amp; B</h1><article><p>text</p></article>"


def test_a_stand_in_the_theme_escaped_or_stripped_refuses_the_shell() -> None:
    escaped = f"<title>{html.escape(META_TITLE)}</title><article>{BODY}</article>"
    assert split(escaped) is None
    stripped = f"<title>{' '.join(TITLE.replace('<&', '').split())}</title><p>{TITLE}</p>{BODY}"
    assert split(stripped) is None


def test_a_shell_without_stand_ins_is_the_page_itself() -> None:
    shell = split("<p>no values here</p>")
    assert shell is not None and shell.fill({}) == "<p>no values here</p>"


def test_only_known_plugins_and_the_theme_s_own_templates_allow_shells() -> None:
    class Theme:
        name, custom_dir = "material", None

    class Config:
        theme, extra, plugins = Theme(), {}, {"diplomacy": object(), "material/search": object()}

    assert page_shells.usable(Config())
    Config.plugins = {**Config.plugins, "macros": object()}
    assert not page_shells.usable(Config())
    Config.plugins = {"diplomacy": object()}
    Theme.custom_dir = "overrides"
    assert not page_shells.usable(Config())


THEME = ("<title>{{ page.meta.title }}</title><h1>{{ page.title }}</h1>"
         "{% for item in page.toc %}<a href=\"{{ item.url }}\">{{ item.title }}</a>"
         "{% if item.children %}<nav aria-label=\"{{ item.title | striptags | e }}\">"
         "{% for child in item.children %}<b>{{ child.title }}</b>{% endfor %}</nav>{% endif %}"
         "{% endfor %}<article>{{ page.content }}</article>")
"""A theme that prints the table of contents as Material does: a parent's title also stripped."""


class _File:
    def __init__(self, uri: str) -> None:
        self.src_uri = uri


class _Page:
    """What Shells reads of a MkDocs page."""

    previous_page = next_page = parent = None
    is_homepage, edit_url, canonical_url = False, None, None

    def __init__(self, name: str, headings: list[tuple[str, list[str]]]) -> None:
        self.title = f"{name} & <i>co</i>"
        self.meta = {"title": self.title}
        self.url = f"notes/{name.lower()}/"
        self.file = _File(f"notes/{name.lower()}.md")
        self.content = f"<p>About {name}</p>"
        items = []
        for n, (text, children) in enumerate(headings):
            item = AnchorLink(text, f"h{n}", 2)
            item.children = [AnchorLink(c, f"h{n}-{m}", 3) for m, c in enumerate(children)]
            items.append(item)
        self.toc = TableOfContents(items)


def test_pages_whose_headings_name_their_subject_share_a_kind_and_come_out_as_themed() -> None:
    """Titles of entries without children are filled in; a parent's title stays part of the kind
    (the theme strips its tags for a label). Shells are made from a kind's third page on."""
    template = jinja2.Environment().from_string(THEME)
    pages = [_Page(name, [(f"Meetings held in {name} &amp; <em>nearby</em>", []),
                          ("Sources", ["First  one", f"{name}'s <script>x</script>"])])
             for name in ("Algeria", "Cameroon", "Greece", "Oman", "Peru")]
    shells = page_shells.Shells([])
    for page in pages:
        assert shells.render(page, {"page": page}, template) == template.render({"page": page})
    assert len(shells.kinds) == 1 and shells.filled == len(pages) - (page_shells.SHELL_FROM - 1)
    other = _Page("Chad", [("Meetings held in Chad", []), ("Papers", ["First  one", "Chad's"])])
    shells.render(other, {"page": other}, template)
    assert shells.filled == len(pages) - (page_shells.SHELL_FROM - 1)  # a parent titled otherwise
