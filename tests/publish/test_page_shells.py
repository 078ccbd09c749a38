"""A themed stand-in page is split at its stand-ins only when the theme printed them as they are."""

from __future__ import annotations

import html

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
