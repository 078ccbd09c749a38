"""Lighter pages: indentation dropped where it cannot matter, chrome icons served once."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import jinja2

from generator.publish import page_weight


def test_compact_drops_indentation_but_keeps_line_breaks_and_preformatted_text() -> None:
    html = ("<div>\n    <a>x</a>\n\n    <a>y</a>  \n</div>\n<pre>  keep\n    this</pre>\n  "
            "<textarea>\n  as typed</textarea>\n<script>var a = 1;\n    var b = 2;</script>\n   <p>z</p>")
    out = page_weight.compact(html)
    assert out.startswith("<div>\n<a>x</a>\n<a>y</a>\n</div>\n<pre>  keep\n    this</pre>\n<textarea>")
    assert "<textarea>\n  as typed</textarea>" in out and "var a = 1;\n    var b = 2;" in out
    assert out.endswith("</script>\n<p>z</p>")
    assert page_weight.compact("a  b\tc") == "a  b\tc"  # spaces within a line are the page's own


def _config(**theme: object) -> SimpleNamespace:
    return SimpleNamespace(theme={"icon": {}, **theme})


def test_chrome_icons_follow_the_theme_config() -> None:
    names = page_weight.chrome_icon_names(_config(palette=[{"toggle": {"icon": "material/weather-night"}}]))
    assert "material/menu" in names and "material/library" in names and "material/weather-night" in names
    assert "material/library" not in page_weight.chrome_icon_names(_config(logo="assets/logo.png"))


def test_icon_stand_in_and_stylesheet(tmp_path: Path) -> None:
    icons = tmp_path / ".icons" / "material"
    icons.mkdir(parents=True)
    (icons / "menu.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
                                    '<path d="M3 6h18v2H3z"/></svg>\n', encoding="utf-8")
    chrome = page_weight.ChromeIcons(["material/menu", "material/missing"], [str(tmp_path)])
    env = jinja2.Environment(loader=jinja2.ChoiceLoader([chrome.loader(), jinja2.DictLoader(
        {"page.html": '{% include ".icons/material/menu.svg" %}', ".icons/other.svg": "<svg>o</svg>"})]))
    assert env.get_template("page.html").render() == \
        '<svg class="dx-icon dx-icon--material-menu" viewBox="0 0 24 24"></svg>'
    assert env.get_template(".icons/other.svg").render() == "<svg>o</svg>"  # not a chrome icon
    css = chrome.stylesheet()
    assert ".dx-icon--material-menu{--dx-icon:url(\"data:image/svg+xml;charset=utf-8,%3Csvg" in css
    assert "missing" not in css and '"' not in css.split("charset=utf-8,")[1].split('")')[0]


def test_line_breaks_between_block_tags_go_but_not_between_words_or_links() -> None:
    out = page_weight.compact("<ul>\n  <li>\n    <a>x</a>\n    <a>y</a>\n  </li>\n</ul>\n<p>a\nb</p>")
    assert out == "<ul><li>\n<a>x</a>\n<a>y</a>\n</li></ul><p>a\nb</p>"


def test_nav_from_tabs_only_off_a_flat_navigation() -> None:
    home, section = SimpleNamespace(is_page=True, url=""), SimpleNamespace(is_page=False, url=None)
    nav = SimpleNamespace(pages=[home], items=[home])
    article = SimpleNamespace(url="articles/a/")
    assert page_weight.NavFromTabs(nav, ["navigation.tabs"])(article, nav)
    assert not page_weight.NavFromTabs(nav, ["navigation.tabs"])(home, nav)  # its entry is active
    assert not page_weight.NavFromTabs(nav, [])(article, nav)  # no tabs to draw from
    nested = SimpleNamespace(pages=[home], items=[home, section])
    assert not page_weight.NavFromTabs(nested, ["navigation.tabs"])(article, nested)


def test_scope_script_finds_the_root_from_its_own_address(tmp_path: Path) -> None:
    js = tmp_path / "partials" / "javascripts"
    js.mkdir(parents=True)
    (js / "base.html").write_text('<script>__md_scope=new URL("{{ config.extra.scope | d(base_url) }}",'
                                  'location),__md_get=1</script>', encoding="utf-8")
    script = page_weight.scope_script([str(tmp_path)], {"extra": {}})
    assert script == '__md_scope=new URL("../..",document.currentScript.src),__md_get=1'
    assert page_weight.STYLESHEET.count("/") == page_weight.SCOPE_SCRIPT.count("/") == 2  # two folders down
    assert page_weight.scope_script([str(tmp_path)], {"extra": {"scope": "/"}}) is None


def test_tight_tabs_drop_the_space_around_tags_but_keep_a_label_whole() -> None:
    from generator.publish.theme_fragments import tight_tabs

    tabs = ('\n<nav class="md-tabs"><div class="md-grid"><ul class="md-tabs__list">'
            '<li class="md-tabs__item">\n'
            '<a href="../ministers/" class="md-tabs__link">\n  Ministers and  other officials\n</a>\n</li>'
            '<li class="md-tabs__item md-tabs__item--active">\n<a href="./" class="md-tabs__link">\n'
            'Map &amp; more\n</a>\n</li></ul></div></nav>\n')
    assert tight_tabs(tabs) == (
        '<nav class="md-tabs"><div class="md-grid"><ul class="md-tabs__list"><li class="md-tabs__item">'
        '<a href="../ministers/" class="md-tabs__link">Ministers and  other officials</a></li>'
        '<li class="md-tabs__item md-tabs__item--active"><a href="./" class="md-tabs__link">'
        'Map &amp; more</a></li></ul></div></nav>')
