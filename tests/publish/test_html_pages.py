"""Generated HTML pages get the links, contents and title MkDocs would give the same Markdown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from mkdocs.structure.files import File, Files

from generator.corpus.frontmatter import escaped_body
from generator.publish.html_pages import Targets, contents, is_text_block, resolve, resolve_links
from tests.conftest import make_site, write_article


def _files(*uris: str, directory_urls: bool = True) -> Files:
    return Files([File(u, "/docs", "/site", directory_urls) for u in uris])


def test_links_to_pages_and_files_become_relative_urls() -> None:
    files = _files("meetings/m1.md", "ministers/kari.md", "data/meetings.json", "index.md")
    page = files.get_file_from_path("meetings/m1.md")
    html = ('<a href="../ministers/kari.md">Kari</a> <a href="../ministers/kari.md#roles">roles</a> '
            '<a href="../data/meetings.json">json</a> <a href="../index.md">home</a> '
            '<a href="m1.md">self</a> <a href="#sources">here</a> <a href="https://example.org/">out</a>')
    linked, missing = resolve_links(html, "meetings/m1.md", files, page)
    assert missing == []
    assert linked == ('<a href="../../ministers/kari/">Kari</a> '
                      '<a href="../../ministers/kari/#roles">roles</a> '
                      '<a href="../../data/meetings.json">json</a> <a href="../../">home</a> '
                      '<a href="./">self</a> <a href="#sources">here</a> <a href="https://example.org/">out</a>')


URIS = ("index.md", "map.md", "network.md", "meetings/index.md", "meetings/m1.md", "meetings/m1/notes.md",
        "meetings/m2.md", "meetings/m10.md", "ministers/kari.md", "data/meetings.json", "LICENSE")


@given(pages=st.lists(st.sampled_from(URIS[:-2]), min_size=1, max_size=30),
       directory_urls=st.booleans())
def test_urls_kept_for_a_build_are_the_urls_each_page_gets_alone(pages: list[str],
                                                                 directory_urls: bool) -> None:
    """One Targets for all pages of a build (a page's neighbours reuse its URLs) gives every page
    the links a fresh lookup gives it: to itself, its parent, its siblings, files below it."""
    files = _files(*URIS, directory_urls=directory_urls)
    kept = Targets(files)
    for uri in pages:
        page = files.get_file_from_path(uri)
        base = uri.rpartition("/")[0]
        links = " ".join(f'<a href="{"../" * base.count("/") + ("../" if base else "")}{t}">x</a>'
                         for t in URIS)
        alone = resolve_links(links, uri, files, page, Targets(files))
        assert resolve_links(links, uri, files, page, kept) == alone


def test_plain_file_urls_and_quoted_names() -> None:
    files = _files("articles/a b.md", "meetings/m1.md", directory_urls=False)
    page = files.get_file_from_path("meetings/m1.md")
    linked, missing = resolve_links('<a href="../articles/a%20b.md">a</a>', "meetings/m1.md", files, page)
    assert linked == '<a href="../articles/a%20b.html">a</a>' and missing == []


def test_a_link_to_a_missing_page_is_reported_and_left_as_written() -> None:
    files = _files("meetings/m1.md")
    page = files.get_file_from_path("meetings/m1.md")
    linked, missing = resolve_links('<a href="../ministers/nobody.md">x</a> <a href="pic.png">p</a>',
                                    "meetings/m1.md", files, page)
    assert missing == ["../ministers/nobody.md"]
    assert 'href="../ministers/nobody.md"' in linked


def test_contents_title_and_anchors_come_from_the_headings() -> None:
    toc, title, anchors = contents('<h1>Kari &amp; Ola <small>x</small></h1><p id="p">.</p><h2>No id</h2>'
                                   '<h2 id="sources">Sources</h2><h3 id="one">One</h3>'
                                   '<h2 id="pairs">Pairs</h2>')
    assert title == "Kari &amp; Ola x"
    assert [(a.title, a.id, [c.id for c in a.children]) for a in toc] == [
        ("Sources", "sources", ["one"]), ("Pairs", "pairs", [])]
    assert anchors == {"p", "sources", "one", "pairs"}


@given(st.text())
def test_any_text_resolves_without_error(text: str) -> None:
    files = _files("meetings/m1.md")
    done = resolve(text, "meetings/m1.md", files, files.get_file_from_path("meetings/m1.md"))
    assert isinstance(done.html, str)


def test_an_html_page_in_a_real_build(tmp_path: Path) -> None:
    root = make_site(tmp_path / "s")
    write_article(root, "a1", {"title": "Talks", "date": "2022-03-01", "venue": "Oslo",
                               "country": "Norway", "participants": ["Wang Yi", "Sergey Lavrov"]})
    (root / "docs" / "notes").mkdir()
    (root / "docs" / "notes" / "demo.md").write_text(
        "---\nformat: html\n---\n<h1 id=\"demo\">Demo &amp; test</h1>\n"
        '<p><a href="../articles/a1.md">the talks</a></p>\n<h2 id="more">More</h2>\n'
        '<p><a href="../data/meetings.json">data</a></p>\n', encoding="utf-8")
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr[-3000:]
    out = (root / "site" / "notes" / "demo" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../articles/a1/">the talks</a>' in out
    assert '<a href="../../data/meetings.json">data</a>' in out
    assert "<title>Demo &amp; test - " in out and 'href="#more"' in out  # title (escaped, shown as
    # "Demo & test") and contents

    (root / "docs" / "notes" / "demo.md").write_text(
        '---\nformat: html\n---\n<h1 id="d">D</h1><a href="../articles/gone.md">x</a>\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root,
                         capture_output=True, text=True, env=env)
    assert run.returncode == 1 and "'../articles/gone.md'" in run.stderr


@given(st.text())
def test_the_annotators_text_block_is_html_and_markdown_added_to_it_is_not(text: str) -> None:
    body = "\n" + escaped_body(text)
    assert is_text_block(body)
    assert not is_text_block(body + "\n## My notes\n\nA **bold** claim.\n")
    assert not is_text_block("Plain Markdown text.\n")
    assert not is_text_block(body.replace("</div>", "</div><div>x</div>", 1))


@given(st.text(alphabet='ahrefsci d="-_1<>\n\u00e9', max_size=60))
@example('<a xhref="x" data-href="y" href="z"><img _src="1" -src="2"> <p aid="3" data-id="4" id="5">')
@example('href="at-the-start" \u00e9src="after-a-letter"')
def test_link_and_id_patterns_match_where_a_word_boundary_would(text: str) -> None:
    """LINK and ANY_ID are written so that the engine searches for their first letters; they must
    find what the plain `\\b` patterns find ('data-href' included, 'xhref' not)."""
    import re

    from generator.publish.html_pages import ANY_ID, LINK
    plain_link, plain_id = re.compile(r'\b(href|src)="([^"]*)"'), re.compile(r'\bid="([^"]*)"')
    assert [(m.span(), m.groups()) for m in LINK.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain_link.finditer(text)]
    assert ANY_ID.findall(text) == plain_id.findall(text)
