"""Every value a template prints is escaped once, for the format of the file the expression is in."""

from __future__ import annotations

import html
import re
from pathlib import Path

from markupsafe import Markup

from generator.site.render import environment, html_escape, md_escape

HOSTILE = '<b>x</b> [a](javascript:b) *y* & "q"'


def _env(tmp_path: Path) -> object:
    (tmp_path / "_m.html.j2").write_text("{% macro show(v) %}<i>{{ v }}</i>{% endmacro %}", encoding="utf-8")
    (tmp_path / "_m.md.j2").write_text("{% macro show(v) %}_{{ v }}_{% endmacro %}", encoding="utf-8")
    (tmp_path / "page.html.j2").write_text(
        '{% import "_m.md.j2" as md %}{{ v }}|{{ link }}|{{ md.show(v) }}|{{ none }}', encoding="utf-8")
    (tmp_path / "page.md.j2").write_text(
        '{% import "_m.html.j2" as h %}{{ v }}|{{ link }}|{{ h.show(v) }}|{{ none }}', encoding="utf-8")
    return environment([tmp_path])


def test_values_are_escaped_for_their_own_file(tmp_path: Path) -> None:
    env = _env(tmp_path)
    link = Markup('<a href="x.md">X</a>')
    html = env.get_template("page.html.j2").render(v=HOSTILE, link=link, none=None)  # type: ignore[attr-defined]
    md = env.get_template("page.md.j2").render(v=HOSTILE, link=link, none=None)  # type: ignore[attr-defined]
    assert html == f"{html_escape(HOSTILE)}|{link}|_{md_escape(HOSTILE)}_|"
    assert md == f"{md_escape(HOSTILE)}|{link}|<i>{html_escape(HOSTILE)}</i>|"
    assert "<b>" not in html and "<b>" not in md


def test_markdown_escapes_leave_no_backslash_in_what_a_reader_sees() -> None:
    """Python-Markdown takes back only its own escapes: `\\:` stayed visible ("Meetings\\: 2023")."""
    import markdown

    convert = markdown.Markdown(extensions=["tables", "toc", "attr_list"]).convert
    for text in ("Meetings: 2023", "docs/articles/x.md:3", "a = b ~ c ^ d", "1.5 [x](javascript:y) *z*"):
        shown = convert(f"# {md_escape(text)}")
        assert "\\" not in shown and "<a" not in shown and "<em>" not in shown, shown
        assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == text
